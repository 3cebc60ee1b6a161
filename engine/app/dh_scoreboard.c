/* dh_scoreboard.c — terminal scoreboard. Columns are sized by code points, so
 * Vietnamese names line up in a UTF-8 terminal. */
#include "dh_scoreboard.h"
#include "dh_output.h"
#include "dh_buf.h"
#include "dh_msg.h"
#include "dh_rank.h"
#include "dh_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Tenths with the zero kept ("55.0", "-2.5"), as dh_fmt_tenths(..., KEEP_ZERO)
 * writes them, without a printf per cell: a 100,000-team board has 900,000 of
 * them. Returns the length; out holds at least 32 bytes. */
static size_t tenths_cell(char *out, int64_t milli)
{
    /* the same rounding as dh_fmt_tenths: split first, so nothing overflows */
    int64_t tenths = milli / 100, rest = milli % 100;
    if (rest >= 50) tenths++;
    if (rest <= -50) tenths--;
    uint64_t u = tenths < 0 ? (uint64_t)0 - (uint64_t)tenths : (uint64_t)tenths;
    char rev[24];
    size_t n = 0, k = 0;
    rev[n++] = (char)('0' + u % 10);
    rev[n++] = '.';
    u /= 10;
    do rev[n++] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (tenths < 0) out[k++] = '-';
    while (n) out[k++] = rev[--n];
    out[k] = 0;
    return k;
}

static size_t int_cell(char *out, size_t v)
{
    char rev[24];
    size_t n = 0, k = 0;
    do rev[n++] = (char)('0' + v % 10); while ((v /= 10) != 0);
    while (n) out[k++] = rev[--n];
    out[k] = 0;
    return k;
}

/* A name or title inside a line: a newline or CR in it is shown (\x0a), never
 * a line of its own that could pass for a row or a message. */
static void add_field(dh_buf *b, const char *s, size_t n)
{
    if (dh_text_has_controls(s, n, DH_ESC_KEEP_TAB))
        dh_text_escape_controls(b, s, n, DH_ESC_KEEP_TAB);
    else
        dh_buf_add(b, s, n);
}

/* s (n bytes, `len` columns wide) padded to `width` columns */
static void add_padded(dh_buf *b, const char *s, size_t n, size_t len, size_t width,
                       int right_align)
{
    static const char spaces[] = "                                ";
    size_t pad = width > len ? width - len : 0;
    if (!right_align) add_field(b, s, n);
    while (pad) {
        size_t k = pad < sizeof spaces - 1 ? pad : sizeof spaces - 1;
        dh_buf_add(b, spaces, k);
        pad -= k;
    }
    if (right_align) dh_buf_add(b, s, n);
}

