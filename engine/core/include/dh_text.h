/* dh_text.h — scenario text in several languages, and escaping what a terminal
 * would act on (UTF-8 itself is dh_utf8.h, included here for the text's users).
 *
 * A text is either language-neutral (a plain string in the scenario) or a set of
 * translations. drillhall speaks Vietnamese and English; asking for one falls
 * back to the other, so a missing translation shows the text that exists. */
#ifndef DH_TEXT_H
#define DH_TEXT_H

#include "dh_buf.h"
#include "dh_msg_ids.h" /* generated from catalog.tsv: its languages */
#include "dh_utf8.h"

#include <stddef.h>

/* The languages are the catalog's columns (catalog.tsv's header row); the two
 * the code names are the first two. A further column is a language code will
 * parse and the catalog will speak, with no new constant. */
typedef enum dh_lang { DH_LANG_EN = 0, DH_LANG_VI = 1, DH_LANG_COUNT = DH_CATALOG_LANG_COUNT } dh_lang;

typedef struct dh_text {
    char *s[DH_LANG_COUNT]; /* owned; a neutral text has both pointing at one copy */
    int neutral;
} dh_text;

/* Returns the text in lang, else the other language, else "". Never NULL. */
const char *dh_text_get(const dh_text *t, dh_lang lang);
int dh_text_empty(const dh_text *t);
/* Sets a neutral text (copies s). Returns 0, or -1 out of memory. */
int dh_text_set_neutral(dh_text *t, const char *s);
/* Sets one translation (copies s). */
int dh_text_set(dh_text *t, dh_lang lang, const char *s);
void dh_text_free(dh_text *t);

/* A catalog column's code ("en", "vi", …) → language; -1 for anything else. */
int dh_lang_parse(const char *s);
const char *dh_lang_code(dh_lang lang);

/* Appends s[0..n) to out with every character a terminal would act on made
 * visible: C0 controls as \xNN (\n kept with DH_ESC_KEEP_NL, \t with
 * DH_ESC_KEEP_TAB, a CR just before a newline with DH_ESC_KEEP_CRLF), DEL as \x7f, C1 controls (U+0080-U+009F) as \u0080-\u009f,
 * and each byte that is not UTF-8 as \xNN. The result is valid UTF-8 and can
 * neither move the cursor, clear the screen, set a window title nor send
 * anything back. Everything drillhall prints to a terminal goes through it. */
enum { DH_ESC_KEEP_NL = 1, DH_ESC_KEEP_TAB = 2, DH_ESC_KEEP_CRLF = 4 };
void dh_text_escape_controls(dh_buf *out, const char *s, size_t n, int keep);
/* 1 when dh_text_escape_controls would change s[0..n). */
int dh_text_has_controls(const char *s, size_t n, int keep);

char *dh_strdup(const char *s);

/* The rule for every id an author or a roster writes (teams, injects,
 * decisions, options, stages, ...): 1..64 bytes of ASCII letters, digits, '-',
 * '_' and '.', so ids survive CSV, file names and URLs unquoted. */
int dh_id_valid(const char *s);

#endif
