/* dh_replay.c — a recorded drill at any moment, for instant replay. */
#include "dh_replay.h"

#include <string.h>

static int rebuild(dh_replay *p)
{
    if (p->open) dh_session_close(&p->s);
    p->open = 1;
    int rc = dh_session_open(&p->s, &p->o);
    if (!rc) rc = dh_session_start(&p->s);
    if (!rc) p->end = dh_session_recorded_now(&p->s);
    return rc;
}

int dh_replay_open(dh_replay *p, const char *path, const char *lang)
{
    memset(p, 0, sizeof *p);
    p->o.from = path;
    p->o.lang = lang;
    return rebuild(p);
}

int dh_replay_seek(dh_replay *p, dh_ms t)
{
    if (t < 0) t = 0;
    if (t > p->end) t = p->end;
    int rc = t < dh_drill_now(p->s.drill) ? rebuild(p) : 0;
    if (!rc && t > dh_drill_now(p->s.drill)) rc = dh_session_catch_up(&p->s, t);
    return rc;
}

void dh_replay_close(dh_replay *p)
{
    if (p->open) dh_session_close(&p->s);
    p->open = 0;
}
