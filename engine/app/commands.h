/* commands.h — every drillhall command: one file each, one entry in main.c.
 *
 * A command receives the arguments after its name and returns the exit status:
 * 0 ok, 1 runtime failure, 2 bad input or usage. */
#ifndef DH_COMMANDS_H
#define DH_COMMANDS_H

int dh_cmd_check(int argc, char **argv);
int dh_cmd_run(int argc, char **argv);
int dh_cmd_screenshot(int argc, char **argv);
int dh_cmd_simulate(int argc, char **argv);
int dh_cmd_test(int argc, char **argv);
int dh_cmd_msel(int argc, char **argv);
int dh_cmd_resume(int argc, char **argv);
int dh_cmd_replay(int argc, char **argv);
int dh_cmd_verify(int argc, char **argv);
int dh_cmd_report(int argc, char **argv);
int dh_cmd_plan(int argc, char **argv);
int dh_cmd_rate(int argc, char **argv);
int dh_cmd_guide(int argc, char **argv);
int dh_cmd_graph(int argc, char **argv);
int dh_cmd_types(int argc, char **argv);
int dh_cmd_history(int argc, char **argv);
int dh_cmd_keygen(int argc, char **argv);
int dh_cmd_join(int argc, char **argv);
int dh_cmd_swarm(int argc, char **argv);
int dh_cmd_serve(int argc, char **argv);
int dh_cmd_codes(int argc, char **argv);

#endif
