/* dh_refcheck.c — the literal ids scripts pass to the team API, checked against
 * the model before a drill runs. */
#include "dh_refcheck.h"
#include "dh_lex.h"

#include "dh_msg.h"
#include "dh_suggest.h"
#include "dh_vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- checking ---------------------------------------------------------------------- */

typedef struct shadow {
    const dh_tok *tok;
    size_t from, to;    /* token indexes where the local is visible */
} shadow;

typedef struct checker {
    const dh_tok *t;
    size_t n;
    const dh_scenario *sc;
    const char *path;
    dh_diags *diags;
    shadow *shadows;    /* locals named like a missing library, with their scope */
    size_t nshadows;
    int oom;
} checker;

/* A plain string literal that could be an id; copied into buf. */
static int literal(const dh_tok *t, char *buf, size_t len)
{
    return t->kind == DH_TOK_STR && t->plain && dh_tok_text(t, buf, len);
}

static void mean(char *out, size_t len, const dh_suggest *sg)
{
    if (sg->best) snprintf(out, len, dh_msg(E_REF_MEAN), sg->best);
    else out[0] = 0;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void problem(checker *k, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dh_diags_vadd(k->diags, DH_ERROR, k->path, line, fmt, ap);
    va_end(ap);
}

static void suggest_decision(const dh_scenario *sc, const char *id, char *m, size_t len)
{
    dh_suggest sg;
    dh_suggest_init(&sg, id);
    for (size_t i = 0; i < sc->ndecisions; i++) dh_suggest_offer(&sg, sc->decisions[i].id);
    mean(m, len, &sg);
}

static void suggest_inject(const dh_scenario *sc, const char *id, char *m, size_t len)
{
    dh_suggest sg;
    dh_suggest_init(&sg, id);
    for (size_t i = 0; i < sc->ninjects; i++) dh_suggest_offer(&sg, sc->injects[i].id);
    mean(m, len, &sg);
}

static void suggest_category(const dh_scenario *sc, const char *id, char *m, size_t len)
{
    dh_suggest sg;
    dh_suggest_init(&sg, id);
    for (size_t i = 0; i < sc->ncategories; i++) dh_suggest_offer(&sg, sc->categories[i].id);
    mean(m, len, &sg);
}

/* Options of one decision (d >= 0) or of every decision (d < 0). */
static int has_option(const dh_scenario *sc, int d, const char *id, char *m, size_t len)
{
    dh_suggest sg;
    dh_suggest_init(&sg, id);
    for (size_t i = 0; i < sc->ndecisions; i++) {
        if (d >= 0 && (size_t)d != i) continue;
        for (size_t o = 0; o < sc->decisions[i].noptions; o++) {
            if (!strcmp(sc->decisions[i].options[o].id, id)) return 1;
            dh_suggest_offer(&sg, sc->decisions[i].options[o].id);
        }
    }
    mean(m, len, &sg);
    return 0;
}

/* The index of the ")" closing the "(" at i, and the number of arguments
 * between them (top-level commas + 1; 0 for "()"). */
static size_t close_paren(const checker *k, size_t i, int *nargs)
{
    int depth = 0, args = 0, any = 0;
    for (size_t j = i; j < k->n; j++) {
        const dh_tok *t = &k->t[j];
        if (t->kind == DH_TOK_OP && (t->s[0] == '(' || t->s[0] == '{' || t->s[0] == '[') && t->n == 1) {
            depth++;
            if (depth == 1) continue;
        } else if (t->kind == DH_TOK_OP && (t->s[0] == ')' || t->s[0] == '}' || t->s[0] == ']') &&
                   t->n == 1) {
            if (--depth == 0) {
                *nargs = any ? args + 1 : 0;
                return j;
            }
        } else if (depth == 1 && dh_tok_op(t, ",")) {
            args++;
            continue;
        }
        if (depth >= 1) any = 1;
        if (t->kind == DH_TOK_END) break;
    }
    *nargs = any ? args + 1 : 0;
    return k->n - 1;
}

/* The scenario names `role` on an inject or a decision; offers them all to sg. */
static int names_role(const dh_scenario *sc, const char *role, dh_suggest *sg)
{
    for (size_t x = 0; x < sc->ninjects + sc->ndecisions; x++) {
        int inj = x < sc->ninjects;
        char *const *roles = inj ? sc->injects[x].roles : sc->decisions[x - sc->ninjects].roles;
        size_t n = inj ? sc->injects[x].nroles : sc->decisions[x - sc->ninjects].nroles;
        for (size_t r = 0; r < n; r++) {
            if (!strcmp(roles[r], role)) return 1;
            dh_suggest_offer(sg, roles[r]);
        }
    }
    return 0;
}

/* A single-token argument at j: the token, when a "," or ")" follows it. */
static const dh_tok *lone_arg(const checker *k, size_t j)
{
    if (j + 1 >= k->n) return NULL;
    return dh_tok_op(&k->t[j + 1], ",") || dh_tok_op(&k->t[j + 1], ")") ? &k->t[j] : NULL;
}

/* team:sector("role", "decision", "option"): each literal among the three. */
static void check_sector(checker *k, size_t i)
{
    const dh_scenario *sc = k->sc;
    char role[DH_SUGGEST_MAX + 1], id[DH_SUGGEST_MAX + 1], opt[DH_SUGGEST_MAX + 1], hint[200];
    if (i + 3 >= k->n || !dh_tok_op(&k->t[i + 2], "(")) return;
    const dh_tok *a1 = lone_arg(k, i + 3);
    if (!a1) return;
    dh_suggest sg;
    if (literal(a1, role, sizeof role)) {
        dh_suggest_init(&sg, role);
        if (!names_role(sc, role, &sg)) {
            mean(hint, sizeof hint, &sg);
            problem(k, a1->line, dh_msg(E_REF_SECTOR_ROLE), role, hint);
        }
    }
    if (!dh_tok_op(&k->t[i + 4], ",") || i + 5 >= k->n) return;
    const dh_tok *a2 = lone_arg(k, i + 5);
    if (!a2 || !literal(a2, id, sizeof id)) return;
    int d = dh_scenario_find_decision(sc, id);
    if (d < 0) {
        suggest_decision(sc, id, hint, sizeof hint);
        problem(k, a2->line, dh_msg(E_REF_DECISION), "sector", id, hint);
        return;
    }
    if (!dh_tok_op(&k->t[i + 6], ",") || i + 7 >= k->n) return;
    const dh_tok *a3 = lone_arg(k, i + 7);
    if (a3 && literal(a3, opt, sizeof opt) && !has_option(sc, d, opt, hint, sizeof hint))
        problem(k, a3->line, dh_msg(E_REF_SECTOR_OPTION), id, opt, hint);
}

/* The most arguments each team method takes, or -1 for a name that is not one. */
static int team_method_max_args(const char *meth)
{
    static const struct { const char *name; int max; } arity[] = {
        {"chose", 1}, {"missed", 1}, {"delivered", 1}, {"score", 1},
        {"inject", 2}, {"add", 3}, {"sector", 3},
    };
    for (size_t a = 0; a < sizeof arity / sizeof *arity; a++)
        if (!strcmp(arity[a].name, meth)) return arity[a].max;
    return -1;
}

/* `:meth(...)` at i with more arguments than the method takes: Lua drops the
 * extra ones without a word, so team:chose("d", "o") is true for every team
 * that answered. Reported (1) or not (0). */
static int check_arity(checker *k, size_t i, const char *meth)
{
    int max = team_method_max_args(meth), nargs = 0;
    if (max < 0) return 0;
    close_paren(k, i + 2, &nargs);
    if (nargs <= max) return 0;
    int line = k->t[i + 1].line;
    if (!strcmp(meth, "chose")) {
        char id[DH_SUGGEST_MAX + 1] = "…", opt[DH_SUGGEST_MAX + 1] = "…";
        const dh_tok *a1 = lone_arg(k, i + 3);
        if (a1 && !literal(a1, id, sizeof id)) snprintf(id, sizeof id, "…");
        const dh_tok *a2 = a1 && i + 5 < k->n ? lone_arg(k, i + 5) : NULL;
        if (a2 && !literal(a2, opt, sizeof opt)) snprintf(opt, sizeof opt, "…");
        problem(k, line, dh_msg(E_REF_CHOSE_ARGS), id, opt);
    } else {
        problem(k, line, dh_msg(E_REF_METHOD_ARGS), meth, max, nargs);
    }
    return 1;
}

/* `:method(...)` at i (the ":"). */
static void check_method(checker *k, size_t i)
{
    const dh_scenario *sc = k->sc;
    const dh_tok *m = &k->t[i + 1];
    char meth[16], id[DH_SUGGEST_MAX + 1], hint[200];
    if (m->kind != DH_TOK_NAME || !dh_tok_text(m, meth, sizeof meth)) return;
    if (dh_tok_op(&k->t[i + 2], "(") && check_arity(k, i, meth)) return;
    if (!strcmp(meth, "sector")) {
        check_sector(k, i);
        return;
    }
    int kind = !strcmp(meth, "chose") || !strcmp(meth, "missed")      ? 'd'
               : !strcmp(meth, "delivered") || !strcmp(meth, "inject") ? 'i'
               : !strcmp(meth, "add") || !strcmp(meth, "score")        ? 'c'
                                                                       : 0;
    if (!kind) return;
    const dh_tok *arg;
    size_t close = 0;
    int nargs = -1;
    if (dh_tok_op(&k->t[i + 2], "(")) {
        close = close_paren(k, i + 2, &nargs);
        arg = &k->t[i + 3];
    } else if (k->t[i + 2].kind == DH_TOK_STR) {
        arg = &k->t[i + 2];
    } else {
        return;
    }
    if (!strcmp(meth, "add") && nargs >= 0 && nargs < 3)
        problem(k, m->line, "%s", dh_msg(E_REF_ADD_REASON));
    if (!literal(arg, id, sizeof id)) return;
    if (kind == 'd') {
        int d = dh_scenario_find_decision(sc, id);
        if (d < 0) {
            suggest_decision(sc, id, hint, sizeof hint);
            problem(k, arg->line, dh_msg(E_REF_DECISION), meth, id, hint);
            return;
        }
        /* team:chose("d") == "o" */
        char opt[DH_SUGGEST_MAX + 1];
        if (!strcmp(meth, "chose") && close && close + 2 < k->n &&
            (dh_tok_op(&k->t[close + 1], "==") || dh_tok_op(&k->t[close + 1], "~=")) &&
            literal(&k->t[close + 2], opt, sizeof opt) && !has_option(sc, d, opt, hint, sizeof hint))
            problem(k, k->t[close + 2].line, dh_msg(E_REF_OPTION), id, opt, id, hint);
    } else if (kind == 'i') {
        if (dh_scenario_find_inject(sc, id) < 0) {
            suggest_inject(sc, id, hint, sizeof hint);
            problem(k, arg->line, dh_msg(E_REF_INJECT), meth, id, hint);
        }
    } else if (dh_scenario_find_category(sc, id) < 0) {
        suggest_category(sc, id, hint, sizeof hint);
        problem(k, arg->line, dh_msg(E_REF_CATEGORY), meth, id, hint);
    }
}

/* The index just past the `end` closing the block opened at i (a `function`). */
static size_t block_end(const checker *k, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < k->n; j++) {
        const dh_tok *t = &k->t[j];
        if (t->kind != DH_TOK_NAME) continue;
        if (dh_tok_name(t, "function") || dh_tok_name(t, "if") || dh_tok_name(t, "do") || dh_tok_name(t, "repeat"))
            depth++;
        else if ((dh_tok_name(t, "end") || dh_tok_name(t, "until")) && --depth == 0)
            return j + 1;
    }
    return k->n;
}

