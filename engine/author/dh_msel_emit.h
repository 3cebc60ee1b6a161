/* dh_msel_emit.h — what MSEL import makes of a sheet, and the writer interface
 * that turns it into a scenario file; engine/author's own, not a public contract.
 *
 * dh_msel.c checks the sheet and builds this model (strings borrowed from the
 * sheet, times already written the way planners write them); a writer
 * (dh_msel_lua.c for Lua) knows the syntax. The importer calls, in order:
 * scenario once, then for each row inject, or decision, option for each of its
 * options and decision_end. */
#ifndef DH_MSEL_EMIT_H
#define DH_MSEL_EMIT_H

#include "dh_buf.h"

#include <stddef.h>

/* A text in English and Vietnamese; either may be "" (both "": no text). */
typedef struct dh_msel_text {
    const char *en, *vi;
} dh_msel_text;

typedef struct dh_msel_category {
    const char *id;
    dh_msel_text name;
} dh_msel_category;

typedef struct dh_msel_scenario {
    const char *id;
    const char *sheet;             /* the sheet's name: one line, no controls, UTF-8 */
    int version;
    dh_msel_text title;
    const char *duration;          /* "1:15" */
    const dh_msel_category *categories;
    size_t ncategories;
    const char *const *stages;     /* in order of first use */
    size_t nstages;
    dh_msel_text description;      /* "" when none */
    dh_msel_text objectives;       /* one a line; "" when none */
} dh_msel_scenario;

typedef struct dh_msel_inject {
    int line;                      /* the row of the sheet */
    unsigned long long number;
    const char *id;
    const char *at;                /* "0:05", or NULL: untimed */
    const char *stage, *attack, *severity, *channel;   /* "" when not given */
    dh_msel_text from, title, body, notes;
} dh_msel_inject;

typedef struct dh_msel_decision {
    int line;                      /* the row of the sheet */
    const char *id;
    const char *on;                /* the inject that opens it */
    const char *within;            /* "15m" */
    dh_msel_text prompt;
    const char *timeout;           /* an option's id, or "" */
    const char *speed;             /* a checked speed cell, or "" */
    int has_options;               /* the sheet gives its options (else: placeholders) */
} dh_msel_decision;

/* An option: from the sheet's option rows, or a placeholder for a sheet that
 * has none. */
typedef struct dh_msel_option {
    const char *id;
    dh_msel_text text;
    const char *category;          /* a placeholder is scored in this category ... */
    int score;                     /* ... with this many points */
    const char *score_cell;        /* else: checked cells (dh_msel_cells.h); NULL for a placeholder */
    const char *set_cell, *triggers_cell;
    const char *place_cell;        /* "first", "last" or ""; NULL for a placeholder */
} dh_msel_option;

/* A writer: each function appends to out (a dh_buf notes its own failure). */
typedef struct dh_msel_emitter {
    void (*scenario)(dh_buf *out, const dh_msel_scenario *s);
    void (*inject)(dh_buf *out, const dh_msel_inject *in);
    void (*decision)(dh_buf *out, const dh_msel_decision *d);
    void (*option)(dh_buf *out, const dh_msel_option *o);
    void (*decision_end)(dh_buf *out, const dh_msel_decision *d);
    /* s as a string literal of the target language */
    void (*string)(dh_buf *out, const char *s);
} dh_msel_emitter;

#endif
