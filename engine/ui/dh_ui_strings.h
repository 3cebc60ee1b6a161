/* dh_ui_strings.h — every word the ui draws, in English and Vietnamese. A leaf:
 * it knows languages, nothing of the ui's state. */
#ifndef DH_UI_STRINGS_H
#define DH_UI_STRINGS_H

#include "dh_text.h"

/* UI words in both languages. */
typedef enum dh_str {
    S_RUNNING, S_PAUSED, S_ENDED, S_WAITING, S_TEAMS, S_MSEL, S_DECIDING, S_HELP_HINT,
    S_INBOX, S_OPEN_DECISIONS, S_NO_OPEN, S_PAST_CHOICES, S_LEFT, S_POINTS, S_SCOREBOARD,
    S_ALL, S_CHOSE, S_AT, S_NOTES, S_FROM, S_CHANNEL, S_ATTACK,
    S_MISSED, S_OPEN, S_DECIDE_FOR, S_PRESS_ENTER, S_ADJUST_FOR,
    S_CATEGORY, S_REASON, S_NOTE_ON, S_DELIVER, S_TO_ALL, S_TO_TEAM, S_END_Q, S_QUIT_Q,
    S_YES_NO, S_HELP_TITLE, S_NOTHING_YET, S_SEVERITY, S_TIMEOUT,
    S_REPLAY, S_READ_ONLY, S_SEV_LOW, S_SEV_MEDIUM, S_SEV_HIGH, S_SEV_CRITICAL, S_Q_GOOD,
    S_Q_MIXED, S_Q_POOR, S_STAGES, S_DECISIONS, S_SHOWN, S_TEAM_ONE, S_RECORDED, S_STATION_HINT, S_ENDED_HINT,
    S_COUNT
} dh_str;
const char *dh_ui_str(dh_lang lang, dh_str s);
/* A channel id ("email", "phone", …) in the reader's language. */
const char *dh_ui_channel(dh_lang lang, const char *channel);
/* The help overlay's lines (key, what it does), NULL-terminated. */
const char *const *dh_ui_help(dh_lang lang);

#endif
