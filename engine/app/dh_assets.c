/* dh_assets.c — finding the program's own files from where the executable is. */
#include "dh_assets.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

/* Set by engine/app/CMakeLists.txt from the install layout (GNUInstallDirs), so
 * a packager who moves bin/ or share/ moves the lookup with them. */
#ifndef DH_ASSETS_FROM_BIN
#define DH_ASSETS_FROM_BIN "../share/drillhall/assets"
#endif
#ifndef DH_ASSETS_INSTALLED
#define DH_ASSETS_INSTALLED "/usr/local/share/drillhall/assets"
#endif

/* The face every view opens first: a folder without it is not the fonts folder,
 * however it is named (an empty or half-copied assets/ must not win). */
#define DH_PROBE_FONT "DejaVuSans.ttf"

/* Writes "<a><b>/fonts" into out; 0, or -1 when it does not fit. */
static int join(char *out, size_t n, const char *a, const char *b)
{
    int len = snprintf(out, n, "%s%s/fonts", a, b);
    return len < 0 || (size_t)len >= n ? -1 : 0;
}

static int holds_fonts(const char *dir)
{
    char probe[4096];
    int len = snprintf(probe, sizeof probe, "%s/%s", dir, DH_PROBE_FONT);
    if (len < 0 || (size_t)len >= sizeof probe) return 0;
    FILE *f = fopen(probe, "rb");
    if (!f) return 0;
    fclose(f);
    return 1;
}

void dh_assets_font_dir(char *out, size_t n)
{
    const char *env = getenv("DRILLHALL_ASSETS");
    if (env && *env) {
        join(out, n, env, "");
        return;
    }
    /* installed first: an installed binary must never prefer a folder that
     * only a build tree has */
    static const char *const from_exe[] = {DH_ASSETS_FROM_BIN, "assets"};
    char *base = SDL_GetBasePath();   /* ends with '/'; NULL when /proc is missing */
    for (size_t i = 0; base && i < sizeof from_exe / sizeof from_exe[0]; i++)
        if (!join(out, n, base, from_exe[i]) && holds_fonts(out)) goto done;
    if (!join(out, n, DH_ASSETS_INSTALLED, "") && holds_fonts(out)) goto done;
    if (base) join(out, n, base, DH_ASSETS_FROM_BIN);
    else join(out, n, DH_ASSETS_INSTALLED, "");
done:
    SDL_free(base);
}

#ifndef DH_WEB_FROM_BIN
#define DH_WEB_FROM_BIN "../share/drillhall/web"
#endif
#ifndef DH_WEB_INSTALLED
#define DH_WEB_INSTALLED "/usr/local/share/drillhall/web"
#endif

static int holds_page(const char *dir)
{
    char probe[4096];
    int len = snprintf(probe, sizeof probe, "%s/index.html", dir);
    if (len < 0 || (size_t)len >= sizeof probe) return 0;
    FILE *f = fopen(probe, "rb");
    if (!f) return 0;
    fclose(f);
    return 1;
}

void dh_assets_web_dir(char *out, size_t n)
{
    const char *env = getenv("DRILLHALL_WEB");
    if (env && *env) {
        snprintf(out, n, "%s", env);
        return;
    }
    static const char *const from_exe[] = {DH_WEB_FROM_BIN, "web"};
    char *base = SDL_GetBasePath();
    for (size_t i = 0; base && i < sizeof from_exe / sizeof from_exe[0]; i++) {
        int len = snprintf(out, n, "%s%s", base, from_exe[i]);
        if (len >= 0 && (size_t)len < n && holds_page(out)) goto done;
    }
    snprintf(out, n, "%s", DH_WEB_INSTALLED);
    if (!holds_page(out) && base) snprintf(out, n, "%s%s", base, DH_WEB_FROM_BIN);
done:
    SDL_free(base);
}