/* The literal a parameter is compared with at j (the parameter's token), or NULL. */
static const dh_tok *compared(const checker *k, size_t j)
{
    if (j > 0 && (dh_tok_op(&k->t[j - 1], ".") || dh_tok_op(&k->t[j - 1], ":"))) return NULL;
    if (j + 2 < k->n && (dh_tok_op(&k->t[j + 1], "==") || dh_tok_op(&k->t[j + 1], "~=")) &&
        k->t[j + 2].kind == DH_TOK_STR)
        return &k->t[j + 2];
    if (j >= 2 && (dh_tok_op(&k->t[j - 1], "==") || dh_tok_op(&k->t[j - 1], "~=")) &&
        k->t[j - 2].kind == DH_TOK_STR)
        return &k->t[j - 2];
    return NULL;
}

/* on("event", function(team, a, b) ... end) at i (the `on`): a and b compared
 * with literals are decision, option or inject ids, by event. */
static void check_hook(checker *k, size_t i)
{
    const dh_tok *t = k->t;
    char ev[16];
    if (i > 0 && (dh_tok_op(&t[i - 1], ".") || dh_tok_op(&t[i - 1], ":"))) return;
    if (i + 6 >= k->n || !dh_tok_op(&t[i + 1], "(") || !literal(&t[i + 2], ev, sizeof ev) ||
        !dh_tok_op(&t[i + 3], ",") || !dh_tok_name(&t[i + 4], "function") || !dh_tok_op(&t[i + 5], "("))
        return;
    const char *role[3] = {NULL, NULL, NULL}; /* by parameter position after team */
    if (!strcmp(ev, "choice") || !strcmp(ev, "expire")) role[1] = "decision", role[2] = "option";
    else if (!strcmp(ev, "inject")) role[1] = "inject";
    else return;
    char param[3][64] = {"", "", ""};
    size_t j = i + 6;
    for (int p = 0; p < 3 && t[j].kind == DH_TOK_NAME; p++) {
        dh_tok_text(&t[j], param[p], sizeof param[p]);
        j++;
        if (!dh_tok_op(&t[j], ",")) break;
        j++;
    }
    size_t end = block_end(k, i + 4);
    for (; j < end; j++) {
        char name[64], id[DH_SUGGEST_MAX + 1], hint[200];
        if (t[j].kind != DH_TOK_NAME || !dh_tok_text(&t[j], name, sizeof name)) continue;
        for (int p = 1; p < 3; p++) {
            if (!role[p] || !param[p][0] || strcmp(name, param[p])) continue;
            const dh_tok *lit = compared(k, j);
            if (!lit || !literal(lit, id, sizeof id)) continue;
            if (!strcmp(role[p], "decision")) {
                if (dh_scenario_find_decision(k->sc, id) >= 0) continue;
                suggest_decision(k->sc, id, hint, sizeof hint);
                problem(k, lit->line, dh_msg(E_REF_HOOK_DECISION), ev, name, id, hint);
            } else if (!strcmp(role[p], "option")) {
                if (has_option(k->sc, -1, id, hint, sizeof hint)) continue;
                problem(k, lit->line, dh_msg(E_REF_HOOK_OPTION), ev, name, id, hint);
            } else {
                if (dh_scenario_find_inject(k->sc, id) >= 0) continue;
                suggest_inject(k->sc, id, hint, sizeof hint);
                problem(k, lit->line, dh_msg(E_REF_HOOK_INJECT), ev, name, id, hint);
            }
        }
    }
}

