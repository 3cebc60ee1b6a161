/* dh_msel.c — MSEL sheets: export from a scenario, import into scenario text. */
#include "dh_msel.h"
#include "dh_alloc.h"
#include "dh_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    C_NUMBER, C_TIME, C_STAGE, C_ATTACK, C_SEVERITY, C_FROM_EN, C_FROM_VI, C_CHANNEL,
    C_INJECT, C_TITLE_EN, C_TITLE_VI, C_BODY_EN, C_BODY_VI, C_ACTION_EN, C_ACTION_VI,
    C_DECISION, C_WITHIN, C_PROMPT_EN, C_PROMPT_VI
};

const char *const dh_msel_columns[DH_MSEL_NCOLS] = {
    "number", "exercise_time", "stage", "attack", "severity", "from_en", "from_vi",
    "channel", "inject_id", "title_en", "title_vi", "body_en", "body_vi",
    "expected_action_en", "expected_action_vi", "decision_id", "within",
    "decision_prompt_en", "decision_prompt_vi"};

/* --- export ------------------------------------------------------------------- */

static void field(dh_buf *b, const char *s, int last)
{
    dh_csv_add_field(b, s ? s : "");
    dh_buf_addc(b, last ? '\n' : ',');
}

static void text_fields(dh_buf *b, const dh_text *t)
{
    field(b, t->s[DH_LANG_EN], 0);
    field(b, t->s[DH_LANG_VI], 0);
}

static void decision_fields(dh_buf *b, const dh_decision *d)
{
    char w[32] = "";
    if (d && d->within != DH_MS_NEVER) dh_time_format_duration(d->within, w, sizeof w);
    field(b, d ? d->id : NULL, 0);
    field(b, w, 0);
    field(b, d ? d->prompt.s[DH_LANG_EN] : NULL, 0);
    field(b, d ? d->prompt.s[DH_LANG_VI] : NULL, 1);
}

/* Timed injects by time (ties in definition order), then the untimed ones
 * (DH_MS_NEVER sorts last). Insertion sort: stable, and a scenario has tens of
 * injects, not thousands. */
static void sort_by_time(const dh_scenario *sc, int *order)
{
    for (size_t i = 1; i < sc->ninjects; i++) {
        int v = order[i];
        size_t j = i;
        while (j > 0 && sc->injects[order[j - 1]].at > sc->injects[v].at) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
}

dh_status dh_msel_export(const dh_scenario *sc, dh_buf *out)
{
    int *order = dh_malloc((sc->ninjects ? sc->ninjects : 1) * sizeof *order);
    if (!order) return DH_ENOMEM;
    for (size_t i = 0; i < sc->ninjects; i++) order[i] = (int)i;
    sort_by_time(sc, order);
    for (size_t c = 0; c < DH_MSEL_NCOLS; c++) field(out, dh_msel_columns[c], c + 1 == DH_MSEL_NCOLS);
    int number = 0;
    for (size_t k = 0; k < sc->ninjects; k++) {
        const dh_inject *in = &sc->injects[order[k]];
        char num[24], at[32] = "";
        snprintf(num, sizeof num, "%d", ++number);
        if (in->at != DH_MS_NEVER) dh_time_format_short(in->at, at, sizeof at);
        field(out, num, 0);
        field(out, at, 0);
        field(out, in->stage_id, 0);
        field(out, in->attack, 0);
        field(out, dh_severity_name(in->severity), 0);
        text_fields(out, &in->from);
        field(out, in->channel, 0);
        field(out, in->id, 0);
        text_fields(out, &in->title);
        text_fields(out, &in->body);
        text_fields(out, &in->notes);
        decision_fields(out, in->ndecisions ? &sc->decisions[in->decisions[0]] : NULL);
        /* further decisions on the same inject: rows carrying only the decision */
        for (size_t d = 1; d < in->ndecisions; d++) {
            snprintf(num, sizeof num, "%d", ++number);
            field(out, num, 0);
            for (int c = C_TIME; c < C_INJECT; c++) field(out, NULL, 0);
            field(out, in->id, 0);
            for (int c = C_TITLE_EN; c < C_DECISION; c++) field(out, NULL, 0);
            decision_fields(out, &sc->decisions[in->decisions[d]]);
        }
    }
    free(order);
    return out->failed ? DH_ENOMEM : DH_OK;
}

/* --- import ------------------------------------------------------------------- */

static const char *const lifecycle[][3] = {
    {"detect", "Detect", "Phát hiện"},          {"analyse", "Analyse", "Phân tích"},
    {"contain", "Contain", "Ngăn chặn"},        {"eradicate", "Eradicate", "Loại bỏ"},
    {"recover", "Recover", "Khôi phục"},        {"communicate", "Communicate", "Truyền thông"},
    {"coordinate", "Coordinate", "Phối hợp"}};

static void lua_str(dh_buf *b, const char *s)
{
    dh_buf_addc(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') dh_buf_addc(b, '\\'), dh_buf_addc(b, (char)c);
        else if (c == '\n') dh_buf_adds(b, "\\n");
        else if (c == '\r') dh_buf_adds(b, "\\r");
        else if (c == '\t') dh_buf_adds(b, "\\t");
        else if (c < 0x20 || c == 0x7f) dh_buf_printf(b, "\\%03u", c);
        else dh_buf_addc(b, (char)c);
    }
    dh_buf_addc(b, '"');
}

/* `name = "text"` (the same in both), `name = { en = ..., vi = ... }`, or nothing. */
static void lua_text(dh_buf *b, const char *name, const char *en, const char *vi)
{
    if (!*en && !*vi) return;
    dh_buf_printf(b, "  %s = ", name);
    if (!strcmp(en, vi)) {
        lua_str(b, en);
    } else {
        dh_buf_adds(b, "{\n");
        if (*en) dh_buf_adds(b, "    en = "), lua_str(b, en), dh_buf_adds(b, ",\n");
        if (*vi) dh_buf_adds(b, "    vi = "), lua_str(b, vi), dh_buf_adds(b, ",\n");
        dh_buf_adds(b, "  }");
    }
    dh_buf_adds(b, ",\n");
}

typedef struct seen_id {
    const char *id;
    int line;
} seen_id;

static int find_seen(const seen_id *v, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i].id, id)) return (int)i;
    return -1;
}

