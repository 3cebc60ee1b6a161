/* main.c — drillhall: dispatch to one command. */
#include "commands.h"
#include "dh_args.h"
#include "dh_session.h" /* dh_lang_choose */

#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    dh_msg_id usage;        /* its line in the command list (catalog.tsv) */
} command;

static const command commands[] = {
    {"check", dh_cmd_check, A_CMD_CHECK},
    {"run", dh_cmd_run, A_CMD_RUN},
    {"screenshot", dh_cmd_screenshot, A_CMD_SCREENSHOT},
    {"simulate", dh_cmd_simulate, A_CMD_SIMULATE},
    {"test", dh_cmd_test, A_CMD_TEST},
    {"msel", dh_cmd_msel, A_CMD_MSEL},
    {"serve", dh_cmd_serve, A_CMD_SERVE},
    {"codes", dh_cmd_codes, A_CMD_CODES},
    {"resume", dh_cmd_resume, A_CMD_RESUME},
    {"replay", dh_cmd_replay, A_CMD_REPLAY},
    {"report", dh_cmd_report, A_CMD_REPORT},
    {"plan", dh_cmd_plan, A_CMD_PLAN},
    {"rate", dh_cmd_rate, A_CMD_RATE},
    {"guide", dh_cmd_guide, A_CMD_GUIDE},
    {"graph", dh_cmd_graph, A_CMD_GRAPH},
    {"types", dh_cmd_types, A_CMD_TYPES},
    {"history", dh_cmd_history, A_CMD_HISTORY},
    {"verify", dh_cmd_verify, A_CMD_VERIFY},
    {"keygen", dh_cmd_keygen, A_CMD_KEYGEN},
    {"join", dh_cmd_join, A_CMD_JOIN},
    {"swarm", dh_cmd_swarm, A_CMD_SWARM},
};

static void usage(FILE *f)
{
    fputs(dh_msg(A_USAGE_HEAD), f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %s\n", dh_msg(commands[i].usage));
    fputs(dh_msg(A_USAGE_TAIL), f);
}

/* docs/cli.md: every command's --help, from the same flag tables that parse
 * them (tests/cli compares the committed file with this output). */
static int markdown(void)
{
    printf("# %s\n\n%s\n\n", dh_msg(H_CLI_TITLE), dh_msg(H_CLI_INTRO));
    dh_args_help_markdown(1);
    char help_flag[] = "--help";
    char *argv[] = {help_flag, NULL};
    int rc = 0;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0] && !rc; i++) rc = commands[i].run(1, argv);
    return rc;
}

/* The language of every message is chosen once, before anything is said:
 * --lang anywhere in the command's arguments, else DRILLHALL_LANG, else the
 * locale. A --lang the catalog does not know is left to the command, which
 * refuses it. */
static void choose_language(int argc, char **argv)
{
    dh_lang lang = DH_LANG_EN;
    const char *opt = NULL;
    for (int i = 2; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "--lang") && i + 1 < argc) opt = argv[i + 1];
        else if (!strncmp(argv[i], "--lang=", 7)) opt = argv[i] + 7;
    }
    if (!opt || dh_lang_parse(opt) < 0) opt = NULL;
    dh_lang_choose(opt, &lang);
    dh_msg_set_lang(lang);
}

int main(int argc, char **argv)
{
    choose_language(argc, argv);
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "help") && argc > 2 && !strcmp(argv[2], "--markdown")) return markdown();
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("drillhall %s\n", DH_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name)) return commands[i].run(argc - 2, argv + 2);
    return dh_fail(2, dh_msg(A_UNKNOWN_COMMAND), cmd);
}
