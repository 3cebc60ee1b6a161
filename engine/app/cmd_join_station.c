/* cmd_join_station.c — what `join` and `swarm` share: bots, printed lines, the
 * status line and the station's input sink (cmd_join_station.h). */
#include "cmd_join_station.h"
#include "cmd_join_question.h"
#include "dh_alloc.h"
#include "dh_output.h"
#include "dh_question.h"
#include "dh_snapshot.h"

#include <stdlib.h>
#include <string.h>

/* --- bots ------------------------------------------------------------------------ */

void dh_station_bot_init(dh_station_bot *b, dh_bot_policy policy, uint64_t seed)
{
    memset(b, 0, sizeof *b);
    b->policy = policy;
    b->seed = seed;
}

void dh_station_bot_free(dh_station_bot *b)
{
    free(b->due);
    free(b->option);
    free(b->done);
    memset(b, 0, sizeof *b);
}

static int bot_fit(dh_station_bot *b, size_t n)
{
    if (n <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < n) cap *= 2;
    dh_ms *due = realloc(b->due, cap * sizeof *due);
    if (due) b->due = due;
    int *opt = realloc(b->option, cap * sizeof *opt);
    if (opt) b->option = opt;
    uint8_t *done = realloc(b->done, cap);
    if (done) b->done = done;
    if (!due || !opt || !done) return -1;
    for (size_t i = b->cap; i < cap; i++) {
        b->due[i] = DH_MS_NEVER;
        b->option[i] = 0;
        b->done[i] = 0;
    }
    b->cap = cap;
    return 0;
}

/* When after opening a station's bot answers (exercise time). A live drill
 * keeps answers away from the deadline, which a remote answer could miss: random
 * answers soon (a second to two minutes, within the first half of the window) so
 * a swarm's answers spread; first and best within a minute; worst at half-time. */
static void plan(dh_station_bot *b, const dh_decision *dec, int *option, dh_ms *delay)
{
    dh_ms window = dec->within == DH_MS_NEVER ? 30 * DH_MS_MINUTE : dec->within;
    dh_ms soon = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
    switch (b->policy) {
    case DH_BOT_BEST: *option = dh_decision_best_option(dec); *delay = soon; break;
    case DH_BOT_WORST: *option = dh_decision_worst_option(dec); *delay = window / 2; break;
    case DH_BOT_RANDOM: {
        *option = (int)dh_rng_range(&b->rng, 0, (int64_t)dec->noptions - 1);
        dh_ms most = window / 2 < 2 * DH_MS_MINUTE ? window / 2 : 2 * DH_MS_MINUTE;
        *delay = most > DH_MS_SECOND ? dh_rng_range(&b->rng, DH_MS_SECOND, most) : most;
        break;
    }
    default: *option = 0; *delay = soon; break;
    }
}

int dh_station_bot_step(dh_station_bot *b, dh_station *st)
{
    dh_mirror *m = dh_station_mirror(st);
    const dh_drill *d = dh_mirror_drill(m);
    int team = dh_mirror_own_team(m);
    if (b->policy == DH_BOT_NONE || b->refused_points || !d || team < 0 || dh_drill_ended(d)) return 0;
    if ((b->policy == DH_BOT_BEST || b->policy == DH_BOT_WORST) && !dh_mirror_show_points(m)) {
        b->refused_points = 1;
        return -1;
    }
    if (!b->serial) dh_rng_seed_for(&b->rng, b->seed, dh_drill_roster(d)->teams[team].id, 0x626f74);
    b->serial = 1;
    if (bot_fit(b, dh_drill_decision_count(d))) return 0;
    int open[64];
    size_t n = dh_snap_open_decisions(d, team, open, 64);
    if (n > 64) n = 64;
    const dh_scenario *sc = dh_drill_scenario(d);
    for (size_t k = 0; k < n; k++) {
        int i = open[k];
        const dh_decision *dec = &sc->decisions[i];
        if (b->done[i] || !dec->noptions) continue;
        if (b->due[i] == DH_MS_NEVER) {
            dh_ms delay;
            plan(b, dec, &b->option[i], &delay);
            b->due[i] = dh_drill_decision(d, team, i)->opened_at + delay;
        }
        if (dh_drill_now(d) < b->due[i]) continue;
        if ((size_t)b->option[i] >= dec->noptions) b->option[i] = 0;
        if (dh_station_choose(st, dec->id, dec->options[b->option[i]].id, NULL) == DH_OK) b->done[i] = 1;
    }
    return 0;
}

