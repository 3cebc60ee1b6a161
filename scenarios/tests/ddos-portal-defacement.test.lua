-- Tests for ddos-portal-defacement.lua: each pins a branch that a team's own
-- choices open or close. Decisions not listed run out and take their timeout.
--   drillhall test scenarios/ddos-portal-defacement.lua

test {
  name = "preparing the upstream provider is remembered",
  role = "central",
  choices = { { "pre-attack", "prepare", at = "0:07" } },
  flags = { upstream_ready = true },
}

test {
  name = "scrubbing the flood prevents the volumetric wave",
  role = "central",
  choices = { { "ddos-response", "scrubbing", at = "0:22" } },
  withheld = { "volumetric" },
  unset = { "ddos_unmitigated" },
}

test {
  name = "rebooting servers leaves the flood unmitigated",
  role = "central",
  choices = { { "ddos-response", "reboot", at = "0:22" } },
  delivered = { "volumetric" },
  flags = { ddos_unmitigated = true },
}

test {
  name = "investigating the upload finds the web shell before the defacement",
  role = "central",
  choices = { { "smokescreen", "investigate", at = "0:52" } },
  delivered = { "defacement-attempt" },
  withheld = { "defacement", "redeface" },
  flags = { shell_found = true },
}

test {
  name = "ignoring the upload alert lets the portal be defaced",
  role = "central",
  delivered = { "defacement" },
  withheld = { "defacement-attempt" },
  flags = { webshell_live = true },
}

test {
  name = "editing the defaced page live invites a second defacement",
  role = "central",
  choices = { { "deface-response", "edit-live", at = "1:12" } },
  delivered = { "defacement", "redeface" },
}

test {
  name = "a static maintenance page ends the defacement",
  role = "central",
  choices = { { "deface-response", "static-page", at = "1:12" } },
  withheld = { "redeface" },
}

test {
  name = "replying to the extortion email escalates it",
  role = "central",
  choices = { { "extortion", "reply", at = "1:32" } },
  delivered = { "extortion-escalates" },
}

test {
  name = "preserving and referring the extortion email ends it",
  role = "central",
  choices = { { "extortion", "preserve-refer", at = "1:32" } },
  withheld = { "extortion-escalates" },
}

test {
  name = "restoring everything at the payment peak exposes the portal to a second wave",
  role = "central",
  choices = { { "priority", "full-restore", at = "1:52" } },
  delivered = { "second-wave" },
  flags = { exposed = true },
}

test {
  name = "a staged restore avoids the second wave",
  role = "central",
  choices = { { "priority", "staged", at = "1:52" } },
  withheld = { "second-wave" },
  unset = { "exposed" },
}

test {
  name = "a second defacement opens a second chance to fix it properly",
  role = "central",
  choices = {
    { "deface-response", "edit-live", at = "1:12" },
    { "redeface-response", "static-rebuild", after = "2m" },
  },
  delivered = { "redeface" },
  score = { contain = 1 },
}

test {
  name = "a reply made public opens the escalation decision",
  role = "central",
  choices = {
    { "extortion", "reply", at = "1:32" },
    { "escalation-response", "stop-state", after = "2m" },
  },
  delivered = { "extortion-escalates" },
  score = { coordinate = -3 },
}

test {
  name = "the second wave can be met by restoring the protection",
  role = "central",
  choices = {
    { "priority", "full-restore", at = "1:52" },
    { "second-wave-response", "restore-protection", after = "2m" },
  },
  delivered = { "second-wave" },
  score = { contain = -7 },
}

test {
  name = "provinces answer the queues with a script and the payment lists",
  role = "provincial",
  choices = { { "local-service", "script-lists", at = "0:42" } },
  delivered = { "counter-queues" },
  score = { communicate = 2 },
}

test {
  name = "the best IT Centre closes every bad branch",
  role = "central",
  others = "best",
  withheld = { "volumetric", "defacement", "redeface", "extortion-escalates", "second-wave" },
  delivered = { "defacement-attempt", "next-peak" },
  at_least = { total = 1 },
}

test {
  name = "the best province answers its counters and its scam victims",
  role = "provincial",
  others = "best",
  delivered = { "counter-queues", "app-victims" },
  withheld = { "next-peak", "defacement" },
  at_least = { total = 1 },
}

-- What the provinces did about the fake app decides what the IT Centre faces.
test {
  name = "provinces that warn through their communes spare the IT Centre the national warning",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best" },
  delivered = { "provinces-warned" },
  withheld = { "fake-app-spreading" },
}

test {
  name = "provinces that wait for the centre leave the IT Centre to warn the country",
  role = "central",
  peers = { role = "provincial", teams = 3, bots = "best",
            choices = { { "local-warning", "wait-centre" } } },
  choices = { { "fake-app-national", "national-takedown", at = "1:47" } },
  delivered = { "fake-app-spreading" },
  withheld = { "provinces-warned" },
}
