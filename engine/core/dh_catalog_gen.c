/* dh_catalog_gen.c — turns catalog.tsv into a C table at build time.
 *
 * A host tool, run by a CMake custom command, so adding a language or a word
 * needs no generator beyond the C compiler the build already has. It refuses
 * (exit 1, file:line: on stderr) a catalog the program could misuse: a row
 * without every language, an id that is not a C identifier or is repeated, or
 * a translation whose printf conversions differ from English's — any of those
 * would turn into a crash or a missing word at run time instead of a build error.
 *
 * usage: dh_catalog_gen catalog.tsv out.h out.c */
#define _POSIX_C_SOURCE 200809L /* fmemopen */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LANGS = 16, MAX_LINE = 8192 };

static const char *path;
static int failed;

static void bad(int line, const char *msg, const char *id)
{
    fprintf(stderr, "%s:%d: %s%s%s\n", path, line, msg, id ? ": " : "", id ? id : "");
    failed = 1;
}

/* Splits line at tabs in place; returns the number of cells. */
static int split(char *line, char **cells)
{
    int n = 0;
    cells[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = 0;
            if (n == MAX_LANGS + 1) return n + 1;
            cells[n++] = p + 1;
        }
    return n;
}

/* The printf conversions of s, written one after another ("%s%d%.1f"); %% is
 * not a conversion. Flags, width, precision and length are kept: a column that
 * says %5s where English says %s lays a table out differently. */
static void conversions(const char *s, char *out, size_t len)
{
    size_t n = 0;
    out[0] = 0;
    for (; *s; s++) {
        if (*s != '%') continue;
        if (s[1] == '%') { s++; continue; }
        const char *e = s + 1;
        while (*e && !isalpha((unsigned char)*e)) e++;
        while (*e && strchr("hljztL", *e)) e++;
        if (!*e) break;
        size_t k = (size_t)(e - s) + 1;
        if (n + k + 1 < len) { memcpy(out + n, s, k); n += k; out[n] = 0; }
        s = e;
    }
}

/* Writes cell as the body of a C string literal: the catalog's \t, \n and \\
 * escapes become C's; '?' is escaped so no trigraph can form. */
static void literal(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '\\' && (s[1] == 't' || s[1] == 'n' || s[1] == '\\')) {
            fputc('\\', f);
            fputc(*++s, f);
        } else if (*s == '"' || *s == '\\' || *s == '?') {
            fputc('\\', f);
            fputc(*s, f);
        } else {
            fputc(*s, f);
        }
    }
    fputc('"', f);
}

