---@meta drillhall
-- The drillhall scenario API for the Lua language server (LuaLS): completion, types
-- and warnings for scenario files and scenario tests. The engine provides these
-- functions; this file only describes them. See scenarios/README.md.

---An exercise time "H:MM" or "H:MM:SS" (e.g. "0:05"), or a duration with units h, m, s
---in that order (e.g. "15m", "90s", "1h30m"). A bare number is never a time.
---@alias dh.Time string

---A text: one string for both languages, or one per language.
---@alias dh.Text string|dh.Translations

---@class dh.Translations
---@field en? string English
---@field vi? string Vietnamese (tiếng Việt)

---An id: ASCII letters, digits, '-', '_', '.'; 1 to 64 bytes.
---@alias dh.Id string

-- The ids a scenario already has are dh.InjectId, dh.DecisionId, dh.OptionId,
-- dh.CategoryId, dh.StageId and dh.ObjectiveId, and its flags are the fields of
-- dh.Flags. any-ids.lua beside this file makes them any string; `drillhall types
-- SCENARIO` writes them as that scenario's own ids instead, so a misspelt one is
-- underlined. Give the language server one of the two, never both.

---@alias dh.Severity "low"|"medium"|"high"|"critical"

---A category or stage: a bare id, or { "id", en = ..., vi = ... }.
---@alias dh.Named dh.Id|dh.NamedTable

---@class dh.NamedTable: dh.Translations
---@field [1] dh.Id

---@class dh.ScenarioDef
---@field id dh.Id the scenario's id (logs, year-over-year history)
---@field version? integer raise it when the scoring changes
---@field title dh.Text
---@field description? dh.Text
---@field duration dh.Time exercise time at which the drill ends, e.g. "3:00"
---@field categories? dh.Named[]|table<dh.Id, dh.Text> score categories, in order
---@field stages? dh.Named[]|table<dh.Id, dh.Text> timeline lanes (attack stages)
---@field objectives? (dh.Text|dh.ObjectiveDef)[] rated P/S/M/U in the report (bare texts: listed only)

---An objective decisions can name, rated P/S/M/U in the report.
---@class dh.ObjectiveDef
---@field id dh.Id what decisions' `objectives` name
---@field text dh.Text
---@field category? dh.CategoryId the capability (score category) it tests

---A question of the participant feedback form (the hot wash), answered by each
---team after the end.
---@class dh.FeedbackQuestion
---@field id dh.Id unique in the form; a responses file names it as `feedback:ID`
---@field kind "rating"|"text" a rating from 1 to 5, or the team's own words
---@field text dh.Text the question

---@class dh.FeedbackDef
---@field questions dh.FeedbackQuestion[] 1 to 20 questions, in the order asked

---What inject{} and decision{} return; usable wherever an id is expected.
---@class dh.Handle
---@field id dh.Id
---@field kind "inject"|"decision"|"question"

---@class dh.InjectDef
---@field id dh.Id unique among injects and decisions
---@field at? dh.Time exercise time of delivery; without it only triggers and hooks deliver it
---@field stage? dh.StageId
---@field attack? string MITRE ATT&CK technique id, "T1566" or "T1566.001"
---@field severity? dh.Severity
---@field from? dh.Text the sender as the teams see it
---@field channel? string "email", "phone", "siem", …
---@field title dh.Text
---@field body? dh.Text
---@field notes? dh.Text facilitators only: expected actions, evaluator guidance
---@field when? fun(team: dh.Team): boolean asked per team at delivery; false withholds
---@field roles? dh.Id[] delivered only to teams of these roster roles, e.g. { "provincial" }

---@class dh.TriggerDef
---@field [1] dh.InjectId|dh.Handle the inject to deliver to this team
---@field after? dh.Time a duration, e.g. "20m"

---@class dh.OptionDef
---@field id dh.Id unique in the decision
---@field text dh.Text
---@field score? table<dh.CategoryId, number> points per category (negative allowed)
---@field set? table<string, boolean|number|string> flags for this team
---@field triggers? (dh.InjectId|dh.Handle|dh.TriggerDef)[] injects to deliver to this team
---@field notes? dh.Text for evaluators: why it scores as it does
---@field objectives? dh.ObjectiveId[] the objectives choosing this option meets
---@field place? "first"|"last" pinned there for every team (e.g. "none of the above" last); otherwise shuffled per team

---@class dh.SpeedDef
---@field full dh.Time full points when answered within this duration
---@field zero dh.Time the factor reaches `floor` at this duration
---@field floor? number 0..1 (default 0)

---@class dh.DecisionDef
---@field id dh.Id unique among injects and decisions
---@field on dh.InjectId|dh.Handle the inject whose delivery opens it
---@field within? dh.Time duration to answer; none: until the drill ends
---@field prompt dh.Text
---@field options dh.OptionDef[]
---@field timeout? dh.OptionId the option applied when the deadline passes
---@field speed? dh.SpeedDef timeliness factor on positive points
---@field notes? dh.Text for evaluators
---@field objectives? dh.ObjectiveId[] the objectives this decision evidences
---@field roles? dh.Id[] opens only for teams of these roster roles
---@field balance_reason? dh.Text why a best answer that is the longest text by far, or the only positive one, is kept (quiets the balance lint)

