-- GET /api/keys?environment=&tag=&size=50&page=: a filtered page of the big vault.
local token = os.getenv("BENCH_TOKEN")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local path = "/api/keys?environment=production&tag=t" .. math.random(0, 49)
    .. "&size=50&page=" .. math.random(0, 5)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
