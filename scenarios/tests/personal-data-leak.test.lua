-- Tests for personal-data-leak.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/personal-data-leak.lua

test {
  name = "posing as a buyer spooks the seller",
  role = "central",
  choices = { { "verify-sample", "pose-buyer", at = "0:07" } },
  delivered = { "seller-spooked" },
}

test {
  name = "verifying and preserving the sample starts the 72-hour clock",
  role = "central",
  choices = { { "verify-sample", "verify-preserve", at = "0:07" } },
  withheld = { "seller-spooked" },
  flags = { clock_started = true },
}

test {
  name = "keeping the API open leaks more data",
  role = "central",
  choices = { { "contain-source", "keep-api", at = "0:32" } },
  delivered = { "more-data" },
  flags = { api_open = true },
}

test {
  name = "an unanswered containment decision keeps the API open",
  role = "central",
  delivered = { "more-data" },
}

test {
  name = "cutting every I-VAN connection stops the leak",
  role = "central",
  choices = { { "contain-source", "cut-all-ivan", at = "0:32" } },
  withheld = { "more-data" },
  unset = { "api_open" },
}

test {
  name = "denying to the press is exposed",
  role = "central",
  choices = { { "press-day1", "deny", at = "0:47" } },
  delivered = { "denial-exposed" },
  flags = { denied = true },
}

test {
  name = "confirming with guidance is never exposed",
  role = "central",
  choices = { { "press-day1", "confirm-guide", at = "0:47" } },
  withheld = { "denial-exposed" },
}

test {
  name = "notifying A05 in time brings their follow-up, not their call",
  role = "central",
  choices = { { "notify-a05", "notify-now", at = "1:32" } },
  delivered = { "a05-followup" },
  withheld = { "a05-contact" },
  flags = { notified = true },
}

test {
  name = "without a notification A05 calls first",
  role = "central",
  choices = { { "notify-a05", "provider-duty", at = "1:32" } },
  delivered = { "a05-contact" },
  withheld = { "a05-followup" },
  unset = { "notified" },
}

test {
  name = "a spooked seller opens the fallout decision",
  role = "central",
  choices = {
    { "verify-sample", "pose-buyer", at = "0:07" },
    { "spooked-fallout", "hand-over", after = "2m" },
  },
  delivered = { "seller-spooked" },
  score = { coordinate = -15.5 },
}

test {
  name = "an exposed denial must be corrected",
  role = "central",
  choices = {
    { "press-day1", "deny", at = "0:47" },
    { "retract-denial", "correct-now", after = "2m" },
  },
  delivered = { "denial-exposed" },
  score = { communicate = -10.5 },
}

test {
  name = "a second key through the open API is a second chance to fix it",
  role = "central",
  choices = {
    { "contain-source", "keep-api", at = "0:32" },
    { "second-key", "fix-now", after = "2m" },
  },
  delivered = { "more-data" },
  score = { contain = -3 },
}

test {
  name = "A05's letter opens the late notice",
  role = "central",
  choices = {
    { "notify-a05", "provider-duty", at = "1:32" },
    { "late-notice", "notice-explain", after = "2m" },
  },
  delivered = { "a05-contact" },
  score = { coordinate = -7.5 },
}

test {
  name = "a notice sent the next morning is still on time",
  role = "central",
  choices = { { "notify-a05", "notify-tomorrow", at = "1:50" } },
  delivered = { "a05-followup" },
  flags = { notified = true },
}

test {
  name = "provinces that delete the chat records destroy evidence",
  role = "provincial",
  choices = { { "province-exports", "tidy-first", at = "0:22" } },
  delivered = { "export-check" },
  score = { analyse = -4 },
}

test {
  name = "the best IT Centre closes every bad branch",
  role = "central",
  others = "best",
  delivered = { "a05-followup", "contract-review" },
  withheld = { "seller-spooked", "more-data", "denial-exposed", "a05-contact" },
  at_least = { total = 1 },
}

test {
  name = "the best province reports its exports and warns its residents",
  role = "provincial",
  others = "best",
  delivered = { "export-check", "counter-scams" },
  withheld = { "contract-review", "a05-followup" },
  at_least = { total = 1 },
}

-- What the provinces reported about their exports decides what the IT Centre faces.
test {
  name = "provinces that stop the chat exports spare the IT Centre the sector-wide ban",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best" },
  delivered = { "chat-exports-stopped" },
  withheld = { "chat-exports-continue" },
}

test {
  name = "provinces that only report leave the IT Centre to stop the chat exports",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best",
            choices = { { "province-exports", "report-only" } } },
  choices = { { "chat-exports", "sector-ban", at = "0:52" } },
  delivered = { "chat-exports-continue" },
  withheld = { "chat-exports-stopped" },
}
