/* dh_msel.c — MSEL import: a sheet checked row by row into a model that a
 * writer (dh_msel_emit.h; Lua: dh_msel_lua.c) turns into scenario text. Export
 * is dh_msel_export.c, merge dh_msel_merge.c. */
#include "dh_msel.h"
#include "dh_alloc.h"
#include "dh_intern.h"
#include "dh_msel_cells.h"
#include "dh_msel_cols.h"
#include "dh_msel_lua.h"
#include "dh_msel_map.h"
#include "dh_msg.h"
#include "dh_scenario.h"
#include "dh_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- import ------------------------------------------------------------------- */

static const dh_msel_category lifecycle[] = {
    {"detect", {"Detect", "Phát hiện"}},          {"analyse", {"Analyse", "Phân tích"}},
    {"contain", {"Contain", "Ngăn chặn"}},        {"eradicate", {"Eradicate", "Loại bỏ"}},
    {"recover", {"Recover", "Khôi phục"}},        {"communicate", {"Communicate", "Truyền thông"}},
    {"coordinate", {"Coordinate", "Phối hợp"}}};

/* an MSEL has no options: every decision gets these two for the author to replace */
static const dh_msel_option placeholders[] = {
    {"todo-a", {"TODO: first option", "TODO: phương án thứ nhất"}, "detect", 1, NULL, NULL, NULL, NULL},
    {"todo-b", {"TODO: second option", "TODO: phương án thứ hai"}, "detect", 0, NULL, NULL, NULL, NULL}};

/* One row's worth of the new scenario, in sheet order; times and a derived id are
 * kept here, everything else is borrowed from the sheet. */
enum { E_INJECT, E_DECISION, E_OPTION };

typedef struct entry {
    int is_decision;         /* E_INJECT, E_DECISION or E_OPTION */
    dh_msel_inject inject;
    dh_msel_decision decision;
    dh_msel_option option;
    int line;
    char at[32], within[32], id[80];
    char inject_id[80];      /* derived when the sheet has no inject_id column */
    char *notes[2];          /* expected action plus the cells kept as notes; owned */
} entry;

typedef struct importer {
    const dh_csv *csv;
    dh_diags *diags;
    entry *entries;    /* at most an inject and a decision a row */
    size_t nentries;
    dh_intern ids;     /* injects and decisions, in row order: a hash set */
    int *lines;        /* per id in ids, the line that claimed it */
    size_t ninjects, ndecisions;
    int oom;
    const char **stages;
    size_t nstages;
    dh_intern stage_ids;   /* the same stages, to look them up */
    dh_ms end;         /* latest time a timed inject or its deadline needs */
    const dh_msel_map *map;
    const dh_msel_import_opts *opts;
    unsigned long long next_number;   /* for rows whose number is not a whole number */
    int clock_warned;  /* said once that the times look like a clock's */
    /* the scenario's own row (number 0), borrowed from the sheet */
    int sc_line;
    const char *sc_id, *sc_title[2], *sc_desc[2], *sc_obj[2], *sc_duration, *sc_categories;
    dh_ms sc_dur;
    dh_intern categories;  /* declared or scored */
    dh_ms last_at;         /* the latest inject time */
    int decision_open;     /* the last entry is a decision or one of its options */
} importer;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void bad(importer *im, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dh_diags_vadd(im->diags, DH_ERROR, im->csv->file, line, fmt, ap);
    va_end(ap);
}

static int claim_id(importer *im, const char *id, int line, const char *what)
{
    if (!dh_id_valid(id)) {
        bad(im, line, dh_msg(E_MSEL_ID_CHARS), what,
            id);
        return 0;
    }
    int k = dh_intern_find(&im->ids, id);
    if (k >= 0) {
        bad(im, line, dh_msg(E_MSEL_ID_USED), what, id, im->lines[k]);
        return 0;
    }
    k = dh_intern_add(&im->ids, id);
    if (k < 0) return im->oom = 1, 0;
    im->lines[k] = line;
    return 1;
}

static int check_speed_item(void *ud, const dh_msel_item *it)
{
    importer *im = ud;
    double v;
    dh_ms t;
    char err[200];
    if (!strcmp(it->key, "floor")) return !dh_msel_points(it->value, &v) || v < 0 || v > 1;
    if (strcmp(it->key, "full") && strcmp(it->key, "zero")) return 1;
    (void)im;
    return dh_time_parse_duration(it->value, &t, err, sizeof err) != 0;
}

/* A decision's speed cell: full=, zero= (durations, zero after full) and an
 * optional floor= (0 to 1). */
