scenario { id = "b", title = "B", duration = "1:00", categories = { "c" },
  objectives = { { id = "escalate", text = "Escalate", category = "c" } } }
inject { id = "a", at = "0:05", title = "A" }
decision { id = "d", on = "a", prompt = "P",
  options = { { id = "x", text = "X", score = { c = 1 }, objectives = { "escalation" } } } }
