-- wrk script for the contract's two operations, the same for every server under test.
--   OP=get    ID=<uuid>  KEY=<key>  : GET  <base>/batches/<ID> (an arranged operation), one fixed request
--   OP=delete            KEY=<key>  : DELETE <base>/batches/<random uuid>, ids the server never made
-- done() prints one JSON line, prefixed "RESULT ", that run.sh collects; latencies are microseconds.

local base = "/translator/text/batch/v1.0-preview.1/batches/"
local op = os.getenv("OP") or "get"
local key = os.getenv("KEY") or ""

wrk.headers["Ocp-Apim-Subscription-Key"] = key
wrk.headers["Accept"] = "application/json"

local ids = {}
local next_id = 1

local function uuid4()
  local hex = "0123456789abcdef"
  local t = {}
  for i = 1, 32 do
    local n = math.random(1, 16)
    t[i] = hex:sub(n, n)
  end
  t[13] = "4"
  local v = math.random(9, 12)
  t[17] = hex:sub(v, v)
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

if op == "get" then
  -- One request, formatted once: wrk then sends it without calling into Lua per request.
  wrk.method = "GET"
  wrk.path = base .. assert(os.getenv("ID"), "ID is required for OP=get")
else
  -- Each thread runs this file in its own Lua state; the seed differs per state.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  for i = 1, 512 do
    ids[i] = uuid4()
  end
  request = function()
    local id = ids[next_id]
    next_id = next_id % #ids + 1
    return wrk.format("DELETE", base .. id)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "requests_per_s": %.1f, '
      .. '"latency_us": {"mean": %.1f, "p50": %d, "p90": %d, "p99": %d, "max": %d}, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "non_2xx_3xx": %d}}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status))
end