static int speed_ok(importer *im, const char *cell)
{
    if (dh_msel_each_item(cell, 0, check_speed_item, im)) return 0;
    const char *full = strstr(cell, "full="), *zero = strstr(cell, "zero=");
    if (!full || !zero) return 0;
    dh_ms a, b;
    char err[200], x[64], y[64];
    snprintf(x, sizeof x, "%.*s", (int)strcspn(full + 5, ";"), full + 5);
    snprintf(y, sizeof y, "%.*s", (int)strcspn(zero + 5, ";"), zero + 5);
    for (char *p = x + strlen(x); p > x && p[-1] == ' '; ) *--p = 0;
    for (char *p = y + strlen(y); p > y && p[-1] == ' '; ) *--p = 0;
    return !dh_time_parse_duration(x, &a, err, sizeof err) &&
           !dh_time_parse_duration(y, &b, err, sizeof err) && b > a;
}

static void add_decision(importer *im, const char *const *f, int line, const char *inject_id, dh_ms at)
{
    const char *id = f[C_DECISION];
    entry *e = &im->entries[im->nentries];   /* taken below once the row is sound */
    char *derived = e->id;                   /* outlives the row: ids keeps pointing at it */
    if (!*id) {
        snprintf(derived, sizeof e->id, "%.60s-decision", inject_id);
        id = derived;
    }
    if (!*f[C_PROMPT_EN] && !*f[C_PROMPT_VI]) {
        bad(im, line, "%s", dh_msg(E_MSEL_NO_PROMPT));
        return;
    }
    dh_ms within = 15 * DH_MS_MINUTE;
    char err[200];
    if (*f[C_WITHIN] && dh_time_parse_duration(f[C_WITHIN], &within, err, sizeof err)) {
        bad(im, line, dh_msg(E_MSEL_WITHIN), err);
        return;
    }
    if (within <= 0) {
        bad(im, line, "%s", dh_msg(E_MSEL_WITHIN_ZERO));
        return;
    }
    if (*f[C_SPEED] && !speed_ok(im, f[C_SPEED])) {
        bad(im, line, dh_msg(E_MSEL_CELL), "speed", f[C_SPEED], "full=5m; zero=15m; floor=0.5");
        return;
    }
    if (*f[C_TIMEOUT] && !dh_id_valid(f[C_TIMEOUT])) {
        bad(im, line, dh_msg(E_MSEL_ID_CHARS), "timeout", f[C_TIMEOUT]);
        return;
    }
    if (im->ndecisions == DH_MAX_DECISIONS) {
        bad(im, line, dh_msg(E_MSEL_MAX_DECISIONS), DH_MAX_DECISIONS);
        return;
    }
    if (!claim_id(im, id, line, "decision_id")) return;
    im->ndecisions++;
    if (at != DH_MS_NEVER && at + within > im->end) im->end = at + within;
    im->nentries++;
    e->is_decision = E_DECISION;
    dh_time_format_duration(within, e->within, sizeof e->within);
    e->decision = (dh_msel_decision){line, id, inject_id, e->within,
                                     {f[C_PROMPT_EN], f[C_PROMPT_VI]}, f[C_TIMEOUT], f[C_SPEED], 0};
    e->line = line;
    im->decision_open = 1;
}

static int check_score_item(void *ud, const dh_msel_item *it)
{
    importer *im = ud;
    double v;
    if (!dh_id_valid(it->key) || !dh_msel_points(it->value, &v)) return 1;
    if (dh_intern_find(&im->categories, it->key) >= 0) return 0;
    /* with the lifecycle's seven, a scenario declares at most DH_MAX_LIST */
    if (im->categories.count + 7 >= DH_MAX_LIST) return 1;
    if (dh_intern_add(&im->categories, it->key) < 0) im->oom = 1;
    return 0;
}

static int check_set_item(void *ud, const dh_msel_item *it)
{
    (void)ud;
    return !it->key[0] || !it->has_value || !it->value[0];
}

static int check_trigger_item(void *ud, const dh_msel_item *it)
{
    int *n = ud;
    dh_ms t;
    char err[200];
    return ++*n > DH_MAX_LIST || !dh_id_valid(it->key) ||
           (it->has_value && dh_time_parse_duration(it->value, &t, err, sizeof err));
}

