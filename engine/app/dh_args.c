/* dh_args.c — option parsing. */
#include "dh_args.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_parse_u64(const char *s, unsigned long long *out)
{
    if (!*s || *s == '-' || *s == '+') return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end) return -1;
    *out = v;
    return 0;
}

/* Every file the command reads is noted first, then each output is claimed:
 * an output that is an input, or another output, stops the command here. */
static int first_for(const dh_opt *opts, const dh_opt *o)
{
    /* -o and --output fill one variable: it is one path */
    for (const dh_opt *p = opts; p != o; p++)
        if (p->out == o->out) return 0;
    return 1;
}

static int guard_paths(const dh_opt *opts, const dh_args *a)
{
    dh_output_reset();
    int rc = 0;
    for (size_t i = 0; i < a->npos && !rc; i++) rc = dh_output_note_input(a->pos[i], NULL);
    for (const dh_opt *o = opts; o->name && !rc; o++)
        if (o->kind == DH_OPT_INPUT && *(const char **)o->out && first_for(opts, o))
            rc = dh_output_note_input(*(const char **)o->out, o->name);
    for (const dh_opt *o = opts; o->name && !rc; o++)
        if (o->kind == DH_OPT_OUTPUT && *(const char **)o->out && first_for(opts, o))
            rc = dh_output_claim(*(const char **)o->out, o->name);
    return rc;
}

static int help_markdown;

void dh_args_help_markdown(int on) { help_markdown = on; }

/* docs/cli.md's form: one section per command, its flags as a table; a cell
 * is one line, so the help's line breaks become spaces and '|' is escaped. */
static void markdown_cell(const char *s)
{
    for (; *s; s++) {
        if (*s == '\n') putchar(' ');
        else if (*s == '|') fputs("\\|", stdout);
        else putchar(*s);
    }
}

static int help_as_markdown(const dh_opt *opts, dh_msg_id usage, dh_msg_id about)
{
    const char *u = dh_msg(usage);
    printf("## %.*s\n\n    ", (int)strcspn(u, " "), u);
    printf(dh_msg(H_USAGE), u);
    fputs("\n\n", stdout);
    if (about != DH_NO_MSG) printf("%s\n\n", dh_msg(about));
    printf("| %s |\n|------|---------|\n", dh_msg(H_FLAG_TABLE));
    for (const dh_opt *o = opts; o->name; o++) {
        if (o->help == H_HELP) continue;   /* every command has it; said once, on top */
        printf("| `%s%s", o->name, o->value ? " " : "");
        if (o->value) markdown_cell(o->value);
        fputs("` | ", stdout);
        markdown_cell(dh_msg(o->help));
        fputs(" |\n", stdout);
    }
    putchar('\n');
    return fflush(stdout) ? 1 : 0;
}

/* The flag column is as wide as the command's widest "name value", so each
 * command's help lines up without a width written by hand. */
int dh_args_help(const dh_opt *opts, dh_msg_id usage, dh_msg_id about)
{
    if (help_markdown) return help_as_markdown(opts, usage, about);
    size_t width = 0;
    for (const dh_opt *o = opts; o->name; o++) {
        size_t n = strlen(o->name) + (o->value ? 1 + strlen(o->value) : 0);
        if (n > width) width = n;
    }
    width += 2;
    printf(dh_msg(H_USAGE), dh_msg(usage));
    fputs("\n\n", stdout);
    if (about != DH_NO_MSG) printf("%s\n\n", dh_msg(about));
    for (const dh_opt *o = opts; o->name; o++) {
        char left[128];
        snprintf(left, sizeof left, "%s%s%s", o->name, o->value ? " " : "", o->value ? o->value : "");
        printf("  %-*s", (int)width, left);
        for (const char *s = dh_msg(o->help); *s; s++) {
            putchar(*s);
            if (*s == '\n') printf("  %-*s", (int)width, "");
        }
        putchar('\n');
    }
    return fflush(stdout) ? 1 : 0;
}

int dh_args_parse(int argc, char **argv, const dh_opt *opts, dh_args *out)
{
    out->npos = 0;
    int only_pos = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_pos || a[0] != '-' || !a[1]) {
            if (out->npos == sizeof out->pos / sizeof out->pos[0])
                return dh_fail(2, dh_msg(A_TOO_MANY_ARGS));
            out->pos[out->npos++] = a;
            continue;
        }
        if (!strcmp(a, "--")) {
            only_pos = 1;
            continue;
        }
        const char *eq = strchr(a, '=');
        size_t n = eq ? (size_t)(eq - a) : strlen(a);
        const dh_opt *o = opts;
        while (o->name && (strlen(o->name) != n || strncmp(o->name, a, n))) o++;
        if (!o->name) return dh_fail(2, dh_msg(A_UNKNOWN_OPTION), a);
        if (o->kind == DH_OPT_FLAG) {
            if (eq) return dh_fail(2, dh_msg(A_OPTION_NO_VALUE), o->name);
            *(int *)o->out = 1;
        } else if (eq) {
            *(const char **)o->out = eq + 1;
        } else {
            if (i + 1 >= argc) return dh_fail(2, dh_msg(A_OPTION_NEEDS_VALUE), o->name);
            *(const char **)o->out = argv[++i];
        }
    }
    return guard_paths(opts, out);
}
