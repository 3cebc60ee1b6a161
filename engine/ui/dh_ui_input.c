/* dh_ui_input.c — what people do: keys, clicks and typing become inputs for the
 * sink, and the dialogs that collect them open and close (dh_ui_overlay.c draws
 * them). */
#include "dh_snapshot.h"
#include "dh_ui.h"
#include "dh_ui_state.h"
#include "dh_ui_question.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"
#include "dh_clock.h"

#include <stdio.h>
#include <string.h>

/* the steps of + and −, from the clock's slowest to its fastest */
static const int64_t speeds[] = {DH_SPEED_MIN, 1000, 2000, 5000, 10000, 20000, 30000, DH_SPEED_MAX};
#define NSPEEDS (sizeof speeds / sizeof speeds[0])

static dh_ui_request apply(dh_ui *ui, const dh_drill *d, dh_input in)
{
    if (ui->replay || !ui->sink.fn) {
        dh_ui_set_status(ui, dh_ui_str(ui->lang, S_READ_ONLY));
        return DH_UI_REDRAW;
    }
    in.source = DH_SRC_CONSOLE;
    in.t = dh_drill_now(d);
    char err[256];
    err[0] = 0;
    if (ui->sink.fn(ui->sink.ctx, &in, err, sizeof err)) dh_ui_set_status(ui, err);
    else ui->status[0] = 0;
    return DH_UI_REDRAW;
}

static void apply_q(dh_ui *ui, const dh_drill *d, dh_input in) { apply(ui, d, in); }

/* Dialogs that take every key, and those that also take no clicks. */
static int takes_keys(dh_mode m) { return m == DH_MODE_HELP || m >= DH_MODE_ADJUST; }
static int takes_clicks(dh_mode m) { return m < DH_MODE_ADJUST; }

static void set_mode(dh_ui *ui, dh_mode m)
{
    int typing = dh_ui_typing(m), was = dh_ui_typing(ui->mode);
    if (typing && !was) {
        SDL_StartTextInput();
        /* the text event of the key that opened the dialog follows it */
        ui->swallow = ui->last_key;
    }
    if (!typing && was) SDL_StopTextInput();
    ui->mode = m;
    ui->input[0] = 0;
}

/* Q: the open questions of the selected team (a station: its own). */
static dh_ui_request open_questions(dh_ui *ui, const dh_drill *d)
{
    dh_ui_question_start(ui, d);
    set_mode(ui, DH_MODE_QUESTION);
    return DH_UI_REDRAW;
}

/* B and Tab: all teams, then each bracket, then each role in turn. */
static void next_bracket(dh_ui *ui, const dh_drill *d)
{
    ui->bracket = ui->bracket + 1 >= (int)dh_ui_group_count(d) ? -1 : ui->bracket + 1;
}

/* +1 for a faster-clock key, -1 for a slower one, 0 for any other key. */
static int speed_key(SDL_Keycode k)
{
    if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS) return 1;
    return k == SDLK_MINUS || k == SDLK_KP_MINUS ? -1 : 0;
}

/* The visible window of exercise time, kept inside the drill. */
static void set_view(dh_ui *ui, const dh_drill *d, dh_ms t0, dh_ms span)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    if (span >= sc->duration) {
        ui->view_span = 0;
        return;
    }
    if (t0 + span > sc->duration) t0 = sc->duration - span;
    ui->view_t0 = t0 < 0 ? 0 : t0;
    ui->view_span = span;
}

static void backspace(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    s[n] = 0;
}

static void type(dh_ui *ui, const char *txt)
{
    size_t n = strlen(ui->input), add = strlen(txt);
    if (n + add < sizeof ui->input) memcpy(ui->input + n, txt, add + 1);
}

static int deciding_team(const dh_ui *ui) { return ui->view == DH_VIEW_TEAM ? ui->team : ui->selected; }

