/* dh_server_refs.c — exactly once: each (who, ref) an input arrived with and the
 * input number it was recorded as, so a station's retry is acknowledged, not
 * applied again. */
#include "dh_server_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "t:TEAM|REF" for a team's choice, "e:NAME|REF" for an evaluator's input. */
int dh_server_ref_key(const dh_drill *d, const dh_input *in, char *out, size_t n)
{
    if (!in->ref) return 0;
    if ((in->kind == DH_IN_CHOICE || in->kind == DH_IN_ANSWER) && in->team >= 0)
        snprintf(out, n, "t:%s|%s", dh_drill_roster(d)->teams[in->team].id, in->ref);
    else
        snprintf(out, n, "e:%s|%s", in->by ? in->by : "", in->ref);
    return 1;
}

int64_t dh_server_ref_find(const dh_server *s, const char *key)
{
    for (size_t i = s->nrefs; i-- > 0;)
        if (!strcmp(s->refs[i].key, key)) return s->refs[i].input;
    return 0;
}

dh_status dh_server_note_input(dh_server *s, const dh_input *in, int64_t input)
{
    char key[1200];
    if (!dh_server_ref_key(s->drill, in, key, sizeof key)) return DH_OK;
    if (dh_server_ref_find(s, key)) return DH_OK;
    if (s->nrefs == s->caprefs) {
        size_t cap = s->caprefs ? s->caprefs * 2 : 64;
        refkey *nr = realloc(s->refs, cap * sizeof *nr);
        if (!nr) return DH_ENOMEM;
        s->refs = nr;
        s->caprefs = cap;
    }
    s->refs[s->nrefs].key = dh_strdup(key);
    if (!s->refs[s->nrefs].key) return DH_ENOMEM;
    s->refs[s->nrefs++].input = input;
    return DH_OK;
}
