/* dh_web.h — the browser station's files, as the server hands them out.
 *
 * The page (web/: HTML, CSS, JavaScript modules) is a fixed list of files read
 * into memory once, when the server starts; a request names one of them or gets
 * 404. No request path ever reaches the file system, so no path can climb out
 * of the folder (STYLE.md 7: the edge is this table). /catalog.json is made here
 * from the compiled word catalog: the page speaks the program's own words.
 *
 * Every answer carries the same security headers (dh_web_headers): a
 * Content-Security-Policy that allows the server itself and nothing else, no
 * MIME sniffing, no referrer. The page needs no cookie; the join code travels in
 * the websocket's hello, never in a URL. */
#ifndef DH_WEB_H
#define DH_WEB_H

#include "dh_buf.h"
#include "dh_status.h"

#include <stddef.h>

typedef struct dh_web dh_web;

/* Reads every file of the page from dir (a folder holding index.html) and
 * builds catalog.json. On DH_OK *out owns them (free with dh_web_destroy).
 * DH_EIO when a file is missing or unreadable (err names it), DH_ENOMEM. */
dh_status dh_web_create(const char *dir, dh_web **out, char *err, size_t errlen);
void dh_web_destroy(dh_web *w);

typedef struct dh_web_reply {
    int status;           /* 200 or 404 */
    const char *type;     /* Content-Type */
    const char *body;     /* borrowed from the dh_web; never NULL */
    size_t len;
} dh_web_reply;

/* The answer to GET path (a URL path; anything from '?' or '#' on is
 * ignored). "/" is index.html. Never fails: an unknown path is a 404. */
dh_web_reply dh_web_lookup(const dh_web *w, const char *path);

/* The headers every answer carries: pairs of name (lower case, no colon) and
 * value, ended by a NULL name. */
extern const char *const dh_web_headers[][2];

/* The page's words as JSON: {"langs":["en","vi"],"en":{"W_JOIN":"Join",…},…},
 * every catalog id that starts with W_ (web-only) or S_ (station and console).
 * Appends to out; check out->failed. */
void dh_web_catalog_json(dh_buf *out);

/* The page's file names (relative to web/), ended by NULL: what install copies
 * and what dh_web_create reads. */
extern const char *const dh_web_files[];

#endif
