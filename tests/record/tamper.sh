#!/usr/bin/env bash
# tamper.sh DRILLHALL SRC OUT — change, delete, add and reorder rows with the
# sqlite3 tool, recompute the chain as a forger would (rechain.py), damage the
# file's structure; every case asserts the exact refusal (whole stderr) and the
# exit status. verify exits 1 naming the first bad input or the changed
# checkpoint; a damaged record is refused by every reader with exit 2; report
# and history verify first.
set -eu
exe=$1 src=$2 out=$3/tamper
rm -rf "$out" && mkdir -p "$out"
sc="$src/scenarios/ransomware-contributions.lua"
flags=(--headless --bots random --roster "$src/scenarios/rosters/rehearsal-6.csv"
       --responses "$src/tests/record/rehearsal-responses.csv")
rechain="python3 $src/tests/record/rechain.py"
"$exe" keygen -o "$out/control.key" 2>/dev/null
"$exe" keygen -o "$out/other.key" 2>/dev/null
[ "$(stat -c %a "$out/control.key")" = 600 ] || { echo "FAIL control.key is not mode 0600"; exit 1; }
grep -q "BEGIN PUBLIC KEY" "$out/control.pub" && grep -q "BEGIN PRIVATE KEY" "$out/control.key"
"$exe" run "$sc" "${flags[@]}" --record "$out/good.drill" >/dev/null
"$exe" run "$sc" "${flags[@]}" --record "$out/signed.drill" --sign "$out/control.key" >/dev/null
pub=$(sqlite3 "$out/signed.drill" "SELECT signer FROM drill")
good_head=$("$exe" verify "$out/good.drill" | sed -n 's/.*head \([0-9a-f]*\)$/\1/p')
[ ${#good_head} -eq 64 ]
"$exe" verify --key "$out/control.pub" "$out/signed.drill" | grep -qx "$out/signed.drill: signed by key $pub (the key given)"
# --sign without a record to sign is a mistake, not ignored
set +e
msg=$("$exe" run "$sc" --headless --sign "$out/control.key" 2>&1 >/dev/null); rc=$?
set -e
[ $rc -eq 2 ] && [ "$msg" = "drillhall: --sign $out/control.key: signs a record; give --record F.drill too" ] ||
  { echo "FAIL --sign without --record: exit $rc: $msg"; exit 1; }
# DRILLHALL_SIGNING_KEY signs as --sign does
DRILLHALL_SIGNING_KEY="$out/control.key" "$exe" run "$sc" "${flags[@]}" --record "$out/env.drill" >/dev/null
"$exe" verify --key "$out/control.pub" "$out/env.drill" | grep -qx "$out/env.drill: signed by key $pub (the key given)"

fails=0 cases=0
# case NAME BASE SQL EXIT EXPECTED-STDERR COMMAND... — copy BASE.drill to
# NAME.drill, apply SQL (and `rechain` when SQL ends in ;RECHAIN), run COMMAND
# with @ standing for the copy; stderr must be EXPECTED-STDERR exactly.
case_() {
  local name=$1 base=$2 sql=$3 want_rc=$4 want=$5; shift 5
  local f="$out/$name.drill"
  cases=$((cases + 1))
  cp "$out/$base.drill" "$f"
  local post=""
  case "$sql" in *";RECHAIN") post=rechain; sql=${sql%;RECHAIN} ;;
                 *";RECHAIN-KEEP") post=keep; sql=${sql%;RECHAIN-KEEP} ;; esac
  [ -z "$sql" ] || sqlite3 "$f" "$sql"
  [ "$post" != rechain ] || $rechain "$f"
  [ "$post" != keep ] || $rechain "$f" --keep-progress
  local args=() a
  for a in "$@"; do args+=("${a//@/$f}"); done
  set +e
  msg=$("$exe" "${args[@]}" 2>&1 >/dev/null)
  rc=$?
  set -e
  want=${want//@/$f}
  if [ $rc -ne "$want_rc" ] || [ "$msg" != "$want" ]; then
    echo "FAIL $name ($1): exit $rc, wanted $want_rc"; echo "  got:    $msg"; echo "  wanted: $want"
    fails=$((fails + 1))
  else
    echo "ok   $name ($1): exit $rc: $msg"
  fi
}
d="drillhall: @:"
changed="the scenario text, roster, seed or settings (engine version, scenario file, id or version, responses, signer) were changed after the drill was recorded"
refuse="(it fails \`drillhall verify\`; --unverified goes on, marking everything written NOT VERIFIED)"

# --- the chain: rows changed, removed, reordered (verify: exit 1) -------------
in9=$(sqlite3 "$out/good.drill" "SELECT kind || ' by ' || source FROM inputs WHERE seq = 9")
at() { "$exe" replay "$out/good.drill" --until 0:00 >/dev/null 2>&1; sqlite3 "$out/good.drill" "SELECT t FROM inputs WHERE seq = $1"; }
clock() { local ms=$1; printf 'T+%d:%02d:%02d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)); }
t9=$(clock "$(at 9)") t4=$(clock "$(at 4)") t12=$(clock "$(at 12)") t20=$(clock "$(at 20)")
k4=$(sqlite3 "$out/good.drill" "SELECT kind || ' by ' || source FROM inputs WHERE seq = 4")
k20=$(sqlite3 "$out/good.drill" "SELECT kind || ' by ' || source FROM inputs WHERE seq = 21")
n=$(sqlite3 "$out/good.drill" "SELECT count(*) FROM inputs")
alt="does not match the chain: it was altered, or an input just before it was removed"
case_ change-option good "UPDATE inputs SET option = (option + 1) % 2 WHERE seq = 9" 1 \
  "$d input #9 ($in9 at $t9) $alt" verify @
case_ change-time good "UPDATE inputs SET t = t - 1000 WHERE seq = 4" 1 \
  "$d input #4 ($k4 at $(clock $(( $(at 4) - 1000 )))) $alt" verify @
case_ change-source good "UPDATE inputs SET source = 'console' WHERE seq = 12" 1 \
  "$d input #12 ($(sqlite3 "$out/good.drill" "SELECT kind FROM inputs WHERE seq = 12") by console at $t12) $alt" verify @
case_ delete good "DELETE FROM inputs WHERE seq = 15" 1 "$d input #15 was removed" verify @
case_ delete-last good "DELETE FROM inputs WHERE seq = $n" 1 \
  "$d the record held $n inputs and $((n - 1)) remain: input #$n onwards was removed" verify @
case_ reorder good "UPDATE inputs SET seq = -1 WHERE seq = 20; UPDATE inputs SET seq = 20 WHERE seq = 21;
               UPDATE inputs SET seq = 21 WHERE seq = -1" 1 \
  "$d input #20 ($k20 at $(clock "$(sqlite3 "$out/good.drill" "SELECT t FROM inputs WHERE seq = 21")")) is out of order: it was recorded right after the input now at #21" verify @
case_ roster good "UPDATE teams SET bracket = 'south' WHERE idx = 1" 1 "$d $changed" verify @
case_ role good "UPDATE teams SET role = 'central' WHERE idx = 1" 1 "$d $changed" verify @
case_ bracket-name good "UPDATE teams SET bracket_name = 'Miền Nam' WHERE bracket = (SELECT bracket FROM teams WHERE idx = 1)" 1 "$d $changed" verify @
case_ scenario good "UPDATE drill SET scenario_source = CAST(scenario_source || ' ' AS BLOB)" 1 "$d $changed" verify @
case_ seed good "UPDATE drill SET seed = '2'" 1 "$d $changed" verify @

# --- what the report shows is in the chain too (verify: exit 1) ---------------
case_ progress-edit good "UPDATE progress SET now = 3600000, ended = 0" 1 \
  "$d the progress row (T+1:00:00, not ended, $n inputs) does not match its checkpoint: it was changed after the drill was recorded" verify @
case_ progress-ninputs good "UPDATE progress SET ninputs = ninputs + 1" 1 \
  "$d the record held $((n + 1)) inputs and $n remain: input #$((n + 1)) onwards was removed" verify @
case_ header-engine good "UPDATE drill SET engine_version = '9.9.9'" 1 "$d $changed" verify @
case_ header-scenario-id good "UPDATE drill SET scenario_id = 'another-scenario'" 1 "$d $changed" verify @
case_ header-scenario-file good "UPDATE drill SET scenario_file = 'elsewhere.lua'" 1 "$d $changed" verify @
case_ header-scenario-version good "UPDATE drill SET scenario_version = scenario_version + 1" 1 "$d $changed" verify @
case_ header-response-line good "UPDATE responses SET line = line + 1 WHERE idx = 0" 1 "$d $changed" verify @
case_ added-input good "INSERT INTO inputs SELECT seq + 1, t, wall_us, kind, source, team, decision, option,
  category, inject, milli, speed_milli, text, ref, \"by\", hash FROM inputs WHERE seq = $n;RECHAIN-KEEP" 1 \
  "$d input #$((n + 1)) onwards was added after the last checkpoint (which holds $n inputs)" verify @

# --- report and history verify first; the fingerprint is computed -------------
case_ report-refuses good "UPDATE inputs SET option = (option + 1) % 2 WHERE seq = 9" 1 \
  "$d input #9 ($in9 at $t9) $alt $refuse" report @ --format json -o "$out/r.json"
[ ! -e "$out/r.json" ] || { echo "FAIL a report was written for a record that fails verify"; fails=$((fails + 1)); }
case_ history-refuses good "UPDATE progress SET now = 3600000, ended = 0" 1 \
  "$d the progress row (T+1:00:00, not ended, $n inputs) does not match its checkpoint: it was changed after the drill was recorded $refuse" history @
case_ resume-refuses good "UPDATE inputs SET option = (option + 1) % 2 WHERE seq = 9" 1 \
  "$d input #9 ($in9 at $t9) $alt (it fails \`drillhall verify\`; a changed record is not continued)" resume @ --headless
# --unverified: written, stamped on every page and in the JSON and CSV
nv="drillhall: $out/history-refuses.drill: NOT VERIFIED: the progress row (T+1:00:00, not ended, $n inputs) does not match its checkpoint: it was changed after the drill was recorded"
cases=$((cases + 1))
msg=$("$exe" report "$out/history-refuses.drill" --unverified -o "$out/nv.html" 2>&1)
teams=$(grep -c '<section class="team"' "$out/nv.html")
stamps=$(grep -o 'class="unverified">NOT VERIFIED' "$out/nv.html" | wc -l)
if [ "$msg" = "$nv
drillhall: wrote $out/nv.html" ] && [ "$teams" -eq 6 ] && [ "$stamps" -eq $((teams + 1)) ] &&
   grep -q '<title>NOT VERIFIED' "$out/nv.html" && grep -q 'class="nv-stamp">NOT VERIFIED' "$out/nv.html" &&
   [ "$(grep -c "record fingerprint" "$out/nv.html")" = 0 ]; then
  echo "ok   report --unverified html: $stamps stamps for $teams teams"
else
  echo "FAIL report --unverified html: $msg; $stamps stamps for $teams teams"; fails=$((fails + 1))
fi
"$exe" report "$out/history-refuses.drill" --unverified --format json -o "$out/nv.json" 2>/dev/null
"$exe" report "$out/history-refuses.drill" --unverified --format csv -o "$out/nv" 2>/dev/null
python3 - "$out/nv.json" <<'PY' || fails=$((fails + 1))
import json, sys
j = json.load(open(sys.argv[1]))["drill"]
assert j["verified"] is False and j["fingerprint"] is None, j
assert j["not_verified"].startswith("the progress row (T+1:00:00, not ended"), j
PY
for f in decisions scoreboard; do
  head -n 1 "$out/nv-$f.csv" | sed 's/^\xef\xbb\xbf//' | grep -q '^NOT VERIFIED,"the progress row (T+1:00:00' || { echo "FAIL nv-$f.csv not stamped"; fails=$((fails + 1)); }
done
# (another drill than good.drill: progress-edit.drill is a copy of good.drill, the same drill)
"$exe" history "$out/progress-edit.drill" "$out/signed.drill" --unverified 2>/dev/null | grep -q "^NOT VERIFIED: progress-edit.drill: the progress row" ||
  { echo "FAIL history --unverified not stamped"; fails=$((fails + 1)); }
"$exe" history "$out/progress-edit.drill" "$out/signed.drill" --unverified --format html 2>/dev/null |
  grep -q "NOT VERIFIED — progress-edit.drill: the progress row" ||
  { echo "FAIL history --unverified --format html not stamped"; fails=$((fails + 1)); }
"$exe" history "$out/progress-edit.drill" "$out/signed.drill" --unverified --format csv 2>/dev/null |
  head -n 1 | grep -q ",total [0-9-]* #[12] NOT VERIFIED,rank [0-9-]* #[12] NOT VERIFIED," ||
  { echo "FAIL history --unverified --format csv: the drill's columns not marked"; fails=$((fails + 1)); }
# an evaluator adjustment of +500 points for the fifth team, added after the
# drill as if it had been given at the last input's time, the chain recomputed
forge="INSERT INTO inputs SELECT seq + 1, t, wall_us + 1, 'adjust', 'console', 4, -1, -1, 0, -1,
  500000, 0, 'late evaluation', NULL, NULL, '' FROM inputs WHERE seq = (SELECT max(seq) FROM inputs)"
# the forged +500 adjustment, chain recomputed: an unsigned record verifies,
# but under another fingerprint than the original's, which the report prints
cases=$((cases + 1))
cp "$out/good.drill" "$out/forged.drill"
sqlite3 "$out/forged.drill" "$forge"
$rechain "$out/forged.drill"
forged_head=$("$exe" verify "$out/forged.drill" | sed -n 's/.*head \([0-9a-f]*\)$/\1/p')
"$exe" report "$out/forged.drill" --format json -o "$out/forged.json" 2>/dev/null
fp=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["drill"]["fingerprint"])' "$out/forged.json")
if [ "$fp" = "$forged_head" ] && [ "$fp" != "$good_head" ]; then
  echo "ok   forged unsigned: verifies, fingerprint $fp is not the original $good_head"
else
  echo "FAIL forged unsigned: fingerprint $fp, computed $forged_head, original $good_head"; fails=$((fails + 1))
fi
# the report prints the head it computed, not the one stored
cases=$((cases + 1))
cp "$out/good.drill" "$out/stored-head.drill"
"$exe" report "$out/stored-head.drill" --format json -o "$out/sh.json" 2>/dev/null
fp=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["drill"]["fingerprint"])' "$out/sh.json")
[ "$fp" = "$good_head" ] && echo "ok   report fingerprint is the computed head" ||
  { echo "FAIL report fingerprint $fp, wanted $good_head"; fails=$((fails + 1)); }

# --- signed records (verify --key: exit 1) ------------------------------------
sig="the record was changed after it was signed"
case_ signed-forged-adjustment signed "$forge;RECHAIN" 1 \
  "$d the signature of the last checkpoint (T+3:00:00, $((n + 1)) inputs) does not match: $sig" verify --key "$out/control.pub" @
case_ signed-forged-report signed "$forge;RECHAIN" 1 \
  "$d the signature of the last checkpoint (T+3:00:00, $((n + 1)) inputs) does not match: $sig $refuse" report @ -o "$out/x.html"
case_ signed-cut-tail signed "DELETE FROM inputs WHERE seq > $((n - 5));RECHAIN" 1 \
  "$d the signature of the last checkpoint (T+3:00:00, $((n - 5)) inputs) does not match: $sig" verify --key "$out/control.pub" @
case_ signed-progress-edit signed "UPDATE progress SET ended = 0;RECHAIN" 1 \
  "$d the signature of the last checkpoint (T+3:00:00, $n inputs) does not match: $sig" verify @
case_ wrong-key signed "" 1 \
  "$d the record was signed with another key (public key $pub), not the one given" verify --key "$out/other.pub" @
case_ unsigned-with-key good "" 1 \
  "$d the record is not signed: nothing in it can be checked against the key" verify --key "$out/control.pub" @
case_ report-wrong-key signed "" 1 \
  "$d the record was signed with another key (public key $pub), not the one given $refuse" report @ --key "$out/other.pub" -o "$out/x.html"
case_ key-not-public signed "" 2 \
  "drillhall: $out/control.key: not an Ed25519 public key (the .pub that \`drillhall keygen\` wrote)" verify --key "$out/control.key" @
case_ signer-swapped signed "UPDATE drill SET signer = '$(printf '%064d' 0)'" 1 "$d $changed" verify @
case_ resume-signed-no-key signed "" 2 \
  "drillhall: @ is signed: continue it with --sign and the key it was signed with (public key $pub)" resume @ --headless
case_ resume-signed-other-key signed "" 2 \
  "drillhall: @ was signed with another key (public key $pub)" resume @ --headless --sign "$out/other.key"
case_ resume-unsigned-with-key good "" 2 \
  "drillhall: @ was recorded unsigned; a record is signed from its start, so continue it without --sign (and without DRILLHALL_SIGNING_KEY)" resume @ --headless --sign "$out/control.key"

# --- damaged records: every reader refuses them (exit 2) ----------------------
dmg="drillhall: @: damaged record:"
for cmd in verify replay report history "resume --headless"; do
  c=${cmd%% *}
  case_ view-$c good "ALTER TABLE inputs RENAME TO inputs_t; CREATE VIEW inputs AS SELECT * FROM inputs_t" 2 \
    "$dmg inputs is a view, not a table" $cmd @
  case_ response-team-$c good "UPDATE responses SET team = 999999 WHERE idx = 0" 2 \
    "$dmg response #1: team 999999 is out of range (0 to 5)" $cmd @
  # a table rebuilt with a CHECK that the next input breaks (resume once took
  # the refused insert for a second writer)
  case_ check-$c good "CREATE TABLE i2 AS SELECT * FROM inputs; DROP TABLE inputs;
    CREATE TABLE inputs(seq INTEGER PRIMARY KEY CHECK (seq <= $n), t INTEGER NOT NULL,
    wall_us INTEGER NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, team INTEGER NOT NULL,
    decision INTEGER NOT NULL, option INTEGER NOT NULL, category INTEGER NOT NULL,
    inject INTEGER NOT NULL, milli INTEGER NOT NULL, speed_milli INTEGER NOT NULL, text TEXT,
    ref TEXT, \"by\" TEXT, hash TEXT NOT NULL); INSERT INTO inputs SELECT * FROM i2; DROP TABLE i2" 2 \
    "$dmg table inputs does not have the expected definition" $cmd @
done
case_ extra-column good "ALTER TABLE inputs ADD COLUMN z TEXT DEFAULT 'x'" 2 \
  "$dmg table inputs does not have the expected definition" verify @
case_ expression-index good "CREATE INDEX ix ON inputs(abs(t) + length(text))" 2 \
  "$dmg unexpected index ix" verify @
case_ two-progress-rows good "CREATE TABLE p2 AS SELECT * FROM progress; DROP TABLE progress;
  CREATE TABLE progress(id INTEGER, now INTEGER NOT NULL, ended INTEGER NOT NULL,
  ninputs INTEGER NOT NULL, head TEXT NOT NULL, checkpoint TEXT NOT NULL, signature TEXT NOT NULL);
  INSERT INTO progress SELECT * FROM p2; INSERT INTO progress SELECT * FROM p2; DROP TABLE p2" 2 \
  "$dmg table progress does not have the expected definition" verify @
case_ same-definition good "CREATE TABLE t2 AS SELECT * FROM teams; DROP TABLE teams;
  CREATE TABLE teams(idx INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, bracket TEXT NOT NULL, role TEXT NOT NULL, bracket_name TEXT NOT NULL);
  INSERT INTO teams SELECT * FROM t2; DROP TABLE t2" 0 "" verify @
case_ trigger good "CREATE TRIGGER t AFTER INSERT ON inputs BEGIN DELETE FROM inputs; END" 2 \
  "$dmg unexpected trigger t" verify @
case_ text-team good "UPDATE inputs SET team = 'one' WHERE seq = 3" 2 \
  "$dmg input #3: team is text, not an integer" verify @
case_ real-time good "UPDATE inputs SET t = 1.5 WHERE seq = 3" 2 \
  "$dmg input #3: t is a real number, not an integer" replay @
case_ blob-kind good "UPDATE inputs SET kind = x'00' WHERE seq = 3" 2 \
  "$dmg input #3: kind is a blob, not text" report @
case_ blob-hash good "UPDATE inputs SET hash = CAST(hash AS BLOB) WHERE seq = 3" 2 \
  "$dmg input #3: hash is a blob, not text" verify @
case_ text-scenario good "UPDATE drill SET scenario_source = CAST(scenario_source AS TEXT)" 2 \
  "$dmg the drill row: scenario_source is text, not a blob" verify @
case_ upper-signer signed "UPDATE drill SET signer = upper(signer)" 2 \
  "$dmg the signer is not a public key" verify @
case_ text-progress good "UPDATE progress SET now = 'late'" 2 \
  "$dmg the progress row: now is text, not an integer" verify @
case_ input-team good "UPDATE inputs SET team = 999999 WHERE seq = 2" 2 \
  "$dmg input #2: team 999999 is out of range (-1 to 5)" replay @
case_ input-team-huge good "UPDATE inputs SET team = 4294967296 WHERE seq = 2" 2 \
  "$dmg input #2: team 4294967296 is out of range (-1 to 5)" replay @
case_ unknown-kind good "UPDATE inputs SET kind = 'explode' WHERE seq = 4" 2 \
  "$dmg input #4: unknown kind" verify @
case_ team-idx-gap good "UPDATE teams SET idx = 9 WHERE idx = 5" 2 \
  "$dmg team #6: idx 9 is out of range (5 to 5)" verify @
case_ duplicate-team good "UPDATE teams SET id = (SELECT id FROM teams WHERE idx = 0) WHERE idx = 1" 2 \
  "$dmg team #2: its id is a duplicate" verify @
case_ bad-team-id good "UPDATE teams SET id = 'a b' WHERE idx = 2" 2 \
  "$dmg team #3: team id may hold only ASCII letters, digits, '-', '_' and '.'" verify @
case_ bad-seed good "UPDATE drill SET seed = '12abc'" 2 "$dmg seed \"12abc\" is not a whole number" verify @
case_ bad-bots good "UPDATE drill SET bots = 'chaos'" 2 "$dmg unknown bot policy \"chaos\"" verify @
# indexes into the scenario: found once its text is loaded (replay does not
# verify; report --unverified goes on past verify and still refuses)
ndec=$(grep -c '^decision {' "$sc" || true)
case_ response-decision good "UPDATE responses SET decision = 999 WHERE idx = 0" 2 \
  "$dmg response #1: decision 999 points nowhere (the scenario has $ndec)" replay @
case_ response-decision-report good "UPDATE responses SET decision = 999 WHERE idx = 0" 2 \
  "$dmg response #1: decision 999 points nowhere (the scenario has $ndec)" report @ --unverified -o "$out/x.html"
choice=$(sqlite3 "$out/good.drill" "SELECT seq FROM inputs WHERE kind = 'choice' ORDER BY seq LIMIT 1")
# the first choice answers the scenario's first decision, which has 4 options
case_ input-option good "UPDATE inputs SET option = 50 WHERE seq = $choice" 2 \
  "$dmg input #$choice: option 50 points nowhere (decision \"triage-phish\" has 4)" replay @
case_ input-decision good "UPDATE inputs SET decision = 998 WHERE seq = $choice" 2 \
  "$dmg input #$choice: decision 998 points nowhere (the scenario has $ndec)" replay @
case_ response-duplicate good "INSERT INTO responses SELECT (SELECT max(idx) + 1 FROM responses), team, decision, option, at, line FROM responses WHERE idx = 0" 2 \
  "$dmg response #$(( $(sqlite3 "$out/good.drill" "SELECT count(*) FROM responses") + 1 )) duplicates response #1 (the same team and decision)" replay @
# the record's scenario runs in the same sandbox, with the same limits, as any
# scenario: `os` is not there, an endless loop meets the instruction budget, a
# huge string.rep is refused
scfile=$(sqlite3 "$out/good.drill" "SELECT scenario_file FROM drill")
sandbox() {  # name lua expected-words
  cases=$((cases + 1))
  cp "$out/good.drill" "$out/$1.drill"
  sqlite3 "$out/$1.drill" "UPDATE drill SET scenario_source = CAST('$2' AS BLOB)"
  set +e
  msg=$(timeout 20 "$exe" replay "$out/$1.drill" 2>&1 >/dev/null)
  rc=$?
  set -e
  first=$(head -n 1 <<<"$msg") last=$(tail -n 1 <<<"$msg")
  if [ $rc -eq 2 ] && [[ $first == "drillhall: $scfile:1: "*"$3"* ]] &&
     [ "$last" = "drillhall: $out/$1.drill: the recorded scenario no longer loads in this drillhall" ] &&
     [ "$(wc -l <<<"$msg")" -eq 2 ]; then
    echo "ok   $1: exit $rc: $first"
  else
    echo "FAIL $1: exit $rc: $msg"; fails=$((fails + 1))
  fi
}
sandbox scenario-os "os.execute(\"touch $out/pwned\")" "os"
sandbox scenario-loop "while true do end" "instruction budget"
sandbox scenario-rep "local s = string.rep(\"x\", 1 << 40)" "string.rep"
[ ! -e "$out/pwned" ] || { echo "FAIL the recorded scenario ran os.execute"; fails=$((fails + 1)); }

echo "$cases tamper cases, $fails failed"
[ $fails -eq 0 ]
