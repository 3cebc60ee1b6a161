-- address-probe.lua — everything a script can turn into text, or decide on, from
-- a table, a function or a named value. Were any of it a heap address, the
-- event log would differ between runs: tests/cli/determinism.sh runs this drill
-- several times and compares the logs byte for byte.
scenario {
  id = "address-probe", version = 1, duration = "0:30",
  title = { en = "Address probe", vi = "Thăm dò địa chỉ" },
  categories = { { "probe", en = "Probe", vi = "Thăm dò" } },
}

local named = setmetatable({}, { __name = "thing" })
local oddly_named = setmetatable({}, { __name = 42 })
local plain, fn = {}, function() end

local function caught(f, ...)
  local ok, res = pcall(f, ...)
  return (ok and "ok " or "error ") .. tostring(res)
end

-- every way of showing a value, joined into one adjustment reason
local function shown()
  return table.concat({
    tostring(named), tostring(oddly_named), tostring(plain), tostring(fn), tostring(print),
    string.format("%s|%12s|%-8s|%s", named, plain, fn, oddly_named),
    caught(string.format, "%p", plain),
    caught(string.format, "%10p", plain),
    caught(string.format, "%-p", fn),
    caught(string.format, "\0%p", named),
    caught(string.format, "%d", named),
    caught(function() return plain < plain end),
    caught(function() return named .. "" end),
    caught(function() return fn() .. "" end),
    caught(error, named),
  }, " / ")
end

-- a decision that an address would make at random
local function coin()
  local a = tostring(setmetatable({}, { __name = "a" }))
  local b = tostring(setmetatable({}, { __name = "a" }))
  local ok, p = pcall(string.format, "%10p", {})
  return a < b or (ok and tonumber(p:sub(-1), 16) % 2 == 0)
end

inject {
  id = "probe", at = "0:05", title = { en = "Probe", vi = "Thăm dò" },
  notes = { en = "Arrives only if an address decided it.", vi = "Chỉ đến nếu địa chỉ quyết định." },
  when = function(team) return coin() end,
}

inject {
  id = "always", at = "0:10", title = { en = "Always", vi = "Luôn luôn" },
  notes = { en = "Arrives for every team.", vi = "Đến với mọi đội." },
}

on("start", function(team)
  team:add("probe", 1, shown())
  if coin() then team:add("probe", 1, "an address decided") end
  print("probe", named, plain, fn)
end)
