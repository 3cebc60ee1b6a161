/* dh_scenario.c — building, checking and querying the scenario model. */
#include "dh_scenario.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_rng.h"
#include "dh_suggest.h"
#include "dh_vec.h"

#include <stdio.h>

#include <stdlib.h>
#include <string.h>

static const char *const severity_names[DH_SEV_COUNT] = {"low", "medium", "high", "critical"};
static const char *const hook_names[DH_HOOK_COUNT] = {"start", "inject", "choice", "expire",
                                                      "end"};

const char *dh_severity_name(dh_inject_severity s) { return severity_names[s]; }

int dh_severity_parse(const char *s)
{
    for (int i = 0; i < DH_SEV_COUNT; i++)
        if (!strcmp(s, severity_names[i])) return i;
    return -1;
}

int dh_attack_id_valid(const char *s)
{
    size_t n = strlen(s);
    if ((n != 5 && n != 9) || s[0] != 'T') return 0;
    for (size_t i = 1; i < n; i++)
        if (i == 5 ? s[i] != '.' : (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

const char *dh_hook_event_name(dh_hook_event e) { return hook_names[e]; }

int dh_hook_event_parse(const char *s)
{
    for (int i = 0; i < DH_HOOK_COUNT; i++)
        if (!strcmp(s, hook_names[i])) return i;
    return -1;
}

dh_scenario *dh_scenario_create(const char *file)
{
    dh_scenario *sc = dh_calloc(1, sizeof *sc);
    if (!sc) return NULL;
    sc->file = dh_strdup(file ? file : "?");
    if (!sc->file) {
        free(sc);
        return NULL;
    }
    sc->duration = DH_MS_NEVER;
    dh_intern_init(&sc->names);
    return sc;
}

static void free_named(dh_named *n, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(n[i].id);
        dh_text_free(&n[i].name);
    }
    free(n);
}

static void free_option(dh_option *o)
{
    free(o->id);
    dh_text_free(&o->text);
    dh_text_free(&o->notes);
    for (size_t i = 0; i < o->nscore; i++) free(o->score[i].category_id);
    free(o->score);
    free(o->points);
    free(o->set);
    for (size_t i = 0; i < o->ntriggers; i++) free(o->triggers[i].inject_id);
    free(o->triggers);
    for (size_t i = 0; i < o->nobjectives; i++) free(o->objective_ids[i]);
    free(o->objective_ids);
    free(o->objectives);
}

void dh_scenario_destroy(dh_scenario *sc)
{
    if (!sc) return;
    free(sc->file);
    free(sc->id);
    dh_text_free(&sc->title);
    dh_text_free(&sc->description);
    free_named(sc->categories, sc->ncategories);
    free_named(sc->stages, sc->nstages);
    for (size_t i = 0; i < sc->nobjectives; i++) {
        free(sc->objectives[i].id);
        free(sc->objectives[i].category_id);
        dh_text_free(&sc->objectives[i].text);
    }
    free(sc->objectives);
    for (size_t i = 0; i < sc->nfeedback; i++) {
        free(sc->feedback[i].id);
        dh_text_free(&sc->feedback[i].text);
    }
    free(sc->feedback);
    for (size_t i = 0; i < sc->ninjects; i++) {
        dh_inject *in = &sc->injects[i];
        free(in->id);
        free(in->stage_id);
        free(in->attack);
        free(in->channel);
        dh_text_free(&in->from);
        dh_text_free(&in->title);
        dh_text_free(&in->body);
        dh_text_free(&in->notes);
        free(in->decisions);
        for (size_t j = 0; j < in->nroles; j++) free(in->roles[j]);
        free(in->roles);
    }
    free(sc->injects);
    for (size_t i = 0; i < sc->ndecisions; i++) {
        dh_decision *d = &sc->decisions[i];
        free(d->id);
        free(d->on_id);
        free(d->timeout_id);
        dh_text_free(&d->prompt);
        dh_text_free(&d->notes);
        for (size_t j = 0; j < d->noptions; j++) free_option(&d->options[j]);
        free(d->options);
        for (size_t j = 0; j < d->nobjectives; j++) free(d->objective_ids[j]);
        free(d->objective_ids);
        free(d->objectives);
        for (size_t j = 0; j < d->nroles; j++) free(d->roles[j]);
        free(d->roles);
        dh_text_free(&d->balance_reason);
    }
    free(sc->decisions);
    free(sc->hooks);
    if (sc->ext) sc->ext->ext_free(sc);
    dh_intern_free(&sc->names);
    free(sc);
}

dh_named *dh_scenario_add_category(dh_scenario *sc)
{
    return dh_vec_push(&sc->categories, &sc->ncategories, sizeof *sc->categories);
}
dh_named *dh_scenario_add_stage(dh_scenario *sc)
{
    return dh_vec_push(&sc->stages, &sc->nstages, sizeof *sc->stages);
}
dh_objective *dh_scenario_add_objective(dh_scenario *sc)
{
    dh_objective *o = dh_vec_push(&sc->objectives, &sc->nobjectives, sizeof *sc->objectives);
    if (o) o->category = -1;
    return o;
}
static int add_objective_ref(char ***ids, int **idx, size_t *n, const char *id)
{
    char *copy = dh_strdup(id);
    int *slot = copy ? dh_vec_push(idx, &(size_t){*n}, sizeof *slot) : NULL;
    char **p = slot ? dh_vec_push(ids, n, sizeof *p) : NULL;
    if (!p) {
        free(copy);
        return -1;
    }
    *slot = -1;
    *p = copy;
    return 0;
}

int dh_roles_add(char ***roles, size_t *n, const char *role)
{
    char *copy = dh_strdup(role);
    char **p = copy ? dh_vec_push(roles, n, sizeof *p) : NULL;
    if (!p) {
        free(copy);
        return -1;
    }
    *p = copy;
    return 0;
}

int dh_roles_admit(char *const *roles, size_t n, const char *role)
{
    if (!n) return 1;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(roles[i], role)) return 1;
    return 0;
}

int dh_decision_add_objective(dh_decision *dec, const char *id)
{
    return add_objective_ref(&dec->objective_ids, &dec->objectives, &dec->nobjectives, id);
}

int dh_option_add_objective(dh_option *opt, const char *id)
{
    return add_objective_ref(&opt->objective_ids, &opt->objectives, &opt->nobjectives, id);
}

dh_inject *dh_scenario_add_inject(dh_scenario *sc)
{
    dh_inject *in = dh_vec_push(&sc->injects, &sc->ninjects, sizeof *sc->injects);
    if (in) {
        in->at = DH_MS_NEVER;
        in->stage = -1;
        in->severity = DH_SEV_MEDIUM;
        in->when_ref = DH_NOREF;
    }
    return in;
}
dh_decision *dh_scenario_add_decision(dh_scenario *sc)
{
    dh_decision *d = dh_vec_push(&sc->decisions, &sc->ndecisions, sizeof *sc->decisions);
    if (d) {
        d->on = -1;
        d->within = DH_MS_NEVER;
        d->timeout = -1;
    }
    return d;
}
dh_hook *dh_scenario_add_hook(dh_scenario *sc)
{
    return dh_vec_push(&sc->hooks, &sc->nhooks, sizeof *sc->hooks);
}
dh_option *dh_decision_add_option(dh_decision *dec)
{
    return dh_vec_push(&dec->options, &dec->noptions, sizeof *dec->options);
}
dh_score_entry *dh_option_add_score(dh_option *opt)
{
    return dh_vec_push(&opt->score, &opt->nscore, sizeof *opt->score);
}
dh_flag_set *dh_option_add_set(dh_option *opt)
{
    return dh_vec_push(&opt->set, &opt->nset, sizeof *opt->set);
}
dh_trigger *dh_option_add_trigger(dh_option *opt)
{
    return dh_vec_push(&opt->triggers, &opt->ntriggers, sizeof *opt->triggers);
}

static int find_named(const dh_named *n, size_t count, const char *id)
{
    for (size_t i = 0; i < count; i++)
        if (!strcmp(n[i].id, id)) return (int)i;
    return -1;
}

int dh_scenario_find_inject(const dh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->ninjects; i++)
        if (!strcmp(sc->injects[i].id, id)) return (int)i;
    return -1;
}

