/* dh_msel_export.c — a scenario written as an MSEL sheet: a row for the
 * scenario, one per inject, decision and option (the layout: dh_msel.h). */
#include "dh_msel.h"
#include "dh_alloc.h"
#include "dh_msel_cols.h"
#include "dh_msg.h"
#include "dh_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const dh_msel_columns[DH_MSEL_NCOLS] = {
    "number", "exercise_time", "stage", "attack", "severity", "from_en", "from_vi",
    "channel", "inject_id", "title_en", "title_vi", "body_en", "body_vi",
    "expected_action_en", "expected_action_vi", "decision_id", "within",
    "decision_prompt_en", "decision_prompt_vi",
    "timeout", "speed", "option_id", "option_text_en", "option_text_vi", "option_score",
    "option_set", "option_triggers", "option_place", "condition"};

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


/* A decision's own cells: id, within, prompt, timeout and speed. */
static void decision_fields(dh_buf *b, const dh_decision *d)
{
    char w[32] = "", sp[96] = "";
    if (d && d->within != DH_MS_NEVER) dh_time_format_duration(d->within, w, sizeof w);
    if (d && d->speed.present) {
        char full[32], zero[32];
        dh_time_format_duration(d->speed.full, full, sizeof full);
        dh_time_format_duration(d->speed.zero, zero, sizeof zero);
        snprintf(sp, sizeof sp, "full=%s; zero=%s; floor=%d.%03d", full, zero,
                 d->speed.floor_milli / 1000, d->speed.floor_milli % 1000);
        /* 0.500 → 0.5 */
        size_t n = strlen(sp);
        while (sp[n - 1] == '0' && sp[n - 2] != '.') sp[--n] = 0;
    }
    field(b, d ? d->id : NULL, 0);
    field(b, w, 0);
    field(b, d ? d->prompt.s[DH_LANG_EN] : NULL, 0);
    field(b, d ? d->prompt.s[DH_LANG_VI] : NULL, 0);
    field(b, d && d->timeout >= 0 ? d->options[d->timeout].id : NULL, 0);
    field(b, sp, 0);
}

static void empty_fields(dh_buf *b, int from, int to)
{
    for (int c = from; c < to; c++) field(b, NULL, 0);
}

/* "contain=10; detect=5", "spread=true; level=2; mode=loud", "ransom-note after 20m" */
static void option_cells(dh_buf *b, const dh_scenario *sc, const dh_option *o)
{
    dh_buf v;
    dh_buf_init(&v);
    for (size_t k = 0; k < o->nscore; k++) {
        if (k) dh_buf_adds(&v, "; ");
        dh_buf_printf(&v, "%s=", o->score[k].category_id);
        dh_buf_add_milli(&v, o->score[k].milli);
    }
    field(b, dh_buf_cstr(&v), 0);
    v.len = 0;
    for (size_t k = 0; k < o->nset; k++) {
        const dh_flag_set *fs = &o->set[k];
        if (k) dh_buf_adds(&v, "; ");
        dh_buf_printf(&v, "%s=", dh_intern_str(&sc->names, fs->flag));
        if (fs->value.type == DH_VAL_BOOL) dh_buf_adds(&v, fs->value.as.b ? "true" : "false");
        else if (fs->value.type == DH_VAL_NUM) dh_buf_printf(&v, "%.17g", fs->value.as.num);
        else if (fs->value.type == DH_VAL_STR)
            dh_buf_printf(&v, "\"%s\"", dh_intern_str(&sc->names, fs->value.as.str));
    }
    field(b, dh_buf_cstr(&v), 0);
    v.len = 0;
    for (size_t k = 0; k < o->ntriggers; k++) {
        if (k) dh_buf_adds(&v, "; ");
        dh_buf_adds(&v, o->triggers[k].inject_id);
        if (o->triggers[k].after) {
            char a[32];
            dh_time_format_duration(o->triggers[k].after, a, sizeof a);
            dh_buf_printf(&v, " after %s", a);
        }
    }
    field(b, dh_buf_cstr(&v), 0);
    field(b, o->place == DH_PLACE_FIRST ? "first" : o->place == DH_PLACE_LAST ? "last" : NULL, 0);
    if (v.failed) b->failed = 1;
    dh_buf_free(&v);
}

/* One row per option, after its decision's row: the inject and decision ids
 * say where it belongs. */
static void option_rows(dh_buf *out, const dh_scenario *sc, const dh_inject *in,
                        const dh_decision *d, int *number)
{
    for (size_t o = 0; o < d->noptions; o++) {
        const dh_option *op = &d->options[o];
        char num[24];
        snprintf(num, sizeof num, "%d", ++*number);
        field(out, num, 0);
        empty_fields(out, C_TIME, C_INJECT);
        field(out, in->id, 0);
        empty_fields(out, C_TITLE_EN, C_DECISION);
        field(out, d->id, 0);
        empty_fields(out, C_WITHIN, C_OPTION);
        field(out, op->id, 0);
        text_fields(out, &op->text);
        option_cells(out, sc, op);
        field(out, NULL, 1);
    }
}