static const char *const unavailable[] = {"os", "io", "debug", "package", "require", "dofile",
                                          "loadfile", "coroutine", "loadstring", "module",
                                          "setfenv", "getfenv", NULL};

static int unavailable_name(const dh_tok *t)
{
    for (const char *const *u = unavailable; *u; u++)
        if (dh_tok_is(t, DH_TOK_NAME, *u)) return 1;
    return 0;
}

static int opens_block(const dh_tok *t)
{
    return dh_tok_name(t, "function") || dh_tok_name(t, "if") || dh_tok_name(t, "do") || dh_tok_name(t, "repeat");
}

static int closes_block(const dh_tok *t) { return dh_tok_name(t, "end") || dh_tok_name(t, "until"); }

/* For each token that opens a block, the index of the token that closes it
 * (k->n when the file ends first). */
static size_t *match_blocks(const checker *k)
{
    size_t *match = malloc(k->n * sizeof *match), *stack = malloc(k->n * sizeof *stack), top = 0;
    if (!match || !stack) {
        free(match);
        free(stack);
        return NULL;
    }
    for (size_t i = 0; i < k->n; i++) {
        match[i] = k->n;
        if (opens_block(&k->t[i])) stack[top++] = i;
        else if (closes_block(&k->t[i]) && top) match[stack[--top]] = i;
    }
    free(stack);
    return match;
}

