-- budget-probe.lua — the drill's script budget must run out at the same point in
-- every process. Each `when` churns a table (keys removed and added: where Lua's
-- hash part grows depends on its string hash seed, which changes per process),
-- builds strings, and returns true; together they cost more than the drill's
-- share, so deliveries stop part way through the injects. tests/cli/determinism.sh
-- runs this drill several times and compares the logs byte for byte.
scenario {
  id = "budget-probe", version = 1, duration = "2:00",
  title = { en = "Budget probe", vi = "Thăm dò ngân sách" },
  categories = { { "probe", en = "Probe", vi = "Thăm dò" } },
}

local function churn(team)
  local t = {}
  for i = 1, 2000 do t["k" .. i] = i end
  for r = 1, 40 do
    for i = 1, 2000, 3 do t["k" .. i] = nil end
    for i = 1, 2000, 3 do t["k" .. (i + r * 7)] = r end
  end
  local s = string.rep("x", 1000) .. team.id .. table.concat({ "a", "b", "c" }, "-")
  return #s > 0 and next(t) ~= nil
end

for i = 1, 60 do
  inject {
    id = "i" .. i, at = string.format("%d:%02d", (i + 1) // 60, (i + 1) % 60),
    title = { en = "Inject " .. i, vi = "Tình huống " .. i },
    notes = { en = "Delivered while the scripts' share lasts.", vi = "Đến khi còn ngân sách." },
    when = churn,
  }
end
