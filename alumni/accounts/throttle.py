"""Sign-in throttling kept in Redis, so the count holds across processes and hosts.

Three limits, each counted BEFORE the password is checked, by one Lua script (atomic), so
parallel guesses cannot all slip in under the limit:

- an account from one address (the pair): LOGIN_MAX_FAILURES attempts, then that pair is
  locked for LOGIN_LOCK_SECONDS. A stranger locks only themselves out, never the colleague
  whose address they are guessing;
- one address across accounts: ADDRESS_FACTOR times as many (a shared NAT at a centre);
- one account from anywhere: past LOGIN_MAX_FAILURES, the account is slowed down, each
  further attempt waiting 2, 4, 8 ... seconds (at most MAX_ACCOUNT_DELAY_SECONDS), so
  guessing from many addresses stays slow while the owner is delayed, not locked out.

A successful sign-in gives its own attempt back (an office of twenty signing in each
morning does not lock its address) and clears its pair.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from alumni.redis_conn import get_redis

ADDRESS_FACTOR = 4
MAX_ACCOUNT_DELAY_SECONDS = 300

_ADMIT = """
local window = tonumber(ARGV[4])
local pair = tonumber(redis.call('GET', KEYS[1]) or '0')
if pair >= tonumber(ARGV[1]) then return {'pair', redis.call('PTTL', KEYS[1])} end
local address = tonumber(redis.call('GET', KEYS[3]) or '0')
if address >= tonumber(ARGV[2]) then return {'address', redis.call('PTTL', KEYS[3])} end
local wait = redis.call('PTTL', KEYS[4])
if wait > 0 then return {'account', wait} end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], window)
redis.call('INCR', KEYS[3])
redis.call('EXPIRE', KEYS[3], window)
local tried = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], window)
local free = tonumber(ARGV[1])
if tried > free then
  local delay = math.min(2 ^ math.min(tried - free, 30), tonumber(ARGV[3]))
  redis.call('SET', KEYS[4], '1', 'EX', string.format('%d', delay))
end
return {'ok', 0}
"""

_RELEASE = """
redis.call('DEL', KEYS[1])
for i = 2, 3 do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 1
"""


@dataclass(frozen=True)
class Refusal:
    """Why an attempt was not even checked, and for about how long that holds."""
    limit: str          # "pair", "address" or "account"
    seconds: int

    @property
    def message(self) -> str:
        from flask_babel import gettext as _  # in the language of the sign-in page
        if self.limit == "account":
            return _("This account has had many failed sign-ins. Wait %(seconds)d seconds "
                     "and try again, or ask an admin to help.", seconds=max(self.seconds, 1))
        minutes = max(1, -(-self.seconds // 60))
        return _("Too many failed sign-ins. Wait %(minutes)d minutes, or ask an admin to help.", minutes=minutes)


def _escape_glob(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


def _keys(email: str, address: str) -> list[str]:
    email = email.lower()[:254]
    return [f"login:pair:{email}|{address}", f"login:account:{email}", f"login:address:{address}",
            f"login:wait:{email}"]


def admit(email: str, address: str) -> Refusal | None:
    """Count this sign-in attempt, or refuse it (None: go on and check the password)."""
    config = current_app.config
    limit = config["LOGIN_MAX_FAILURES"]
    redis = get_redis()
    verdict, seconds = redis.register_script(_ADMIT)(
        keys=_keys(email, address),
        args=[limit, limit * ADDRESS_FACTOR, MAX_ACCOUNT_DELAY_SECONDS, config["LOGIN_LOCK_SECONDS"]])
    verdict = verdict.decode() if isinstance(verdict, bytes) else verdict
    return None if verdict == "ok" else Refusal(verdict, -(-int(seconds) // 1000))


def succeeded(email: str, address: str) -> None:
    """The attempt admitted for this pair was the owner: give it back, clear the pair."""
    keys = _keys(email, address)
    get_redis().register_script(_RELEASE)(keys=keys[:3])


def clear_account(email: str) -> None:
    """Lift every lock on an account (an admin set a new password): all its pairs too."""
    redis = get_redis()
    pair, account, _, wait = _keys(email, "")
    pairs = list(redis.scan_iter(match=_escape_glob(pair) + "*", count=500))
    redis.delete(account, wait, *pairs)