/* A row giving one option of the decision just above it. */
static void add_option(importer *im, const char *const *f, int line)
{
    if (!im->decision_open) {
        bad(im, line, dh_msg(E_MSEL_OPTION_ALONE), f[C_OPTION]);
        return;
    }
    size_t d = im->nentries;
    while (d > 0 && im->entries[d - 1].is_decision == E_OPTION) d--;
    entry *dec = &im->entries[d - 1];
    if (*f[C_DECISION] && strcmp(f[C_DECISION], dec->decision.id)) {
        bad(im, line, dh_msg(E_MSEL_OPTION_ALONE), f[C_OPTION]);
        return;
    }
    size_t errors = im->diags->errors;
    if (!dh_id_valid(f[C_OPTION])) bad(im, line, dh_msg(E_MSEL_ID_CHARS), "option_id", f[C_OPTION]);
    for (size_t k = d; k < im->nentries; k++)
        if (!strcmp(im->entries[k].option.id, f[C_OPTION]))
            bad(im, line, dh_msg(E_MSEL_ID_USED), "option_id", f[C_OPTION], im->entries[k].line);
    if (!*f[C_OPTION_EN] && !*f[C_OPTION_VI]) bad(im, line, "%s", dh_msg(E_MSEL_OPTION_TEXT));
    if (dh_msel_each_item(f[C_SCORE], 0, check_score_item, im))
        bad(im, line, dh_msg(E_MSEL_CELL), "option_score", f[C_SCORE], "contain=10; detect=5");
    if (dh_msel_each_item(f[C_SET], 0, check_set_item, im))
        bad(im, line, dh_msg(E_MSEL_CELL), "option_set", f[C_SET], "spread=true; level=2");
    int ntriggers = 0;
    if (dh_msel_each_item(f[C_TRIGGERS], 1, check_trigger_item, &ntriggers))
        bad(im, line, dh_msg(E_MSEL_CELL), "option_triggers", f[C_TRIGGERS],
            "ransom-note after 20m; lateral");
    if (*f[C_PLACE] && strcmp(f[C_PLACE], "first") && strcmp(f[C_PLACE], "last"))
        bad(im, line, dh_msg(E_MSEL_CELL), "option_place", f[C_PLACE], "first, last or nothing");
    if (im->diags->errors > errors) return;
    if (im->nentries - d >= DH_MAX_OPTIONS) {
        bad(im, line, dh_msg(E_LUA_MAX_OPTIONS), DH_MAX_OPTIONS);
        return;
    }
    dec->decision.has_options = 1;
    entry *e = &im->entries[im->nentries++];
    e->is_decision = E_OPTION;
    e->line = line;
    e->option = (dh_msel_option){f[C_OPTION], {f[C_OPTION_EN], f[C_OPTION_VI]}, NULL, 0,
                                 f[C_SCORE], f[C_SET], f[C_TRIGGERS], f[C_PLACE]};
}

/* The scenario's own row: number 0, first. */
static void read_scenario_row(importer *im, const char *const *f, int line)
{
    char err[200];
    im->sc_line = line;
    im->sc_id = dh_id_valid(f[C_INJECT]) ? f[C_INJECT] : NULL;
    im->sc_title[0] = f[C_TITLE_EN], im->sc_title[1] = f[C_TITLE_VI];
    im->sc_desc[0] = f[C_BODY_EN], im->sc_desc[1] = f[C_BODY_VI];
    im->sc_obj[0] = f[C_ACTION_EN], im->sc_obj[1] = f[C_ACTION_VI];
    im->sc_duration = f[C_WITHIN];
    im->sc_categories = f[C_SCORE];
    im->sc_dur = DH_MS_NEVER;
    for (int l = 0; l < 2; l++) { /* one objective a line, as many as a scenario holds */
        size_t n = 0;
        for (const char *p = im->sc_obj[l]; *p; p++) n += *p == '\n';
        if (n + 1 > DH_MAX_LIST) bad(im, line, dh_msg(E_LUA_MAX_OBJECTIVES), DH_MAX_LIST);
    }
    if (*f[C_WITHIN]) {
        if (dh_time_parse_clock(f[C_WITHIN], &im->sc_dur, err, sizeof err) || im->sc_dur <= 0)
            bad(im, line, dh_msg(E_MSEL_DURATION), f[C_WITHIN]);
    }
    /* stages and categories: ids, one space apart */
    const char *lists[2] = {f[C_STAGE], f[C_SCORE]};
    for (int l = 0; l < 2; l++)
        for (const char *p = lists[l]; *p;) {
            size_t n = strcspn(p, " ");
            char id[DH_MSEL_ITEM_MAX + 1];
            if (n && n <= DH_MSEL_ITEM_MAX) {
                memcpy(id, p, n);
                id[n] = 0;
                if (!dh_id_valid(id)) {
                    bad(im, line, dh_msg(E_MSEL_ID_CHARS), l ? "category" : "stage", id);
                } else if (l == 0 && dh_intern_find(&im->stage_ids, id) < 0) {
                    if (im->nstages >= DH_MAX_LIST) {
                        bad(im, line, dh_msg(E_LUA_MORE_THAN), DH_MAX_LIST, "stages");
                        return;
                    }
                    int k = dh_intern_add(&im->stage_ids, id);
                    if (k < 0) im->oom = 1;
                    else im->stages[im->nstages++] = dh_intern_str(&im->stage_ids, k);
                } else if (l == 1 && dh_intern_find(&im->categories, id) < 0) {
                    if (im->categories.count >= DH_MAX_LIST) {
                        bad(im, line, dh_msg(E_LUA_MORE_THAN), DH_MAX_LIST, "categories");
                        return;
                    }
                    if (dh_intern_add(&im->categories, id) < 0) im->oom = 1;
                }
            } else if (n) {
                bad(im, line, dh_msg(E_MSEL_ID_CHARS), l ? "category" : "stage", "...");
            }
            p += n;
            while (*p == ' ') p++;
        }
}