/* --- printed lines ----------------------------------------------------------------- */

/* The station's own words for a role and a control action, in its language
 * (the protocol's names are ids, never shown); an action this build does not
 * know is shown as the server sent it. */
static const char *role_word(dh_lang lang, dh_role r)
{
    switch (r) {
    case DH_ROLE_TEAM: return dh_tr(lang, A_JOIN_ROLE_TEAM);
    case DH_ROLE_EVALUATOR: return dh_tr(lang, A_JOIN_ROLE_EVALUATOR);
    case DH_ROLE_OBSERVER: return dh_tr(lang, A_JOIN_ROLE_OBSERVER);
    default: return dh_role_name(r);
    }
}

static const char *action_word(dh_lang lang, const char *action)
{
    static const struct { const char *action; dh_msg_id id; } words[] = {
        {"pause", A_JOIN_CTL_PAUSE}, {"resume", A_JOIN_CTL_RESUME}, {"speed", A_JOIN_CTL_SPEED},
        {"jump", A_JOIN_CTL_JUMP}, {"deliver", A_JOIN_CTL_DELIVER}, {"end", A_JOIN_CTL_END},
        {"message", A_JOIN_CTL_MESSAGE}, {"note", A_JOIN_CTL_NOTE}, {"rate", A_JOIN_CTL_RATE},
        {"feedback", A_JOIN_CTL_FEEDBACK},
    };
    if (!action) return "";
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(action, words[i].action)) return dh_tr(lang, words[i].id);
    return action;
}

static const char *clock_str(dh_ms t, char *buf, size_t n)
{
    dh_time_format_clock(t, buf, n);
    return buf;
}

