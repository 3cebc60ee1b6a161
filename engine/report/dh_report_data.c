/* dh_report_data.c — the report as data: CSV for spreadsheets, JSON for other
 * tools. Points are decimals (the engine keeps thousandths), times are whole
 * seconds in CSV and milliseconds in JSON. */
#include "dh_aar.h"
#include "dh_csv_write.h"
#include "dh_quality.h"
#include "dh_report_questions.h"
#include "dh_report.h"
#include "dh_report_plan.h"
#include "dh_report_feedback.h"

#include <stdlib.h>

static const char *const status_names[] = {"closed", "open", "answered", "missed"};

static void csv_milli(dh_buf *b, int64_t v)
{
    dh_buf_addc(b, ',');
    dh_buf_add_milli(b, v);
}

dh_status dh_report_csv_decisions(dh_buf *b, const dh_drill *d)
{
    size_t ncat = dh_drill_category_count(d);
    int64_t *pts = malloc((ncat ? ncat : 1) * sizeof *pts);
    if (!pts) return DH_ENOMEM;
    dh_buf_adds(b, "team,name,bracket,decision,option,status,seconds_to_decide");
    for (size_t c = 0; c < ncat; c++) {
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, dh_drill_scenario(d)->categories[c].id);
    }
    dh_buf_adds(b, ",total\r\n");
    for (size_t t = 0; t < dh_drill_team_count(d); t++) {
        const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
        for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
            const dh_decision_state *st = dh_drill_decision(d, (int)t, (int)k);
            if (st->status == DH_DEC_CLOSED) continue;
            const dh_decision *de = &dh_drill_scenario(d)->decisions[k];
            dh_csv_add_field(b, ti->id);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->name);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->bracket);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, de->id);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, st->option >= 0 ? de->options[st->option].id : "");
            dh_buf_printf(b, ",%s,", status_names[st->status]);
            if (st->status != DH_DEC_OPEN) dh_buf_add_milli(b, st->answered_at - st->opened_at);
            dh_aar_decision_points(d, (int)t, (int)k, pts);
            for (size_t c = 0; c < ncat; c++) csv_milli(b, pts[c]);
            csv_milli(b, st->points);
            dh_buf_adds(b, "\r\n");
        }
    }
    free(pts);
    return b->failed ? DH_ENOMEM : DH_OK;
}

dh_status dh_report_csv_scoreboard(dh_buf *b, const dh_drill *d)
{
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    dh_buf_adds(b, "rank,team,name,bracket,bracket_rank");
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, dh_drill_scenario(d)->categories[c].id);
    }
    /* the role columns come last, so sheets that read the earlier ones by place
     * still do */
    dh_buf_adds(b, ",total,decision_seconds,median_seconds_to_decide,answered,missed,role,"
                   "role_rank\r\n");
    for (size_t r = 0; r < dh_drill_team_count(d); r++) {
        int t = a.rk.order[r];
        const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
        dh_buf_printf(b, "%d,", a.rk.rank[t]);
        dh_csv_add_field(b, ti->id);
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, ti->name);
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, ti->bracket);
        dh_buf_printf(b, ",%d", a.rk.bracket_rank[t]);
        for (size_t c = 0; c < dh_drill_category_count(d); c++) csv_milli(b, dh_drill_points(d, t, (int)c));
        csv_milli(b, dh_drill_team_total(d, t));
        csv_milli(b, dh_drill_decision_time(d, t));
        dh_buf_addc(b, ',');
        if (a.teams[t].median_decide >= 0) dh_buf_add_milli(b, a.teams[t].median_decide);
        dh_buf_printf(b, ",%d,%d,", a.teams[t].answered, a.teams[t].missed);
        dh_csv_add_field(b, dh_roster_team_role(dh_drill_roster(d), (size_t)t));
        dh_buf_printf(b, ",%d\r\n", a.rk.role_rank[t]);
    }
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}

/* --- JSON ---------------------------------------------------------------------- */

static void key(dh_buf *b, const char *k)
{
    dh_buf_add_json_str(b, k);
    dh_buf_addc(b, ':');
}

static void rating_cells(dh_buf *b, int r, int computed, const dh_rating_override *ov)
{
    dh_buf_printf(b, ",%s,%s,", r >= 0 ? dh_rating_letter((dh_rating)r) : "",
                  computed >= 0 ? dh_rating_letter((dh_rating)computed) : "");
    if (ov) dh_csv_add_field(b, ov->reason);
    dh_buf_adds(b, "\r\n");
}

