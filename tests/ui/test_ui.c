/* test_ui.c — the views drawn offscreen with the real fonts and software
 * renderer, and people's keys and clicks arriving in the event log. */
#include "dh_buf.h"
#include "dh_eventlog.h"
#include "dh_offscreen.h"
#include "dh_qbook.h"
#include "dh_question.h"
#include "dh_test.h"
#include "dh_ui.h"
#include "dh_ui_strings.h"

#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
    dh_buf log;
    dh_offscreen off;
    dh_ui *ui;
} fixture;

static void sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(&((fixture *)ctx)->log, r); }
static void text(dh_text *t, const char *s) { assert_int_equal(dh_text_set_neutral(t, s), 0); }

static void add_inject(dh_scenario *sc, const char *id, dh_ms at, const char *stage,
                       dh_inject_severity sev, const char *title, const char *notes)
{
    dh_inject *in = dh_scenario_add_inject(sc);
    in->id = dh_strdup(id);
    in->line = 2;
    in->at = at;
    in->stage_id = dh_strdup(stage);
    in->severity = sev;
    in->when_ref = DH_NOREF;
    text(&in->title, title);
    text(&in->body, "Body text of the inject.");
    text(&in->notes, notes);
}

/* The fixtures with an open question on the phish (setup_q). */
static int with_question;

static void rubric_item(dh_question *q, const char *id, const char *en, const char *vi, int64_t milli)
{
    dh_rubric_item *it = dh_question_add_item(q);
    it->id = dh_strdup(id);
    assert_int_equal(dh_text_set(&it->text, DH_LANG_EN, en), 0);
    assert_int_equal(dh_text_set(&it->text, DH_LANG_VI, vi), 0);
    dh_score_entry *e = dh_rubric_item_add_score(it);
    e->category_id = dh_strdup("contain");
    e->milli = milli;
}

static void add_question(dh_scenario *sc)
{
    dh_question *q = dh_scenario_add_question(sc);
    q->id = dh_strdup("notify");
    q->line = 5;
    q->on_id = dh_strdup("phish");
    q->within = 30 * DH_MS_MINUTE;
    q->speed = (dh_speed){1, 10 * DH_MS_MINUTE, 30 * DH_MS_MINUTE, 500};
    assert_int_equal(dh_text_set(&q->prompt, DH_LANG_EN,
                                 "Who do you notify about the leak, in what order, and what do you tell them?"), 0);
    assert_int_equal(dh_text_set(&q->prompt, DH_LANG_VI,
                                 "Đội thông báo cho ai về vụ lộ lọt, theo thứ tự nào, và nói gì?"), 0);
    assert_int_equal(dh_text_set(&q->guidance, DH_LANG_EN,
                                 "A full answer names the director first, then the data protection officer "
                                 "within the hour, and says what is known and what is not."), 0);
    rubric_item(q, "director", "Tells the director first", "Báo giám đốc trước tiên", 4000);
    rubric_item(q, "dpo", "Notifies the data protection officer within the hour",
                "Báo cán bộ bảo vệ dữ liệu trong vòng một giờ", 4000);
    rubric_item(q, "facts", "Says what is known and what is not", "Nói rõ điều đã biết và chưa biết", 2000);
}

/* Three injects in two stages (the last one still upcoming at 0:20) and one
 * decision with three options on the first. */
static dh_scenario *build(void)
{
    dh_scenario *sc = dh_scenario_create("ui.lua");
    sc->line = 1;
    sc->id = dh_strdup("ui");
    text(&sc->title, "UI drill");
    sc->duration = 2 * DH_MS_HOUR;
    const char *cats[] = {"detect", "contain"};
    for (int i = 0; i < 2; i++) {
        dh_named *c = dh_scenario_add_category(sc);
        c->id = dh_strdup(cats[i]);
        text(&c->name, cats[i]);
    }
    const char *stages[] = {"initial-access", "impact"};
    for (int i = 0; i < 2; i++) {
        dh_named *s = dh_scenario_add_stage(sc);
        s->id = dh_strdup(stages[i]);
        text(&s->name, stages[i]);
    }
    add_inject(sc, "phish", 10 * DH_MS_MINUTE, "initial-access", DH_SEV_MEDIUM, "Phish arrives",
               "NOTES-PHISH expect isolation");
    add_inject(sc, "spread", 15 * DH_MS_MINUTE, "impact", DH_SEV_HIGH, "Spread seen", "NOTES-SPREAD");
    add_inject(sc, "ransom", DH_MS_HOUR, "impact", DH_SEV_CRITICAL, "UPCOMING ransom note", "NOTES-RANSOM");
    dh_objective *ob = dh_scenario_add_objective(sc);
    ob->id = dh_strdup("contain-fast");
    ob->named = 1;
    text(&ob->text, "Contain within 30 minutes");
    dh_decision *d = dh_scenario_add_decision(sc);
    assert_int_equal(dh_decision_add_objective(d, "contain-fast"), 0);
    d->id = dh_strdup("first");
    d->line = 4;
    d->on_id = dh_strdup("phish");
    d->within = 30 * DH_MS_MINUTE;
    text(&d->prompt, "What first?");
    const char *opts[] = {"isolate", "scan", "wait"};
    for (int i = 0; i < 3; i++) {
        dh_option *o = dh_decision_add_option(d);
        o->id = dh_strdup(opts[i]);
        text(&o->text, opts[i]);
        dh_score_entry *e = dh_option_add_score(o);
        e->category_id = dh_strdup("contain");
        e->milli = (2 - i) * 5000;
    }
    if (with_question) add_question(sc);
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_scenario_finalize(sc, &diags), DH_OK);
    dh_diags_free(&diags);
    return sc;
}

