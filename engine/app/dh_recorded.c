/* dh_recorded.c — rebuilding recorded drills for replay and reports. */
#include "dh_recorded.h"
#include "dh_msg.h"
#include "dh_output.h"

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
