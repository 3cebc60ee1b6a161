/* dh_msel_merge.c — an edited MSEL sheet merged back into the hand-written
 * scenario it came from: times and texts only, by id, as edits of the
 * scenario's own string literals, so its code, comments and layout stay. */
#include "dh_msel.h"
#include "dh_alloc.h"
#include "dh_lex.h"
#include "dh_msel_cols.h"
#include "dh_msel_lua.h"
#include "dh_msel_map.h"
#include "dh_msg.h"
#include "dh_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The field of the sheet's map each exported column is read from. */
static const struct { int field, lang; } column_field[DH_MSEL_NCOLS] = {
    {M_NUMBER, 0},   {M_TIME, 0},     {M_STAGE, 0},    {M_ATTACK, 0},  {M_SEVERITY, 0},
    {M_FROM, 0},     {M_FROM, 1},     {M_CHANNEL, 0},  {M_INJECT, 0},  {M_TITLE, 0},
    {M_TITLE, 1},    {M_BODY, 0},     {M_BODY, 1},     {M_ACTION, 0},  {M_ACTION, 1},
    {M_DECISION, 0}, {M_WITHIN, 0},   {M_PROMPT, 0},   {M_PROMPT, 1},  {M_TIMEOUT, 0},
    {M_SPEED, 0},    {M_OPTION, 0},   {M_OPTION_TEXT, 0}, {M_OPTION_TEXT, 1}, {M_SCORE, 0},
    {M_SET, 0},      {M_TRIGGERS, 0}, {M_PLACE, 0},   {M_CONDITION, 0}};

typedef enum row_kind { ROW_SCENARIO, ROW_INJECT, ROW_DECISION, ROW_OPTION } row_kind;

/* One edit of the source: [start, start + len) becomes text. */
typedef struct edit {
    size_t start, len;
    char *text;
} edit;

typedef struct merger {
    const dh_scenario *sc;
    const char *src;
    dh_toks toks;
    const dh_csv *mine;        /* the scenario's own sheet, as export writes it */
    const dh_csv *sheet;       /* the edited one */
    const dh_msel_map *map;
    dh_diags *diags;
    dh_buf *changes;
    edit *edits;
    size_t nedits;
    size_t applied, skipped;
    int oom;
} merger;

static const char *mine_cell(const dh_csv_row *r, int c)
{
    return (size_t)c < r->nfields ? dh_csv_unneutralise(r->fields[c]) : "";
}

/* The sheet's cell for exported column c; NULL when the sheet has no such column. */
static const char *sheet_cell(const merger *m, const dh_csv_row *r, int c)
{
    int col = m->map->col[column_field[c].field][column_field[c].lang];
    if (col < 0) return NULL;
    return (size_t)col < r->nfields ? dh_csv_unneutralise(r->fields[col]) : "";
}

static row_kind kind_of(const dh_csv_row *r, const char *const *cells, int first)
{
    if (first && !strcmp(cells[C_NUMBER], "0")) return ROW_SCENARIO;
    if (*cells[C_OPTION]) return ROW_OPTION;
    for (int c = C_TIME; c < C_DECISION; c++)
        if (c != C_INJECT && *cells[c]) return ROW_INJECT;
    (void)r;
    return *cells[C_DECISION] ? ROW_DECISION : ROW_INJECT;
}

/* The row of the scenario's own sheet for (kind, ids); NULL when none. */
static const dh_csv_row *find_mine(const merger *m, row_kind k, const char *inject,
                                   const char *decision, const char *option)
{
    for (size_t i = 1; i < m->mine->nrows; i++) {
        const dh_csv_row *r = &m->mine->rows[i];
        const char *cells[DH_MSEL_NCOLS];
        for (int c = 0; c < DH_MSEL_NCOLS; c++) cells[c] = mine_cell(r, c);
        row_kind rk = kind_of(r, cells, i == 1);
        if (k == ROW_SCENARIO && rk == ROW_SCENARIO) return r;
        if (k == ROW_INJECT && rk == ROW_INJECT && !strcmp(cells[C_INJECT], inject)) return r;
        if (k == ROW_DECISION && (rk == ROW_DECISION || rk == ROW_INJECT) &&
            !strcmp(cells[C_DECISION], decision))
            return r;
        if (k == ROW_OPTION && rk == ROW_OPTION && !strcmp(cells[C_DECISION], decision) &&
            !strcmp(cells[C_OPTION], option))
            return r;
    }
    return NULL;
}

