"""A mentor's CONCERN about a mentee (a reply handler listed in alumni/wiring.py): the
mentor texts CONCERN (en/hi/mr, alumni.domain.keywords.match_concern) and a call-back case
opens on the mentee's record, with a short acknowledgement to the mentor.

With several mentees, "CONCERN Ravi" names one by first name; CONCERN alone (or a name
that matches none of them) is about the most recent match, and the case note lists the
others so staff check whom it is about. From someone who mentors nobody now, CONCERN is
ordinary free text that a person reads."""
from __future__ import annotations

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.domain.keywords import match_concern
from alumni.domain.supporter_texts import concern_text, pick_named
from alumni.models import FollowUpReason
from alumni.peer.mentors import current_matches_of_mentor


def handle_mentor_concern(message, sender, reply):
    """Claim a mentor's CONCERN (a HandledReply) or return None for ordinary handling."""
    from alumni.replies.inbound_actions import HandledReply

    concern, named = match_concern(message.body)
    if not concern:
        return None
    alumnus = sender.alumnus
    matches = current_matches_of_mentor(alumnus.id)
    if not matches:
        return None
    index = pick_named(named, [match.mentee.first_name for match in matches])
    match = matches[index if index is not None else 0]
    mentee = match.mentee
    note = f"Raised by their mentor {alumnus.full_name}"
    others = [m.mentee.full_name for m in matches if m.id != match.id]
    if others and index is None:
        note += f" (also mentors {', '.join(others)}: check whom it is about)"
    case, created = open_case(mentee.id, FollowUpReason.CALLBACK, message_id=message.id, note=note)
    for alumnus_id in (mentee.id, alumnus.id):
        audit("mentor.concern", alumnus_id=alumnus_id,
              detail={"match_id": match.id, "followup_id": case.id, "message_id": message.id})
    word = "opened a call-back case" if created else "added to the open call-back case"
    return HandledReply(handling=f"CONCERN from a mentor about {mentee.full_name}: {word} on their record",
                        answer=concern_text(alumnus.language))
