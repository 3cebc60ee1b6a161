-- Tests for supply-chain-update.lua: each pins a branch that a team's own choices open or
-- close, for the role that makes the choice. Decisions not listed run out and take their
-- timeout.
--   drillhall test scenarios/supply-chain-update.lua

-- The IT Centre ------------------------------------------------------------------------

test {
  name = "central: halting the channel stops the spread, no branch follows",
  role = "central",
  choices = { { "halt-channel", "halt-block", at = "0:07" } },
  delivered = { "update-beacons", "vendor-call", "exfil-found", "rebuilt-package" },
  withheld = { "second-stage", "admin-reuse", "office-dark", "counter-queue", "clean-image" },
  unset = { "channel_abused", "channel_open" },
}

test {
  name = "central: rolling back through the update server delivers a second payload",
  role = "central",
  choices = { { "halt-channel", "rollback-push", at = "0:07" } },
  delivered = { "second-stage" },
  withheld = { "admin-reuse" },
  flags = { channel_abused = true },
}

test {
  name = "central: keeping the server up for the vendor lets the attacker use an admin account",
  role = "central",
  choices = { { "halt-channel", "vendor-first", at = "0:07" } },
  delivered = { "admin-reuse" },
  withheld = { "second-stage" },
  flags = { channel_open = true },
}

test {
  name = "central: an unanswered first decision counts as waiting for the vendor",
  role = "central",
  delivered = { "admin-reuse" },
  flags = { channel_open = true },
}

test {
  name = "central: rebuilding the abused server clears it, so resuming costs no extra",
  role = "central",
  choices = {
    { "halt-channel", "rollback-push", at = "0:07" },
    { "channel-recovery", "halt-rebuild", at = "0:47" },
    { "resume-updates", "resume-all", at = "2:32" },
  },
  flags = { channel_abused = false },
  -- rollback-push -3, halt-rebuild +4, resume-all -2; no penalty from the hook
  score = { eradicate = -1 },
}

test {
  name = "central: pushing to all through a server never rebuilt costs 6 more",
  role = "central",
  choices = {
    { "halt-channel", "rollback-push", at = "0:07" },
    { "channel-recovery", "reset-continue", at = "0:47" },
    { "resume-updates", "resume-all", at = "2:32" },
  },
  flags = { channel_abused = true },
  -- rollback-push -3, resume-all -2, hook -6
  score = { eradicate = -11 },
}

test {
  name = "central: reporting, notifying and sharing today keeps A05's call away",
  role = "central",
  choices = { { "report-up", "report-notify-share", at = "1:07" } },
  withheld = { "a05-asks" },
  unset = { "notice_held" },
}

test {
  name = "central: holding the breach notice brings A05's question on Day 2",
  role = "central",
  choices = {
    { "report-up", "report-support-only", at = "1:07" },
    { "a05-response", "notify-today", at = "2:22" },
  },
  delivered = { "a05-asks" },
  flags = { notice_held = false },
}

test {
  name = "central: an unanswered report decision counts as cleaning up first",
  role = "central",
  delivered = { "a05-asks" },
  flags = { notice_held = true },
}

test {
  name = "central: the best path scores 44",
  role = "central",
  others = "best",
  withheld = { "second-stage", "admin-reuse", "a05-asks" },
  score = { total = 44 },
}

-- A provincial office ------------------------------------------------------------------

test {
  name = "province: quarantining the updated machines keeps the counters and the evidence",
  role = "provincial",
  choices = { { "local-isolation", "isolate-updated", at = "0:07" } },
  delivered = { "update-beacons", "counter-queue", "pa05-offer", "clean-image" },
  withheld = { "office-dark", "local-admin", "vendor-call", "exfil-found", "rebuilt-package" },
  unset = { "office_dark", "local_open" },
}

test {
  name = "province: cutting the whole office off stops the pension list",
  role = "provincial",
  choices = {
    { "local-isolation", "disconnect-office", at = "0:07" },
    { "reconnect-plan", "quarantine-62", at = "0:37" },
  },
  delivered = { "office-dark" },
  withheld = { "local-admin" },
  flags = { office_dark = false },
}

test {
  name = "province: blocking the domain only lets the backdoor use the admin account",
  role = "provincial",
  choices = { { "local-isolation", "block-domain", at = "0:07" } },
  delivered = { "local-admin" },
  withheld = { "office-dark" },
  flags = { local_open = true },
}

test {
  name = "province: an unanswered first decision counts as blocking the domain only",
  role = "provincial",
  delivered = { "local-admin" },
}

test {
  name = "province: putting machines back after a clean scan brings the implant back",
  role = "provincial",
  choices = {
    { "counter-plan", "scan-reconnect", at = "0:52" },
    { "rescan-response", "isolate-paper", at = "1:42" },
  },
  delivered = { "scan-missed" },
  flags = { scanned_back = false },
}

test {
  name = "province: paper and priority counters keep the machines isolated",
  role = "provincial",
  choices = { { "counter-plan", "paper-priority", at = "0:52" } },
  withheld = { "scan-missed" },
  unset = { "scanned_back" },
}

test {
  name = "province: the best path scores 42, the evidence bonus included",
  role = "provincial",
  others = "best",
  withheld = { "office-dark", "local-admin", "scan-missed" },
  score = { total = 42, analyse = 11 },
}

test {
  name = "a team without a role gets only what is meant for both",
  delivered = { "update-beacons" },
  withheld = { "vendor-call", "counter-queue", "second-stage", "office-dark" },
  score = { total = 0 },
}
