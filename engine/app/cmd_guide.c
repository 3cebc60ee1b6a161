/* cmd_guide.c — `drillhall guide SCENARIO`: the evaluator guide (HSEEP EEG) of a
 * scenario, as one printable HTML page, made before any drill. */
#include "commands.h"
#include "dh_args.h"
#include "dh_guide.h"
#include "dh_output.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdlib.h>
#include <string.h>

/* SCENARIO.lua → SCENARIO.guide.html beside it */
static char *beside(const char *path)
{
    size_t n = strlen(path);
    if (n > 4 && !strcmp(path + n - 4, ".lua")) n -= 4;
    char *p = malloc(n + sizeof ".guide.html");
    if (!p) return NULL;
    memcpy(p, path, n);
    strcpy(p + n, ".guide.html");
    return p;
}

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

    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    if (!s) return dh_fail(1, dh_msg(E_NOMEM));
    dh_scenario *sc;
    dh_status st = dh_script_load(s, a.pos[0], &sc, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (st) {
        dh_script_destroy(s);
        return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    }
    dh_buf b;
    dh_buf_init(&b);
    char *def = out ? NULL : beside(a.pos[0]);
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