static dh_ui_request choose(dh_ui *ui, const dh_drill *d)
{
    int team = deciding_team(ui), open[64];
    size_t n = dh_snap_open_decisions(d, team, open, 64);
    if (!n || ui->dec_cursor >= (int)n || n > 64) return DH_UI_REDRAW;
    const dh_decision *dec = &dh_drill_scenario(d)->decisions[open[ui->dec_cursor]];
    if (ui->opt_cursor < 0 || ui->opt_cursor >= (int)dec->noptions) return DH_UI_REDRAW;
    int order[DH_MAX_OPTIONS], place = ui->opt_cursor; /* the cursor is a place on screen */
    dh_drill_option_order(d, team, open[ui->dec_cursor], order);
    dh_input in = {.kind = DH_IN_CHOICE, .team = team, .decision = open[ui->dec_cursor],
                   .option = order[place]};
    ui->opt_cursor = -1;
    dh_ui_request r = apply(ui, d, in);
    if (!ui->status[0]) {
        char msg[256], at[32];
        dh_time_format_clock(dh_drill_now(d), at, sizeof at);
        snprintf(msg, sizeof msg, "%s: %s — %d. %s (%s)", dh_ui_str(ui->lang, S_RECORDED),
                 dh_ui_team_name(d, team), place + 1, dh_text_get(&dec->options[in.option].text, ui->lang), at);
        dh_ui_set_status(ui, msg);
    }
    return r;
}

static dh_ui_request decide_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k)
{
    if (k >= SDLK_1 && k <= SDLK_9) ui->opt_cursor = (int)(k - SDLK_1);
    else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) ui->opt_cursor = (int)(k - SDLK_KP_1);
    else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) return choose(ui, d);
    else if (k == SDLK_TAB) ui->dec_cursor++, ui->opt_cursor = -1;
    else if (k == SDLK_DOWN || k == SDLK_UP) {
        /* ↑/↓ walk the options; past the first or the last they are the
         * console's ↑/↓ again (the previous or next team) */
        int open[64];
        size_t n = dh_snap_open_decisions(d, deciding_team(ui), open, 64);
        if (!n || n > 64) return DH_UI_NONE;
        int dc = ui->dec_cursor < (int)n ? ui->dec_cursor : 0;
        int nopt = (int)dh_drill_scenario(d)->decisions[open[dc]].noptions;
        if (k == SDLK_DOWN && ui->opt_cursor + 1 < nopt) ui->opt_cursor++;
        else if (k == SDLK_UP && ui->opt_cursor > 0) ui->opt_cursor--;
        else return DH_UI_NONE;
    } else return DH_UI_NONE;
    int open[64];
    size_t n = dh_snap_open_decisions(d, deciding_team(ui), open, 64);
    if (ui->dec_cursor >= (int)n) ui->dec_cursor = 0;
    return DH_UI_REDRAW;
}

static void select_team(dh_ui *ui, const dh_drill *d, int delta)
{
    dh_ui_build_rows(ui, d);
    if (!ui->nrows) return;
    size_t at = 0;
    for (size_t i = 0; i < ui->nrows; i++)
        if (ui->rows[i] == ui->selected) at = i;
    long k = (long)at + delta;
    if (k < 0) k = 0;
    if (k >= (long)ui->nrows) k = (long)ui->nrows - 1;
    ui->selected = ui->rows[k];
    if (k < ui->scroll) ui->scroll = (int)k;
    if (ui->visible_rows > 0 && k >= ui->scroll + ui->visible_rows) ui->scroll = (int)k - ui->visible_rows + 1;
    dh_ui_clamp_scroll(ui);
    ui->dec_cursor = 0;
    ui->opt_cursor = -1;
}

/* O: the next team (in the rows shown, after the selected one, wrapping) with
 * a decision open, its decision panel open; room mode goes team by team without
 * stepping through the teams that have nothing to answer. */
static dh_ui_request next_open(dh_ui *ui, const dh_drill *d)
{
    dh_ui_build_rows(ui, d);
    size_t at = 0;
    for (size_t i = 0; i < ui->nrows; i++)
        if (ui->rows[i] == ui->selected) at = i;
    for (size_t step = 1; step <= ui->nrows; step++) {
        size_t k = (at + step) % ui->nrows;
        if (!dh_snap_open_decisions(d, ui->rows[k], NULL, 0)) continue;
        select_team(ui, d, (int)((long)k - (long)at));
        set_mode(ui, DH_MODE_DECIDE);
        ui->opt_cursor = -1;
        ui->status[0] = 0;
        return DH_UI_REDRAW;
    }
    dh_ui_set_status(ui, dh_ui_str(ui->lang, S_NONE_OPEN));
    return DH_UI_REDRAW;
}

