-- The load mix: per request, 60 % key reads, 20 % filtered list pages, 20 % key creates.
-- Every create the server acknowledges (201) is written to $BENCH_ACKED/<thread>.txt, so the run
-- can look each one up in the database afterwards.
local ids = {}
local token = os.getenv("BENCH_TOKEN")
local writer = os.getenv("BENCH_WRITER_TOKEN")
local ct = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ"
local iv = "AAECAwQFBgcICQoL"
local slots = 0
local acked
local answered = { read = 0, list = 0, create = 0 }

function setup(thread)
  slots = slots + 1
  thread:set("slot", slots)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
  math.randomseed(os.time() + slot * 7919 + tonumber(tostring({}):sub(8), 16))
  acked = io.open(os.getenv("BENCH_ACKED") .. "/" .. slot .. ".txt", "w")
end

local function uuid4()
  local t = {}
  for i = 1, 16 do t[i] = math.random(0, 255) end
  t[7] = (t[7] % 16) + 64
  t[9] = (t[9] % 64) + 128
  local h = {}
  for i = 1, 16 do h[i] = string.format("%02x", t[i]) end
  local s = table.concat(h)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

function request()
  local r = math.random(100)
  if r <= 60 then
    return wrk.format("GET", "/api/keys/" .. ids[math.random(#ids)],
      { ["Authorization"] = "Bearer " .. token })
  elseif r <= 80 then
    return wrk.format("GET", "/api/keys?environment=production&tag=t" .. math.random(0, 49)
      .. "&size=50&page=" .. math.random(0, 5), { ["Authorization"] = "Bearer " .. token })
  end
  local body = '{"id":"' .. uuid4() .. '","service":"Stripe","name":"load key","encrypted_value":"'
    .. ct .. '","iv":"' .. iv .. '","metadata":{"environment":"staging","tags":["load"]}}'
  return wrk.format("POST", "/api/keys",
    { ["Authorization"] = "Bearer " .. writer, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([0-9a-f-]+)"')
    if id then
      acked:write(id, "\n")
      acked:flush()
    end
  end
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
