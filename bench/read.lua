-- GET /api/keys/{id}: a random key of the big vault per request.
local ids = {}
local token = os.getenv("BENCH_TOKEN")

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/keys/" .. id, { ["Authorization"] = "Bearer " .. token })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
