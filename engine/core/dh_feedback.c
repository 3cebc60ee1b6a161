/* dh_feedback.c — the checks of what people write in their own words: a team's
 * answers to the feedback form (the hot wash) and the facilitator's free-text
 * injects. The drill, the responses file, the console and the record all ask
 * these, so nothing is taken in one place that another would refuse. */
#include "dh_feedback.h"
#include "dh_msg.h"
#include "dh_text.h"

#include <stdio.h>
#include <string.h>

static dh_status bad(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return DH_EINPUT;
}

dh_status dh_message_check(const char *text, char *err, size_t errlen)
{
    if (!text) return bad(err, errlen, dh_msg(E_MESSAGE_NO_TITLE));
    size_t n = strlen(text);
    if (n > DH_MESSAGE_MAX) {
        snprintf(err, errlen, dh_msg(E_MESSAGE_LONG), DH_MESSAGE_MAX);
        return DH_EINPUT;
    }
    if (dh_text_has_controls(text, n, DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB))
        return bad(err, errlen, dh_msg(E_TEXT_CONTROLS));
    const char *nl = strchr(text, '\n');
    size_t title = nl ? (size_t)(nl - text) : n;
    size_t lead = strspn(text, " \t");
    if (lead >= title) return bad(err, errlen, dh_msg(E_MESSAGE_NO_TITLE));
    if (title > DH_MESSAGE_TITLE_MAX) {
        snprintf(err, errlen, dh_msg(E_MESSAGE_TITLE_LONG), DH_MESSAGE_TITLE_MAX);
        return DH_EINPUT;
    }
    return DH_OK;
}

dh_status dh_feedback_check(const dh_scenario *sc, int q, int64_t rating, const char *text,
                            char *err, size_t errlen)
{
    if (q < 0 || (size_t)q >= sc->nfeedback) return bad(err, errlen, dh_msg(E_FEEDBACK_QUESTION));
    if (sc->feedback[q].kind == DH_FB_RATING) {
        if (rating < DH_FB_RATING_MIN || rating > DH_FB_RATING_MAX || (text && text[0])) {
            snprintf(err, errlen, dh_msg(E_FEEDBACK_RATING), sc->feedback[q].id, DH_FB_RATING_MIN,
                     DH_FB_RATING_MAX);
            return DH_EINPUT;
        }
        return DH_OK;
    }
    size_t n = text ? strlen(text) : 0;
    if (rating || !n || strspn(text, " \t\n") == n) {
        snprintf(err, errlen, dh_msg(E_FEEDBACK_TEXT), sc->feedback[q].id);
        return DH_EINPUT;
    }
    if (n > DH_FB_TEXT_MAX) {
        snprintf(err, errlen, dh_msg(E_FEEDBACK_LONG), sc->feedback[q].id, DH_FB_TEXT_MAX);
        return DH_EINPUT;
    }
    if (dh_text_has_controls(text, n, DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB))
        return bad(err, errlen, dh_msg(E_TEXT_CONTROLS));
    return DH_OK;
}