void dh_station_print(FILE *f, dh_station *st, const dh_pmsg *msg, dh_lang lang, const char *label)
{
    char pre[160], t[32], t2[32];
    snprintf(pre, sizeof pre, "%s%s", label ? label : "", label ? " " : "");
    const dh_pevent *e = &msg->ev;
    char team[80] = "";
    if (dh_ptype_is_event(msg->type) && e->team && dh_mirror_role_of(dh_station_mirror(st)) != DH_MIRROR_TEAM)
        snprintf(team, sizeof team, "[%s] ", e->team);
    if (dh_station_print_question(f, st, msg, lang, pre)) return;
    switch (msg->type) {
    case DH_P_WELCOME: {
        const dh_pwelcome *w = &msg->welcome;
        dh_term_printf(f, dh_tr(lang, A_JOIN_WELCOME), pre, role_word(lang, w->role), w->name ? w->name : "",
                       dh_ptext_get(&w->title, lang), w->nteams);
        break;
    }
    case DH_P_READY: dh_term_printf(f, dh_tr(lang, A_JOIN_READY), pre, (long long)msg->ready_seq); break;
    case DH_P_REFUSE:
        dh_term_printf(f, dh_tr(lang, A_JOIN_REFUSE), pre, dh_prefuse_name(msg->refuse.reason),
                       msg->refuse.message ? msg->refuse.message : "");
        break;
    case DH_P_ACK: dh_term_printf(f, dh_tr(lang, A_JOIN_ACK), pre, msg->ack.ref, (long long)msg->ack.input); break;
    case DH_P_REFUSED:
        dh_term_printf(f, dh_tr(lang, A_JOIN_REFUSED), pre, msg->refused.ref,
                       msg->refused.reason ? msg->refused.reason : "");
        break;
    case DH_P_EV_START: dh_term_printf(f, dh_tr(lang, A_JOIN_EV_START), pre, clock_str(e->t, t, sizeof t)); break;
    case DH_P_EV_END: dh_term_printf(f, dh_tr(lang, A_JOIN_EV_END), pre, clock_str(e->t, t, sizeof t)); break;
    case DH_P_EV_INJECT:
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_INJECT), pre, clock_str(e->t, t, sizeof t), team,
                       e->inject.id ? e->inject.id : "", dh_ptext_get(&e->inject.title, lang));
        break;
    case DH_P_EV_OPEN:
        if (e->deadline == DH_MS_NEVER)
            snprintf(t2, sizeof t2, "—");
        else
            clock_str(e->deadline, t2, sizeof t2);
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_OPEN), pre, clock_str(e->t, t, sizeof t), team,
                       e->decision.id ? e->decision.id : "", dh_ptext_get(&e->decision.prompt, lang), t2);
        break;
    case DH_P_EV_CLOSED:
        if (e->how == DH_PCLOSE_TIMEOUT)
            dh_term_printf(f, dh_tr(lang, A_JOIN_EV_EXPIRED), pre, clock_str(e->t, t, sizeof t), team,
                           e->decision_id ? e->decision_id : "", e->option ? e->option : "—");
        else
            dh_term_printf(f, dh_tr(lang, A_JOIN_EV_CHOSE), pre, clock_str(e->t, t, sizeof t), team,
                           e->decision_id ? e->decision_id : "", e->option ? e->option : "—");
        break;
    case DH_P_EV_ADJUST: {
        char pts[32];
        dh_fmt_tenths(pts, sizeof pts, e->milli, DH_TENTHS_PLUS);
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_ADJUST), pre, clock_str(e->t, t, sizeof t), team,
                       e->category ? e->category : "", pts, e->reason ? e->reason : "");
        break;
    }
    case DH_P_EV_CONTROL: {
        char what[64] = "";
        if (e->action && !strcmp(e->action, "speed")) {
            dh_fmt_tenths(what, sizeof what, e->speed, 0);
            strncat(what, "×", sizeof what - strlen(what) - 1);
        } else if (e->action && !strcmp(e->action, "jump")) {
            clock_str(e->to, what, sizeof what);
        } else if (e->inject_id) {
            snprintf(what, sizeof what, "%s", e->inject_id);
        }
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_CONTROL), pre, clock_str(e->t, t, sizeof t), team,
                       action_word(lang, e->action), what);
        break;
    }
    default: break;
    }
}

/* --- the status line ----------------------------------------------------------------- */

void dh_station_status(dh_station *st, const char *last_refusal, dh_lang lang, char *out, size_t n)
{
    dh_station_stats s = dh_station_get_stats(st);
    size_t len = 0;
    switch (dh_station_get_state(st)) {
    case DH_ST_CONNECTING: len = (size_t)snprintf(out, n, "%s", dh_tr(lang, A_JOIN_ST_CONNECTING)); break;
    case DH_ST_CATCHING_UP: len = (size_t)snprintf(out, n, "%s", dh_tr(lang, A_JOIN_ST_CATCHING_UP)); break;
    case DH_ST_ONLINE: len = (size_t)snprintf(out, n, "%s", dh_tr(lang, A_JOIN_ST_ONLINE)); break;
    case DH_ST_RECONNECTING: len = (size_t)snprintf(out, n, "%s", dh_tr(lang, A_JOIN_ST_RECONNECTING)); break;
    case DH_ST_REFUSED:
        len = (size_t)snprintf(out, n, dh_tr(lang, A_JOIN_ST_REFUSED), dh_station_refusal(st));
        break;
    }
    if (len < n && s.last_input) len += (size_t)snprintf(out + len, n - len, dh_tr(lang, A_JOIN_ST_ACKED), (long long)s.last_input);
    if (len < n && s.pending) len += (size_t)snprintf(out + len, n - len, dh_tr(lang, A_JOIN_ST_PENDING), s.pending);
    if (len < n && last_refusal && *last_refusal)
        snprintf(out + len, n - len, dh_tr(lang, A_JOIN_ST_NOT_TAKEN), last_refusal);
}