/* The cell of `field` (language lang) in row, without the quote export puts
 * before formula-like texts; "" when the sheet has no such column. */
static const char *cell(const importer *im, const dh_csv_row *row, dh_msel_field field, int lang)
{
    int c = im->map->col[field][lang];
    return c >= 0 && (size_t)c < row->nfields ? dh_csv_unneutralise(row->fields[c]) : "";
}

static int blank_row(const dh_csv_row *row)
{
    for (size_t c = 0; c < row->nfields; c++)
        for (const char *p = row->fields[c]; *p; p++)
            if (*p != ' ' && *p != '\t') return 0;
    return 1;
}

/* The expected action in one language, then every cell the sheet holds that a
 * scenario has no place for, as "Column: text" lines: kept, never dropped. */
static char *notes_of(importer *im, const dh_csv_row *row, int lang)
{
    /* the kept cells are in the sheet's one language: with the English notes, or
     * with the Vietnamese ones when only those exist */
    const char *action = cell(im, row, M_ACTION, lang);
    int with_kept = lang == 0 ? 1 : !*cell(im, row, M_ACTION, 0) && *action;
    if (lang == 0 && !*action && *cell(im, row, M_ACTION, 1)) with_kept = 0;
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_adds(&b, action);
    static const dh_msel_field kept[] = {M_TO, M_OBJECTIVE, M_NOTES};
    int cols[M_COUNT + 1];
    size_t n = 0;
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++)
        if (im->map->col[kept[k]][0] >= 0) cols[n++] = im->map->col[kept[k]][0];
    for (size_t k = 0; with_kept && k <= n + im->map->nkept; k++) {
        int c = k < n ? cols[k] : k - n < im->map->nkept ? im->map->kept[k - n] : -1;
        if (c < 0 || (size_t)c >= row->nfields || !*row->fields[c]) continue;
        const char *label = dh_msel_map_label(im->csv, c);
        if (b.len) dh_buf_adds(&b, "\n");
        if (*label) dh_buf_printf(&b, "%s: ", label);
        dh_buf_adds(&b, dh_csv_unneutralise(row->fields[c]));
    }
    if (b.failed) {
        im->oom = 1;
        dh_buf_free(&b);
        return NULL;
    }
    char *out = dh_strdup(dh_buf_cstr(&b));
    dh_buf_free(&b);
    if (!out) im->oom = 1;
    return out;
}

/* An exercise time from the sheet: "0:05", "T+0:05", or with --start a clock
 * time ("08:05", "0805") taken from the start. */
static int parse_time(importer *im, int line, const char *v, dh_ms *at)
{
    char err[200], buf[32];
    const char *at_text = v; /* as written: "T+" says it is exercise time */
    if (!strncmp(v, "T+", 2) || !strncmp(v, "t+", 2)) v += 2;
    size_t n = strlen(v);
    int clock_form = n == 4 && strspn(v, "0123456789") == 4; /* 0805 */
    if (clock_form && !im->opts->has_start) {
        bad(im, line, dh_msg(E_MSEL_CLOCK_NO_START), v);
        return 0;
    }
    if (clock_form) {
        snprintf(buf, sizeof buf, "%.2s:%.2s", v, v + 2);
        v = buf;
    }
    if (dh_time_parse_clock(v, at, err, sizeof err)) {
        bad(im, line, dh_msg(E_MSEL_TIME), err);
        return 0;
    }
    /* "08:05" or anything from 6:00 on, without --start and without "T+": most
     * likely a wall clock, which would silently become T+8:05 */
    if (!im->opts->has_start && !im->clock_warned && v == at_text &&
        ((v[0] == '0' && v[1] >= '1' && v[1] <= '9' && v[2] == ':') || *at >= 6 * DH_MS_HOUR)) {
        char t[32];
        dh_time_format_short(*at, t, sizeof t);
        dh_diags_add(im->diags, DH_WARNING, im->csv->file, line, dh_msg(E_MSEL_CLOCK_LIKE), v, t, v);
        im->clock_warned = 1;
    }
    if (im->opts->has_start) {
        if (*at < im->opts->start) {
            char s[32];
            dh_time_format_short(im->opts->start, s, sizeof s);
            bad(im, line, dh_msg(E_MSEL_BEFORE_START), v, s);
            return 0;
        }
        *at -= im->opts->start;
    }
    return 1;
}

