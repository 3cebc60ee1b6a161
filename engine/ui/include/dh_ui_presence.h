/* dh_ui_presence.h — a served drill's stations for one team, as the console's
 * lanes show them: a plain copy the app makes of the server's presence each
 * frame, so the ui sees no network header. */
#ifndef DH_UI_PRESENCE_H
#define DH_UI_PRESENCE_H

#include <stdint.h>

typedef struct dh_ui_presence {
    int online;           /* stations connected now; 0: offline */
    int64_t since_ms;     /* wall ms since when it has been online (or offline) */
} dh_ui_presence;

#endif