/* After an input was taken: "Recorded: team — what", so whoever typed it sees
 * it went in (a refusal is already in the status bar). */
static void said_back(dh_ui *ui, const dh_drill *d, int team, const char *what)
{
    if (ui->status[0]) return;
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s — %s", dh_ui_str(ui->lang, S_RECORDED),
             team >= 0 ? dh_ui_team_name(d, team) : dh_ui_str(ui->lang, S_EVERY_TEAM), what);
    dh_ui_set_status(ui, msg);
}

/* The feedback dialog's question for the selected team: the first one it has
 * not answered yet (the first one when it answered them all). */
/* Whose feedback the dialog takes: the station's own team, else the console's
 * selected one. */
static int feedback_team(const dh_ui *ui) { return ui->view == DH_VIEW_TEAM ? ui->team : ui->selected; }

static int first_unanswered(const dh_drill *d, int team)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    for (size_t q = 0; q < sc->nfeedback; q++)
        if (!dh_drill_feedback_find(d, team, (int)q)) return (int)q;
    return 0;
}

static void feedback_question(dh_ui *ui, const dh_drill *d, int q)
{
    ui->fb_question = q;
    const dh_feedback *f = dh_drill_feedback_find(d, feedback_team(ui), q);
    ui->fb_rating = f && f->rating ? f->rating : 0;
    ui->input[0] = 0;
}

/* F: the feedback form, after the end, for feedback_team (a station's own
 * team; the console's selected one). */
static dh_ui_request open_feedback(dh_ui *ui, const dh_drill *d)
{
    int team = feedback_team(ui);
    if (!dh_drill_ended(d) || team < 0 || !dh_drill_scenario(d)->nfeedback) {
        dh_ui_set_status(ui, dh_ui_str(ui->lang, S_FEEDBACK_AFTER));
        return DH_UI_REDRAW;
    }
    set_mode(ui, DH_MODE_FEEDBACK);
    feedback_question(ui, d, first_unanswered(d, team));
    return DH_UI_REDRAW;
}

static dh_ui_request feedback_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    int nq = (int)sc->nfeedback, q = ui->fb_question;
    if (q < 0 || q >= nq) return set_mode(ui, DH_MODE_NONE), DH_UI_REDRAW;
    int rating = sc->feedback[q].kind == DH_FB_RATING;
    if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
    else if (k == SDLK_TAB && q + 1 < nq) feedback_question(ui, d, q + 1);
    else if (k == SDLK_TAB && (SDL_GetModState() & KMOD_SHIFT) && q > 0) feedback_question(ui, d, q - 1);
    else if (rating && k >= SDLK_1 && k < SDLK_1 + DH_FB_RATING_MAX) ui->fb_rating = (int)(k - SDLK_0);
    else if (rating && k >= SDLK_KP_1 && k < SDLK_KP_1 + DH_FB_RATING_MAX) ui->fb_rating = (int)(k - SDLK_KP_1) + 1;
    else if (rating && k == SDLK_UP && ui->fb_rating < DH_FB_RATING_MAX) ui->fb_rating++;
    else if (rating && k == SDLK_DOWN && ui->fb_rating > DH_FB_RATING_MIN) ui->fb_rating--;
    else if (!rating && k == SDLK_BACKSPACE) backspace(ui->input);
    else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
        dh_input in = {.kind = DH_IN_FEEDBACK, .team = feedback_team(ui), .decision = q,
                       .milli = rating ? ui->fb_rating : 0, .text = rating ? NULL : ui->input};
        char err[256];
        if (dh_feedback_check(sc, q, in.milli, in.text, err, sizeof err)) {
            dh_ui_set_status(ui, err);
            return DH_UI_REDRAW;
        }
        int team = feedback_team(ui);
        dh_ui_request r = apply(ui, d, in);
        if (ui->status[0]) return r;
        char what[160];
        snprintf(what, sizeof what, "%s %d/%d", dh_ui_str(ui->lang, S_FEEDBACK), q + 1, nq);
        said_back(ui, d, team, what);
        if (q + 1 < nq) feedback_question(ui, d, q + 1);
        else set_mode(ui, DH_MODE_NONE);
        return r;
    }
    return DH_UI_REDRAW;
}

