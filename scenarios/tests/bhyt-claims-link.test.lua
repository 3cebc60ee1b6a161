-- Tests for bhyt-claims-link.lua: each pins a branch that a team's own choices open or
-- close, for the role that makes the choice. Decisions not listed run out and take their
-- timeout.
--   drillhall test scenarios/bhyt-claims-link.lua

-- The IT Centre ------------------------------------------------------------------------

test {
  name = "central: the targeted response closes the path without stalling care",
  role = "central",
  choices = { { "triage-batch", "targeted", at = "0:07" } },
  delivered = { "night-batch", "history-pulls", "advance-run", "vendor-fix" },
  withheld = { "second-wave", "facilities-stalled", "hospital-queue", "people-calls" },
  unset = { "path_open", "care_cut" },
}

test {
  name = "central: waiting for the vendor leaves the path open and a second wave comes",
  role = "central",
  choices = { { "triage-batch", "wait-vendor", at = "0:07" } },
  delivered = { "second-wave" },
  withheld = { "facilities-stalled" },
  flags = { path_open = true },
}

test {
  name = "central: an unanswered first decision counts as waiting for the vendor",
  role = "central",
  delivered = { "second-wave" },
  flags = { path_open = true },
}

test {
  name = "central: closing the path late clears it, so reopening at once costs no extra",
  role = "central",
  choices = {
    { "triage-batch", "wait-vendor", at = "0:07" },
    { "second-wave-response", "close-now", at = "0:57" },
    { "reopen", "all-now", at = "2:32" },
  },
  flags = { path_open = false },
  -- wait-vendor -6, close-now +7, all-now -3; no penalty from the hook
  score = { contain = -2 },
}

test {
  name = "central: reopening everything with the path still open costs 6 more",
  role = "central",
  choices = {
    { "triage-batch", "wait-vendor", at = "0:07" },
    { "second-wave-response", "disable-two", at = "0:57" },
    { "reopen", "all-now", at = "2:32" },
  },
  flags = { path_open = true },
  -- wait-vendor -6, disable-two +1, all-now -3, hook -6
  score = { contain = -14 },
}

test {
  name = "central: suspending all 41 facilities stalls care and opens the recovery decision",
  role = "central",
  choices = {
    { "triage-batch", "block-all", at = "0:07" },
    { "stalled-response", "reopen-40", at = "0:57" },
  },
  delivered = { "facilities-stalled" },
  withheld = { "second-wave" },
  flags = { care_cut = false },
}

test {
  name = "central: notifying today keeps the Day 3 legal warning away",
  role = "central",
  choices = { { "breach-notice", "notify-today", at = "0:37" } },
  withheld = { "late-notice" },
  unset = { "notice_held" },
}

test {
  name = "central: holding the notice for the vendor's report brings the legal warning on Day 3",
  role = "central",
  choices = {
    { "breach-notice", "after-vendor-report", at = "0:37" },
    { "late-notice-response", "notify-now", at = "2:12" },
  },
  delivered = { "late-notice" },
  flags = { notice_held = false },
  -- after-vendor-report -6, notify-now +6
  score = { coordinate = 0 },
}

test {
  name = "central: the best path scores 46",
  role = "central",
  others = "best",
  withheld = { "second-wave", "facilities-stalled", "late-notice" },
  score = { total = 46 },
}

-- A provincial office ------------------------------------------------------------------

test {
  name = "province: checking the clinic on site keeps the evidence and the clinic's trust",
  role = "provincial",
  choices = { { "clinic-check", "onsite-check", at = "0:07" } },
  delivered = { "night-batch", "hospital-queue", "doh-call", "people-calls" },
  withheld = { "evidence-wiped", "clinic-protests", "history-pulls", "advance-run", "vendor-fix" },
}

test {
  name = "province: phoning the clinic and waiting loses its copy of the evidence",
  role = "provincial",
  choices = { { "clinic-check", "phone-clinic", at = "0:07" } },
  delivered = { "evidence-wiped" },
  withheld = { "clinic-protests" },
  flags = { clinic_phoned = true },
}

test {
  name = "province: an unanswered first decision counts as phoning the clinic",
  role = "provincial",
  delivered = { "evidence-wiped" },
}

test {
  name = "province: suspending the clinic at once brings its protest and a recovery decision",
  role = "provincial",
  choices = {
    { "clinic-check", "suspend-clinic", at = "0:07" },
    { "protest-response", "restore-correct", at = "0:42" },
  },
  delivered = { "clinic-protests" },
  withheld = { "evidence-wiped" },
  -- suspend-clinic contain 4, analyse -2; restore-correct analyse 5; the local-lines
  -- timeout (after-inspection) adds analyse 2 at the floor factor 0.5
  score = { contain = 4, analyse = 4 },
}

test {
  name = "province: re-enabling the old connector reopens the attacker's path",
  role = "provincial",
  choices = {
    { "hospital-intake", "keep-old-connector", at = "0:52" },
    { "reuse-response", "switch-off-report", at = "1:37" },
  },
  delivered = { "connector-abused" },
  flags = { old_connector = false },
}

test {
  name = "province: chip-ID checks and manual upload keep the path closed",
  role = "provincial",
  choices = { { "hospital-intake", "chip-manual", at = "0:52" } },
  withheld = { "connector-abused" },
  unset = { "old_connector" },
}

test {
  name = "province: the best path scores 43, the evidence bonus included",
  role = "provincial",
  others = "best",
  withheld = { "evidence-wiped", "clinic-protests", "connector-abused" },
  score = { total = 43, analyse = 10 },
}

test {
  name = "a team without a role gets only what is meant for both",
  delivered = { "night-batch" },
  withheld = { "history-pulls", "hospital-queue", "second-wave", "evidence-wiped" },
  score = { total = 0 },
}
