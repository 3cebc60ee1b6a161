/* dh_expect_file.h — reading scenario test files (`NAME.test.lua`).
 *
 * A test file is Lua, run in the scenario sandbox, that calls test { ... } once
 * per case (fields: see scenarios/README.md, "Testing a scenario"). Each case
 * names the scenario it plays: `scenario = "path"` relative to the test file, by
 * default the file beside the tests/ folder with the test file's stem
 * (scenarios/tests/x.test.lua → scenarios/x.lua). */
#ifndef DH_EXPECT_FILE_H
#define DH_EXPECT_FILE_H

#include "dh_diag.h"
#include "dh_expect.h"
#include "dh_status.h"

/* Runs the test file and collects its cases into *out (owned by the caller, free
 * with dh_expect_suite_free whatever the status). Every problem is an error at
 * its file:line and the status is DH_EINPUT (then *out holds the cases read
 * without a problem, if the file ran to its end: one bad case does not stop
 * the others), DH_EIO or DH_ENOMEM (then *out is empty). */
dh_status dh_expect_load(const char *path, dh_expect_suite *out, dh_diags *diags);

/* The scenario a test file plays by default (malloc'd; NULL out of memory). */
char *dh_expect_default_scenario(const char *test_file);
/* rel resolved against the folder of file (malloc'd; NULL out of memory). */
char *dh_expect_path_beside(const char *file, const char *rel);

#endif
