/* dh_refcheck.c — the literal ids scripts pass to the team API, checked against
 * the model before a drill runs. */
#include "dh_refcheck.h"

#include "dh_msg.h"
#include "dh_suggest.h"
#include "dh_vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- tokens ------------------------------------------------------------------------ */

typedef enum tok_kind { T_NAME, T_STR, T_NUM, T_OP, T_END } tok_kind;

typedef struct tok {
    tok_kind kind;
    int line;
    const char *s;   /* into the source; for T_STR the text between the quotes */
    size_t n;
    int plain;       /* T_STR without escapes: its bytes are its value */
} tok;

typedef struct lexer {
    const char *p;
    int line;
    tok *v;
    size_t n;
    int oom;
} lexer;

static int name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

static void push(lexer *lx, tok_kind k, int line, const char *s, size_t n, int plain)
{
    if (lx->oom) return;
    tok *t = dh_vec_push(&lx->v, &lx->n, sizeof *lx->v);
    if (!t) {
        lx->oom = 1;
        return;
    }
    *t = (tok){k, line, s, n, plain};
}

/* At "[" of a long bracket: its level (number of '='), or -1 when it is not one. */
static int long_level(const char *p)
{
    if (*p != '[') return -1;
    int lvl = 0;
    for (p++; *p == '='; p++) lvl++;
    return *p == '[' ? lvl : -1;
}

/* Skips a long bracket of level lvl starting at p (its "["); returns the text
 * inside through *s, *n. */
static const char *skip_long(lexer *lx, const char *p, int lvl, const char **s, size_t *n)
{
    p += lvl + 2;
    *s = p;
    for (; *p; p++) {
        if (*p == '\n') lx->line++;
        if (*p == ']') {
            const char *q = p + 1;
            int k = 0;
            while (*q == '=') q++, k++;
            if (k == lvl && *q == ']') {
                *n = (size_t)(p - *s);
                return q + 1;
            }
        }
    }
    *n = (size_t)(p - *s);
    return p;
}

static void lex(lexer *lx, const char *src)
{
    const char *p = src;
    lx->line = 1;
    if (p[0] == '#') /* a shebang line */
        while (*p && *p != '\n') p++;
    while (*p && !lx->oom) {
        char c = *p;
        if (c == '\n') {
            lx->line++;
            p++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            p++;
        } else if (c == '-' && p[1] == '-') {
            int lvl = long_level(p + 2);
            if (lvl >= 0) {
                const char *s;
                size_t n;
                p = skip_long(lx, p + 2, lvl, &s, &n);
            } else {
                while (*p && *p != '\n') p++;
            }
        } else if (c == '"' || c == '\'') {
            int line = lx->line, plain = 1;
            const char *s = ++p;
            while (*p && *p != c && *p != '\n') {
                if (*p == '\\') {
                    plain = 0;
                    if (p[1] == '\n') lx->line++;
                    if (p[1]) p++;
                }
                p++;
            }
            push(lx, T_STR, line, s, (size_t)(p - s), plain);
            if (*p == c) p++;
        } else if (c == '[' && long_level(p) >= 0) {
            int line = lx->line;
            const char *s;
            size_t n;
            p = skip_long(lx, p, long_level(p), &s, &n);
            push(lx, T_STR, line, s, n, 1);
        } else if (name_start(c)) {
            const char *s = p;
            while (name_char(*p)) p++;
            push(lx, T_NAME, lx->line, s, (size_t)(p - s), 0);
        } else if ((c >= '0' && c <= '9') || (c == '.' && p[1] >= '0' && p[1] <= '9')) {
            const char *s = p;
            while (name_char(*p) || *p == '.' ||
                   ((*p == '+' || *p == '-') && strchr("eEpP", p[-1])))
                p++;
            push(lx, T_NUM, lx->line, s, (size_t)(p - s), 0);
        } else {
            static const char *const ops[] = {"...", "==", "~=", "<=", ">=", "..", "::", "//",
                                              "<<", ">>", NULL};
            size_t n = 1;
            for (const char *const *o = ops; *o; o++)
                if (!strncmp(p, *o, strlen(*o))) {
                    n = strlen(*o);
                    break;
                }
            push(lx, T_OP, lx->line, p, n, 0);
            p += n;
        }
    }
    push(lx, T_END, lx->line, p, 0, 0);
}

/* --- checking ---------------------------------------------------------------------- */