int dh_scenario_find_decision(const dh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->ndecisions; i++)
        if (!strcmp(sc->decisions[i].id, id)) return (int)i;
    return -1;
}

int dh_scenario_find_category(const dh_scenario *sc, const char *id)
{
    return find_named(sc->categories, sc->ncategories, id);
}

int dh_scenario_find_stage(const dh_scenario *sc, const char *id)
{
    return find_named(sc->stages, sc->nstages, id);
}

int dh_decision_find_option(const dh_decision *dec, const char *id)
{
    for (size_t i = 0; i < dec->noptions; i++)
        if (!strcmp(dec->options[i].id, id)) return (int)i;
    return -1;
}

static int extreme_option(const dh_decision *dec, int highest)
{
    int pick = 0;
    for (size_t i = 1; i < dec->noptions; i++) {
        int64_t t = dec->options[i].total, p = dec->options[pick].total;
        if (highest ? t > p : t < p) pick = (int)i;
    }
    return pick;
}

int dh_decision_best_option(const dh_decision *dec) { return extreme_option(dec, 1); }
int dh_decision_worst_option(const dh_decision *dec) { return extreme_option(dec, 0); }

void dh_option_points(const dh_decision *dec, int option, int factor, size_t ncat,
                      int64_t *out)
{
    const dh_option *opt = option >= 0 ? &dec->options[option] : NULL;
    for (size_t c = 0; c < ncat; c++) {
        int64_t p = opt ? opt->points[c] : 0;
        if (p > 0) p = p * factor / 1000;
        out[c] = p;
    }
}

