/* dh_roster.c — the roster model and generated rosters (CSV: engine/author). */
#include "dh_roster.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_roster_init(dh_roster *r)
{
    memset(r, 0, sizeof *r);
    dh_intern_init(&r->ids);
}

void dh_roster_free(dh_roster *r)
{
    for (size_t i = 0; i < r->nteams; i++) {
        free(r->teams[i].id);
        free(r->teams[i].name);
        free(r->teams[i].bracket);
    }
    free(r->teams);
    if (r->bracket_names)
        for (size_t i = 0; i < r->nnamed; i++) free(r->bracket_names[i]);
    free(r->bracket_names);
    free(r->brackets);
    free(r->bracket_of);
    for (size_t i = 0; i < r->nroles; i++) free(r->roles[i]);
    free(r->roles);
    dh_intern_free(&r->ids);
    dh_roster_init(r);
}

const char *dh_team_id_problem(const char *id)
{
    if (dh_id_valid(id)) return NULL;
    size_t n = strlen(id);
    if (n == 0) return dh_msg(E_TEAM_ID_EMPTY);
    if (n > 64) return dh_msg(E_TEAM_ID_LONG);
    return dh_msg(E_TEAM_ID_CHARS);
}

/* the catalog's E_TEAM_NAME_LONG and E_TEAM_BRACKET_LONG spell the limit out */
_Static_assert(DH_TEAM_TEXT_MAX == 200, "catalog.tsv names 200 characters: change it there too");

static int too_long(const char *text)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p & 0xC0) != 0x80 && ++chars > DH_TEAM_TEXT_MAX) return 1;
    return 0;
}

const char *dh_team_name_problem(const char *name)
{
    return too_long(name) ? dh_msg(E_TEAM_NAME_LONG) : NULL;
}

const char *dh_team_bracket_problem(const char *bracket)
{
    return too_long(bracket) ? dh_msg(E_TEAM_BRACKET_LONG) : NULL;
}

int dh_roster_find(const dh_roster *r, const char *id) { return dh_intern_find(&r->ids, id); }

dh_status dh_roster_set_bracket_name(dh_roster *r, size_t bracket, const char *name)
{
    if (bracket >= r->nbrackets || dh_team_bracket_problem(name)) return DH_EINPUT;
    /* sized to the brackets there are now; a bracket added later grows it */
    char **names = dh_realloc(r->bracket_names, r->nbrackets * sizeof *names);
    if (!names) return DH_ENOMEM;
    for (size_t i = r->bracket_names ? r->nnamed : 0; i < r->nbrackets; i++) names[i] = NULL;
    r->bracket_names = names;
    r->nnamed = r->nbrackets;
    char *copy = dh_strdup(name);
    if (!copy) return DH_ENOMEM;
    free(names[bracket]);
    names[bracket] = copy;
    return DH_OK;
}

int dh_roster_find_role(const dh_roster *r, const char *role)
{
    for (size_t i = 0; i < r->nroles; i++)
        if (!strcmp(r->roles[i], role)) return (int)i;
    return -1;
}

dh_status dh_roster_set_role(dh_roster *r, size_t t, const char *role)
{
    if (t >= r->nteams || !dh_id_valid(role)) return DH_EINPUT;
    int i = dh_roster_find_role(r, role);
    if (i < 0) {
        char *copy = dh_strdup(role);
        size_t n = r->nroles;
        char **slot = copy ? dh_vec_push(&r->roles, &n, sizeof *r->roles) : NULL;
        if (!slot) {
            free(copy);
            return DH_ENOMEM;
        }
        *slot = copy;
        i = (int)r->nroles;
        r->nroles = n;
    }
    r->teams[t].role = i;
    return DH_OK;
}

const char *dh_roster_team_role(const dh_roster *r, size_t t)
{
    int i = r->teams[t].role;
    return i >= 0 ? r->roles[i] : "";
}

const char *dh_roster_bracket_name(const dh_roster *r, size_t bracket)
{
    if (r->bracket_names && bracket < r->nnamed && r->bracket_names[bracket])
        return r->bracket_names[bracket];
    return r->brackets[bracket];
}

const char *dh_roster_team_bracket_name(const dh_roster *r, size_t team)
{
    return dh_roster_bracket_name(r, (size_t)r->bracket_of[team]);
}

dh_status dh_roster_add(dh_roster *r, const char *id, const char *name, const char *bracket,
                        int line)
{
    if (dh_intern_find(&r->ids, id) >= 0) return DH_EINPUT;
    if (dh_team_name_problem(name) || dh_team_bracket_problem(bracket))
        return DH_EINPUT;
    /* Everything that can fail comes before the id is interned, and a failure
     * undoes what it added, so a roster whose add failed is the roster it was
     * (no copies leaked, no id that finds a team that is not there). */
    size_t n = r->nteams;
    dh_team_info *t = dh_vec_push(&r->teams, &n, sizeof *r->teams);
    if (!t) return DH_ENOMEM;
    t->id = dh_strdup(id);
    t->name = dh_strdup(name);
    t->bracket = dh_strdup(bracket);
    t->line = line;
    t->role = -1;
    size_t nbo = r->nteams; /* counted by nteams, which moves only once the add succeeds */
    int *bo = t->id && t->name && t->bracket
                  ? dh_vec_push(&r->bracket_of, &nbo, sizeof *r->bracket_of)
                  : NULL;
    size_t b = 0;
    int added = 0;
    if (bo) {
        while (b < r->nbrackets && strcmp(r->brackets[b], t->bracket)) b++;
        if (b == r->nbrackets) {
            char **br = dh_vec_push(&r->brackets, &r->nbrackets, sizeof *r->brackets);
            if (br) *br = t->bracket;
            added = br != NULL;
            if (!br) bo = NULL;
        }
    }
    if (!bo || dh_intern_add(&r->ids, id) != (int)r->nteams) {
        if (added) r->nbrackets--;
        free(t->id);
        free(t->name);
        free(t->bracket);
        return DH_ENOMEM;
    }
    *bo = (int)b;
    r->nteams = n;
    return DH_OK;
}

dh_status dh_roster_generate(dh_roster *r, size_t n)
{
    dh_roster_init(r);
    int width = n >= 1000 ? (n >= 10000 ? 5 : 4) : 3;
    for (size_t i = 1; i <= n; i++) {
        char id[32], name[32];
        snprintf(id, sizeof id, "team-%0*zu", width, i);
        snprintf(name, sizeof name, "Team %zu", i);
        dh_status st = dh_roster_add(r, id, name, "all", 0);
        if (st) {
            dh_roster_free(r);
            return st;
        }
    }
    return DH_OK;
}
