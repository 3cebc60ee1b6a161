-- The drill of the browser station's written-inject and hot-wash test
-- (feedback_test.py): one inject, one decision, a short drill that ends, and
-- the default feedback form (realism 1–5, what worked, what to improve,
-- overall 1–5). The facilitator's written injects come from the server's
-- terminal (`write all|TEAM TITLE | BODY`).
scenario {
  id = "web-feedback", version = 1, duration = "0:06",
  title = { en = "Browser hot wash drill", vi = "Diễn tập rút kinh nghiệm trên trình duyệt" },
  categories = { { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { "access" },
}

local phish = inject {
  id = "phish", at = "0:01", stage = "access", severity = "medium", channel = "email",
  from = { en = "Service desk", vi = "Bộ phận hỗ trợ" },
  title = { en = "Suspicious invoice", vi = "Hoá đơn đáng ngờ" },
  body = { en = "Three staff received an invoice with a macro.", vi = "Ba cán bộ nhận được hoá đơn có macro." },
  notes = { en = "Expect the workstation isolated.", vi = "Mong đợi cô lập máy trạm." },
}

decision {
  id = "triage", on = phish, within = "4m",
  prompt = { en = "What do you do first?", vi = "Bạn làm gì đầu tiên?" },
  options = {
    { id = "isolate", text = { en = "Isolate the PC", vi = "Cô lập máy" }, score = { contain = 10 } },
    { id = "scan", text = { en = "Scan the PC", vi = "Quét máy" }, score = { contain = 4 } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" }, score = { contain = -5 } },
  },
  timeout = "ignore",
}