int dh_speed_factor(const dh_speed *sp, dh_ms elapsed)
{
    if (!sp->present || elapsed <= sp->full) return 1000;
    if (elapsed >= sp->zero) return sp->floor_milli;
    int64_t span = sp->zero - sp->full;
    int64_t drop = (int64_t)(1000 - sp->floor_milli) * (elapsed - sp->full) / span;
    return 1000 - (int)drop;
}

/* --- finalize ------------------------------------------------------------- */

/* A problem with a field is reported where the field is written, when the
 * loader knew it; else at its definition's line. */
int dh_scenario_field_line(const dh_scenario *sc, int def_line, const char *option,
                           const char *key)
{
    int l = sc->field_line ? sc->field_line(sc->field_line_ctx, def_line, option, key) : 0;
    return l > 0 ? l : def_line;
}

/* " (did you mean \"x\"?)" for the closest of n ids (at stride bytes apart,
 * each a char * at offset 0 of its element), or "". */
static const char *did_you_mean(char *buf, size_t len, const char *word, const void *items,
                                size_t n, size_t stride)
{
    dh_suggest sg;
    dh_suggest_init(&sg, word);
    for (size_t i = 0; i < n; i++)
        dh_suggest_offer(&sg, *(char *const *)((const char *)items + i * stride));
    buf[0] = 0;
    if (sg.best) snprintf(buf, len, dh_msg(E_REF_MEAN), sg.best);
    return buf;
}

static void check_unique_named(const dh_scenario *sc, const dh_named *n, size_t count,
                               const char *what, dh_diags *diags)
{
    for (size_t i = 0; i < count; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(n[i].id, n[j].id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, sc->line, dh_msg(E_SC_DUPLICATE),
                             what, n[i].id);
                break;
            }
}

/* Roles are free ids (the roster names them): only their spelling is checked. */
static void check_roles(const dh_scenario *sc, const char *id, int line, char *const *roles,
                        size_t n, dh_diags *diags)
{
    int at = n ? dh_scenario_field_line(sc, line, NULL, "roles") : line;
    for (size_t i = 0; i < n; i++)
        if (!dh_id_valid(roles[i]))
            dh_diags_add(diags, DH_ERROR, sc->file, at, dh_msg(E_SC_ROLE_ID), id, roles[i]);
}

