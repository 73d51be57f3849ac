-- POST /api/auth/refresh: each token is spent once, and its answer's new token goes back in
-- the pool, the way clients rotate them.
local pool = {}
local index = 0

function setup(thread)
  index = index + 1
  thread:set("slot", index)
end

function init(args)
  local all = {}
  for line in io.lines(os.getenv("BENCH_REFRESH_TOKENS")) do all[#all + 1] = line end
  local threads = tonumber(os.getenv("BENCH_THREADS"))
  for i = slot, #all, threads do pool[#pool + 1] = all[i] end
end

function request()
  local token = table.remove(pool, 1)
  return wrk.format("POST", "/api/auth/refresh", { ["Content-Type"] = "application/json" },
    '{"refresh_token":"' .. token .. '"}')
end

function response(status, headers, body)
  local next = body:match('"refresh_token":"([^"]+)"')
  if next then pool[#pool + 1] = next end
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
