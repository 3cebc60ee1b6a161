/* dh_station_question.h — a station's open questions: what it does with the
 * server's question, answered and scored events (net's own header). */
#ifndef DH_STATION_QUESTION_H
#define DH_STATION_QUESTION_H

#include "dh_proto.h"
#include "dh_qbook.h"

/* Feeds a question, answered or scored event to the book; any other message
 * changes nothing. */
void dh_station_feed_questions(dh_qbook *b, const dh_pmsg *msg);

#endif