static dh_ui *make_ui(fixture *f, dh_view view, int team, int station)
{
    char err[1200], fonts[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    dh_ui_config cfg = {f->off.renderer, fonts, DH_LANG_EN, view, team, station, 0, 0,
                        dh_drill_input_sink(f->d)};
    dh_ui *ui = dh_ui_create(&cfg, err, sizeof err);
    if (!ui) fail_msg("%s", err);
    dh_uitext_record(dh_ui_text(ui), 1);
    return ui;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->sc = build();
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Đội Hà Nội", "north", 2);
    dh_roster_add(&f->roster, "hcm", "OTHER-TEAM Hồ Chí Minh", "south", 3);
    dh_roster_add(&f->roster, "dn", "THIRD-TEAM Đà Nẵng", "central", 4);
    dh_drill_config cfg = {f->sc, &f->roster, 1, {NULL, NULL, NULL}};
    f->d = dh_drill_create(&cfg);
    assert_non_null(f->d);
    dh_buf_init(&f->log);
    dh_drill_add_sink(f->d, sink, f);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    assert_int_equal(dh_drill_advance(f->d, 20 * DH_MS_MINUTE), DH_OK);
    char err[256];
    if (dh_offscreen_open(&f->off, 1280, 720, err, sizeof err)) fail_msg("%s", err);
    f->ui = make_ui(f, DH_VIEW_CONSOLE, -1, 0);
    *state = f;
    return 0;
}

static int setup_q(void **state)
{
    with_question = 1;
    int r = setup(state);
    with_question = 0;
    return r;
}

static int teardown(void **state)
{
    fixture *f = *state;
    dh_ui_destroy(f->ui);
    dh_offscreen_close(&f->off);
    dh_drill_destroy(f->d);
    dh_roster_free(&f->roster);
    dh_scenario_destroy(f->sc);
    dh_buf_free(&f->log);
    free(f);
    return 0;
}

static int drawn(dh_ui *ui, const char *needle)
{
    dh_uitext *t = dh_ui_text(ui);
    for (size_t i = 0; i < dh_uitext_drawn_count(t); i++)
        if (strstr(dh_uitext_drawn(t, i)->text, needle)) return 1;
    return 0;
}

static int same(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

/* Looks for colour c in a small box around (x, y). */
static int colour_near(const dh_offscreen *o, int x, int y, int r, SDL_Color c)
{
    for (int dy = -r; dy <= r; dy++)
        for (int dx = -2; dx <= 2; dx++)
            if (same(dh_offscreen_pixel(o, x + dx, y + dy), c)) return 1;
    return 0;
}

static void delivered_marker_has_stage_colour_at_its_time(void **state)
{
    fixture *f = *state;
    dh_ui_draw(f->ui, f->d);
    dh_offscreen_flush(&f->off);
    int y = dh_ui_lane_y(f->ui, 1);
    assert_true(y > 0);
    SDL_Color stage0 = dh_ui_stage_color(0), stage1 = dh_ui_stage_color(1);
    assert_false(same(stage0, stage1));
    int x10 = dh_ui_time_x(f->ui, 10 * DH_MS_MINUTE), x15 = dh_ui_time_x(f->ui, 15 * DH_MS_MINUTE);
    int x60 = dh_ui_time_x(f->ui, DH_MS_HOUR);
    assert_true(x15 - x10 > 8);
    assert_true(colour_near(&f->off, x10, y, 8, stage0));
    assert_true(colour_near(&f->off, x15, y, 8, stage1));
    /* elsewhere in the lane, no marker colour */
    int xmid = (x15 + x60) / 2;
    assert_false(colour_near(&f->off, xmid, y, 8, stage0));
    /* the 1:00 inject is not delivered: not in the lane, but in the MSEL lane */
    assert_false(colour_near(&f->off, x60, y, 8, stage1));
    int my = dh_ui_msel_y(f->ui);
    assert_true(my > 0);
    assert_true(colour_near(&f->off, x60, my, 8, stage1) || colour_near(&f->off, x60, my, 10, (SDL_Color){228, 232, 238, 255}));
    /* the console names every team */
    assert_true(drawn(f->ui, "OTHER-TEAM"));
    assert_true(drawn(f->ui, "THIRD-TEAM"));
}

/* A served drill: the header counts online teams, each lane shows its stations
 * (a green square and how many) or how long it has been offline; not served,
 * nothing of it is drawn. */
static void served_lanes_show_each_teams_stations(void **state)
{
    fixture *f = *state;
    dh_ui_draw(f->ui, f->d);
    assert_false(drawn(f->ui, "online"));
    dh_ui_presence p[3] = {{2, 1000}, {0, 1000}, {1, 1000}};
    dh_ui_set_presence(f->ui, p, 3, 1000 + 7 * 60000);
    dh_ui_draw(f->ui, f->d);
    dh_offscreen_flush(&f->off);
    assert_true(drawn(f->ui, "2/3 online"));
    assert_true(drawn(f->ui, "7m"));                  /* hcm: offline for 7 minutes */
    SDL_Color good = {0, 158, 115, 255};
    int y0 = dh_ui_lane_y(f->ui, 0), y1 = dh_ui_lane_y(f->ui, 1);
    int found0 = 0, found1 = 0;
    for (int x = 0; x < 30; x++) {
        found0 |= colour_near(&f->off, x, y0, 3, good);
        found1 |= colour_near(&f->off, x, y1, 3, good);
    }
    assert_true(found0);
    assert_false(found1);
    /* Ctrl+R asks the app to reissue the selected team's code; R alone does not */
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_r;
    ev.key.keysym.mod = KMOD_LCTRL;
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REISSUE);
    ev.key.keysym.mod = 0;
    assert_int_not_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REISSUE);
    dh_ui_set_presence(f->ui, NULL, 0, 0);
    ev.key.keysym.mod = KMOD_LCTRL;
    assert_int_not_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REISSUE);   /* not served */
}

static void team_view_shows_nothing_of_other_teams_or_the_msel(void **state)
{
    fixture *f = *state;
    dh_ui *ui = make_ui(f, DH_VIEW_TEAM, 0, 1);
    dh_ui_draw(ui, f->d);
    assert_int_equal(dh_ui_msel_y(ui), -1);
    assert_true(drawn(ui, "Đội Hà Nội"));
    assert_true(drawn(ui, "Phish arrives"));
    assert_true(drawn(ui, "What first?"));
    assert_false(drawn(ui, "OTHER-TEAM"));
    assert_false(drawn(ui, "THIRD-TEAM"));
    assert_false(drawn(ui, "MSEL"));
    assert_false(drawn(ui, "UPCOMING"));
    assert_false(drawn(ui, "NOTES-"));
    /* the station's keys cannot reach facilitator views */
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_F4;
    dh_ui_event(ui, f->d, &ev);
    dh_ui_draw(ui, f->d);
    assert_false(drawn(ui, "OTHER-TEAM"));
    dh_ui_destroy(ui);
}

/* The station showed options in written order (authors write the best first)
 * with the first highlighted: now they are numbered in the drill's shuffled
 * order and no button is drawn selected until the team picks one. */
static void station_options_are_shuffled_and_none_is_selected(void **state)
{
    fixture *f = *state;
    dh_ui *ui = make_ui(f, DH_VIEW_TEAM, 0, 1);
    dh_ui_draw(ui, f->d);
    const dh_scenario *sc = dh_drill_scenario(f->d);
    const dh_decision *first = &sc->decisions[dh_scenario_find_decision(sc, "first")];
    int order[DH_MAX_OPTIONS];
    dh_drill_option_order(f->d, 0, dh_scenario_find_decision(sc, "first"), order);
    for (size_t p = 0; p < first->noptions; p++) {
        char label[64];
        snprintf(label, sizeof label, "%zu   %s", p + 1, first->options[order[p]].id);
        if (!drawn(ui, label)) fail_msg("the station lacks the button \"%s\"", label);
        /* the button's own colour, just left of its label: not the selection's */
        dh_uitext *t = dh_ui_text(ui);
        for (size_t i = 0; i < dh_uitext_drawn_count(t); i++)
            if (!strcmp(dh_uitext_drawn(t, i)->text, label)) {
                SDL_Rect at = dh_uitext_drawn(t, i)->at;
                assert_false(same(dh_offscreen_pixel(&f->off, at.x - 3, at.y + 2),
                                  (SDL_Color){60, 72, 92, 255})); /* C_SELECT */
            }
    }
    dh_ui_destroy(ui);
}

static void vietnamese_text_renders_with_width(void **state)
{
    /* channel ids read in the console's language; unknown ones as written */
    assert_string_equal(dh_ui_channel(DH_LANG_VI, "phone"), "điện thoại");
    assert_string_equal(dh_ui_channel(DH_LANG_EN, "phone"), "phone");
    assert_string_equal(dh_ui_channel(DH_LANG_VI, "fax"), "fax");
    fixture *f = *state;
    const char *vi = "Mã độc tống tiền – Phát hiện, Ngăn chặn, Khôi phục";
    SDL_Point sz = dh_uitext_size(dh_ui_text(f->ui), DH_FACE_SANS, 20, vi);
    assert_true(sz.x > 200);
    assert_true(sz.y > 10);
    /* every code point has a glyph in the shipped font (no boxes) */
    char path[1024];
    snprintf(path, sizeof path, "%s/assets/fonts/DejaVuSans.ttf", DH_SOURCE_DIR);
    TTF_Font *font = TTF_OpenFont(path, 20);
    assert_non_null(font);
    for (const unsigned char *p = (const unsigned char *)vi; *p;) {
        Uint32 cp = *p;
        int n = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
        if (n > 1) cp &= 0x3Fu >> (n - 1);
        for (int i = 1; i < n; i++) cp = cp << 6 | (p[i] & 0x3F);
        assert_true(TTF_GlyphIsProvided32(font, cp));
        p += n;
    }
    TTF_CloseFont(font);
}