static int ident(const char *s)
{
    if (!isupper((unsigned char)*s)) return 0;
    for (; *s; s++)
        if (!isupper((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_') return 0;
    return 1;
}

/* The rows read so far; freed at exit, whichever way main leaves (a refused
 * catalog leaves early, and the sanitizer build counts what it left behind). */
static char **rows;            /* each row: its line, the cells NUL-separated */
static int *rowline;
static size_t nrows;

static void free_rows(void)
{
    for (size_t r = 0; r < nrows; r++) free(rows[r]);
    free(rows);
    free(rowline);
}

int main(int argc, char **argv)
{
    atexit(free_rows);
    if (argc != 4) {
        fprintf(stderr, "usage: dh_catalog_gen catalog.tsv out.h out.c\n");
        return 2;
    }
    path = argv[1];
    FILE *in = fopen(path, "r");
    if (!in) { perror(path); return 1; }
    static char line[MAX_LINE], copy[MAX_LINE];
    char *cells[MAX_LANGS + 2];
    char langs[MAX_LANGS][16];
    int nlangs = 0, lineno = 0;
    size_t cap = 0;
    while (fgets(line, sizeof line, in)) {
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (n && line[n - 1] == '\r') line[--n] = 0;
        if (!n || line[0] == '#') continue;
        memcpy(copy, line, n + 1);
        int nc = split(copy, cells);
        if (!nlangs) {          /* the header: id, then one column per language */
            if (strcmp(cells[0], "id") || nc < 2 || nc > MAX_LANGS + 1) {
                bad(lineno, "the first row must be: id<TAB>en<TAB>…", NULL);
                return 1;
            }
            for (int i = 1; i < nc; i++) snprintf(langs[nlangs++], sizeof langs[0], "%s", cells[i]);
            if (strcmp(langs[0], "en")) bad(lineno, "the first language must be en", NULL);
            continue;
        }
        if (!ident(cells[0])) bad(lineno, "an id is upper-case letters, digits and _", cells[0]);
        if (nc != nlangs + 1) { bad(lineno, "the row does not have one cell per language", cells[0]); continue; }
        char want[256], got[256];
        conversions(cells[1], want, sizeof want);
        for (int i = 1; i <= nlangs; i++) {
            if (!cells[i][0]) bad(lineno, "empty cell", cells[0]);
            conversions(cells[i], got, sizeof got);
            if (strcmp(want, got)) bad(lineno, "the placeholders differ from en's", cells[0]);
        }
        for (size_t r = 0; r < nrows; r++)
            if (!strcmp(rows[r], cells[0])) bad(lineno, "the id is repeated", cells[0]);
        if (nrows == cap) {
            cap = cap ? 2 * cap : 256;
            char **grown = realloc(rows, cap * sizeof *rows);
            if (grown) rows = grown;
            int *lines = realloc(rowline, cap * sizeof *rowline);
            if (lines) rowline = lines;
            if (!grown || !lines) return 1;
        }
        rows[nrows] = malloc(n + 1);
        if (!rows[nrows]) return 1;
        memcpy(rows[nrows], copy, n + 1);   /* the cells stay NUL-separated */
        rowline[nrows++] = lineno;
    }
    fclose(in);
    if (!nlangs) bad(lineno, "no header row", NULL);
    if (failed) return 1;

    /* The header is written to memory first and replaces the file only when it
     * changed: a changed word then rebuilds the table, not every file that
     * includes dh_text.h. */
    static char hbuf[1 << 20];
    FILE *h = fmemopen(hbuf, sizeof hbuf, "w"), *c = fopen(argv[3], "w");
    if (!h || !c) { perror("dh_catalog_gen"); return 1; }
    fprintf(h, "/* generated from catalog.tsv by dh_catalog_gen: edit the catalog, not this. */\n"
               "#ifndef DH_MSG_IDS_H\n#define DH_MSG_IDS_H\n\n"
               "#define DH_CATALOG_LANG_COUNT %d\n#define DH_CATALOG_LANG_CODES", nlangs);
    for (int i = 0; i < nlangs; i++) fprintf(h, "%s \"%s\"", i ? "," : "", langs[i]);
    fprintf(h, "\n\ntypedef enum dh_msg_id {\n");
    for (size_t r = 0; r < nrows; r++) fprintf(h, "    %s,\n", rows[r]);
    fprintf(h, "    DH_MSG_COUNT\n} dh_msg_id;\n\n#endif\n");
    fprintf(c, "/* generated from catalog.tsv by dh_catalog_gen: edit the catalog, not this. */\n"
               "#include \"dh_msg_ids.h\"\n\n"
               "const char *const dh_catalog_table[DH_MSG_COUNT][DH_CATALOG_LANG_COUNT] = {\n");
    for (size_t r = 0; r < nrows; r++) {
        const char *cell = rows[r];
        fprintf(c, "    [%s] = {", cell);
        for (int i = 0; i < nlangs; i++) {
            cell += strlen(cell) + 1;
            if (i) fputs(", ", c);
            literal(c, cell);
        }
        fputs("},\n", c);
    }
    fputs("};\n\n", c);
    /* the ids by name, for what serves words to a program that is not C (the
     * browser station's catalog.json) */
    fputs("const char *const dh_catalog_ids[DH_MSG_COUNT] = {\n", c);
    for (size_t r = 0; r < nrows; r++) fprintf(c, "    \"%s\",\n", rows[r]);
    fputs("};\n", c);
    if (fclose(h) || fclose(c)) { perror("dh_catalog_gen"); return 1; }
    size_t hn = strlen(hbuf);
    static char old[sizeof hbuf];
    FILE *prev = fopen(argv[2], "r");
    size_t on = prev ? fread(old, 1, sizeof old, prev) : 0;
    if (prev) fclose(prev);
    if (on == hn && !memcmp(old, hbuf, hn)) return 0;
    FILE *out = fopen(argv[2], "w");
    if (!out || fwrite(hbuf, 1, hn, out) != hn || fclose(out)) { perror(argv[2]); return 1; }
    return 0;
}
