"""Whether an inbound email may act as the person its From address names.

A From header is whatever the sender typed, so an email acts as an alumnus (STOP, START,
scores, RSVPs, cases tied to them) only when the receiving mail service vouches for its
domain, as SendGrid Inbound Parse reports it:
- DKIM: a signature that passed for a domain aligned with the From domain, or
- SPF: a pass for the envelope sender (MAIL FROM), whose domain is aligned with the From
  domain (an SPF pass says nothing about the From header on its own).

Aligned: the same domain, or one a subdomain of the other (DMARC's relaxed alignment
without a public-suffix list). A sibling never aligns (bank.co.uk and evil.co.uk share
only a public suffix), and a bare top-level domain never does: nobody can sign or pass SPF
for "com" or "co.uk" without the registry's DNS.

Anything else (a verdict missing, "softfail", "neutral", a signature for another domain)
is unverified. Pure: no Flask, no database."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

# SendGrid's dkim field: "{@example.org : pass}" or "{@a.example : pass, @b.example : fail}";
# a JSON object of the same pairs is read too.
_DKIM_ENTRY = re.compile(r"@?([a-z0-9][a-z0-9.-]*)\s*\"?\s*:\s*\"?\s*([a-z]+)")


@dataclass(frozen=True)
class Authenticity:
    verified: bool
    reason: str     # plain words, for the message's handling line


def judge_email(from_addr: str, spf: str | None, dkim: str | None, envelope_from: str | None) -> Authenticity:
    """Verified when DKIM passed for a domain aligned with from_addr's, or SPF passed for an
    envelope sender whose domain is aligned with it."""
    domain = address_domain(from_addr)
    if not domain:
        return Authenticity(False, "no sender domain")
    signers = passing_dkim_domains(dkim)
    for signer in signers:
        if aligned(signer, domain):
            return Authenticity(True, f"DKIM passed for {signer}")
    envelope_domain = address_domain(envelope_from or "")
    spf_passed = spf_verdict(spf) == "pass"
    if spf_passed and envelope_domain and aligned(envelope_domain, domain):
        return Authenticity(True, f"SPF passed for {envelope_domain}")
    if not (dkim or "").strip() and not (spf or "").strip():
        return Authenticity(False, f"no DKIM or SPF result for {domain}")
    return Authenticity(False, f"DKIM and SPF did not pass for {domain}")


def address_domain(address: str) -> str:
    """The domain of an email address, lower case, without a trailing dot; "" if none."""
    _, at, domain = (address or "").strip().rpartition("@")
    domain = _ascii(domain.strip().rstrip(".").lower())
    return domain if at and _is_domain(domain) else ""


def passing_dkim_domains(dkim: str | None) -> list[str]:
    """The domains whose DKIM signature passed, in the order given."""
    text = (dkim or "").lower()
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        pairs = [(str(key), str(value)) for key, value in parsed.items()]
    else:
        pairs = _DKIM_ENTRY.findall(text)
    domains = []
    for domain, result in pairs:
        domain = _ascii(domain.strip().lstrip("@").rstrip("."))
        if result.strip() == "pass" and _is_domain(domain) and domain not in domains:
            domains.append(domain)
    return domains


def spf_verdict(spf: str | None) -> str:
    """The SPF result word ("pass", "softfail", ...): the first word, lower case."""
    words = (spf or "").strip().lower().split()
    return words[0].strip(";:,()") if words else ""


def aligned(domain: str, from_domain: str) -> bool:
    """The same domain, or one a subdomain of the other; never a bare top-level domain."""
    if domain == from_domain:
        return True
    shorter, longer = sorted((domain, from_domain), key=len)
    return "." in shorter and longer.endswith("." + shorter)


def _ascii(domain: str) -> str:
    """An internationalised domain as DNS (and DKIM results) spell it: xn--... labels."""
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return domain


def _is_domain(text: str) -> bool:
    labels = text.split(".")
    return len(labels) >= 2 and all(labels) and all(re.fullmatch(r"[a-z0-9-]+", label) for label in labels)