static void key(fixture *f, SDL_Keycode k, Uint16 mod)
{
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = k;
    ev.key.keysym.mod = mod;
    assert_int_equal(SDL_PushEvent(&ev), 1);
}

/* As SDL delivers typing: text events of at most 31 bytes, whole characters. */
static void typed(const char *s)
{
    size_t n = strlen(s);
    while (n) {
        SDL_Event ev = {.type = SDL_TEXTINPUT};
        size_t k = n < sizeof ev.text.text - 1 ? n : sizeof ev.text.text - 1;
        while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        memcpy(ev.text.text, s, k);
        ev.text.text[k] = 0;
        assert_int_equal(SDL_PushEvent(&ev), 1);
        s += k;
        n -= k;
    }
}

static void pump(fixture *f)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        dh_ui_event(f->ui, f->d, &ev);
        dh_ui_draw(f->ui, f->d);
    }
}

static void keys_and_clicks_become_logged_inputs(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    size_t before = f->log.len;
    /* each team is shown the options in its own order: scan's place for the
     * second team (hcm), isolate's for the third (dn) */
    const dh_scenario *sc = dh_drill_scenario(f->d);
    int di = dh_scenario_find_decision(sc, "first");
    const dh_decision *first = &sc->decisions[di];
    int order[DH_MAX_OPTIONS], scan_at = -1, isolate_at = -1;
    dh_drill_option_order(f->d, 1, di, order);
    for (size_t p = 0; p < first->noptions; p++)
        if (!strcmp(first->options[order[p]].id, "scan")) scan_at = (int)p;
    dh_drill_option_order(f->d, 2, di, order);
    for (size_t p = 0; p < first->noptions; p++)
        if (!strcmp(first->options[order[p]].id, "isolate")) isolate_at = (int)p;
    assert_true(scan_at >= 0 && isolate_at >= 0);
    char isolate_label[32];
    snprintf(isolate_label, sizeof isolate_label, "%d   isolate", isolate_at + 1);
    key(f, SDLK_SPACE, 0);          /* pause */
    key(f, SDLK_EQUALS, 0);         /* 1× → 2× */
    key(f, SDLK_DOWN, 0);           /* select team 2 (hcm) */
    key(f, SDLK_d, 0);              /* room mode */
    key(f, (SDL_Keycode)(SDLK_1 + scan_at), 0); /* the place where scan is shown */
    key(f, SDLK_RETURN, 0);
    key(f, SDLK_ESCAPE, 0);
    key(f, SDLK_a, 0);              /* adjustment: contain +3 */
    key(f, SDLK_RIGHT, 0);
    key(f, SDLK_UP, 0);
    key(f, SDLK_UP, 0);
    key(f, SDLK_UP, 0);
    typed("báo cáo ");
    typed("sớm");
    key(f, SDLK_RETURN, 0);
    pump(f);
    /* room mode by mouse: the third team, isolate clicked twice */
    int y = dh_ui_lane_y(f->ui, 2);
    assert_true(y > 0);
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = 20;
    ev.button.y = y;
    SDL_PushEvent(&ev);
    key(f, SDLK_d, 0);
    pump(f);
    assert_int_equal(dh_ui_selected_team(f->ui), 2);
    /* find isolate's button among the drawn strings, under its place's number */
    dh_uitext *t = dh_ui_text(f->ui);
    int bx = -1, by = -1;
    for (size_t i = 0; i < dh_uitext_drawn_count(t); i++)
        if (!strncmp(dh_uitext_drawn(t, i)->text, isolate_label, strlen(isolate_label))) {
            bx = dh_uitext_drawn(t, i)->at.x + 5;
            by = dh_uitext_drawn(t, i)->at.y + 5;
        }
    assert_true(bx > 0);
    ev.button.x = bx;
    ev.button.y = by;
    SDL_PushEvent(&ev);
    SDL_PushEvent(&ev);
    pump(f);
    key(f, SDLK_e, 0);              /* end, confirmed */
    key(f, SDLK_y, 0);
    pump(f);

    const char *log = dh_buf_cstr(&f->log) + before;
    const char *want[] = {
        "{\"t\":1200000,\"type\":\"control\",\"action\":\"pause\"}",
        "{\"t\":1200000,\"type\":\"control\",\"action\":\"speed\",\"speed\":2}",
        "\"type\":\"choice\",\"team\":\"hcm\",\"id\":\"first\",\"option\":\"scan\"",
        "\"type\":\"adjust\",\"team\":\"hcm\",\"category\":\"contain\",\"points\":3,\"reason\":\"báo cáo sớm\"",
        "\"type\":\"choice\",\"team\":\"dn\",\"id\":\"first\",\"option\":\"isolate\"",
        "\"type\":\"control\",\"action\":\"end\"",
    };
    const char *at = log;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const char *hit = strstr(at, want[i]);
        if (!hit) fail_msg("log lacks (in order) %s\n--- log:\n%s", want[i], log);
        at = hit;
    }
    assert_true(dh_drill_paused(f->d));
    assert_int_equal(dh_drill_speed(f->d), 2000);
    assert_true(dh_drill_ended(f->d));
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

/* Notes, hand-delivered injects and the jump reach the log as control events. */
static void facilitator_controls_become_logged_inputs(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    size_t before = f->log.len;
    /* each team is shown the options in its own order: scan's place for the
     * second team (hcm), isolate's for the third (dn) */
    const dh_scenario *sc = dh_drill_scenario(f->d);
    int di = dh_scenario_find_decision(sc, "first");
    const dh_decision *first = &sc->decisions[di];
    int order[DH_MAX_OPTIONS], scan_at = -1, isolate_at = -1;
    dh_drill_option_order(f->d, 1, di, order);
    for (size_t p = 0; p < first->noptions; p++)
        if (!strcmp(first->options[order[p]].id, "scan")) scan_at = (int)p;
    dh_drill_option_order(f->d, 2, di, order);
    for (size_t p = 0; p < first->noptions; p++)
        if (!strcmp(first->options[order[p]].id, "isolate")) isolate_at = (int)p;
    assert_true(scan_at >= 0 && isolate_at >= 0);
    char isolate_label[32];
    snprintf(isolate_label, sizeof isolate_label, "%d   isolate", isolate_at + 1);
    key(f, SDLK_n, 0);              /* a note on the selected team (hn) */
    typed("n");                     /* the opening key's own text, as X11 sends it: not typed */
    typed("gọi lại sau");
    key(f, SDLK_RETURN, 0);
    key(f, SDLK_i, 0);              /* deliver: the third inject, to the selected team */
    key(f, SDLK_DOWN, 0);
    key(f, SDLK_DOWN, 0);
    key(f, SDLK_t, 0);
    key(f, SDLK_i, 0);              /* the same, to every team */
    key(f, SDLK_DOWN, 0);
    key(f, SDLK_DOWN, 0);
    key(f, SDLK_RETURN, 0);
    key(f, SDLK_j, 0);              /* jump to the next scheduled inject: ransom at 1:00 */
    pump(f);

    const char *log = dh_buf_cstr(&f->log) + before;
    const char *want[] = {
        "{\"t\":1200000,\"type\":\"control\",\"team\":\"hn\",\"action\":\"note\",\"text\":\"gọi lại sau\"}",
        "{\"t\":1200000,\"type\":\"control\",\"team\":\"hn\",\"action\":\"deliver\",\"id\":\"ransom\"}",
        "{\"t\":1200000,\"type\":\"inject\",\"team\":\"hn\",\"id\":\"ransom\"}",
        "{\"t\":1200000,\"type\":\"control\",\"action\":\"deliver\",\"id\":\"ransom\"}",
        "{\"t\":1200000,\"type\":\"inject\",\"team\":\"hcm\",\"id\":\"ransom\"}",
        "{\"t\":1200000,\"type\":\"inject\",\"team\":\"dn\",\"id\":\"ransom\"}",
        "{\"t\":1200000,\"type\":\"control\",\"action\":\"jump\",\"to\":3600000}",
        "{\"t\":2400000,\"type\":\"expire\",\"team\":\"hn\",\"id\":\"first\"",
    };
    const char *at = log;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const char *hit = strstr(at, want[i]);
        if (!hit) fail_msg("log lacks (in order) %s\n--- log:\n%s", want[i], log);
        at = hit;
    }
    assert_int_equal(dh_drill_now(f->d), DH_MS_HOUR);
    /* every team had it by hand already: an inject reaches a team once */
    assert_null(strstr(log, "\"t\":3600000,\"type\":\"inject\""));
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

