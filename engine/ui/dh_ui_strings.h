/* dh_ui_strings.h — the ui's words, looked up in the catalog in the reader's
 * language. A leaf: it knows languages, nothing of the ui's state. */
#ifndef DH_UI_STRINGS_H
#define DH_UI_STRINGS_H

#include "dh_msg.h"

/* A ui word is a catalog message (engine/core/catalog.tsv, the S_ rows). */
typedef dh_msg_id dh_str;
const char *dh_ui_str(dh_lang lang, dh_str s);
/* A channel id ("email", "phone", …) in the reader's language. */
const char *dh_ui_channel(dh_lang lang, const char *channel);
/* The help overlay's lines (key, what it does), NULL-terminated. */
const char *const *dh_ui_help(dh_lang lang);

#endif
