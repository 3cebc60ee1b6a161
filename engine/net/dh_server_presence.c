/* dh_server_presence.c — presence: how many team stations are online per team
 * and since when, and telling the evaluators and observers when that changes. */
#include "dh_server_impl.h"

static void presence_changed(dh_server *s)
{
    for (conn *c = s->conns; c; c = c->next) {
        const principal *p = dh_server_who(s, c);
        if (p && p->role != DH_ROLE_TEAM && c->ready_sent) {
            c->presence_due = 1;
            dh_server_wake(c);
        }
    }
}

void dh_server_count_in(dh_server *s, conn *c, int delta)
{
    const principal *p = dh_server_who(s, c);
    if (!p || p->role != DH_ROLE_TEAM || p->nteams != 1) return;
    int t = p->teams[0];
    int before = s->online[t];
    s->online[t] += delta;
    if ((before > 0) != (s->online[t] > 0)) s->since[t] = s->now_ms;
    presence_changed(s);
}

dh_presence dh_server_presence(const dh_server *s, int team)
{
    dh_presence p = {0, 0};
    if (team >= 0 && (size_t)team < dh_drill_team_count(s->drill)) {
        p.online = s->online[team];
        p.since_ms = s->since[team];
    }
    return p;
}

size_t dh_server_station_count(const dh_server *s) { return s->nstations; }