/* R rates an objective for the selected team; the rating needs a reason, and
 * once taken it is said back on the status line and logged. */
static void an_evaluator_rates_an_objective_at_the_console(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    size_t before = f->log.len;
    key(f, SDLK_r, 0);
    typed("r");                     /* the opening key's own text: not typed */
    key(f, SDLK_RETURN, 0);         /* no reason: refused */
    pump(f);
    assert_int_equal(dh_drill_override_count(f->d), 0);
    key(f, SDLK_DOWN, 0);           /* S → M */
    typed("gọi điện thay vì email");
    key(f, SDLK_RETURN, 0);
    pump(f);
    assert_int_equal(dh_drill_override_count(f->d), 1);
    const dh_rating_override *ov = dh_drill_override_at(f->d, 0);
    assert_int_equal(ov->team, 0);
    assert_int_equal(ov->rating, DH_RATE_M);
    assert_string_equal(ov->reason, "gọi điện thay vì email");
    const char *log = dh_buf_cstr(&f->log) + before;
    assert_non_null(strstr(log, "\"type\":\"control\",\"team\":\"hn\",\"action\":\"rate\","
                                "\"id\":\"contain-fast\",\"rating\":\"M\",\"text\":\"gọi điện thay vì email\""));
    /* the confirmation on the status line names the team and the rating */
    dh_ui_draw(f->ui, f->d);
    dh_uitext *t = dh_ui_text(f->ui);
    int said = 0;
    for (size_t i = 0; i < dh_uitext_drawn_count(t); i++)
        said |= strstr(dh_uitext_drawn(t, i)->text, "M Contain within 30 minutes") != NULL;
    assert_true(said);
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

typedef struct sink_log {
    dh_input got[8];
    size_t n;
} sink_log;

static dh_status refusing_sink(void *ctx, const dh_input *in, char *err, size_t errlen)
{
    sink_log *l = ctx;
    if (l->n < 8) l->got[l->n++] = *in;
    snprintf(err, errlen, "the server did not answer");
    return DH_EIO;
}

/* The UI changes no drill itself: every input goes to the sink it was given,
 * stamped with the drill's now, and a refusal's message reaches the status bar. */
static void inputs_go_to_the_sink_not_the_drill(void **state)
{
    fixture *f = *state;
    char err[1200], fonts[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    sink_log l = {0};
    dh_ui_config cfg = {f->off.renderer, fonts, DH_LANG_EN, DH_VIEW_CONSOLE, -1, 0, 0, 0,
                        {refusing_sink, &l}};
    dh_ui *ui = dh_ui_create(&cfg, err, sizeof err);
    assert_non_null(ui);
    dh_ui_draw(ui, f->d);
    size_t before = f->log.len;
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_SPACE;
    assert_int_equal(dh_ui_event(ui, f->d, &ev), DH_UI_REDRAW);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.got[0].kind, DH_IN_PAUSE);
    assert_int_equal(l.got[0].source, DH_SRC_CONSOLE);
    assert_int_equal(l.got[0].t, dh_drill_now(f->d));
    assert_false(dh_drill_paused(f->d));
    assert_int_equal(f->log.len, before);
    assert_string_equal(dh_ui_status(ui), "the server did not answer");
    dh_ui_destroy(ui);
}

/* A replay shows the drill and takes no input: keys that would act are refused. */
static void a_replay_changes_nothing(void **state)
{
    fixture *f = *state;
    char err[1200], fonts[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    dh_ui_config cfg = {f->off.renderer, fonts, DH_LANG_EN, DH_VIEW_CONSOLE, -1, 0, 0, 1,
                        dh_drill_input_sink(f->d)};
    dh_ui *ui = dh_ui_create(&cfg, err, sizeof err);
    assert_non_null(ui);
    dh_uitext_record(dh_ui_text(ui), 1);
    size_t before = f->log.len;
    SDL_Event ev = {.type = SDL_KEYDOWN};
    SDL_Keycode keys[] = {SDLK_SPACE, SDLK_EQUALS, SDLK_j, SDLK_e, SDLK_y};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        ev.key.keysym.sym = keys[i];
        dh_ui_event(ui, f->d, &ev);
    }
    dh_ui_draw(ui, f->d);
    assert_int_equal(f->log.len, before);
    assert_false(dh_drill_paused(f->d));
    assert_false(dh_drill_ended(f->d));
    assert_true(drawn(ui, "REPLAY"));
    assert_true(drawn(ui, "a replay changes nothing"));
    dh_ui_destroy(ui);
}

/* F1 shows every key and the legend: severity shapes, decision marks, stages. */
static void help_has_the_keys_and_the_legend(void **state)
{
    fixture *f = *state;
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_F1;
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    dh_ui_draw(f->ui, f->d);
    const char *words[] = {"pause / resume", "jump to the next scheduled inject", "critical",
                           "the next team with an open decision", "write an inject now",
                           "answers to the feedback form", "open questions: answer (room mode), score, settle",
                           "partial", "missed", "initial-access", "impact"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!drawn(f->ui, words[i])) fail_msg("help lacks \"%s\"", words[i]);
    char err[256];
    /* kept for looking at: build/tests/ui/help.png */
    assert_int_equal(dh_offscreen_save_png(&f->off, "help.png", err, sizeof err), 0);
}

static void clicking_a_marker_opens_its_card_with_the_notes(void **state)
{
    fixture *f = *state;
    dh_ui_draw(f->ui, f->d);
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = dh_ui_time_x(f->ui, 15 * DH_MS_MINUTE);
    ev.button.y = dh_ui_msel_y(f->ui);
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "Spread seen"));
    assert_true(drawn(f->ui, "NOTES-SPREAD"));
}

static void closing_a_running_drill_asks_first(void **state)
{
    fixture *f = *state;
    assert_int_equal(dh_ui_close(f->ui, f->d), DH_UI_REDRAW);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "Close the console?"));
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_y;
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_QUIT);
}