static void resolve_option(dh_scenario *sc, dh_decision *d, dh_option *o, dh_diags *diags,
                           int *oom)
{
    o->points = dh_calloc(sc->ncategories ? sc->ncategories : 1, sizeof *o->points);
    if (!o->points) {
        *oom = 1;
        return;
    }
    o->total = 0;
    for (size_t k = 0; k < o->nscore; k++) {
        dh_score_entry *e = &o->score[k];
        e->category = dh_scenario_find_category(sc, e->category_id);
        if (e->category < 0) {
            char hint[200];
            dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, o->id, e->category_id),
                         dh_msg(E_SC_UNKNOWN_CATEGORY), d->id,
                         o->id, e->category_id,
                         sc->ncategories ? did_you_mean(hint, sizeof hint, e->category_id,
                                                        sc->categories, sc->ncategories,
                                                        sizeof *sc->categories)
                                         : dh_msg(E_SC_NO_CATEGORIES));
            continue;
        }
        o->points[e->category] += e->milli;
        o->total += e->milli;
    }
    for (size_t k = 0; k < o->nobjectives; k++) {
        o->objectives[k] = dh_scenario_find_objective(sc, o->objective_ids[k]);
        if (o->objectives[k] < 0)
            dh_diags_add(diags, DH_ERROR, sc->file, d->line, dh_msg(E_SC_UNKNOWN_OBJECTIVE_OPT),
                         d->id, o->id, o->objective_ids[k]);
    }
    for (size_t k = 0; k < o->ntriggers; k++) {
        dh_trigger *t = &o->triggers[k];
        t->inject = dh_scenario_find_inject(sc, t->inject_id);
        char hint[200];
        if (t->inject < 0)
            dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, o->id, "triggers"),
                         dh_msg(E_SC_UNKNOWN_TRIGGER), d->id, o->id, t->inject_id,
                         did_you_mean(hint, sizeof hint, t->inject_id, sc->injects, sc->ninjects,
                                      sizeof *sc->injects));
    }
}

