/* dh_recorded.c — rebuilding recorded drills for replay and reports. */
#include "dh_recorded.h"
#include "dh_msg.h"
#include "dh_output.h"
#include "dh_roster_csv.h"

#include <stdio.h>
#include <string.h>

int dh_recorded_rebuild(dh_session *s, const dh_session_opts *o, dh_ms until)
{
    int rc = dh_session_open(s, o);
    if (!rc) rc = dh_session_start(s);
    if (!rc) {
        dh_ms end = dh_session_recorded_now(s);
        rc = dh_session_catch_up(s, until < end ? until : end);
    }
    return rc;
}

int dh_recorded_open(dh_session *s, const char *path, const char *lang, const char *key,
                     int unverified, dh_report_meta *meta)
{
    dh_session_opts o = {0};
    o.from = path;
    o.lang = lang;
    o.verify = 1;
    o.key = key;
    o.unverified = unverified;
    int rc = dh_recorded_rebuild(s, &o, DH_MS_NEVER);
    if (rc) return rc;
    memset(meta, 0, sizeof *meta);
    const char *base = strrchr(path, '/');
    meta->source = base ? base + 1 : path;
    meta->created_us = s->header.created_us;
    meta->fingerprint = s->verified.head;
    if (s->verified.problem) {
        meta->unverified = s->verified.what;
        dh_term_printf(stderr, dh_msg(A_NOT_VERIFIED), path, s->verified.what);
    }
    meta->engine_version = s->header.engine_version;
    meta->lang = s->lang;
    return 0;
}

int dh_recorded_bracket_names(dh_session *s, const char *path)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_roster given;
    dh_status st = dh_roster_load(&given, path, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (st) return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    for (size_t b = 0; b < given.nbrackets && !st; b++) {
        const char *name = dh_roster_bracket_name(&given, b);
        if (name == given.brackets[b]) continue; /* not named */
        for (size_t k = 0; k < s->roster.nbrackets && !st; k++)
            if (!strcmp(s->roster.brackets[k], given.brackets[b]))
                st = dh_roster_set_bracket_name(&s->roster, k, name);
    }
    dh_roster_free(&given);
    return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 0;
}
