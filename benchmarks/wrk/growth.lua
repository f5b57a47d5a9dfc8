-- wrk script for benchmark 8 (store growth): requests ids of one store at random.
--   OP=get|delete IDS=<file, one id a line> KEY=<key>
-- The ids are the GrowthServer's sample, all arranged Cancelling: a GET must answer 200 and a
-- DELETE 400 (a cancel of a cancelling operation); anything else counts as unexpected.
-- done() prints one JSON line, prefixed "RESULT ", as contract.lua does; latencies are microseconds.

local base = "/translator/text/batch/v1.0-preview.1/batches/"
local op = os.getenv("OP") or "get"
local method = op == "get" and "GET" or "DELETE"
local expected = op == "get" and 200 or 400
local file = assert(os.getenv("IDS"), "IDS is required")

wrk.headers["Ocp-Apim-Subscription-Key"] = os.getenv("KEY") or ""
wrk.headers["Accept"] = "application/json"

local ids = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(file) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  unexpected = 0
end

function request()
  return wrk.format(method, base .. ids[math.random(#ids)])
end

function response(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local wrong = 0
  for _, thread in ipairs(threads) do wrong = wrong + thread:get("unexpected") end
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "requests_per_s": %.1f, '
      .. '"latency_us": {"mean": %.1f, "p50": %d, "p90": %d, "p99": %d, "max": %d}, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "non_2xx_3xx": %d}, "unexpected": %d}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status, wrong))
end
