/* dh_scan.c — searching a scenario's source for the names its scripts use. */
#include "dh_scan.h"

#include "dh_intern.h"
#include "dh_text.h"

#include <stdlib.h>
#include <string.h>

static int ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

static const char *skip_space(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') p++;
    return p;
}

/* When the definition line reads `local NAME = inject`, copies NAME. */
static int local_handle(const char *p, char *name, size_t len)
{
    if (!p) return 0;
    p = skip_space(p);
    if (strncmp(p, "local", 5) || ident_char(p[5])) return 0;
    p = skip_space(p + 5);
    size_t n = 0;
    while (ident_char(p[n])) n++;
    if (!n || n >= len) return 0;
    memcpy(name, p, n);
    name[n] = 0;
    p = skip_space(p + n);
    if (*p != '=') return 0;
    p = skip_space(p + 1);
    return !strncmp(p, "inject", 6) && !ident_char(p[6]);
}

/* How many times the model itself names the inject: its definition, the
 * triggers and the decisions' `on`. Quoted mentions beyond these may be scripts. */
static int model_mentions(const dh_scenario *sc, const dh_inject *in)
{
    int n = 1;
    for (size_t d = 0; d < sc->ndecisions; d++) {
        const dh_decision *de = &sc->decisions[d];
        n += de->on_id && !strcmp(de->on_id, in->id);
        for (size_t o = 0; o < de->noptions; o++)
            for (size_t k = 0; k < de->options[o].ntriggers; k++)
                n += !strcmp(de->options[o].triggers[k].inject_id, in->id);
    }
    return n;
}

void dh_scan_flag_uses(const char *src, void (*use)(void *ud, const char *name, int line,
                                                    int assigns),
                       void *ud)
{
    if (!src) return;
    int line = 1;
    const char *counted = src;
    for (const char *p = src; (p = strstr(p, "flags")) != NULL; p += 5) {
        if (p > src && ident_char(p[-1])) continue;
        const char *q = skip_space(p + 5), *name = NULL;
        size_t n = 0;
        if (*q == '.') {
            name = skip_space(q + 1);
            while (ident_char(name[n])) n++;
            q = name + n;
        } else if (*q == '[') {
            q = skip_space(q + 1);
            if (*q != '"' && *q != '\'') continue;
            name = q + 1;
            while (name[n] && name[n] != *q && name[n] != '\n') n++;
            if (name[n] != *q) continue;
            q = skip_space(name + n + 1);
            if (*q != ']') continue;
            q++;
        }
        if (!name || !n || n > 64) continue;
        for (; counted < p; counted++) line += *counted == '\n';
        q = skip_space(q);
        char buf[65];
        memcpy(buf, name, n);
        buf[n] = 0;
        use(ud, buf, line, q[0] == '=' && q[1] != '=');
    }
}

/* The index: every word the questions can ask about, gathered in one pass over
 * the source, so lint's questions cost a lookup each, not a pass each (2,000
 * injects over a 49 MB source were 24 s). A word longer than any answer needs is
 * left out; a question the index cannot answer is answered "maybe". */
#define WORD_MAX 128

struct dh_scan {
    const char *src;      /* borrowed; NULL: every answer is "maybe" */
    dh_intern quoted;     /* "word" or 'word' with id characters */
    int *nquoted;         /* per word of quoted, its count */
    size_t capquoted;
    dh_intern called;     /* NAME in inject(NAME */
    dh_intern flags;      /* NAME in flags.NAME and flags["NAME"] */
    size_t *lines;        /* offset of each line's start; lines[0] is line 1 */
    size_t nlines;
    size_t scanned;       /* bytes of source read, for tests of the work done */
    int oom;
};

static int id_char(char c) { return ident_char(c) || c == '-' || c == '.'; }

static void add_word(dh_scan *x, dh_intern *set, const char *w, size_t n)
{
    char buf[WORD_MAX + 1];
    if (!n || n > WORD_MAX) return;
    memcpy(buf, w, n);
    buf[n] = 0;
    int k = dh_intern_add(set, buf);
    if (k < 0) {
        x->oom = 1;
        return;
    }
    if (set != &x->quoted) return;
    if ((size_t)k == x->capquoted) {
        size_t cap = x->capquoted ? x->capquoted * 2 : 64;
        int *p = realloc(x->nquoted, cap * sizeof *p);
        if (!p) {
            x->oom = 1;
            return;
        }
        memset(p + x->capquoted, 0, (cap - x->capquoted) * sizeof *p);
        x->nquoted = p;
        x->capquoted = cap;
    }
    x->nquoted[k]++;
}

