inject { id = "a", at = "0:05", title = "A" }
