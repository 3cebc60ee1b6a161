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

int dh_lang_parse(const char *s)
{
    if (!strcmp(s, "en")) return DH_LANG_EN;
    if (!strcmp(s, "vi")) return DH_LANG_VI;
    return -1;
}

const char *dh_lang_code(dh_lang lang) { return lang == DH_LANG_VI ? "vi" : "en"; }

const char *dh_utf8_invalid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        int len;
        unsigned min;
        if ((c & 0xE0) == 0xC0) len = 2, min = 0x80, c &= 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800, c &= 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000, c &= 0x07;
        else return (const char *)p;
        if (end - p < len) return (const char *)p;
        for (int i = 1; i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) return (const char *)p;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return (const char *)p;
        p += len;
    }
    return NULL;
}

size_t dh_utf8_len(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}
