# Fails when a layer includes a header it must not see. Compiler include paths
# already keep Lua and SDL out of engine/core; this also catches headers that sit
# on the system path (sqlite3.h, openssl/...).
function(forbid dir regex what)
  file(GLOB_RECURSE files ${SRC}/engine/${dir}/*.c ${SRC}/engine/${dir}/*.h)
  foreach(f ${files})
    file(STRINGS ${f} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${regex})")
    if(hits)
      message(SEND_ERROR "${f}: ${what}: ${hits}")
    endif()
  endforeach()
endfunction()
forbid(core "SDL|lua|lauxlib|lualib|sqlite3|openssl|mbedtls" "engine/core sees only libc")
forbid(ui "lua|lauxlib|lualib|sqlite3" "engine/ui must not touch Lua or SQLite")
forbid(record "SDL|lua|lauxlib|lualib" "engine/record sees core and SQLite only")
forbid(report "SDL|lua|lauxlib|lualib" "engine/report sees core only")
forbid(script "SDL|sqlite3" "engine/script sees core and Lua only")
