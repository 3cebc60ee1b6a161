-- Tests for vssid-account-takeover.lua: each pins a branch that a team's own choices
-- open or close, for the role that decides it. Decisions not listed run out and take
-- their timeout.
--   drillhall test scenarios/vssid-account-takeover.lua

-- The roles split the drill ---------------------------------------------------------

test {
  name = "a province never receives the IT Centre's injects",
  role = "provincial",
  delivered = { "counter-victim", "verify-list", "post-office-collector", "victim-claims" },
  withheld = { "login-spike", "sim-pattern", "payment-run", "notify-question", "press-call",
               "reopen-changes", "mule-payout" },
}

test {
  name = "the IT Centre never receives a province's counter injects",
  role = "central",
  delivered = { "login-spike", "sim-pattern", "payment-run", "notify-question", "press-call",
                "reopen-changes" },
  withheld = { "counter-victim", "verify-list", "post-office-collector", "victim-claims",
               "false-clear" },
}

test {
  name = "a team without a role receives nothing",
  withheld = { "login-spike", "counter-victim" },
  score = { total = 0 },
}

-- The IT Centre's branches ------------------------------------------------------------

test {
  name = "narrow containment at 07:35 stops the second wave and spares the hotline",
  role = "central",
  choices = { { "stuffing-response", "targeted" } },
  withheld = { "wave-two", "hotline-flood" },
  unset = { "stuffing_open", "mass_reset" },
}

test {
  name = "watching the sign-ins (the timeout) brings the second wave and its decision",
  role = "central",
  delivered = { "wave-two" },
  withheld = { "hotline-flood" },
  flags = { stuffing_open = true },
}

test {
  name = "a sector-wide reset floods the hotline but stops the second wave",
  role = "central",
  choices = { { "stuffing-response", "reset-all" }, { "flood-response", "stage-reset" } },
  delivered = { "hotline-flood" },
  withheld = { "wave-two" },
  flags = { mass_reset = true },
}

test {
  name = "keeping the SMS code and the payment run unchanged brings the SIM-swap wave",
  role = "central",
  choices = { { "sim-response", "advise-public" } },
  delivered = { "sim-wave" },
  flags = { sms_kept = true, paid_out = true },
}

test {
  name = "a team that froze account changes at 08:20 gets no SIM-swap wave of changes after it",
  role = "central",
  choices = { { "sim-response", "advise-public" }, { "payment-freeze", "hold-changed" } },
  withheld = { "sim-wave" },
  flags = { sms_kept = true, held_changed = true },
}

test {
  name = "requiring VNeID closes the SIM-swap route",
  role = "central",
  choices = { { "sim-response", "a05-vneid" } },
  withheld = { "sim-wave" },
  unset = { "sms_kept" },
}

test {
  name = "holding the changed accounts pays the attackers nothing",
  role = "central",
  choices = { { "payment-freeze", "hold-changed" } },
  delivered = { "held-result" },
  withheld = { "mule-payout" },
  unset = { "paid_out" },
}

test {
  name = "postponing the whole run also pays the attackers nothing, at its own cost",
  role = "central",
  choices = { { "payment-freeze", "delay-run" } },
  withheld = { "mule-payout", "held-result" },
  unset = { "paid_out", "held_changed" },
}

test {
  name = "letting the run go (the timeout) pays the attackers and opens the recovery decision",
  role = "central",
  choices = { { "recover-funds", "freeze-and-pay" } },
  delivered = { "mule-payout" },
  withheld = { "held-result" },
  flags = { paid_out = true },
}

test {
  name = "reopening the SMS route after paying the attackers costs three more points",
  role = "central",
  choices = {
    { "stuffing-response", "targeted" },
    { "sim-response", "a05-vneid" },
    { "payment-freeze", "let-run" },
    { "reopen-decision", "reopen-as-before" },
  },
  -- targeted 8, a05-vneid 6, let-run -6, reopen-as-before -5, the hook -3,
  -- notify's and the press line's timeouts 0
  score = { contain = 0 },
}

test {
  name = "\"not hacked\" turns against the agency and opens the correction",
  role = "central",
  choices = { { "press-line", "not-hacked" }, { "correct-record", "correct" } },
  delivered = { "press-backlash" },
  flags = { blamed_users = true },
}

test {
  name = "saying what happened keeps the backlash away",
  role = "central",
  choices = { { "press-line", "say-what-happened" } },
  withheld = { "press-backlash" },
  unset = { "blamed_users" },
}

test {
  name = "the IT Centre's best path scores 62",
  role = "central",
  others = "best",
  withheld = { "wave-two", "hotline-flood", "sim-wave", "mule-payout", "press-backlash" },
  delivered = { "held-result" },
  score = { total = 62 },
}

-- A province's branches ---------------------------------------------------------------

test {
  name = "verifying by the registered phone number clears a SIM-swap victim",
  role = "provincial",
  choices = { { "verify-method", "call-registered" }, { "reclear", "withdraw-recheck" } },
  delivered = { "false-clear" },
  flags = { cleared_by_phone = true },
}

test {
  name = "verifying through the commune and the post office sends no false clearance",
  role = "provincial",
  choices = { { "verify-method", "independent" } },
  withheld = { "false-clear" },
  unset = { "cleared_by_phone" },
}

test {
  name = "a case reported on Day 1 gives the claims their references",
  role = "provincial",
  choices = { { "counter-case", "verify-report" }, { "victim-claims-decision", "file-each" } },
  -- verify-report 6, verify-method's timeout 1 at half credit (applied at its deadline),
  -- the hook 2
  score = { coordinate = 8.5 },
  flags = { province_reported = true },
}

test {
  name = "without the Day 1 report the claims get no bonus",
  role = "provincial",
  choices = { { "counter-case", "pay-again" }, { "victim-claims-decision", "file-each" } },
  -- pay-again -3, verify-method's timeout 1 at half credit
  score = { coordinate = -2.5 },
  unset = { "province_reported" },
}

test {
  name = "a province's best path scores 41",
  role = "provincial",
  others = "best",
  withheld = { "false-clear" },
  score = { total = 41 },
}

test {
  name = "a province that lets every deadline pass ends below zero",
  role = "provincial",
  at_most = { total = -10 },
}