/* Records a local named like a missing library, visible over tokens [from, to). */
static void add_shadow(checker *k, const dh_tok *name, size_t from, size_t to)
{
    if (!unavailable_name(name)) return;
    shadow *sh = dh_vec_push(&k->shadows, &k->nshadows, sizeof *k->shadows);
    if (!sh) {
        k->oom = 1;
        return;
    }
    sh->tok = name;
    sh->from = from;
    sh->to = to;
}

/* Names the script declares itself (local x, function parameters, for
 * variables), within their block: a local called `os` is the script's own, not
 * the missing library, until its block ends. */
static void collect_locals(checker *k)
{
    const dh_tok *t = k->t;
    size_t *match = match_blocks(k), *stack = malloc(k->n * sizeof *stack), top = 0;
    if (!match || !stack) {
        k->oom = 1;
        free(match);
        free(stack);
        return;
    }
    for (size_t i = 0; i + 1 < k->n && !k->oom; i++) {
        if (opens_block(&t[i])) stack[top++] = i;
        else if (closes_block(&t[i]) && top) top--;
        size_t j, to = top ? match[stack[top - 1]] : k->n;
        if (dh_tok_name(&t[i], "local")) {
            j = i + 1;
            if (dh_tok_name(&t[j], "function")) {
                if (t[j + 1].kind == DH_TOK_NAME) add_shadow(k, &t[j + 1], i, to);
                continue;
            }
        } else if (dh_tok_name(&t[i], "for")) {
            j = i + 1;
            size_t d = j;
            while (d < k->n && !dh_tok_name(&t[d], "do")) d++;
            to = d < k->n ? match[d] : k->n;
        } else if (dh_tok_name(&t[i], "function")) {
            to = match[i];
            j = i + 1;
            while (t[j].kind == DH_TOK_NAME || dh_tok_op(&t[j], ".") || dh_tok_op(&t[j], ":")) j++;
            if (!dh_tok_op(&t[j], "(")) continue;
            j++;
        } else {
            continue;
        }
        while (t[j].kind == DH_TOK_NAME) {
            add_shadow(k, &t[j], i, to);
            j++;
            if (dh_tok_op(&t[j], "<") && j + 3 < k->n) j += 3; /* <const>, <close> */
            if (!dh_tok_op(&t[j], ",")) break;
            j++;
        }
    }
    free(match);
    free(stack);
}

