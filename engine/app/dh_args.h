/* dh_args.h — long-option parsing for the drillhall commands.
 *
 * Each command lists its options in a table; dh_args_parse fills them in and
 * collects the positional arguments. Problems are printed in the one error form
 * (`drillhall: message`) and reported as exit status 2. */
#ifndef DH_ARGS_H
#define DH_ARGS_H

#include "dh_msg.h"
#include "dh_output.h" /* dh_fail, and where parsing notes inputs and outputs */

#include <stddef.h>

/* DH_OPT_INPUT and DH_OPT_OUTPUT are strings that name files. Declaring them
 * is what keeps a command from writing over its own inputs: dh_args_parse
 * refuses an output that is the same file as an input (positional arguments
 * are inputs) or as another output, before the command has written anything. */
typedef enum dh_opt_kind { DH_OPT_FLAG, DH_OPT_STRING, DH_OPT_INPUT, DH_OPT_OUTPUT } dh_opt_kind;

/* A command's flags are declared once, in one dh_opt table: it drives parsing,
 * the command's --help (dh_args_help) and, through --help, the check that
 * README.md lists every flag (tests/cli/readme-flags.py). */
typedef struct dh_opt {
    const char *name;      /* "--seed" */
    dh_opt_kind kind;
    void *out;             /* int* for flags, const char** for the others */
    const char *value;     /* the value's name in --help ("FILE.csv"); NULL for a flag */
    dh_msg_id help;        /* what it does: a catalog row (engine/core/catalog.tsv, H_) */
} dh_opt;

/* "No message" where a command has no paragraph to say. */
#define DH_NO_MSG DH_MSG_COUNT

typedef struct dh_args {
    const char *pos[64];
    size_t npos;
} dh_args;

/* Returns 0, or 2 after printing why (unknown option, missing value, an output
 * that is the same file as an input or as another output…). */
int dh_args_parse(int argc, char **argv, const dh_opt *opts, dh_args *out);

/* Prints a command's --help to stdout in the process's language: `usage`
 * (a catalog row: the command and its arguments after "drillhall "), the
 * `about` paragraph (or DH_NO_MSG), then one line per flag of opts — name,
 * value name, and its help row, continued lines indented under it. Returns 0. */
int dh_args_help(const dh_opt *opts, dh_msg_id usage, dh_msg_id about);
/* With on, dh_args_help writes the command's section of docs/cli.md instead
 * (`drillhall help --markdown`). */
void dh_args_help_markdown(int on);

/* Parses a whole non-negative integer; returns 0 or -1. */
int dh_parse_u64(const char *s, unsigned long long *out);

#endif
