-- POST /api/auth/login with a real account (one Argon2id verification per request).
function request()
  return wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json" },
    os.getenv("BENCH_LOGIN_BODY"))
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
