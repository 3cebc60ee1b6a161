test { name = "a test of a broken scenario", scenario = "syntax.lua", delivered = { "a" } }
