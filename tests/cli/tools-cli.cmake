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
    "stage|tools-lint.lua:1: warning: stage \"lull\" has no injects"
    "misspelt-flag|tools-lint.lua:7: warning: flag \"sprad\" is read here but no option sets it")
  dh_case("${case}")
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
dh_expect(tools.simulate.policy 2 "--policy smart: use random, best, worst, first or longest" COMMAND ${SIM} --policy smart)
dh_expect(tools.simulate.bots 2 "--bots smart: use random, best, worst, first or longest" COMMAND ${SIM} --bots smart)
dh_expect(tools.simulate.policy-none 2 "--policy none: use random" COMMAND ${SIM} --policy none)
dh_expect(tools.simulate.threads 2 "--threads 0: expected a number from 1 to 256" COMMAND ${SIM} --threads 0)
dh_expect(tools.simulate.seed 2 "--seed -3: expected a whole number" COMMAND ${SIM} --seed -3)
dh_expect(tools.simulate.no-file 2 "simulate: name one scenario file" COMMAND ${DH_EXE} simulate)
dh_expect(tools.simulate.bad-scenario 2 "bad/syntax.lua:2: '}' expected"
          COMMAND ${DH_EXE} simulate bad/syntax.lua)
set_tests_properties(cli.tools.simulate.bad-scenario PROPERTIES WORKING_DIRECTORY ${CLI})
add_test(NAME cli.tools.simulate.estimate COMMAND ${CLI}/tools-simulate-estimate.sh ${DH_EXE}
         ${DH_SOURCE_DIR}/tests/script/budget-probe.lua ${FIX}/mini.lua)
set_tests_properties(cli.tools.simulate.estimate PROPERTIES TIMEOUT 120)
add_test(NAME cli.tools.simulate.threads-agree COMMAND ${CLI}/tools-simulate-threads.sh ${DH_EXE}
         ${FIX}/mini.lua)

# test
dh_expect(tools.test.broken 2 "broken.test.lua:14: test \"bad fields\": unknown field \"expect\""
          COMMAND ${DH_EXE} test ${FIX}/tests/broken.test.lua)
dh_expect(tools.test.no-tests 2 "no tests for this scenario (expected them in"
          COMMAND ${DH_EXE} test ${CLI}/tour.lua)
dh_expect(tools.test.bad-scenario 2 "bad/syntax.lua:2: '}' expected"
          COMMAND ${DH_EXE} test ${BAD}/tools-syntax.test.lua)
dh_expect(tools.test.no-file 2 "test: name at least one test file" COMMAND ${DH_EXE} test)
add_test(NAME cli.tools.test.output COMMAND ${CLI}/tools-test-output.sh ${DH_EXE} ${FIX})

# msel import: each bad row at file:line, exit 2, nothing written
foreach(case
    "header|tools-msel-header.csv:1: column 10 \"title_en\" is read as title_en, like column 9 \"title\": rename one of them"
    "no-text|tools-msel-no-text.csv:1: no column holds the injects' titles or texts: name one title_en, title, synopsis, inject text or body (the columns are \"MSEL #\", \"Time\", \"From\", \"To\", \"Method\", \"Objective\")"
    "short-row|tools-msel-short-row.csv:3: expected 19 fields (see the header), found 3"
    "bad-time|tools-msel-bad-time.csv:3: exercise_time: bare number \"10\" is not a time"
    "bad-attack|tools-msel-bad-attack.csv:3: attack \"T15\" is not a MITRE ATT&CK technique id"
    "bad-severity|tools-msel-bad-severity.csv:3: severity \"urgent\" is not one of"
    "duplicate|tools-msel-duplicate.csv:3: inject_id \"a\" is already used at line 2"
    "no-title|tools-msel-no-title.csv:3: title_en and title_vi are both empty"
    "bad-within|tools-msel-bad-within.csv:2: within: bare number \"15\" is not a duration"
    "no-prompt|tools-msel-no-prompt.csv:2: decision_id or within is given but decision_prompt_en"
    "number|tools-msel-number.csv:2: number \"one\" is not a whole number"
    "bad-id|tools-msel-bad-id.csv:2: inject_id \"phish report\" may hold only ASCII"
    "empty|tools-msel-empty.csv:1: the sheet has a header but no rows")
  dh_case("${case}")
  dh_expect(tools.msel.${name} 2 "${text}" ABSENT ${OUT}/msel-${name}.lua
            COMMAND ${DH_EXE} msel import ${BAD}/tools-msel-${name}.csv -o ${OUT}/msel-${name}.lua)
