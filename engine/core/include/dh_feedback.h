/* dh_feedback.h — the checks of free text people write into a drill: the
 * facilitator's own injects (DH_IN_MESSAGE) and the teams' answers to the
 * feedback form (DH_IN_FEEDBACK). Error messages are the catalog's, in the
 * process's language. */
#ifndef DH_FEEDBACK_H
#define DH_FEEDBACK_H

#include "dh_scenario.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

#define DH_MESSAGE_TITLE_MAX 160    /* bytes */
#define DH_MESSAGE_MAX 4000         /* bytes of title, newline and body */

/* Whether `text` is a writable free-text inject: a title of 1..DH_MESSAGE_TITLE_MAX
 * bytes on the first line, then an optional body, at most DH_MESSAGE_MAX bytes in
 * all, valid UTF-8 with no control character but newlines and tabs. DH_OK, or
 * DH_EINPUT with the reason (catalog, the drill's language) in err. */
dh_status dh_message_check(const char *text, char *err, size_t errlen);
/* Whether (rating, text) answers question q of sc's feedback form: a rating in
 * range for a rating question, 1..DH_FB_TEXT_MAX bytes of text (valid UTF-8, no
 * control but newline and tab) for a text question. DH_OK or DH_EINPUT. */
dh_status dh_feedback_check(const dh_scenario *sc, int q, int64_t rating, const char *text,
                            char *err, size_t errlen);

#endif