static void index_source(dh_scan *x, const char *src)
{
    size_t nl = 1;
    for (const char *p = src; (p = strchr(p, '\n')) != NULL; p++) nl++;
    x->lines = malloc(nl * sizeof *x->lines);
    if (!x->lines) {
        x->oom = 1;
        return;
    }
    x->lines[x->nlines++] = 0;
    const char *p = src;
    for (; *p && !x->oom; p++) {
        if (*p == '\n') x->lines[x->nlines++] = (size_t)(p + 1 - src);
        if (*p == '"' || *p == '\'') {
            size_t n = 0;
            while (n <= WORD_MAX && id_char(p[1 + n])) n++;
            if (p[1 + n] == *p) add_word(x, &x->quoted, p + 1, n);
        } else if (!strncmp(p, "inject", 6)) {
            const char *q = skip_space(p + 6);
            if (*q != '(') continue;
            q = skip_space(q + 1);
            size_t n = 0;
            while (n <= WORD_MAX && ident_char(q[n])) n++;
            add_word(x, &x->called, q, n);
        } else if (!strncmp(p, "flags", 5) && (p == src || !ident_char(p[-1]))) {
            const char *q = skip_space(p + 5);
            size_t n = 0;
            if (*q == '.') {
                q = skip_space(q + 1);
                while (n <= WORD_MAX && ident_char(q[n])) n++;
                add_word(x, &x->flags, q, n);
            } else if (*q == '[') {
                q = skip_space(q + 1);
                if (*q != '"' && *q != '\'') continue;
                while (n <= WORD_MAX && q[1 + n] && q[1 + n] != *q) n++;
                if (q[1 + n] == *q) add_word(x, &x->flags, q + 1, n);
            }
        }
    }
    x->scanned += 2 * (size_t)(p - src);   /* the lines, then the words */
}

dh_scan *dh_scan_create(const char *src)
{
    dh_scan *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->src = src;
    dh_intern_init(&x->quoted);
    dh_intern_init(&x->called);
    dh_intern_init(&x->flags);
    if (src) index_source(x, src);
    if (x->oom) {
        dh_scan_destroy(x);
        return NULL;
    }
    return x;
}

void dh_scan_destroy(dh_scan *x)
{
    if (!x) return;
    dh_intern_free(&x->quoted);
    dh_intern_free(&x->called);
    dh_intern_free(&x->flags);
    free(x->nquoted);
    free(x->lines);
    free(x);
}

int dh_scan_index_names_inject(const dh_scan *x, const dh_scenario *sc, const dh_inject *in)
{
    if (!x->src || !dh_id_valid(in->id)) return 1;
    int k = dh_intern_find(&x->quoted, in->id);
    if (k >= 0 && x->nquoted[k] > model_mentions(sc, in)) return 1;
    char name[WORD_MAX];
    const char *line = in->line >= 1 && (size_t)in->line <= x->nlines
                           ? x->src + x->lines[in->line - 1] : NULL;
    if (!local_handle(line, name, sizeof name)) return 0;
    return dh_intern_find(&x->called, name) >= 0;
}

size_t dh_scan_scanned(const dh_scan *x) { return x->scanned; }

int dh_scan_index_reads_flag(const dh_scan *x, const char *name)
{
    if (!x->src) return 1;
    size_t n = strlen(name);
    if (!n || n > WORD_MAX) return 1;
    for (size_t i = 0; i < n; i++)
        if (!ident_char(name[i])) return 1;
    return dh_intern_find(&x->flags, name) >= 0;
}

int dh_scan_index_may_score(const dh_scan *x, const char *category)
{
    if (!x->src) return 1;
    size_t n = strlen(category);
    for (const char *p = strstr(x->src, "add"); p; p = strstr(p + 3, "add")) {
        if (p == x->src || ident_char(p[3])) continue;
        const char *b = p - 1;
        while (b > x->src && (*b == ' ' || *b == '\t')) b--;
        if (*b != ':' && *b != '.') continue;
        const char *a = skip_space(p + 3);
        if (*a != '(') continue;
        a = skip_space(a + 1);
        if (*b == '.') return 1; /* team.add(team, ...): the category comes second */
        if (*a != '"' && *a != '\'') return 1;    /* computed: any category */
        if (!strncmp(a + 1, category, n) && a[1 + n] == *a) return 1;
    }
    return 0;
}

static int may_score(void *ctx, const char *category) { return dh_scan_index_may_score(ctx, category); }

int dh_scan_names_inject(const char *src, const dh_scenario *sc, const dh_inject *in)
{
    dh_scan *x = dh_scan_create(src);
    int yes = x ? dh_scan_index_names_inject(x, sc, in) : 1;
    dh_scan_destroy(x);
    return yes;
}

int dh_scan_reads_flag(const char *src, const char *name)
{
    dh_scan *x = dh_scan_create(src);
    int yes = x ? dh_scan_index_reads_flag(x, name) : 1;
    dh_scan_destroy(x);
    return yes;
}

static void flag_uses(void *ctx, void (*use)(void *ud, const char *name, int line, int assigns),
                      void *ud)
{
    dh_scan_flag_uses(((dh_scan *)ctx)->src, use, ud);
}

static int names_inject(void *ctx, const dh_scenario *sc, const dh_inject *in)
{
    return dh_scan_index_names_inject(ctx, sc, in);
}

static int reads_flag(void *ctx, const char *name) { return dh_scan_index_reads_flag(ctx, name); }

dh_lint_refs dh_scan_refs(dh_scan *x)
{
    dh_lint_refs r = {x, names_inject, reads_flag, flag_uses, may_score};
    return r;
}
