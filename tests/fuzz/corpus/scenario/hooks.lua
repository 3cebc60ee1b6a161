-- hooks and conditions that reach back into the drill: flags, team:inject,
-- team:add, math.random, pcall around a failing call
scenario { id = "hooks", duration = "0:30", title = { en = "Hooks" },
  categories = { { "detect", en = "Detect" } } }
local a = inject { id = "a", at = "0:01", title = { en = "A" } }
inject { id = "b", title = { en = "B" },
  when = function(team) return team.flags.go == true and math.random(1, 3) > 0 end }
decision { id = "d", on = a, within = "5m", prompt = { en = "?" }, timeout = "no",
  options = { { id = "yes", text = { en = "Yes" }, score = { detect = 3 }, set = { go = true },
                triggers = { { "b", after = "2m" } } },
              { id = "no", text = { en = "No" }, score = { detect = -1 } } } }
on("inject", function(team, id)
  team.flags.count = (team.flags.count or 0) + 1
  if id == "a" then team:inject("b", { after = "10m" }) end
  local ok = pcall(function() team:add("nope", 1, "bad category") end)
  if not ok then team.flags.caught = tostring(ok) end
end)
on("choice", function(team, decision, option) team:add("detect", #option, "chose " .. option) end)
on("end", function(team) if team:delivered("b") then team:add("detect", 0.5, "b came") end end)
