/* cmd_graph.c — `drillhall graph SCENARIO`: a map of the scenario for its
 * author (dh_graph.h), one SVG, made before any drill. The script layer says
 * where each `when` is written and which injects a script may deliver, the
 * tokenizer gives the condition's text; the picture is drawn from the model
 * and the source alone. */
#include "commands.h"
#include "dh_args.h"
#include "dh_graph.h"
#include "dh_lex.h"
#include "dh_output.h"
#include "dh_scenario_file.h"
#include "dh_scan.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdlib.h>
#include <string.h>


/* A condition's text is for reading: past this it is cut. */
#define WHEN_MAX 600

/* The inject a `local NAME = inject {` on the line of its definition binds NAME
 * to (tok at NAME), or -1. */
static int handle_inject(const dh_toks *t, const dh_scenario *sc, const dh_tok *name)
{
    for (size_t j = 1; j + 2 < t->n; j++) {
        if (!dh_tok_name(&t->v[j - 1], "local") || t->v[j].kind != DH_TOK_NAME || t->v[j].n != name->n ||
            memcmp(t->v[j].s, name->s, name->n) || !dh_tok_op(&t->v[j + 1], "=") ||
            !dh_tok_name(&t->v[j + 2], "inject"))
            continue;
        for (size_t i = 0; i < sc->ninjects; i++)
            if (sc->injects[i].line == t->v[j].line) return (int)i;
    }
    return -1;
}

/* Each hook's `:inject("id")` or `:inject(HANDLE)`, as edges hook → inject. */
static dh_status hook_injects(dh_script *s, const dh_scenario *sc, const dh_toks *t,
                              size_t **out, size_t *nout)
{
    for (size_t h = 0; h < sc->nhooks; h++) {
        int first, last;
        if (dh_script_function_lines(s, sc->hooks[h].ref, &first, &last)) continue;
        for (size_t i = 0; i + 3 < t->n; i++) {
            const dh_tok *k = &t->v[i];
            if (k->line < first || k->line > last || !dh_tok_op(k, ":") || !dh_tok_name(&t->v[i + 1], "inject") ||
                !dh_tok_op(&t->v[i + 2], "("))
                continue;
            const dh_tok *arg = &t->v[i + 3];
            int inj = -1;
            char id[128];
            if (arg->kind == DH_TOK_STR && arg->plain && dh_tok_text(arg, id, sizeof id))
                inj = dh_scenario_find_inject(sc, id);
            else if (arg->kind == DH_TOK_NAME)
                inj = handle_inject(t, sc, arg);
            if (inj < 0) continue;
            size_t e = 0;
            while (e < *nout && !((*out)[2 * e] == h && (*out)[2 * e + 1] == (size_t)inj)) e++;
            if (e < *nout) continue;
            size_t *v = realloc(*out, 2 * (*nout + 1) * sizeof *v);
            if (!v) return DH_ENOMEM;
            *out = v;
            v[2 * *nout] = h;
            v[2 * *nout + 1] = (size_t)inj;
            (*nout)++;
        }
    }
    return DH_OK;
}

/* Draws sc into b with what the script knows of its source: each `when` as
 * written and which injects a script may deliver. */
static dh_status draw(dh_buf *b, dh_script *s, const dh_scenario *sc, dh_lang lang)
{
    size_t n = sc->ninjects + 1;
    char **when = calloc(n, sizeof *when);
    int *first = calloc(n, sizeof *first), *last = calloc(n, sizeof *last);
    unsigned char *delivers = calloc(n, 1);
    const char *src = dh_script_source(s, NULL);
    dh_scan *scan = dh_scan_create(src);
    dh_toks toks = {0};
    int lexed = src && !dh_lex(&toks, src);
    dh_status st = DH_ENOMEM;
    if (when && first && last && delivers && scan && (lexed || !src)) {
        st = DH_OK;
        for (size_t i = 0; i < sc->ninjects && !st; i++) {
            const dh_inject *in = &sc->injects[i];
            delivers[i] = (unsigned char)dh_scan_index_names_inject(scan, sc, in);
            if (!lexed || dh_script_function_lines(s, in->when_ref, &first[i], &last[i])) {
                first[i] = 0;
                continue;
            }
            /* injects that share one function share its text: each function
             * is read once, however many injects name it */
            size_t j = 0;
            while (j < i && !(first[j] == first[i] && last[j] == last[i] && when[j])) j++;
            if (j < i) {
                if (!(when[i] = dh_strdup(when[j]))) st = DH_ENOMEM;
                continue;
            }
            dh_buf t;
            dh_buf_init(&t);
            if (!dh_toks_function_text(&toks, first[i], last[i], WHEN_MAX, &t)) {
                when[i] = dh_strdup(dh_buf_cstr(&t));
                if (!when[i] || t.failed) st = DH_ENOMEM;
            }
            dh_buf_free(&t);
        }
        size_t *edges = NULL;
        size_t nedges = 0;
        if (!st && lexed) st = hook_injects(s, sc, &toks, &edges, &nedges);
        dh_graph_source gs = {.when_text = (const char *const *)when, .script_delivers = delivers,
                              .hook_edges = edges, .nhook_edges = nedges};
        if (!st) st = dh_graph_svg(b, sc, &gs, lang);
        free(edges);
    }
    if (lexed) dh_toks_free(&toks);
    dh_scan_destroy(scan);
    for (size_t i = 0; when && i < sc->ninjects; i++) free(when[i]);
    free(when);
    free(first);
    free(last);
    free(delivers);
    return st;
}

int dh_cmd_graph(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL, *lang_s = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--lang", DH_OPT_STRING, &lang_s, "en|vi", H_GRAPH_LANG},
                     {"-o", DH_OPT_OUTPUT, &out, "F.svg", H_GRAPH_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "F.svg", H_OUTPUT_ALIAS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_GRAPH_USAGE, H_GRAPH_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_GRAPH_NO_FILE));
    dh_lang lang;
    int rc = dh_lang_choose(lang_s, &lang);
    if (rc) return rc;

    dh_script *s;
    dh_scenario *sc;
    rc = dh_scenario_file_load(a.pos[0], &s, &sc);
    if (rc) return rc;
    dh_buf b;
    dh_buf_init(&b);
    char *def = out ? NULL : dh_path_beside(a.pos[0], ".lua", ".svg");
    if (draw(&b, s, sc, lang) || (!out && !def)) {
        rc = dh_fail(1, dh_msg(E_NOMEM));
    } else {
        const char *path = out ? out : def;
        int to_stdout = !strcmp(path, "-");
        rc = dh_emit(to_stdout ? NULL : path, &b, "graph");
        if (!rc && !to_stdout) dh_term_printf(stderr, dh_msg(A_WROTE), path);
    }
    free(def);
    dh_buf_free(&b);
    dh_script_destroy(s);
    return rc;
}
