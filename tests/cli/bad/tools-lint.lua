scenario { id = "lint", duration = "1:00", title = "Lint me", categories = { "contain" },
  stages = { "access", "lull" } }
local a = inject { id = "a", at = "0:55", stage = "access", title = { en = "A" } }
decision { id = "d", on = a, within = "10m", prompt = "P",
  options = { { id = "x", text = "X", set = { spread = true } }, { id = "y", text = "Y" } } }
inject { id = "orphan", stage = "access", title = "O" }
inject { id = "typo", at = "0:10", stage = "access", title = "T", when = function(team) return team.flags.sprad end }
