-- Tests for ransomware-contributions.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/ransomware-contributions.lua

test {
  name = "isolating the host keeps the evidence and stops the phishing from inside",
  role = "provincial",
  choices = { { "triage-phish", "isolate-host", at = "0:07" } },
  withheld = { "internal-phish", "root-cause-gap", "forensic-image" },
  unset = { "evidence_lost" },
}

test {
  name = "the IT Centre images memory whatever the province did",
  role = "central",
  delivered = { "forensic-image" },
  withheld = { "phish-report", "internal-phish" },
}

test {
  name = "a clean antivirus scan lets the attacker phish from inside",
  role = "provincial",
  choices = { { "triage-phish", "av-scan", at = "0:07" } },
  delivered = { "internal-phish" },
}

test {
  name = "an unanswered triage counts as deleting the email",
  role = "provincial",
  delivered = { "internal-phish" },
}

test {
  name = "reimaging loses the evidence and the root cause stays unknown",
  role = "provincial",
  choices = { { "triage-phish", "reimage", at = "0:06" } },
  delivered = { "root-cause-gap" },
  flags = { evidence_lost = true },
}

test {
  name = "rotating every shared credential contains the attack: partial encryption only",
  role = "central",
  choices = { { "stolen-creds", "rotate-all", after = "3m" } },
  delivered = { "partial-encryption" },
  withheld = { "mass-encryption", "dr-encrypted" },
  flags = { contained = true, dr_tainted = true },
}

test {
  name = "blocking RDP and hunting contains the attack without the forensic path",
  role = "central",
  choices = { { "rdp-response", "block-hunt", at = "0:42" } },
  delivered = { "partial-encryption" },
  withheld = { "mass-encryption" },
  flags = { contained = true },
}

test {
  name = "left uncontained, the servers are encrypted and the tainted DR site too",
  role = "central",
  delivered = { "mass-encryption", "dr-encrypted", "ransom-note" },
  withheld = { "partial-encryption" },
  flags = { dr_tainted = true },
  unset = { "contained" },
}

test {
  name = "isolating the backups keeps the DR site clean even when uncontained",
  role = "central",
  choices = { { "protect-backups", "isolate-backups", at = "0:57" } },
  delivered = { "mass-encryption" },
  withheld = { "dr-encrypted" },
  unset = { "dr_tainted" },
}

test {
  name = "restoring at once onto unclean systems brings reinfection",
  role = "central",
  choices = { { "continuity", "restore-now", at = "1:17" } },
  delivered = { "reinfection" },
}

test {
  name = "activating the continuity plan avoids reinfection",
  role = "central",
  choices = { { "continuity", "activate-bcp", at = "1:17" } },
  withheld = { "reinfection" },
}

test {
  name = "negotiating with the attackers leaks the chat",
  role = "central",
  choices = { { "ransom-response", "negotiate", at = "1:32" } },
  delivered = { "chat-leaked" },
}

test {
  name = "refusing and reporting keeps the chat out of the press",
  role = "central",
  choices = { { "ransom-response", "refuse-report", at = "1:32" } },
  withheld = { "chat-leaked" },
}

test {
  name = "telling the press it is maintenance is exposed",
  role = "central",
  choices = { { "press-line", "maintenance", at = "1:57" } },
  delivered = { "misled-exposed" },
  flags = { misled = true },
}

test {
  name = "a holding statement is never exposed",
  role = "central",
  choices = { { "press-line", "holding-statement", at = "1:57" } },
  withheld = { "misled-exposed" },
  unset = { "misled" },
}

test {
  name = "a negotiation made public opens the fallout decision",
  role = "central",
  choices = {
    { "ransom-response", "negotiate", at = "1:32" },
    { "chat-fallout", "stop-hand-over", after = "2m" },
  },
  delivered = { "chat-leaked" },
  score = { communicate = -3.5 },
}

test {
  name = "the exposed 'maintenance' line must be corrected",
  role = "central",
  choices = {
    { "press-line", "maintenance", at = "1:57" },
    { "correct-record", "correct-now", after = "2m" },
  },
  delivered = { "misled-exposed" },
  score = { communicate = -5.5 },
}

test {
  name = "a reinfection opens a second chance to rebuild clean",
  role = "central",
  choices = {
    { "continuity", "restore-now", at = "1:17" },
    { "reinfection-response", "rebuild-clean", after = "2m" },
  },
  delivered = { "reinfection" },
  score = { eradicate = -1 },
}

test {
  name = "reopening month-end filing on servers restored in place costs the recovery",
  role = "central",
  choices = {
    { "restore-order", "restore-in-place", at = "2:27" },
    { "month-end-decision", "reopen-watch", at = "2:37" },
  },
  score = { recover = -10 },
}

test {
  name = "reopening month-end filing after a clean rebuild is sound",
  role = "central",
  choices = {
    { "restore-order", "clean-rebuild", at = "2:27" },
    { "month-end-decision", "reopen-watch", at = "2:37" },
  },
  score = { recover = 2 },
}

test {
  name = "the province reports up on time",
  role = "provincial",
  choices = { { "province-report", "report-now", at = "0:27" } },
  delivered = { "province-check" },
  score = { coordinate = 3 },
}

test {
  name = "the best IT Centre closes every bad branch and earns both hook bonuses",
  role = "central",
  others = "best",
  peers = { role = "provincial", teams = 3, bots = "best" },
  delivered = { "forensic-image", "partial-encryption", "leak-published", "month-end" },
  withheld = { "mass-encryption", "dr-encrypted", "reinfection", "chat-leaked", "misled-exposed" },
  flags = { contained = true, reported = true, breach_assessed = true },
  score = { total = 159, analyse = 15, coordinate = 34 },
}

test {
  name = "the best province closes its bad branches",
  role = "provincial",
  others = "best",
  delivered = { "phish-report", "province-check", "local-pressure" },
  withheld = { "internal-phish", "root-cause-gap", "forensic-image" },
  at_least = { total = 1 },
}

test {
  name = "the worst IT Centre meets every consequence",
  role = "central",
  others = "worst",
  delivered = { "mass-encryption", "dr-encrypted", "misled-exposed" },
  at_most = { total = -50 },
}

test {
  name = "the worst province phishes its own colleagues",
  role = "provincial",
  others = "worst",
  delivered = { "internal-phish" },
  at_most = { total = -1 },
}

-- What the provinces reported decides what the IT Centre faces (team:sector).
test {
  name = "provinces that report on time spare the IT Centre the silent-provinces decision",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best" },
  delivered = { "provinces-reported" },
  withheld = { "silent-provinces" },
}

test {
  name = "provinces that check first leave the IT Centre to report without them",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best",
            choices = { { "province-report", "check-first" } } },
  choices = { { "silent-provinces-response", "report-gaps", at = "0:52" } },
  delivered = { "silent-provinces" },
  withheld = { "provinces-reported" },
}

test {
  name = "an IT Centre playing without provinces hears from none",
  role = "central",
  delivered = { "silent-provinces" },
  withheld = { "provinces-reported" },
}
