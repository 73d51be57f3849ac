-- POST /api/keys: a new key (client-made UUID v4, ciphertext-shaped value) per request.
local token = os.getenv("BENCH_TOKEN")
dofile(os.getenv("BENCH_DIR") .. "/keys.lua")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return create_request(token, "bench key", "bench")
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
