/* dh_text.c — localized text and UTF-8 helpers. */
#include "dh_text.h"
#include "dh_alloc.h"

#include <stdlib.h>
#include <string.h>

char *dh_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = dh_malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

int dh_id_valid(const char *s)
{
    if (!*s || strlen(s) > 64) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return 0;
    return 1;
}

const char *dh_text_get(const dh_text *t, dh_lang lang)
{
    if (t->s[lang] && t->s[lang][0]) return t->s[lang];
    for (int i = 0; i < DH_LANG_COUNT; i++)
        if (t->s[i] && t->s[i][0]) return t->s[i];
    return "";
}

int dh_text_empty(const dh_text *t)
{
    return dh_text_get(t, DH_LANG_EN)[0] == 0;
}

void dh_text_free(dh_text *t)
{
    if (t->neutral) {
        free(t->s[0]);
    } else {
        for (int i = 0; i < DH_LANG_COUNT; i++) free(t->s[i]);
    }
    memset(t, 0, sizeof *t);
}

int dh_text_set_neutral(dh_text *t, const char *s)
{
    dh_text_free(t);
    char *p = dh_strdup(s);
    if (!p) return -1;
    for (int i = 0; i < DH_LANG_COUNT; i++) t->s[i] = p;
    t->neutral = 1;
    return 0;
}

int dh_text_set(dh_text *t, dh_lang lang, const char *s)
{
    if (t->neutral) dh_text_free(t);
    char *p = dh_strdup(s);
    if (!p) return -1;
    free(t->s[lang]);
    t->s[lang] = p;
    return 0;
}

static const char *const lang_codes[DH_LANG_COUNT] = {DH_CATALOG_LANG_CODES};

int dh_lang_parse(const char *s)
{
    for (int i = 0; i < DH_LANG_COUNT; i++)
        if (!strcmp(s, lang_codes[i])) return i;
    return -1;
}

const char *dh_lang_code(dh_lang lang) { return (unsigned)lang < DH_LANG_COUNT ? lang_codes[lang] : "en"; }

/* p[0] is the character cp; a CR right before a newline only ends the line */
static int is_control_at(const unsigned char *p, const unsigned char *end, unsigned cp, int keep)
{
    if (cp == '\r' && (keep & DH_ESC_KEEP_CRLF) && p + 1 < end && p[1] == '\n') return 0;
    if (cp == '\n') return !(keep & DH_ESC_KEEP_NL);
    if (cp == '\t') return !(keep & DH_ESC_KEEP_TAB);
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

static const char hexdig[] = "0123456789abcdef";

void dh_text_escape_controls(dh_buf *out, const char *s, size_t n, int keep)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        /* copy the run that needs nothing */
        const unsigned char *run = p;
        unsigned cp = 0;
        size_t len = 0;
        while (p < end && (len = dh_utf8_next(p, end, &cp)) && !is_control_at(p, end, cp, keep))
            p += len;
        if (p > run) dh_buf_add(out, (const char *)run, (size_t)(p - run));
        if (p == end) break;
        char e[7];
        if (!len) {
            memcpy(e, "\\x", 2);
            e[2] = hexdig[*p >> 4], e[3] = hexdig[*p & 15];
            dh_buf_add(out, e, 4);
            p++;
        } else if (cp < 0x80) {
            memcpy(e, "\\x", 2);
            e[2] = hexdig[cp >> 4], e[3] = hexdig[cp & 15];
            dh_buf_add(out, e, 4);
            p += len;
        } else {
            memcpy(e, "\\u00", 4);
            e[4] = hexdig[cp >> 4], e[5] = hexdig[cp & 15];
            dh_buf_add(out, e, 6);
            p += len;
        }
    }
}

int dh_text_has_controls(const char *s, size_t n, int keep)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned cp;
        size_t len = dh_utf8_next(p, end, &cp);
        if (!len || is_control_at(p, end, cp, keep)) return 1;
        p += len;
    }
    return 0;
}
