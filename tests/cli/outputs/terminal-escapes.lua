-- Texts that would drive a terminal (tests/cli/outputs-terminal.sh): a window title,
-- a cleared screen, a carriage return over a line, a C1 CSI.
scenario {
  id = "esc", version = 1, duration = "1:00",
  title = { en = "\27]0;pwned\7Title \27[2J", vi = "Tiêu đề \194\155" .. "31m" },
  categories = { { "detect", en = "Detect \27[31m", vi = "Phát hiện" } },
}
local a = inject { id = "a", at = "0:05", title = { en = "A\27[2J", vi = "A" },
  notes = { en = "n", vi = "n" } }
decision {
  id = "d", on = a, within = "10m",
  prompt = { en = "P", vi = "P" },
  options = { { id = "o", text = { en = "O", vi = "O" }, score = { detect = 1 } } },
}
on("choice", function(team)
  error("\27[2J\27[Hall checks passed\r")
end)