typedef struct shadow {
    const tok *tok;
    size_t from, to;    /* token indexes where the local is visible */
} shadow;

typedef struct checker {
    const tok *t;
    size_t n;
    const dh_scenario *sc;
    const char *path;
    dh_diags *diags;
    shadow *shadows;    /* locals named like a missing library, with their scope */
    size_t nshadows;
    int oom;
} checker;

static int is(const tok *t, tok_kind k, const char *s)
{
    return t->kind == k && t->n == strlen(s) && !memcmp(t->s, s, t->n);
}

static int is_op(const tok *t, const char *s) { return is(t, T_OP, s); }
static int is_name(const tok *t, const char *s) { return is(t, T_NAME, s); }

/* A token's text as a C string (ids are short; longer ones cannot be ids). */
static int text_of(const tok *t, char *buf, size_t len)
{
    if (t->n >= len) return 0;
    memcpy(buf, t->s, t->n);
    buf[t->n] = 0;
    return 1;
}

/* A plain string literal that could be an id; copied into buf. */
static int literal(const tok *t, char *buf, size_t len)
{
    return t->kind == T_STR && t->plain && text_of(t, buf, len);
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
        const tok *t = &k->t[j];
        if (t->kind == T_OP && (t->s[0] == '(' || t->s[0] == '{' || t->s[0] == '[') && t->n == 1) {
            depth++;
            if (depth == 1) continue;
        } else if (t->kind == T_OP && (t->s[0] == ')' || t->s[0] == '}' || t->s[0] == ']') &&
                   t->n == 1) {
            if (--depth == 0) {
                *nargs = any ? args + 1 : 0;
                return j;
            }
        } else if (depth == 1 && is_op(t, ",")) {
            args++;
            continue;
        }
        if (depth >= 1) any = 1;
        if (t->kind == T_END) break;
    }
    *nargs = any ? args + 1 : 0;
    return k->n - 1;
}

/* `:method(...)` at i (the ":"). */
static void check_method(checker *k, size_t i)
{
    const dh_scenario *sc = k->sc;
    const tok *m = &k->t[i + 1];
    char meth[16], id[DH_SUGGEST_MAX + 1], hint[200];
    if (m->kind != T_NAME || !text_of(m, meth, sizeof meth)) return;
    int kind = !strcmp(meth, "chose") || !strcmp(meth, "missed")      ? 'd'
               : !strcmp(meth, "delivered") || !strcmp(meth, "inject") ? 'i'
               : !strcmp(meth, "add") || !strcmp(meth, "score")        ? 'c'
                                                                       : 0;
    if (!kind) return;
    const tok *arg;
    size_t close = 0;
    int nargs = -1;
    if (is_op(&k->t[i + 2], "(")) {
        close = close_paren(k, i + 2, &nargs);
        arg = &k->t[i + 3];
    } else if (k->t[i + 2].kind == T_STR) {
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
            (is_op(&k->t[close + 1], "==") || is_op(&k->t[close + 1], "~=")) &&
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
        const tok *t = &k->t[j];
        if (t->kind != T_NAME) continue;
        if (is_name(t, "function") || is_name(t, "if") || is_name(t, "do") || is_name(t, "repeat"))
            depth++;
        else if ((is_name(t, "end") || is_name(t, "until")) && --depth == 0)
            return j + 1;
    }
    return k->n;
}

/* The literal a parameter is compared with at j (the parameter's token), or NULL. */
static const tok *compared(const checker *k, size_t j)
{
    if (j > 0 && (is_op(&k->t[j - 1], ".") || is_op(&k->t[j - 1], ":"))) return NULL;
    if (j + 2 < k->n && (is_op(&k->t[j + 1], "==") || is_op(&k->t[j + 1], "~=")) &&
        k->t[j + 2].kind == T_STR)
        return &k->t[j + 2];
    if (j >= 2 && (is_op(&k->t[j - 1], "==") || is_op(&k->t[j - 1], "~=")) &&
        k->t[j - 2].kind == T_STR)
        return &k->t[j - 2];
    return NULL;
}

/* on("event", function(team, a, b) ... end) at i (the `on`): a and b compared
 * with literals are decision, option or inject ids, by event. */
