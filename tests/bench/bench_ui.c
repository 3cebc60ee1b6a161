/* bench_ui.c — the facilitator console at 1920×1080 with the software renderer:
 * time from start to the first frame, frame times over a live stretch of the
 * reference scenario near its end, and the resident memory it all takes.
 *
 * usage: bench_ui SCENARIO FONT_DIR [TEAMS] [FRAMES]   prints "name value unit"
 * lines. Each frame advances the drill one exercise second (the clock changes on
 * every frame, as it does at 1× on a projector), then draws and completes it. */
#include "dh_autoplay.h"
#include "dh_offscreen.h"
#include "dh_script.h"
#include "dh_ui.h"

#include "bench_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6)) kib = strtol(line + 6, NULL, 10);
    if (f) fclose(f);
    return kib;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: bench_ui SCENARIO FONT_DIR [TEAMS] [FRAMES]\n", stderr);
        return 2;
    }
    double t0 = now_ms();
    size_t teams = argc > 3 ? (size_t)atoi(argv[3]) : 100;
    int frames = argc > 4 ? atoi(argv[4]) : 600;
    if (frames < 10) frames = 10;
    dh_script *s = dh_script_create(NULL, 1);
    dh_scenario *sc = NULL;
    dh_diags diags;
    dh_diags_init(&diags);
    if (!s || dh_script_load(s, argv[1], &sc, &diags)) {
        fprintf(stderr, "bench_ui: %s: cannot load\n", argv[1]);
        return 1;
    }
    dh_diags_free(&diags);
    dh_roster roster;
    dh_roster_init(&roster);
    dh_roster_generate(&roster, teams);
    dh_drill_config cfg = {sc, &roster, 1, dh_script_iface_for(s)};
    dh_drill *d = dh_drill_create(&cfg);
    dh_autoplay ap;
    if (!d || dh_drill_start(d) || dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, NULL)) return 1;
    dh_ms start = sc->duration - 15 * DH_MS_MINUTE;
    dh_drill_advance(d, start);

    char err[1200];
    dh_offscreen off;
    if (dh_offscreen_open(&off, 1920, 1080, err, sizeof err)) {
        fprintf(stderr, "bench_ui: %s\n", err);
        return 1;
    }
    dh_ui_config ucfg = {off.renderer, argv[2], DH_LANG_VI, DH_VIEW_CONSOLE, -1, 0, 0, 0, {0}};
    dh_ui *ui = dh_ui_create(&ucfg, err, sizeof err);
    if (!ui) {
        fprintf(stderr, "bench_ui: %s\n", err);
        return 1;
    }
    dh_ui_draw(ui, d);
    dh_offscreen_flush(&off);
    double first = now_ms() - t0;

    double *ms = malloc((size_t)frames * sizeof *ms);
    if (!ms) return 1;
    for (int i = 0; i < frames; i++) {
        dh_drill_advance(d, start + (dh_ms)(i + 1) * DH_MS_SECOND);
        double a = now_ms();
        dh_ui_draw(ui, d);
        dh_offscreen_flush(&off);
        ms[i] = now_ms() - a;
    }
    qsort(ms, (size_t)frames, sizeof *ms, cmp_double);
    printf("console_first_frame %.1f ms\n", first);
    printf("console_frame_median %.2f ms\n", ms[frames / 2]);
    printf("console_frame_p99 %.2f ms\n", ms[frames * 99 / 100]);
    printf("console_rss_%zu_teams %.1f MiB\n", teams, (double)rss_kib() / 1024.0);
    free(ms);
    dh_ui_destroy(ui);
    dh_offscreen_close(&off);
    dh_autoplay_free(&ap);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    dh_script_destroy(s);
    return 0;
}
