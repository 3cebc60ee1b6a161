/* dh_msel_map.c — a sheet's columns, found by their names. */
#include "dh_msel_map.h"
#include "dh_alloc.h"
#include "dh_msg.h"

#include <stdlib.h>
#include <string.h>

/* Names a column goes by, in the form normalise() gives: lower case, every run
 * of other characters one space. Ours first (msel export's header, and the
 * scenario's own field names: at, id, when), then the HSEEP MSEL template's and
 * its common variants, then Vietnamese. */
typedef struct alias {
    dh_msel_field field;
    const char *names[24];
} alias;

static const alias aliases[] = {
    {M_NUMBER, {"number", "msel number", "msel no", "msel", "no", "event number", "event no",
                "inject number", "inject no", "serial", "seq", "sequence", "ref", "stt",
                "số tt", "số thứ tự", NULL}},
    {M_TIME, {"exercise time", "time", "at", "scenario time", "event time", "delivery time",
              "designated time", "scheduled time", "clock time", "inject time",
              "time of delivery", "planned time", "thời gian", "thời điểm", NULL}},
    {M_STAGE, {"stage", "phase", "module", "giai đoạn", NULL}},
    {M_ATTACK, {"attack", "att ck", "mitre att ck", "mitre", "technique", "attack technique",
                NULL}},
    {M_SEVERITY, {"severity", "priority", "mức độ", NULL}},
    {M_FROM, {"from", "sender", "originator", "inject from", "simulated source", "source",
              "từ", "người gửi", NULL}},
    {M_CHANNEL, {"channel", "method", "delivery method", "mode", "means", "mechanism",
                 "kênh", NULL}},
    {M_INJECT, {"inject id", "id", NULL}},
    {M_TITLE, {"title", "synopsis", "event synopsis", "inject synopsis", "subject", "event",
               "event title", "inject title", "tiêu đề", NULL}},
    {M_BODY, {"body", "inject text", "inject", "message", "text", "description",
              "event description", "inject description", "details", "nội dung", NULL}},
    {M_ACTION, {"expected action", "expected actions", "expected player action",
                "expected player actions", "expected outcome", "expected response",
                "player action", "expected player response", "hành động mong đợi", NULL}},
    {M_DECISION, {"decision id", "decision", NULL}},
    {M_WITHIN, {"within", "deadline", "response time", "time allowed", NULL}},
    {M_PROMPT, {"decision prompt", "question", "decision point", "prompt", "câu hỏi", NULL}},
    {M_TO, {"to", "recipient", "recipients", "responder", "responders", "player", "players",
            "intended player", "inject to", "đến", "người nhận", NULL}},
    {M_OBJECTIVE, {"objective", "objectives", "exercise objective", "capability",
                   "core capability", "task", "mục tiêu", NULL}},
    {M_NOTES, {"notes", "note", "remarks", "comments", "controller notes", "evaluator notes",
               "ghi chú", NULL}},
    {M_TIMEOUT, {"timeout", NULL}},
    {M_SPEED, {"speed", NULL}},
    {M_OPTION, {"option id", NULL}},
    {M_OPTION_TEXT, {"option text", NULL}},
    {M_SCORE, {"option score", NULL}},
    {M_SET, {"option set", NULL}},
    {M_TRIGGERS, {"option triggers", NULL}},
    {M_PLACE, {"option place", NULL}},
    {M_CONDITION, {"condition", "when", NULL}},
};

static int has_lang(dh_msel_field f)
{
    return f == M_FROM || f == M_TITLE || f == M_BODY || f == M_ACTION || f == M_PROMPT ||
           f == M_OPTION_TEXT;
}

/* Our own name of a field, for messages. */
static const char *field_name(dh_msel_field f, int lang)
{
    static const char *const one[M_COUNT] = {
        "number", "exercise_time", "stage", "attack", "severity", "from", "channel",
        "inject_id", "title", "body", "expected_action", "decision_id", "within",
        "decision_prompt", "to", "objective", "notes", "timeout", "speed", "option_id",
        "option_text", "option_score", "option_set", "option_triggers", "option_place",
        "condition"};
    static const char *const two[M_COUNT][2] = {
        [M_FROM] = {"from_en", "from_vi"}, [M_TITLE] = {"title_en", "title_vi"},
        [M_BODY] = {"body_en", "body_vi"}, [M_ACTION] = {"expected_action_en", "expected_action_vi"},
        [M_PROMPT] = {"decision_prompt_en", "decision_prompt_vi"},
        [M_OPTION_TEXT] = {"option_text_en", "option_text_vi"}};
    return has_lang(f) ? two[f][lang] : one[f];
}

/* Lower case (ASCII), every run of anything but letters and digits (UTF-8
 * letters count as letters) one space, no space at either end. */
