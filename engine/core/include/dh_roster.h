/* dh_roster.h — the teams taking part: read by engine/author/dh_roster_csv.h, or generated.
 *
 * Team ids are interned in roster order, so a team's intern id is its index. */
#ifndef DH_ROSTER_H
#define DH_ROSTER_H

#include "dh_diag.h"
#include "dh_intern.h"
#include "dh_status.h"

#include <stddef.h>

#define DH_MAX_TEAMS 100000
/* Longest team name or bracket, in characters (UTF-8 code points): a name is shown
 * in one row of the console and stored in every record, which bounds its texts. */
#define DH_TEAM_TEXT_MAX 200

typedef struct dh_team_info {
    char *id, *name, *bracket;   /* owned */
    int line;                    /* 0 when generated */
    int role;                    /* index into the roster's roles, -1 = none */
} dh_team_info;

typedef struct dh_roster {
    dh_team_info *teams;
    size_t nteams;
    dh_intern ids;
    char **brackets; size_t nbrackets;  /* distinct brackets, first-seen order (borrowed) */
    int *bracket_of;                    /* per team, index into brackets */
    char **bracket_names;               /* [bracket] display name (owned) or NULL */
    size_t nnamed;                      /* entries in bracket_names */
    /* Roles (`central`, `provincial`, …): what a team is asked to decide, apart
     * from its regional bracket. Distinct roles in first-seen order (owned). */
    char **roles; size_t nroles;
} dh_roster;

void dh_roster_init(dh_roster *r);
void dh_roster_free(dh_roster *r);
/* n teams "team-001"… named "Team 1"…, all in bracket "all". */
dh_status dh_roster_generate(dh_roster *r, size_t n);
/* Adds one team (copies the strings); used by loaders and tests. DH_EINPUT when
 * the id is already there or the name or bracket is longer than DH_TEAM_TEXT_MAX
 * characters; DH_ENOMEM leaves the roster as it was. */
dh_status dh_roster_add(dh_roster *r, const char *id, const char *name, const char *bracket,
                        int line);
int dh_roster_find(const dh_roster *r, const char *id);
/* Gives team t the role `role` (an id: see dh_id_valid; copied once per distinct
 * role). DH_EINPUT when t or the id is not valid, DH_ENOMEM leaves the roster as
 * it was. A team without a role has role -1 and is ranked with the others that
 * have none. */
dh_status dh_roster_set_role(dh_roster *r, size_t t, const char *role);
/* Team t's role id, or "" when it has none. */
const char *dh_roster_team_role(const dh_roster *r, size_t t);
/* The index of role id `role`, -1 when no team has it. */
int dh_roster_find_role(const dh_roster *r, const char *role);
/* A bracket's display name ("Miền Bắc" for `north`), copied; DH_EINPUT when it
 * is too long, DH_ENOMEM leaves the roster as it was. */
dh_status dh_roster_set_bracket_name(dh_roster *r, size_t bracket, const char *name);
/* What people read for a bracket: its display name, else its id. */
const char *dh_roster_bracket_name(const dh_roster *r, size_t bracket);
/* The same for team t's bracket. */
const char *dh_roster_team_bracket_name(const dh_roster *r, size_t team);
/* Checks a team id: ASCII letters, digits, '-', '_', '.'; 1..64 bytes. NULL if fine,
 * else the reason. */
const char *dh_team_id_problem(const char *id);
/* Check a team's name or bracket against DH_TEAM_TEXT_MAX: NULL if fine, else
 * the reason ("name is longer than 200 characters"). */
const char *dh_team_name_problem(const char *name);
const char *dh_team_bracket_problem(const char *bracket);

#endif
