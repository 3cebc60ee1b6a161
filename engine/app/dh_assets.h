/* dh_assets.h — where the program's own files are (the fonts, the
 * browser station's page).
 *
 * One binary runs from the build tree, from an installed prefix and from a
 * Debian package, so its files are looked for relative to the executable. No
 * path into the source tree is compiled in: an installed copy keeps working
 * once the sources are gone, and never reads fonts from wherever a package
 * happened to be built. */
#ifndef DH_ASSETS_H
#define DH_ASSETS_H

#include <stddef.h>

/* Writes the fonts folder into out (n bytes). The first that applies:
 *   $DRILLHALL_ASSETS/fonts        when set and not empty, taken as given (the
 *                                  person asked for it; a missing font is then
 *                                  reported with that path)
 *   <exe>/../share/drillhall/assets/fonts   an installed prefix (bin/ → share/)
 *   <exe>/assets/fonts             the build tree (the build copies them there)
 *   <prefix>/share/drillhall/assets/fonts   the configured prefix, for when the
 *                                  executable's folder cannot be known
 * A candidate counts only when it holds the fonts. When none does, the
 * installed place is written, so the error about a missing font says where the
 * fonts belong. */
void dh_assets_font_dir(char *out, size_t n);

/* Writes the browser station's folder (web/: index.html and its scripts) into
 * out, looked for the same way with $DRILLHALL_WEB in place of
 * $DRILLHALL_ASSETS: <exe>/../share/drillhall/web, <exe>/web (the build copies
 * it there), <prefix>/share/drillhall/web. A candidate counts only when it
 * holds index.html. */
void dh_assets_web_dir(char *out, size_t n);

#endif