static void normalise(const char *s, char *out, size_t len)
{
    size_t n = 0;
    int space = 0;
    for (; *s && n + 2 < len; s++) {
        unsigned char c = (unsigned char)*s;
        int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c >= 0x80;
        if (!word) {
            space = n > 0;
            continue;
        }
        if (space) out[n++] = ' ';
        space = 0;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = 0;
}

static int lookup(const char *name, dh_msel_field *f)
{
    for (size_t a = 0; a < sizeof aliases / sizeof aliases[0]; a++)
        for (const char *const *n = aliases[a].names; *n; n++)
            if (!strcmp(name, *n)) {
                *f = aliases[a].field;
                return 1;
            }
    return 0;
}

/* The field and language a header names; 0 when none. A text's language is
 * its last word (en, vi, english, vietnamese); without one it is English. */
static int place(const char *header, dh_msel_field *f, int *lang)
{
    char n[200];
    normalise(header, n, sizeof n);
    *lang = 0;
    if (lookup(n, f)) return 1;
    static const struct { const char *suffix; int lang; } langs[] = {
        {" en", 0}, {" english", 0}, {" vi", 1}, {" vn", 1}, {" vietnamese", 1},
        {" tiếng việt", 1}};
    for (size_t k = 0; k < sizeof langs / sizeof langs[0]; k++) {
        size_t nl = strlen(n), sl = strlen(langs[k].suffix);
        if (nl <= sl || strcmp(n + nl - sl, langs[k].suffix)) continue;
        n[nl - sl] = 0;
        if (lookup(n, f) && has_lang(*f)) {
            *lang = langs[k].lang;
            return 1;
        }
        n[nl - sl] = langs[k].suffix[0];
    }
    return 0;
}

const char *dh_msel_map_label(const dh_csv *csv, int c)
{
    const dh_csv_row *h = &csv->rows[0];
    return c >= 0 && (size_t)c < h->nfields ? h->fields[c] : "";
}

void dh_msel_map_free(dh_msel_map *m)
{
    free(m->kept);
    m->kept = NULL;
    m->nkept = 0;
}

int dh_msel_map_header(const dh_csv *csv, const char *const *own, size_t nown, dh_msel_map *m,
                       dh_diags *diags)
{
    return dh_msel_map_header_with(csv, NULL, own, nown, m, diags);
}

/* The mapping file's target for a header, when it names one: 1 and the field,
 * -1 after reporting a target no alias knows, 0 when the file does not name it. */
static int mapped(const dh_csv *map, const char *header, dh_msel_field *f, int *lang,
                  dh_diags *diags)
{
    if (!map) return 0;
    char want[200], got[200];
    normalise(header, want, sizeof want);
    for (size_t r = 0; r < map->nrows; r++) {
        const dh_csv_row *row = &map->rows[r];
        if (row->nfields < 2) continue;
        normalise(row->fields[0], got, sizeof got);
        if (strcmp(got, want)) continue;
        if (place(row->fields[1], f, lang)) return 1;
        dh_diags_add(diags, DH_ERROR, map->file, row->line, dh_msg(E_MSEL_MAP_TARGET),
                     row->fields[1], row->fields[0]);
        return -1;
    }
    return 0;
}

int dh_msel_map_header_with(const dh_csv *csv, const dh_csv *map, const char *const *own,
                            size_t nown, dh_msel_map *m, dh_diags *diags)
{
    const dh_csv_row *h = &csv->rows[0];
    memset(m, 0, sizeof *m);
    for (int f = 0; f < M_COUNT; f++) m->col[f][0] = m->col[f][1] = -1;
    m->ncols = h->nfields;
    m->exact = h->nfields == nown;
    for (size_t c = 0; c < h->nfields && m->exact; c++)
        m->exact = !strcmp(h->fields[c], own[c]);
    m->kept = dh_malloc((h->nfields ? h->nfields : 1) * sizeof *m->kept);
    if (!m->kept) return -2;
    int bad = 0;
    for (size_t c = 0; c < h->nfields; c++) {
        dh_msel_field f;
        int lang, by_map = mapped(map, h->fields[c], &f, &lang, diags);
        if (by_map < 0) {
            bad = 1;
            continue;
        }
        if (!by_map && !place(h->fields[c], &f, &lang)) {
            m->kept[m->nkept++] = (int)c;
            if (*h->fields[c])
                dh_diags_add(diags, DH_WARNING, csv->file, h->line, dh_msg(E_MSEL_COLUMN_KEPT),
                             c + 1, h->fields[c]);
            continue;
        }
        int *slot = &m->col[f][lang];
        if (*slot >= 0) {
            dh_diags_add(diags, DH_ERROR, csv->file, h->line, dh_msg(E_MSEL_COLUMN_TWICE), c + 1,
                         h->fields[c], field_name(f, lang), (size_t)*slot + 1, h->fields[*slot]);
            bad = 1;
            continue;
        }
        *slot = (int)c;
    }
    if (m->col[M_TITLE][0] < 0 && m->col[M_TITLE][1] < 0 && m->col[M_BODY][0] < 0 &&
        m->col[M_BODY][1] < 0) {
        dh_buf names;
        dh_buf_init(&names);
        for (size_t c = 0; c < h->nfields; c++)
            dh_buf_printf(&names, "%s\"%s\"", c ? ", " : "", h->fields[c]);
        dh_diags_add(diags, DH_ERROR, csv->file, h->line, dh_msg(E_MSEL_NO_TITLE_COLUMN),
                     names.failed ? "" : dh_buf_cstr(&names));
        dh_buf_free(&names);
        bad = 1;
    }
    return bad ? -1 : 0;
}
