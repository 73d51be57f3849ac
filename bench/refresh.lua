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

local last = "none"

function request()
  -- An empty pool means answers stopped carrying tokens: send the spent one, which counts as an
  -- error in the report instead of stopping the run.
  local token = table.remove(pool, 1) or last
  last = token
  return wrk.format("POST", "/api/auth/refresh", { ["Content-Type"] = "application/json" },
    '{"refresh_token":"' .. token .. '"}')
end

function response(status, headers, body)
  local next = body:match('"refresh_token":"([^"]+)"')
  if next then
    pool[#pool + 1] = next
  elseif not reported then
    reported = true
    io.stderr:write("refresh answered " .. status .. ": " .. body:sub(1, 200) .. "\n")
  end
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
