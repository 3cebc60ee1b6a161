/* dh_html.c — HTML escaping: the leaf every report file that writes HTML shares. */
#include "dh_html.h"

void dh_html_escape(dh_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': dh_buf_adds(b, "&amp;"); break;
        case '<': dh_buf_adds(b, "&lt;"); break;
        case '>': dh_buf_adds(b, "&gt;"); break;
        case '"': dh_buf_adds(b, "&quot;"); break;
        case '\'': dh_buf_adds(b, "&#39;"); break;
        default: dh_buf_addc(b, *s);
        }
    }
}