dh_status dh_report_csv_objectives(dh_buf *b, const dh_drill *d)
{
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t no = sc->nobjectives;
    dh_buf_adds(b, "objective,capability,team,name,bracket,rating,computed,evaluator_reason\r\n");
    for (size_t o = 0; o < no; o++) {
        const dh_objective *ob = &sc->objectives[o];
        const char *cap = ob->category >= 0 ? sc->categories[ob->category].id : "";
        for (size_t r = 0; r < dh_drill_team_count(d); r++) {
            int t = a.rk.order[r];
            size_t c = (size_t)t * no + o;
            if (a.rating[c] < 0) continue;
            const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
            dh_csv_add_field(b, ob->id);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, cap);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->id);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->name);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->bracket);
            rating_cells(b, a.rating[c], a.computed[c], a.override[c]);
        }
    }
    for (size_t o = 0; o < no; o++) {
        const dh_aar_objective *ao = &a.objectives[o];
        if (ao->rating < 0) continue;
        dh_csv_add_field(b, sc->objectives[o].id);
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, sc->objectives[o].category >= 0
                                ? sc->categories[sc->objectives[o].category].id : "");
        dh_buf_adds(b, ",,,");
        rating_cells(b, ao->rating, ao->computed, ao->override);
    }
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}

static void text(dh_buf *b, const char *k, const dh_text *t)
{
    key(b, k);
    dh_buf_adds(b, "{\"en\":");
    dh_buf_add_json_str(b, dh_text_get(t, DH_LANG_EN));
    dh_buf_adds(b, ",\"vi\":");
    dh_buf_add_json_str(b, dh_text_get(t, DH_LANG_VI));
    dh_buf_addc(b, '}');
}

static void points_obj(dh_buf *b, const dh_drill *d, const int64_t *pts)
{
    dh_buf_addc(b, '{');
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        if (c) dh_buf_addc(b, ',');
        key(b, dh_drill_scenario(d)->categories[c].id);
        dh_buf_add_milli(b, pts[c]);
    }
    dh_buf_addc(b, '}');
}

static void scenario_json(dh_buf *b, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    key(b, "scenario");
    dh_buf_addc(b, '{');
    key(b, "id");
    dh_buf_add_json_str(b, sc->id);
    dh_buf_printf(b, ",\"version\":%d,\"duration_ms\":%lld,", sc->version,
                  (long long)sc->duration);
    text(b, "title", &sc->title);
    dh_buf_adds(b, ",\"categories\":[");
    for (size_t c = 0; c < sc->ncategories; c++) {
        dh_buf_adds(b, c ? ",{" : "{");
        key(b, "id");
        dh_buf_add_json_str(b, sc->categories[c].id);
        dh_buf_addc(b, ',');
        text(b, "name", &sc->categories[c].name);
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\"objectives\":[");
    for (size_t o = 0; o < sc->nobjectives; o++) {
        const dh_objective *ob = &sc->objectives[o];
        dh_buf_adds(b, o ? ",{" : "{");
        key(b, "id");
        dh_buf_add_json_str(b, ob->id);
        dh_buf_addc(b, ',');
        text(b, "text", &ob->text);
        dh_buf_adds(b, ",\"category\":");
        if (ob->category >= 0) dh_buf_add_json_str(b, sc->categories[ob->category].id);
        else dh_buf_adds(b, "null");
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\"decisions\":[");
    for (size_t k = 0; k < sc->ndecisions; k++) {
        const dh_decision *de = &sc->decisions[k];
        dh_buf_adds(b, k ? ",{" : "{");
        key(b, "id");
        dh_buf_add_json_str(b, de->id);
        dh_buf_adds(b, ",\"objectives\":[");
        for (size_t j = 0; j < de->nobjectives; j++) {
            if (j) dh_buf_addc(b, ',');
            dh_buf_add_json_str(b, de->objective_ids[j]);
        }
        dh_buf_addc(b, ']');
        dh_buf_addc(b, ',');
        text(b, "prompt", &de->prompt);
        if (de->within != DH_MS_NEVER) dh_buf_printf(b, ",\"within_ms\":%lld", (long long)de->within);
        dh_buf_adds(b, ",\"options\":[");
        for (size_t o = 0; o < de->noptions; o++) {
            dh_buf_adds(b, o ? ",{" : "{");
            key(b, "id");
            dh_buf_add_json_str(b, de->options[o].id);
            dh_buf_addc(b, ',');
            text(b, "text", &de->options[o].text);
            dh_buf_adds(b, ",\"objectives\":[");
            for (size_t j = 0; j < de->options[o].nobjectives; j++) {
                if (j) dh_buf_addc(b, ',');
                dh_buf_add_json_str(b, de->options[o].objective_ids[j]);
            }
            dh_buf_addc(b, ']');
            dh_buf_adds(b, ",\"points\":");
            points_obj(b, d, de->options[o].points);
            dh_buf_addc(b, '}');
        }
        dh_buf_adds(b, "]}");
    }
    dh_buf_adds(b, "]}");
}

