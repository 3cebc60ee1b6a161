/* script_fixture.h — loading scenario text and running small drills in tests. */
#ifndef SCRIPT_FIXTURE_H
#define SCRIPT_FIXTURE_H

#include "dh_test.h"
#include "dh_buf.h"
#include "dh_drill.h"
#include "dh_script.h"

typedef struct sfx {
    dh_script *script;
    dh_scenario *sc;
    dh_diags diags;
    dh_status status;
    dh_roster roster;
    dh_drill *drill;
    dh_buf log;
} sfx;

/* Loads `src` as "t.lua" with test limits (16 MiB, 2 M instructions to load,
 * 200 000 per call). */
sfx *sfx_load(const char *src);
/* The same with other limits. */
sfx *sfx_load_limits(const char *src, const dh_script_limits *lim);
/* Asserts the load failed with a diagnostic at `line` containing `needle`. */
void sfx_expect_error(const char *src, int line, const char *needle);
/* Creates and starts a drill over `nteams` teams t1, t2, … logging into f->log. */
void sfx_drill(sfx *f, int nteams, uint64_t seed);
/* Answers decision `dec` with option `opt` for team `team` at the drill's now. */
dh_status sfx_choose(sfx *f, int team, const char *dec, const char *opt);
void sfx_free(sfx *f);

#endif
