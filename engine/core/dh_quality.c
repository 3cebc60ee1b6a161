/* dh_quality.c — the one rule for an answer's quality. */
#include "dh_quality.h"

dh_quality dh_quality_of(const dh_decision *dec, int option)
{
    if (option < 0 || (size_t)option >= dec->noptions) return DH_Q_NONE;
    int best = dh_decision_best_option(dec);
    /* the best option is good even when it is worth nothing: no answer did better */
    if (option == best) return DH_Q_GOOD;
    int64_t pts = dec->options[option].total, top = dec->options[best].total;
    if (pts >= top) return DH_Q_GOOD;
    return pts <= 0 ? DH_Q_POOR : DH_Q_MIXED;
}
