-- Tests for ddos-portal-defacement.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/ddos-portal-defacement.lua

test {
  name = "preparing the upstream provider is remembered",
  choices = { { "pre-attack", "prepare", at = "0:07" } },
  flags = { upstream_ready = true },
}

test {
  name = "scrubbing the flood prevents the volumetric wave",
  choices = { { "ddos-response", "scrubbing", at = "0:22" } },
  withheld = { "volumetric" },
  unset = { "ddos_unmitigated" },
}

test {
  name = "rebooting servers leaves the flood unmitigated",
  choices = { { "ddos-response", "reboot", at = "0:22" } },
  delivered = { "volumetric" },
  flags = { ddos_unmitigated = true },
}

test {
  name = "investigating the upload finds the web shell before the defacement",
  choices = { { "smokescreen", "investigate", at = "0:52" } },
  delivered = { "defacement-attempt" },
  withheld = { "defacement", "redeface" },
  flags = { shell_found = true },
}

test {
  name = "ignoring the upload alert lets the portal be defaced",
  delivered = { "defacement" },
  withheld = { "defacement-attempt" },
  flags = { webshell_live = true },
}

test {
  name = "editing the defaced page live invites a second defacement",
  choices = { { "deface-response", "edit-live", at = "1:12" } },
  delivered = { "defacement", "redeface" },
}

test {
  name = "a static maintenance page ends the defacement",
  choices = { { "deface-response", "static-page", at = "1:12" } },
  withheld = { "redeface" },
}

test {
  name = "replying to the extortion email escalates it",
  choices = { { "extortion", "reply", at = "1:32" } },
  delivered = { "extortion-escalates" },
}

test {
  name = "preserving and referring the extortion email ends it",
  choices = { { "extortion", "preserve-refer", at = "1:32" } },
  withheld = { "extortion-escalates" },
}

test {
  name = "restoring everything at the payment peak exposes the portal to a second wave",
  choices = { { "priority", "full-restore", at = "1:52" } },
  delivered = { "second-wave" },
  flags = { exposed = true },
}

test {
  name = "a staged restore avoids the second wave",
  choices = { { "priority", "staged", at = "1:52" } },
  withheld = { "second-wave" },
  unset = { "exposed" },
}

test {
  name = "a second defacement opens a second chance to fix it properly",
  choices = {
    { "deface-response", "edit-live", at = "1:12" },
    { "redeface-response", "static-rebuild", after = "2m" },
  },
  delivered = { "redeface" },
  score = { contain = 1 },
}

test {
  name = "a reply made public opens the escalation decision",
  choices = {
    { "extortion", "reply", at = "1:32" },
    { "escalation-response", "stop-state", after = "2m" },
  },
  delivered = { "extortion-escalates" },
  score = { coordinate = -3 },
}

test {
  name = "the second wave can be met by restoring the protection",
  choices = {
    { "priority", "full-restore", at = "1:52" },
    { "second-wave-response", "restore-protection", after = "2m" },
  },
  delivered = { "second-wave" },
  score = { contain = -7 },
}

test {
  name = "provinces answer the queues with a script and the payment lists",
  choices = { { "local-service", "script-lists", at = "0:42" } },
  delivered = { "counter-queues" },
  score = { communicate = -12 },
}

test {
  name = "the best team closes every bad branch",
  others = "best",
  withheld = { "volumetric", "defacement", "redeface", "extortion-escalates", "second-wave" },
  delivered = { "defacement-attempt", "next-peak", "counter-queues", "app-victims" },
  at_least = { total = 1 },
}
