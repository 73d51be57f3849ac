-- POST /api/usage with batches of BENCH_BATCH events; each wrk thread reports for its own 100 keys
-- (read from BENCH_KEYS_FILE), as separate applications would.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local keys = {}
  for line in io.lines(os.getenv("BENCH_KEYS_FILE")) do
    table.insert(keys, line)
  end
  local batch = tonumber(os.getenv("BENCH_BATCH"))
  local ts = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60)
  local events = {}
  for i = 0, batch - 1 do
    local key = keys[(tid * 100 + (i % 100)) % #keys + 1]
    events[#events + 1] = string.format(
      '{"key_id":"%s","timestamp":"%s","endpoint":"/v1/charges","response_code":%d,"request_count":%d,"source_ip":"10.%d.%d.%d","key_version":1}',
      key, ts, (i % 50 == 0) and 500 or 200, 1 + (i % 5), tid % 250, i % 250, (i * 7) % 250)
  end
  wrk.method = "POST"
  wrk.body = '{"events":[' .. table.concat(events, ",") .. ']}'
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

function response(status, headers, body)
  if status ~= 202 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
