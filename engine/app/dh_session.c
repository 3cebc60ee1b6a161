/* dh_session.c — loading a drill's inputs and wiring the drill. */
#include "dh_session.h"
#include "dh_args.h"
#include "dh_text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void dh_print_diags(const dh_diags *d)
{
    char buf[2048];
    for (size_t i = 0; i < d->count; i++) {
        dh_diag_format(&d->items[i], buf, sizeof buf);
        fprintf(stderr, "drillhall: %s\n", buf);
    }
    size_t shown = d->count, total = d->errors + d->warnings;
    if (total > shown) fprintf(stderr, "drillhall: … and %zu more\n", total - shown);
}

int dh_lang_choose(const char *opt, dh_lang *out)
{
    if (opt) {
        int l = dh_lang_parse(opt);
        if (l < 0) return dh_fail(2, "--lang %s: use en or vi", opt);
        *out = (dh_lang)l;
        return 0;
    }
    static const char *const vars[] = {"DRILLHALL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"};
    *out = DH_LANG_EN;
    for (size_t i = 0; i < 4; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            *out = !strncmp(v, "vi", 2) ? DH_LANG_VI : DH_LANG_EN;
            break;
        }
    }
    return 0;
}

int dh_session_open(dh_session *s, const dh_session_opts *o)
{
    memset(s, 0, sizeof *s);
    dh_roster_init(&s->roster);
    int rc = dh_lang_choose(o->lang, &s->lang);
    if (rc) return rc;
    unsigned long long v = 1;
    if (o->seed && dh_parse_u64(o->seed, &v))
        return dh_fail(2, "--seed %s: expected a whole number", o->seed);
    s->seed = v;
    s->bots = DH_BOT_NONE;
    if (o->bots) {
        int p = dh_bot_policy_parse(o->bots);
        if (p < 0) return dh_fail(2, "--bots %s: use best, worst, random or first", o->bots);
        s->bots = (dh_bot_policy)p;
    }
    if (o->roster && o->teams) return dh_fail(2, "give --roster or --teams, not both");
    if (o->log && !*o->log) return dh_fail(2, "--log needs a file name");

    dh_diags diags;
    dh_diags_init(&diags);
    s->script = dh_script_create(NULL, s->seed);
    if (!s->script) return dh_fail(1, "out of memory");
    dh_status st = dh_script_load(s->script, o->scenario, &s->sc, &diags);
    if (st == DH_OK) {
        if (o->roster) {
            st = dh_roster_load(&s->roster, o->roster, &diags);
        } else {
            unsigned long long n = 6;
            if (o->teams && (dh_parse_u64(o->teams, &n) || n < 1 || n > DH_MAX_TEAMS)) {
                dh_diags_free(&diags);
                return dh_fail(2, "--teams %s: expected a number from 1 to %d", o->teams,
                               DH_MAX_TEAMS);
            }
            st = dh_roster_generate(&s->roster, (size_t)n);
        }
    }
    if (st == DH_OK && o->responses)
        st = dh_responses_load(&s->responses, o->responses, s->sc, &s->roster, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (st == DH_ENOMEM) return dh_fail(1, "out of memory");
    if (st) return 2;

    dh_drill_config cfg = {s->sc, &s->roster, s->seed, dh_script_iface_for(s->script)};
    s->drill = dh_drill_create(&cfg);
    if (!s->drill) return dh_fail(1, "out of memory");

    if (o->log) {
        size_t n = strlen(o->log) + 5;
        s->log_tmp = malloc(n);
        if (!s->log_tmp) return dh_fail(1, "out of memory");
        snprintf(s->log_tmp, n, "%s.tmp", o->log);
        s->log_file = fopen(s->log_tmp, "wb");
        if (!s->log_file) return dh_fail(2, "%s: cannot write: %s", o->log, strerror(errno));
        s->log_path = o->log;
        dh_eventlog_init(&s->log, s->log_file);
        dh_drill_add_sink(s->drill, dh_eventlog_sink, &s->log);
    }
    return 0;
}

int dh_session_start(dh_session *s)
{
    if (dh_drill_start(s->drill) ||
        dh_autoplay_attach(&s->autoplay, s->drill, s->bots,
                           s->responses.count ? &s->responses : NULL))
        return dh_fail(1, "out of memory");
    return 0;
}

int dh_session_finish(dh_session *s, int ok)
{
    if (!s->log_file) return 0;
    int failed = dh_eventlog_flush(&s->log);
    failed |= fclose(s->log_file) != 0;
    s->log_file = NULL;
    if (ok && !failed && rename(s->log_tmp, s->log_path) == 0) return 0;
    remove(s->log_tmp);
    if (ok) return dh_fail(1, "%s: could not write the log", s->log_path);
    return 0;
}

void dh_session_close(dh_session *s)
{
    if (s->log_file) dh_session_finish(s, 0);
    dh_eventlog_free(&s->log);
    free(s->log_tmp);
    dh_autoplay_free(&s->autoplay);
    dh_drill_destroy(s->drill);
    dh_responses_free(&s->responses);
    dh_roster_free(&s->roster);
    dh_script_destroy(s->script);
    memset(s, 0, sizeof *s);
}
