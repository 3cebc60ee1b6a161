/* dh_autoplay.c — bots and responses files. */
#include "dh_autoplay.h"
#include "dh_alloc.h"
#include "dh_csv.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const policy_names[] = {"none", "best", "worst", "random", "first"};

int dh_bot_policy_parse(const char *s)
{
    for (int i = 0; i < 5; i++)
        if (!strcmp(s, policy_names[i])) return i;
    return -1;
}

const char *dh_bot_policy_name(dh_bot_policy p) { return policy_names[p]; }

void dh_bot_pick(dh_bot_policy p, const dh_decision *dec, dh_rng *rng, int *option,
                 dh_ms *delay)
{
    dh_ms window = dec->within == DH_MS_NEVER ? 30 * DH_MS_MINUTE : dec->within;
    switch (p) {
    case DH_BOT_BEST:
        *option = dh_decision_best_option(dec);
        *delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
        break;
    case DH_BOT_WORST:
        *option = dh_decision_worst_option(dec);
        *delay = window > DH_MS_SECOND ? window - DH_MS_SECOND : 0;
        break;
    case DH_BOT_RANDOM:
        *option = (int)dh_rng_range(rng, 0, (int64_t)dec->noptions - 1);
        /* whole seconds, so logs read naturally; always inside the window */
        *delay = dh_rng_range(rng, 1, window > DH_MS_SECOND ? window / DH_MS_SECOND - 1 : 1) *
                 DH_MS_SECOND;
        if (*delay >= window) *delay = window / 2;
        break;
    case DH_BOT_FIRST:
    default:
        *option = 0;
        *delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
        break;
    }
}

/* --- responses files --------------------------------------------------------- */

void dh_responses_free(dh_responses *r)
{
    free(r->file);
    free(r->items);
    memset(r, 0, sizeof *r);
}

dh_status dh_responses_load(dh_responses *out, const char *path, const dh_scenario *sc,
                            const dh_roster *roster, dh_diags *diags)
{
    static const char *const header[] = {"team", "decision", "option", "at"};
    memset(out, 0, sizeof *out);
    size_t errors = diags->errors;
    dh_csv csv;
    out->file = dh_strdup(path);
    if (!out->file) return DH_ENOMEM;
    dh_status st = dh_csv_read_file(path, &csv, diags);
    if (st) {
        dh_responses_free(out);
        return st;
    }
    int *first_line = NULL;
    if (!dh_csv_check_header(&csv, header, 4, diags)) goto done;
    first_line = dh_calloc(roster->nteams * (sc->ndecisions ? sc->ndecisions : 1),
                        sizeof *first_line);
    if (!first_line) {
        st = DH_ENOMEM;
        goto done;
    }
    for (size_t i = 1; i < csv.nrows; i++) {
        const dh_csv_row *row = &csv.rows[i];
        if (row->nfields != 4) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         "expected 4 fields (team,decision,option,at), found %zu",
                         row->nfields);
            continue;
        }
        char **f = row->fields;
        int team = dh_roster_find(roster, f[0]);
        if (team < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "unknown team \"%s\"", f[0]);
            continue;
        }
        int dec = dh_scenario_find_decision(sc, f[1]);
        if (dec < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "unknown decision \"%s\"", f[1]);
            continue;
        }
        int opt = dh_decision_find_option(&sc->decisions[dec], f[2]);
        if (opt < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         "decision \"%s\" has no option \"%s\"", f[1], f[2]);
            continue;
        }
        dh_ms at;
        char err[160];
        if (dh_time_parse_clock(f[3], &at, err, sizeof err)) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "%s", err);
            continue;
        }
        if (at > sc->duration) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         "at %s is past the scenario's end", f[3]);
            continue;
        }
        int *first = &first_line[(size_t)team * sc->ndecisions + (size_t)dec];
        if (*first) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         "team \"%s\" already answered \"%s\" at line %d", f[0], f[1],
                         *first);
            continue;
        }
        *first = row->line;
        dh_response *r = dh_vec_push(&out->items, &out->count, sizeof *r);
        if (!r) {
            st = DH_ENOMEM;
            break;
        }
        *r = (dh_response){team, dec, opt, at, row->line};
    }
