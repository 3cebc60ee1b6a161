/* dh_web_qr.h — a QR code as inline SVG, for the printed code sheet: a phone
 * scans the card and opens the station page with its join code in the URL's
 * fragment (https://HOST:PORT/#code=XXXX-XXXX-XX), which a browser never sends
 * to a server, so the code reaches no log. */
#ifndef DH_WEB_QR_H
#define DH_WEB_QR_H

#include "dh_buf.h"
#include "dh_status.h"

/* Appends an <svg> element (no XML prolog) holding text as a QR code (error
 * correction M, byte mode, a 4-module quiet zone), `px` CSS pixels square, with
 * `label` (may be NULL) as its accessible name. DH_EINPUT when text does not
 * fit a QR code, DH_ENOMEM; check out->failed too. */
dh_status dh_web_qr_svg(const char *text, int px, const char *label, dh_buf *out);

/* The page's URL for a join code: "https://HOST:PORT/#code=CODE" into out.
 * served is the server's address as the record keeps it: "HOST:PORT", or a URL
 * ("https://HOST:PORT/", "wss://HOST:PORT/ws"), whose scheme and path are
 * dropped. Returns 0, or -1 when it has no host or does not fit. */
int dh_web_join_url(char *out, size_t n, const char *served, const char *code);

#endif
