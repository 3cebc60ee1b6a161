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
#include "dh_outfile.h"
#include "dh_journal.h"
#include "dh_record.h"
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
    const char *log;        /* or NULL; written to a temporary beside it, renamed when complete */
    const char *record;     /* or NULL; a new .drill file that records every input */
    /* or NULL; a .drill file to rebuild the drill from (scenario text, roster,
     * seed, bots, responses come from it; `scenario` must be NULL; `roster`,
     * `teams`, `seed`, `bots` and `responses`, when given, must match the record) */
    const char *from;
    int resume;             /* with `from`: continue recording into it */
    /* or NULL; a signing key (drillhall keygen) that signs the record as it is
     * written; without it, DRILLHALL_SIGNING_KEY names one */
    const char *sign;
    /* with `from`: walk the record's chain before anything of it runs; a record
     * that fails is refused (exit 1) unless `unverified`, which goes on and
     * leaves the problem in s->verified */
    int verify, unverified;
    const char *key;        /* or NULL; with `verify`: the .pub it must be signed by */
    int default_record;     /* without `record`: record to drills/<scenario>-<date>-<time>.drill */
} dh_session_opts;

/* The flags run and resume share, as dh_opt entries (dh_args.h) filling `o`;
 * log_help and sign_help say what --log and --sign do for that command. */
#define DH_SESSION_OPTS(o, log_help, sign_help)                                              \
    {"--bots", DH_OPT_STRING, &(o).bots, "POLICY", H_BOTS},                                  \
        {"--teams", DH_OPT_STRING, &(o).teams, "N", H_TEAMS},                                \
        {"--roster", DH_OPT_INPUT, &(o).roster, "FILE.csv", H_ROSTER},                       \
        {"--responses", DH_OPT_INPUT, &(o).responses, "FILE.csv", H_RESPONSES},              \
        {"--seed", DH_OPT_STRING, &(o).seed, "S", H_SEED},                                   \
        {"--log", DH_OPT_OUTPUT, &(o).log, "FILE.jsonl", log_help},                          \
        {"--lang", DH_OPT_STRING, &(o).lang, "en|vi", H_RUN_LANG},                           \
        {"--sign", DH_OPT_INPUT, &(o).sign, "FILE.key", sign_help}

typedef struct dh_session {
    dh_script *script;
    dh_scenario *sc;        /* owned by script */
    dh_roster roster;
    dh_responses responses;
    uint64_t seed;
    dh_bot_policy bots;
    dh_lang lang;
    dh_lang bots_lang;      /* the drill's own language: what `longest` measures */
    dh_drill *drill;
    dh_autoplay autoplay;
    const char *log_path;
    dh_outfile log_out;     /* the log being written (log_out.f), or nothing */
    FILE *log_file;         /* log_out.f while the log is open */
    dh_eventlog log;
    dh_record *record;      /* the .drill file being written or read, or NULL */
    const char *record_path;
    char default_record[512];
    dh_record_header header;     /* with `from` */
    dh_record_input *inputs; size_t ninputs;
    dh_record_progress progress; /* with `from`: where the recorded drill stopped */
    dh_journal journal;
    dh_signer *signer;      /* signs the record being written, or NULL */
    dh_verify_result verified; /* with opts.verify: what verifying the record found */
} dh_session;

/* Loads and checks every input and creates the drill (not started). Returns an
 * exit status: 0, or 2 (bad input, already printed) or 1. */
int dh_session_open(dh_session *s, const dh_session_opts *o);
/* Starts the drill and schedules responses and bots. */
int dh_session_start(dh_session *s);
/* With `from`: replays the recorded inputs up to `until` (the recorded drill's
 * last time for a resume). Returns 0, or 2 when the record does not reproduce
 * (printed), or 1. */
int dh_session_catch_up(dh_session *s, dh_ms until);
/* The exercise time a recorded drill had reached (last input or progress note). */
dh_ms dh_session_recorded_now(const dh_session *s);
/* Notes in the record how far the drill got; a no-op without a record. */
void dh_session_note_progress(dh_session *s);
/* Reports why a drill stopped early (`advance` returned st); returns 1 or 2. */
int dh_session_stopped(dh_session *s, dh_status st);
/* "drills/<scenario>-<YYYYMMDD>-<HHMMSS>.drill" (local time), creating drills/.
 * Returns 0, or -1 when the directory cannot be made. */
int dh_session_default_record(const char *scenario_id, char *buf, size_t len);

/* Completes the log (rename into place) when ok; removes the partial log when not.
 * Returns 0 or 1 (log could not be written). */
int dh_session_finish(dh_session *s, int ok);
void dh_session_close(dh_session *s);

/* Prints every diagnostic as "drillhall: file:line: message". */
void dh_print_diags(const dh_diags *d);
/* --lang, else DRILLHALL_LANG, LC_ALL, LC_MESSAGES, LANG ("vi_VN.UTF-8" → vi): any language
 * catalog.tsv has a column for; English otherwise. */
int dh_lang_choose(const char *opt, dh_lang *out);

#endif
