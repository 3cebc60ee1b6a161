-- The live drill of the browser-station test (station_live_test.py): short
-- exercise times, served at high speed. One inject reaches only the team "hue"
-- and carries markers the page of "hanoi" must never receive.
scenario {
  id = "web-drill", version = 1, duration = "3:00",
  title = { en = "Browser station drill", vi = "Diễn tập trạm trình duyệt" },
  categories = { { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { "access", "impact" },
}

local phish = inject {
  id = "phish", at = "0:01", stage = "access", severity = "medium", channel = "email",
  from = { en = "Service desk", vi = "Bộ phận hỗ trợ" },
  title = { en = "Suspicious invoice at the Hà Đông office", vi = "Hoá đơn đáng ngờ tại văn phòng Hà Đông" },
  body = { en = "Three staff received an invoice with a macro.\nOne opened it.",
           vi = "Ba cán bộ nhận được hoá đơn có macro.\nMột người đã mở." },
  notes = { en = "NOTE-FOR-EVALUATORS-ONLY", vi = "NOTE-FOR-EVALUATORS-ONLY" },
}

decision {
  id = "triage", on = phish, within = "2h",
  prompt = { en = "What do you do first?", vi = "Bạn làm gì đầu tiên?" },
  options = {
    { id = "isolate", text = { en = "Isolate the workstation", vi = "Cô lập máy trạm" }, score = { contain = 10 } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" }, score = { contain = -5 } },
  },
  timeout = "ignore",
}

inject {
  id = "hue-only", at = "0:02", stage = "access", severity = "high",
  title = { en = "HUE-ONLY-SECRET-TITLE", vi = "HUE-ONLY-SECRET-TITLE" },
  body = { en = "HUE-ONLY-SECRET-BODY", vi = "HUE-ONLY-SECRET-BODY" },
  notes = { en = "HUE-ONLY-SECRET-NOTE", vi = "HUE-ONLY-SECRET-NOTE" },
  when = function(team) return team.id == "hue" end,
}

local press = inject {
  id = "press", at = "0:03", stage = "impact", severity = "high",
  title = { en = "A journalist calls", vi = "Một nhà báo gọi điện" },
  body = { en = "They ask whether contribution records leaked.", vi = "Họ hỏi dữ liệu thu có bị lộ không." },
  notes = { en = "Expect a holding statement.", vi = "Mong đợi một tuyên bố tạm thời." },
}

decision {
  id = "statement", on = press, within = "2h",
  prompt = { en = "Give a statement?", vi = "Đưa ra tuyên bố?" },
  options = {
    { id = "holding", text = { en = "A holding statement", vi = "Tuyên bố tạm thời" }, score = { contain = 5 } },
    { id = "none", text = { en = "No comment", vi = "Không bình luận" } },
  },
  timeout = "none",
}

-- one update every half exercise minute: whatever moment the server comes back
-- after the test kills it, some of these fall while the page is away (catch-up)
for i = 1, 12 do
  inject {
    id = "update-" .. i, at = string.format("0:%02d:%02d", 4 + (i - 1) // 2, (i - 1) % 2 * 30),
    stage = "impact", severity = "low",
    title = { en = "Status update " .. i, vi = "Cập nhật tình hình " .. i },
    body = { en = "Nothing new on the file servers.", vi = "Không có gì mới trên máy chủ tệp." },
    notes = { en = "Background traffic.", vi = "Thông tin nền." },
  }
end
