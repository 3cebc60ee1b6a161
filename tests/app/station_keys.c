/* station_keys.c — a native station's window driven by keys instead of a
 * person, for tests/questions/native-stations.sh: the same station, sink, book
 * and ui as `drillhall join`, on the offscreen video driver.
 *
 *   station_keys team|evaluator URL CODE PIN FONTS TEXT
 *
 * team: waits for an open question, presses Q, types TEXT (as SDL delivers
 * typing: pieces of at most 31 bytes), Ctrl+Enter, and waits until the server
 * says the question was answered. evaluator: waits for an answer, presses Q,
 * ticks the first rubric item (Ctrl+1), types TEXT as the comment, Ctrl+Enter,
 * and waits until the server's scored event names this evaluator. Exit 0 when
 * done, 1 when the station was refused or 60 s passed. */
#include "cmd_join_station.h"
#include "dh_offscreen.h"
#include "dh_qbook.h"
#include "dh_station.h"
#include "dh_ui.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void key(SDL_Keycode k, Uint16 mod)
{
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = k;
    ev.key.keysym.mod = mod;
    SDL_PushEvent(&ev);
}

static void typed(const char *s)
{
    size_t n = strlen(s);
    while (n) {
        SDL_Event ev = {.type = SDL_TEXTINPUT};
        size_t k = n < sizeof ev.text.text - 1 ? n : sizeof ev.text.text - 1;
        while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        memcpy(ev.text.text, s, k);
        ev.text.text[k] = 0;
        SDL_PushEvent(&ev);
        s += k;
        n -= k;
    }
}

static int first_with(dh_qbook *b, dh_qbook_status status)
{
    for (size_t i = 0; i < dh_qbook_count(b); i++)
        if (dh_qbook_at(b, i)->status == status) return (int)i;
    return -1;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: station_keys team|evaluator URL CODE PIN FONTS TEXT\n");
        return 2;
    }
    int team = !strcmp(argv[1], "team");
    char err[1200];
    uint8_t pin[DH_STATION_FP_LEN];
    if (dh_station_parse_pin(argv[4], pin)) return fprintf(stderr, "bad pin\n"), 2;
    dh_station_net *net = dh_station_net_create(err, sizeof err);
    if (!net) return fprintf(stderr, "%s\n", err), 1;
    dh_station_config cfg = {.url = argv[2], .code = argv[3], .lang = "en", .pin = pin};
    dh_station *st = dh_station_add(net, &cfg, err, sizeof err);
    if (!st) return fprintf(stderr, "%s\n", err), 1;
    dh_qbook *book = dh_station_questions(st);
    time_t until = time(NULL) + 60;
    int rc = 1, sent = 0;
    dh_offscreen off;
    dh_ui *ui = NULL;
    if (SDL_InitSubSystem(SDL_INIT_EVENTS) || dh_offscreen_open(&off, 1280, 720, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    while (time(NULL) < until && dh_station_get_state(st) != DH_ST_REFUSED) {
        dh_station_net_service(net, 20);
        dh_mirror *m = dh_station_mirror(st);
        const dh_drill *d = dh_mirror_drill(m);
        if (!d || dh_station_get_state(st) != DH_ST_ONLINE) continue;
        if (!ui) {
            dh_ui_config uc = {.renderer = off.renderer, .font_dir = argv[5], .lang = DH_LANG_EN,
                               .view = team ? DH_VIEW_TEAM : DH_VIEW_CONSOLE,
                               .team = team ? dh_mirror_own_team(m) : -1, .station = team,
                               .sink = dh_station_input_sink(st)};
            if (!(ui = dh_ui_create(&uc, err, sizeof err))) break;
            dh_ui_set_questions(ui, book);
        }
        if (!sent) {
            int i = first_with(book, team ? DH_QB_OPEN : DH_QB_ANSWERED);
            if (i < 0) continue;
            key(SDLK_q, 0);
            if (team) {
                typed(argv[6]);
            } else {
                key(SDLK_1, KMOD_CTRL);
                typed(argv[6]);
            }
            key(SDLK_RETURN, KMOD_CTRL);
            sent = 1;
        }
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
            dh_ui_event(ui, d, &ev);
            dh_ui_draw(ui, d);
        }
        static char said[256];
        if (sent && strcmp(said, dh_ui_status(ui))) {
            snprintf(said, sizeof said, "%s", dh_ui_status(ui));
            printf("status: %s\n", said);
        }
        int i = first_with(book, DH_QB_ANSWERED);
        if (team && i >= 0) {
            printf("answered: %s\n", dh_qbook_at(book, (size_t)i)->answer);
            rc = 0;
            break;
        }
        if (!team && i >= 0) {
            const dh_qbook_item *it = dh_qbook_at(book, (size_t)i);
            for (size_t k = 0; k < it->nscores; k++)
                if (it->scores[k].by && !strcmp(it->scores[k].items, it->rubric_ids[0])) {
                    printf("scored by %s: %s\n", it->scores[k].by, it->scores[k].items);
                    rc = 0;
                }
            if (!rc) break;
        }
    }
    if (rc) fprintf(stderr, "station_keys: not done (state %d)\n", (int)dh_station_get_state(st));
    dh_ui_destroy(ui);
    dh_offscreen_close(&off);
    dh_station_net_destroy(net);
    return rc;
}
