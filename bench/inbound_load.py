"""Load generator for bench_inbound, run as its own process (so its CPU is not the
server's): reads pre-signed requests (JSON lines) and posts them over keep-alive
connections from N threads; prints one JSON line: sent, seconds, statuses, latencies (ms).

    python -m bench.inbound_load requests.jsonl http://127.0.0.1:8000 --threads 16 [--rate 320]

Without --rate each thread sends its next request as soon as the last one is answered
(a closed loop: the most the server can do). With --rate, request i is due at
start + i/rate whatever the server is doing, as provider webhooks arrive, and its latency
counts from when it was due: a server that falls behind is charged for the wait instead
of the schedule quietly slowing down with it.
"""
from __future__ import annotations

import argparse
import http.client
import json
import queue
import threading
import time
from urllib.parse import urlencode, urlsplit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("requests")
    parser.add_argument("base")
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--rate", type=float, default=0.0, help="requests per second; 0: closed loop")
    args = parser.parse_args()
    with open(args.requests) as handle:
        items = [json.loads(line) for line in handle]
    work: queue.Queue = queue.Queue()
    for index, item in enumerate(items):
        # Encoded before the clock starts: the client's own work is not the server's latency.
        work.put((index, item["path"], urlencode(item["form"]).encode(), {
            "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": item["signature"]}))
    target = urlsplit(args.base)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    start = time.perf_counter() + 0.1   # every thread connected before the first is due

    def run() -> None:
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        mine, codes = [], {}
        time.sleep(max(0.0, start - time.perf_counter()))
        while True:
            try:
                index, path, body, headers = work.get_nowait()
            except queue.Empty:
                break
            if args.rate:
                due = start + index / args.rate
                delay = due - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                started = due
            else:
                started = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                status = 0
            mine.append((time.perf_counter() - started) * 1000)
            codes[status] = codes.get(status, 0) + 1
        with lock:
            latencies.extend(mine)
            for code, n in codes.items():
                statuses[code] = statuses.get(code, 0) + n

    threads = [threading.Thread(target=run) for _ in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    print(json.dumps({"sent": len(latencies), "seconds": seconds, "statuses": statuses,
                      "latencies": latencies}))


if __name__ == "__main__":
    main()
