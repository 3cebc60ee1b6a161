/* dh_web_lws.h — the station page over libwebsockets: the HTTP half of the
 * server's one port.
 *
 * The server puts DH_WEB_LWS_PROTOCOL(web) first in its lws_protocols list (lws
 * answers plain HTTP with the first protocol) and its own websocket protocol
 * after it. Each GET is answered from dh_web_lookup with the security headers;
 * a websocket upgrade that names no subprotocol (or another one) is refused
 * here, so only `drillhall.v1` ever reaches the server's callback.
 *
 * The dh_web is borrowed through the protocol's `user` pointer and must outlive
 * the lws context. */
#ifndef DH_WEB_LWS_H
#define DH_WEB_LWS_H

#include "dh_web.h"

#include <libwebsockets.h>

/* What one HTTP transaction keeps between callbacks. */
typedef struct dh_web_pss {
    const char *body;
    size_t len, off;
} dh_web_pss;

int dh_web_lws_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                        size_t len);

#define DH_WEB_LWS_PROTOCOL(web) \
    { "http", dh_web_lws_callback, sizeof(dh_web_pss), 0, 0, (web), 0 }

#endif
