scenario { id = "b", title = "B", duration = "1:00", categories = { "c" }, stages = { "s" } }
inject { id = "a", at = "1:30", title = "A" }
