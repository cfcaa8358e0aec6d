"""Where a signed Twilio webhook's CPU goes, in-process (no gunicorn, no load generator): the
requests `python -m bench inbound` sends, posted one at a time through the Flask test client
after a warm-up, on a scratch database (DATABASE_URL / REDIS_URL as for the benchmarks).

    python -m bench.inbound_profile [COUNT] [cpu|profile|callgrind]

cpu (default): CPU seconds per request (this process), in five rounds, lowest and median.
On a shared machine the figures move with the load; compare two commits in turn.

profile: a stdlib sampling profile (SIGPROF every 0.5 ms of CPU time, which counts what a
gunicorn worker's CPU figure counts): the functions whose frames held the most samples.

callgrind: instructions per request, the same whatever else the machine runs. Under valgrind,
instrumentation is switched on for the timed requests only:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python -m bench.inbound_profile 400 callgrind

prints "Collected : N" at exit: N / COUNT instructions per webhook.
"""
from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.bench_inbound import PATH, PUBLIC, TOKEN, _requests, _seed
from bench.common import scratch_app

WARM_UP = 300


def _signed(phones: list[str], count: int) -> list[tuple[bytes, dict]]:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "requests.jsonl"
        _requests(phones, path, count)
        items = [json.loads(line) for line in path.open()]
    return [(urlencode(item["form"]).encode(), {"Content-Type": "application/x-www-form-urlencoded",
                                                 "X-Twilio-Signature": item["signature"]}) for item in items]


def _post_all(client, requests) -> None:
    for body, headers in requests:
        response = client.post(PATH, data=body, headers=headers)
        if response.status_code != 200:
            raise RuntimeError(f"webhook answered {response.status_code}")


def _sampled(client, requests, top: int = 40) -> None:
    stacks: collections.Counter = collections.Counter()

    def sample(_signal, frame):
        stack = []
        while frame is not None:
            stack.append(f"{frame.f_code.co_filename.split('site-packages/')[-1]}:{frame.f_code.co_name}")
            frame = frame.f_back
        stacks[tuple(stack)] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        _post_all(client, requests)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(stacks.values()) or 1
    inclusive: collections.Counter = collections.Counter()
    for stack, samples in stacks.items():
        for name in set(stack):
            inclusive[name] += samples
    print(f"{total} samples; share of samples with the function on the stack:")
    for name, samples in inclusive.most_common(top):
        print(f"  {100 * samples / total:5.1f}%  {name}")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    mode = sys.argv[2] if len(sys.argv) > 2 else "cpu"
    with scratch_app(TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=PUBLIC) as app:
        phones = _seed(app)
        requests = _signed(phones, WARM_UP + count)
        client = app.test_client()
        _post_all(client, requests[:WARM_UP])
        from alumni.long_lived import settle_start_up_objects
        settle_start_up_objects()   # as gunicorn_config's post_worker_init does
        timed = requests[WARM_UP:]
        if mode == "callgrind":
            control = ["callgrind_control", "-i"]
            subprocess.run([*control, "on", str(os.getpid())], check=True, capture_output=True)
            _post_all(client, timed)
            subprocess.run([*control, "off", str(os.getpid())], check=True, capture_output=True)
            print(f"{len(timed)} webhooks instrumented")
        elif mode == "profile":
            _sampled(client, timed)
        else:
            per_round = len(timed) // 5
            figures = []
            for start in range(0, per_round * 5, per_round):
                started = time.process_time()
                _post_all(client, timed[start:start + per_round])
                figures.append(1000 * (time.process_time() - started) / per_round)
            figures.sort()
            print(f"CPU per webhook in-process: lowest {figures[0]:.2f} ms, median {figures[2]:.2f} ms "
                  f"({', '.join(f'{f:.2f}' for f in figures)})")


if __name__ == "__main__":
    main()
