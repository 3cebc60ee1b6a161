/* dh_suggest.h — "did you mean": the known name closest to a misspelt one.
 *
 * An author who writes "acount-action" for "account-action" should read the
 * right id in the error, not hunt for it. The caller offers every known name in
 * turn; the closest one within a small edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours, about one edit per three letters)
 * is kept. Nothing is allocated: names longer than DH_SUGGEST_MAX are skipped. */
#ifndef DH_SUGGEST_H
#define DH_SUGGEST_H

#include <stddef.h>

#define DH_SUGGEST_MAX 64

typedef struct dh_suggest {
    const char *word;   /* borrowed: the name that was not found */
    const char *best;   /* borrowed from the offers; NULL when none is close */
    int distance;       /* of best */
} dh_suggest;

void dh_suggest_init(dh_suggest *s, const char *word);
/* Considers `name` (borrowed; it must outlive s->best's use). Ties keep the
 * first offered, so the answer does not depend on anything but the order. */
void dh_suggest_offer(dh_suggest *s, const char *name);
/* Edit distance (optimal string alignment) of a and b; a large number when
 * either is longer than DH_SUGGEST_MAX. */
int dh_suggest_distance(const char *a, const char *b);

#endif
