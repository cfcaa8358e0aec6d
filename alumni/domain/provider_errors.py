"""What a provider's refusal means for the send path, decided once, in plain words.

Three outcomes: TRANSIENT (try again later: busy, down, slow, unreachable for now),
RECIPIENT (the number or address itself cannot receive: fail at once, open an
`unreachable` case) and ACCOUNT (our own set-up is wrong: fail at once, a human must fix
the configuration; the alumnus is not to blame). The reason never quotes the provider's
message, which can contain the phone number.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FailureKind(StrEnum):
    TRANSIENT = "transient"
    RECIPIENT = "recipient"
    ACCOUNT = "account"


@dataclass(frozen=True)
class ProviderFailure:
    kind: FailureKind
    reason: str                 # plain words, safe to show and to log
    code: str | None = None     # provider error code or "http-503", "timeout"...
    # True where the provider may have accepted the message although we saw an error
    # (a read timeout, a 5xx): before resending, ask the provider.
    ambiguous: bool = False
    retry_after: float | None = None

    @property
    def permanent(self) -> bool:
        return self.kind != FailureKind.TRANSIENT


# Twilio error codes: https://www.twilio.com/docs/api/errors
RECIPIENT_CODES: dict[int, str] = {
    21211: "the phone number is not a valid number",
    21217: "the phone number does not appear to be valid",
    21401: "the phone number is not a valid number",
    21407: "this number's country is not supported for messaging",
    21408: "messaging to this number's region is not enabled on the account",
    21610: "the recipient has opted out at the carrier (replied STOP)",
    21612: "the number cannot be reached by text message (no route to the carrier)",
    21614: "the number is not a mobile number and cannot receive texts",
    21635: "the number cannot receive this kind of message",
    63003: "the WhatsApp address is not valid",
    63016: "WhatsApp allows only an approved template outside the 24-hour reply window",
    63024: "the recipient is not a valid WhatsApp user",
}

ACCOUNT_CODES: dict[int, str] = {
    20003: "the Twilio credentials were refused (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)",
    20404: "the Twilio account or resource was not found (check the account settings)",
    21212: "the sending number is not valid (check TWILIO_FROM_NUMBER)",
    21606: "the sending number cannot send to this destination (check TWILIO_FROM_NUMBER)",
    21603: "no sending number or messaging service is configured",
    21602: "the message body is empty",
    21617: "the message is longer than the provider allows",
    30002: "the Twilio account is suspended",
    63007: "the WhatsApp sender is not configured (check TWILIO_WHATSAPP_FROM)",
}

# Codes that arrive on status callbacks (the carrier's verdict after acceptance).
DELIVERY_CODES: dict[int, str] = {
    30003: "the handset is unreachable (switched off or out of coverage)",
    30004: "the message was blocked by the recipient or their carrier",
    30005: "the number is unknown or no longer exists",
    30006: "the number is a landline or the carrier cannot deliver to it",
    30007: "the carrier filtered the message as spam",
    30008: "the carrier could not deliver the message (unknown error)",
    30034: "the carrier blocked the message (sender not registered)",
}

TRANSIENT_CODES: dict[int, str] = {
    20429: "Twilio asked us to slow down (too many requests)",
    20500: "Twilio had an internal error",
    20503: "Twilio is temporarily unavailable",
}


def classify_twilio_error(http_status: int | None, code: int | None,
                          retry_after: float | None = None) -> ProviderFailure:
    """Decide from Twilio's HTTP status and error code."""
    tag = str(code) if code else (f"http-{http_status}" if http_status else None)
    if code in RECIPIENT_CODES:
        return ProviderFailure(FailureKind.RECIPIENT, RECIPIENT_CODES[code], tag)
    if code in ACCOUNT_CODES:
        return ProviderFailure(FailureKind.ACCOUNT, ACCOUNT_CODES[code], tag)
    if http_status == 429 or code == 20429:
        return ProviderFailure(FailureKind.TRANSIENT, TRANSIENT_CODES[20429], tag or "http-429",
                               retry_after=retry_after)
    if code in TRANSIENT_CODES:
        return ProviderFailure(FailureKind.TRANSIENT, TRANSIENT_CODES[code], tag, ambiguous=True)
    if http_status is not None and http_status >= 500:
        # A 5xx can come after the message was accepted: ask before resending.
        return ProviderFailure(FailureKind.TRANSIENT, f"Twilio answered with a server error ({http_status})",
                               tag, ambiguous=True)
    if http_status in (401, 403):
        return ProviderFailure(FailureKind.ACCOUNT, ACCOUNT_CODES[20003], tag)
    if code in DELIVERY_CODES:
        return ProviderFailure(FailureKind.RECIPIENT, DELIVERY_CODES[code], tag)
    # Any other 4xx is a request Twilio will refuse again: retrying cannot help.
    return ProviderFailure(FailureKind.ACCOUNT,
                           f"Twilio refused the request (HTTP {http_status}, error {code or 'none'})", tag)


