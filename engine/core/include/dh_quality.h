/* dh_quality.h — how good an answer was, and the shares that decide it.
 *
 * The console marks each answered decision good, mixed or poor; the report tags
 * it best or other and turns the shares of teams into findings. Both read the
 * rule and the thresholds from here, so a facilitator and the report never
 * disagree about the same answer.
 *
 * The rule: an answer is judged by the option chosen, before the timeliness
 * factor. Lateness already costs points (dh_speed_factor) and shows as time to
 * decide; counting it again would call a late best answer "mixed" on the console
 * while the report, rightly, says the team chose the best option. */
#ifndef DH_QUALITY_H
#define DH_QUALITY_H

#include "dh_scenario.h"

#include <stdint.h>

/* A threshold as a fraction, compared in integers (no rounding at the edge). */
typedef struct dh_share {
    int64_t num, den;
} dh_share;

/* ¾: the share of teams that must choose the best option for a strength. */
#define DH_SHARE_GOOD ((dh_share){3, 4})
/* ½: below it, too few teams chose the best option; over it of the window, the
 * teams were slow. */
#define DH_SHARE_HALF ((dh_share){1, 2})
/* ¼: this share of teams missing the deadline is an area for improvement. */
#define DH_SHARE_QUARTER ((dh_share){1, 4})

/* part ≥ share of whole. Operands up to 2^60 (points, ms) do not overflow. */
static inline int dh_share_reached(int64_t part, int64_t whole, dh_share s)
{
    return part * s.den >= whole * s.num;
}
/* part > share of whole. */
static inline int dh_share_over(int64_t part, int64_t whole, dh_share s)
{
    return part * s.den > whole * s.num;
}

/* How an answered decision went for a team, relative to the scenario's options. */
typedef enum dh_quality {
    DH_Q_NONE = 0,   /* not answered (closed, open or expired) */
    DH_Q_GOOD,       /* the best option (or one worth as much): the report's "best option" */
    DH_Q_MIXED,      /* some points, less than the best */
    DH_Q_POOR        /* no points or fewer than zero */
} dh_quality;

/* The quality of choosing `option` in `dec` (DH_Q_NONE when option < 0). The
 * console's green mark, the report's "best option" tag, its counts of teams that
 * chose the best, the strengths drawn from them and the guide's grades all ask
 * this one function. */
dh_quality dh_quality_of(const dh_decision *dec, int option);

/* How decision dec bears on objective o: 0 not at all, else 1, and *met set
 * to whether `option` (chosen; -1 for none) meets it. A decision that names
 * the objective is met by any good answer (dh_quality_of): every option worth
 * as much as the best, not only the first of them. */
int dh_decision_evidences(const dh_decision *dec, int o, int option, int *met);

#endif
