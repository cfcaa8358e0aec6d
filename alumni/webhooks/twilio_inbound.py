"""POST /webhooks/twilio/sms: an inbound SMS or WhatsApp message from Twilio.

Forged or unsigned -> 403 and nothing stored; a body that is not a Twilio message -> 400;
otherwise TwiML with our answer (an empty <Response/> when there is nothing to say).

Twilio never retries a message webhook, so a text that cannot be stored because the
database is unavailable is kept in the inbound spool for replay and answered at once:
the helpline when it names a crisis, else nothing (docs/safety-net.md)."""
from __future__ import annotations

from functools import lru_cache

from flask import Response, abort, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from alumni.core.database_outage import database_unavailable
from alumni.domain.offline_answer import offline_answer
from alumni.replies.inbound import handle_inbound
from alumni.replies.inbound_forms import twilio_message
from alumni.replies.inbound_replay import replay_soon
from alumni.replies.inbound_spool import TWILIO
from alumni.webhooks import bp
from alumni.webhooks.signature import require_twilio_signature
from alumni.webhooks.spooling import keep_for_replay


@lru_cache(maxsize=512)
def twiml_text(answer: str | None) -> str:
    """The TwiML for an answer. Answers come from a small set of fixed texts, so each is
    built (through ElementTree) once per worker, not once per message."""
    response = MessagingResponse()
    if answer:
        response.message(answer)
    return str(response)


def twiml(answer: str | None) -> Response:
    return Response(twiml_text(answer), status=200, mimetype="application/xml")


@bp.route("/twilio/sms", methods=["POST"])
@require_twilio_signature
def twilio_sms():
    config = current_app.config
    inbound = twilio_message(request.form, config["DEFAULT_REGION"])
    if inbound is None:
        abort(400)
    try:
        result = handle_inbound(inbound)
    except Exception as error:
        if not database_unavailable(error):
            raise
        keep_for_replay(TWILIO, error)
        return twiml(offline_answer(inbound.body, helpline=config["CRISIS_HELPLINE"],
                                    centre=config["CENTRE_NAME"]))
    replay_soon()
    return twiml(result.reply)
