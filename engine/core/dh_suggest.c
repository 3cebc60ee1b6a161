/* dh_suggest.c — the known name closest to a misspelt one. */
#include "dh_suggest.h"

#include <string.h>

#define FAR 1000

int dh_suggest_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > DH_SUGGEST_MAX || m > DH_SUGGEST_MAX) return FAR;
    /* three rows of the optimal-string-alignment table */
    int r0[DH_SUGGEST_MAX + 1], r1[DH_SUGGEST_MAX + 1], r2[DH_SUGGEST_MAX + 1];
    int *pp = r0, *p = r1, *c = r2;
    for (size_t j = 0; j <= m; j++) p[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        c[0] = (int)i;
        for (size_t j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = p[j] + 1;
            if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
            if (p[j - 1] + cost < v) v = p[j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1;
            c[j] = v;
        }
        int *t = pp;
        pp = p;
        p = c;
        c = t;
    }
    return p[m];
}

void dh_suggest_init(dh_suggest *s, const char *word)
{
    s->word = word;
    s->best = NULL;
    s->distance = FAR;
}

void dh_suggest_offer(dh_suggest *s, const char *name)
{
    if (!name || !s->word || !strcmp(name, s->word)) return;
    size_t n = strlen(s->word);
    /* one or two letters hold too little to guess from */
    int limit = n < 3 ? 0 : (int)(n + 2) / 3;
    if (limit > 3) limit = 3;
    int d = dh_suggest_distance(s->word, name);
    if (d <= limit && d < s->distance) {
        s->best = name;
        s->distance = d;
    }
}
