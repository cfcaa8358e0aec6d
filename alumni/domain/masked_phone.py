"""A phone number shown only far enough to tell two people apart."""
from __future__ import annotations


def masked_phone(phone: str | None) -> str:
    """+919812345678 -> '•••• 5678': enough for staff to check it against the number that
    wrote in, not enough to dial."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if len(digits) < 6:
        return "—" if not digits else "••••"
    return f"•••• {digits[-4:]}"
