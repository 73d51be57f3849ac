-- What the create scripts share: a client-made UUID v4 and a ciphertext-shaped key body.
local ct = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ"
local iv = "AAECAwQFBgcICQoL"

function uuid4()
  local t = {}
  for i = 1, 16 do t[i] = math.random(0, 255) end
  t[7] = (t[7] % 16) + 64
  t[9] = (t[9] % 64) + 128
  local h = {}
  for i = 1, 16 do h[i] = string.format("%02x", t[i]) end
  local s = table.concat(h)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

-- POST /api/keys with a new id, as `token`, named `name`, tagged `tag`.
function create_request(token, name, tag)
  local body = '{"id":"' .. uuid4() .. '","service":"Stripe","name":"' .. name .. '","encrypted_value":"'
    .. ct .. '","iv":"' .. iv .. '","metadata":{"environment":"staging","tags":["' .. tag .. '"]}}'
  return wrk.format("POST", "/api/keys",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
