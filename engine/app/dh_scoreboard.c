/* dh_scoreboard.c — terminal scoreboard. Columns are sized by code points, so
 * Vietnamese names line up in a UTF-8 terminal. */
#include "dh_scoreboard.h"
#include "dh_output.h"
#include "dh_buf.h"
#include "dh_rank.h"
#include "dh_text.h"

#include <stdlib.h>
#include <string.h>

int dh_scoreboard_print(FILE *f, const dh_drill *d, dh_lang lang)
{
    const dh_scenario *sc = d->sc;
    dh_ranking rk;
    if (dh_rank_compute(d, &rk)) return -1;
    size_t ncol = 4 + d->ncat + 2;
    size_t *w = calloc(ncol, sizeof *w);
    const char **head = calloc(ncol, sizeof *head);
    if (!w || !head) {
        free(w);
        free(head);
        dh_ranking_free(&rk);
        return -1;
    }
    int vi = lang == DH_LANG_VI;
    head[0] = "#";
    head[1] = vi ? "Đội" : "Team";
    head[2] = vi ? "Nhóm" : "Bracket";
    head[3] = "#";
    for (size_t c = 0; c < d->ncat; c++) head[4 + c] = dh_text_get(&sc->categories[c].name, lang);
    head[4 + d->ncat] = vi ? "Tổng" : "Total";
    head[5 + d->ncat] = vi ? "Thời gian quyết định" : "Decision time";
    for (size_t i = 0; i < ncol; i++) w[i] = dh_utf8_len(head[i]);

    char cell[64];
    for (size_t i = 0; i < d->nteams; i++) {
        const dh_team_info *t = &d->roster->teams[i];
        size_t n = dh_utf8_len(t->name);
        if (n > w[1]) w[1] = n;
        if ((n = dh_utf8_len(t->bracket)) > w[2]) w[2] = n;
        for (size_t c = 0; c < d->ncat; c++) {
            dh_fmt_tenths(cell, sizeof cell, dh_drill_points(d, (int)i, (int)c),
                          DH_TENTHS_KEEP_ZERO);
            if (strlen(cell) > w[4 + c]) w[4 + c] = strlen(cell);
        }
        dh_fmt_tenths(cell, sizeof cell, d->totals[i], DH_TENTHS_KEEP_ZERO);
        if (strlen(cell) > w[4 + d->ncat]) w[4 + d->ncat] = strlen(cell);
    }
    snprintf(cell, sizeof cell, "%zu", d->nteams);
    if (strlen(cell) > w[0]) w[0] = strlen(cell);
    if (strlen(cell) > w[3]) w[3] = strlen(cell);
    if (w[5 + d->ncat] < 8) w[5 + d->ncat] = 8;

    dh_buf b;
    dh_buf_init(&b);
    char when[32];
    dh_time_format_clock(d->now, when, sizeof when);
    dh_buf_printf(&b, "%s — %s (%s, %zu %s)\n\n", dh_text_get(&sc->title, lang),
                  vi ? "bảng điểm" : "scoreboard", when, d->nteams, vi ? "đội" : "teams");
    for (size_t i = 0; i < ncol; i++) {
        if (i) dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, head[i], w[i], i == 0 || i == 3 || i >= 4);
    }
    dh_buf_addc(&b, '\n');
    for (size_t r = 0; r < d->nteams; r++) {
        int ti = rk.order[r];
        const dh_team_info *t = &d->roster->teams[ti];
        snprintf(cell, sizeof cell, "%d", rk.rank[ti]);
        dh_buf_add_padded(&b, cell, w[0], 1);
        dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, t->name, w[1], 0);
        dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, t->bracket, w[2], 0);
        dh_buf_adds(&b, "  ");
        snprintf(cell, sizeof cell, "%d", rk.bracket_rank[ti]);
        dh_buf_add_padded(&b, cell, w[3], 1);
        for (size_t c = 0; c < d->ncat; c++) {
            dh_buf_adds(&b, "  ");
            dh_fmt_tenths(cell, sizeof cell, dh_drill_points(d, ti, (int)c),
                          DH_TENTHS_KEEP_ZERO);
            dh_buf_add_padded(&b, cell, w[4 + c], 1);
        }
        dh_buf_adds(&b, "  ");
        dh_fmt_tenths(cell, sizeof cell, d->totals[ti], DH_TENTHS_KEEP_ZERO);
        dh_buf_add_padded(&b, cell, w[4 + d->ncat], 1);
        dh_buf_adds(&b, "  ");
        dh_time_format(d->decision_time[ti], cell, sizeof cell);
        dh_buf_add_padded(&b, cell, w[5 + d->ncat], 1);
        dh_buf_addc(&b, '\n');
    }
    int rc = b.failed || dh_term_write(f, b.data, b.len) ? -1 : 0;
    dh_buf_free(&b);
    free(w);
    free(head);
    dh_ranking_free(&rk);
    return rc;
}
