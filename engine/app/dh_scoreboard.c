/* dh_scoreboard.c — terminal scoreboard. Columns are sized by code points, so
 * Vietnamese names line up in a UTF-8 terminal. */
#include "dh_scoreboard.h"
#include "dh_output.h"
#include "dh_buf.h"
#include "dh_msg.h"
#include "dh_rank.h"
#include "dh_text.h"

#include <stdlib.h>
#include <string.h>

int dh_scoreboard_print(FILE *f, const dh_drill *d, dh_lang lang)
{
    size_t ncat = dh_drill_category_count(d);
    size_t nteams = dh_drill_team_count(d);
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_ranking rk;
    if (dh_rank_compute(d, &rk)) return -1;
    size_t ncol = 4 + ncat + 2;
    size_t *w = calloc(ncol, sizeof *w);
    const char **head = calloc(ncol, sizeof *head);
    if (!w || !head) {
        free(w);
        free(head);
        dh_ranking_free(&rk);
        return -1;
    }
    head[0] = "#";
    head[1] = dh_tr(lang, R_TEAM);
    head[2] = dh_tr(lang, R_BRACKET);
    head[3] = "#";
    for (size_t c = 0; c < ncat; c++) head[4 + c] = dh_text_get(&sc->categories[c].name, lang);
    head[4 + ncat] = dh_tr(lang, R_TOTAL);
    head[5 + ncat] = dh_tr(lang, R_DECISION_TIME);
    for (size_t i = 0; i < ncol; i++) w[i] = dh_utf8_len(head[i]);

    char cell[64];
    for (size_t i = 0; i < nteams; i++) {
        const dh_team_info *t = &dh_drill_roster(d)->teams[i];
        size_t n = dh_utf8_len(t->name);
        if (n > w[1]) w[1] = n;
        if ((n = dh_utf8_len(t->bracket)) > w[2]) w[2] = n;
        for (size_t c = 0; c < ncat; c++) {
            dh_fmt_tenths(cell, sizeof cell, dh_drill_points(d, (int)i, (int)c),
                          DH_TENTHS_KEEP_ZERO);
            if (strlen(cell) > w[4 + c]) w[4 + c] = strlen(cell);
        }
        dh_fmt_tenths(cell, sizeof cell, dh_drill_team_total(d, i), DH_TENTHS_KEEP_ZERO);
        if (strlen(cell) > w[4 + ncat]) w[4 + ncat] = strlen(cell);
    }
    snprintf(cell, sizeof cell, "%zu", nteams);
    if (strlen(cell) > w[0]) w[0] = strlen(cell);
    if (strlen(cell) > w[3]) w[3] = strlen(cell);
    if (w[5 + ncat] < 8) w[5 + ncat] = 8;

    dh_buf b;
    dh_buf_init(&b);
    char when[32];
    dh_time_format_clock(dh_drill_now(d), when, sizeof when);
    dh_buf_printf(&b, "%s — %s (%s, %zu %s)\n\n", dh_text_get(&sc->title, lang),
                  dh_tr(lang, A_SCOREBOARD), when, nteams, dh_tr(lang, S_TEAMS));
    for (size_t i = 0; i < ncol; i++) {
        if (i) dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, head[i], w[i], i == 0 || i == 3 || i >= 4);
    }
    dh_buf_addc(&b, '\n');
    for (size_t r = 0; r < nteams; r++) {
        int ti = rk.order[r];
        const dh_team_info *t = &dh_drill_roster(d)->teams[ti];
        snprintf(cell, sizeof cell, "%d", rk.rank[ti]);
        dh_buf_add_padded(&b, cell, w[0], 1);
        dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, t->name, w[1], 0);
        dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, t->bracket, w[2], 0);
        dh_buf_adds(&b, "  ");
        snprintf(cell, sizeof cell, "%d", rk.bracket_rank[ti]);
        dh_buf_add_padded(&b, cell, w[3], 1);
        for (size_t c = 0; c < ncat; c++) {
            dh_buf_adds(&b, "  ");
            dh_fmt_tenths(cell, sizeof cell, dh_drill_points(d, ti, (int)c),
                          DH_TENTHS_KEEP_ZERO);
            dh_buf_add_padded(&b, cell, w[4 + c], 1);
        }
        dh_buf_adds(&b, "  ");
        dh_fmt_tenths(cell, sizeof cell, dh_drill_team_total(d, ti), DH_TENTHS_KEEP_ZERO);
        dh_buf_add_padded(&b, cell, w[4 + ncat], 1);
        dh_buf_adds(&b, "  ");
        dh_time_format(dh_drill_decision_time(d, ti), cell, sizeof cell);
        dh_buf_add_padded(&b, cell, w[5 + ncat], 1);
        dh_buf_addc(&b, '\n');
    }
    int rc = b.failed || dh_term_write(f, b.data, b.len) ? -1 : 0;
    dh_buf_free(&b);
    free(w);
    free(head);
    dh_ranking_free(&rk);
    return rc;
}