static void text_cache_reuses_and_evicts(void **state)
{
    fixture *f = *state;
    dh_uitext *t = dh_ui_text(f->ui);
    dh_ui_draw(f->ui, f->d);
    size_t n = dh_uitext_cached(t);
    dh_ui_draw(f->ui, f->d);
    assert_int_equal(dh_uitext_cached(t), n);   /* an unchanged frame rasterises nothing */
    dh_uitext_draw(t, DH_FACE_SANS, 17, (SDL_Color){1, 2, 3, 255}, 0, 0, 0, "once only");
    assert_int_equal(dh_uitext_cached(t), n + 1);
    for (int i = 0; i < 200; i++) dh_ui_draw(f->ui, f->d);
    assert_int_equal(dh_uitext_cached(t), n);   /* not drawn for long: freed */
}

/* A name far wider than its box is cut with work bounded by the box, not by the
 * name: 5,000 characters once cost 12.5 million measured bytes (a frozen console). */
static void a_long_name_is_cut_with_work_bounded_by_the_box(void **state)
{
    fixture *f = *state;
    dh_uitext *t = dh_ui_text(f->ui);
    enum { N = 5000, BOX = 300 };
    char *name = malloc(N + 1);
    assert_non_null(name);
    memset(name, 'W', N);
    name[N] = 0;
    size_t before = dh_uitext_measured(t);
    dh_uitext_record(t, 1);
    SDL_Point sz = dh_uitext_draw_fit(t, DH_FACE_SANS, 17, (SDL_Color){1, 2, 3, 255}, 0, 0, BOX, name);
    assert_true(sz.x > 0 && sz.x <= BOX);
    assert_true(dh_uitext_measured(t) - before < 16 * (BOX + 1));
    const dh_drawn *dr = dh_uitext_drawn(t, dh_uitext_drawn_count(t) - 1);
    size_t len = strlen(dr->text);
    assert_true(len > 3 && len < BOX + 4);
    assert_string_equal(dr->text + len - 3, "\xE2\x80\xA6");
    free(name);
}

static void scoreboard_ranks_every_team(void **state)
{
    fixture *f = *state;
    char err[128];
    dh_input in = {.kind = DH_IN_CHOICE, .t = dh_drill_now(f->d), .team = 2, .decision = 0, .option = 0};
    assert_int_equal(dh_drill_apply(f->d, &in, err, sizeof err), DH_OK);
    dh_ui *ui = make_ui(f, DH_VIEW_SCOREBOARD, -1, 0);
    dh_ui_draw(ui, f->d);
    dh_uitext *t = dh_ui_text(ui);
    int y_third = -1, y_first = -1;
    for (size_t i = 0; i < dh_uitext_drawn_count(t); i++) {
        const dh_drawn *dr = dh_uitext_drawn(t, i);
        if (strstr(dr->text, "THIRD-TEAM")) y_third = dr->at.y;
        if (!strcmp(dr->text, "Đội Hà Nội")) y_first = dr->at.y;
        assert_true(dr->at.h >= 22 || dr->at.y < 100 || dr->at.y > 680);  /* readable rows */
    }
    assert_true(y_third > 0 && y_first > 0);
    assert_true(y_third < y_first);   /* the team that scored ranks first */
    dh_ui_destroy(ui);
}

/* Past the brackets, B shows one role's teams ranked among themselves: the
 * provinces tie for first there while they share second place overall. */
static void scoreboard_ranks_within_a_role(void **state)
{
    fixture *f = *state;
    assert_int_equal(dh_roster_set_role(&f->roster, 0, "central"), DH_OK);
    assert_int_equal(dh_roster_set_role(&f->roster, 1, "provincial"), DH_OK);
    assert_int_equal(dh_roster_set_role(&f->roster, 2, "provincial"), DH_OK);
    char err[128];
    dh_input in = {.kind = DH_IN_CHOICE, .t = dh_drill_now(f->d), .team = 0, .decision = 0, .option = 0};
    assert_int_equal(dh_drill_apply(f->d, &in, err, sizeof err), DH_OK);
    dh_ui *ui = make_ui(f, DH_VIEW_SCOREBOARD, -1, 0);
    /* all, north, south, central (brackets), central, provincial (roles) */
    for (int i = 0; i < 5; i++) {
        SDL_Event ev = {.type = SDL_KEYDOWN};
        ev.key.keysym.sym = SDLK_b;
        assert_int_equal(dh_ui_event(ui, f->d, &ev), DH_UI_REDRAW);
    }
    dh_uitext *t = dh_ui_text(ui);
    size_t from = dh_uitext_drawn_count(t);
    dh_ui_draw(ui, f->d);
    int y_third = -1, y_other = -1, tab = 0;
    for (size_t i = from; i < dh_uitext_drawn_count(t); i++) {
        const dh_drawn *dr = dh_uitext_drawn(t, i);
        assert_null(strstr(dr->text, "Hà Nội"));   /* the central team is not a province */
        if (strstr(dr->text, "THIRD-TEAM")) y_third = dr->at.y;
        if (strstr(dr->text, "OTHER-TEAM")) y_other = dr->at.y;
        tab |= !strcmp(dr->text, "provincial");
    }
    assert_true(tab && y_third > 0 && y_other > 0);
    int ranks_one = 0;
    for (size_t i = from; i < dh_uitext_drawn_count(t); i++) {
        const dh_drawn *dr = dh_uitext_drawn(t, i);
        if ((dr->at.y == y_third || dr->at.y == y_other) && !strcmp(dr->text, "1")) ranks_one++;
        assert_false((dr->at.y == y_third || dr->at.y == y_other) && !strcmp(dr->text, "2"));
    }
    assert_int_equal(ranks_one, 2);
    dh_ui_destroy(ui);
}

/* O jumps to the next team with an open decision (skipping a team that has
 * none), its decision panel open; in the panel ↓ walks the options and, past
 * the last one, moves on to the next team. */
static void next_open_decision_key_and_down_in_the_panel(void **state)
{
    fixture *f = *state;
    const dh_scenario *sc = dh_drill_scenario(f->d);
    int first = dh_scenario_find_decision(sc, "first");
    char err[256];
    dh_input in = {.kind = DH_IN_CHOICE, .t = dh_drill_now(f->d), .team = 1, .decision = first,
                   .option = 0};
    assert_int_equal(dh_drill_apply(f->d, &in, err, sizeof err), DH_OK);  /* hcm has answered */
    dh_ui_draw(f->ui, f->d);
    assert_int_equal(dh_ui_selected_team(f->ui), 0);
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_o;
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    assert_int_equal(dh_ui_selected_team(f->ui), 2);       /* dn, not hcm */
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "THIRD-TEAM"));
    assert_true(drawn(f->ui, "What first?"));               /* the panel is open */
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    assert_int_equal(dh_ui_selected_team(f->ui), 0);       /* wraps round to hn */
    ev.key.keysym.sym = SDLK_DOWN;
    for (int i = 0; i < 3; i++) {                           /* the three options */
        assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
        assert_int_equal(dh_ui_selected_team(f->ui), 0);
    }
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    assert_int_equal(dh_ui_selected_team(f->ui), 1);       /* then the next team */
    dh_ui_draw(f->ui, f->d);
    /* nothing open anywhere: said so, selection kept */
    for (int t = 0; t < 3; t += 2) {
        dh_input c = {.kind = DH_IN_CHOICE, .t = dh_drill_now(f->d), .team = t, .decision = first,
                      .option = 1};
        assert_int_equal(dh_drill_apply(f->d, &c, err, sizeof err), DH_OK);
    }
    ev.key.keysym.sym = SDLK_o;
    dh_ui_event(f->ui, f->d, &ev);
    assert_int_equal(dh_ui_selected_team(f->ui), 1);
    assert_string_equal(dh_ui_status(f->ui), "no team has an open decision");
}