typedef struct importer {
    const dh_csv *csv;
    dh_diags *diags;
    dh_buf body;
    seen_id *ids;      /* injects and decisions */
    size_t nids;
    const char **stages;
    size_t nstages;
    dh_ms end;         /* latest time a timed inject or its deadline needs */
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
        bad(im, line, "%s \"%s\" may hold only ASCII letters, digits, '-', '_' and '.'", what,
            id);
        return 0;
    }
    int k = find_seen(im->ids, im->nids, id);
    if (k >= 0) {
        bad(im, line, "%s \"%s\" is already used at line %d", what, id, im->ids[k].line);
        return 0;
    }
    im->ids[im->nids++] = (seen_id){id, line};
    return 1;
}

static void write_decision(importer *im, const char *const *f, int line, const char *inject_id, dh_ms at)
{
    const char *id = f[C_DECISION];
    char derived[80];
    if (!*id) {
        snprintf(derived, sizeof derived, "%.60s-decision", inject_id);
        id = derived;
    }
    if (!*f[C_PROMPT_EN] && !*f[C_PROMPT_VI]) {
        bad(im, line, "decision_id or within is given but decision_prompt_en and "
            "decision_prompt_vi are both empty");
        return;
    }
    dh_ms within = 15 * DH_MS_MINUTE;
    char err[200];
    if (*f[C_WITHIN] && dh_time_parse_duration(f[C_WITHIN], &within, err, sizeof err)) {
        bad(im, line, "within: %s", err);
        return;
    }
    if (within <= 0) {
        bad(im, line, "within must be longer than 0s");
        return;
    }
    if (!claim_id(im, id, line, "decision_id")) return;
    if (at != DH_MS_NEVER && at + within > im->end) im->end = at + within;
    dh_buf *b = &im->body;
    char w[32];
    dh_time_format_duration(within, w, sizeof w);
    dh_buf_printf(b, "-- TODO (line %d of the sheet): an MSEL has no options. Write this "
                  "decision's options,\n-- their scores and its timeout; the two below are "
                  "placeholders.\ndecision {\n  id = ", line);
    lua_str(b, id);
    dh_buf_adds(b, ",\n  on = ");
    lua_str(b, inject_id);
    dh_buf_printf(b, ",\n  within = \"%s\",\n", w);
    lua_text(b, "prompt", f[C_PROMPT_EN], f[C_PROMPT_VI]);
    dh_buf_adds(b,
                "  options = {\n"
                "    { id = \"todo-a\", text = { en = \"TODO: first option\", "
                "vi = \"TODO: phương án thứ nhất\" },\n      score = { detect = 1 } },\n"
                "    { id = \"todo-b\", text = { en = \"TODO: second option\", "
                "vi = \"TODO: phương án thứ hai\" },\n      score = { detect = 0 } },\n"
                "  },\n}\n\n");
}

