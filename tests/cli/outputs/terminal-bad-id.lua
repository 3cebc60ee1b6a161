scenario { id = "x\27[2J", version = 1, duration = "1:00", title = "t", categories = {"a"} }