static void rating_json(dh_buf *b, int r, int computed, const dh_rating_override *ov)
{
    dh_buf_adds(b, "{\"rating\":");
    if (r >= 0) dh_buf_printf(b, "\"%s\"", dh_rating_letter((dh_rating)r));
    else dh_buf_adds(b, "null");
    dh_buf_adds(b, ",\"computed\":");
    if (computed >= 0) dh_buf_printf(b, "\"%s\"", dh_rating_letter((dh_rating)computed));
    else dh_buf_adds(b, "null");
    if (ov) {
        dh_buf_printf(b, ",\"override\":{\"t_ms\":%lld,\"reason\":", (long long)ov->t);
        dh_buf_add_json_str(b, ov->reason);
        if (ov->by) {
            dh_buf_adds(b, ",\"evaluator\":");
            dh_buf_add_json_str(b, ov->by);
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_addc(b, '}');
}

static void team_json(dh_buf *b, const dh_drill *d, const dh_aar *a, int t, int64_t *pts)
{
    const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
    dh_buf_addc(b, '{');
    key(b, "id");
    dh_buf_add_json_str(b, ti->id);
    dh_buf_adds(b, ",\"name\":");
    dh_buf_add_json_str(b, ti->name);
    dh_buf_adds(b, ",\"bracket\":");
    dh_buf_add_json_str(b, ti->bracket);
    dh_buf_adds(b, ",\"bracket_name\":");
    dh_buf_add_json_str(b, dh_roster_team_bracket_name(dh_drill_roster(d), (size_t)t));
    dh_buf_adds(b, ",\"role\":");
    dh_buf_add_json_str(b, dh_roster_team_role(dh_drill_roster(d), (size_t)t));
    dh_buf_printf(b, ",\"rank\":%d,\"bracket_rank\":%d,\"role_rank\":%d,\"total\":",
                  a->rk.rank[t], a->rk.bracket_rank[t], a->rk.role_rank[t]);
    dh_buf_add_milli(b, dh_drill_team_total(d, t));
    dh_buf_adds(b, ",\"points\":");
    points_obj(b, d, dh_drill_team_points(d, t));
    dh_buf_printf(b, ",\"decision_time_ms\":%lld,\"median_decide_ms\":%lld,\"answered\":%d,"
                     "\"missed\":%d,\"decisions\":[",
                  (long long)dh_drill_decision_time(d, t), (long long)a->teams[t].median_decide,
                  a->teams[t].answered, a->teams[t].missed);
    int first = 1;
    for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
        const dh_decision_state *st = dh_drill_decision(d, t, (int)k);
        if (st->status == DH_DEC_CLOSED) continue;
        const dh_decision *de = &dh_drill_scenario(d)->decisions[k];
        dh_buf_adds(b, first ? "{" : ",{");
        first = 0;
        key(b, "id");
        dh_buf_add_json_str(b, de->id);
        dh_buf_printf(b, ",\"status\":\"%s\",\"option\":", status_names[st->status]);
        if (st->option >= 0)
            dh_buf_add_json_str(b, de->options[st->option].id);
        else
            dh_buf_adds(b, "null");
        dh_buf_printf(b, ",\"best\":%s,\"opened_ms\":%lld", 
                      dh_quality_of(de, st->option) == DH_Q_GOOD ? "true" : "false",
                      (long long)st->opened_at);
        if (st->status != DH_DEC_OPEN)
            dh_buf_printf(b, ",\"decided_ms\":%lld,\"elapsed_ms\":%lld,\"factor\":",
                          (long long)st->answered_at, (long long)(st->answered_at - st->opened_at));
        if (st->status != DH_DEC_OPEN) dh_buf_add_milli(b, st->factor);
        dh_aar_decision_points(d, t, (int)k, pts);
        dh_buf_adds(b, ",\"points\":");
        points_obj(b, d, pts);
        dh_buf_adds(b, ",\"total\":");
        dh_buf_add_milli(b, st->points);
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\"ratings\":{");
    size_t no = dh_drill_scenario(d)->nobjectives;
    first = 1;
    for (size_t o = 0; o < no; o++) {
        int r = a->rating[(size_t)t * no + o], c = a->computed[(size_t)t * no + o];
        if (r < 0) continue;
        if (!first) dh_buf_addc(b, ',');
        first = 0;
        key(b, dh_drill_scenario(d)->objectives[o].id);
        rating_json(b, r, c, a->override[(size_t)t * no + o]);
    }
    dh_buf_adds(b, "},\"adjustments\":[");
    first = 1;
    for (size_t i = 0; i < dh_drill_adjustment_count(d); i++) {
        const dh_adjustment *adj = dh_drill_adjustment_at(d, i);
        if (adj->team != t) continue;
        dh_buf_printf(b, "%s{\"t_ms\":%lld,\"category\":", first ? "" : ",", (long long)adj->t);
        first = 0;
        dh_buf_add_json_str(b, dh_drill_scenario(d)->categories[adj->category].id);
        dh_buf_adds(b, ",\"points\":");
        dh_buf_add_milli(b, adj->milli);
        dh_buf_adds(b, ",\"reason\":");
        dh_buf_add_json_str(b, adj->reason);
        dh_buf_printf(b, ",\"by\":\"%s\"", adj->by_script ? "script" : "evaluator");
        if (adj->by) {
            dh_buf_adds(b, ",\"evaluator\":");
            dh_buf_add_json_str(b, adj->by);
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\"notes\":[");
    first = 1;
    for (size_t i = 0; i < dh_drill_note_count(d); i++) {
        if (dh_drill_note_at(d, i)->team != t) continue;
        dh_buf_printf(b, "%s{\"t_ms\":%lld,\"text\":", first ? "" : ",", (long long)dh_drill_note_at(d, i)->t);
        first = 0;
        dh_buf_add_json_str(b, dh_drill_note_at(d, i)->text);
        if (dh_drill_note_at(d, i)->by) {
            dh_buf_adds(b, ",\"evaluator\":");
            dh_buf_add_json_str(b, dh_drill_note_at(d, i)->by);
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "]}");
}

dh_status dh_report_json(dh_buf *b, const dh_drill *d, const dh_report_meta *m)
{
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    int64_t *pts = malloc((dh_drill_category_count(d) ? dh_drill_category_count(d) : 1) * sizeof *pts);
    if (!pts) {
        dh_aar_free(&a);
        return DH_ENOMEM;
    }
    char date[64];
    dh_report_date(m->created_us, date, sizeof date);
    dh_buf_adds(b, "{\"format\":\"drillhall-report\",\"version\":1,");
    scenario_json(b, d);
    dh_buf_adds(b, ",\"drill\":{\"source\":");
    if (m->source) dh_buf_add_json_str(b, m->source); else dh_buf_adds(b, "null");
    dh_buf_printf(b, ",\"created_us\":%lld,\"date\":", (long long)m->created_us);
    dh_buf_add_json_str(b, date);
    dh_buf_adds(b, ",\"fingerprint\":");
    if (m->fingerprint && !m->unverified) dh_buf_add_json_str(b, m->fingerprint);
    else dh_buf_adds(b, "null");
    dh_buf_printf(b, ",\"verified\":%s", m->unverified ? "false" : "true");
    if (m->unverified) {
        dh_buf_adds(b, ",\"not_verified\":");
        dh_buf_add_json_str(b, m->unverified);
    }
    dh_buf_adds(b, ",\"engine_version\":");
    dh_buf_add_json_str(b, m->engine_version ? m->engine_version : "");
    dh_buf_printf(b, ",\"seed\":%llu,\"now_ms\":%lld,\"ended\":%s,\"ended_early\":%s,"
                     "\"ended_ms\":",
                  (unsigned long long)dh_drill_seed(d), (long long)dh_drill_now(d),
                  dh_drill_ended(d) ? "true" : "false", dh_drill_ended_early(d) ? "true" : "false");
    if (dh_drill_ended(d)) dh_buf_add_i64(b, dh_drill_end_time(d));
    else dh_buf_adds(b, "null");
    dh_buf_printf(b, ",\"teams\":%zu},", dh_drill_team_count(d));
    dh_buf_adds(b, "\n\"teams\":[");
    for (size_t r = 0; r < dh_drill_team_count(d); r++) {
        dh_buf_adds(b, r ? ",\n" : "\n");
        team_json(b, d, &a, a.rk.order[r], pts);
    }
    dh_buf_adds(b, "],\n\"notes\":[");
    int first = 1;
    for (size_t i = 0; i < dh_drill_note_count(d); i++) {
        if (dh_drill_note_at(d, i)->team >= 0) continue;
        dh_buf_printf(b, "%s{\"t_ms\":%lld,\"text\":", first ? "" : ",", (long long)dh_drill_note_at(d, i)->t);
        first = 0;
        dh_buf_add_json_str(b, dh_drill_note_at(d, i)->text);
        if (dh_drill_note_at(d, i)->by) {
            dh_buf_adds(b, ",\"evaluator\":");
            dh_buf_add_json_str(b, dh_drill_note_at(d, i)->by);
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\n\"objectives\":[");
    const dh_scenario *sc = dh_drill_scenario(d);
    for (size_t o = 0; o < sc->nobjectives; o++) {
        const dh_aar_objective *ao = &a.objectives[o];
        dh_buf_adds(b, o ? ",{" : "{");
        key(b, "id");
        dh_buf_add_json_str(b, sc->objectives[o].id);
        dh_buf_adds(b, ",\"overall\":");
        rating_json(b, ao->rating, ao->computed, ao->override);
        dh_buf_printf(b, ",\"teams\":{\"P\":%d,\"S\":%d,\"M\":%d,\"U\":%d},\"evidence\":%d}",
                      ao->count[0], ao->count[1], ao->count[2], ao->count[3], ao->nevidence);
    }
    dh_buf_adds(b, "],\n\"control\":[");
    for (size_t i = 0; i < dh_drill_control_count(d); i++) {
        const dh_control *c = dh_drill_control_at(d, i);
        dh_buf_printf(b, "%s{\"t_ms\":%lld,\"action\":\"%s\"", i ? "," : "", (long long)c->t,
                      dh_input_kind_name(c->kind));
        if (c->kind == DH_IN_SPEED) {
            dh_buf_adds(b, ",\"speed\":");
            dh_buf_add_milli(b, c->value);
        } else if (c->kind == DH_IN_JUMP) {
            dh_buf_printf(b, ",\"to_ms\":%lld", (long long)c->value);
        } else if (c->kind == DH_IN_MESSAGE && c->value >= 0 &&
                   (size_t)c->value < dh_drill_message_count(d)) {
            const dh_message *msg = dh_drill_message_at(d, (size_t)c->value);
            dh_buf_adds(b, ",\"title\":");
            dh_buf_add_json_str(b, msg->title);
            dh_buf_adds(b, ",\"body\":");
            dh_buf_add_json_str(b, msg->body);
            if (c->team >= 0 && (size_t)c->team < dh_drill_team_count(d)) {
                dh_buf_adds(b, ",\"team\":");
                dh_buf_add_json_str(b, dh_drill_roster(d)->teams[c->team].id);
            }
        } else if (c->kind == DH_IN_DELIVER && c->inject >= 0 && (size_t)c->inject < sc->ninjects) {
            dh_buf_adds(b, ",\"inject\":");
            dh_buf_add_json_str(b, sc->injects[c->inject].id);
            if (c->team >= 0 && (size_t)c->team < dh_drill_team_count(d)) {
                dh_buf_adds(b, ",\"team\":");
                dh_buf_add_json_str(b, dh_drill_roster(d)->teams[c->team].id);
            }
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\n\"feedback\":");
    dh_report_feedback_json(b, d, m->lang);
    dh_buf_adds(b, ",\n\"findings\":[");
    first = 1;
    for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
        const dh_aar_decision *ad = &a.decisions[k];
        if (ad->finding == DH_FIND_NONE) continue;
        dh_buf_printf(b, "%s{\"decision\":", first ? "" : ",");
        first = 0;
        dh_buf_add_json_str(b, dh_drill_scenario(d)->decisions[k].id);
        dh_buf_printf(b, ",\"finding\":\"%s\",\"opened\":%d,\"answered\":%d,\"missed\":%d,"
                         "\"best\":%d,\"median_decide_ms\":%lld,\"mean_points\":",
                      ad->finding == DH_FIND_STRENGTH ? "strength" : "improvement", ad->opened,
                      ad->answered, ad->missed, ad->best, (long long)ad->median_decide);
        dh_buf_add_milli(b, ad->mean_points);
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\n");
    dh_report_plan_json(b, &a);
    if (m->previous) {
        dh_aar prev;
        if (dh_aar_compute(&prev, m->previous)) {
            b->failed = 1;
        } else {
            dh_buf_adds(b, ",\n");
            dh_report_previous_plan_json(b, &a, &prev, m->lang);
            dh_aar_free(&prev);
        }
    }
    dh_buf_adds(b, ",\n");
    dh_report_questions_json(b, d);
    dh_buf_adds(b, "}\n");
    free(pts);
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}
