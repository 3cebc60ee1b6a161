/* dh_scenario.h — the scenario model: what a drill is made of.
 *
 * A scenario is built once (by engine/script from a Lua file, or by a test from C),
 * checked by dh_scenario_finalize, and then only read: a drill never changes it,
 * so several drills (e.g. Monte Carlo runs) can share one.
 *
 * Everything the author wrote keeps its source line, so problems found after the
 * script has run are still reported at the line of the definition.
 *
 * Scripted parts (`when` conditions, hooks) are opaque references (`int ref`):
 * the core never knows they are Lua; it hands them back through dh_script_iface
 * (dh_drill.h). DH_NOREF marks "none". */
#ifndef DH_SCENARIO_H
#define DH_SCENARIO_H

#include "dh_diag.h"
#include "dh_intern.h"
#include "dh_status.h"
#include "dh_text.h"
#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

#define DH_NOREF (-1)

/* Limits far above any real drill (the library's largest has 20 injects). They
 * keep a broken or hostile scenario from asking for unbounded work or memory:
 * a drill's state grows with teams × (injects + decisions). */
#define DH_MAX_INJECTS 2000
#define DH_MAX_DECISIONS 1000
#define DH_MAX_OPTIONS 100       /* per decision */
#define DH_MAX_LIST 100          /* categories, stages, objectives, triggers per option */
#define DH_MAX_HOOKS 1000

typedef enum dh_inject_severity {
    DH_SEV_LOW, DH_SEV_MEDIUM, DH_SEV_HIGH, DH_SEV_CRITICAL, DH_SEV_COUNT
} dh_inject_severity;

const char *dh_severity_name(dh_inject_severity s);
int dh_severity_parse(const char *s); /* -1 when unknown */
/* A MITRE ATT&CK technique id: "T1566" or a sub-technique "T1566.001". */
int dh_attack_id_valid(const char *s);

/* A flag value: what `set = { name = value }` or `team.flags.name = value` stores. */
typedef enum dh_value_type { DH_VAL_NIL, DH_VAL_BOOL, DH_VAL_NUM, DH_VAL_STR } dh_value_type;
typedef struct dh_value {
    dh_value_type type;
    union {
        int b;
        double num;
        int str;  /* interned id (scenario or drill intern table) */
    } as;
} dh_value;

typedef struct dh_named {  /* categories and stages */
    char *id;
    dh_text name;          /* defaults to the id */
} dh_named;

/* What the exercise sets out to test (HSEEP): rated P/S/M/U from the decisions
 * that name it. An objective written as a bare text has no id of its own
 * ("1", "2", … by position) and nothing can name it. */
typedef struct dh_objective {
    char *id;
    int line;
    int named;             /* written with an id: decisions may name it */
    dh_text text;
    char *category_id;     /* the capability it tests, or NULL */
    int category;          /* resolved index, -1 = none */
} dh_objective;

/* A question of the participant feedback form (the hot wash) each team answers
 * after the end: a rating from DH_FB_RATING_MIN to DH_FB_RATING_MAX or a few
 * words of its own. */
typedef enum dh_fb_kind { DH_FB_RATING, DH_FB_TEXT } dh_fb_kind;
#define DH_FB_RATING_MIN 1
#define DH_FB_RATING_MAX 5
#define DH_FB_TEXT_MAX 1000     /* bytes of one text answer */
#define DH_FB_MAX_QUESTIONS 20

typedef struct dh_fb_question {
    char *id;
    int line;              /* 0: the default form */
    dh_fb_kind kind;
    dh_text text;
} dh_fb_question;

typedef struct dh_trigger {
    char *inject_id;       /* as written */
    int inject;            /* resolved index, -1 before finalize */
    dh_ms after;
} dh_trigger;

typedef struct dh_score_entry {
    char *category_id;     /* as written */
    int category;          /* resolved index */
    int64_t milli;         /* points × 1000 */
} dh_score_entry;

typedef struct dh_flag_set {
    int flag;              /* interned name in scenario->names */
    dh_value value;
} dh_flag_set;

/* Where a station shows an option: anywhere (shuffled per team), or pinned
 * before or after the shuffled ones ("none of the above" last). */
typedef enum dh_option_place {
    DH_PLACE_ANY = 0,
    DH_PLACE_FIRST,
    DH_PLACE_LAST
} dh_option_place;

