-- The load mix: per request, 60 % key reads, 20 % filtered list pages, 20 % key creates.
-- Every create the server acknowledges (201) is written to $BENCH_ACKED/<thread>.txt, so the run
-- can look each one up in the database afterwards.
local ids = {}
local token = os.getenv("BENCH_TOKEN")
local writer = os.getenv("BENCH_WRITER_TOKEN")
local slots = 0
local acked
dofile(os.getenv("BENCH_DIR") .. "/keys.lua")

function setup(thread)
  slots = slots + 1
  thread:set("slot", slots)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
  math.randomseed(os.time() + slot * 7919 + tonumber(tostring({}):sub(8), 16))
  acked = io.open(os.getenv("BENCH_ACKED") .. "/" .. slot .. ".txt", "w")
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
  return create_request(writer, "load key", "load")
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
