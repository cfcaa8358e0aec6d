"""Imports every webhook module so its routes attach to the blueprint."""
from alumni.webhooks import email_inbound, twilio_inbound  # noqa: F401
from alumni.webhooks import twilio_status  # noqa: F401