typedef struct dh_option {
    char *id;
    int place;             /* dh_option_place */
    dh_text text, notes;
    dh_score_entry *score; size_t nscore;
    int64_t *points;       /* dense, one per category (milli); built by finalize */
    int64_t total;         /* sum of points (milli) */
    dh_flag_set *set; size_t nset;
    dh_trigger *triggers; size_t ntriggers;
    char **objective_ids;  /* objectives met when this option is chosen, as written */
    int *objectives;       /* resolved indexes; built by finalize */
    size_t nobjectives;
} dh_option;

typedef struct dh_speed {
    int present;
    dh_ms full, zero;      /* full factor up to `full`, falling linearly to `floor` at `zero` */
    int floor_milli;       /* 0..1000 */
} dh_speed;

typedef struct dh_decision {
    char *id;
    int line;
    char *on_id;
    int on;                /* inject index */
    dh_ms within;          /* DH_MS_NEVER: open until the drill ends */
    dh_text prompt, notes;
    dh_option *options; size_t noptions;
    char *timeout_id;
    int timeout;           /* option index, -1 = none */
    dh_speed speed;
    char **objective_ids;  /* the objectives this decision evidences, as written */
    int *objectives;       /* resolved indexes; built by finalize */
    size_t nobjectives;
    char **roles; size_t nroles;  /* opens only for teams of these roles; none = all */
    dh_text balance_reason;  /* why the lint's balance warnings do not apply, or empty */
} dh_decision;

typedef struct dh_inject {
    char *id;
    int line;
    dh_ms at;              /* DH_MS_NEVER: delivered only when triggered */
    char *stage_id;
    int stage;             /* -1 = none */
    char *attack;          /* ATT&CK technique id or NULL */
    dh_inject_severity severity;
    char *channel;         /* or NULL */
    dh_text from, title, body, notes;
    int when_ref;
    int *decisions; size_t ndecisions;  /* opened on delivery; built by finalize */
    char **roles; size_t nroles;  /* delivered only to teams of these roles; none = all */
} dh_inject;

typedef enum dh_hook_event {
    DH_HOOK_START, DH_HOOK_INJECT, DH_HOOK_CHOICE, DH_HOOK_EXPIRE, DH_HOOK_END, DH_HOOK_COUNT
} dh_hook_event;

const char *dh_hook_event_name(dh_hook_event e);
int dh_hook_event_parse(const char *s);

typedef struct dh_hook {
    dh_hook_event event;
    int ref;
    int line;
} dh_hook;

typedef struct dh_scenario {
    char *file;            /* path the scenario was loaded from (for file:line) */
    char *id;
    int version;
    int line;              /* line of scenario{} ; 0 = never declared */
    dh_text title, description;
    dh_ms duration;
    dh_named *categories; size_t ncategories;
    dh_named *stages; size_t nstages;
    dh_objective *objectives; size_t nobjectives;
    /* the feedback form: the scenario's own (feedback{}), else after finalize
     * the default one (dh_scenario_default_feedback) */
    dh_fb_question *feedback; size_t nfeedback;
    int feedback_line;     /* line of feedback{}, 0 = none written */
    dh_inject *injects; size_t ninjects;
    dh_decision *decisions; size_t ndecisions;
    dh_hook *hooks; size_t nhooks;
    struct dh_question *questions; size_t nquestions;  /* open questions: dh_question.h */
    const struct dh_scenario_ext *ext;  /* the questions' module, once one is added */
    dh_intern names;       /* flag names and flag string values */
    int finalized;
    /* Where a field is written: the line of `key` in the definition starting at
     * def_line (in its option `option` when not NULL), 0 when unknown. Set by
     * a loader that has the source; asked only when a problem is reported, so
     * a scenario that is fine costs nothing. NULL: definitions' lines. */
    int (*field_line)(void *ctx, int def_line, const char *option, const char *key);
    void *field_line_ctx;
} dh_scenario;

/* A part of the model kept in a module of its own (open questions,
 * dh_question.h), reached through this table so that the scenario's and the
 * drill's own code call none of it by name. Set by that module's builder. */
typedef struct dh_scenario_ext {
    void (*ext_free)(dh_scenario *sc);
    void (*ext_finalize)(dh_scenario *sc, dh_diags *diags, int *oom);
    const struct dh_drill_ext *drill;   /* the drill's side (dh_drill_impl.h) */
} dh_scenario_ext;

/* The line to report a problem with `key` at (see field_line): def_line when
 * the loader cannot say. */
int dh_scenario_field_line(const dh_scenario *sc, int def_line, const char *option,
                           const char *key);

/* Creates an empty scenario whose problems will be reported against `file`. */
dh_scenario *dh_scenario_create(const char *file);
void dh_scenario_destroy(dh_scenario *sc);

