-- The live drill of station_cases_test.py: what a drill must do for the page's
-- harder cases to happen on the real server. "statement" opens with ten
-- exercise minutes to answer; the test pauses the drill, kills the server,
-- presses an option offline and brings the page back only once the resumed
-- drill has passed the deadline, so the server refuses the choice for real.
-- Three teams: one scores, two tie at zero (and share a rank).
scenario {
  id = "web-cases", version = 1, duration = "3:00",
  title = { en = "Browser station cases", vi = "Các tình huống của trạm trình duyệt" },
  categories = { { "contain", en = "Contain", vi = "Ngăn chặn" } },
  stages = { "access", "impact" },
}

-- a title with markup in it: the page must show it as text
local alert = inject {
  id = "alert", at = "0:01", stage = "access", severity = "high", channel = "email",
  from = { en = "Service desk", vi = "Bộ phận hỗ trợ" },
  title = { en = "<img src=x onerror=\"window.pwned=1\">Ransom note on a file server",
            vi = "<img src=x onerror=\"window.pwned=1\">Thư đòi tiền chuộc trên máy chủ tệp" },
  body = { en = "A file server at the Đống Đa office shows a ransom note.",
           vi = "Máy chủ tệp tại văn phòng Đống Đa hiện thư đòi tiền chuộc." },
  notes = { en = "Expected: isolate the server.", vi = "Mong đợi: cô lập máy chủ." },
}

decision {
  id = "triage", on = alert, within = "2h",
  prompt = { en = "What do you do first?", vi = "Bạn làm gì đầu tiên?" },
  options = {
    { id = "isolate", text = { en = "Isolate the server", vi = "Cô lập máy chủ" }, score = { contain = 10 } },
    { id = "ignore", text = { en = "Ignore it", vi = "Bỏ qua" } },
  },
  timeout = "ignore",
}

local press = inject {
  id = "press", at = "0:02", stage = "impact", severity = "medium",
  title = { en = "A journalist calls", vi = "Một nhà báo gọi điện" },
  body = { en = "They ask whether contribution records leaked.", vi = "Họ hỏi dữ liệu thu có bị lộ không." },
}

decision {
  id = "statement", on = press, within = "10m",
  prompt = { en = "Give a statement?", vi = "Đưa ra tuyên bố?" },
  options = {
    { id = "holding", text = { en = "A holding statement", vi = "Tuyên bố tạm thời" } },
    { id = "none", text = { en = "No comment", vi = "Không bình luận" } },
  },
  timeout = "none",
}

for i = 1, 20 do
  inject {
    id = "update-" .. i, at = string.format("%d:%02d", (5 + i * 5) // 60, (5 + i * 5) % 60), stage = "impact", severity = "low",
    title = { en = "Status update " .. i, vi = "Cập nhật tình hình " .. i },
    body = { en = "Nothing new on the file servers.", vi = "Không có gì mới trên máy chủ tệp." },
  }
end
