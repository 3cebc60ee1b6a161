---@meta drillhall-any-ids
-- The id aliases of scenarios/types/drillhall.lua, for any scenario: every id
-- and flag is a string. `drillhall types SCENARIO -o F.lua` writes the same
-- aliases as one scenario's own ids; give the language server that file instead
-- of this one, and a misspelt id is underlined while you type.

---@alias dh.InjectId string
---@alias dh.DecisionId string
---@alias dh.OptionId string
---@alias dh.CategoryId string
---@alias dh.StageId string
---@alias dh.ObjectiveId string

---A team's flags: any name.
---@class dh.Flags
---@field [string] boolean|number|string|nil
