-- Tests for datacenter-outage.lua: each pins a branch that a team's own choices open
-- or close, for the role that decides it. Decisions not listed run out and take their
-- timeout.
--   drillhall test scenarios/datacenter-outage.lua

-- The roles split the drill ---------------------------------------------------------

test {
  name = "a province never receives the IT Centre's injects",
  role = "provincial",
  delivered = { "counters-offline", "status-call", "committee-call", "paper-backlog" },
  withheld = { "first-alarm", "dr-status", "exfil-found", "month-end", "public-rumour",
               "rebuild-plan", "dr-wiped", "second-wipe", "broken-promise" },
}

test {
  name = "the IT Centre never receives a province's injects",
  role = "central",
  delivered = { "first-alarm", "dr-status", "exfil-found", "month-end", "public-rumour",
                "rebuild-plan" },
  withheld = { "counters-offline", "status-call", "committee-call", "paper-backlog",
               "sync-conflict" },
}

test {
  name = "a team without a role receives nothing",
  withheld = { "first-alarm", "counters-offline" },
  score = { total = 0 },
}

-- The IT Centre's branches ------------------------------------------------------------

test {
  name = "isolating the data centre at 06:50 stops the second wipe",
  role = "central",
  choices = { { "first-move", "isolate-dc" } },
  withheld = { "second-wipe" },
  unset = { "spread_open" },
}

test {
  name = "keeping the network up (the timeout) lets the task wipe the directory and mail",
  role = "central",
  choices = { { "second-wipe-response", "isolate-now" } },
  delivered = { "second-wipe" },
  flags = { spread_open = true },
}

test {
  name = "a plain failover (the timeout) hands the wiper the DR site",
  role = "central",
  choices = { { "dr-wiped-response", "pull-dr-tapes" } },
  delivered = { "dr-wiped" },
  flags = { dr_hit = true },
}

test {
  name = "cutting the DR site from the domain first keeps it clean",
  role = "central",
  choices = { { "failover", "clean-failover" } },
  withheld = { "dr-wiped" },
  unset = { "dr_hit", "long_outage" },
}

test {
  name = "restoring from the tapes keeps the DR site out of it, and takes long",
  role = "central",
  choices = { { "failover", "tape-restore" } },
  withheld = { "dr-wiped" },
  flags = { long_outage = true },
}

test {
  name = "keeping the deadline on the tape path costs six points",
  role = "central",
  choices = { { "failover", "tape-restore" }, { "month-end-decision", "keep-deadline" } },
  -- tape-restore 2, keep-deadline 5, the hook -6, and the rebuild's timeout 1 at half
  -- credit (applied at its deadline)
  score = { recover = 1.5 },
}

test {
  name = "keeping the deadline after a clean failover costs nothing",
  role = "central",
  choices = { { "failover", "clean-failover" }, { "month-end-decision", "keep-deadline" } },
  -- clean-failover 7, keep-deadline 5, the rebuild's timeout 0.5
  score = { recover = 12.5 },
}

test {
  name = "promising a return today on the tape path is broken on Day 4",
  role = "central",
  choices = {
    { "failover", "tape-restore" },
    { "public-notice", "promise-today" },
    { "restore-trust", "own-and-fix" },
  },
  delivered = { "broken-promise" },
  flags = { promised_today = true },
}

test {
  name = "promising a return today after a clean failover is kept",
  role = "central",
  choices = { { "failover", "clean-failover" }, { "public-notice", "promise-today" } },
  withheld = { "broken-promise" },
  flags = { promised_today = true },
}

test {
  name = "the IT Centre's best path scores 58",
  role = "central",
  others = "best",
  withheld = { "second-wipe", "dr-wiped", "broken-promise" },
  score = { total = 58 },
}

-- A province's branches ---------------------------------------------------------------

test {
  name = "running the counters on the old local server brings the Day 4 conflicts",
  role = "provincial",
  choices = { { "counter-mode", "local-server" }, { "conflict-fix", "reenter-central" } },
  delivered = { "sync-conflict" },
  flags = { local_server = true },
}

test {
  name = "a paper register brings no conflicts",
  role = "provincial",
  choices = { { "counter-mode", "paper-register" } },
  withheld = { "sync-conflict" },
  unset = { "local_server" },
}

test {
  name = "a paper register and an honest report make the backlog checkable",
  role = "provincial",
  choices = {
    { "counter-mode", "paper-register" },
    { "status-report", "full-report" },
    { "backlog", "by-priority" },
  },
  -- recover: paper-register 6, by-priority 6, the hook 2; analyse: full-report 4
  score = { recover = 14, analyse = 4 },
}

test {
  name = "reinstalling the server before reporting loses the evidence and the bonus",
  role = "provincial",
  choices = {
    { "counter-mode", "paper-register" },
    { "status-report", "fix-then-report" },
    { "backlog", "by-priority" },
  },
  -- recover: paper-register 6, fix-then-report 2, by-priority 6, no hook;
  -- analyse: fix-then-report -3
  score = { recover = 14, analyse = -3 },
  flags = { evidence_lost = true },
}

test {
  name = "a province's best path scores 39, the hook's 2 included",
  role = "provincial",
  others = "best",
  withheld = { "sync-conflict" },
  score = { total = 39 },
}