static void import_row(importer *im, const dh_csv_row *row, int *last_inject)
{
    int line = row->line;
    if (blank_row(row)) return; /* Excel's trailing rows of empty cells */
    size_t width = im->map->ncols;
    if (row->nfields < width) {
        bad(im, line, dh_msg(E_MSEL_FIELDS), (int)width, row->nfields);
        return;
    }
    for (size_t c = width; c < row->nfields; c++)
        if (*row->fields[c]) {
            bad(im, line, dh_msg(E_MSEL_EXTRA_FIELDS), width, row->nfields);
            return;
        }
    /* the cells in the order of the sheet msel export writes */
    const char *f[DH_MSEL_NCOLS] = {
        cell(im, row, M_NUMBER, 0),  cell(im, row, M_TIME, 0),   cell(im, row, M_STAGE, 0),
        cell(im, row, M_ATTACK, 0),  cell(im, row, M_SEVERITY, 0), cell(im, row, M_FROM, 0),
        cell(im, row, M_FROM, 1),    cell(im, row, M_CHANNEL, 0), cell(im, row, M_INJECT, 0),
        cell(im, row, M_TITLE, 0),   cell(im, row, M_TITLE, 1),  cell(im, row, M_BODY, 0),
        cell(im, row, M_BODY, 1),    cell(im, row, M_ACTION, 0), cell(im, row, M_ACTION, 1),
        cell(im, row, M_DECISION, 0), cell(im, row, M_WITHIN, 0), cell(im, row, M_PROMPT, 0),
        cell(im, row, M_PROMPT, 1),  cell(im, row, M_TIMEOUT, 0), cell(im, row, M_SPEED, 0),
        cell(im, row, M_OPTION, 0),  cell(im, row, M_OPTION_TEXT, 0),
        cell(im, row, M_OPTION_TEXT, 1), cell(im, row, M_SCORE, 0), cell(im, row, M_SET, 0),
        cell(im, row, M_TRIGGERS, 0), cell(im, row, M_PLACE, 0), cell(im, row, M_CONDITION, 0)};
    entry *e = &im->entries[im->nentries];
    if (!strcmp(f[C_NUMBER], "0") && !im->nentries && !im->sc_line) {
        read_scenario_row(im, f, line);
        return;
    }
    if (*f[C_OPTION]) {
        add_option(im, f, line);
        return;
    }
    /* a sheet without titles: the inject's text is its title */
    if (im->map->col[M_TITLE][0] < 0 && im->map->col[M_TITLE][1] < 0) {
        f[C_TITLE_EN] = f[C_BODY_EN];
        f[C_TITLE_VI] = f[C_BODY_VI];
    }
    unsigned long long num = 0;
    char *end = NULL;
    if (f[C_NUMBER][0] >= '0' && f[C_NUMBER][0] <= '9') num = strtoull(f[C_NUMBER], &end, 10);
    if (im->map->exact || im->map->col[M_NUMBER][0] < 0 || !strpbrk(f[C_NUMBER], "0123456789")) {
        if (im->map->col[M_NUMBER][0] < 0) num = im->next_number, end = (char *)"";
        if (!end || *end || num == 0) {
            bad(im, line, dh_msg(E_MSEL_NUMBER), f[C_NUMBER]);
            return;
        }
    } else if (!end || *end || num == 0) {
        num = im->next_number; /* "1.1", "MSEL-003": numbered in sheet order */
    }
    if (num >= im->next_number) im->next_number = num + 1;
    if (im->map->col[M_INJECT][0] < 0) {
        /* no inject ids in the sheet: one from its number ("MSEL-003" → msel-003) */
        size_t k = 0;
        const char *p = f[C_NUMBER];
        if (dh_id_valid(p) && strpbrk(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
            for (; *p && k + 1 < sizeof e->inject_id; p++)
                e->inject_id[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
            e->inject_id[k] = 0;
        } else {
            snprintf(e->inject_id, sizeof e->inject_id, "inject-%llu", num);
        }
        f[C_INJECT] = e->inject_id;
    }
    if (!*f[C_INJECT]) {
        bad(im, line, "%s", dh_msg(E_MSEL_NO_INJECT));
        return;
    }
    int prev = dh_intern_find(&im->ids, f[C_INJECT]);
    int rest_empty = 1;
    for (int c = C_TIME; c < C_DECISION; c++)
        if (c != C_INJECT && *f[c]) rest_empty = 0;
    if (prev >= 0 && rest_empty) {
        /* a further decision on an inject listed above */
        if (prev != *last_inject)
            bad(im, line, dh_msg(E_MSEL_DECISION_ALONE),
                f[C_INJECT], im->lines[prev]);
        else if (!*f[C_DECISION] && !*f[C_WITHIN] && !*f[C_PROMPT_EN] && !*f[C_PROMPT_VI])
            bad(im, line, dh_msg(E_MSEL_REPEATS), f[C_INJECT]);
        else add_decision(im, f, line, f[C_INJECT], DH_MS_NEVER);
        return;
    }
    size_t errors = im->diags->errors;
    dh_ms at = DH_MS_NEVER;
    if (*f[C_TIME]) parse_time(im, line, f[C_TIME], &at);
    if (*f[C_STAGE] && !dh_id_valid(f[C_STAGE]))
        bad(im, line, dh_msg(E_MSEL_STAGE),
            f[C_STAGE]);
    if (*f[C_ATTACK] && !dh_attack_id_valid(f[C_ATTACK]))
        bad(im, line, dh_msg(E_MSEL_ATTACK), f[C_ATTACK]);
    if (*f[C_SEVERITY] && dh_severity_parse(f[C_SEVERITY]) < 0)
        bad(im, line, dh_msg(E_MSEL_SEVERITY),
            f[C_SEVERITY]);
    if (!*f[C_TITLE_EN] && !*f[C_TITLE_VI])
        bad(im, line, "%s", dh_msg(E_MSEL_NO_TITLE));
    if (im->diags->errors > errors) return;
    if (im->ninjects == DH_MAX_INJECTS) {
        bad(im, line, dh_msg(E_MSEL_MAX_INJECTS), DH_MAX_INJECTS);
        return;
    }
    if (!claim_id(im, f[C_INJECT], line, "inject_id")) return;
    im->ninjects++;
    *last_inject = (int)im->ids.count - 1;
    if (*f[C_STAGE] && dh_intern_find(&im->stage_ids, f[C_STAGE]) < 0) {
        if (im->nstages >= DH_MAX_LIST) {
            bad(im, line, dh_msg(E_LUA_MORE_THAN), DH_MAX_LIST, "stages");
            return;
        }
        if (dh_intern_add(&im->stage_ids, f[C_STAGE]) < 0) im->oom = 1;
        else im->stages[im->nstages++] = f[C_STAGE];
    }
    if (at != DH_MS_NEVER && at > im->end) im->end = at;
    if (at != DH_MS_NEVER && at > im->last_at) im->last_at = at;

    im->nentries++;
    e->is_decision = E_INJECT;
    e->line = line;
    im->decision_open = 0;
    if (*f[C_CONDITION])
        dh_diags_add(im->diags, DH_WARNING, im->csv->file, line, dh_msg(E_MSEL_IMPORT_CONDITION),
                     f[C_INJECT]);
    e->notes[0] = notes_of(im, row, 0);
    e->notes[1] = notes_of(im, row, 1);
    if (im->oom) return;
    if (at != DH_MS_NEVER) dh_time_format_short(at, e->at, sizeof e->at);  /* the parsed time, never the cell's text */
    e->inject = (dh_msel_inject){line, num, f[C_INJECT], at != DH_MS_NEVER ? e->at : NULL,
                                 f[C_STAGE], f[C_ATTACK], f[C_SEVERITY], f[C_CHANNEL],
                                 {f[C_FROM_EN], f[C_FROM_VI]}, {f[C_TITLE_EN], f[C_TITLE_VI]},
                                 {f[C_BODY_EN], f[C_BODY_VI]}, {e->notes[0], e->notes[1]}};
    if (*f[C_DECISION] || *f[C_WITHIN] || *f[C_PROMPT_EN] || *f[C_PROMPT_VI])
        add_decision(im, f, line, f[C_INJECT], at);
}

/* What rows name of other rows: a trigger's inject, a decision's timeout. */
typedef struct ref_check {
    importer *im;
    int line;
} ref_check;

static int trigger_known(void *ud, const dh_msel_item *it)
{
    ref_check *rc = ud;
    importer *im = rc->im;
    int found = 0;
    for (size_t k = 0; k < im->nentries && !found; k++)
        found = im->entries[k].is_decision == E_INJECT && !strcmp(im->entries[k].inject.id, it->key);
    if (!found) bad(im, rc->line, dh_msg(E_MSEL_TRIGGER_UNKNOWN), it->key);
    return 0;
}

static int names_inject(void *ud, const dh_msel_item *it)
{
    const char **id = ud;
    if (*id && !strcmp(*id, it->key)) *id = NULL;
    return 0;
}

/* An inject with no time that no option's triggers deliver: the scenario
 * loads, and check then says it is never delivered; said here, at its row. */
static void check_untimed(importer *im, const entry *e)
{
    const char *id = e->inject.id;
    for (size_t j = 0; j < im->nentries && id; j++)
        if (im->entries[j].is_decision == E_OPTION)
            dh_msel_each_item(im->entries[j].option.triggers_cell, 1, names_inject, &id);
    if (id) dh_diags_add(im->diags, DH_WARNING, im->csv->file, e->line, dh_msg(E_MSEL_UNTIMED), id);
}

static void check_references(importer *im)
{
    for (size_t k = 0; k < im->nentries; k++) {
        entry *e = &im->entries[k];
        if (e->is_decision == E_INJECT && !e->inject.at) {
            check_untimed(im, e);
        } else if (e->is_decision == E_OPTION) {
            ref_check rc = {im, e->line};
            dh_msel_each_item(e->option.triggers_cell, 1, trigger_known, &rc);
        } else if (e->is_decision == E_DECISION && *e->decision.timeout) {
            int found = 0;
            for (size_t j = k + 1; j < im->nentries && im->entries[j].is_decision == E_OPTION; j++)
                found |= !strcmp(im->entries[j].option.id, e->decision.timeout);
            if (!found) bad(im, e->line, dh_msg(E_MSEL_TIMEOUT_UNKNOWN), e->decision.timeout);
        }
    }
    if (im->sc_line && im->sc_dur != DH_MS_NEVER && im->sc_dur < im->last_at)
        bad(im, im->sc_line, dh_msg(E_MSEL_DURATION_SHORT), im->sc_duration);
}

dh_status dh_msel_import(const dh_csv *csv, const dh_msel_import_opts *o, dh_buf *out,
                         dh_diags *diags)
{
    size_t errors = diags->errors;
    if (!csv->nrows) {
        dh_diags_add(diags, DH_ERROR, csv->file, 1, "%s", dh_msg(E_MSEL_NO_ROWS));
        return DH_EINPUT;
    }
    dh_msel_map map;
    int mapped = dh_msel_map_header_with(csv, o->map, dh_msel_columns, DH_MSEL_NCOLS, &map, diags);
    if (mapped) {
        dh_msel_map_free(&map);
        return mapped == -2 ? DH_ENOMEM : DH_EINPUT;
    }
    size_t blank = 0;
    for (size_t r = 1; r < csv->nrows; r++) blank += blank_row(&csv->rows[r]);
    if (csv->nrows - blank < 2) {
        dh_msel_map_free(&map);
        dh_diags_add(diags, DH_ERROR, csv->file, csv->rows[0].line,
                     "%s", dh_msg(E_MSEL_NO_ROWS));
        return DH_EINPUT;
    }
    /* every row adds an inject or a decision: a sheet longer than a scenario
     * can hold is refused before any row is looked at */
    size_t most = DH_MSEL_MAX_ROWS;
    if (csv->nrows - 1 > most) {
        dh_diags_add(diags, DH_ERROR, csv->file, csv->rows[most + 1].line,
                     dh_msg(E_MSEL_MAX_ROWS), most,
                     DH_MAX_INJECTS, DH_MAX_DECISIONS);
        dh_msel_map_free(&map);
        return DH_EINPUT;
    }
    importer im = {.csv = csv, .diags = diags, .map = &map, .opts = o, .next_number = 1,
                   .sc_dur = DH_MS_NEVER};
    dh_intern_init(&im.ids);
    dh_intern_init(&im.categories);
    dh_intern_init(&im.stage_ids);
    im.entries = dh_calloc(2 * csv->nrows, sizeof *im.entries);
    im.lines = dh_malloc(2 * csv->nrows * sizeof *im.lines);
    im.stages = dh_malloc((DH_MAX_LIST + 1) * sizeof *im.stages);
    dh_status st = DH_OK;
    if (!im.entries || !im.lines || !im.stages) st = DH_ENOMEM;
    int last_inject = -1;
    for (size_t r = 1; r < csv->nrows && !st; r++) {
        import_row(&im, &csv->rows[r], &last_inject);
        if (im.oom) st = DH_ENOMEM;
    }
    if (!st) check_references(&im);
    if (!st && im.oom) st = DH_ENOMEM;
    if (!st && diags->errors > errors) st = DH_EINPUT;
    /* the sheet's name goes into a comment and the title: one line, no
     * controls, valid UTF-8, whatever the file was called */
    dh_buf name;
    dh_buf_init(&name);
    size_t nlen = strlen(o->source_name);
    dh_text_escape_controls(&name, o->source_name, nlen > 200 ? 200 : nlen, 0);
    while (name.len > 200 || (name.len && dh_utf8_invalid(name.data, name.len)))
        name.len--;   /* cut at a character boundary */
    const char *sheet = name.failed ? "the sheet" : dh_buf_cstr(&name);
    if (!st && name.failed) st = DH_ENOMEM;
    dh_msel_category *cats = NULL;
    size_t ncats = 0;
    char d[32], title_en[300], title_vi[300];
    dh_msel_text title = {title_en, title_vi};
    if (!st) {
        /* the drill ends on the next quarter hour after the last timed inject or
         * deadline, and never sooner than 15 minutes after the last inject; a
         * duration the sheet gives is kept when every inject fits in it */
        dh_ms q = 15 * DH_MS_MINUTE, dur = (im.end / q + 1) * q;
        if (im.sc_dur != DH_MS_NEVER && im.sc_dur > 0 && im.sc_dur >= im.last_at) dur = im.sc_dur;
        dh_time_format_short(dur, d, sizeof d);
        snprintf(title_en, sizeof title_en, "TODO: title (imported from %s)", sheet);
        snprintf(title_vi, sizeof title_vi, "TODO: tên kịch bản (nhập từ %s)", sheet);
        if (im.sc_line && (*im.sc_title[0] || *im.sc_title[1]))
            title = (dh_msel_text){im.sc_title[0], im.sc_title[1]};
        /* the sheet's categories, or the response lifecycle; then any scored */
        size_t nlife = sizeof lifecycle / sizeof lifecycle[0];
        cats = dh_malloc((nlife + im.categories.count + 1) * sizeof *cats);
        if (!cats) st = DH_ENOMEM;
        for (size_t k = 0; !st && !(im.sc_categories && *im.sc_categories) && k < nlife; k++)
            cats[ncats++] = lifecycle[k];
        for (size_t k = 0; !st && k < im.categories.count; k++) {
            const char *id = dh_intern_str(&im.categories, (int)k);
            size_t l = 0;
            while (l < nlife && strcmp(lifecycle[l].id, id)) l++;
            size_t have = 0;
            while (have < ncats && strcmp(cats[have].id, id)) have++;
            if (have < ncats) continue;
            cats[ncats++] = l < nlife ? lifecycle[l] : (dh_msel_category){id, {id, ""}};
        }
    }
    if (!st) {
        const dh_msel_emitter *w = &dh_msel_lua;
        dh_msel_text none = {"", ""};
        const char *id = !o->id_given && im.sc_id ? im.sc_id : o->id;
        w->scenario(out, &(dh_msel_scenario){id, sheet, 1, title, d, cats, ncats,
                                             im.stages, im.nstages,
                                             im.sc_line ? (dh_msel_text){im.sc_desc[0], im.sc_desc[1]} : none,
                                             im.sc_line ? (dh_msel_text){im.sc_obj[0], im.sc_obj[1]} : none});
        for (size_t k = 0; k < im.nentries; k++) {
            const entry *e = &im.entries[k];
            if (e->is_decision == E_INJECT) {
                w->inject(out, &e->inject);
                continue;
            }
            if (e->is_decision == E_OPTION) continue; /* written with its decision */
            w->decision(out, &e->decision);
            if (!e->decision.has_options)
                for (size_t p = 0; p < sizeof placeholders / sizeof placeholders[0]; p++)
                    w->option(out, &placeholders[p]);
            for (size_t j = k + 1; j < im.nentries && im.entries[j].is_decision == E_OPTION; j++)
                w->option(out, &im.entries[j].option);
            w->decision_end(out, &e->decision);
        }
        if (out->failed) st = DH_ENOMEM;
    }
    free(cats);
    dh_buf_free(&name);
    for (size_t k = 0; im.entries && k < 2 * csv->nrows; k++) {
        free(im.entries[k].notes[0]);
        free(im.entries[k].notes[1]);
    }
    dh_msel_map_free(&map);
    free(im.entries);
    free(im.lines);
    free(im.stages);
    dh_intern_free(&im.ids);
    dh_intern_free(&im.stage_ids);
    dh_intern_free(&im.categories);
    return st;
}
