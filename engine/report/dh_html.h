/* dh_html.h — HTML escaping (engine/report internal): a leaf, it calls no other
 * report file, so the HTML page and its SVG charts both use it without calling
 * each other. */
#ifndef DH_HTML_H
#define DH_HTML_H

#include "dh_buf.h"

/* Appends s with &, <, >, " and ' escaped for HTML text and attributes. */
void dh_html_escape(dh_buf *b, const char *s);

#endif