/* The written inject: the title first, Enter, then the body; Enter sends it
 * (Shift+Enter starts a new line in the body); Tab: every team or the selected. */
static dh_ui_request write_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k, Uint16 mod)
{
    if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
    else if (k == SDLK_TAB) ui->write_team = ui->write_team >= 0 ? -1 : ui->selected;
    else if (k == SDLK_BACKSPACE) {
        if (ui->write_body && !ui->input[0]) {
            /* back into the title */
            ui->write_body = 0;
            snprintf(ui->input, sizeof ui->input, "%s", ui->write_title);
        } else {
            backspace(ui->input);
        }
    } else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && ui->write_body && (mod & KMOD_SHIFT)) {
        type(ui, "\n");
    } else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
        if (!ui->write_body) {
            if (strlen(ui->input) > DH_MESSAGE_TITLE_MAX || !ui->input[strspn(ui->input, " ")]) {
                char err[160];
                dh_message_check(ui->input, err, sizeof err);
                dh_ui_set_status(ui, err);
                return DH_UI_REDRAW;
            }
            /* the length was checked above; the precision says so to the compiler */
            snprintf(ui->write_title, sizeof ui->write_title, "%.*s",
                     (int)(sizeof ui->write_title - 1), ui->input);
            ui->write_body = 1;
            ui->input[0] = 0;
            return DH_UI_REDRAW;
        }
        char text[DH_MESSAGE_TITLE_MAX + 2 + DH_UI_TEXT_MAX], err[160];
        snprintf(text, sizeof text, "%s\n%s", ui->write_title, ui->input);
        if (dh_message_check(text, err, sizeof err)) {
            dh_ui_set_status(ui, err);
            return DH_UI_REDRAW;
        }
        int team = ui->write_team;
        dh_ui_request r = apply(ui, d, (dh_input){.kind = DH_IN_MESSAGE, .team = team, .text = text});
        if (ui->status[0]) return r;   /* refused: the dialog stays, with why */
        said_back(ui, d, team, ui->write_title);
        set_mode(ui, DH_MODE_NONE);
        return r;
    }
    return DH_UI_REDRAW;
}