static void check_hook(checker *k, size_t i)
{
    const tok *t = k->t;
    char ev[16];
    if (i > 0 && (is_op(&t[i - 1], ".") || is_op(&t[i - 1], ":"))) return;
    if (i + 6 >= k->n || !is_op(&t[i + 1], "(") || !literal(&t[i + 2], ev, sizeof ev) ||
        !is_op(&t[i + 3], ",") || !is_name(&t[i + 4], "function") || !is_op(&t[i + 5], "("))
        return;
    const char *role[3] = {NULL, NULL, NULL}; /* by parameter position after team */
    if (!strcmp(ev, "choice") || !strcmp(ev, "expire")) role[1] = "decision", role[2] = "option";
    else if (!strcmp(ev, "inject")) role[1] = "inject";
    else return;
    char param[3][64] = {"", "", ""};
    size_t j = i + 6;
    for (int p = 0; p < 3 && t[j].kind == T_NAME; p++) {
        text_of(&t[j], param[p], sizeof param[p]);
        j++;
        if (!is_op(&t[j], ",")) break;
        j++;
    }
    size_t end = block_end(k, i + 4);
    for (; j < end; j++) {
        char name[64], id[DH_SUGGEST_MAX + 1], hint[200];
        if (t[j].kind != T_NAME || !text_of(&t[j], name, sizeof name)) continue;
        for (int p = 1; p < 3; p++) {
            if (!role[p] || !param[p][0] || strcmp(name, param[p])) continue;
            const tok *lit = compared(k, j);
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

static int unavailable_name(const tok *t)
{
    for (const char *const *u = unavailable; *u; u++)
        if (is(t, T_NAME, *u)) return 1;
    return 0;
}

static int opens_block(const tok *t)
{
    return is_name(t, "function") || is_name(t, "if") || is_name(t, "do") || is_name(t, "repeat");
}

static int closes_block(const tok *t) { return is_name(t, "end") || is_name(t, "until"); }

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
static void add_shadow(checker *k, const tok *name, size_t from, size_t to)
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
    const tok *t = k->t;
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
        if (is_name(&t[i], "local")) {
            j = i + 1;
            if (is_name(&t[j], "function")) {
                if (t[j + 1].kind == T_NAME) add_shadow(k, &t[j + 1], i, to);
                continue;
            }
        } else if (is_name(&t[i], "for")) {
            j = i + 1;
            size_t d = j;
            while (d < k->n && !is_name(&t[d], "do")) d++;
            to = d < k->n ? match[d] : k->n;
        } else if (is_name(&t[i], "function")) {
            to = match[i];
            j = i + 1;
            while (t[j].kind == T_NAME || is_op(&t[j], ".") || is_op(&t[j], ":")) j++;
            if (!is_op(&t[j], "(")) continue;
            j++;
        } else {
            continue;
        }
        while (t[j].kind == T_NAME) {
            add_shadow(k, &t[j], i, to);
            j++;
            if (is_op(&t[j], "<") && j + 3 < k->n) j += 3; /* <const>, <close> */
            if (!is_op(&t[j], ",")) break;
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
    const tok *t = k->t;
    if (!unavailable_name(&t[i]) || shadowed(k, i)) return;
    if (i > 0 && (is_op(&t[i - 1], ".") || is_op(&t[i - 1], ":") || is_name(&t[i - 1], "goto") ||
                  is_op(&t[i - 1], "::") || is_name(&t[i - 1], "local")))
        return;
    const tok *next = &t[i + 1];
    char name[16];
    if ((is_op(next, ".") || is_op(next, ":") || is_op(next, "(") || is_op(next, "[") ||
         next->kind == T_STR || is_op(next, "{")) &&
        text_of(&t[i], name, sizeof name))
        problem(k, t[i].line, dh_msg(E_SANDBOX_UNAVAILABLE), "", name);
}

dh_status dh_refcheck(const char *src, const char *path, const dh_scenario *sc, dh_diags *diags)
{
    if (!src) return DH_OK;
    lexer lx = {0};
    lex(&lx, src);
    if (lx.oom) {
        free(lx.v);
        return DH_ENOMEM;
    }
    checker k = {lx.v, lx.n, sc, path, diags, NULL, 0, 0};
    collect_locals(&k);
    for (size_t i = 0; i + 1 < k.n && !k.oom; i++) {
        if (is_op(&k.t[i], ":")) check_method(&k, i);
        else if (is_name(&k.t[i], "on")) check_hook(&k, i);
        else if (k.t[i].kind == T_NAME) check_sandbox(&k, i);
    }
    free(k.shadows);
    free(lx.v);
    return k.oom ? DH_ENOMEM : DH_OK;
}