/* Builders: each returns a zeroed element appended to its array (valid until the
 * next call on the same array), or NULL out of memory. The caller fills it in;
 * strings put into it become owned by the scenario. */
dh_named *dh_scenario_add_category(dh_scenario *sc);
dh_named *dh_scenario_add_stage(dh_scenario *sc);
dh_objective *dh_scenario_add_objective(dh_scenario *sc);
dh_fb_question *dh_scenario_add_feedback(dh_scenario *sc);
/* Fills an empty feedback form with the default, HSEEP's short participant
 * feedback: realism (rating), what worked, what to improve, overall (rating),
 * in every language of the catalog. DH_ENOMEM, else DH_OK. */
dh_status dh_scenario_default_feedback(dh_scenario *sc);
int dh_scenario_find_feedback(const dh_scenario *sc, const char *id);
/* Adds an objective id to the decision's (or option's) list (copied); 0, or -1
 * out of memory. A decision that names an objective is met by its best options
 * (dh_decision_evidences in dh_quality.h);
 * options that name one say which choices meet it. */
int dh_decision_add_objective(dh_decision *dec, const char *id);
int dh_option_add_objective(dh_option *opt, const char *id);
/* Adds a role id (copied) to an inject's or a decision's `roles`; 0, or -1 out
 * of memory. Roles are free ids that the roster gives teams (`central`,
 * `provincial`); finalize checks their spelling. */
int dh_roles_add(char ***roles, size_t *n, const char *role);
/* Whether a team of role `role` ("" = none) is among roles: always when the list
 * is empty (the inject or decision is for every team). */
int dh_roles_admit(char *const *roles, size_t n, const char *role);
dh_inject *dh_scenario_add_inject(dh_scenario *sc);
dh_decision *dh_scenario_add_decision(dh_scenario *sc);
dh_hook *dh_scenario_add_hook(dh_scenario *sc);
dh_option *dh_decision_add_option(dh_decision *dec);
dh_score_entry *dh_option_add_score(dh_option *opt);
dh_flag_set *dh_option_add_set(dh_option *opt);
dh_trigger *dh_option_add_trigger(dh_option *opt);

/* Resolves every reference by id, checks the cross-cutting rules (unique ids,
 * known stages/categories/injects/options, times within the duration) and builds
 * the derived tables. Each problem is added to diags at its definition's line.
 * Returns DH_OK, DH_EINPUT when any error was found, or DH_ENOMEM. */
dh_status dh_scenario_finalize(dh_scenario *sc, dh_diags *diags);

int dh_scenario_find_inject(const dh_scenario *sc, const char *id);
int dh_scenario_find_decision(const dh_scenario *sc, const char *id);
int dh_scenario_find_category(const dh_scenario *sc, const char *id);
int dh_scenario_find_stage(const dh_scenario *sc, const char *id);
int dh_scenario_find_objective(const dh_scenario *sc, const char *id);
int dh_decision_find_option(const dh_decision *dec, const char *id);

/* The option with the highest (best) or lowest (worst) total; on a tie the
 * first in definition order, so bots, views and reports agree on which one is
 * "best". 0 when dec has no options. Reads the options' totals as they are now
 * (a decision built by hand need not be finalized). */
int dh_decision_best_option(const dh_decision *dec);
int dh_decision_worst_option(const dh_decision *dec);

/* The points (milli, one per category, ncat of them) that option `option` of
 * dec gives when chosen with timeliness `factor` (0..1000): the factor scales
 * gains only, never losses. option < 0 (no option) gives zeros. */
void dh_option_points(const dh_decision *dec, int option, int factor, size_t ncat,
                      int64_t *out);

/* The order in which team `team_id` is shown dec's options: order[p] is the
 * option at place p. Authors tend to write the best option first, and teams
 * side by side compare screens, so every team gets its own order, shuffled
 * from the drill's seed, the decision's id and the team's id: derived from
 * what a record holds, so a replay or a resumed drill shows the same order.
 * Options pinned DH_PLACE_FIRST come first and DH_PLACE_LAST last, each group
 * in written order; the rest are shuffled between them. order holds
 * dec->noptions entries. */
void dh_decision_option_order(const dh_decision *dec, uint64_t drill_seed, const char *team_id,
                              int *order);

/* Timeliness factor (0..1000) for an answer `elapsed` ms after the decision opened. */
int dh_speed_factor(const dh_speed *sp, dh_ms elapsed);

#endif
