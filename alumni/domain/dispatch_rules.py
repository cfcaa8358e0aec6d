"""What the dispatcher does with one due check-in: send it, skip it (with the reason a
coordinator reads), or hold it until quiet hours end. The rule itself is may_send
(alumni/domain/send_rules.py), shared with check-in now and the sender."""
from __future__ import annotations

from alumni.domain.send_rules import DEFER, QUEUE, SKIP, STATUS_REASONS, Decision, may_send

decide = may_send

__all__ = ["DEFER", "QUEUE", "SKIP", "STATUS_REASONS", "Decision", "decide", "may_send"]
