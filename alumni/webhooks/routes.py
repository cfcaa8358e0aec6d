"""Imports every webhook module so its routes attach to the blueprint."""
from alumni.webhooks import (  # noqa: F401
    email_inbound,
    twilio_inbound,
    twilio_status,  # noqa: F401
)
