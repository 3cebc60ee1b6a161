-- feedback-form.lua — a scenario that asks its own feedback questions (tests/cli/hotwash.sh).
scenario { id = "feedback-form", title = { en = "Feedback form", vi = "Phiếu phản hồi" },
  duration = "0:30", categories = { "detect" } }
inject { id = "alert", at = "0:05", title = { en = "Alert", vi = "Cảnh báo" },
  body = { en = "An alert.", vi = "Một cảnh báo." } }
feedback { questions = {
  { id = "ransom-note", kind = "rating",
    text = { en = "How realistic was the ransom note?", vi = "Thư đòi tiền chuộc sát thực tế đến mức nào?" } },
  { id = "escalation", kind = "text",
    text = { en = "Who did you call first, and why?", vi = "Đội gọi cho ai đầu tiên, vì sao?" } },
} }
