/* dh_web.c — the browser station's files: a fixed list, held in memory. */
#include "dh_web.h"

#include "dh_buf.h"
#include "dh_msg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The page, file by file. A new file of web/ is added here, and nowhere else:
 * install and the server read this list. */
const char *const dh_web_files[] = {
    "index.html", "style.css", "app.js", "i18n.js", "dom.js", "conn.js", "store.js",
    "clock.js", "team.js", "evaluator.js", "observer.js", "timeline.js", "question.js",
    "feedback.js", NULL,
};

#define DH_WEB_NFILES (sizeof dh_web_files / sizeof dh_web_files[0] - 1)
#define DH_WEB_MAX_FILE (4 * 1024 * 1024)

/* 'self' alone: scripts, styles and the websocket come from this server (a
 * browser treats wss: to the page's own host and port as 'self'); no inline
 * script or style, no frame may hold the page, no form may post elsewhere. */
const char *const dh_web_headers[][2] = {
    {"content-security-policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
     "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
     "form-action 'self'; frame-ancestors 'none'"},
    {"x-content-type-options", "nosniff"},
    {"referrer-policy", "no-referrer"},
    {"x-frame-options", "DENY"},
    {"cache-control", "no-cache"},
    {NULL, NULL},
};

struct dh_web {
    char *body[DH_WEB_NFILES];
    size_t len[DH_WEB_NFILES];
    dh_buf catalog;
};

static const char NOT_FOUND[] = "not found\n";

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && !strcmp(dot, ".html")) return "text/html; charset=utf-8";
    if (dot && !strcmp(dot, ".css")) return "text/css; charset=utf-8";
    if (dot && !strcmp(dot, ".js")) return "text/javascript; charset=utf-8";
    if (dot && !strcmp(dot, ".json")) return "application/json; charset=utf-8";
    return "application/octet-stream";
}

static dh_status slurp(const char *path, char **out, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return DH_EIO;
    }
    dh_buf b;
    dh_buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= DH_WEB_MAX_FILE) dh_buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad || b.len > DH_WEB_MAX_FILE) {
        snprintf(err, errlen, "%s: %s", path, bad ? "read error" : "too large");
        dh_buf_free(&b);
        return DH_EIO;
    }
    if (b.failed) {
        dh_buf_free(&b);
        return DH_ENOMEM;
    }
    dh_buf_cstr(&b);
    if (b.failed) {
        dh_buf_free(&b);
        return DH_ENOMEM;
    }
    *len = b.len;
    *out = b.data;   /* ownership moves to the caller; b is not freed */
    return DH_OK;
}

void dh_web_catalog_json(dh_buf *out)
{
    dh_buf_adds(out, "{\"langs\":[");
    for (int l = 0; l < DH_LANG_COUNT; l++) {
        if (l) dh_buf_addc(out, ',');
        dh_buf_add_json_str(out, dh_lang_code((dh_lang)l));
    }
    dh_buf_addc(out, ']');
    for (int l = 0; l < DH_LANG_COUNT; l++) {
        dh_buf_addc(out, ',');
        dh_buf_add_json_str(out, dh_lang_code((dh_lang)l));
        dh_buf_adds(out, ":{");
        int first = 1;
        for (int id = 0; id < DH_MSG_COUNT; id++) {
            const char *name = dh_msg_id_name((dh_msg_id)id);
            if (!name || (strncmp(name, "W_", 2) && strncmp(name, "S_", 2))) continue;
            if (!first) dh_buf_addc(out, ',');
            first = 0;
            dh_buf_add_json_str(out, name);
            dh_buf_addc(out, ':');
            dh_buf_add_json_str(out, dh_tr((dh_lang)l, (dh_msg_id)id));
        }
        dh_buf_addc(out, '}');
    }
    dh_buf_adds(out, "}\n");
}

dh_status dh_web_create(const char *dir, dh_web **out, char *err, size_t errlen)
{
    *out = NULL;
    dh_web *w = calloc(1, sizeof *w);
    if (!w) return DH_ENOMEM;
    dh_buf_init(&w->catalog);
    for (size_t i = 0; i < DH_WEB_NFILES; i++) {
        char path[4096];
        int n = snprintf(path, sizeof path, "%s/%s", dir, dh_web_files[i]);
        if (n < 0 || (size_t)n >= sizeof path) {
            snprintf(err, errlen, "%s: path too long", dir);
            dh_web_destroy(w);
            return DH_EIO;
        }
        dh_status st = slurp(path, &w->body[i], &w->len[i], err, errlen);
        if (st != DH_OK) {
            dh_web_destroy(w);
            return st;
        }
    }
    dh_web_catalog_json(&w->catalog);
    dh_buf_cstr(&w->catalog);
    if (w->catalog.failed) {
        dh_web_destroy(w);
        return DH_ENOMEM;
    }
    *out = w;
    return DH_OK;
}

void dh_web_destroy(dh_web *w)
{
    if (!w) return;
    for (size_t i = 0; i < DH_WEB_NFILES; i++) free(w->body[i]);
    dh_buf_free(&w->catalog);
    free(w);
}

dh_web_reply dh_web_lookup(const dh_web *w, const char *path)
{
    dh_web_reply r = {404, "text/plain; charset=utf-8", NOT_FOUND, sizeof NOT_FOUND - 1};
    if (!w || !path || path[0] != '/') return r;
    size_t n = strcspn(path + 1, "?#");
    const char *name = path + 1;
    if (n == 0) {
        name = "index.html";
        n = strlen(name);
    }
    if (n == strlen("catalog.json") && !memcmp(name, "catalog.json", n)) {
        r = (dh_web_reply){200, type_of("catalog.json"), w->catalog.data, w->catalog.len};
        return r;
    }
    for (size_t i = 0; i < DH_WEB_NFILES; i++)
        if (strlen(dh_web_files[i]) == n && !memcmp(dh_web_files[i], name, n))
            return (dh_web_reply){200, type_of(dh_web_files[i]), w->body[i], w->len[i]};
    return r;
}