static void import_row(importer *im, const dh_csv_row *row, int *last_inject)
{
    int line = row->line;
    if (row->nfields != DH_MSEL_NCOLS) {
        bad(im, line, "expected %d fields (see the header), found %zu", DH_MSEL_NCOLS,
            row->nfields);
        return;
    }
    /* export quotes texts that look like formulas; the texts are without it */
    const char *f[DH_MSEL_NCOLS];
    for (size_t c = 0; c < DH_MSEL_NCOLS; c++) f[c] = dh_csv_unneutralise(row->fields[c]);
    unsigned long long num = 0;
    char *end = NULL;
    if (f[C_NUMBER][0] >= '0' && f[C_NUMBER][0] <= '9') num = strtoull(f[C_NUMBER], &end, 10);
    if (!end || *end || num == 0) {
        bad(im, line, "number \"%s\" is not a whole number from 1", f[C_NUMBER]);
        return;
    }
    if (!*f[C_INJECT]) {
        bad(im, line, "inject_id is empty (every row names its inject)");
        return;
    }
    int prev = find_seen(im->ids, im->nids, f[C_INJECT]);
    int rest_empty = 1;
    for (int c = C_TIME; c < C_DECISION; c++)
        if (c != C_INJECT && *f[c]) rest_empty = 0;
    if (prev >= 0 && rest_empty) {
        /* a further decision on an inject listed above */
        if (prev != *last_inject)
            bad(im, line, "a row with only a decision must follow its inject \"%s\" (line %d)",
                f[C_INJECT], im->ids[prev].line);
        else if (!*f[C_DECISION] && !*f[C_WITHIN] && !*f[C_PROMPT_EN] && !*f[C_PROMPT_VI])
            bad(im, line, "the row repeats inject \"%s\" but opens no decision", f[C_INJECT]);
        else write_decision(im, f, line, f[C_INJECT], DH_MS_NEVER);
        return;
    }
    size_t errors = im->diags->errors;
    dh_ms at = DH_MS_NEVER;
    char err[200];
    if (*f[C_TIME] && dh_time_parse_clock(f[C_TIME], &at, err, sizeof err))
        bad(im, line, "exercise_time: %s", err);
    if (*f[C_STAGE] && !dh_id_valid(f[C_STAGE]))
        bad(im, line, "stage \"%s\" may hold only ASCII letters, digits, '-', '_' and '.'",
            f[C_STAGE]);
    if (*f[C_ATTACK] && !dh_attack_id_valid(f[C_ATTACK]))
        bad(im, line, "attack \"%s\" is not a MITRE ATT&CK technique id (e.g. T1566 or "
            "T1566.001)", f[C_ATTACK]);
    if (*f[C_SEVERITY] && dh_severity_parse(f[C_SEVERITY]) < 0)
        bad(im, line, "severity \"%s\" is not one of low, medium, high, critical",
            f[C_SEVERITY]);
    if (!*f[C_TITLE_EN] && !*f[C_TITLE_VI])
        bad(im, line, "title_en and title_vi are both empty");
    if (im->diags->errors > errors || !claim_id(im, f[C_INJECT], line, "inject_id")) return;
    *last_inject = (int)im->nids - 1;
    if (*f[C_STAGE]) {
        size_t k = 0;
        while (k < im->nstages && strcmp(im->stages[k], f[C_STAGE])) k++;
        if (k == im->nstages) im->stages[im->nstages++] = f[C_STAGE];
    }
    if (at != DH_MS_NEVER && at > im->end) im->end = at;

    dh_buf *b = &im->body;
    if (at == DH_MS_NEVER)
        dh_buf_printf(b, "-- TODO (line %d of the sheet): no exercise time. Deliver this inject "
                      "from an option's\n-- triggers or a hook, or give it an `at`.\n", line);
    else {
        char t[32];
        dh_time_format_short(at, t, sizeof t);   /* the parsed time, never the cell's text */
        dh_buf_printf(b, "-- %llu. T+%s\n", num, t);
    }
    dh_buf_adds(b, "inject {\n  id = ");
    lua_str(b, f[C_INJECT]);
    dh_buf_adds(b, ",\n");
    if (at != DH_MS_NEVER) {
        char t[32];
        dh_time_format_short(at, t, sizeof t);
        dh_buf_printf(b, "  at = \"%s\",\n", t);
    }
    const int plain[][2] = {{C_STAGE, 0}, {C_ATTACK, 1}, {C_SEVERITY, 2}};
    static const char *const plain_names[] = {"stage", "attack", "severity"};
    for (size_t k = 0; k < 3; k++)
        if (*f[plain[k][0]]) {
            dh_buf_printf(b, "  %s = ", plain_names[k]);
            lua_str(b, f[plain[k][0]]);
            dh_buf_adds(b, ",\n");
        }
    lua_text(b, "from", f[C_FROM_EN], f[C_FROM_VI]);
    if (*f[C_CHANNEL]) dh_buf_adds(b, "  channel = "), lua_str(b, f[C_CHANNEL]), dh_buf_adds(b, ",\n");
    lua_text(b, "title", f[C_TITLE_EN], f[C_TITLE_VI]);
    lua_text(b, "body", f[C_BODY_EN], f[C_BODY_VI]);
    lua_text(b, "notes", f[C_ACTION_EN], f[C_ACTION_VI]);
    dh_buf_adds(b, "}\n\n");
    if (*f[C_DECISION] || *f[C_WITHIN] || *f[C_PROMPT_EN] || *f[C_PROMPT_VI])
        write_decision(im, f, line, f[C_INJECT], at);
}

