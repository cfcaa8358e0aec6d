"""Relapse and craving evidence read across the whole message."""
from __future__ import annotations


def use_findings(c):
    return []
