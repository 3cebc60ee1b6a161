/* dh_drill_view.c — the read-only view of a drill (see dh_drill.h), the two writes
 * the script layer needs (a team's random stream, interned names) and the local
 * input sink. The three accessors dh_drill.c itself uses on its hot path
 * (dh_drill_decision, dh_drill_delivered_at, dh_drill_points) are defined there,
 * so that file depends on nothing here. */
#include "dh_drill_impl.h"

uint64_t dh_drill_serial(const dh_drill *d) { return d->serial; }
const dh_scenario *dh_drill_scenario(const dh_drill *d) { return d->sc; }
const dh_roster *dh_drill_roster(const dh_drill *d) { return d->roster; }
uint64_t dh_drill_seed(const dh_drill *d) { return d->seed; }

void dh_drill_option_order(const dh_drill *d, int team, int dec, int *order)
{
    const dh_decision *de = &d->sc->decisions[dec];
    if (d->options_as_sent) {
        for (size_t i = 0; i < de->noptions; i++) order[i] = (int)i;
        return;
    }
    dh_decision_option_order(de, d->seed, d->roster->teams[team].id, order);
}
size_t dh_drill_team_count(const dh_drill *d) { return d->nteams; }
size_t dh_drill_category_count(const dh_drill *d) { return d->ncat; }
size_t dh_drill_decision_count(const dh_drill *d) { return d->ndec; }
size_t dh_drill_inject_count(const dh_drill *d) { return d->ninj; }

dh_ms dh_drill_now(const dh_drill *d) { return d->now; }
int dh_drill_started(const dh_drill *d) { return d->started; }
int dh_drill_ended(const dh_drill *d) { return d->ended; }
dh_ms dh_drill_end_time(const dh_drill *d) { return d->ended_at; }
int dh_drill_ended_early(const dh_drill *d) { return d->ended && d->ended_early; }
int dh_drill_paused(const dh_drill *d) { return d->paused; }
int64_t dh_drill_speed(const dh_drill *d) { return d->speed_milli; }
int dh_drill_stopped(const dh_drill *d) { return d->gate_failed; }
uint64_t dh_drill_event_count(const dh_drill *d) { return d->nevents; }

int64_t dh_drill_team_total(const dh_drill *d, int team) { return d->totals[team]; }

const int64_t *dh_drill_team_points(const dh_drill *d, int team)
{
    return &d->points[(size_t)team * d->ncat];
}

dh_ms dh_drill_decision_time(const dh_drill *d, int team) { return d->decision_time[team]; }

int dh_drill_withheld(const dh_drill *d, int team, int inject)
{
    return d->withheld[(size_t)team * d->ninj + (size_t)inject];
}

int dh_drill_delivered_by_hand(const dh_drill *d, int team, int inject)
{
    return d->by_hand[(size_t)team * d->ninj + (size_t)inject];
}

size_t dh_drill_flag_count(const dh_drill *d, int team) { return d->nflags[team]; }
const dh_flag *dh_drill_flag_at(const dh_drill *d, int team, size_t i) { return &d->flags[team][i]; }
const dh_intern *dh_drill_names(const dh_drill *d) { return &d->names; }

size_t dh_drill_adjustment_count(const dh_drill *d) { return d->nadjustments; }
const dh_adjustment *dh_drill_adjustment_at(const dh_drill *d, size_t i) { return &d->adjustments[i]; }
size_t dh_drill_note_count(const dh_drill *d) { return d->nnotes; }
const dh_note *dh_drill_note_at(const dh_drill *d, size_t i) { return &d->notes[i]; }

size_t dh_drill_control_count(const dh_drill *d) { return d->ncontrols; }
const dh_control *dh_drill_control_at(const dh_drill *d, size_t i) { return &d->controls[i]; }
size_t dh_drill_override_count(const dh_drill *d) { return d->noverrides; }
const dh_rating_override *dh_drill_override_at(const dh_drill *d, size_t i)
{
    return &d->overrides[i];
}

const dh_diags *dh_drill_warnings(const dh_drill *d) { return &d->warnings; }

dh_rng *dh_drill_team_rng(dh_drill *d, int team) { return &d->rng[team]; }
int dh_drill_intern(dh_drill *d, const char *s) { return dh_intern_add(&d->names, s); }
void dh_drill_set_warning_limit(dh_drill *d, size_t limit) { d->warnings.limit = limit; }

static dh_status apply_now(void *ctx, const dh_input *in, char *err, size_t errlen)
{
    return dh_drill_apply(ctx, in, err, errlen);
}

dh_input_sink dh_drill_input_sink(dh_drill *d) { return (dh_input_sink){apply_now, d}; }

const struct dh_plan *dh_drill_plan(const dh_drill *d)
{
    return d->plan_imports ? &d->plan : NULL;
}

size_t dh_drill_plan_imports(const dh_drill *d) { return d->plan_imports; }

/* Free-text injects and feedback answers. */
size_t dh_drill_message_count(const dh_drill *d) { return d->nmessages; }
const dh_message *dh_drill_message_at(const dh_drill *d, size_t i) { return &d->messages[i]; }
size_t dh_drill_feedback_count(const dh_drill *d) { return d->nfeedback; }
const dh_feedback *dh_drill_feedback_at(const dh_drill *d, size_t i) { return &d->feedback[i]; }

const dh_feedback *dh_drill_feedback_find(const dh_drill *d, int team, int question)
{
    for (size_t i = d->nfeedback; i-- > 0;)
        if (d->feedback[i].team == team && d->feedback[i].question == question)
            return &d->feedback[i];
    return NULL;
}
