/* dh_args.h — long-option parsing for the drillhall commands.
 *
 * Each command lists its options in a table; dh_args_parse fills them in and
 * collects the positional arguments. Problems are printed in the one error form
 * (`drillhall: message`) and reported as exit status 2. */
#ifndef DH_ARGS_H
#define DH_ARGS_H

#include <stddef.h>

/* DH_OPT_INPUT and DH_OPT_OUTPUT are strings that name files. Declaring them
 * is what keeps a command from writing over its own inputs: dh_args_parse
 * refuses an output that is the same file as an input (positional arguments
 * are inputs) or as another output, before the command has written anything. */
typedef enum dh_opt_kind { DH_OPT_FLAG, DH_OPT_STRING, DH_OPT_INPUT, DH_OPT_OUTPUT } dh_opt_kind;

typedef struct dh_opt {
    const char *name;      /* "--seed" */
    dh_opt_kind kind;
    void *out;             /* int* for flags, const char** for the others */
} dh_opt;

typedef struct dh_args {
    const char *pos[64];
    size_t npos;
} dh_args;

/* Returns 0, or 2 after printing why (unknown option, missing value, an output
 * that is the same file as an input or as another output…). */
int dh_args_parse(int argc, char **argv, const dh_opt *opts, dh_args *out);

/* Prints "drillhall: <message>" to stderr; returns `code`. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
int dh_fail(int code, const char *fmt, ...);

/* Parses a whole non-negative integer; returns 0 or -1. */
int dh_parse_u64(const char *s, unsigned long long *out);

#endif
