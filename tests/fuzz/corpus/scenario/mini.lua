-- A small scenario for the author tools' tests: one branch by flag, one by trigger,
-- a hook bonus, timeliness.
scenario {
  id = "mini", version = 1, duration = "1:00",
  title = { en = "Mini drill", vi = "Diễn tập nhỏ" },
  categories = { { "detect", en = "Detect", vi = "Phát hiện" },
                 { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { { "access", en = "Access", vi = "Xâm nhập" }, { "impact", en = "Impact", vi = "Tác động" } },
}

local phish = inject {
  id = "phish", at = "0:05", stage = "access", attack = "T1566.001", severity = "medium",
  from = "Mail gateway", channel = "email",
  title = { en = "Suspicious invoice", vi = "Hoá đơn đáng ngờ" },
  body = { en = "An invoice with a macro.", vi = "Hoá đơn có macro." },
  notes = { en = "Expect a report.", vi = "Đội cần báo cáo." },
}

decision {
  id = "triage", on = phish, within = "10m",
  prompt = { en = "What do you do?", vi = "Đội làm gì?" },
  options = {
    { id = "report", text = { en = "Report it", vi = "Báo cáo" }, score = { contain = 10, detect = 5 } },
    { id = "forward", text = { en = "Forward it", vi = "Chuyển tiếp" }, score = { contain = -5 },
      set = { spread = true }, triggers = { { "lateral", after = "5m" } } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" }, set = { spread = true } },
  },
  timeout = "ignore",
  speed = { full = "2m", zero = "10m", floor = 0.5 },
}

inject {
  id = "lateral", stage = "impact", attack = "T1021.001", severity = "high",
  title = { en = "RDP from a workstation", vi = "RDP từ máy trạm" },
  notes = { en = "Expect isolation.", vi = "Đội cần cô lập." },
}

inject {
  id = "ransom", at = "0:45", stage = "impact", attack = "T1486", severity = "critical",
  title = { en = "Ransom note", vi = "Thư đòi tiền chuộc" },
  notes = { en = "Expect no contact.", vi = "Không liên hệ." },
  when = function(team) return team.flags.spread == true end,
}

on("end", function(team)
  if team:chose("triage") == "report" then team:add("detect", 2, "reported early") end
end)
