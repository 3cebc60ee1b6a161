/* dh_scenario_file.c — a scenario file loaded for a one-shot command, and the
 * name of an output beside an input. */
#include "dh_scenario_file.h"
#include "dh_diag.h"
#include "dh_output.h"
#include "dh_session.h"

#include <stdlib.h>
#include <string.h>

int dh_scenario_file_load(const char *path, dh_script **s, dh_scenario **sc)
{
    dh_diags diags;
    dh_diags_init(&diags);
    *s = dh_script_create(NULL, 1);
    if (!*s) return dh_fail(1, dh_msg(E_NOMEM));
    dh_status st = dh_script_load(*s, path, sc, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (!st) return 0;
    dh_script_destroy(*s);
    *s = NULL;
    return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
}

char *dh_path_beside(const char *path, const char *suffix, const char *ext)
{
    size_t n = strlen(path), k = strlen(suffix);
    if (n > k && !strcmp(path + n - k, suffix)) n -= k;
    char *p = malloc(n + strlen(ext) + 1);
    if (!p) return NULL;
    memcpy(p, path, n);
    strcpy(p + n, ext);
    return p;
}