---@class dh.RubricItemDef
---@field id dh.Id unique in the question
---@field text dh.Text what the answer must contain for this item to be ticked
---@field points? table<dh.Id, number> points per category when an evaluator ticks it

---@class dh.QuestionDef
---@field id dh.Id unique among injects, decisions and questions
---@field on dh.Id|dh.Handle the inject whose delivery opens it
---@field within? dh.Time duration to answer; none: until the drill ends
---@field prompt dh.Text
---@field rubric dh.RubricItemDef[] what evaluators tick (at most 32 items)
---@field guidance? dh.Text for evaluators: what a good answer holds
---@field speed? dh.SpeedDef timeliness factor on the rubric's positive points
---@field objectives? dh.Id[] the objectives this question evidences
---@field roles? dh.Id[] opens only for teams of these roster roles

---The team a `when` or hook is about.
---@class dh.Team
---@field id string roster id
---@field name string
---@field bracket string
---@field role? string the roster role ("central", "provincial", …); nil when none
---@field flags dh.Flags this team's flags
local Team = {}

---Points so far, in one category or in total.
---@param category? dh.CategoryId
---@return number
function Team:score(category) end

---The option id the team chose, or nil.
---@param decision dh.DecisionId|dh.Handle
---@return dh.OptionId|nil
function Team:chose(decision) end

---True when the decision expired unanswered.
---@param decision dh.DecisionId|dh.Handle
---@return boolean
function Team:missed(decision) end

---True once the inject reached this team.
---@param inject dh.InjectId|dh.Handle
---@return boolean
function Team:delivered(inject) end

---What the teams of a role did with a decision, as of now: how many chose
---`option` (any option when nil), how many teams have the role, and how many
---of them let the decision expire unanswered. `role` nil counts every team.
---Read-only; the same in a live drill and in its replay.
---@param role dh.Id|nil
---@param decision dh.Id|dh.Handle
---@param option? dh.Id
---@return integer chose
---@return integer teams
---@return integer missed
function Team:sector(role, decision, option) end

---Delivers an inject to this team later (not allowed in `when`).
---@param inject dh.InjectId|dh.Handle
---@param opts? { after?: dh.Time }
function Team:inject(inject, opts) end

---Adds (or removes) points with a reason (not allowed in `when`).
---@param category dh.CategoryId
---@param points number
---@param reason string
function Team:add(category, points, reason) end

---Declares the scenario; once per file.
---@param def dh.ScenarioDef
function scenario(def) end

---Defines an inject.
---@param def dh.InjectDef
---@return dh.Handle
function inject(def) end

---Defines a decision.
---@param def dh.DecisionDef
---@return dh.Handle
function decision(def) end

---Defines the feedback form the teams answer after the end; once per file. Without
---it the default applies: realism (rating), worked (text), improve (text), overall (rating).
---@param def dh.FeedbackDef
function feedback(def) end

---An open question: teams answer in their own words, evaluators score it against the rubric.
---@param def dh.QuestionDef
---@return dh.Handle
function question(def) end

---@alias dh.HookEvent "start"|"inject"|"choice"|"expire"|"end"

---Runs fn on a drill event for each team: start(team), inject(team, inject_id),
---choice(team, decision_id, option_id), expire(team, decision_id, option_id|nil), end(team).
---@param event dh.HookEvent
---@param fn fun(team: dh.Team, a?: string, b?: string)
function on(event, fn) end

-- Scenario tests (NAME.test.lua) ---------------------------------------------------

---@class dh.ChoiceDef
---@field [1] dh.DecisionId decision
---@field [2] dh.OptionId option
---@field at? dh.Time exercise time of the choice
---@field after? dh.Time or: a duration after the decision opens

---@class dh.TestDef
---@field name string what the test shows
---@field scenario? string the scenario file, relative to the test file
---@field seed? integer drill seed (default 1)
---@field role? dh.Id the test team's roster role, e.g. "provincial"
---@field peers? { role: dh.Id, teams: integer, bots?: string, choices?: table[] } other teams in the drill, counted by team:sector
---@field others? "timeout"|"best"|"worst"|"first"|"random"|"longest" how unlisted decisions are answered
---@field choices? dh.ChoiceDef[]
---@field delivered? dh.InjectId[] injects that must reach the team
---@field withheld? dh.InjectId[] injects that must not
---@field score? table<string, number> exact points per category, or `total`
---@field at_least? table<string, number>
---@field at_most? table<string, number>
---@field flags? table<string, boolean|number|string> the team's flags at the end
---@field unset? string[] flags that must be unset

---Defines one scenario test (test files only).
---@param def dh.TestDef
function test(def) end
