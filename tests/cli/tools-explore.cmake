# check's exploration of scripts, simulate's HTML page and pinned option places.
# Included by tests/cli/CMakeLists.txt.
set(EXP ${DH_SOURCE_DIR}/tests/scenarios/fixtures/explore)

# place: "first" or "last", checked at the option's own line; the best answer
# pinned is a warning (every team would find it in the same place)
dh_expect(tools.place.typo 2
          "place-typo.lua:25: decision \"contain\", option \"none\": place \"bottom\" is not \"first\" or \"last\""
          COMMAND ${DH_EXE} check ${BAD}/place-typo.lua)
dh_expect(tools.place.pinned-best 0
          "place.lua:21: warning: decision \"contain\": its best option \"isolate\" is pinned first"
          COMMAND ${DH_EXE} check ${EXP}/place.lua)