static dh_ui_request dialog_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k, Uint16 mod)
{
    switch (ui->mode) {
    case DH_MODE_HELP: set_mode(ui, DH_MODE_NONE); return DH_UI_REDRAW;
    case DH_MODE_END:
    case DH_MODE_QUIT:
        if (k == SDLK_y) {
            dh_mode m = ui->mode;
            set_mode(ui, DH_MODE_NONE);
            if (m == DH_MODE_QUIT) return DH_UI_QUIT;
            return apply(ui, d, (dh_input){.kind = DH_IN_END, .team = -1});
        }
        if (k == SDLK_n || k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        return DH_UI_REDRAW;
    case DH_MODE_ADJUST:
        if (k == SDLK_LEFT && ui->adj_cat > 0) ui->adj_cat--;
        else if (k == SDLK_RIGHT && ui->adj_cat + 1 < (int)dh_drill_category_count(d)) ui->adj_cat++;
        else if (k == SDLK_UP) ui->adj_points += (mod & KMOD_SHIFT) ? 5 : 1;
        else if (k == SDLK_DOWN) ui->adj_points -= (mod & KMOD_SHIFT) ? 5 : 1;
        else if (k == SDLK_BACKSPACE) backspace(ui->input);
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            if (!ui->adj_points || !ui->input[0]) {
                dh_ui_set_status(ui, dh_tr(ui->lang, S_ADJUST_NEEDS));
                return DH_UI_REDRAW;
            }
            dh_input in = {.kind = DH_IN_ADJUST, .team = ui->selected, .category = ui->adj_cat,
                           .milli = (int64_t)ui->adj_points * 1000, .text = ui->input};
            dh_ui_request r = apply(ui, d, in);
            char what[DH_UI_TEXT_MAX + 96];
            snprintf(what, sizeof what, "%+d %s (%s): %s", ui->adj_points, dh_ui_str(ui->lang, S_POINTS),
                     dh_text_get(&dh_drill_scenario(d)->categories[ui->adj_cat].name, ui->lang), ui->input);
            said_back(ui, d, ui->selected, what);
            set_mode(ui, DH_MODE_NONE);
            return r;
        }
        return DH_UI_REDRAW;
    case DH_MODE_NOTE:
        if (k == SDLK_BACKSPACE) backspace(ui->input);
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && ui->input[0]) {
            dh_ui_request r = apply(ui, d, (dh_input){.kind = DH_IN_NOTE, .team = ui->selected, .text = ui->input});
            char what[DH_UI_TEXT_MAX + 64];
            snprintf(what, sizeof what, "%s: %s", dh_ui_str(ui->lang, S_NOTE), ui->input);
            said_back(ui, d, ui->selected, what);
            set_mode(ui, DH_MODE_NONE);
            return r;
        }
        return DH_UI_REDRAW;
    case DH_MODE_RATE: {
        int nobj = (int)dh_drill_scenario(d)->nobjectives;
        if (k == SDLK_LEFT && ui->rate_obj > 0) ui->rate_obj--;
        else if (k == SDLK_RIGHT && ui->rate_obj + 1 < nobj) ui->rate_obj++;
        else if (k == SDLK_UP && ui->rate_value > 0) ui->rate_value--;
        else if (k == SDLK_DOWN && ui->rate_value + 1 < DH_RATE_COUNT) ui->rate_value++;
        else if (k == SDLK_BACKSPACE) backspace(ui->input);
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            if (!nobj || !ui->input[0]) {
                dh_ui_set_status(ui, dh_tr(ui->lang, S_RATE_NEEDS));
                return DH_UI_REDRAW;
            }
            dh_input in = {.kind = DH_IN_RATE, .team = ui->selected, .decision = ui->rate_obj,
                           .milli = ui->rate_value, .text = ui->input};
            dh_ui_request r = apply(ui, d, in);
            if (!ui->status[0]) {
                /* said back, so the evaluator sees it was taken */
                char msg[256];
                snprintf(msg, sizeof msg, "%s: %s — %s %s", dh_ui_str(ui->lang, S_RECORDED),
                         dh_ui_team_name(d, ui->selected), dh_rating_letter((dh_rating)ui->rate_value),
                         dh_text_get(&dh_drill_scenario(d)->objectives[ui->rate_obj].text, ui->lang));
                dh_ui_set_status(ui, msg);
            }
            set_mode(ui, DH_MODE_NONE);
            return r;
        }
        return DH_UI_REDRAW;
    }
    case DH_MODE_DELIVER:
        if (k == SDLK_UP && ui->deliver_cursor > 0) ui->deliver_cursor--;
        else if (k == SDLK_DOWN && ui->deliver_cursor + 1 < (int)dh_drill_inject_count(d)) ui->deliver_cursor++;
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_t) {
            dh_input in = {.kind = DH_IN_DELIVER, .inject = ui->deliver_cursor,
                           .team = k == SDLK_t ? ui->selected : -1};
            set_mode(ui, DH_MODE_NONE);
            return apply(ui, d, in);
        }
        return DH_UI_REDRAW;
    case DH_MODE_WRITE: return write_key(ui, d, k, mod);
    case DH_MODE_FEEDBACK: return feedback_key(ui, d, k);
    case DH_MODE_QUESTION: {
        int r = dh_ui_question_key(ui, d, k, mod, apply_q);
        if (r != DH_UIQ_CLOSE) return r == DH_UIQ_REDRAW ? DH_UI_REDRAW : DH_UI_NONE;
        set_mode(ui, DH_MODE_NONE);   /* Esc: the draft stays in the book */
        return DH_UI_REDRAW;
    }
    default: return DH_UI_NONE;
    }
}

