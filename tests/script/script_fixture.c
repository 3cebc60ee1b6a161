/* script_fixture.c — see script_fixture.h. */
#include "script_fixture.h"
#include "dh_eventlog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sfx *sfx_load(const char *src)
{
    dh_script_limits lim = {16u << 20, 2000000, 200000, 10};
    return sfx_load_limits(src, &lim);
}

sfx *sfx_load_limits(const char *src, const dh_script_limits *lim)
{
    sfx *f = calloc(1, sizeof *f);
    f->script = dh_script_create(lim, 1);
    assert_non_null(f->script);
    dh_diags_init(&f->diags);
    dh_roster_init(&f->roster);
    dh_buf_init(&f->log);
    f->status = dh_script_load_buffer(f->script, "t.lua", src, strlen(src), &f->sc, &f->diags);
    return f;
}

void sfx_expect_error(const char *src, int line, const char *needle)
{
    sfx *f = sfx_load(src);
    char buf[1200];
    int found = 0;
    for (size_t i = 0; i < f->diags.count && !found; i++) {
        dh_diag_format(&f->diags.items[i], buf, sizeof buf);
        found = f->diags.items[i].line == line && strstr(buf, needle) != NULL;
    }
    if (!found) {
        for (size_t i = 0; i < f->diags.count; i++) {
            dh_diag_format(&f->diags.items[i], buf, sizeof buf);
            print_error("  got: %s\n", buf);
        }
        fail_msg("expected an error at line %d containing \"%s\"", line, needle);
    }
    assert_int_not_equal(f->status, DH_OK);
    sfx_free(f);
}

static void sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(ctx, r); }

void sfx_drill(sfx *f, int nteams, uint64_t seed)
{
    assert_int_equal(f->status, DH_OK);
    for (int i = 1; i <= nteams; i++) {
        char id[16], name[16];
        snprintf(id, sizeof id, "t%d", i);
        snprintf(name, sizeof name, "Team %d", i);
        assert_int_equal(dh_roster_add(&f->roster, id, name, i % 2 ? "odd" : "even", i), DH_OK);
    }
    dh_drill_config cfg = {f->sc, &f->roster, seed, dh_script_iface_for(f->script)};
    f->drill = dh_drill_create(&cfg);
    assert_non_null(f->drill);
    dh_drill_add_sink(f->drill, sink, &f->log);
    assert_int_equal(dh_drill_start(f->drill), DH_OK);
}

dh_status sfx_choose(sfx *f, int team, const char *dec, const char *opt)
{
    int d = dh_scenario_find_decision(f->sc, dec);
    assert_true(d >= 0);
    dh_input in = {.kind = DH_IN_CHOICE, .t = f->drill->now, .team = team, .decision = d,
                   .option = dh_decision_find_option(&f->sc->decisions[d], opt)};
    char err[200];
    return dh_drill_apply(f->drill, &in, err, sizeof err);
}

void sfx_free(sfx *f)
{
    dh_drill_destroy(f->drill);
    dh_roster_free(&f->roster);
    dh_script_destroy(f->script);
    dh_diags_free(&f->diags);
    dh_buf_free(&f->log);
    free(f);
}