/* W writes an inject on the spot: title, Enter, body, Enter; Tab sends it to
 * the selected team only. It is logged, said back, drawn on that team's lane
 * (and no other) and its card says who wrote it and when. */
static void a_written_inject_is_on_the_lane_with_its_card(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    key(f, SDLK_DOWN, 0);                   /* hcm */
    pump(f);
    int x = dh_ui_time_x(f->ui, dh_drill_now(f->d));
    int hcm = dh_ui_lane_y(f->ui, 1), dn = dh_ui_lane_y(f->ui, 2);
    int rh = dh_ui_lane_y(f->ui, 2) - dh_ui_lane_y(f->ui, 1), iy = rh / 5;
    SDL_Color accent = {86, 180, 233, 255};
    assert_false(colour_near(&f->off, x, hcm - iy, 3, accent));
    key(f, SDLK_w, 0);
    typed("w");                             /* the opening key's own text: not typed */
    key(f, SDLK_TAB, 0);                    /* to hcm only */
    typed("Báo chí gọi");
    key(f, SDLK_RETURN, 0);
    typed("Phóng viên hỏi ");                /* a text event holds 31 bytes */
    typed("về sự cố");
    key(f, SDLK_RETURN, KMOD_SHIFT);
    typed("trả lời thế nào?");
    key(f, SDLK_RETURN, 0);
    pump(f);
    const char *log = dh_buf_cstr(&f->log);
    if (!strstr(log, "{\"t\":1200000,\"type\":\"control\",\"team\":\"hcm\",\"action\":\"message\","
                     "\"text\":\"Báo chí gọi\\nPhóng viên hỏi về sự cố\\ntrả lời thế nào?\"}"))
        fail_msg("no message in the log (status: %s):\n%s", dh_ui_status(f->ui), log);
    assert_string_equal(dh_ui_status(f->ui), "Recorded: OTHER-TEAM Hồ Chí Minh — Báo chí gọi");
    dh_ui_draw(f->ui, f->d);
    assert_true(colour_near(&f->off, x, hcm - iy, 3, accent));
    assert_false(colour_near(&f->off, x, dn - iy, 3, accent));
    char err[256];
    /* kept for looking at: build/tests/ui/written-inject.png */
    assert_int_equal(dh_offscreen_save_png(&f->off, "written-inject.png", err, sizeof err), 0);
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = hcm - iy;
    assert_int_equal(dh_ui_event(f->ui, f->d, &ev), DH_UI_REDRAW);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "written by the facilitator at T+0:20:00"));
    assert_true(drawn(f->ui, "trả lời thế nào?"));
    assert_int_equal(dh_offscreen_save_png(&f->off, "written-inject-card.png", err, sizeof err), 0);
    /* an empty title is refused, with why, and the dialog stays */
    key(f, SDLK_ESCAPE, 0);
    key(f, SDLK_w, 0);
    key(f, SDLK_RETURN, 0);
    pump(f);
    assert_non_null(strstr(dh_ui_status(f->ui), "needs a title"));
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

/* A note and points are said back when taken and stay visible on the lane. */
static void notes_and_points_are_confirmed_and_on_the_lane(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    key(f, SDLK_n, 0);
    typed("gọi lại sau");
    key(f, SDLK_RETURN, 0);
    pump(f);
    assert_string_equal(dh_ui_status(f->ui), "Recorded: Đội Hà Nội — note: gọi lại sau");
    key(f, SDLK_a, 0);
    key(f, SDLK_UP, 0);
    key(f, SDLK_UP, 0);
    typed("báo cáo sớm");
    key(f, SDLK_RETURN, 0);
    pump(f);
    assert_non_null(strstr(dh_ui_status(f->ui), "Recorded: Đội Hà Nội — +2 points"));
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "+2"));                        /* the points on the lane */
    int x = dh_ui_time_x(f->ui, dh_drill_now(f->d));
    int y = dh_ui_lane_y(f->ui, 0), rh = dh_ui_lane_y(f->ui, 1) - y;
    SDL_Color mixed = {230, 159, 0, 255};
    assert_true(colour_near(&f->off, x, y - rh / 2 + 3, 2, mixed));   /* the note's flag */
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

/* The inject menu says who already has the selected inject and shows its text. */
static void the_inject_menu_shows_what_was_sent_and_a_preview(void **state)
{
    fixture *f = *state;
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_i;
    dh_ui_event(f->ui, f->d, &ev);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "already sent to every team (3)"));
    assert_true(drawn(f->ui, "Body text of the inject."));
    ev.key.keysym.sym = SDLK_DOWN;
    dh_ui_event(f->ui, f->d, &ev);
    dh_ui_event(f->ui, f->d, &ev);                          /* ransom: not yet */
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "not sent yet"));
    ev.key.keysym.sym = SDLK_t;                             /* to hn only */
    dh_ui_event(f->ui, f->d, &ev);
    ev.key.keysym.sym = SDLK_i;
    dh_ui_event(f->ui, f->d, &ev);
    ev.key.keysym.sym = SDLK_DOWN;
    dh_ui_event(f->ui, f->d, &ev);
    dh_ui_event(f->ui, f->d, &ev);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "already sent to 1/3: Đội Hà Nội"));
    char err[256];
    assert_int_equal(dh_offscreen_save_png(&f->off, "inject-menu.png", err, sizeof err), 0);
}

/* After the end, F takes the selected team's answers to the feedback form:
 * 1–5 for a rating, typed words for a text question; before the end it says
 * when. */
static void feedback_is_entered_at_the_console_after_the_end(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    key(f, SDLK_f, 0);
    pump(f);
    assert_string_equal(dh_ui_status(f->ui), "feedback is given after the end (F on the selected team)");
    key(f, SDLK_e, 0);
    key(f, SDLK_y, 0);
    key(f, SDLK_DOWN, 0);                   /* hcm */
    key(f, SDLK_f, 0);
    typed("f");
    key(f, SDLK_4, 0);                      /* realism: 4 */
    typed("4");                             /* a rating takes no text */
    key(f, SDLK_RETURN, 0);
    typed("Phối hợp <tốt>");                /* what worked */
    key(f, SDLK_RETURN, 0);
    key(f, SDLK_TAB, 0);                    /* what to improve: skipped */
    pump(f);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "Overall, how useful was this exercise?"));
    char err[256];
    assert_int_equal(dh_offscreen_save_png(&f->off, "feedback.png", err, sizeof err), 0);
    key(f, SDLK_UP, 0);                     /* overall: from nothing, ↑ does not pick 0 */
    key(f, SDLK_5, 0);
    key(f, SDLK_RETURN, 0);
    pump(f);
    const dh_scenario *sc = dh_drill_scenario(f->d);
    const dh_feedback *r = dh_drill_feedback_find(f->d, 1, dh_scenario_find_feedback(sc, "realism"));
    const dh_feedback *w = dh_drill_feedback_find(f->d, 1, dh_scenario_find_feedback(sc, "worked"));
    const dh_feedback *o = dh_drill_feedback_find(f->d, 1, dh_scenario_find_feedback(sc, "overall"));
    assert_non_null(r);
    assert_non_null(w);
    assert_non_null(o);
    assert_int_equal(r->rating, 4);
    assert_string_equal(w->text, "Phối hợp <tốt>");
    assert_int_equal(o->rating, 5);
    assert_null(dh_drill_feedback_find(f->d, 1, dh_scenario_find_feedback(sc, "improve")));
    assert_int_equal(dh_drill_feedback_count(f->d), 3);
    assert_non_null(strstr(dh_buf_cstr(&f->log),
                           "\"team\":\"hcm\",\"action\":\"feedback\",\"id\":\"worked\",\"text\":\"Phối hợp <tốt>\""));
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