static dh_ui_request console_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k, Uint16 mod)
{
    if (ui->mode == DH_MODE_DECIDE) {
        dh_ui_request r = decide_key(ui, d, k);
        if (r != DH_UI_NONE) return r;
    }
    switch (k) {
    case SDLK_SPACE:
        return apply(ui, d, (dh_input){.kind = dh_drill_paused(d) ? DH_IN_RESUME : DH_IN_PAUSE, .team = -1});
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS:
    case SDLK_MINUS: case SDLK_KP_MINUS: {
        int up = speed_key(k) > 0;
        size_t i = 0;
        while (i + 1 < NSPEEDS && speeds[i] < dh_drill_speed(d)) i++;
        if (up && speeds[i] <= dh_drill_speed(d) && i + 1 < NSPEEDS) i++;
        if (!up && i > 0) i--;
        if (speeds[i] == dh_drill_speed(d)) return DH_UI_REDRAW;
        return apply(ui, d, (dh_input){.kind = DH_IN_SPEED, .team = -1, .speed_milli = speeds[i]});
    }
    case SDLK_j: {
        dh_ms at;
        if (dh_drill_ended(d) || dh_snap_next_timed_inject(d, dh_drill_now(d), &at) < 0) return DH_UI_NONE;
        return apply(ui, d, (dh_input){.kind = DH_IN_JUMP, .team = -1, .milli = at});
    }
    case SDLK_UP: select_team(ui, d, -1); return DH_UI_REDRAW;
    case SDLK_DOWN: select_team(ui, d, 1); return DH_UI_REDRAW;
    case SDLK_PAGEUP: select_team(ui, d, -(ui->visible_rows > 1 ? ui->visible_rows - 1 : 1)); return DH_UI_REDRAW;
    case SDLK_PAGEDOWN: select_team(ui, d, ui->visible_rows > 1 ? ui->visible_rows - 1 : 1); return DH_UI_REDRAW;
    case SDLK_b:
        next_bracket(ui, d);
        ui->scroll = 0;
        return DH_UI_REDRAW;
    case SDLK_d: set_mode(ui, ui->mode == DH_MODE_DECIDE ? DH_MODE_NONE : DH_MODE_DECIDE); ui->opt_cursor = -1; return DH_UI_REDRAW;
    case SDLK_a: set_mode(ui, DH_MODE_ADJUST); ui->adj_points = 0; return DH_UI_REDRAW;
    case SDLK_n: set_mode(ui, DH_MODE_NOTE); return DH_UI_REDRAW;
    case SDLK_r:
        /* Ctrl+R, served drills only: the app reissues the selected team's code */
        if (mod & KMOD_CTRL)
            return ui->presence && ui->selected >= 0 ? DH_UI_REISSUE : DH_UI_NONE;
        if (!dh_drill_scenario(d)->nobjectives) {
            dh_ui_set_status(ui, dh_tr(ui->lang, S_RATE_NONE));
            return DH_UI_REDRAW;
        }
        set_mode(ui, DH_MODE_RATE);
        if (ui->rate_obj >= (int)dh_drill_scenario(d)->nobjectives) ui->rate_obj = 0;
        ui->rate_value = DH_RATE_S;
        return DH_UI_REDRAW;
    case SDLK_i: set_mode(ui, DH_MODE_DELIVER); return DH_UI_REDRAW;
    case SDLK_o: return next_open(ui, d);
    case SDLK_w:
        if (dh_drill_ended(d)) return DH_UI_NONE;
        set_mode(ui, DH_MODE_WRITE);
        ui->write_team = -1;
        ui->write_body = 0;
        ui->write_title[0] = 0;
        return DH_UI_REDRAW;
    case SDLK_f: return open_feedback(ui, d);
    case SDLK_q: return open_questions(ui, d);
    case SDLK_e: if (!dh_drill_ended(d)) set_mode(ui, DH_MODE_END); return DH_UI_REDRAW;
    case SDLK_0: ui->view_span = 0; return DH_UI_REDRAW;
    case SDLK_ESCAPE: set_mode(ui, DH_MODE_NONE); return DH_UI_REDRAW;
    default: (void)mod; return DH_UI_NONE;
    }
}

