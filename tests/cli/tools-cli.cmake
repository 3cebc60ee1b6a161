# Bad input to the author tools (check's lint, simulate, test): exit codes and
# file:line messages. Included by tests/cli/CMakeLists.txt.
set(FIX ${DH_SOURCE_DIR}/tests/scenarios/fixtures)

# lint: warnings are printed and keep exit 0; --strict makes them fail
foreach(case
    "unreachable|tools-lint.lua:6: warning: inject \"orphan\" is never delivered"
    "flat|tools-lint.lua:4: warning: decision \"d\": all 2 options score the same"
    "language|tools-lint.lua:3: warning: inject \"a\": title has only en; add vi"
    "plain|tools-lint.lua:1: warning: scenario \"lint\": title is one plain string"
    "deadline|tools-lint.lua:4: warning: decision \"d\": its deadline 1:05:00"
    "flag|tools-lint.lua:4: warning: flag \"spread\" is set"
    "stage|tools-lint.lua:1: warning: stage \"lull\" has no injects")
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 name)
  list(GET parts 1 text)
  dh_expect(tools.lint.${name} 0 "${text}" COMMAND ${DH_EXE} check bad/tools-lint.lua)
  set_tests_properties(cli.tools.lint.${name} PROPERTIES WORKING_DIRECTORY ${CLI})
endforeach()
dh_expect(tools.lint.strict 2 "tools-lint.lua:6: warning:"
          COMMAND ${DH_EXE} check --strict ${BAD}/tools-lint.lua)
add_test(NAME cli.tools.lint.strict-clean COMMAND ${DH_EXE} check --strict ${FIX}/mini.lua)

# simulate
set(SIM ${DH_EXE} simulate ${FIX}/mini.lua)
dh_expect(tools.simulate.runs-zero 2 "--runs 0: expected a number from 1" COMMAND ${SIM} --runs 0)
dh_expect(tools.simulate.runs-text 2 "--runs many: expected a number" COMMAND ${SIM} --runs many)
dh_expect(tools.simulate.teams 2 "--teams 0: expected a number from 1 to 10000" COMMAND ${SIM} --teams 0)
dh_expect(tools.simulate.policy 2 "--policy smart: use random, best, worst or first" COMMAND ${SIM} --policy smart)
dh_expect(tools.simulate.policy-none 2 "--policy none: use random" COMMAND ${SIM} --policy none)
dh_expect(tools.simulate.threads 2 "--threads 0: expected a number from 1 to 256" COMMAND ${SIM} --threads 0)
dh_expect(tools.simulate.seed 2 "--seed -3: expected a whole number" COMMAND ${SIM} --seed -3)
dh_expect(tools.simulate.no-file 2 "simulate: name one scenario file" COMMAND ${DH_EXE} simulate)
dh_expect(tools.simulate.bad-scenario 2 "bad/syntax.lua:2: '}' expected"
          COMMAND ${DH_EXE} simulate bad/syntax.lua)
set_tests_properties(cli.tools.simulate.bad-scenario PROPERTIES WORKING_DIRECTORY ${CLI})
add_test(NAME cli.tools.simulate.threads-agree COMMAND ${CLI}/tools-simulate-threads.sh ${DH_EXE}
         ${FIX}/mini.lua)

# test
dh_expect(tools.test.broken 2 "broken.test.lua:9: test \"bad fields\": unknown field \"expect\""
          COMMAND ${DH_EXE} test ${FIX}/tests/broken.test.lua)
dh_expect(tools.test.no-tests 2 "no tests for this scenario (expected them in"
          COMMAND ${DH_EXE} test ${CLI}/tour.lua)
dh_expect(tools.test.bad-scenario 2 "bad/syntax.lua:2: '}' expected"
          COMMAND ${DH_EXE} test ${BAD}/tools-syntax.test.lua)
dh_expect(tools.test.no-file 2 "test: name at least one test file" COMMAND ${DH_EXE} test)
add_test(NAME cli.tools.test.output COMMAND ${CLI}/tools-test-output.sh ${DH_EXE} ${FIX})
