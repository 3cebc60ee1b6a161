-- A drill with one open question, for tests/questions: a phishing mail opens a
-- decision and a question; evaluators score the answer against its rubric.
scenario {
  id = "ask", version = 1, duration = "1:00",
  title = { en = "Open question", vi = "Câu hỏi mở" },
  categories = { { "detect", en = "Detect", vi = "Phát hiện" },
                 { "communicate", en = "Communicate", vi = "Truyền thông" } },
  objectives = { { id = "notify", text = { en = "Notify the right people", vi = "Thông báo đúng người" },
                   category = "communicate" } },
}

local phish = inject {
  id = "phish", at = "0:05", severity = "medium",
  title = { en = "Suspicious invoice", vi = "Hoá đơn đáng ngờ" },
}

decision {
  id = "triage", on = phish, within = "10m",
  prompt = { en = "What do you do?", vi = "Bạn làm gì?" },
  options = {
    { id = "report", text = { en = "Report it", vi = "Báo cáo" }, score = { detect = 5 } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" } },
  },
  timeout = "ignore",
}

question {
  id = "notify", on = phish, within = "20m",
  prompt = { en = "Who do you notify, in what order, and what do you tell them?",
             vi = "Đội thông báo cho ai, theo thứ tự nào, và nói gì?" },
  guidance = { en = "Look for the DPO and the leadership within the hour.",
               vi = "Cần có cán bộ bảo vệ dữ liệu và lãnh đạo trong vòng một giờ." },
  rubric = {
    { id = "lead", text = { en = "Names the leadership", vi = "Nêu lãnh đạo" }, points = { communicate = 4 } },
    { id = "dpo", text = { en = "Names the data protection officer", vi = "Nêu cán bộ bảo vệ dữ liệu" },
      points = { communicate = 4 } },
    { id = "facts", text = { en = "Says only confirmed facts", vi = "Chỉ nói sự việc đã xác nhận" },
      points = { communicate = 2, detect = 1 } },
  },
  objectives = { "notify" },
}