static void zoom(dh_ui *ui, const dh_drill *d, int mx, int dir)
{
    if (ui->lane_x1 <= ui->lane_x0) return;
    dh_ms at = ui->view_t0 + (dh_ms)((double)(mx - ui->lane_x0) / (ui->lane_x1 - ui->lane_x0) * (double)ui->view_span);
    dh_ms span = dir > 0 ? ui->view_span * 4 / 5 : ui->view_span * 5 / 4;
    if (span < 5 * DH_MS_MINUTE) span = 5 * DH_MS_MINUTE;
    set_view(ui, d, at - (dh_ms)((double)(mx - ui->lane_x0) / (ui->lane_x1 - ui->lane_x0) * (double)span),
             span);
}

static const dh_hit *hit_at(const dh_ui *ui, int x, int y)
{
    for (size_t i = ui->nhits; i-- > 0;) {
        const SDL_Rect *r = &ui->hits[i].r;
        if (x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h) return &ui->hits[i];
    }
    return NULL;
}

static dh_ui_request click(dh_ui *ui, const dh_drill *d, int x, int y)
{
    const dh_hit *h = hit_at(ui, x, y);
    if (h && h->kind == DH_HIT_OPTION) {
        if (ui->opt_cursor == h->arg) return choose(ui, d);   /* a second click confirms */
        int open[64];
        size_t n = dh_snap_open_decisions(d, h->team, open, 64);
        for (size_t k = 0; k < n && k < 64; k++)
            if (open[k] == h->index) ui->dec_cursor = (int)k;
        ui->opt_cursor = h->arg;
        return DH_UI_REDRAW;
    }
    if (h && h->kind == DH_HIT_TAB) {
        ui->bracket = h->index;
        ui->page = 0;
        return DH_UI_REDRAW;
    }
    if (ui->view != DH_VIEW_CONSOLE) return DH_UI_NONE;
    if (h && (h->kind == DH_HIT_INJECT || h->kind == DH_HIT_DECISION || h->kind == DH_HIT_MESSAGE ||
              h->kind == DH_HIT_NOTE || h->kind == DH_HIT_ADJUST)) {
        set_mode(ui, DH_MODE_DETAIL);
        ui->detail_kind = h->kind;
        ui->detail_index = h->index;
        ui->detail_team = h->team;
        if (h->team >= 0) ui->selected = h->team;
        return DH_UI_REDRAW;
    }
    if (h && h->kind == DH_HIT_LANE) {
        ui->selected = h->team;
        ui->dec_cursor = 0;
        return DH_UI_REDRAW;
    }
    if (x >= ui->lane_x0 && x <= ui->lane_x1 && y >= ui->lanes_y0) {
        ui->dragging = 1;
        ui->drag_x = x;
        ui->drag_t0 = ui->view_t0;
    }
    return DH_UI_NONE;
}

