/* dh_msel_cells.h — the cells of an MSEL sheet that hold a list: an option's
 * score ("contain=10; detect=5"), flags ("spread=true; mode=\"loud\"") and
 * triggers ("ransom-note after 20m; lateral"), and a decision's speed
 * ("full=5m; zero=15m; floor=0.5"). The importer checks them with these and
 * the Lua writer turns the checked cells into code with the same functions,
 * so what is written is what was checked. Private to engine/author. */
#ifndef DH_MSEL_CELLS_H
#define DH_MSEL_CELLS_H

#include <stddef.h>

#define DH_MSEL_ITEM_MAX 200   /* a key or value longer than this is refused */

typedef struct dh_msel_item {
    char key[DH_MSEL_ITEM_MAX + 1];
    char value[DH_MSEL_ITEM_MAX + 1];
    int has_value;             /* key=value (or "id after 20m" for triggers) */
} dh_msel_item;

/* Calls fn for each item of cell, split at ';' and then at the first '='
 * (triggers: at " after "), both sides trimmed. Empty items are skipped.
 * Stops when fn returns non-zero and returns that; -1 for an item too long. */
typedef int (*dh_msel_item_fn)(void *ud, const dh_msel_item *it);
int dh_msel_each_item(const char *cell, int triggers, dh_msel_item_fn fn, void *ud);

/* A flag value as written: 1 true, 2 false, 3 a number (*num), 4 a string
 * (*str points inside value, *len long: the text between the quotes, or the
 * whole value when it is not quoted). */
int dh_msel_flag_value(const char *value, double *num, const char **str, size_t *len);
/* A number of points: finite, |v| <= 1e9, nothing after it. 1 when it is. */
int dh_msel_points(const char *value, double *out);

#endif
