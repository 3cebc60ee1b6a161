/* main.c — drillhall: dispatch to one command. */
#include "commands.h"
#include "dh_args.h"
#include "dh_session.h" /* dh_lang_choose */

#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
} command;

static const command commands[] = {
    {"check", dh_cmd_check, "check SCENARIO...          validate and lint scenarios (file:line)"},
    {"run", dh_cmd_run,
     "run SCENARIO [options]     run a drill (--headless: simulate it and print the "
     "scoreboard)"},
    {"screenshot", dh_cmd_screenshot,
     "screenshot SCENARIO --at H:MM -o F.png   draw a view of the drill at that time"},
    {"simulate", dh_cmd_simulate,
     "simulate SCENARIO --runs N play it many times with bots: scores, coverage"},
    {"test", dh_cmd_test, "test FILE...               run scenario tests (NAME.test.lua)"},
    {"msel", dh_cmd_msel, "msel export|import ...     the MSEL as a spreadsheet (CSV), both ways"},
    {"resume", dh_cmd_resume, "resume DRILL --headless    continue an interrupted drill from its record"},
    {"replay", dh_cmd_replay, "replay DRILL [--log F]     rebuild a recorded drill (byte-identical log)"},
    {"report", dh_cmd_report, "report DRILL [--format F]  after-action report: html, csv or json"},
    {"history", dh_cmd_history, "history DRILL...           one scenario across drills: totals, ranks, change"},
    {"verify", dh_cmd_verify, "verify DRILL...            check a record's tamper-evident chain"},
    {"keygen", dh_cmd_keygen, "keygen -o control.key      exercise control's key for signed records"},
};

static void usage(FILE *f)
{
    fputs("usage: drillhall COMMAND [ARGS]\n\ncommands:\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %s\n", commands[i].usage);
    fputs("\n`drillhall COMMAND --help` describes a command's options.\n"
          "Exit status: 0 ok, 1 runtime failure, 2 bad input or usage.\n",
          f);
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