/* A team's own station shows the facilitator's written inject in its inbox (the
 * newest opened, from the facilitator) and never an evaluator's notes or points,
 * which the console draws on the same lane. */
static void a_team_station_shows_written_injects_not_notes(void **state)
{
    fixture *f = *state;
    char err[256];
    dh_ms now = dh_drill_now(f->d);
    dh_input in[] = {
        {.kind = DH_IN_MESSAGE, .t = now, .team = 0, .text = "Báo chí gọi\nPhóng viên hỏi về sự cố"},
        {.kind = DH_IN_MESSAGE, .t = now, .team = 1, .text = "OTHER-TEAM-ONLY"},
        {.kind = DH_IN_NOTE, .t = now, .team = 0, .text = "SECRET-NOTE"},
        {.kind = DH_IN_ADJUST, .t = now, .team = 0, .category = 0, .milli = 7000, .text = "SECRET-REASON"},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        assert_int_equal(dh_drill_apply(f->d, &in[i], err, sizeof err), DH_OK);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "+7"));                        /* the console shows the points */
    dh_ui *ui = make_ui(f, DH_VIEW_TEAM, 0, 1);
    dh_ui_draw(ui, f->d);
    assert_true(drawn(ui, "Báo chí gọi"));
    assert_true(drawn(ui, "From: the facilitator"));
    assert_true(drawn(ui, "Phóng viên hỏi về sự cố"));
    assert_false(drawn(ui, "OTHER-TEAM-ONLY"));
    assert_false(drawn(ui, "SECRET"));
    assert_false(drawn(ui, "+7"));
    assert_int_equal(dh_offscreen_save_png(&f->off, "station-written-inject.png", err, sizeof err), 0);
    dh_ui_destroy(ui);
}

/* A team's own station takes its feedback after the end with F, for its team. */
static void a_team_station_gives_its_own_feedback(void **state)
{
    fixture *f = *state;
    char err[256];
    dh_input end = {.kind = DH_IN_END, .t = dh_drill_now(f->d), .team = -1};
    assert_int_equal(dh_drill_apply(f->d, &end, err, sizeof err), DH_OK);
    dh_ui *ui = make_ui(f, DH_VIEW_TEAM, 2, 1);
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_f;
    assert_int_equal(dh_ui_event(ui, f->d, &ev), DH_UI_REDRAW);
    dh_ui_draw(ui, f->d);
    assert_true(drawn(ui, "Feedback from THIRD-TEAM"));
    ev.key.keysym.sym = SDLK_3;
    dh_ui_event(ui, f->d, &ev);
    ev.key.keysym.sym = SDLK_RETURN;
    dh_ui_event(ui, f->d, &ev);
    const dh_feedback *fb = dh_drill_feedback_find(f->d, 2, dh_scenario_find_feedback(dh_drill_scenario(f->d), "realism"));
    assert_non_null(fb);
    assert_int_equal(fb->rating, 3);
    assert_int_equal(dh_drill_feedback_count(f->d), 1);
    dh_ui_destroy(ui);
}

static void editing(const char *s)
{
    SDL_Event ev = {.type = SDL_TEXTEDITING};
    snprintf(ev.edit.text, sizeof ev.edit.text, "%s", s);
    assert_int_equal(SDL_PushEvent(&ev), 1);
}

/* Room mode: the facilitator types the selected team's answer (Vietnamese, two
 * lines, an input method composing), scores it against the rubric, and settles
 * it when an evaluator disagrees; each is an input in the event log. */
static void the_console_types_an_answer_scores_and_settles_it(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    key(f, SDLK_q, 0);
    pump(f);
    assert_true(drawn(f->ui, "Who do you notify about the leak"));
    assert_true(drawn(f->ui, "0 / 10000 characters"));
    assert_true(drawn(f->ui, "A full answer names the director first"));   /* guidance, at the console */
    typed("Gọi giám đốc");
    key(f, SDLK_RETURN, 0);
    editing("rồ");
    pump(f);
    assert_true(drawn(f->ui, "Gọi giám đốc\nrồ▏"));      /* what the input method composes */
    typed("rồi cán bộ DPO");
    pump(f);
    assert_true(drawn(f->ui, "27 / 10000 characters"));
    assert_null(strstr(dh_buf_cstr(&f->log), "\"type\":\"answer\""));  /* Enter is a new line, not a send */
    key(f, SDLK_RETURN, KMOD_CTRL);
    pump(f);
    assert_non_null(strstr(dh_buf_cstr(&f->log), "\"type\":\"answer\",\"team\":\"hn\",\"id\":\"notify\""));
    assert_non_null(strstr(dh_buf_cstr(&f->log), "Gọi giám đốc\\nrồi cán bộ DPO"));
    /* answered: now the scoring view of the same answer */
    assert_true(drawn(f->ui, "Tells the director first"));
    assert_true(drawn(f->ui, "not scored yet"));
    key(f, SDLK_1, KMOD_CTRL);
    key(f, SDLK_3, KMOD_CTRL);
    typed("Đủ ý");
    key(f, SDLK_RETURN, KMOD_CTRL);
    pump(f);
    assert_non_null(strstr(dh_buf_cstr(&f->log), "\"type\":\"score\",\"team\":\"hn\",\"id\":\"notify\",\"items\":\"director,facts\""));
    /* an evaluator at a station ticks differently */
    char err[256];
    dh_input lan = {.kind = DH_IN_SCORE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(f->d), .team = 0,
                    .decision = 0, .milli = 1, .text = "", .by = "Lan"};
    assert_int_equal(dh_drill_apply(f->d, &lan, err, sizeof err), DH_OK);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "The evaluators disagree"));
    assert_true(drawn(f->ui, "Lan: director"));
    dh_input minh = lan;
    minh.by = "Minh";
    minh.milli = 3;
    minh.text = "Thiếu thời hạn báo DPO";
    assert_int_equal(dh_drill_apply(f->d, &minh, err, sizeof err), DH_OK);
    dh_ui_draw(f->ui, f->d);
    const char *shot = getenv("DH_QUESTION_SHOT");   /* README's picture, when asked */
    dh_offscreen_flush(&f->off);
    if (shot && dh_offscreen_save_png(&f->off, shot, err, sizeof err)) fail_msg("%s", err);
    /* settling needs a reason */
    key(f, SDLK_s, KMOD_CTRL);
    pump(f);
    assert_null(strstr(dh_buf_cstr(&f->log), "\"action\":\"settle\""));
    assert_string_equal(dh_ui_status(f->ui), dh_tr(DH_LANG_EN, S_QU_SETTLE_NEEDS));
    typed("Có nói rõ điều đã biết");
    key(f, SDLK_s, KMOD_CTRL);
    pump(f);
    assert_non_null(strstr(dh_buf_cstr(&f->log), "\"action\":\"settle\",\"id\":\"notify\",\"items\":\"director,facts\""));
    assert_true(drawn(f->ui, "settled by the facilitator"));
    key(f, SDLK_ESCAPE, 0);
    pump(f);
    assert_false(drawn(f->ui, "Tells the director first"));
}

typedef struct captured {
    int n;
    dh_input in;
    char text[512];
} captured;

static dh_status capture(void *ctx, const dh_input *in, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    captured *c = ctx;
    c->n++;
    c->in = *in;
    snprintf(c->text, sizeof c->text, "%s", in->text ? in->text : "");
    return DH_OK;
}

