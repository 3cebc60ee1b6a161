/* dh_web_qr.c — QR codes as inline SVG (libqrencode). */
#include "dh_web_qr.h"

#include <errno.h>
#include <qrencode.h>
#include <stdio.h>
#include <string.h>

#define QUIET 4

static void add_attr_text(dh_buf *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': dh_buf_adds(out, "&amp;"); break;
        case '<': dh_buf_adds(out, "&lt;"); break;
        case '>': dh_buf_adds(out, "&gt;"); break;
        case '"': dh_buf_adds(out, "&quot;"); break;
        default: dh_buf_addc(out, *s);
        }
    }
}

dh_status dh_web_qr_svg(const char *text, int px, const char *label, dh_buf *out)
{
    errno = 0;
    QRcode *qr = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
    if (!qr) return errno == ENOMEM ? DH_ENOMEM : DH_EINPUT;
    int w = qr->width, side = w + 2 * QUIET;
    dh_buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" width=\"%d\" height=\"%d\" "
                       "viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\"", px, px, side, side);
    if (label) {
        dh_buf_adds(out, " role=\"img\" aria-label=\"");
        add_attr_text(out, label);
        dh_buf_addc(out, '"');
    }
    dh_buf_printf(out, "><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"", side, side);
    /* one horizontal run of dark modules a subpath: a 41-module code stays a few KiB */
    for (int y = 0; y < w; y++) {
        const unsigned char *row = qr->data + (size_t)y * (size_t)w;
        for (int x = 0; x < w;) {
            if (!(row[x] & 1)) {
                x++;
                continue;
            }
            int run = 1;
            while (x + run < w && (row[x + run] & 1)) run++;
            dh_buf_printf(out, "M%d %dh%dv1h-%dz", x + QUIET, y + QUIET, run, run);
            x += run;
        }
    }
    dh_buf_adds(out, "\"/></svg>");
    QRcode_free(qr);
    return out->failed ? DH_ENOMEM : DH_OK;
}

int dh_web_join_url(char *out, size_t n, const char *served, const char *code)
{
    /* the server's address as the record keeps it, with or without a scheme or
     * a path: only HOST:PORT is kept, and the page is always https */
    const char *host = strstr(served, "://");
    host = host ? host + 3 : served;
    size_t len = strcspn(host, "/?#");
    if (!len) return -1;
    int w = snprintf(out, n, "https://%.*s/#code=%s", (int)len, host, code);
    return w < 0 || (size_t)w >= n ? -1 : 0;
}
