-- plain_engine.lua — the same drill semantics written in plain Lua, as the
-- baseline for the C engine's events/s: scheduled and triggered injects with
-- `when`, decisions with deadlines, timeouts and timeliness, flags, hooks,
-- random bots, one event record per event.
--
-- usage: lua5.4 plain_engine.lua SCENARIO [TEAMS] [RUNS]
-- prints "plain_lua_events_per_s N events/s" (median of RUNS)
local path, nteams, runs = arg[1], tonumber(arg[2] or 1000), tonumber(arg[3] or 7)

local UNIT = { h = 3600000, m = 60000, s = 1000 }
local function clock(s)
  local h, m, sec = s:match("^(%d+):(%d%d):?(%d*)$")
  return ((tonumber(h) * 60 + tonumber(m)) * 60 + (tonumber(sec) or 0)) * 1000
end
local function duration(s)
  local t = 0
  for n, u in s:gmatch("(%d+)([hms])") do t = t + tonumber(n) * UNIT[u] end
  return t
end
local function ref(x) return type(x) == "table" and x.id or x end

local sc, injects, decisions, hooks = nil, {}, {}, {}
function scenario(t) sc = t; sc.ms = clock(t.duration) end
function inject(t)
  injects[#injects + 1] = t; injects[t.id] = t
  t.at_ms = t.at and clock(t.at); t.opens = {}
  return { id = t.id }
end
function decision(t)
  decisions[#decisions + 1] = t; decisions[t.id] = t
  t.within_ms = t.within and duration(t.within)
  if t.speed then t.full, t.zero = duration(t.speed.full), duration(t.speed.zero) end
  for i, o in ipairs(t.options) do
    o.total = 0
    for _, p in pairs(o.score or {}) do o.total = o.total + p end
    if o.id == t.timeout then t.timeout_opt = o end
    o.index = i
  end
  return { id = t.id }
end
function on(ev, fn) hooks[ev] = hooks[ev] or {}; table.insert(hooks[ev], fn) end
dofile(path)
for _, d in ipairs(decisions) do table.insert(injects[ref(d.on)].opens, d) end

local function run()
  local heap, seq, now, events = {}, 0, 0, {}
  local function push(t, ev)
    seq = seq + 1; ev.t = t; ev.seq = seq
    local i = #heap + 1; heap[i] = ev
    while i > 1 do
      local p = i // 2
      local a, b = heap[i], heap[p]
      if a.t < b.t or (a.t == b.t and a.seq < b.seq) then heap[i], heap[p] = b, a; i = p else break end
    end
  end
  local function pop()
    local top = heap[1]; local last = table.remove(heap)
    if #heap > 0 then
      heap[1] = last
      local i, n = 1, #heap
      while true do
        local l, r, m = 2 * i, 2 * i + 1, i
        local function less(x, y) return heap[x].t < heap[y].t or (heap[x].t == heap[y].t and heap[x].seq < heap[y].seq) end
        if l <= n and less(l, m) then m = l end
        if r <= n and less(r, m) then m = r end
        if m == i then break end
        heap[i], heap[m] = heap[m], heap[i]; i = m
      end
    end
    return top
  end
  local function emit(rec) rec.t = now; events[#events + 1] = rec end
  local teams = {}
  local function hook(name, ...) for _, fn in ipairs(hooks[name] or {}) do fn(...) end end
  local function apply(team, d, o, kind)
    local st = team.dec[d.id]
    local elapsed = now - st.opened
    local f = 1
    if d.speed and elapsed > d.full then
      f = elapsed >= d.zero and d.speed.floor or 1 - (1 - d.speed.floor) * (elapsed - d.full) / (d.zero - d.full)
    end
    local pts = {}
    for c, p in pairs(o and o.score or {}) do
      if p > 0 then p = p * f end
      pts[c] = p; team.points[c] = (team.points[c] or 0) + p; team.total = team.total + p
    end
    st.option = o; team.time = team.time + elapsed
    emit({ type = kind, team = team.id, id = d.id, option = o and o.id, points = pts, factor = f })
    if o then
      for k, v in pairs(o.set or {}) do team.flags[k] = v end
      for _, tr in ipairs(o.triggers or {}) do
        local id = type(tr) == "table" and not tr.id and ref(tr[1]) or ref(tr)
        local after = type(tr) == "table" and tr.after and duration(tr.after) or 0
        push(now + after, { kind = "deliver", team = team, inject = injects[id] })
      end
    end
  end
  local function deliver(team, inj)
    if team.delivered[inj.id] then return end
    if inj.when and not inj.when(team.obj) then
      emit({ type = "withheld", team = team.id, id = inj.id }); return
    end
    team.delivered[inj.id] = now
    emit({ type = "inject", team = team.id, id = inj.id })
    for _, d in ipairs(inj.opens) do
      if not team.dec[d.id] then
        local st = { status = "open", opened = now }
        team.dec[d.id] = st
        emit({ type = "open", team = team.id, id = d.id })
        local window = d.within_ms or 1800000
        if d.within_ms then push(now + d.within_ms, { kind = "deadline", team = team, d = d }) end
        push(now + math.random(1, window // 1000 - 1) * 1000,
             { kind = "choice", team = team, d = d, o = d.options[math.random(#d.options)] })
      end
    end
    hook("inject", team.obj, inj.id)
  end
  for i = 1, nteams do
    local team = { id = string.format("team-%04d", i), flags = {}, points = {}, total = 0, time = 0,
                   delivered = {}, dec = {} }
    team.obj = setmetatable({
      flags = team.flags, id = team.id, name = team.id, bracket = "all",
      score = function(_, c) if c then return team.points[c] or 0 end return team.total end,
      chose = function(_, d) local st = team.dec[ref(d)]; return st and st.status == "answered" and st.option.id or nil end,
      missed = function(_, d) local st = team.dec[ref(d)]; return st and st.status == "expired" end,
      delivered = function(_, id) return team.delivered[ref(id)] ~= nil end,
      inject = function(_, id, o) push(now + (o and o.after and duration(o.after) or 0), { kind = "deliver", team = team, inject = injects[ref(id)] }) end,
      add = function(_, c, p, why) team.points[c] = (team.points[c] or 0) + p; team.total = team.total + p
        emit({ type = "adjust", team = team.id, category = c, points = p, reason = why }) end,
    }, {})
    teams[i] = team
  end
  emit({ type = "start", id = sc.id })
  for _, inj in ipairs(injects) do
    if inj.at_ms then push(inj.at_ms, { kind = "all", inject = inj }) end
  end
  for _, team in ipairs(teams) do hook("start", team.obj) end
  while #heap > 0 and heap[1].t <= sc.ms do
    local ev = pop(); now = ev.t
    if ev.kind == "all" then
      for _, team in ipairs(teams) do deliver(team, ev.inject) end
    elseif ev.kind == "deliver" then deliver(ev.team, ev.inject)
    elseif ev.kind == "deadline" then
      local st = ev.team.dec[ev.d.id]
      if st.status == "open" then
        st.status = "expired"; apply(ev.team, ev.d, ev.d.timeout_opt, "expire")
        hook("expire", ev.team.obj, ev.d.id, ev.d.timeout)
      end
    elseif ev.kind == "choice" then
      local st = ev.team.dec[ev.d.id]
      if st.status == "open" then
        st.status = "answered"; apply(ev.team, ev.d, ev.o, "choice")
        hook("choice", ev.team.obj, ev.d.id, ev.o.id)
      end
    end
  end
  now = sc.ms
  for _, team in ipairs(teams) do
    for _, d in ipairs(decisions) do
      local st = team.dec[d.id]
      if st and st.status == "open" then st.status = "expired"; apply(team, d, d.timeout_opt, "expire") end
    end
    hook("end", team.obj)
  end
  emit({ type = "end" })
  return #events
end

local rates, n = {}, 0
for i = 1, runs do
  math.randomseed(i)
  local t0 = os.clock()
  n = run()
  rates[i] = n / (os.clock() - t0)
end
table.sort(rates)
print(string.format("plain_lua_events %d events", n))
print(string.format("plain_lua_events_per_s %.0f events/s", rates[(runs + 1) // 2]))
