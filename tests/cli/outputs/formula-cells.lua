-- Every text here starts the way a spreadsheet formula does (tests/cli/outputs-csv-formulas.sh).
scenario {
  id = "hostile", version = 1, duration = "1:00",
  title = { en = "=HYPERLINK(\"http://evil\",\"x\")", vi = "@SUM(1+1)" },
  categories = { { "detect", en = "Detect", vi = "Phát hiện" } },
}
inject {
  id = "a", at = "0:05",
  from = { en = "+cmd|' /C calc'!A0", vi = "-2+3" },
  title = { en = "=1+1", vi = "\tTab" },
  body = { en = "\rCR", vi = "-5" },
}
decision {
  id = "d", on = "a", within = "10m",
  prompt = { en = "@x", vi = "+1" },
  options = { { id = "o", text = "=cmd", score = { detect = 1 } } },
}
