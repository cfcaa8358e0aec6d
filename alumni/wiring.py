"""Who takes part in the shared seams, listed in one place.

Five seams let one area add to what another does without editing it: the inbound
pipeline's reply handlers, the alumnus's timeline, the variables a message template may
use, the panels on the profile page, and what a contact's or case's outcome leads to.
Each list is written out here and read where it is used, so a worker, a CLI command or a
replay of inbound texts sees the same handlers as a web request, whatever that process
happened to import.

The imports sit inside the functions because the members import the modules that read
these lists (inbound, timeline, render): a call runs after every module has loaded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alumni.core.timeline import TimelineSource
    from alumni.replies.inbound_actions import ReplyHandler


def reply_handlers() -> tuple[ReplyHandler, ...]:
    """Asked in order, before ordinary handling, about each reply from a known alumnus
    that is not a compliance keyword, a crisis, an urgent plea or a call request; the
    first to claim it (a HandledReply rather than None) has dealt with it."""
    from alumni.replies.mentor_concern import handle_mentor_concern
    from alumni.replies.monitor_replies import handle_monitor_reply
    from alumni.replies.peer_replies import handle_peer_reply
    # The monitor before peer support: it weighs its question against open invitations and
    # check-ins (alumni/domain/reply_attribution.py); peer support's look-up knows no monitor.
    return (handle_mentor_concern,   # a mentor's CONCERN about a mentee
            handle_monitor_reply,    # an answer to the recovery monitor's open question
            handle_peer_reply)       # MENTOR requests and YES/NO to an invitation


def timeline_sources() -> tuple[TimelineSource, ...]:
    """fn(alumnus_id) -> list[TimelineEntry]; within one instant, the earlier source's
    entries come first."""
    from alumni.core.timeline import RECORD_SOURCES
    from alumni.delivery.delivery_status import delivery_failures
    from alumni.peer.cohort_messages import group_message_timeline
    from alumni.peer.peer_timeline import peer_timeline
    from alumni.recovery.referral_timeline import referral_entries
    from alumni.workspace.ladder_timeline import ladder_entries
    return (*RECORD_SOURCES, peer_timeline, group_message_timeline, ladder_entries, delivery_failures,
            referral_entries)


def message_variable_sources() -> tuple:
    """fn(checkin) -> dict of template variables (names from TEMPLATE_VARIABLES) that
    only one area knows, e.g. an invitation's event_title; {} when it has none."""
    from alumni.peer.cohort_messages import group_message_context
    from alumni.peer.peer_messages import peer_context
    from alumni.recovery.milestones_texts import milestone_context
    from alumni.recovery.monitor import monitor_context
    return (peer_context, milestone_context, monitor_context, group_message_context)


def profile_panels() -> tuple:
    """(template, fn(alumnus) -> dict | None) in the order shown on the profile page; the
    template lives under templates/alumni/panels/, and None hides the panel."""
    from alumni.peer.peer_timeline import peer_panel
    from alumni.web.plans.panel import checkins_panel
    from alumni.web.recovery.milestone_panel import milestone_panel
    from alumni.web.recovery.referral_panel import referral_panel
    from alumni.web.recovery.trajectory_panel import trajectory_panel
    from alumni.web.workspace.profile_panels import workspace_panel
    return (("alumni/panels/peer_support.html", peer_panel),
            ("alumni/panels/followup.html", workspace_panel),
            ("recovery/milestone_panel.html", milestone_panel),
            ("recovery/referral_panel.html", referral_panel),
            ("alumni/panels/trajectory.html", trajectory_panel),
            ("alumni/panels/checkins.html", checkins_panel))


def outcome_listeners() -> tuple:
    """fn(*, alumnus_id, followup_id, outcome, note, by), told of every contact staff log
    and every case they resolve, in that transaction before it commits."""
    from alumni.recovery.referrals import referral_for_outcome
    return (referral_for_outcome,)
