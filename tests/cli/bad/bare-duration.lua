scenario { id = "b", title = "B", duration = "1:00", categories = { "c" }, stages = { "s" } }
inject { id = "a", at = "0:05", title = "A" }
decision { id = "d", on = "a", within = "15", prompt = "P",
  options = { { id = "x", text = "X" } } }
