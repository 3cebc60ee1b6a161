/* cmd_msel.c — `drillhall msel export|import`: the MSEL as a spreadsheet (CSV).
 *
 * Both directions write to a temporary beside FILE and rename it into place only
 * when complete, so a bad sheet or a full disk never leaves half a file. An imported scenario is
 * loaded in the sandbox before it is written: what import writes always loads. */
#include "commands.h"
#include "dh_args.h"
#include "dh_msel.h"
#include "dh_output.h"
#include "dh_roster.h"
#include "dh_session.h"
#include "dh_text.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char help[] =
    "usage: drillhall msel export SCENARIO [-o FILE.csv|-]\n"
    "       drillhall msel import FILE.csv -o SCENARIO.lua [--id ID]\n\n"
    "export writes the scenario's master scenario events list as CSV (UTF-8, one row\n"
    "per inject in order of exercise time, every text in English and Vietnamese) to\n"
    "FILE.csv or to standard output.\n\n"
    "import turns such a sheet into a scenario file that passes `drillhall check`:\n"
    "the injects as written, and each decision prompt as a decision whose options\n"
    "are placeholders marked TODO. --id sets the scenario id (default: the output\n"
    "file's name). A bad row is reported as file:line and nothing is written.\n";

static int export_cmd(const char *scenario, const char *out)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    if (!s) return dh_fail(1, "out of memory");
    dh_scenario *sc;
    dh_status st = dh_script_load(s, scenario, &sc, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    int rc = 0;
    dh_buf b;
    dh_buf_init(&b);
    if (st) rc = st == DH_ENOMEM ? dh_fail(1, "out of memory") : 2;
    else if (dh_msel_export(sc, &b)) rc = dh_fail(1, "out of memory");
    else rc = dh_emit(out && strcmp(out, "-") ? out : NULL, &b, "sheet"); /* - : stdout */
    dh_buf_free(&b);
    dh_script_destroy(s);
    return rc;
}

/* The output file's name without folder and extension, when it is a valid id.
 * A scenario id follows the same rule as a team id. */
static int id_from_path(const char *path, char *id, size_t len)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && !strcmp(base + n - 4, ".lua")) n -= 4;
    if (n >= len) return -1;
    memcpy(id, base, n);
    id[n] = 0;
    return dh_team_id_problem(id) ? -1 : 0;
}

static int import_cmd(const char *sheet, const char *out, const char *id_opt)
{
    if (!out) return dh_fail(2, "msel import: name the scenario to write with -o FILE.lua");
    struct stat sb;
    if (stat(out, &sb) == 0)
        return dh_fail(2, "%s: already exists; an import never replaces a scenario, so remove it "
                          "or choose another name", out);
    char id[65];
    if (id_opt) {
        if (dh_team_id_problem(id_opt))
            return dh_fail(2, "--id %s: use ASCII letters, digits, '-', '_' and '.'", id_opt);
        snprintf(id, sizeof id, "%s", id_opt);
    } else if (id_from_path(out, id, sizeof id)) {
        return dh_fail(2, "%s: the file name is not a scenario id; give one with --id", out);
    }
    dh_diags diags;
    dh_diags_init(&diags);
    dh_csv csv;
    dh_status st = dh_csv_read_file(sheet, &csv, &diags);
    dh_buf lua;
    dh_buf_init(&lua);
    if (!st) {
        const char *slash = strrchr(sheet, '/');
        dh_msel_import_opts o = {id, slash ? slash + 1 : sheet};
        st = dh_msel_import(&csv, &o, &lua, &diags);
        dh_csv_free(&csv);
    }
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    int rc = 0;
    if (st) {
        rc = st == DH_ENOMEM ? dh_fail(1, "out of memory") : 2;
    } else {
        /* what import writes must load: try it in the sandbox first */
        dh_diags_init(&diags);
        dh_script *s = dh_script_create(NULL, 1);
        dh_scenario *sc;
        st = s ? dh_script_load_buffer(s, out, lua.data, lua.len, &sc, &diags) : DH_ENOMEM;
        if (st) {
            dh_print_diags(&diags);
            rc = dh_fail(1, "the imported scenario does not load; nothing was written");
        } else {
            rc = dh_write_file(out, &lua);
        }
        dh_diags_free(&diags);
        dh_script_destroy(s);
    }
    dh_buf_free(&lua);
    return rc;
}

int dh_cmd_msel(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL, *id = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"-o", DH_OPT_OUTPUT, &out},
                     {"--id", DH_OPT_STRING, &id},
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos != 2 || (strcmp(a.pos[0], "export") && strcmp(a.pos[0], "import")))
        return dh_fail(2, "msel: use `msel export SCENARIO [-o F.csv]` or `msel import F.csv "
                          "-o F.lua` (see --help)");
    if (!strcmp(a.pos[0], "export")) {
        if (id) return dh_fail(2, "msel export: --id belongs to import");
        return export_cmd(a.pos[1], out);
    }
    return import_cmd(a.pos[1], out, id);
}
