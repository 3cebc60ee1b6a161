/* dh_lex.c — Lua tokens of a scenario's source, and where a field is written. */
#include "dh_lex.h"
#include "dh_vec.h"

#include <stdlib.h>
#include <string.h>



typedef struct lexer {
    const char *p;
    int line;
    dh_tok *v;
    size_t n;
    int oom;
} lexer;

static int name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

static void push(lexer *lx, dh_tok_kind k, int line, const char *s, size_t n, int plain)
{
    if (lx->oom) return;
    dh_tok *t = dh_vec_push(&lx->v, &lx->n, sizeof *lx->v);
    if (!t) {
        lx->oom = 1;
        return;
    }
    *t = (dh_tok){k, line, s, n, plain, s, n};
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
            push(lx, DH_TOK_STR, line, s, (size_t)(p - s), plain);
            if (*p == c) p++;
            if (!lx->oom) { /* the lexeme keeps its quotes */
                lx->v[lx->n - 1].at = s - 1;
                lx->v[lx->n - 1].len = (size_t)(p - (s - 1));
            }
        } else if (c == '[' && long_level(p) >= 0) {
            int line = lx->line;
            const char *s, *open = p;
            size_t n;
            p = skip_long(lx, p, long_level(p), &s, &n);
            push(lx, DH_TOK_STR, line, s, n, 1);
            if (!lx->oom) {
                lx->v[lx->n - 1].at = open;
                lx->v[lx->n - 1].len = (size_t)(p - open);
            }
        } else if (name_start(c)) {
            const char *s = p;
            while (name_char(*p)) p++;
            push(lx, DH_TOK_NAME, lx->line, s, (size_t)(p - s), 0);
        } else if ((c >= '0' && c <= '9') || (c == '.' && p[1] >= '0' && p[1] <= '9')) {
            const char *s = p;
            while (name_char(*p) || *p == '.' ||
                   ((*p == '+' || *p == '-') && strchr("eEpP", p[-1])))
                p++;
            push(lx, DH_TOK_NUM, lx->line, s, (size_t)(p - s), 0);
        } else {
            static const char *const ops[] = {"...", "==", "~=", "<=", ">=", "..", "::", "//",
                                              "<<", ">>", NULL};
            size_t n = 1;
            for (const char *const *o = ops; *o; o++)
                if (!strncmp(p, *o, strlen(*o))) {
                    n = strlen(*o);
                    break;
                }
            push(lx, DH_TOK_OP, lx->line, p, n, 0);
            p += n;
        }
    }
    push(lx, DH_TOK_END, lx->line, p, 0, 0);
}


int dh_lex(dh_toks *out, const char *src)
{
    lexer lx = {0};
    lex(&lx, src);
    if (lx.oom) {
        free(lx.v);
        out->v = NULL;
        out->n = 0;
        return -1;
    }
    out->v = lx.v;
    out->n = lx.n;
    return 0;
}

void dh_toks_free(dh_toks *t)
{
    free(t->v);
    t->v = NULL;
    t->n = 0;
}

int dh_tok_is(const dh_tok *t, dh_tok_kind k, const char *s)
{
    return t->kind == k && t->n == strlen(s) && !memcmp(t->s, s, t->n);
}

int dh_tok_text(const dh_tok *t, char *buf, size_t len)
{
    if (t->n >= len) return 0;
    memcpy(buf, t->s, t->n);
    buf[t->n] = 0;
    return 1;
}

/* --- where a field is written ------------------------------------------------------- */

static int opener(const dh_tok *t) { return t->kind == DH_TOK_OP && t->n == 1 && strchr("({[", t->s[0]); }
static int closer(const dh_tok *t) { return t->kind == DH_TOK_OP && t->n == 1 && strchr(")}]", t->s[0]); }

/* The index of the bracket closing the one at i. */
static size_t closing(const dh_toks *t, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < t->n; j++) {
        if (opener(&t->v[j])) depth++;
        else if (closer(&t->v[j]) && --depth == 0) return j;
    }
    return t->n - 1;
}

/* The first token on line `line` or after it (binary search: lines only grow). */
static size_t first_on(const dh_toks *t, int line)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->v[mid].line < line) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* `key =` at j, as a table key (not `==`, not a field of something: a.key = ). */
static int key_at(const dh_toks *t, size_t j, const char *key)
{
    return j + 1 < t->n && dh_tok_name(&t->v[j], key) && dh_tok_op(&t->v[j + 1], "=") &&
           !(j > 0 && (dh_tok_op(&t->v[j - 1], ".") || dh_tok_op(&t->v[j - 1], ":")));
}

/* The key's line inside the table [open, close]: at depth 1 first, else deeper. */
static int key_in(const dh_toks *t, size_t open, size_t close, const char *key)
{
    int deeper = 0, depth = 0;
    for (size_t j = open; j < close; j++) {
        if (opener(&t->v[j])) depth++;
        else if (closer(&t->v[j])) depth--;
        else if (key_at(t, j, key)) {
            if (depth == 1) return t->v[j].line;
            if (!deeper) deeper = t->v[j].line;
        }
    }
    return deeper;
}

