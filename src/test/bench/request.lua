-- wrk script for every scenario: the method, body and headers come from the environment (BENCH_METHOD,
-- BENCH_BODY, BENCH_HEADERS: one "Name: value" per line), and done() prints one line for run.sh to read.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY") or ""
if body ~= "" then
  wrk.body = body
end
for header in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\n]+") do
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

-- requests, duration (µs), p50 and p99 latency (µs), failures (socket errors, timeouts and answers >= 400)
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d\n", summary.requests, summary.duration,
      latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
