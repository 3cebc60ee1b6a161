scenario { id = "b", title = "B", duration = "1:00", categories = { "c" } }
inject { id = "a", at = "0:05", title = "A" }
feedback { questions = {
  { id = "realism", kind = "stars", text = { en = "How real?", vi = "Thực tế không?" } } } }