dh_status dh_msel_import(const dh_csv *csv, const dh_msel_import_opts *o, dh_buf *out,
                         dh_diags *diags)
{
    size_t errors = diags->errors;
    if (!dh_csv_check_header(csv, dh_msel_columns, DH_MSEL_NCOLS, diags)) return DH_EINPUT;
    if (csv->nrows < 2) {
        dh_diags_add(diags, DH_ERROR, csv->file, csv->rows[0].line,
                     "the sheet has a header but no rows");
        return DH_EINPUT;
    }
    importer im = {csv, diags, {0}, NULL, 0, NULL, 0, 0};
    dh_buf_init(&im.body);
    im.ids = dh_malloc(2 * csv->nrows * sizeof *im.ids);
    im.stages = dh_malloc(csv->nrows * sizeof *im.stages);
    dh_status st = DH_OK;
    if (!im.ids || !im.stages) st = DH_ENOMEM;
    int last_inject = -1;
    for (size_t r = 1; r < csv->nrows && !st; r++) import_row(&im, &csv->rows[r], &last_inject);
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
    if (!st) {
        /* the drill ends on the next quarter hour after the last timed inject or
         * deadline, and never sooner than 15 minutes after the last inject */
        dh_ms q = 15 * DH_MS_MINUTE, dur = (im.end / q + 1) * q;
        char d[32];
        dh_time_format_short(dur, d, sizeof d);
        dh_buf_printf(out,
                      "-- %s.lua: imported from the MSEL %s by `drillhall msel import`.\n"
                      "-- TODO: an MSEL holds no title, objectives, scoring or branches. Check "
                      "the title,\n-- the duration and the categories below, finish every "
                      "decision marked TODO, and run\n-- `drillhall check` and `drillhall "
                      "simulate` on this file.\n\nscenario {\n  id = ",
                      o->id, sheet);
        lua_str(out, o->id);
        dh_buf_adds(out, ",\n  version = 1,\n  title = { en = ");
        char t[300];
        snprintf(t, sizeof t, "TODO: title (imported from %s)", sheet);
        lua_str(out, t);
        snprintf(t, sizeof t, "TODO: tên kịch bản (nhập từ %s)", sheet);
        dh_buf_adds(out, ", vi = ");
        lua_str(out, t);
        dh_buf_printf(out, " },\n  duration = \"%s\",\n  categories = {\n", d);
        for (size_t k = 0; k < sizeof lifecycle / sizeof lifecycle[0]; k++)
            dh_buf_printf(out, "    { \"%s\", en = \"%s\", vi = \"%s\" },\n", lifecycle[k][0],
                          lifecycle[k][1], lifecycle[k][2]);
        dh_buf_adds(out, "  },\n");
        if (im.nstages) {
            dh_buf_adds(out, "  stages = { ");
            for (size_t k = 0; k < im.nstages; k++) {
                if (k) dh_buf_adds(out, ", ");
                lua_str(out, im.stages[k]);
            }
            dh_buf_adds(out, " },\n");
        }
        dh_buf_adds(out, "}\n\n");
        if (im.body.len) dh_buf_add(out, im.body.data, im.body.len);
        if (out->failed) st = DH_ENOMEM;
    }
    dh_buf_free(&im.body);
    dh_buf_free(&name);
    free(im.ids);
    free(im.stages);
    return st;
}
