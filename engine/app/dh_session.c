/* dh_session.c — loading a drill's inputs and wiring the drill. */
#include "dh_session.h"
#include "dh_lint.h"
#include "dh_simulate.h"
#include "dh_args.h"
#include "dh_output.h"
#include "dh_responses.h"
#include "dh_roster_csv.h"
#include "dh_text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

void dh_print_diags(const dh_diags *d)
{
    char buf[2048];
    for (size_t i = 0; i < d->count; i++) {
        dh_diag_format(&d->items[i], buf, sizeof buf);
        dh_term_printf(stderr, "drillhall: %s\n", buf);
    }
    size_t shown = d->count, total = d->errors + d->warnings;
    if (total > shown) dh_term_printf(stderr, dh_msg(A_MORE_DIAGS), total - shown);
}

int dh_lang_choose(const char *opt, dh_lang *out)
{
    if (opt) {
        int l = dh_lang_parse(opt);
        if (l < 0) return dh_fail(2, dh_msg(A_LANG_BAD), opt);
        *out = (dh_lang)l;
        return 0;
    }
    static const char *const vars[] = {"DRILLHALL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"};
    *out = DH_LANG_EN;
    for (size_t i = 0; i < 4; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            /* "vi_VN.UTF-8" → "vi": any language the catalog has a column for */
            char code[8];
            size_t n = strcspn(v, "_.@");
            snprintf(code, sizeof code, "%.*s", (int)(n < sizeof code ? n : sizeof code - 1), v);
            int l = dh_lang_parse(code);
            *out = l < 0 ? DH_LANG_EN : (dh_lang)l;
            break;
        }
    }
    return 0;
}

/* Loads the signing key named by --sign or DRILLHALL_SIGNING_KEY, if any. */
static int load_signer(dh_session *s, const dh_session_opts *o)
{
    const char *path = o->sign ? o->sign : getenv("DRILLHALL_SIGNING_KEY");
    if (!path || !*path) return 0;
    char err[512];
    dh_status st = dh_signer_load(&s->signer, path, err, sizeof err);
    if (st) return dh_fail(st == DH_ENOMEM ? 1 : 2, "%s", err);
    return 0;
}