done:
    free(first_line);
    dh_csv_free(&csv);
    if (st == DH_OK && diags->errors > errors) st = DH_EINPUT;
    if (st) dh_responses_free(out);
    return st;
}

/* --- attaching --------------------------------------------------------------- */

static void respond(void *ctx, dh_drill *d, int team, int decision)
{
    dh_autoplay *ap = ctx;
    int32_t r = ap->response[(size_t)team * ap->ndec + (size_t)decision];
    if (r >= 0) {
        const dh_response *resp = &ap->responses->items[r];
        if (resp->at >= d->now) {
            dh_drill_schedule_choice(d, team, decision, resp->option, resp->at, DH_SRC_RESPONSES);
        } else {
            char msg[300], at[32], opened[32];
            dh_time_format(resp->at, at, sizeof at);
            dh_time_format(d->now, opened, sizeof opened);
            snprintf(msg, sizeof msg, "response at %s ignored: decision \"%s\" opened for team "
                     "\"%s\" only at %s", at, d->sc->decisions[decision].id,
                     d->roster->teams[team].id, opened);
            dh_drill_warn(d, ap->responses->file, resp->line, msg);
        }
        return;
    }
    if (ap->policy == DH_BOT_NONE) return;
    int option;
    dh_ms delay;
    dh_bot_pick(ap->policy, &d->sc->decisions[decision], &ap->rng[team], &option, &delay);
    dh_drill_schedule_choice(d, team, decision, option, d->now + delay, DH_SRC_BOT);
}

dh_status dh_autoplay_attach(dh_autoplay *ap, dh_drill *d, dh_bot_policy policy,
                             const dh_responses *responses)
{
    memset(ap, 0, sizeof *ap);
    /* dh_responses_load checks its rows, but a record's responses are read back
     * from a file: one that points at no team, decision or option is refused
     * here too, so a damaged record can never index outside the drill */
    for (size_t i = 0; responses && i < responses->count; i++) {
        const dh_response *r = &responses->items[i];
        if (r->team < 0 || (size_t)r->team >= d->nteams || r->decision < 0 ||
            (size_t)r->decision >= d->ndec || r->option < 0 ||
            (size_t)r->option >= d->sc->decisions[r->decision].noptions)
            return DH_EINPUT;
    }
    ap->policy = policy;
    ap->nteams = d->nteams;
    ap->ndec = d->ndec;
    ap->responses = responses;
    size_t cells = (d->nteams ? d->nteams : 1) * (d->ndec ? d->ndec : 1);
    ap->rng = dh_malloc((d->nteams ? d->nteams : 1) * sizeof *ap->rng);
    ap->response = dh_malloc(cells * sizeof *ap->response);
    if (!ap->rng || !ap->response) {
        dh_autoplay_free(ap);
        return DH_ENOMEM;
    }
    for (size_t i = 0; i < cells; i++) ap->response[i] = -1;
    for (size_t t = 0; t < d->nteams; t++)
        dh_rng_seed_for(&ap->rng[t], d->seed, d->roster->teams[t].id, 2);
    for (size_t i = 0; responses && i < responses->count; i++) {
        const dh_response *r = &responses->items[i];
        ap->response[(size_t)r->team * ap->ndec + (size_t)r->decision] = (int32_t)i;
    }
    dh_drill_set_responder(d, respond, ap);
    return DH_OK;
}

void dh_autoplay_report_unused(const dh_autoplay *ap, dh_drill *d)
{
    for (size_t i = 0; ap->responses && i < ap->responses->count; i++) {
        const dh_response *r = &ap->responses->items[i];
        if (dh_drill_decision(d, r->team, r->decision)->status != DH_DEC_CLOSED) continue;
        char msg[300];
        snprintf(msg, sizeof msg, "response never applied: decision \"%s\" never opened for "
                 "team \"%s\"", d->sc->decisions[r->decision].id, d->roster->teams[r->team].id);
        dh_drill_warn(d, ap->responses->file, r->line, msg);
    }
}

void dh_autoplay_free(dh_autoplay *ap)
{
    free(ap->rng);
    free(ap->response);
    memset(ap, 0, sizeof *ap);
}