size_t dh_toks_key_in(const dh_toks *t, size_t open, const char *key)
{
    size_t close = closing(t, open);
    int depth = 0;
    for (size_t j = open; j < close; j++) {
        if (opener(&t->v[j])) depth++;
        else if (closer(&t->v[j])) depth--;
        else if (depth == 1 && key_at(t, j, key)) return j;
    }
    return 0;
}

/* The token of the definition's (or its option's) table opener; 0 when none. */
static size_t table_of(const dh_toks *t, int def_line, const char *option)
{
    if (!t->v || def_line <= 0) return 0;
    size_t open = first_on(t, def_line);
    while (open < t->n && !dh_tok_op(&t->v[open], "{")) open++;
    if (open >= t->n) return 0;
    if (!option) return open;
    size_t close = closing(t, open), j = open;
    for (; j + 2 < close; j++)
        if (key_at(t, j, "id") && dh_tok_is(&t->v[j + 2], DH_TOK_STR, option)) break;
    if (j + 2 >= close) return 0;
    int depth = 0;
    size_t o = j;
    while (o > open) {
        o--;
        if (closer(&t->v[o])) depth++;
        else if (opener(&t->v[o]) && depth-- == 0) break;
    }
    return o;
}

size_t dh_toks_key_at(const dh_toks *t, int def_line, const char *option, const char *key)
{
    size_t open = table_of(t, def_line, option);
    return open ? dh_toks_key_in(t, open, key) : 0;
}

int dh_toks_key_line(const dh_toks *t, int def_line, const char *option, const char *key)
{
    if (!t->v || def_line <= 0 || !key) return 0;
    size_t open = first_on(t, def_line);
    while (open < t->n && !dh_tok_op(&t->v[open], "{")) open++;
    if (open >= t->n) return 0;
    size_t close = closing(t, open);
    if (option) {
        /* the option's own table: the innermost "{" around its `id = "option"` */
        size_t j = open;
        for (; j + 2 < close; j++)
            if (key_at(t, j, "id") && t->v[j + 2].kind == DH_TOK_STR &&
                dh_tok_is(&t->v[j + 2], DH_TOK_STR, option) && t->v[j + 2].n)
                break;
        if (j + 2 >= close) return 0;
        int depth = 0;
        size_t o = j;
        while (o > open) {
            o--;
            if (closer(&t->v[o])) depth++;
            else if (opener(&t->v[o]) && depth-- == 0) break;
        }
        close = closing(t, o);
        open = o;
        if (!strcmp(key, "id")) return t->v[j].line;
    }
    return key_in(t, open, close, key);
}

static int op_glues_right(const dh_tok *t)
{
    return dh_tok_op(t, "(") || dh_tok_op(t, "[") || dh_tok_op(t, ".") || dh_tok_op(t, ":") ||
           dh_tok_op(t, "#");
}

static int keyword(const dh_tok *t)
{
    static const char *const kw[] = {"and", "or", "not", "return", "if", "then", "else",
                                     "elseif", "in", "do", "local", "until", "while"};
    for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
        if (dh_tok_name(t, kw[k])) return 1;
    return 0;
}

/* whether t sits against prev: a call's or an index's bracket after what it
 * applies to, a closing bracket, a dot, a colon, a comma */
static int op_glues_left(const dh_tok *prev, const dh_tok *t)
{
    if (dh_tok_op(t, "(") || dh_tok_op(t, "["))
        return (prev->kind == DH_TOK_NAME && !keyword(prev)) || prev->kind == DH_TOK_STR ||
               dh_tok_op(prev, ")") || dh_tok_op(prev, "]");
    return dh_tok_op(t, ")") || dh_tok_op(t, "]") || dh_tok_op(t, ".") || dh_tok_op(t, ":") ||
           dh_tok_op(t, ",");
}

int dh_toks_function_text(const dh_toks *toks, int first, int last, size_t max, dh_buf *out)
{
    /* tokens are in line order: the first on line `first` by halving */
    size_t lo = 0, hi = toks->n ? toks->n - 1 : 0; /* the last token is DH_TOK_END */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (toks->v[mid].line < first) lo = mid + 1;
        else hi = mid;
    }
    size_t a = lo, z;
    while (toks->v[a].kind != DH_TOK_END && toks->v[a].line <= last &&
           !dh_tok_name(&toks->v[a], "function"))
        a++;
    if (toks->v[a].kind == DH_TOK_END || toks->v[a].line > last) return -1;
    for (z = a; toks->v[z].kind != DH_TOK_END && toks->v[z].line <= last; z++) {}
    /* [a, z): function (params) … end */
    size_t b = a + 1;
    if (b < z && dh_tok_op(&toks->v[b], "(")) {
        while (b < z && !dh_tok_op(&toks->v[b], ")")) b++;
        b++;
    }
    while (z > b && !dh_tok_name(&toks->v[z - 1], "end")) z--;
    if (z > b) z--; /* the function's own end */
    if (b < z && dh_tok_name(&toks->v[b], "return")) b++;
    size_t start = out->len;
    for (size_t k = b; k < z; k++) {
        const dh_tok *tk = &toks->v[k];
        if (out->len - start >= max) {
            dh_buf_adds(out, " …");
            break;
        }
        if (k > b && !op_glues_right(&toks->v[k - 1]) && !op_glues_left(&toks->v[k - 1], tk))
            dh_buf_addc(out, ' ');
        dh_buf_add(out, tk->at, tk->len);
    }
    return 0;
}
