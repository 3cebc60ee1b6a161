scenario { id = "b", title = "B", duration = "1:00", categories = { "c" } }
inject { id = "a", at = "0:05", title = "A" }
feedback { questions = {
  { id = "q", kind = "rating", text = "One" },
  { id = "q", kind = "text", text = "Two" } } }
