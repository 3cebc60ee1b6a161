scenario { id = "b", title = "B", duration = "1:00", categories = { "c" }, stages = { "s" } }
local n = 0
while true do n = n + 1 end
