scenario { id = "b", title = "B", duration = "1:00", categories = { "c" } }
inject { id = "a", at = "0:05", title = "A" }

feedback { questions = { { id = "worked", kind = "text", txt = "What worked?" } } }