/* A team station draws from its own book (what the server sent): the answer box
 * with its countdown, a draft kept in the book while the window is gone, the
 * item's index sent, and once answered the answer read-only. */
static void a_team_station_answers_from_its_book_and_keeps_the_draft(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_destroy(f->ui);
    f->ui = make_ui(f, DH_VIEW_TEAM, 0, 1);
    captured c = {0};
    char err[1200], fonts[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    dh_ui_destroy(f->ui);
    dh_ui_config cfg = {f->off.renderer, fonts, DH_LANG_VI, DH_VIEW_TEAM, 0, 1, 0, 0, {capture, &c}};
    f->ui = dh_ui_create(&cfg, err, sizeof err);
    assert_non_null(f->ui);
    dh_uitext_record(dh_ui_text(f->ui), 1);
    dh_qbook *book = dh_qbook_create();
    assert_int_equal(dh_qbook_sync(book, f->d), DH_OK);
    dh_ui_set_questions(f->ui, book);
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "Q để trả lời"));
    assert_true(drawn(f->ui, "còn 0:20:00"));
    key(f, SDLK_q, 0);
    typed("Báo giám đốc, rồi cán bộ bảo vệ dữ liệu");
    pump(f);
    assert_false(drawn(f->ui, "Hướng dẫn cho người đánh giá"));   /* no guidance for a team */
    /* the window goes (a dropped link, a restarted view): the draft is in the book */
    dh_ui_destroy(f->ui);
    f->ui = dh_ui_create(&cfg, err, sizeof err);
    assert_non_null(f->ui);
    dh_uitext_record(dh_ui_text(f->ui), 1);
    dh_ui_set_questions(f->ui, book);
    key(f, SDLK_q, 0);
    pump(f);
    assert_true(drawn(f->ui, "Báo giám đốc, rồi cán bộ bảo vệ dữ liệu▏"));
    const char *shot = getenv("DH_STATION_SHOT");   /* a picture to look at, when asked */
    dh_offscreen_flush(&f->off);
    if (shot && dh_offscreen_save_png(&f->off, shot, err, sizeof err)) fail_msg("%s", err);
    key(f, SDLK_RETURN, KMOD_CTRL);
    pump(f);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.in.kind, DH_IN_ANSWER);
    assert_int_equal(c.in.inject, 0);
    assert_string_equal(c.text, "Báo giám đốc, rồi cán bộ bảo vệ dữ liệu");
    assert_true(drawn(f->ui, "Đã gửi — đang chờ máy chủ xác nhận"));
    /* the server's answered event: read only, no scoring keys for a team */
    assert_int_equal(dh_qbook_answered(book, "hn", "notify", c.text), DH_OK);
    key(f, SDLK_1, KMOD_CTRL);
    key(f, SDLK_RETURN, KMOD_CTRL);
    pump(f);
    assert_int_equal(c.n, 1);
    assert_true(drawn(f->ui, "Câu trả lời của đội (đã gửi, chỉ xem)"));
    dh_ui_destroy(f->ui);
    f->ui = NULL;
    dh_qbook_destroy(book);
}

/* 10,000 characters and no more: the counter, and the next one refused; the
 * whole answer can be read in the scoring view, ↓ by ↓, to its last words. */
static void an_answer_stops_at_ten_thousand_characters(void **state)
{
    fixture *f = *state;
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_ui_draw(f->ui, f->d);
    key(f, SDLK_q, 0);
    pump(f);
    for (int i = 0; i < 999; i++) {
        typed("ăâêôơưđ xy");   /* 10 characters a time */
        if (i % 100 == 99) pump(f);
    }
    typed("CUỐI CÙNG.");
    pump(f);
    assert_true(drawn(f->ui, "10000 / 10000 characters"));
    typed("z");
    pump(f);
    assert_string_equal(dh_ui_status(f->ui), dh_tr(DH_LANG_EN, S_QU_TOO_LONG));
    assert_true(drawn(f->ui, "10000 / 10000 characters"));
    key(f, SDLK_RETURN, KMOD_CTRL);
    pump(f);
    assert_non_null(strstr(dh_buf_cstr(&f->log), "\"type\":\"answer\""));
    assert_non_null(strstr(dh_buf_cstr(&f->log), "xyCUỐI CÙNG.\""));
    /* its beginning is shown, not its end; ↓ reads on */
    dh_ui_draw(f->ui, f->d);
    assert_true(drawn(f->ui, "from character 1 of 10000"));
    assert_false(drawn(f->ui, "CUỐI CÙNG."));
    for (int i = 0; i < 80; i++) key(f, SDLK_DOWN, 0);
    pump(f);
    assert_true(drawn(f->ui, "CUỐI CÙNG."));
    assert_false(drawn(f->ui, "from character 1 of"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(delivered_marker_has_stage_colour_at_its_time, setup, teardown),
        cmocka_unit_test_setup_teardown(served_lanes_show_each_teams_stations, setup, teardown),
        cmocka_unit_test_setup_teardown(team_view_shows_nothing_of_other_teams_or_the_msel, setup, teardown),
        cmocka_unit_test_setup_teardown(station_options_are_shuffled_and_none_is_selected, setup, teardown),
        cmocka_unit_test_setup_teardown(vietnamese_text_renders_with_width, setup, teardown),
        cmocka_unit_test_setup_teardown(keys_and_clicks_become_logged_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(facilitator_controls_become_logged_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(an_evaluator_rates_an_objective_at_the_console, setup, teardown),
        cmocka_unit_test_setup_teardown(inputs_go_to_the_sink_not_the_drill, setup, teardown),
        cmocka_unit_test_setup_teardown(a_replay_changes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(help_has_the_keys_and_the_legend, setup, teardown),
        cmocka_unit_test_setup_teardown(next_open_decision_key_and_down_in_the_panel, setup, teardown),
        cmocka_unit_test_setup_teardown(a_written_inject_is_on_the_lane_with_its_card, setup, teardown),
        cmocka_unit_test_setup_teardown(notes_and_points_are_confirmed_and_on_the_lane, setup, teardown),
        cmocka_unit_test_setup_teardown(the_inject_menu_shows_what_was_sent_and_a_preview, setup, teardown),
        cmocka_unit_test_setup_teardown(feedback_is_entered_at_the_console_after_the_end, setup, teardown),
        cmocka_unit_test_setup_teardown(a_team_station_shows_written_injects_not_notes, setup, teardown),
        cmocka_unit_test_setup_teardown(a_team_station_gives_its_own_feedback, setup, teardown),
        cmocka_unit_test_setup_teardown(clicking_a_marker_opens_its_card_with_the_notes, setup, teardown),
        cmocka_unit_test_setup_teardown(closing_a_running_drill_asks_first, setup, teardown),
        cmocka_unit_test_setup_teardown(text_cache_reuses_and_evicts, setup, teardown),
        cmocka_unit_test_setup_teardown(scoreboard_ranks_every_team, setup, teardown),
        cmocka_unit_test_setup_teardown(scoreboard_ranks_within_a_role, setup, teardown),
        cmocka_unit_test_setup_teardown(a_long_name_is_cut_with_work_bounded_by_the_box, setup, teardown),
        cmocka_unit_test_setup_teardown(the_console_types_an_answer_scores_and_settles_it, setup_q, teardown),
        cmocka_unit_test_setup_teardown(a_team_station_answers_from_its_book_and_keeps_the_draft, setup_q, teardown),
        cmocka_unit_test_setup_teardown(an_answer_stops_at_ten_thousand_characters, setup_q, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
