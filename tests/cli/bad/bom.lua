scenario { id = "b", title = "B", duration = "1:00", categories = { "c" }, stages = { "s" } }
inject { id = "a", at = "0:05" title = "A" }