def classify_network_error(kind: str) -> ProviderFailure:
    """kind: "connect" (refused, DNS, connect timeout: nothing was sent) or "read"
    (the request went out and no answer came back: it may have been accepted)."""
    if kind == "connect":
        return ProviderFailure(FailureKind.TRANSIENT, "could not connect to the provider", "connect-error")
    return ProviderFailure(FailureKind.TRANSIENT, "the provider did not answer in time", "timeout",
                           ambiguous=True)


def classify_smtp_error(smtp_code: int | None, *, recipient_refused: bool = False,
                        auth_failed: bool = False) -> ProviderFailure:
    """SMTP: 4xx is 'try later', 5xx is final; a refused recipient is the address's fault."""
    tag = f"smtp-{smtp_code}" if smtp_code else "smtp"
    if auth_failed:
        return ProviderFailure(FailureKind.ACCOUNT, "the mail server refused our login (check SMTP_URL)", tag)
    if smtp_code is not None and 400 <= smtp_code < 500:
        return ProviderFailure(FailureKind.TRANSIENT, f"the mail server asked us to try later ({smtp_code})", tag)
    if recipient_refused:
        return ProviderFailure(FailureKind.RECIPIENT, "the mail server refused the email address", tag)
    if smtp_code is not None and smtp_code >= 500:
        return ProviderFailure(FailureKind.ACCOUNT, f"the mail server refused the message ({smtp_code})", tag)
    return ProviderFailure(FailureKind.TRANSIENT, "the mail server could not be reached", tag)


def describe_delivery_error(code: str | int | None) -> str:
    """Plain words for an error code on a status callback."""
    try:
        number = int(code) if code not in (None, "") else None
    except (TypeError, ValueError):
        number = None
    if number is None:
        return "the carrier could not deliver the message"
    for table in (DELIVERY_CODES, RECIPIENT_CODES, ACCOUNT_CODES):
        if number in table:
            return table[number]
    return f"the carrier could not deliver the message (error {number})"


def backoff_seconds(attempt: int, *, base: float = 5.0, cap: float = 600.0, jitter: float = 0.0,
                    retry_after: float | None = None) -> float:
    """Exponential backoff before attempt `attempt + 1` (attempt counts from 1), with
    `jitter` in [0, 1) spreading retries so many failures do not come back together.
    A provider's Retry-After is a floor."""
    growth: int = 2 ** max(0, attempt - 1)  # never negative, so an int, never a float
    delay = min(cap, base * growth)
    delay = delay * (0.5 + jitter)  # "equal jitter": between half and one and a half
    if retry_after:
        delay = max(delay, retry_after)
    return delay


def provider_seems_down(failure: ProviderFailure) -> bool:
    """Does this failure say the provider itself is unreachable or broken (refused
    connection, no answer, 5xx), as opposed to busy (429, our own cap) or refusing this one
    message? Only these count towards pausing all sending."""
    if failure.kind != FailureKind.TRANSIENT:
        return False
    code = failure.code or ""
    if code in ("connect-error", "timeout", "smtp") or code in ("20500", "20503"):
        return True
    return code.startswith("http-5")
