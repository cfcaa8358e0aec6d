"""Load generator for bench_inbound, run as its own process (so its CPU is not the
server's): reads pre-signed requests (JSON lines) and posts them over keep-alive
connections from N threads; prints one JSON line: sent, errors, seconds, latencies (ms).

    python -m bench.inbound_load requests.jsonl http://127.0.0.1:8000 --threads 16
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
    args = parser.parse_args()
    with open(args.requests) as handle:
        items = [json.loads(line) for line in handle]
    work: queue.Queue = queue.Queue()
    for item in items:
        work.put((item["path"], urlencode(item["form"]).encode(), item["signature"]))
    target = urlsplit(args.base)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def run() -> None:
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        mine, codes = [], {}
        while True:
            try:
                path, body, signature = work.get_nowait()
            except queue.Empty:
                break
            started = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers={
                    "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature})
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
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    print(json.dumps({"sent": len(latencies), "seconds": seconds, "statuses": statuses,
                      "latencies": latencies}))


if __name__ == "__main__":
    main()
