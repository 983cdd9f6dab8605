-- One wrk scenario against the Steward API. bench/run sets it up through the environment:
--   BENCH_TOKEN    bearer token (empty: no Authorization header, for sign-in)
--   BENCH_METHOD   GET (default), PATCH, POST…
--   BENCH_BODY     JSON request body
--   BENCH_IFMATCH  the first If-Match; every answer's ETag becomes the next one (run with one
--                  connection, so each PATCH carries the version the previous one produced)
-- done() prints one line "BENCH {json}" that bench/run parses.
local token = os.getenv("BENCH_TOKEN") or ""
local etag = os.getenv("BENCH_IFMATCH")

wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.body = os.getenv("BENCH_BODY")
if token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
if wrk.body then
    wrk.headers["Content-Type"] = "application/json"
end

request = function()
    if etag then
        wrk.headers["If-Match"] = etag
    end
    return wrk.format()
end

if etag then
    response = function(status, headers, body)
        local next = headers["ETag"] or headers["etag"] or headers["Etag"]
        if next then
            etag = next
        end
    end
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, ' ..
        '"non2xx": %d, "socket_errors": %d}\n',
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
        e.status, e.connect + e.read + e.write + e.timeout))
end