endforeach()
dh_expect(tools.msel.no-output 2 "msel import: name the scenario to write with -o"
          COMMAND ${DH_EXE} msel import ${FIX}/tricky.msel.csv)
dh_expect(tools.msel.bad-id-option 2 "--id a b: use ASCII letters"
          COMMAND ${DH_EXE} msel import ${FIX}/tricky.msel.csv -o ${OUT}/x.lua --id "a b")
dh_expect(tools.msel.missing-sheet 2 "nowhere.csv: cannot read"
          ABSENT ${OUT}/msel-nowhere.lua
          COMMAND ${DH_EXE} msel import ${CLI}/nowhere.csv -o ${OUT}/msel-nowhere.lua)
dh_expect(tools.msel.bad-scenario 2 "bad/syntax.lua:2: '}' expected" ABSENT ${OUT}/msel-bad.csv
          COMMAND ${DH_EXE} msel export ${BAD}/syntax.lua -o ${OUT}/msel-bad.csv)
dh_expect(tools.msel.verb 2 "msel: use `msel export SCENARIO"
          COMMAND ${DH_EXE} msel convert ${FIX}/mini.lua)
# an import never replaces a scenario that is already there (an existing file in
# the source tree: it must come out of the test unchanged, which the next
# `check --strict` of the library also shows)
dh_expect(tools.msel.exists 2 "tour.lua: already exists"
          COMMAND ${DH_EXE} msel import ${FIX}/tricky.msel.csv -o ${CLI}/tour.lua)
# a scenario saved as "UTF-8 with BOM" loads, with its lines where they were
dh_expect(tools.check.bom 2 "bad/bom.lua:2: '}' expected" COMMAND ${DH_EXE} check ${BAD}/bom.lua)
dh_expect(history.twice 2 "history: ${OUT}/same.drill is named twice"
          COMMAND ${DH_EXE} history ${OUT}/same.drill ${OUT}/same.drill)

# msel export writes what a sheet can hold and says what it cannot: a `when`
# (marked in the condition column) and hooks; import says it drops the condition
dh_expect(tools.msel.export-warns-when 0
          "mini.lua:38: warning: inject \"ransom\" has a `when` condition: a sheet cannot hold a script"
          COMMAND ${DH_EXE} msel export ${FIX}/mini.lua -o ${OUT}/msel-mini-warn.csv)
dh_expect(tools.msel.export-warns-hooks 0 "warning: the scenario has 1 hook(s) (on ...)"
          COMMAND ${DH_EXE} msel export ${FIX}/mini.lua -o ${OUT}/msel-mini-warn2.csv)

# check on a test file reads it as one (it said "attempt to call a nil value
# (global 'test')"): a good one passes, a bad one names its field
dh_expect(tools.check.test-file-bad 2 "broken.test.lua:14: test \"bad fields\": unknown field \"expect\""
          COMMAND ${DH_EXE} check ${FIX}/tests/broken.test.lua)
add_test(NAME cli.tools.check.test-file-good
         COMMAND ${DH_EXE} check --strict ${DH_SOURCE_DIR}/scenarios/tests/ransomware-contributions.test.lua)

# one bad case in a test file no longer hides the file's other cases
add_test(NAME cli.tools.test.partial
         COMMAND ${CLI}/tools-test-partial.sh ${DH_EXE} ${FIX}/tests/partly-broken.test.lua)

# the longest-text policy, and each policy's mean beside the others: mini.lua's
# longest option ("Forward it") is its worst, so longest scores as worst does
add_test(NAME cli.tools.simulate.longest
         COMMAND ${DH_EXE} simulate ${FIX}/mini.lua --bots longest --runs 300 --threads 1 --lang en)
set_tests_properties(cli.tools.simulate.longest PROPERTIES PASS_REGULAR_EXPRESSION
  "mini: 300 playthroughs[^\n]*policy longest.*Mean total per policy \\(longest measures the en texts\\)\n  best 17  · longest -5  · random [0-9.]+  · first 17  · worst -5")
