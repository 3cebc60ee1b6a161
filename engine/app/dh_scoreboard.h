/* dh_scoreboard.h — the final scoreboard as a terminal table. */
#ifndef DH_SCOREBOARD_H
#define DH_SCOREBOARD_H

#include "dh_drill.h"

#include <stdio.h>

/* Rank, team, bracket (with rank in bracket), points per category, total and
 * total time to decide, best first. Category names in `lang`. Returns 0 or -1. */
int dh_scoreboard_print(FILE *f, const dh_drill *d, dh_lang lang);

#endif
