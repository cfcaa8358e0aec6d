"""Media sent with an inbound message (pictures, voice notes, files): the message row keeps
their content types (messages.attachments), so a message from an unknown number that staff
link later from the unknown-senders inbox is handled as it would have been from a known
sender, and the inbox says that media came."""

from alumni.extensions import db
from alumni.models import FollowUp, FollowUpReason, Message
from tests.support.factories import make_alumnus
from tests.support.inbound import post_sms

STRANGER = "+919812345670"
LINKED = "Linked by staff from the unknown-senders inbox. "


def one_picture(sms, sender, body=""):
    response = post_sms(sms, body, sender, NumMedia="1", MediaContentType0="image/jpeg",
                        MediaUrl0="https://api.twilio.com/media/ME1")
    assert response.status_code == 200
    return db.session.scalar(db.select(Message).where(Message.from_addr == sender))


def cases_of(alumnus):
    return db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus.id)).all()


def test_the_content_types_of_media_from_a_known_sender_are_stored_with_the_message(sms):
    alumnus = make_alumnus()
    post_sms(sms, "4", alumnus.phone, NumMedia="2", MediaContentType0="image/jpeg",
             MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType1="audio/ogg",
             MediaUrl1="https://api.twilio.com/media/ME2")
    [message] = db.session.scalars(db.select(Message)).all()
    assert message.attachments == "image/jpeg audio/ogg"
    plain = make_alumnus()
    post_sms(sms, "4", plain.phone)
    assert db.session.scalar(db.select(Message.attachments).where(Message.from_addr == plain.phone)) == ""


def test_a_picture_from_an_unknown_number_linked_from_the_inbox_is_handled_as_from_a_known_sender(
        sms, login_as):
    known = make_alumnus()
    from_known = one_picture(sms, known.phone)
    assert from_known.handling.startswith("Sent 1 picture (not stored here)")

    stranger = one_picture(sms, STRANGER)
    assert stranger.alumnus_id is None and stranger.attachments == "image/jpeg"
    coordinator = login_as("coordinator")
    page = coordinator.get("/inbox/unknown").get_data(as_text=True)
    assert STRANGER in page and "sent 1 picture, not stored here" in page

    alumnus = make_alumnus()
    response = coordinator.post(f"/inbox/unknown/{stranger.id}/link", data={"alumnus": alumnus.phone})
    assert response.status_code == 302
    db.session.expire_all()
    linked = db.session.get(Message, stranger.id)
    assert linked.alumnus_id == alumnus.id
    assert linked.handling == LINKED + from_known.handling
    assert [(c.reason, c.message_id) for c in cases_of(alumnus)] == [(FollowUpReason.UNREAD_TEXT, linked.id)]
    assert [c.reason for c in cases_of(known)] == [FollowUpReason.UNREAD_TEXT]


def test_a_message_with_no_media_shows_none_in_the_inbox(sms, login_as):
    post_sms(sms, "who is this", STRANGER)
    page = login_as("staff").get("/inbox/unknown").get_data(as_text=True)
    assert "who is this" in page and "not stored here" not in page


def test_more_content_types_than_the_column_holds_keep_whole_entries_only(sms):
    sent = [f"application/vnd.example.{i}-{'x' * 50}" for i in range(10)]   # ~750 characters
    media = {}
    for i, content_type in enumerate(sent):
        media[f"MediaContentType{i}"] = content_type
        media[f"MediaUrl{i}"] = f"https://api.twilio.com/media/ME{i}"
    alumnus = make_alumnus()
    assert post_sms(sms, "", alumnus.phone, NumMedia="10", **media).status_code == 200
    [message] = db.session.scalars(db.select(Message)).all()
    stored = message.attachments.split(" ")
    assert len(message.attachments) <= 400 and stored == sent[:len(stored)] and len(stored) >= 4