/* The scenario's own row, number 0: id, title, description, objectives (one a
 * line), duration, stages and categories. */
static void scenario_row(dh_buf *out, const dh_scenario *sc)
{
    char dur[32] = "";
    if (sc->duration != DH_MS_NEVER) dh_time_format_short(sc->duration, dur, sizeof dur);
    dh_buf stages, cats, obj[2];
    dh_buf_init(&stages);
    dh_buf_init(&cats);
    dh_buf_init(&obj[0]);
    dh_buf_init(&obj[1]);
    for (size_t i = 0; i < sc->nstages; i++)
        dh_buf_printf(&stages, "%s%s", i ? " " : "", sc->stages[i].id);
    for (size_t i = 0; i < sc->ncategories; i++)
        dh_buf_printf(&cats, "%s%s", i ? " " : "", sc->categories[i].id);
    for (size_t i = 0; i < sc->nobjectives; i++)
        for (int l = 0; l < 2; l++)
            if (sc->objectives[i].text.s[l])
                dh_buf_printf(&obj[l], "%s%s", obj[l].len ? "\n" : "", sc->objectives[i].text.s[l]);
    field(out, "0", 0);
    field(out, NULL, 0);
    field(out, dh_buf_cstr(&stages), 0);
    empty_fields(out, C_ATTACK, C_INJECT);
    field(out, sc->id, 0);
    text_fields(out, &sc->title);
    text_fields(out, &sc->description);
    field(out, dh_buf_cstr(&obj[0]), 0);
    field(out, dh_buf_cstr(&obj[1]), 0);
    field(out, NULL, 0);
    field(out, dur, 0);
    empty_fields(out, C_PROMPT_EN, C_SCORE);
    field(out, dh_buf_cstr(&cats), 0);
    empty_fields(out, C_SET, C_CONDITION);
    field(out, NULL, 1);
    if (stages.failed || cats.failed || obj[0].failed || obj[1].failed) out->failed = 1;
    dh_buf_free(&stages);
    dh_buf_free(&cats);
    dh_buf_free(&obj[0]);
    dh_buf_free(&obj[1]);
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
    scenario_row(out, sc);
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
        const dh_decision *first = in->ndecisions ? &sc->decisions[in->decisions[0]] : NULL;
        decision_fields(out, first);
        empty_fields(out, C_OPTION, C_CONDITION);
        /* a `when` is a script: the sheet marks it, msel merge keeps it */
        field(out, in->when_ref != DH_NOREF ? "when" : NULL, 1);
        if (first) option_rows(out, sc, in, first, &number);
        /* further decisions on the same inject: rows carrying only the decision */
        for (size_t d = 1; d < in->ndecisions; d++) {
            const dh_decision *dec = &sc->decisions[in->decisions[d]];
            snprintf(num, sizeof num, "%d", ++number);
            field(out, num, 0);
            empty_fields(out, C_TIME, C_INJECT);
            field(out, in->id, 0);
            empty_fields(out, C_TITLE_EN, C_DECISION);
            decision_fields(out, dec);
            empty_fields(out, C_OPTION, C_CONDITION);
            field(out, NULL, 1);
            option_rows(out, sc, in, dec, &number);
        }
    }
    free(order);
    return out->failed ? DH_ENOMEM : DH_OK;
}

void dh_msel_export_warnings(const dh_scenario *sc, dh_diags *diags)
{
    for (size_t i = 0; i < sc->ninjects; i++)
        if (sc->injects[i].when_ref != DH_NOREF)
            dh_diags_add(diags, DH_WARNING, sc->file, sc->injects[i].line,
                         dh_msg(E_MSEL_EXPORT_WHEN), sc->injects[i].id);
    if (sc->nhooks)
        dh_diags_add(diags, DH_WARNING, sc->file, sc->hooks[0].line, dh_msg(E_MSEL_EXPORT_HOOKS),
                     sc->nhooks);
    /* the sheet has no column for them yet: said, so an import is not taken for
     * the whole scenario */
    for (size_t i = 0; i < sc->ninjects; i++)
        if (sc->injects[i].nroles)
            dh_diags_add(diags, DH_WARNING, sc->file, sc->injects[i].line,
                         dh_msg(E_MSEL_EXPORT_ROLES), sc->injects[i].id);
    for (size_t i = 0; i < sc->ndecisions; i++) {
        const dh_decision *d = &sc->decisions[i];
        if (d->nroles)
            dh_diags_add(diags, DH_WARNING, sc->file, d->line, dh_msg(E_MSEL_EXPORT_ROLES), d->id);
        if (!dh_text_empty(&d->balance_reason))
            dh_diags_add(diags, DH_WARNING, sc->file, d->line, dh_msg(E_MSEL_EXPORT_BALANCE), d->id);
    }
}

