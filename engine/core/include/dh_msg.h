/* dh_msg.h — every word a person reads, by message id, in each language.
 *
 * The words live in engine/core/catalog.tsv (id<TAB>en<TAB>vi, one row a
 * message); the build turns it into a table and into enum dh_msg_id
 * (dh_msg_ids.h), so an id that is not in the catalog does not compile. Adding
 * a language is adding a column there: DH_LANG_COUNT and the language codes
 * follow from the header row.
 *
 * The language is chosen once per process (the app does it from --lang,
 * DRILLHALL_LANG or the locale) and every layer's messages — errors written
 * into a caller's buffer included — come out in it through dh_msg(). Code that
 * draws for a given reader (a station, a report in a drill's own language)
 * asks with dh_tr(lang, id) instead. Messages that take values are printf
 * formats whose conversions agree across columns (the generator checks). */
#ifndef DH_MSG_H
#define DH_MSG_H

#include "dh_text.h"

/* The message in lang (never NULL; a language out of range reads English). */
const char *dh_tr(dh_lang lang, dh_msg_id id);
/* The message in the process's language. */
const char *dh_msg(dh_msg_id id);
/* The id's name as the catalog spells it ("S_PAUSED"); NULL out of range. For
 * handing words to a reader that is not C (the browser station). */
const char *dh_msg_id_name(dh_msg_id id);
/* Sets the process's language (English until set). Call it once, at start-up,
 * before any thread starts. */
void dh_msg_set_lang(dh_lang lang);
dh_lang dh_msg_lang(void);

#endif
