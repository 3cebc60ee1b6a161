/* dh_session.h — what every drill-running command sets up the same way:
 * scenario (sandboxed script), roster, responses, seed, bots, language, log.
 *
 * dh_session_open reads and checks every input before anything starts, so a bad
 * file stops the command with `file:line: message` and exit 2 before any output
 * file is created. */
#ifndef DH_SESSION_H
#define DH_SESSION_H

#include "dh_autoplay.h"
#include "dh_drill.h"
#include "dh_eventlog.h"
#include "dh_script.h"

#include <stdio.h>

typedef struct dh_session_opts {
    const char *scenario;
    const char *roster;     /* or NULL */
    const char *teams;      /* or NULL; default 6 teams when neither is given */
    const char *responses;  /* or NULL */
    const char *seed;       /* or NULL (1) */
    const char *bots;       /* or NULL (none) */
    const char *lang;       /* or NULL (from the environment) */
    const char *log;        /* or NULL; written to LOG.tmp and renamed when complete */
} dh_session_opts;

typedef struct dh_session {
    dh_script *script;
    dh_scenario *sc;        /* owned by script */
    dh_roster roster;
    dh_responses responses;
    uint64_t seed;
    dh_bot_policy bots;
    dh_lang lang;
    dh_drill *drill;
    dh_autoplay autoplay;
    const char *log_path;
    char *log_tmp;
    FILE *log_file;
    dh_eventlog log;
} dh_session;

/* Loads and checks every input and creates the drill (not started). Returns an
 * exit status: 0, or 2 (bad input, already printed) or 1. */
int dh_session_open(dh_session *s, const dh_session_opts *o);
/* Starts the drill and schedules responses and bots. */
int dh_session_start(dh_session *s);
/* Completes the log (rename into place) when ok; removes the partial log when not.
 * Returns 0 or 1 (log could not be written). */
int dh_session_finish(dh_session *s, int ok);
void dh_session_close(dh_session *s);

/* Prints every diagnostic as "drillhall: file:line: message". */
void dh_print_diags(const dh_diags *d);
/* --lang, else DRILLHALL_LANG, LC_ALL, LC_MESSAGES, LANG ("vi…" → Vietnamese). */
int dh_lang_choose(const char *opt, dh_lang *out);

#endif
