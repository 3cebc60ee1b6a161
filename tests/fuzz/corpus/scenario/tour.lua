-- A small drill whose every delivery and point is pinned by tests/cli (tour.*).
-- phish → triage (timeliness, timeout); forwarding the mail spreads the malware
-- and triggers the lateral-movement inject; the ransom note reaches only teams
-- whose malware spread; hooks reward escalation and a clean finish.
scenario {
  id = "tour", version = 1, duration = "1:00",
  title = { en = "Phishing tour", vi = "Chuyến tham quan lừa đảo" },
  categories = { { "detect", en = "Detect", vi = "Phát hiện" },
                 { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { "access", "impact" },
}

local phish = inject {
  id = "phish", at = "0:05", stage = "access", attack = "T1566.001", severity = "medium",
  from = { en = "Staff member", vi = "Cán bộ" }, channel = "email",
  title = { en = "Suspicious invoice", vi = "Hoá đơn đáng ngờ" },
  body = { en = "An invoice with a macro.", vi = "Hoá đơn có macro." },
  notes = { en = "Expect a report to the IR team.", vi = "Đội cần báo cáo ngay." },
}

decision {
  id = "triage", on = phish, within = "10m",
  prompt = { en = "What do you do?", vi = "Bạn làm gì?" },
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
  when = function(team) return team.flags.spread end,
}

decision {
  id = "contain", on = "lateral", within = "10m",
  prompt = { en = "Contain?", vi = "Ngăn chặn?" },
  options = {
    { id = "isolate", text = { en = "Isolate", vi = "Cô lập" }, score = { contain = 8 } },
    { id = "wait", text = { en = "Wait", vi = "Chờ" }, score = { contain = -8 } },
  },
}

inject {
  id = "ransom", at = "0:45", stage = "impact", attack = "T1486", severity = "critical",
  title = { en = "Ransom note", vi = "Thư đòi tiền chuộc" },
  when = function(team) return team.flags.spread == true end,
}

on("choice", function(team, decision, option)
  if option == "report" then team:add("detect", 1, "escalated") end
end)

on("end", function(team)
  if not team:delivered("ransom") then team:add("contain", 5, "kept ransomware out") end
end)