/* Walks the chain before anything of the record runs (report, history, resume). */
static int verify_record(dh_session *s, const dh_session_opts *o)
{
    char err[512], pub[DH_PUBKEY_HEX];
    dh_status st = o->key ? dh_sign_load_public(o->key, pub, err, sizeof err) : DH_OK;
    if (st) return dh_fail(2, "%s", err);
    st = dh_record_verify_key(s->record, o->key ? pub : NULL, &s->verified, err, sizeof err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", o->from, err);
    if (s->verified.problem && o->resume)
        return dh_fail(1, dh_msg(A_RECORD_CHANGED),
                       o->from, s->verified.what);
    if (s->verified.problem && !o->unverified)
        return dh_fail(1, dh_msg(A_RECORD_UNVERIFIED),
                       o->from, s->verified.what);
    return 0;
}

/* Loads scenario, roster and responses from a .drill file; checks that --bots
 * and --responses, when given, are the recorded ones. */
static int open_from_record(dh_session *s, const dh_session_opts *o, dh_diags *diags)
{
    char err[512];
    dh_status st = dh_record_open(&s->record, o->from, o->resume, err, sizeof err);
    /* one writer: "F.drill is being recorded by another drillhall (pid N on HOST)" */
    if (st == DH_ESTATE) return dh_fail(2, "%s %s", o->from, err);
    if (!st && o->resume) {
        if (load_signer(s, o)) return 2;
        st = dh_record_set_signer(s->record, s->signer, err, sizeof err);
        if (st) return dh_fail(2, "%s %s", o->from, err);
    }
    if (!st) st = dh_record_read_header(s->record, &s->header, err, sizeof err);
    if (!st) st = dh_record_read_inputs(s->record, &s->inputs, &s->ninputs, err, sizeof err);
    if (!st) st = dh_record_read_progress(s->record, &s->progress, err, sizeof err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", o->from, err);
    s->record_path = o->from;
    /* verified before the record's scenario runs; resuming always verifies, so a
     * changed record is never continued (nor signed) */
    int rc = o->verify || o->resume ? verify_record(s, o) : 0;
    if (rc) return rc;
    dh_record_header *h = &s->header;
    if (o->seed && s->seed != h->seed)
        return dh_fail(2, dh_msg(A_RECORD_SEED), o->from,
                       (unsigned long long)h->seed);
    s->seed = h->seed;
    if (o->roster || o->teams) {
        /* run's flags may be repeated on resume, but only as they were */
        dh_roster given;
        dh_roster_init(&given);
        unsigned long long n = 0;
        st = o->roster ? dh_roster_load(&given, o->roster, diags)
             : dh_parse_u64(o->teams, &n) || n < 1 || n > DH_MAX_TEAMS
                 ? DH_EINPUT
                 : dh_roster_generate(&given, (size_t)n);
        dh_print_diags(diags);
        int same = !st && given.nteams == h->roster.nteams;
        for (size_t i = 0; same && i < given.nteams; i++) {
            const dh_team_info *a = &given.teams[i], *b = &h->roster.teams[i];
            same = !strcmp(a->id, b->id) && !strcmp(a->name, b->name) &&
                   !strcmp(a->bracket, b->bracket);
            /* generated teams took the scenario's roles when the drill began */
            if (same && o->roster)
                same = !strcmp(dh_roster_team_role(&given, i), dh_roster_team_role(&h->roster, i));
        }
        dh_roster_free(&given);
        if (st == DH_ENOMEM) return dh_fail(1, dh_msg(E_NOMEM));
        if (!same)
            return dh_fail(2, dh_msg(A_RECORD_TEAMS),
                           o->from, o->roster ? "--roster" : "--teams",
                           o->roster ? o->roster : o->teams);
    }
    /* a record made in any language the catalog has reopens in it */
    int rl = dh_lang_parse(h->lang);
    if (!o->lang) s->lang = rl < 0 ? DH_LANG_EN : (dh_lang)rl;
    /* the bots read the texts the drill was recorded in, whatever --lang says now */
    s->bots_lang = rl < 0 ? DH_LANG_EN : (dh_lang)rl;
    int p = dh_bot_policy_parse(h->bots);
    if (p < 0) return dh_fail(2, dh_msg(A_RECORD_POLICY), o->from, h->bots);
    if (o->bots && s->bots != (dh_bot_policy)p)
        return dh_fail(2, dh_msg(A_RECORD_BOTS), o->from,
                       h->bots);
    s->bots = (dh_bot_policy)p;
    s->script = dh_script_create(NULL, s->seed);
    if (!s->script) return dh_fail(1, dh_msg(E_NOMEM));
    st = dh_script_load_buffer(s->script, h->scenario_file, h->scenario_source, h->scenario_len,
                               &s->sc, diags);
    if (st) {
        dh_print_diags(diags);
        return dh_fail(st == DH_ENOMEM ? 1 : 2,
                       dh_msg(A_RECORD_NO_LOAD), o->from);
    }
    /* the record's edge, second half: its indexes against the scenario */
    st = dh_record_check_model(h, s->inputs, s->ninputs, s->sc, err, sizeof err);
    if (st) return dh_fail(st == DH_ENOMEM ? 1 : 2, "%s: %s", o->from, err);
    s->roster = h->roster; /* moved: the session owns it from here */
    dh_roster_init(&h->roster);
    if (o->responses) {
        dh_responses given;
        st = dh_responses_load(&given, o->responses, s->sc, &s->roster, diags);
        dh_print_diags(diags);
        if (st) return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
        int same = given.count == h->responses.count;
        for (size_t i = 0; same && i < given.count; i++) {
            const dh_response *a = &given.items[i], *b = &h->responses.items[i];
            same = a->team == b->team && a->decision == b->decision &&
                   a->option == b->option && a->at == b->at;
        }
        dh_responses_free(&given);
        if (!same)
            return dh_fail(2,
                           dh_msg(A_RECORD_RESPONSES),
                           o->from, o->responses);
    }
    s->responses = h->responses;
    memset(&h->responses, 0, sizeof h->responses);
    return 0;
}

static int create_record(dh_session *s, const dh_session_opts *o, const char *path)
{
    size_t len = 0;
    const char *src = dh_script_source(s->script, &len);
    dh_record_header h;
    dh_record_header_init(&h);
    h.engine_version = (char *)DH_VERSION;
    h.scenario_file = (char *)o->scenario;
    h.scenario_id = s->sc->id;
    h.scenario_version = s->sc->version;
    h.scenario_source = (char *)src;
    h.scenario_len = len;
    h.seed = s->seed;
    snprintf(h.lang, sizeof h.lang, "%s", dh_lang_code(s->lang));
    snprintf(h.bots, sizeof h.bots, "%s", dh_bot_policy_name(s->bots));
    h.created_us = dh_record_wall_us();
    h.roster = s->roster;       /* borrowed for the call */
    h.responses = s->responses;
    char err[512];
    if (load_signer(s, o)) return 2;
    dh_status st = dh_record_create_signed(&s->record, path, &h, s->signer, err, sizeof err);
    if (st == DH_ESTATE) return dh_fail(2, "%s %s", path, err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", path, err);
    s->record_path = path;
    return 0;
}

int dh_session_open(dh_session *s, const dh_session_opts *o)
{
    memset(s, 0, sizeof *s);
    dh_roster_init(&s->roster);
    dh_record_header_init(&s->header);
    int rc = dh_lang_choose(o->lang, &s->lang);
    if (rc) return rc;
    s->bots_lang = s->lang;
    unsigned long long v = 1;
    if (o->seed && dh_parse_u64(o->seed, &v))
        return dh_fail(2, dh_msg(A_SEED_BAD), o->seed);
    s->seed = v;
    s->bots = DH_BOT_NONE;
    if (o->bots) {
        int p = dh_bot_policy_parse(o->bots);
        if (p < 0) return dh_fail(2, dh_msg(A_BOTS_BAD), o->bots);
        s->bots = (dh_bot_policy)p;
    }
    if (o->roster && o->teams) return dh_fail(2, dh_msg(A_ROSTER_OR_TEAMS));
    if (o->log && !*o->log) return dh_fail(2, dh_msg(A_LOG_NEEDS_NAME));
    /* the log and the record are files: "-" would make one named "-" */
    if (o->log && !strcmp(o->log, "-")) return dh_fail(2, dh_msg(A_LOG_NEEDS_NAME));
    if (o->record && !strcmp(o->record, "-")) return dh_fail(2, dh_msg(A_RECORD_NEEDS_NAME));

    dh_diags diags;
    dh_diags_init(&diags);
    dh_status st = DH_OK;
    if (o->from) {
        rc = open_from_record(s, o, &diags);
        dh_diags_free(&diags);
        if (rc) return rc;
    } else {
        s->script = dh_script_create(NULL, s->seed);
        if (!s->script) return dh_fail(1, dh_msg(E_NOMEM));
        st = dh_script_load(s->script, o->scenario, &s->sc, &diags);
    }
    if (!o->from && st == DH_OK) {
        if (o->roster) {
            st = dh_roster_load(&s->roster, o->roster, &diags);
            /* a role the scenario names that no team has: what is meant for it
             * reaches nobody (an old roster without a role column reaches
             * nothing role-targeted). Said before the drill, as check --roster
             * says it; a drill may still be meant for one role alone. */
            dh_diags roles;
            dh_diags_init(&roles);
            if (!st && dh_lint_roster_roles(s->sc, &s->roster, o->roster, &roles) == DH_OK)
                for (size_t i = 0; i < roles.count; i++)
                    dh_diags_add(&diags, DH_WARNING, roles.items[i].file, roles.items[i].line, "%s",
                                 roles.items[i].message);
            dh_diags_free(&roles);
        } else {
            unsigned long long n = 6;
            if (o->teams && (dh_parse_u64(o->teams, &n) || n < 1 || n > DH_MAX_TEAMS)) {
                dh_diags_free(&diags);
                return dh_fail(2, dh_msg(A_TEAMS_RANGE), o->teams,
                               DH_MAX_TEAMS);
            }
            st = dh_roster_generate(&s->roster, (size_t)n);
            /* generated teams take the roles the scenario names, in turn, so
             * every role's injects and decisions are played */
            if (!st) st = dh_sim_assign_roles(&s->roster, s->sc);
        }
    }
    if (!o->from && st == DH_OK && o->responses)
        st = dh_responses_load(&s->responses, o->responses, s->sc, &s->roster, &diags);
    if (!o->from) {
        dh_print_diags(&diags);
        dh_diags_free(&diags);
    }
    if (st == DH_ENOMEM) return dh_fail(1, dh_msg(E_NOMEM));
    if (st) return 2;

    dh_drill_config cfg = {s->sc, &s->roster, s->seed, dh_script_iface_for(s->script)};
    s->drill = dh_drill_create(&cfg);
    if (!s->drill) return dh_fail(1, dh_msg(E_NOMEM));

    const char *record = o->record;
    if (!record && o->default_record && !o->from) {
        if (dh_session_default_record(s->sc->id, s->default_record, sizeof s->default_record))
            return dh_fail(1, dh_msg(A_DRILLS_DIR),
                           strerror(errno));
        record = s->default_record;
    }
    if (o->sign && !record && !o->resume)
        return dh_fail(2, dh_msg(A_SIGN_NEEDS_RECORD), o->sign);
    if (record && (rc = create_record(s, o, record))) return rc;
    /* every input goes through the journal: recorded first, or checked against
     * the record while a recorded drill is rebuilt */
    if (s->record) {
        dh_journal_init(&s->journal, s->inputs, s->ninputs,
                        o->from && !o->resume ? NULL : s->record);
        dh_drill_set_gate(s->drill, dh_journal_gate, &s->journal);
    }

    if (o->log) {
        if (dh_outfile_open(&s->log_out, o->log))
            return dh_fail(2, dh_msg(A_CANNOT_WRITE), o->log, strerror(errno));
        s->log_file = s->log_out.f;
        s->log_path = o->log;
        dh_eventlog_init(&s->log, s->log_file);
        dh_drill_add_sink(s->drill, dh_eventlog_sink, &s->log);
    }
    return 0;
}

dh_ms dh_session_recorded_now(const dh_session *s)
{
    dh_ms t = s->progress.now;
    if (s->ninputs && s->inputs[s->ninputs - 1].in.t > t) t = s->inputs[s->ninputs - 1].in.t;
    return t;
}

int dh_session_catch_up(dh_session *s, dh_ms until)
{
    char err[512];
    dh_status st = dh_journal_replay(&s->journal, s->drill, until, err, sizeof err);
    if (st == DH_EINPUT) return dh_fail(2, "%s: %s", s->record_path, err);
    if (st) return dh_fail(1, "%s: %s", s->record_path, err);
    return 0;
}

void dh_session_note_progress(dh_session *s)
{
    if (!s->record || !s->journal.append) return;
    char err[256];
    /* best effort: inputs are what must be durable; progress only says how far
     * a drill with no inputs for a while had got */
    dh_record_set_progress(s->record, dh_drill_now(s->drill), dh_drill_ended(s->drill), err, sizeof err);
}

int dh_session_stopped(dh_session *s, dh_status st)
{
    char at[32];
    dh_time_format_clock(dh_drill_now(s->drill), at, sizeof at);
    if (s->record && s->journal.failed)
        return dh_fail(s->journal.append && s->journal.next >= s->journal.n ? 1 : 2,
                       dh_msg(A_STOPPED_AT), s->record_path, s->journal.why, at);
    if (st == DH_EIO)
        return dh_fail(1, dh_msg(A_INPUT_NOT_RECORDED), at);
    return dh_fail(1, "%s", dh_status_str(st));
}

int dh_session_default_record(const char *scenario_id, char *buf, size_t len)
{
    time_t now = time(NULL);
    struct tm tmv, *tm = localtime(&now);
    if (tm) tmv = *tm; else memset(&tmv, 0, sizeof tmv);
    if (mkdir("drills", 0777) != 0 && errno != EEXIST) return -1;
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tmv);
    /* two drills started in the same second get -2, -3, … */
    struct stat st;
    snprintf(buf, len, "drills/%s-%s.drill", scenario_id, stamp);
    for (int n = 2; stat(buf, &st) == 0 && n < 1000; n++)
        snprintf(buf, len, "drills/%s-%s-%d.drill", scenario_id, stamp, n);
    return 0;
}

int dh_session_start(dh_session *s)
{
    if (dh_drill_start(s->drill) ||
        dh_autoplay_attach(&s->autoplay, s->drill, s->bots,
                           s->responses.count || s->responses.nfeedback || s->responses.nanswers
                               ? &s->responses
                               : NULL))
        return dh_fail(1, dh_msg(E_NOMEM));
    s->autoplay.lang = s->bots_lang;
    return 0;
}

int dh_session_finish(dh_session *s, int ok)
{
    if (ok) dh_session_note_progress(s);
    if (!s->log_file) return 0;
    int failed = dh_eventlog_flush(&s->log);
    s->log_file = NULL;
    if (ok && !failed && dh_outfile_commit(&s->log_out) == 0) return 0;
    dh_outfile_abort(&s->log_out);
    if (ok) return dh_fail(1, dh_msg(A_LOG_NOT_WRITTEN), s->log_path);
    return 0;
}

void dh_session_close(dh_session *s)
{
    if (s->log_file) dh_session_finish(s, 0);
    dh_eventlog_free(&s->log);
    dh_autoplay_free(&s->autoplay);
    dh_drill_destroy(s->drill);
    dh_responses_free(&s->responses);
    dh_roster_free(&s->roster);
    dh_script_destroy(s->script);
    dh_record_close(s->record);
    dh_signer_free(s->signer);
    dh_record_inputs_free(s->inputs, s->ninputs);
    dh_record_header_free(&s->header);
    memset(s, 0, sizeof *s);
}