int dh_scoreboard_print(FILE *f, const dh_drill *d, dh_lang lang)
{
    size_t ncat = dh_drill_category_count(d);
    size_t nteams = dh_drill_team_count(d);
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_ranking rk;
    if (dh_rank_compute(d, &rk)) return -1;
    /* a roster with roles adds each team's role and its rank among its role's
     * teams (a role decides other things: like is compared with like) */
    const dh_roster *ro = dh_drill_roster(d);
    int roles = ro->nroles > 0;
    size_t pc = roles ? 6 : 4; /* the first points column */
    size_t ncol = pc + ncat + 2;
    size_t *w = calloc(ncol, sizeof *w);
    const char **head = calloc(ncol, sizeof *head);
    /* columns of each team's name and bracket, measured once for width and padding */
    size_t nt = nteams ? nteams : 1;
    size_t *name_cols = malloc(nt * sizeof *name_cols);
    size_t *bracket_cols = malloc(nt * sizeof *bracket_cols);
    /* the smallest and largest value of each points column: the widest cell is
     * one of the two (a longer number, or a minus sign) */
    int64_t *lo = malloc((ncat + 1) * sizeof *lo), *hi = malloc((ncat + 1) * sizeof *hi);
    if (!w || !head || !name_cols || !bracket_cols || !lo || !hi) {
        free(w);
        free(head);
        free(name_cols);
        free(bracket_cols);
        free(lo);
        free(hi);
        dh_ranking_free(&rk);
        return -1;
    }
    head[0] = "#";
    head[1] = dh_tr(lang, R_TEAM);
    head[2] = dh_tr(lang, R_BRACKET);
    head[3] = "#";
    if (roles) {
        head[4] = dh_tr(lang, R_ROLE);
        head[5] = "#";
    }
    for (size_t c = 0; c < ncat; c++) head[pc + c] = dh_text_get(&sc->categories[c].name, lang);
    head[pc + ncat] = dh_tr(lang, R_TOTAL);
    head[pc + 1 + ncat] = dh_tr(lang, R_DECISION_TIME);
    for (size_t i = 0; i < ncol; i++) w[i] = dh_utf8_len(head[i]);

    char cell[64];
    for (size_t c = 0; c <= ncat; c++) lo[c] = INT64_MAX, hi[c] = INT64_MIN;
    for (size_t i = 0; i < nteams; i++) {
        const dh_team_info *t = &dh_drill_roster(d)->teams[i];
        size_t n = name_cols[i] = dh_utf8_len(t->name);
        if (n > w[1]) w[1] = n;
        const char *bn = dh_roster_team_bracket_name(dh_drill_roster(d), i);
        if ((n = bracket_cols[i] = dh_utf8_len(bn)) > w[2]) w[2] = n;
        if (roles && (n = strlen(dh_roster_team_role(ro, i))) > w[4]) w[4] = n;
        for (size_t c = 0; c <= ncat; c++) {
            int64_t v = c < ncat ? dh_drill_points(d, (int)i, (int)c) : dh_drill_team_total(d, i);
            if (v < lo[c]) lo[c] = v;
            if (v > hi[c]) hi[c] = v;
        }
    }
    for (size_t c = 0; nteams && c <= ncat; c++) {
        size_t n = tenths_cell(cell, lo[c]);
        if (n > w[pc + c]) w[pc + c] = n;
        if ((n = tenths_cell(cell, hi[c])) > w[pc + c]) w[pc + c] = n;
    }
    size_t n = int_cell(cell, nteams);
    if (n > w[0]) w[0] = n;
    if (n > w[3]) w[3] = n;
    if (roles && n > w[5]) w[5] = n;
    if (w[pc + 1 + ncat] < 8) w[pc + 1 + ncat] = 8;

    dh_buf b;
    dh_buf_init(&b);
    char when[32];
    dh_time_format_clock(dh_drill_now(d), when, sizeof when);
    const char *title = dh_text_get(&sc->title, lang);
    add_field(&b, title, strlen(title));
    dh_buf_printf(&b, " — %s (%s%s%s, %zu %s)\n\n", dh_tr(lang, A_SCOREBOARD), when,
                  dh_drill_ended_early(d) ? ", " : "",
                  dh_drill_ended_early(d) ? dh_tr(lang, R_ENDED_EARLY) : "", nteams,
                  dh_tr(lang, S_TEAMS));
    for (size_t i = 0; i < ncol; i++) {
        if (i) dh_buf_adds(&b, "  ");
        dh_buf_add_padded(&b, head[i], w[i], i == 0 || i == 3 || (roles && i == 5) || i >= pc);
    }
    dh_buf_addc(&b, '\n');
    /* every cell but the names and brackets is ASCII: its bytes are its columns */
    for (size_t r = 0; r < nteams; r++) {
        int ti = rk.order[r];
        const dh_team_info *t = &dh_drill_roster(d)->teams[ti];
        n = int_cell(cell, (size_t)rk.rank[ti]);
        add_padded(&b, cell, n, n, w[0], 1);
        dh_buf_add(&b, "  ", 2);
        add_padded(&b, t->name, strlen(t->name), name_cols[ti], w[1], 0);
        dh_buf_add(&b, "  ", 2);
        const char *bn = dh_roster_team_bracket_name(dh_drill_roster(d), (size_t)ti);
        add_padded(&b, bn, strlen(bn), bracket_cols[ti], w[2], 0);
        dh_buf_add(&b, "  ", 2);
        n = int_cell(cell, (size_t)rk.bracket_rank[ti]);
        add_padded(&b, cell, n, n, w[3], 1);
        if (roles) {
            const char *role = dh_roster_team_role(ro, (size_t)ti);
            dh_buf_add(&b, "  ", 2);
            add_padded(&b, role, strlen(role), strlen(role), w[4], 0); /* an id: ASCII */
            dh_buf_add(&b, "  ", 2);
            n = int_cell(cell, (size_t)rk.role_rank[ti]);
            add_padded(&b, cell, n, n, w[5], 1);
        }
        for (size_t c = 0; c < ncat; c++) {
            dh_buf_add(&b, "  ", 2);
            n = tenths_cell(cell, dh_drill_points(d, ti, (int)c));
            add_padded(&b, cell, n, n, w[pc + c], 1);
        }
        dh_buf_add(&b, "  ", 2);
        n = tenths_cell(cell, dh_drill_team_total(d, ti));
        add_padded(&b, cell, n, n, w[pc + ncat], 1);
        dh_buf_add(&b, "  ", 2);
        n = (size_t)dh_time_format(dh_drill_decision_time(d, ti), cell, sizeof cell);
        add_padded(&b, cell, n, n, w[pc + 1 + ncat], 1);
        dh_buf_addc(&b, '\n');
    }
    int rc = b.failed || dh_term_write(f, b.data, b.len) ? -1 : 0;
    dh_buf_free(&b);
    free(w);
    free(head);
    free(name_cols);
    free(bracket_cols);
    free(lo);
    free(hi);
    dh_ranking_free(&rk);
    return rc;
}