/* Replaces the string literal token v with value. */
static void replace(merger *m, const dh_tok *v, const char *value)
{
    for (size_t i = 0; i < m->nedits; i++)
        if (m->edits[i].start == (size_t)(v->at - m->src)) return; /* one literal, both languages */
    dh_buf b;
    dh_buf_init(&b);
    dh_msel_lua_string(&b, value);
    edit *e = b.failed ? NULL : realloc(m->edits, (m->nedits + 1) * sizeof *m->edits);
    char *text = e ? dh_strdup(dh_buf_cstr(&b)) : NULL;
    dh_buf_free(&b);
    if (!e || !text) {
        if (e) m->edits = e;
        free(text);
        m->oom = 1;
        return;
    }
    m->edits = e;
    m->edits[m->nedits++] = (edit){(size_t)(v->at - m->src), v->len, text};
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void skip(merger *m, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dh_diags_vadd(m->diags, DH_WARNING, m->sc->file, line, fmt, ap);
    va_end(ap);
    m->skipped++;
}

/* The definition's field `key` (in option `option` when not NULL), its value
 * token when that is a string literal or a table; 0 after saying why not. */
static size_t value_of(merger *m, int def_line, const char *option, const char *key,
                       const char *what, int *line)
{
    size_t k = dh_toks_key_at(&m->toks, def_line, option, key);
    *line = def_line;
    if (!k) {
        skip(m, def_line, dh_msg(E_MERGE_NO_FIELD), what, key);
        return 0;
    }
    *line = m->toks.v[k].line;
    size_t v = k + 2;
    const dh_tok *t = &m->toks.v[v];
    if (t->kind == DH_TOK_STR || dh_tok_op(t, "{")) {
        /* a value that goes on past the literal (a concatenation, a call) is code */
        const dh_tok *next = &m->toks.v[v + 1];
        if (t->kind == DH_TOK_STR && !dh_tok_op(next, ",") && !dh_tok_op(next, "}")) {
            skip(m, *line, dh_msg(E_MERGE_NOT_LITERAL), what, key);
            return 0;
        }
        return v;
    }
    skip(m, *line, dh_msg(E_MERGE_NOT_LITERAL), what, key);
    return 0;
}

/* A text field: the scenario's literal(s) take the sheet's en and vi. */
static void merge_text(merger *m, int def_line, const char *option, const char *key,
                       const char *what, const char *en, const char *vi, const char *old_en,
                       const char *old_vi)
{
    int line;
    size_t v = value_of(m, def_line, option, key, what, &line);
    if (!v) return;
    const dh_tok *t = &m->toks.v[v];
    if (t->kind == DH_TOK_STR) {
        if (strcmp(en, vi)) {
            skip(m, line, dh_msg(E_MERGE_NEUTRAL), what, key);
            return;
        }
        replace(m, t, en);
    } else {
        const char *val[2] = {en, vi}, *old[2] = {old_en, old_vi}, *code[2] = {"en", "vi"};
        for (int l = 0; l < 2; l++) {
            if (!strcmp(val[l], old[l])) continue;
            size_t k = dh_toks_key_in(&m->toks, v, code[l]);
            if (!k || m->toks.v[k + 2].kind != DH_TOK_STR) {
                skip(m, line, dh_msg(E_MERGE_NO_LANG), what, key, code[l]);
                continue;
            }
            replace(m, &m->toks.v[k + 2], val[l]);
        }
    }
    dh_buf_printf(m->changes, "%s:%d: ", m->sc->file, line);
    dh_buf_printf(m->changes, dh_msg(E_MERGE_TEXT), what, key);
    dh_buf_addc(m->changes, '\n');
    m->applied++;
}

/* A time or duration field; clock: exercise time, else a duration. */
static void merge_time(merger *m, int def_line, const char *key, const char *what,
                       const char *value, const char *old, int clock)
{
    dh_ms t;
    char err[200], canon[32];
    if (!*value || (clock ? dh_time_parse_clock : dh_time_parse_duration)(value, &t, err, sizeof err)) {
        skip(m, def_line, dh_msg(E_MERGE_BAD_TIME), what, key, value);
        return;
    }
    (clock ? dh_time_format_short : dh_time_format_duration)(t, canon, sizeof canon);
    int line;
    size_t v = value_of(m, def_line, NULL, key, what, &line);
    if (!v) return;
    if (m->toks.v[v].kind != DH_TOK_STR) {
        skip(m, line, dh_msg(E_MERGE_NOT_LITERAL), what, key);
        return;
    }
    replace(m, &m->toks.v[v], canon);
    dh_buf_printf(m->changes, "%s:%d: ", m->sc->file, line);
    dh_buf_printf(m->changes, dh_msg(E_MERGE_TIME), what, key, *old ? old : "-", canon);
    dh_buf_addc(m->changes, '\n');
    m->applied++;
}

/* Adds an edit: [start, start + len) of the source becomes text (copied). */
static void add_edit(merger *m, size_t start, size_t len, const char *text)
{
    edit *e = realloc(m->edits, (m->nedits + 1) * sizeof *m->edits);
    char *t = e ? dh_strdup(text) : NULL;
    if (e) m->edits = e;
    if (!t) {
        m->oom = 1;
        return;
    }
    m->edits[m->nedits++] = (edit){start, len, t};
}

/* An option's place ("first", "last", or "" for none): the literal replaced,
 * the field removed, or written after the option's id. */
static void merge_place(merger *m, int def_line, const char *option, const char *what,
                        const char *value, const char *old)
{
    if (*value && strcmp(value, "first") && strcmp(value, "last")) {
        skip(m, def_line, dh_msg(E_MERGE_BAD_PLACE), what, value);
        return;
    }
    size_t k = dh_toks_key_at(&m->toks, def_line, option, "place");
    int line = def_line;
    if (k) {
        const dh_tok *v = &m->toks.v[k + 2], *next = &m->toks.v[k + 3];
        line = m->toks.v[k].line;
        if (v->kind != DH_TOK_STR || (!dh_tok_op(next, ",") && !dh_tok_op(next, "}"))) {
            skip(m, line, dh_msg(E_MERGE_NOT_LITERAL), what, "place");
            return;
        }
        if (*value) {
            replace(m, v, value);
        } else {
            /* `place = "last"` and its comma, and the space or line break before it */
            const char *from = m->toks.v[k].at, *to = v->at + v->len;
            if (dh_tok_op(next, ",")) to = next->at + next->len;
            else if (dh_tok_op(&m->toks.v[k - 1], ",")) from = m->toks.v[k - 1].at;
            while (from > m->src && (from[-1] == ' ' || from[-1] == '\t')) from--;
            if (from > m->src && from[-1] == '\n' && dh_tok_op(next, ",")) {
                from--;
                while (from > m->src && (from[-1] == ' ' || from[-1] == '\t' || from[-1] == '\r')) from--;
            }
            add_edit(m, (size_t)(from - m->src), (size_t)(to - from), "");
        }
    } else {
        /* after `id = "option",` */
        size_t id = dh_toks_key_at(&m->toks, def_line, option, "id");
        if (!id || !dh_tok_op(&m->toks.v[id + 3], ",")) {
            skip(m, def_line, dh_msg(E_MERGE_NO_FIELD), what, "place");
            return;
        }
        line = m->toks.v[id].line;
        const dh_tok *comma = &m->toks.v[id + 3];
        dh_buf t;
        dh_buf_init(&t);
        dh_buf_adds(&t, " place = ");
        dh_msel_lua_string(&t, value);
        dh_buf_addc(&t, ',');
        if (t.failed) m->oom = 1;
        else add_edit(m, (size_t)(comma->at + comma->len - m->src), 0, dh_buf_cstr(&t));
        dh_buf_free(&t);
    }
    dh_buf_printf(m->changes, "%s:%d: ", m->sc->file, line);
    dh_buf_printf(m->changes, dh_msg(E_MERGE_TIME), what, "place", *old ? old : "-", *value ? value : "-");
    dh_buf_addc(m->changes, '\n');
    m->applied++;
}

/* Compares a row of the edited sheet with the scenario's own: times and texts
 * are merged, any other difference is reported. */
static void merge_row(merger *m, const dh_csv_row *r, const char *const *cells, row_kind k,
                      const dh_csv_row *mine)
{
    const dh_scenario *sc = m->sc;
    const char *old[DH_MSEL_NCOLS];
    for (int c = 0; c < DH_MSEL_NCOLS; c++) old[c] = mine_cell(mine, c);
    char what[200];
    int line = 0;
    const char *option = NULL;
    if (k == ROW_SCENARIO) {
        snprintf(what, sizeof what, "scenario \"%s\"", sc->id ? sc->id : "?");
        line = sc->line;
    } else if (k == ROW_INJECT) {
        int i = dh_scenario_find_inject(sc, cells[C_INJECT]);
        snprintf(what, sizeof what, "inject \"%s\"", cells[C_INJECT]);
        line = sc->injects[i].line;
    } else {
        int d = dh_scenario_find_decision(sc, cells[C_DECISION]);
        line = sc->decisions[d].line;
        if (k == ROW_OPTION) {
            option = cells[C_OPTION];
            snprintf(what, sizeof what, "decision \"%s\", option \"%s\"", cells[C_DECISION], option);
        } else {
            snprintf(what, sizeof what, "decision \"%s\"", cells[C_DECISION]);
        }
    }
    /* per row kind: which exported columns are merged, into which key */
    for (int c = 0; c < DH_MSEL_NCOLS; c++) {
        if (!cells[c] || !strcmp(cells[c], old[c]) || c == C_NUMBER || c == C_CONDITION) continue;
        int vi = c == C_FROM_VI || c == C_TITLE_VI || c == C_BODY_VI || c == C_ACTION_VI ||
                 c == C_PROMPT_VI || c == C_OPTION_VI;
        int en_col = vi ? c - 1 : c;
        if (vi && cells[en_col] && strcmp(cells[en_col], old[en_col]))
            continue; /* the pair is merged once, from its en column */
        /* a language the sheet has no column for keeps the scenario's text */
        const char *en = cells[en_col] ? cells[en_col] : old[en_col];
        const char *v = cells[en_col + 1] ? cells[en_col + 1] : old[en_col + 1];
        const char *key = NULL;
        int text = 0;
        switch (k) {
        case ROW_SCENARIO:
            key = c == C_TITLE_EN || c == C_TITLE_VI ? "title"
                  : c == C_BODY_EN || c == C_BODY_VI ? "description"
                  : NULL;
            text = 1;
            if (c == C_WITHIN) {
                merge_time(m, line, "duration", what, cells[c], old[c], 1);
                continue;
            }
            break;
        case ROW_INJECT:
            if (c == C_TIME) {
                if (!*old[c] || !*cells[c]) skip(m, line, dh_msg(E_MERGE_NOT_TEXT), what, "exercise_time");
                else merge_time(m, line, "at", what, cells[c], old[c], 1);
                continue;
            }
            if (c == C_CHANNEL) {
                int l;
                size_t tv = value_of(m, line, NULL, "channel", what, &l);
                if (tv && m->toks.v[tv].kind == DH_TOK_STR) {
                    replace(m, &m->toks.v[tv], cells[c]);
                    dh_buf_printf(m->changes, "%s:%d: ", sc->file, l);
                    dh_buf_printf(m->changes, dh_msg(E_MERGE_TEXT), what, "channel");
                    dh_buf_addc(m->changes, '\n');
                    m->applied++;
                } else if (tv) {
                    skip(m, l, dh_msg(E_MERGE_NOT_LITERAL), what, "channel");
                }
                continue;
            }
            key = c == C_FROM_EN || c == C_FROM_VI     ? "from"
                  : c == C_TITLE_EN || c == C_TITLE_VI ? "title"
                  : c == C_BODY_EN || c == C_BODY_VI   ? "body"
                  : c == C_ACTION_EN || c == C_ACTION_VI ? "notes"
                  : NULL;
            text = 1;
            if (key || c < C_DECISION) break;
            /* an inject's row also carries its first decision */
            /* fall through */
        case ROW_DECISION:
            if (c == C_WITHIN) {
                int d = dh_scenario_find_decision(sc, cells[C_DECISION] ? cells[C_DECISION] : "");
                if (d >= 0) {
                    char w[200];
                    snprintf(w, sizeof w, "decision \"%s\"", sc->decisions[d].id);
                    merge_time(m, sc->decisions[d].line, "within", w, cells[c], old[c], 0);
                } else {
                    skip(m, line, dh_msg(E_MERGE_NOT_TEXT), what, dh_msel_columns[c]);
                }
                continue;
            }
            if (c == C_PROMPT_EN || c == C_PROMPT_VI) {
                int d = dh_scenario_find_decision(sc, cells[C_DECISION] ? cells[C_DECISION] : "");
                if (d >= 0) {
                    char w[200];
                    snprintf(w, sizeof w, "decision \"%s\"", sc->decisions[d].id);
                    merge_text(m, sc->decisions[d].line, NULL, "prompt", w, en, v, old[en_col],
                               old[en_col + 1]);
                    continue;
                }
            }
            break;
        case ROW_OPTION:
            if (c == C_PLACE) {
                merge_place(m, line, option, what, cells[c], old[c]);
                continue;
            }
            key = c == C_OPTION_EN || c == C_OPTION_VI ? "text" : NULL;
            text = 1;
            break;
        }
        if (key && text) {
            merge_text(m, line, option, key, what, en, v, old[en_col], old[en_col + 1]);
            continue;
        }
        skip(m, line, dh_msg(E_MERGE_NOT_TEXT), what, dh_msel_columns[c]);
    }
}

static int by_start(const void *a, const void *b)
{
    const edit *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

dh_status dh_msel_merge(const dh_csv *sheet, const dh_scenario *sc, const char *src, dh_buf *out,
                        dh_buf *changes, size_t *applied, size_t *skipped, dh_diags *diags)
{
    *applied = *skipped = 0;
    if (!sheet->nrows) {
        dh_diags_add(diags, DH_ERROR, sheet->file, 1, "%s", dh_msg(E_MSEL_NO_ROWS));
        return DH_EINPUT;
    }
    dh_msel_map map;
    int mapped = dh_msel_map_header(sheet, dh_msel_columns, DH_MSEL_NCOLS, &map, diags);
    if (!mapped && map.col[M_INJECT][0] < 0) {
        dh_diags_add(diags, DH_ERROR, sheet->file, sheet->rows[0].line, "%s", dh_msg(E_MERGE_NO_IDS));
        mapped = -1;
    }
    if (mapped) {
        dh_msel_map_free(&map);
        return mapped == -2 ? DH_ENOMEM : DH_EINPUT;
    }
    /* the scenario as export writes it: what the sheet was before its edits */
    dh_buf own;
    dh_buf_init(&own);
    dh_csv mine = {0};
    dh_status st = dh_msel_export(sc, &own);
    if (!st) st = dh_csv_parse(sc->file, own.data, own.len, &mine, diags);
    merger m = {sc, src, {0}, &mine, sheet, &map, diags, changes, NULL, 0, 0, 0, 0};
    if (!st && dh_lex(&m.toks, src)) st = DH_ENOMEM;
    char last_decision[200] = "";
    for (size_t i = 1; !st && i < sheet->nrows && !m.oom; i++) {
        const dh_csv_row *r = &sheet->rows[i];
        const char *cells[DH_MSEL_NCOLS];
        int blank = 1;
        for (int c = 0; c < DH_MSEL_NCOLS; c++) {
            cells[c] = sheet_cell(&m, r, c);
            if (cells[c] && *cells[c]) blank = 0;
        }
        if (blank) continue;
        const char *norm[DH_MSEL_NCOLS];
        for (int c = 0; c < DH_MSEL_NCOLS; c++) norm[c] = cells[c] ? cells[c] : "";
        row_kind k = kind_of(r, norm, i == 1);
        if (k == ROW_OPTION && !*norm[C_DECISION]) norm[C_DECISION] = cells[C_DECISION] = last_decision;
        if ((k == ROW_DECISION || k == ROW_INJECT) && *norm[C_DECISION])
            snprintf(last_decision, sizeof last_decision, "%s", norm[C_DECISION]);
        const dh_csv_row *own_row = find_mine(&m, k, norm[C_INJECT], norm[C_DECISION], norm[C_OPTION]);
        if (!own_row) {
            const char *id = k == ROW_OPTION ? norm[C_OPTION] : k == ROW_DECISION ? norm[C_DECISION]
                                                                            : norm[C_INJECT];
            dh_diags_add(diags, DH_WARNING, sheet->file, r->line, dh_msg(E_MERGE_UNKNOWN), id);
            m.skipped++;
            continue;
        }
        merge_row(&m, r, cells, k, own_row);
    }
    if (!st && m.oom) st = DH_ENOMEM;
    if (!st) {
        if (m.nedits) qsort(m.edits, m.nedits, sizeof *m.edits, by_start);
        size_t at = 0;
        for (size_t i = 0; i < m.nedits; i++) {
            dh_buf_add(out, src + at, m.edits[i].start - at);
            dh_buf_adds(out, m.edits[i].text);
            at = m.edits[i].start + m.edits[i].len;
        }
        dh_buf_adds(out, src + at);
        if (out->failed || changes->failed) st = DH_ENOMEM;
    }
    *applied = m.applied;
    *skipped = m.skipped;
    for (size_t i = 0; i < m.nedits; i++) free(m.edits[i].text);
    free(m.edits);
    dh_toks_free(&m.toks);
    dh_csv_free(&mine);
    dh_buf_free(&own);
    dh_msel_map_free(&map);
    return st;
}
