/* dh_lex.h — a scenario's source as Lua tokens, for the tools that read what
 * the author wrote rather than what the script built: the check of the ids
 * scripts name (dh_refcheck.c) and the lines of a definition's fields
 * (wrap_fields.c). Strings and comments are tokens or skipped, never mistaken
 * for code. Private to engine/script. */
#ifndef DH_LEX_H
#define DH_LEX_H

#include <stddef.h>

typedef enum dh_tok_kind { T_NAME, T_STR, T_NUM, T_OP, T_END } dh_tok_kind;

typedef struct dh_tok {
    dh_tok_kind kind;
    int line;
    const char *s;   /* into the source; for T_STR the text between the quotes */
    size_t n;
    int plain;       /* T_STR without escapes: its bytes are its value */
} dh_tok;
typedef dh_tok tok;

typedef struct dh_toks {
    dh_tok *v;       /* the last one is T_END */
    size_t n;
} dh_toks;

/* Tokenizes src (NUL-terminated, borrowed: tokens point into it). 0, or -1 out
 * of memory (nothing to free then). */
int dh_lex(dh_toks *out, const char *src);
void dh_toks_free(dh_toks *t);

int dh_tok_is(const dh_tok *t, dh_tok_kind k, const char *s);
static inline int dh_tok_op(const dh_tok *t, const char *s) { return dh_tok_is(t, T_OP, s); }
static inline int dh_tok_name(const dh_tok *t, const char *s) { return dh_tok_is(t, T_NAME, s); }
/* A token's text as a C string; 0 when it does not fit in len. */
int dh_tok_text(const dh_tok *t, char *buf, size_t len);

/* The line where key `key` is written in the definition table that starts on
 * line def_line (the first "{" at or after it), inside the option table whose
 * `id = "option"` when option is not NULL: a key of the table itself first,
 * else the first one nested deeper. 0 when it cannot be found. */
int dh_toks_key_line(const dh_toks *t, int def_line, const char *option, const char *key);

#endif