/* --- the sink ------------------------------------------------------------------------ */

static dh_status sink(void *ctx, const dh_input *in, char *err, size_t errlen)
{
    dh_station *st = ctx;
    const dh_drill *d = dh_mirror_drill(dh_station_mirror(st));
    if (!d) return DH_ESTATE;
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_status s;
    switch (in->kind) {
    case DH_IN_CHOICE: {
        if (in->decision < 0 || (size_t)in->decision >= sc->ndecisions) return DH_EINPUT;
        const dh_decision *dec = &sc->decisions[in->decision];
        if (in->option < 0 || (size_t)in->option >= dec->noptions) return DH_EINPUT;
        if (dh_station_choice_pending(st, dec->id)) {
            snprintf(err, errlen, "%s", dh_msg(A_JOIN_ALREADY_SENT));
            return DH_ESTATE;
        }
        s = dh_station_choose(st, dec->id, dec->options[in->option].id, NULL);
        break;
    }
    case DH_IN_ADJUST:
        if (in->team < 0 || (size_t)in->team >= dh_drill_team_count(d) || in->category < 0 ||
            (size_t)in->category >= sc->ncategories)
            return DH_EINPUT;
        s = dh_station_adjust(st, dh_drill_roster(d)->teams[in->team].id, sc->categories[in->category].id,
                              in->milli, in->text ? in->text : "");
        break;
    case DH_IN_NOTE:
        if (in->team < 0 || (size_t)in->team >= dh_drill_team_count(d)) {
            snprintf(err, errlen, "%s", dh_msg(A_JOIN_NOTE_TEAM));
            return DH_ESTATE;
        }
        s = dh_station_note(st, dh_drill_roster(d)->teams[in->team].id, in->text ? in->text : "");
        break;
    case DH_IN_FEEDBACK:
        /* checked here as the drill will check it, so a typo is said at once */
        if (dh_feedback_check(sc, in->decision, in->milli, in->text, err, errlen)) return DH_ESTATE;
        s = dh_station_feedback(st, sc->feedback[in->decision].id, in->milli, in->text);
        break;
    case DH_IN_ANSWER:
    case DH_IN_SCORE: {
        /* the ui names the item of the station's book (dh_ui_question.h) */
        dh_qbook *qb = dh_station_questions(st);
        if (in->inject < 0 || (size_t)in->inject >= dh_qbook_count(qb)) return DH_EINPUT;
        const dh_qbook_item *it = dh_qbook_at(qb, (size_t)in->inject);
        if (in->kind == DH_IN_ANSWER) {
            if (dh_station_choice_pending(st, it->id)) {   /* sent, waiting for its ack */
                snprintf(err, errlen, "%s", dh_msg(A_JOIN_ALREADY_SENT));
                return DH_ESTATE;
            }
            s = dh_station_answer(st, it->id, in->text ? in->text : "", NULL);
            break;
        }
        char items[DH_MAX_RUBRIC * 72] = "";
        size_t len = 0;
        for (size_t k = 0; k < it->nrubric && k < 32; k++) {
            if (!(((uint64_t)in->milli >> k) & 1u)) continue;
            int w = snprintf(items + len, sizeof items - len, "%s%s", len ? "," : "", it->rubric_ids[k]);
            if (w > 0 && (size_t)w < sizeof items - len) len += (size_t)w;
        }
        s = dh_station_score(st, it->team, it->id, items, in->text ? in->text : "");
        break;
    }
    default:
        snprintf(err, errlen, "%s", dh_msg(A_JOIN_FACILITATOR_ONLY));
        return DH_ESTATE;
    }
    if (s) snprintf(err, errlen, "%s", dh_msg(A_JOIN_NOT_SENT));
    return s;
}

dh_input_sink dh_station_input_sink(dh_station *st) { return (dh_input_sink){sink, st}; }
