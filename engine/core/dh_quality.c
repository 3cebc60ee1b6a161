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

static int names(const int *v, size_t n, int o)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == o) return 1;
    return 0;
}

int dh_decision_evidences(const dh_decision *dec, int o, int option, int *met)
{
    int by_options = 0;
    for (size_t j = 0; j < dec->noptions && !by_options; j++)
        by_options = names(dec->options[j].objectives, dec->options[j].nobjectives, o);
    if (!by_options && !names(dec->objectives, dec->nobjectives, o)) return 0;
    if (by_options)
        *met = option >= 0 && (size_t)option < dec->noptions &&
               names(dec->options[option].objectives, dec->options[option].nobjectives, o);
    else
        *met = dh_quality_of(dec, option) == DH_Q_GOOD; /* any best answer, as the console says */
    return 1;
}
