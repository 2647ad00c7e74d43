-- wrk script: sends GET <path of the URL> with the Host header of the twelve county portals in
-- turn, request after request, and counts the HTTP statuses it gets back.
--
-- wrk runs one Lua state per thread: setup() (main state) keeps a handle on each thread, every
-- thread counts in its own `statuses` table, and done() (main state again) adds them up through
-- thread:get(), which copies tables between states.

local codes = {
    "weibin", "jintai", "chencang", "fengxiang", "qishan", "fufeng",
    "meixian", "longxian", "qianyang", "linyou", "fengxian", "taibai",
}

-- A browser's user agent, as citizens send (a request without one counts as a bot view); override
-- with BENCH_USER_AGENT.
local user_agent = os.getenv("BENCH_USER_AGENT")
    or "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
end

function init(args)
    -- The requests are formatted once; each thread starts at a different county.
    requests = {}
    for i, code in ipairs(codes) do
        requests[i] = wrk.format("GET", nil, { Host = code .. ".localhost", ["User-Agent"] = user_agent })
    end
    next_index = ((id or 1) - 1) % #requests
    statuses = {}
end

function request()
    next_index = next_index % #requests + 1
    return requests[next_index]
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, reqs)
    local total, keys = {}, {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses") or {}) do
            if total[status] == nil then
                total[status] = 0
                table.insert(keys, status)
            end
            total[status] = total[status] + count
        end
    end
    table.sort(keys)
    local parts, non2xx = {}, 0
    for _, status in ipairs(keys) do
        table.insert(parts, string.format("%d=%d", status, total[status]))
        if status < 200 or status > 299 then
            non2xx = non2xx + total[status]
        end
    end
    -- One line each, read by deploy/bench/run.sh.
    io.write(string.format("Status counts: %s\n", #parts > 0 and table.concat(parts, " ") or "none"))
    io.write(string.format("Non-2xx statuses (lua): %d\n", non2xx))
end
