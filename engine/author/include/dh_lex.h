/* dh_lex.h — a scenario's source as Lua tokens, for the tools that read what
 * the author wrote rather than what the script built: the check of the ids
 * scripts name (engine/script's dh_refcheck.c), the lines of a definition's
 * fields (wrap_fields.c) and the string literals MSEL merge rewrites. Strings
 * and comments are tokens or skipped, never mistaken for code. Plain text
 * work, libc only: no Lua runs. */
#ifndef DH_LEX_H
#define DH_LEX_H

#include "dh_buf.h"

#include <stddef.h>

typedef enum dh_tok_kind { DH_TOK_NAME, DH_TOK_STR, DH_TOK_NUM, DH_TOK_OP, DH_TOK_END } dh_tok_kind;

typedef struct dh_tok {
    dh_tok_kind kind;
    int line;
    const char *s;   /* into the source; for DH_TOK_STR the text between the quotes */
    size_t n;
    int plain;       /* DH_TOK_STR without escapes: its bytes are its value */
    const char *at;  /* the whole lexeme in the source (a string with its quotes) */
    size_t len;
} dh_tok;

typedef struct dh_toks {
    dh_tok *v;       /* the last one is DH_TOK_END */
    size_t n;
} dh_toks;

/* Tokenizes src (NUL-terminated, borrowed: tokens point into it). 0, or -1 out
 * of memory (nothing to free then). */
int dh_lex(dh_toks *out, const char *src);
void dh_toks_free(dh_toks *t);

int dh_tok_is(const dh_tok *t, dh_tok_kind k, const char *s);
static inline int dh_tok_op(const dh_tok *t, const char *s) { return dh_tok_is(t, DH_TOK_OP, s); }
static inline int dh_tok_name(const dh_tok *t, const char *s) { return dh_tok_is(t, DH_TOK_NAME, s); }
/* A token's text as a C string; 0 when it does not fit in len. */
int dh_tok_text(const dh_tok *t, char *buf, size_t len);

/* The line where key `key` is written in the definition table that starts on
 * line def_line (the first "{" at or after it), inside the option table whose
 * `id = "option"` when option is not NULL: a key of the table itself first,
 * else the first one nested deeper. 0 when it cannot be found. */
int dh_toks_key_line(const dh_toks *t, int def_line, const char *option, const char *key);
/* The same, as the index of the key's token; 0 when it cannot be found (token 0
 * is never a key: a key follows its table's "{"). */
size_t dh_toks_key_at(const dh_toks *t, int def_line, const char *option, const char *key);
/* Inside the table whose "{" is token open, the index of key `key` at its own
 * level; 0 when absent. */
size_t dh_toks_key_in(const dh_toks *t, size_t open, const char *key);

/* Appends the Lua function written on lines [first, last] as one line of its
 * tokens (comments and layout gone, single spaces), without `function
 * (params)`, a leading `return` and the closing `end`: what a tool shows of a
 * `when` condition. Past max bytes it stops with " …" (a token may run over).
 * 0, or -1 when no function starts there. */
int dh_toks_function_text(const dh_toks *t, int first, int last, size_t max, dh_buf *out);

#endif