static int shadowed(const checker *k, size_t i)
{
    for (size_t s = 0; s < k->nshadows; s++)
        if (k->shadows[s].from <= i && i < k->shadows[s].to && k->shadows[s].tok->n == k->t[i].n &&
            !memcmp(k->shadows[s].tok->s, k->t[i].s, k->t[i].n))
            return 1;
    return 0;
}

/* A library or function the sandbox leaves out, used as a value at i. */
static void check_sandbox(checker *k, size_t i)
{
    const dh_tok *t = k->t;
    if (!unavailable_name(&t[i]) || shadowed(k, i)) return;
    if (i > 0 && (dh_tok_op(&t[i - 1], ".") || dh_tok_op(&t[i - 1], ":") || dh_tok_name(&t[i - 1], "goto") ||
                  dh_tok_op(&t[i - 1], "::") || dh_tok_name(&t[i - 1], "local")))
        return;
    const dh_tok *next = &t[i + 1];
    char name[16];
    if ((dh_tok_op(next, ".") || dh_tok_op(next, ":") || dh_tok_op(next, "(") || dh_tok_op(next, "[") ||
         next->kind == DH_TOK_STR || dh_tok_op(next, "{")) &&
        dh_tok_text(&t[i], name, sizeof name))
        problem(k, t[i].line, dh_msg(E_SANDBOX_UNAVAILABLE), "", name);
}

dh_status dh_refcheck(const char *src, const char *path, const dh_scenario *sc, dh_diags *diags)
{
    if (!src) return DH_OK;
    dh_toks lx;
    if (dh_lex(&lx, src)) return DH_ENOMEM;
    checker k = {lx.v, lx.n, sc, path, diags, NULL, 0, 0};
    collect_locals(&k);
    for (size_t i = 0; i + 1 < k.n && !k.oom; i++) {
        if (dh_tok_op(&k.t[i], ":")) check_method(&k, i);
        else if (dh_tok_name(&k.t[i], "on")) check_hook(&k, i);
        else if (k.t[i].kind == DH_TOK_NAME) check_sandbox(&k, i);
    }
    free(k.shadows);
    dh_toks_free(&lx);
    return k.oom ? DH_ENOMEM : DH_OK;
}