dh_status dh_scenario_finalize(dh_scenario *sc, dh_diags *diags)
{
    size_t before = diags->errors;
    int oom = 0;

    if (!sc->line) {
        dh_diags_add(diags, DH_ERROR, sc->file, 0, dh_msg(E_SC_NO_SCENARIO));
    } else {
        if (!sc->id) dh_diags_add(diags, DH_ERROR, sc->file, sc->line, dh_msg(E_SC_NO_ID));
        if (sc->duration == DH_MS_NEVER)
            dh_diags_add(diags, DH_ERROR, sc->file, sc->line,
                         dh_msg(E_SC_NO_DURATION));
    }
    check_unique_named(sc, sc->categories, sc->ncategories, "category", diags);
    check_unique_named(sc, sc->stages, sc->nstages, "stage", diags);
    for (size_t i = 0; i < sc->nobjectives; i++) {
        dh_objective *o = &sc->objectives[i];
        for (size_t j = 0; j < i; j++)
            if (!strcmp(sc->objectives[j].id, o->id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, o->line, dh_msg(E_SC_DUPLICATE),
                             "objective", o->id);
                break;
            }
        if (o->category_id) {
            o->category = dh_scenario_find_category(sc, o->category_id);
            if (o->category < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, o->line,
                             dh_msg(E_SC_OBJECTIVE_CATEGORY), o->id, o->category_id);
        }
    }

    for (size_t i = 0; i < sc->nfeedback; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(sc->feedback[j].id, sc->feedback[i].id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, sc->feedback[i].line, dh_msg(E_SC_DUPLICATE),
                             "feedback question", sc->feedback[i].id);
                break;
            }
    if (!sc->nfeedback && dh_scenario_default_feedback(sc)) oom = 1;

    char hint[200];
    for (size_t i = 0; i < sc->ninjects; i++) {
        dh_inject *in = &sc->injects[i];
        for (size_t j = 0; j < i; j++)
            if (!strcmp(sc->injects[j].id, in->id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, in->line,
                             dh_msg(E_SC_DUP_ID), in->id,
                             sc->injects[j].line);
                break;
            }
        if (in->stage_id) {
            in->stage = dh_scenario_find_stage(sc, in->stage_id);
            if (in->stage < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, in->line, NULL, "stage"),
                             dh_msg(E_SC_UNKNOWN_STAGE), in->id, in->stage_id,
                             sc->nstages ? did_you_mean(hint, sizeof hint, in->stage_id, sc->stages,
                                                        sc->nstages, sizeof *sc->stages)
                                         : dh_msg(E_SC_NO_STAGES));
        }
        if (in->at != DH_MS_NEVER && sc->duration != DH_MS_NEVER && in->at > sc->duration) {
            char a[32], b[32];
            dh_time_format(in->at, a, sizeof a);
            dh_time_format(sc->duration, b, sizeof b);
            dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, in->line, NULL, "at"),
                         dh_msg(E_SC_PAST_DURATION), in->id, a,
                         b);
        }
    }

    for (size_t i = 0; i < sc->ndecisions; i++) {
        dh_decision *d = &sc->decisions[i];
        int dup = dh_scenario_find_inject(sc, d->id);
        if (dup >= 0)
            dh_diags_add(diags, DH_ERROR, sc->file, d->line,
                         dh_msg(E_SC_DUP_INJECT_ID), d->id,
                         sc->injects[dup].line);
        for (size_t j = 0; j < i; j++)
            if (!strcmp(sc->decisions[j].id, d->id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, d->line,
                             dh_msg(E_SC_DUP_ID), d->id,
                             sc->decisions[j].line);
                break;
            }
        if (d->noptions == 0)
            dh_diags_add(diags, DH_ERROR, sc->file, d->line, dh_msg(E_SC_NO_OPTIONS),
                         d->id);
        for (size_t j = 0; j < d->noptions; j++) {
            for (size_t k = 0; k < j; k++)
                if (!strcmp(d->options[k].id, d->options[j].id)) {
                    dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, d->options[j].id, "id"),
                                 dh_msg(E_SC_DUP_OPTION), d->id,
                                 d->options[j].id);
                    break;
                }
            resolve_option(sc, d, &d->options[j], diags, &oom);
        }
        if (d->on_id) {
            d->on = dh_scenario_find_inject(sc, d->on_id);
            if (d->on < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, NULL, "on"),
                             dh_msg(E_SC_UNKNOWN_ON), d->id, d->on_id,
                             did_you_mean(hint, sizeof hint, d->on_id, sc->injects, sc->ninjects,
                                          sizeof *sc->injects));
        } else {
            dh_diags_add(diags, DH_ERROR, sc->file, d->line,
                         dh_msg(E_SC_NO_ON), d->id);
        }
        if (d->timeout_id) {
            d->timeout = dh_decision_find_option(d, d->timeout_id);
            if (d->timeout < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, NULL, "timeout"),
                             dh_msg(E_SC_TIMEOUT), d->id, d->timeout_id,
                             did_you_mean(hint, sizeof hint, d->timeout_id, d->options,
                                          d->noptions, sizeof *d->options));
        }
        check_roles(sc, d->id, d->line, d->roles, d->nroles, diags);
        for (size_t j = 0; j < d->nobjectives; j++) {
            int o = dh_scenario_find_objective(sc, d->objective_ids[j]);
            d->objectives[j] = o;
            if (o < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, d->line, dh_msg(E_SC_UNKNOWN_OBJECTIVE),
                             d->id, d->objective_ids[j]);
        }
        if (d->speed.present && d->speed.zero <= d->speed.full)
            dh_diags_add(diags, DH_ERROR, sc->file, dh_scenario_field_line(sc, d->line, NULL, "speed"),
                         dh_msg(E_SC_SPEED), d->id);
    }

    /* decisions opened by each inject, in definition order */
    for (size_t i = 0; i < sc->ndecisions && !oom; i++) {
        int on = sc->decisions[i].on;
        if (on < 0) continue;
        dh_inject *in = &sc->injects[on];
        int *p = dh_vec_push(&in->decisions, &in->ndecisions, sizeof *in->decisions);
        if (!p) {
            oom = 1;
            break;
        }
        *p = (int)i;
    }
    if (sc->ext && !oom) sc->ext->ext_finalize(sc, diags, &oom);
    if (oom) return DH_ENOMEM;
    if (diags->errors > before) return DH_EINPUT;
    sc->finalized = 1;
    return DH_OK;
}

