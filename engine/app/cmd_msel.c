/* cmd_msel.c — `drillhall msel export|import|merge`: the MSEL as a spreadsheet (CSV).
 *
 * Both directions write to a temporary beside FILE and rename it into place only
 * when complete, so a bad sheet or a full disk never leaves half a file. An imported scenario is
 * loaded in the sandbox before it is written: what import writes always loads. */
#include "commands.h"
#include "dh_args.h"
#include "dh_csv_write.h"
#include "dh_msel.h"
#include "dh_output.h"
#include "dh_roster.h"
#include "dh_session.h"
#include "dh_text.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static int export_cmd(const char *scenario, const char *out, int bom)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    if (!s) return dh_fail(1, dh_msg(E_NOMEM));
    dh_scenario *sc;
    dh_status st = dh_script_load(s, scenario, &sc, &diags);
    if (!st) dh_msel_export_warnings(sc, &diags); /* what the sheet cannot hold */
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    int rc = 0;
    dh_buf b;
    dh_buf_init(&b);
    /* a sheet written to a file starts with the byte order mark */
    if (bom && out && strcmp(out, "-")) dh_buf_adds(&b, DH_CSV_BOM);
    if (st) rc = st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    else if (dh_msel_export(sc, &b)) rc = dh_fail(1, dh_msg(E_NOMEM));
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

/* Writes the Lua an import or a merge made to `out`, once it loads in the sandbox
 * as a scenario: a file drillhall writes is one it can run. Returns an exit status. */
static int write_if_it_loads(const char *out, const dh_buf *lua)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    dh_scenario *sc;
    dh_status st = s ? dh_script_load_buffer(s, out, lua->data, lua->len, &sc, &diags) : DH_ENOMEM;
    int rc;
    if (st) {
        dh_print_diags(&diags);
        rc = dh_fail(1, dh_msg(A_MSEL_NOT_LOADING));
    } else {
        rc = dh_write_file(out, lua);
    }
    dh_diags_free(&diags);
    dh_script_destroy(s);
    return rc;
}

static int import_cmd(const char *sheet, const char *out, const char *id_opt, const char *start,
                      const char *map_path)
{
    if (!out) return dh_fail(2, dh_msg(A_MSEL_NO_OUT));
    struct stat sb;
    if (stat(out, &sb) == 0)
        return dh_fail(2, dh_msg(A_MSEL_EXISTS), out);
    char id[65];
    if (id_opt) {
        if (dh_team_id_problem(id_opt))
            return dh_fail(2, dh_msg(A_MSEL_BAD_ID), id_opt);
        snprintf(id, sizeof id, "%s", id_opt);
    } else if (id_from_path(out, id, sizeof id)) {
        return dh_fail(2, dh_msg(A_MSEL_NAME_NOT_ID), out);
    }
    dh_ms start_at = 0;
    if (start) {
        char err[200];
        if (dh_time_parse_clock(start, &start_at, err, sizeof err))
            return dh_fail(2, dh_msg(A_MSEL_START), start, err);
    }
    dh_diags diags;
    dh_diags_init(&diags);
    dh_csv csv, map;
    int have_map = 0;
    dh_status st = DH_OK;
    if (map_path) {
        st = dh_csv_read_file(map_path, &map, &diags);
        have_map = !st;
    }
    /* ',' or ';' (spreadsheets where ',' is the decimal mark save with ';') */
    if (!st) st = dh_csv_read_file(sheet, &csv, &diags);
    dh_buf lua;
    dh_buf_init(&lua);
    if (!st) {
        const char *slash = strrchr(sheet, '/');
        dh_msel_import_opts o = {.id = id, .source_name = slash ? slash + 1 : sheet,
                                 .id_given = id_opt != NULL,
                                 .has_start = start != NULL, .start = start_at,
                                 .map = have_map ? &map : NULL};
        st = dh_msel_import(&csv, &o, &lua, &diags);
        dh_csv_free(&csv);
    }
    if (have_map) dh_csv_free(&map);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    int rc = 0;
    if (st) {
        rc = st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    } else {
        rc = write_if_it_loads(out, &lua);
    }
    dh_buf_free(&lua);
    return rc;
}

/* msel merge SHEET --into SCENARIO -o OUT: the sheet's times and texts written
 * into a copy of the hand-written scenario; what cannot be merged is listed. */
static int merge_cmd(const char *sheet, const char *into, const char *out)
{
    if (!into) return dh_fail(2, dh_msg(A_MERGE_INTO));
    if (!out) return dh_fail(2, dh_msg(A_MSEL_NO_OUT));
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    if (!s) return dh_fail(1, dh_msg(E_NOMEM));
    dh_scenario *sc;
    dh_status st = dh_script_load(s, into, &sc, &diags);
    dh_csv csv;
    int have_csv = 0;
    if (!st) {
        st = dh_csv_read_file(sheet, &csv, &diags);
        have_csv = !st;
    }
    dh_buf lua, changes;
    dh_buf_init(&lua);
    dh_buf_init(&changes);
    size_t applied = 0, skipped = 0;
    if (!st) st = dh_msel_merge(&csv, sc, dh_script_source(s, NULL), &lua, &changes, &applied,
                                &skipped, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    int rc = 0;
    if (st) {
        rc = st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    } else {
        rc = write_if_it_loads(out, &lua);
        if (!rc) {
            dh_term_write(stdout, changes.data ? changes.data : "", changes.len);
            dh_term_printf(stdout, dh_msg(A_MERGE_SUMMARY), applied, out, skipped);
            putchar('\n');
        }
    }
    if (have_csv) dh_csv_free(&csv);
    dh_buf_free(&lua);
    dh_buf_free(&changes);
    dh_script_destroy(s);
    return rc;
}

int dh_cmd_msel(int argc, char **argv)
{
    int want_help = 0, no_bom = 0;
    const char *out = NULL, *id = NULL, *start = NULL, *into = NULL, *map = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"-o", DH_OPT_OUTPUT, &out, "FILE", H_MSEL_OUT},
                     {"--id", DH_OPT_STRING, &id, "ID", H_MSEL_ID},
                     {"--start", DH_OPT_STRING, &start, "HH:MM", H_MSEL_START},
                     {"--into", DH_OPT_INPUT, &into, "SCENARIO", H_MSEL_INTO},
                     {"--map", DH_OPT_INPUT, &map, "F.csv", H_MSEL_MAP},
                     {"--no-bom", DH_OPT_FLAG, &no_bom, NULL, H_NO_BOM},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_MSEL_USAGE, H_MSEL_ABOUT);
    if (a.npos != 2 ||
        (strcmp(a.pos[0], "export") && strcmp(a.pos[0], "import") && strcmp(a.pos[0], "merge")))
        return dh_fail(2, dh_msg(A_MSEL_USAGE));
    if (!strcmp(a.pos[0], "merge")) {
        if (id || start || map) return dh_fail(2, dh_msg(A_MSEL_ID_IMPORT));
        return merge_cmd(a.pos[1], into, out);
    }
    if (into) return dh_fail(2, dh_msg(A_MERGE_INTO));
    if (!strcmp(a.pos[0], "export")) {
        if (id || start || map) return dh_fail(2, dh_msg(A_MSEL_ID_IMPORT));
        return export_cmd(a.pos[1], out, !no_bom);
    }
    return import_cmd(a.pos[1], out, id, start, map);
}
