"""A provider that cannot be reached pauses sending, for every worker at once.

Without it, a 30-second outage spent an attempt of every check-in that came up during it
(hundreds of them, each on its own backoff) and told nobody anything new. After
`threshold` consecutive failures that say "the provider is down" (connection refused,
timeouts, 5xx) counted across all workers in Redis, the breaker opens: sends wait
`probe_seconds` without calling the provider and without spending an attempt. Then one
send (the probe, chosen by SET NX) is let through; a success closes the breaker, a failure
opens it for another interval. Any success resets the count."""
from __future__ import annotations

from redis import Redis

PREFIX = "alumni:breaker:"

# KEYS: open, probe, failures. ARGV: threshold, probe interval (ms).
# Returns ms to wait; 0 means go ahead (a closed breaker, or this caller is the probe).
_ASK = """
local open_ms = redis.call('PTTL', KEYS[1])
if open_ms > 0 then return open_ms end
local failures = tonumber(redis.call('GET', KEYS[3]) or '0')
if failures < tonumber(ARGV[1]) then return 0 end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return 0 end
local probe_ms = redis.call('PTTL', KEYS[2])
if probe_ms > 0 then return probe_ms end
return 0
"""

# KEYS: open, probe, failures. ARGV: threshold, probe interval (ms), memory (ms).
_FAILED = """
local failures = redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
if failures >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
  redis.call('DEL', KEYS[2])
end
return failures
"""


class CircuitBreaker:
    def __init__(self, redis: Redis, name: str, threshold: int = 5, probe_seconds: float = 30.0):
        self.redis = redis
        self.threshold = threshold
        self.probe_ms = max(1, int(probe_seconds * 1000))
        self.keys = [f"{PREFIX}{name}:open", f"{PREFIX}{name}:probe", f"{PREFIX}{name}:failures"]
        self._ask = redis.register_script(_ASK)
        self._failed = redis.register_script(_FAILED)

    def wait_seconds(self) -> float:
        """0 when a send may call the provider now; else how long sending is paused for."""
        if self.threshold <= 0:
            return 0.0
        return int(self._ask(keys=self.keys, args=[self.threshold, self.probe_ms])) / 1000

    def failed(self) -> int:
        """One more failure that says the provider is down; returns the run of them."""
        if self.threshold <= 0:
            return 0
        # Forgotten after an hour of quiet: ten failures spread over a day are not an outage.
        return int(self._failed(keys=self.keys, args=[self.threshold, self.probe_ms, 3_600_000]))

    def succeeded(self) -> None:
        if self.threshold > 0:
            self.redis.delete(*self.keys)

    def is_open(self) -> bool:
        return bool(self.redis.exists(self.keys[0]))


def breaker_for(app, provider: str) -> CircuitBreaker:
    """One breaker per provider (twilio for SMS and WhatsApp, smtp for email), shared by the
    app's threads; its state lives in Redis, shared by every worker."""
    from alumni.redis_conn import get_redis
    breakers = app.extensions.setdefault("circuit_breakers", {})
    if provider not in breakers:
        breakers[provider] = CircuitBreaker(get_redis(), provider,
                                            threshold=int(app.config["SEND_BREAKER_FAILURES"]),
                                            probe_seconds=float(app.config["SEND_BREAKER_PROBE_SECONDS"]))
    return breakers[provider]
