-- A misspelt place is an error at its own line, naming the option.
--
scenario {
  id = "place", version = 1, duration = "1:00",
  title = { en = "Pinned options", vi = "Phương án được ghim" },
  categories = { { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { { "impact", en = "Impact", vi = "Tác động" } },
}

local alert = inject {
  id = "alert", at = "0:05", stage = "impact", severity = "high",
  title = { en = "Alert", vi = "Cảnh báo" },
  notes = { en = "Expect containment.", vi = "Đội cần ngăn chặn." },
}

decision {
  id = "contain", on = alert, within = "10m",
  prompt = { en = "What first?", vi = "Làm gì trước?" },
  options = {
    { id = "isolate", text = { en = "Isolate the host", vi = "Cô lập máy" }, score = { contain = 10 },
      place = "first" },
    { id = "reimage", text = { en = "Reimage it", vi = "Cài lại máy" }, score = { contain = 6 } },
    { id = "monitor", text = { en = "Monitor it", vi = "Theo dõi" }, score = { contain = 2 } },
    { id = "none", text = { en = "None of the above", vi = "Không phương án nào ở trên" },
      place = "bottom" },
  },
  timeout = "none",
}
