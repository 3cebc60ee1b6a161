/* dh_web_lws.c — answers the station page's HTTP requests on the server's port. */
#include "dh_web_lws.h"

#include <string.h>

#define DH_WEB_CHUNK 16384

static int send_headers(struct lws *wsi, dh_web_pss *pss, const dh_web_reply *r)
{
    unsigned char buf[LWS_PRE + 2048];
    unsigned char *start = buf + LWS_PRE, *p = start, *end = buf + sizeof buf - 1;
    if (lws_add_http_common_headers(wsi, (unsigned)r->status, r->type, (lws_filepos_t)r->len, &p, end))
        return -1;
    for (size_t i = 0; dh_web_headers[i][0]; i++) {
        char name[64];
        int n = snprintf(name, sizeof name, "%s:", dh_web_headers[i][0]);
        if (n < 0 || (size_t)n >= sizeof name) return -1;
        const char *v = dh_web_headers[i][1];
        if (lws_add_http_header_by_name(wsi, (const unsigned char *)name, (const unsigned char *)v,
                                        (int)strlen(v), &p, end))
            return -1;
    }
    if (lws_finalize_write_http_header(wsi, start, &p, end)) return -1;
    pss->body = r->body;
    pss->len = r->len;
    pss->off = 0;
    lws_callback_on_writable(wsi);
    return 0;
}

static int send_body(struct lws *wsi, dh_web_pss *pss)
{
    unsigned char buf[LWS_PRE + DH_WEB_CHUNK];
    size_t n = pss->len - pss->off;
    if (n > DH_WEB_CHUNK) n = DH_WEB_CHUNK;
    int last = pss->off + n == pss->len;
    memcpy(buf + LWS_PRE, pss->body + pss->off, n);
    if (lws_write(wsi, buf + LWS_PRE, n, last ? LWS_WRITE_HTTP_FINAL : LWS_WRITE_HTTP) != (int)n)
        return -1;
    pss->off += n;
    if (!last) {
        lws_callback_on_writable(wsi);
        return 0;
    }
    pss->body = NULL;
    /* keep-alive: wait for the next request on this connection, or close */
    return lws_http_transaction_completed(wsi) ? -1 : 0;
}

int dh_web_lws_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                        size_t len)
{
    dh_web_pss *pss = user;
    switch (reason) {
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION:
        return 1;   /* a websocket without the station's subprotocol: refused */
    case LWS_CALLBACK_HTTP: {
        const dh_web *web = lws_get_protocol(wsi)->user;
        dh_web_reply r;
        if (lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI) > 0)
            r = dh_web_lookup(web, (const char *)in);
        else   /* POST, PUT, …: the page is read-only */
            r = dh_web_lookup(NULL, "/");
        return send_headers(wsi, pss, &r) ? -1 : 0;
    }
    case LWS_CALLBACK_HTTP_WRITEABLE:
        if (!pss || !pss->body) return 0;
        return send_body(wsi, pss);
    default:
        return lws_callback_http_dummy(wsi, reason, user, in, len);
    }
}
