-- Tests for ransomware-contributions.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/ransomware-contributions.lua

test {
  name = "isolating the host keeps the evidence and brings the forensic image",
  choices = { { "triage-phish", "isolate-host", at = "0:07" } },
  delivered = { "forensic-image" },
  withheld = { "internal-phish", "root-cause-gap" },
  flags = { host_isolated = true },
  unset = { "evidence_lost" },
}

test {
  name = "a clean antivirus scan lets the attacker phish from inside",
  choices = { { "triage-phish", "av-scan", at = "0:07" } },
  delivered = { "internal-phish" },
  withheld = { "forensic-image" },
}

test {
  name = "an unanswered triage counts as deleting the email",
  delivered = { "internal-phish" },
  withheld = { "forensic-image" },
}

test {
  name = "reimaging loses the evidence and the root cause stays unknown",
  choices = { { "triage-phish", "reimage", at = "0:06" } },
  delivered = { "root-cause-gap" },
  flags = { evidence_lost = true },
}

test {
  name = "rotating every shared credential contains the attack: partial encryption only",
  choices = {
    { "triage-phish", "isolate-host", at = "0:07" },
    { "stolen-creds", "rotate-all", after = "3m" },
  },
  delivered = { "partial-encryption" },
  withheld = { "mass-encryption", "dr-encrypted" },
  flags = { contained = true, dr_tainted = true },
}

test {
  name = "blocking RDP and hunting contains the attack without the forensic path",
  choices = { { "rdp-response", "block-hunt", at = "0:42" } },
  delivered = { "partial-encryption" },
  withheld = { "mass-encryption" },
  flags = { contained = true },
}

test {
  name = "left uncontained, the servers are encrypted and the tainted DR site too",
  delivered = { "mass-encryption", "dr-encrypted", "ransom-note" },
  withheld = { "partial-encryption" },
  flags = { dr_tainted = true },
  unset = { "contained" },
}

test {
  name = "isolating the backups keeps the DR site clean even when uncontained",
  choices = { { "protect-backups", "isolate-backups", at = "0:57" } },
  delivered = { "mass-encryption" },
  withheld = { "dr-encrypted" },
  unset = { "dr_tainted" },
}

test {
  name = "restoring at once onto unclean systems brings reinfection",
  choices = { { "continuity", "restore-now", at = "1:17" } },
  delivered = { "reinfection" },
}

test {
  name = "activating the continuity plan avoids reinfection",
  choices = { { "continuity", "activate-bcp", at = "1:17" } },
  withheld = { "reinfection" },
}

test {
  name = "negotiating with the attackers leaks the chat",
  choices = { { "ransom-response", "negotiate", at = "1:32" } },
  delivered = { "chat-leaked" },
}

test {
  name = "refusing and reporting keeps the chat out of the press",
  choices = { { "ransom-response", "refuse-report", at = "1:32" } },
  withheld = { "chat-leaked" },
}

test {
  name = "telling the press it is maintenance is exposed",
  choices = { { "press-line", "maintenance", at = "1:57" } },
  delivered = { "misled-exposed" },
  flags = { misled = true },
}

test {
  name = "a holding statement is never exposed",
  choices = { { "press-line", "holding-statement", at = "1:57" } },
  withheld = { "misled-exposed" },
  unset = { "misled" },
}

test {
  name = "a negotiation made public opens the fallout decision",
  choices = {
    { "ransom-response", "negotiate", at = "1:32" },
    { "chat-fallout", "stop-hand-over", after = "2m" },
  },
  delivered = { "chat-leaked" },
  score = { communicate = -7.5 },
}

test {
  name = "the exposed 'maintenance' line must be corrected",
  choices = {
    { "press-line", "maintenance", at = "1:57" },
    { "correct-record", "correct-now", after = "2m" },
  },
  delivered = { "misled-exposed" },
  score = { communicate = -9.5 },
}

test {
  name = "a reinfection opens a second chance to rebuild clean",
  choices = {
    { "continuity", "restore-now", at = "1:17" },
    { "reinfection-response", "rebuild-clean", after = "2m" },
  },
  delivered = { "reinfection" },
  score = { eradicate = -1 },
}

test {
  name = "reopening month-end filing on servers restored in place costs the recovery",
  choices = {
    { "restore-order", "restore-in-place", at = "2:27" },
    { "month-end-decision", "reopen-watch", at = "2:37" },
  },
  score = { recover = -10 },
}

test {
  name = "reopening month-end filing after a clean rebuild is sound",
  choices = {
    { "restore-order", "clean-rebuild", at = "2:27" },
    { "month-end-decision", "reopen-watch", at = "2:37" },
  },
  score = { recover = 2 },
}

test {
  name = "the province reports up on time",
  choices = { { "province-report", "report-now", at = "0:27" } },
  delivered = { "province-check" },
  score = { coordinate = -8.5 },
}

test {
  name = "the best team closes every bad branch and earns both hook bonuses",
  others = "best",
  delivered = { "forensic-image", "partial-encryption", "leak-published", "month-end",
                "province-check", "local-pressure" },
  withheld = { "internal-phish", "mass-encryption", "dr-encrypted", "reinfection",
               "chat-leaked", "misled-exposed", "root-cause-gap" },
  flags = { host_isolated = true, contained = true, reported = true, breach_assessed = true },
  score = { total = 196, analyse = 21, coordinate = 46 },
}

test {
  name = "the worst team meets every consequence",
  others = "worst",
  delivered = { "internal-phish", "mass-encryption", "dr-encrypted", "misled-exposed" },
  at_most = { total = -50 },
}