/* The feedback form. */
dh_fb_question *dh_scenario_add_feedback(dh_scenario *sc)
{
    dh_fb_question *q = dh_vec_push(&sc->feedback, &sc->nfeedback, sizeof *q);
    if (q) memset(q, 0, sizeof *q);
    return q;
}

dh_status dh_scenario_default_feedback(dh_scenario *sc)
{
    static const struct { const char *id; dh_fb_kind kind; dh_msg_id text; } form[] = {
        {"realism", DH_FB_RATING, F_Q_REALISM},
        {"worked", DH_FB_TEXT, F_Q_WORKED},
        {"improve", DH_FB_TEXT, F_Q_IMPROVE},
        {"overall", DH_FB_RATING, F_Q_OVERALL},
    };
    for (size_t i = 0; i < sizeof form / sizeof form[0]; i++) {
        dh_fb_question *q = dh_scenario_add_feedback(sc);
        if (!q) return DH_ENOMEM;
        q->kind = form[i].kind;
        q->id = dh_strdup(form[i].id);
        if (!q->id) return DH_ENOMEM;
        for (int l = 0; l < DH_LANG_COUNT; l++)
            if (dh_text_set(&q->text, (dh_lang)l, dh_tr((dh_lang)l, form[i].text))) return DH_ENOMEM;
    }
    return DH_OK;
}

int dh_scenario_find_feedback(const dh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->nfeedback; i++)
        if (id && !strcmp(sc->feedback[i].id, id)) return (int)i;
    return -1;
}

int dh_scenario_find_objective(const dh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->nobjectives; i++)
        if (sc->objectives[i].named && !strcmp(sc->objectives[i].id, id)) return (int)i;
    return -1;
}

/* the purpose tag of the option-order stream (1: team scripts, 2: bots, 3: load) */
#define DH_RNG_OPTION_ORDER 4

void dh_decision_option_order(const dh_decision *dec, uint64_t drill_seed, const char *team_id,
                              int *order)
{
    size_t n = dec->noptions, k = 0, lo, hi;
    for (size_t i = 0; i < n; i++)
        if (dec->options[i].place == DH_PLACE_FIRST) order[k++] = (int)i;
    lo = k;
    for (size_t i = 0; i < n; i++)
        if (dec->options[i].place != DH_PLACE_FIRST && dec->options[i].place != DH_PLACE_LAST)
            order[k++] = (int)i;
    hi = k;
    for (size_t i = 0; i < n; i++)
        if (dec->options[i].place == DH_PLACE_LAST) order[k++] = (int)i;
    if (hi - lo < 2) return;
    /* the decision's stream gives the seed of the team's: one team's order
     * says nothing about another's, nor one decision's about the next */
    dh_rng r;
    dh_rng_seed_for(&r, drill_seed, dec->id ? dec->id : "", DH_RNG_OPTION_ORDER);
    dh_rng_seed_for(&r, dh_rng_next(&r), team_id ? team_id : "", DH_RNG_OPTION_ORDER);
    for (size_t i = hi - lo - 1; i > 0; i--) { /* Fisher–Yates over the unpinned */
        size_t j = (size_t)dh_rng_range(&r, 0, (int64_t)i);
        int t = order[lo + i];
        order[lo + i] = order[lo + j];
        order[lo + j] = t;
    }
}
