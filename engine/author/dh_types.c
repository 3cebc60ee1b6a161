/* dh_types.c — a scenario's ids as LuaLS annotations (see dh_types.h). */
#include "dh_types.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A list of distinct names, in the order first seen. */
typedef struct names {
    const char **v;
    size_t n, cap;
    int failed;
} names;

static void add(names *ns, const char *s)
{
    if (!s || !dh_id_valid(s)) return;
    for (size_t i = 0; i < ns->n; i++)
        if (!strcmp(ns->v[i], s)) return;
    if (ns->n == ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 16;
        const char **v = realloc(ns->v, cap * sizeof *v);
        if (!v) {
            ns->failed = 1;
            return;
        }
        ns->v = v;
        ns->cap = cap;
    }
    ns->v[ns->n++] = s;
}

static int lua_name(const char *s)
{
    static const char *const kw[] = {"and", "break", "do", "else", "elseif", "end", "false",
                                     "for", "function", "goto", "if", "in", "local", "nil",
                                     "not", "or", "repeat", "return", "then", "true", "until",
                                     "while"};
    if (!s || !(isalpha((unsigned char)*s) || *s == '_')) return 0;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_') return 0;
    for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
        if (!strcmp(s, kw[k])) return 0;
    return 1;
}

/* ---@alias NAME "a"|"b"…, one value a line; `nil` when there are none, so
 * that any string is refused: the scenario has no such thing. */
static void alias(dh_buf *b, const char *name, const char *what, const names *ns)
{
    dh_buf_printf(b, "\n---%s (%zu)\n---@alias %s\n", what, ns->n, name);
    if (!ns->n) dh_buf_adds(b, "---| nil # none\n");
    for (size_t i = 0; i < ns->n; i++) dh_buf_printf(b, "---| \"%s\"\n", ns->v[i]);
}

dh_status dh_types_lua(dh_buf *out, const dh_scenario *sc, const char *const *flags,
                       size_t nflags)
{
    names inj = {0}, dec = {0}, opt = {0}, cat = {0}, stg = {0}, obj = {0}, flg = {0};
    for (size_t i = 0; i < sc->ninjects; i++) add(&inj, sc->injects[i].id);
    for (size_t d = 0; d < sc->ndecisions; d++) {
        const dh_decision *dd = &sc->decisions[d];
        add(&dec, dd->id);
        for (size_t o = 0; o < dd->noptions; o++) {
            add(&opt, dd->options[o].id);
            for (size_t s = 0; s < dd->options[o].nset; s++) {
                const char *f = dh_intern_str(&sc->names, dd->options[o].set[s].flag);
                if (lua_name(f)) add(&flg, f);
            }
        }
    }
    for (size_t i = 0; i < nflags; i++)
        if (lua_name(flags[i])) add(&flg, flags[i]);
    for (size_t c = 0; c < sc->ncategories; c++) add(&cat, sc->categories[c].id);
    for (size_t s = 0; s < sc->nstages; s++) add(&stg, sc->stages[s].id);
    for (size_t o = 0; o < sc->nobjectives; o++)
        if (sc->objectives[o].named) add(&obj, sc->objectives[o].id);

    dh_status st = DH_ENOMEM;
    if (!(inj.failed || dec.failed || opt.failed || cat.failed || stg.failed || obj.failed ||
          flg.failed)) {
        const char *id = sc->id && dh_id_valid(sc->id) ? sc->id : "scenario";
        dh_buf_adds(out, "---@meta\n");
        dh_buf_printf(out,
                      "-- The ids of scenario \"%s\" for the Lua language server, written by\n"
                      "-- `drillhall types`: write it again after adding or renaming an id.\n"
                      "-- Use it with scenarios/types/drillhall.lua, in place of any-ids.lua.\n",
                      id);
        alias(out, "dh.InjectId", "The scenario's injects", &inj);
        alias(out, "dh.DecisionId", "Its decisions", &dec);
        alias(out, "dh.OptionId", "The options of all its decisions", &opt);
        alias(out, "dh.CategoryId", "Its score categories", &cat);
        alias(out, "dh.StageId", "Its stages", &stg);
        alias(out, "dh.ObjectiveId", "Its objectives with an id (decisions and options name them)", &obj);
        dh_buf_printf(out, "\n---The flags options set and scripts assign (%zu); any other name is a typo.\n"
                           "---@class dh.Flags\n", flg.n);
        for (size_t i = 0; i < flg.n; i++)
            dh_buf_printf(out, "---@field %s boolean|number|string|nil\n", flg.v[i]);
        st = out->failed ? DH_ENOMEM : DH_OK;
    }
    free(inj.v);
    free(dec.v);
    free(opt.v);
    free(cat.v);
    free(stg.v);
    free(obj.v);
    free(flg.v);
    return st;
}
