-- Tests for phishing-benefit-fraud.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/phishing-benefit-fraud.lua

test {
  name = "resetting and revoking sessions stops the session reuse",
  role = "provincial",
  choices = { { "triage-credential", "reset-revoke", at = "0:07" } },
  withheld = { "session-reuse" },
}

test {
  name = "a password change alone leaves the stolen session alive",
  role = "provincial",
  choices = {
    { "triage-credential", "self-change", at = "0:07" },
    { "session-kill", "kill-lock", after = "2m" },
  },
  delivered = { "session-reuse" },
}

test {
  name = "an unanswered triage lets the session be reused",
  role = "provincial",
  delivered = { "session-reuse" },
}

test {
  name = "resetting every phished account closes the campaign",
  role = "central",
  choices = { { "campaign-response", "all-reset", at = "0:17" } },
  withheld = { "second-wave" },
  unset = { "campaign_open" },
}

test {
  name = "blocking the domain alone leaves the campaign open for a second wave",
  role = "central",
  choices = { { "campaign-response", "block-domain", at = "0:17" } },
  delivered = { "second-wave" },
  flags = { campaign_open = true },
}

test {
  name = "phoning the officer tips off the contractor",
  role = "provincial",
  choices = { { "account-anomaly", "phone-officer", at = "0:27" } },
  delivered = { "contractor-vanishes" },
  flags = { tipped = true },
}

test {
  name = "confronting the insider tips off the contractor",
  role = "provincial",
  choices = { { "insider-action", "confront", at = "1:12" } },
  delivered = { "contractor-vanishes" },
}

test {
  name = "preserving and investigating quietly keeps the contractor in reach",
  role = "provincial",
  choices = {
    { "account-anomaly", "preserve-investigate", at = "0:27" },
    { "insider-action", "secure-report", at = "1:12" },
  },
  withheld = { "contractor-vanishes" },
  flags = { logs_preserved = true },
  unset = { "tipped" },
}

test {
  name = "paying while investigating loses the money",
  role = "provincial",
  choices = { { "hold-payments", "pay-investigate", at = "0:42" } },
  delivered = { "payment-lost" },
  withheld = { "payment-outcry", "evidence-gap" },
}

test {
  name = "holding every payment causes an outcry",
  role = "provincial",
  choices = { { "hold-payments", "hold-all", at = "0:42" } },
  delivered = { "payment-outcry" },
  withheld = { "payment-lost" },
}

test {
  name = "reverting the changes at once destroys the evidence",
  role = "provincial",
  choices = { { "hold-payments", "revert-now", at = "0:42" } },
  delivered = { "evidence-gap" },
  withheld = { "payment-lost", "payment-outcry" },
  flags = { evidence_lost = true },
}

test {
  name = "holding only the changed payments avoids all three consequences",
  role = "provincial",
  choices = { { "hold-payments", "hold-changed", at = "0:42" } },
  withheld = { "payment-lost", "payment-outcry", "evidence-gap" },
}

test {
  name = "paying the fraudsters opens the repayment decision",
  role = "provincial",
  choices = {
    { "hold-payments", "pay-investigate", at = "0:42" },
    { "repay-pensioners", "pay-again", after = "2m" },
  },
  delivered = { "payment-lost" },
  score = { recover = 6 },
}

test {
  name = "holding everyone's pension opens the release decision",
  role = "provincial",
  choices = {
    { "hold-payments", "hold-all", at = "0:42" },
    { "release-run", "release-now", after = "2m" },
  },
  delivered = { "payment-outcry" },
  score = { recover = 0 },
}

test {
  name = "a campaign left open returns, and can still be closed",
  role = "central",
  choices = {
    { "campaign-response", "block-domain", at = "0:17" },
    { "second-wave-response", "reset-hold", after = "2m" },
  },
  delivered = { "second-wave" },
  score = { contain = 8 },
}

test {
  name = "the sector's rule: risk-based second approval",
  role = "central",
  choices = { { "payment-rule", "risk-based", at = "2:42" } },
  delivered = { "sector-rule" },
  score = { eradicate = 6 },
}

test {
  name = "the best province closes every bad branch",
  role = "provincial",
  others = "best",
  withheld = { "session-reuse", "contractor-vanishes", "payment-lost", "payment-outcry",
               "evidence-gap", "sector-rule" },
  at_least = { total = 1 },
}

test {
  name = "the best IT Centre closes the campaign and sets tomorrow's rule",
  role = "central",
  others = "best",
  withheld = { "second-wave" },
  delivered = { "sector-rule" },
  at_least = { total = 1 },
}

-- What the provinces reported about the settlements decides what the IT Centre faces.
test {
  name = "provinces that bring in the police spare the IT Centre the settlement alert",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best" },
  delivered = { "settlements-reported" },
  withheld = { "settlement-silence" },
}

test {
  name = "provinces that settle quietly leave the IT Centre to act for the sector",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best",
            choices = { { "lump-sum-response", "cancel-twelve" } } },
  choices = { { "settlement-alert", "sector-order", at = "1:22" } },
  delivered = { "settlement-silence" },
  withheld = { "settlements-reported" },
  score = { contain = 1 },
}

test {
  name = "provinces that report the twelve to the police count as reporting",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best",
            choices = { { "lump-sum-response", "report-twelve" } } },
  delivered = { "settlements-reported" },
  withheld = { "settlement-silence" },
}
