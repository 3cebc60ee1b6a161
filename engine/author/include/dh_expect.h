/* dh_expect.h — scenario tests: a scripted path through a scenario and what must
 * follow from it.
 *
 * A test case plays one team through a fresh drill. The team answers the listed
 * decisions with the listed options at the listed times; every other decision is
 * answered by a bot policy, or left to its timeout (DH_BOT_NONE, the default).
 * When the drill has ended, the case checks what was delivered, what was not,
 * the points per category (and the total) and the team's flags.
 *
 * Cases are built by engine/script from a test file (`test { ... }`) and refer to
 * the scenario by id strings, so a renamed inject or option is reported at the
 * test's line instead of passing silently. */
#ifndef DH_EXPECT_H
#define DH_EXPECT_H

#include "dh_autoplay.h"
#include "dh_diag.h"
#include "dh_drill.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_expect_choice {
    char *decision, *option;    /* ids, owned */
    dh_ms at;                   /* exercise time, or DH_MS_NEVER: `after` the opening */
    dh_ms after;
    int line;
} dh_expect_choice;

typedef struct dh_expect_name {
    char *id;                   /* inject id, owned */
    int line;
} dh_expect_name;

typedef enum dh_expect_cmp { DH_CMP_EQ, DH_CMP_GE, DH_CMP_LE } dh_expect_cmp;

typedef struct dh_expect_score {
    char *category;             /* category id, or "total"; owned */
    dh_expect_cmp cmp;
    int64_t milli;
    int line;
} dh_expect_score;

typedef struct dh_expect_flag {
    char *name;                 /* owned */
    dh_value_type type;         /* DH_VAL_NIL: the flag must be unset */
    int b;
    double num;
    char *str;                  /* owned, for DH_VAL_STR */
    int line;
} dh_expect_flag;

typedef struct dh_expect_case {
    char *name;                 /* owned */
    char *file;                 /* the test file, for messages; owned */
    int line;
    char *scenario;             /* path of the scenario file; owned */
    uint64_t seed;
    char *role;                 /* the test team's roster role, or NULL; owned */
    dh_bot_policy others;       /* how unlisted decisions are answered */
    char *peer_role;            /* other teams in the drill: their role; owned */
    size_t npeers;              /* how many (0: the test team plays alone) */
    dh_bot_policy peer_bots;    /* how they answer the decisions not in peer_choices */
    dh_expect_choice *peer_choices; size_t npeer_choices;   /* what every peer chooses */
    dh_expect_choice *choices; size_t nchoices;
    dh_expect_name *delivered; size_t ndelivered;
    dh_expect_name *withheld; size_t nwithheld;   /* not delivered by the end */
    dh_expect_score *scores; size_t nscores;
    dh_expect_flag *flags; size_t nflags;
    int broken;                 /* the file reported a problem in this case */
} dh_expect_case;

typedef struct dh_expect_suite {
    dh_expect_case *cases; size_t ncases;
    size_t nbroken;             /* cases the file wrote with a problem, left out of cases */
} dh_expect_suite;

void dh_expect_suite_free(dh_expect_suite *s);
void dh_expect_case_free(dh_expect_case *c);

/* Checks that every id the case names exists in sc: problems are errors at the
 * case's lines, and the status is DH_EINPUT. */
dh_status dh_expect_resolve(const dh_expect_case *c, const dh_scenario *sc, dh_diags *diags);

/* Plays the case (after dh_expect_resolve succeeded) through a fresh drill of one
 * team and adds one error per unmet expectation to `failures`, at the line of the
 * expectation. Script failures during the drill are added as warnings.
 * Returns DH_OK (whether or not expectations failed), or DH_ENOMEM. */
dh_status dh_expect_run(const dh_expect_case *c, const dh_scenario *sc,
                        dh_script_iface script, dh_diags *failures);

#endif
