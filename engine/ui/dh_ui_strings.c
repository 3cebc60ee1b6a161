/* dh_ui_strings.c — the console's own words: catalog lookups in the reader's
 * language (the words themselves are in engine/core/catalog.tsv). */
#include "dh_ui_strings.h"
#include "dh_clock.h"

#include <string.h>

const char *dh_ui_str(dh_lang lang, dh_str s) { return dh_tr(lang, s); }

/* The channels the scenario guide names, in the reader's language; any other
 * channel is shown as the author wrote it. */
const char *dh_ui_channel(dh_lang lang, const char *channel)
{
    static const struct { const char *id; dh_msg_id msg; } names[] = {
        {"email", S_CH_EMAIL}, {"chat", S_CH_CHAT}, {"letter", S_CH_LETTER},
        {"meeting", S_CH_MEETING}, {"news", S_CH_NEWS}, {"phone", S_CH_PHONE},
        {"siem", S_CH_SIEM}, {"social", S_CH_SOCIAL}, {"ticket", S_CH_TICKET},
        {"sms", S_CH_SMS}, {"press", S_CH_PRESS},
    };
    if (!channel) return NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(channel, names[i].id)) return dh_tr(lang, names[i].msg);
    return channel;
}

/* The help overlay in key order: a key, then what it does. */
static const dh_msg_id help_ids[] = {
    S_KEY_SPACE, S_DO_SPACE, S_KEY_SPEED, S_DO_SPEED, S_KEY_JUMP, S_DO_JUMP,
    S_KEY_SELECT, S_DO_SELECT, S_KEY_SCROLL, S_DO_SCROLL, S_KEY_BRACKET, S_DO_BRACKET,
    S_KEY_DECIDE, S_DO_DECIDE, S_KEY_NEXT_OPEN, S_DO_NEXT_OPEN, S_KEY_ADJUST, S_DO_ADJUST, S_KEY_NOTE, S_DO_NOTE,
    S_KEY_RATE, S_DO_RATE,
    S_KEY_INJECT, S_DO_INJECT, S_KEY_WRITE, S_DO_WRITE, S_KEY_FEEDBACK, S_DO_FEEDBACK, S_KEY_QUESTION, S_DO_QUESTION, S_KEY_END, S_DO_END, S_KEY_REISSUE, S_DO_REISSUE, S_KEY_VIEWS, S_DO_VIEWS,
    S_KEY_ZOOM, S_DO_ZOOM, S_KEY_CLICK, S_DO_CLICK, S_KEY_ESC, S_DO_ESC,
    S_KEY_HELP, S_DO_HELP,
};
enum { HELP_N = sizeof help_ids / sizeof help_ids[0] };

const char *const *dh_ui_help(dh_lang lang)
{
    /* Filled on first use per language; the ui runs on one thread. */
    static const char *lines[DH_LANG_COUNT][HELP_N + 1];
    if ((unsigned)lang >= DH_LANG_COUNT) lang = DH_LANG_EN;
    if (!lines[lang][0])
        for (int i = 0; i < HELP_N; i++) lines[lang][i] = dh_tr(lang, help_ids[i]);
    return lines[lang];
}