dh_ui_request dh_ui_event(dh_ui *ui, const dh_drill *d, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_TEXTINPUT:
        if (!dh_ui_typing(ui->mode)) return DH_UI_NONE;
        if (ui->swallow) {
            /* the opening key's own letter, in either case */
            const char *t = ev->text.text;
            int own = t[0] && !t[1] && (t[0] | 0x20) == (char)(ui->swallow | 0x20);
            ui->swallow = 0;
            if (own) return DH_UI_NONE;
        }
        if (ui->mode == DH_MODE_QUESTION)
            return dh_ui_question_text(ui, d, ev->text.text) ? DH_UI_REDRAW : DH_UI_NONE;
        if (ui->mode == DH_MODE_FEEDBACK && ui->fb_question >= 0 &&
            (size_t)ui->fb_question < dh_drill_scenario(d)->nfeedback &&
            dh_drill_scenario(d)->feedback[ui->fb_question].kind == DH_FB_RATING)
            return DH_UI_NONE;   /* a rating is picked with 1–5 or ↑/↓ */
        type(ui, ev->text.text);
        return DH_UI_REDRAW;
    case SDL_TEXTEDITING:
        /* what an input method (Vietnamese Telex, VNI) is composing, shown in place */
        if (ui->mode != DH_MODE_QUESTION) return DH_UI_NONE;
        snprintf(ui->q_edit, sizeof ui->q_edit, "%s", ev->edit.text);
        return DH_UI_REDRAW;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        Uint16 mod = ev->key.keysym.mod;
        ui->last_key = k;
        if (dh_ui_typing(ui->mode)) {
            ui->swallow = 0;   /* a key of its own: the opening key's text did not come */
            return dialog_key(ui, d, k, mod);
        }
        if (k == SDLK_F1 || k == SDLK_QUESTION || (k == SDLK_SLASH && (mod & KMOD_SHIFT))) {
            set_mode(ui, ui->mode == DH_MODE_HELP ? DH_MODE_NONE : DH_MODE_HELP);
            return DH_UI_REDRAW;
        }
        if (takes_keys(ui->mode)) return dialog_key(ui, d, k, mod);
        if (!ui->station) {
            if (k == SDLK_F2) return ui->view = DH_VIEW_CONSOLE, DH_UI_REDRAW;
            if (k == SDLK_F3) return ui->view = DH_VIEW_TEAM, ui->team = ui->selected, set_mode(ui, DH_MODE_NONE), DH_UI_REDRAW;
            if (k == SDLK_F4) return ui->view = DH_VIEW_SCOREBOARD, set_mode(ui, DH_MODE_NONE), DH_UI_REDRAW;
        }
        if (ui->view == DH_VIEW_TEAM) {
            /* a team station after the end: its own feedback form */
            if (k == SDLK_f && dh_drill_ended(d)) return open_feedback(ui, d);
            if (k == SDLK_q) return open_questions(ui, d);
            return decide_key(ui, d, k);
        }
        if (ui->view == DH_VIEW_SCOREBOARD) {
            if (k == SDLK_RIGHT || k == SDLK_PAGEDOWN) return ui->page++, DH_UI_REDRAW;
            if ((k == SDLK_LEFT || k == SDLK_PAGEUP) && ui->page > 0) return ui->page--, DH_UI_REDRAW;
            if (k == SDLK_TAB || k == SDLK_b) {
                next_bracket(ui, d);
                ui->page = 0;
                return DH_UI_REDRAW;
            }
            /* the projector keeps pause and speed */
            if (k != SDLK_SPACE && !speed_key(k)) return DH_UI_NONE;
        }
        return console_key(ui, d, k, mod);
    }
    case SDL_MOUSEWHEEL: {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        if (ui->view == DH_VIEW_SCOREBOARD) {
            if (ev->wheel.y < 0) ui->page++;
            else if (ui->page > 0) ui->page--;
            return DH_UI_REDRAW;
        }
        if (ui->view != DH_VIEW_CONSOLE || !ev->wheel.y) return DH_UI_NONE;
        if (mx < ui->lane_x0 || (SDL_GetModState() & KMOD_SHIFT)) {
            ui->scroll -= ev->wheel.y * 3;
            dh_ui_clamp_scroll(ui);
        } else {
            zoom(ui, d, mx, ev->wheel.y);
        }
        return DH_UI_REDRAW;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT) return DH_UI_NONE;
        if (!takes_clicks(ui->mode)) return DH_UI_NONE;
        return click(ui, d, ev->button.x, ev->button.y);
    case SDL_MOUSEBUTTONUP: ui->dragging = 0; return DH_UI_NONE;
    case SDL_MOUSEMOTION:
        if (!ui->dragging || !ui->view_span || ui->lane_x1 <= ui->lane_x0) return DH_UI_NONE;
        {
            dh_ms dt = (dh_ms)((double)(ev->motion.x - ui->drag_x) / (ui->lane_x1 - ui->lane_x0) * (double)ui->view_span);
            set_view(ui, d, ui->drag_t0 - dt, ui->view_span);
        }
        return DH_UI_REDRAW;
    case SDL_WINDOWEVENT: return DH_UI_REDRAW;
    default: return DH_UI_NONE;
    }
}

dh_ui_request dh_ui_close(dh_ui *ui, const dh_drill *d)
{
    if (!dh_drill_started(d) || dh_drill_ended(d) || ui->station || ui->mode == DH_MODE_QUIT) return DH_UI_QUIT;
    set_mode(ui, DH_MODE_QUIT);
    return DH_UI_REDRAW;
}
