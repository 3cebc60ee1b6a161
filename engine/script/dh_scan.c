/* dh_scan.c — searching a scenario's source for the names its scripts use. */
#include "dh_scan.h"

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

/* Occurrences of the id as a whole quoted string: "id" or 'id'. */
static int count_quoted(const char *src, const char *id)
{
    size_t n = strlen(id);
    int count = 0;
    for (const char *p = src; (p = strstr(p, id)) != NULL; p += n) {
        if (p == src) continue;
        char q = p[-1];
        if ((q == '"' || q == '\'') && p[n] == q) count++;
    }
    return count;
}

/* The start of line `line` (1-based), or NULL. */
static const char *line_start(const char *src, int line)
{
    const char *p = src;
    for (int l = 1; l < line; l++) {
        p = strchr(p, '\n');
        if (!p) return NULL;
        p++;
    }
    return p;
}

/* When the definition line reads `local NAME = inject`, copies NAME. */
static int local_handle(const char *src, int line, char *name, size_t len)
{
    const char *p = line_start(src, line);
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

int dh_scan_names_inject(const char *src, const dh_scenario *sc, const dh_inject *in)
{
    if (!src) return 1;
    if (count_quoted(src, in->id) > model_mentions(sc, in)) return 1;
    char name[128];
    if (!local_handle(src, in->line, name, sizeof name)) return 0;
    size_t n = strlen(name);
    for (const char *p = src; (p = strstr(p, "inject")) != NULL; p += 6) {
        const char *q = skip_space(p + 6);
        if (*q != '(') continue;
        q = skip_space(q + 1);
        if (!strncmp(q, name, n) && !ident_char(q[n])) return 1;
    }
    return 0;
}

int dh_scan_reads_flag(const char *src, const char *name)
{
    if (!src) return 1;
    size_t n = strlen(name);
    for (const char *p = src; (p = strstr(p, "flags")) != NULL; p += 5) {
        if (p > src && ident_char(p[-1])) continue;
        const char *q = skip_space(p + 5);
        if (*q == '.') {
            q = skip_space(q + 1);
            if (!strncmp(q, name, n) && !ident_char(q[n])) return 1;
        } else if (*q == '[') {
            q = skip_space(q + 1);
            if ((*q == '"' || *q == '\'') && !strncmp(q + 1, name, n) && q[1 + n] == *q)
                return 1;
        }
    }
    return 0;
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

static void flag_uses(void *ctx, void (*use)(void *ud, const char *name, int line, int assigns),
                      void *ud)
{
    dh_scan_flag_uses(dh_script_source(ctx, NULL), use, ud);
}

static int names_inject(void *ctx, const dh_scenario *sc, const dh_inject *in)
{
    return dh_scan_names_inject(dh_script_source(ctx, NULL), sc, in);
}

static int reads_flag(void *ctx, const char *name)
{
    return dh_scan_reads_flag(dh_script_source(ctx, NULL), name);
}

dh_lint_refs dh_scan_refs(const dh_script *s)
{
    dh_lint_refs r = {(void *)s, names_inject, reads_flag, flag_uses};
    return r;
}
