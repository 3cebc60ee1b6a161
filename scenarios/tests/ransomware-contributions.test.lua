-- Tests for ransomware-contributions.lua: each pins one branch a team's own
-- choices open or close. Run: drillhall test scenarios/tests/ransomware-contributions.test.lua

test {
  name = "isolating the host keeps the evidence and brings the forensic image",
  choices = { { "triage-phish", "isolate-host", at = "0:07" } },
  delivered = { "forensic-image" },
  withheld = { "internal-phish", "root-cause-gap" },
  flags = { host_isolated = true },
  unset = { "evidence_lost" },
}

test {
  name = "a clean antivirus scan lets the attacker phish inside",
  choices = { { "triage-phish", "av-scan", at = "0:07" } },
  delivered = { "internal-phish" },
  withheld = { "forensic-image" },
}

test {
  name = "reimaging destroys the evidence and the root cause stays unknown",
  choices = { { "triage-phish", "reimage", at = "0:06" } },
  delivered = { "root-cause-gap" },
  flags = { evidence_lost = true },
  score = { analyse = -8 },
}
