scenario { id = "b", version = 1, duration = "1:00", title = { en = "B", vi = "B" },
  categories = { "detect" },
  objectives = { { id = "obj", text = { en = "O", vi = "O" } } } }
local phish = inject { id = "phish", at = "0:05", title = { en = "P", vi = "P" } }
decision { id = "triage", on = phish, within = "10m", prompt = { en = "?", vi = "?" },
  options = { { id = "a", text = { en = "A", vi = "A" }, score = { detect = 1 } } } }
question {
id = "q", on = phish, prompt = { en = "?", vi = "?" }, rubric = { { id = "a", text = "A" }, { id = "a", text = "B" } }
}
