"""One account-wide messages-per-second cap, kept in Redis so every worker thread, process
and host shares it.

A GCRA-style reservation in one Lua script: each caller takes the next free slot (the
"theoretical arrival time", TAT) and is told how long to wait for it. The clock is Redis's
own (TIME), so hosts with drifting clocks still agree. Reserving instead of polling means
callers never spin on Redis and slots are handed out in arrival order.
"""
from __future__ import annotations

import time

from redis import Redis

KEY = "alumni:ratelimit:twilio"

# ARGV: interval (µs per message), max wait (µs). Returns µs to wait, or -1 when the next
# free slot is further away than max wait (the caller should give up and retry later).
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local max_wait = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - now
if wait > max_wait then return -1 end
local new_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000) + 1000)
return wait
"""


class RateLimitBusy(Exception):
    """The cap is booked further ahead than the caller is willing to wait."""


class RateLimiter:
    def __init__(self, redis: Redis, per_second: float, key: str = KEY, max_wait: float = 30.0):
        self.redis = redis
        self.per_second = per_second
        self.key = key
        self.max_wait = max_wait
        self._script = redis.register_script(_RESERVE)

    def reserve(self) -> float:
        """Book the next slot; seconds to wait before using it. RateLimitBusy if too far."""
        if self.per_second <= 0:
            return 0.0
        interval_us = int(1_000_000 / self.per_second)
        wait_us = self._script(keys=[self.key], args=[interval_us, int(self.max_wait * 1_000_000)])
        if int(wait_us) < 0:
            raise RateLimitBusy(f"rate cap of {self.per_second:g}/s is booked more than {self.max_wait:g} s ahead")
        return int(wait_us) / 1_000_000

    def acquire(self) -> float:
        """Wait for our slot; returns the seconds waited."""
        wait = self.reserve()
        if wait > 0:
            time.sleep(wait)
        return wait


def twilio_rate_limiter(app) -> RateLimiter:
    """The one limiter for the app's Twilio account (SMS and WhatsApp share it)."""
    from alumni.redis_conn import get_redis
    limiter = app.extensions.get("twilio_rate_limiter")
    if limiter is None:
        limiter = RateLimiter(get_redis(), float(app.config["TWILIO_MAX_MPS"]))
        app.extensions["twilio_rate_limiter"] = limiter
    return limiter
