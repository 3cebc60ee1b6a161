/* cmd_guide.c — `drillhall guide SCENARIO`: the evaluator guide (HSEEP EEG) of a
 * scenario, as one printable HTML page, made before any drill. */
#include "commands.h"
#include "dh_args.h"
#include "dh_guide.h"
#include "dh_output.h"
#include "dh_scenario_file.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdlib.h>
#include <string.h>


int dh_cmd_guide(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL, *lang_s = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--lang", DH_OPT_STRING, &lang_s, "en|vi", H_GUIDE_LANG},
                     {"-o", DH_OPT_OUTPUT, &out, "F.html", H_GUIDE_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "F.html", H_OUTPUT_ALIAS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_GUIDE_USAGE, H_GUIDE_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_GUIDE_NO_FILE));
    dh_lang lang;
    int rc = dh_lang_choose(lang_s, &lang);
    if (rc) return rc;

    dh_script *s;
    dh_scenario *sc;
    rc = dh_scenario_file_load(a.pos[0], &s, &sc);
    if (rc) return rc;
    dh_buf b;
    dh_buf_init(&b);
    char *def = out ? NULL : dh_path_beside(a.pos[0], ".lua", ".guide.html");
    if (dh_guide_html(&b, sc, lang) || (!out && !def)) {
        rc = dh_fail(1, dh_msg(E_NOMEM));
    } else {
        const char *path = out ? out : def;
        int to_stdout = !strcmp(path, "-");
        rc = dh_emit(to_stdout ? NULL : path, &b, "guide");
        if (!rc && !to_stdout) dh_term_printf(stderr, dh_msg(A_WROTE), path);
    }
    free(def);
    dh_buf_free(&b);
    dh_script_destroy(s);
    return rc;
}
