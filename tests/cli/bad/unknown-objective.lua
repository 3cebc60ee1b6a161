scenario { id = "b", title = "B", duration = "1:00", categories = { "c" },
  objectives = { { id = "contain-fast", text = "Contain", category = "c" } } }
inject { id = "a", at = "0:05", title = "A" }
decision { id = "d", on = "a", prompt = "P", objectives = { "contain-fats" },
  options = { { id = "x", text = "X", score = { c = 1 } } } }
