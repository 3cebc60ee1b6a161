-- The live-drill tests' scenario (tests/net): every secret a team must never
-- receive is spelled so a byte search finds it (NOTE-SECRET-…, TITLE-…).
scenario {
  id = "net", version = 1, duration = "0:10",
  title = { en = "Network drill", vi = "Diễn tập mạng" },
  categories = { { "detect", en = "Detect", vi = "Phát hiện" },
                 { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { "access", "impact" },
}

local phish = inject {
  id = "phish", at = "0:01", stage = "access", severity = "medium",
  title = { en = "TITLE-PHISH", vi = "TIÊU-ĐỀ-PHISH" },
  body = { en = "An invoice with a macro.", vi = "Hoá đơn có macro." },
  notes = { en = "NOTE-SECRET-PHISH", vi = "GHI-CHÚ-BÍ-MẬT" },
}

decision {
  id = "triage", on = phish, within = "8m",
  prompt = { en = "What do you do?", vi = "Bạn làm gì?" },
  notes = { en = "NOTE-SECRET-TRIAGE", vi = "GHI-CHÚ-BÍ-MẬT-2" },
  options = {
    { id = "report", text = { en = "Report it", vi = "Báo cáo" }, score = { contain = 10, detect = 5 } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" }, score = { contain = -5 } },
  },
  timeout = "ignore",
}

local only = inject {
  id = "only-bravo", at = "0:02", stage = "impact", severity = "high",
  title = { en = "TITLE-BRAVO-ONLY", vi = "TIÊU-ĐỀ-BRAVO" },
  when = function(team) return team.id == "t-bravo" end,
}

decision {
  id = "bravo-dec", on = only, within = "8m",
  prompt = { en = "PROMPT-BRAVO", vi = "PROMPT-BRAVO" },
  options = { { id = "yes", text = "yes", score = { detect = 3 } }, { id = "no", text = "no" } },
}

-- triggered by nothing: never delivered to anyone
inject {
  id = "never", stage = "impact", severity = "low",
  title = { en = "TITLE-NEVER", vi = "TIÊU-ĐỀ-KHÔNG-BAO-GIỜ" },
}

on("choice", function(team, decision, option)
  if option == "report" then team:add("detect", 1, "REASON-ESCALATED") end
end)
