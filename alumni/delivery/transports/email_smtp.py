"""Email over SMTP: SMTP_URL (smtp://user:pass@host:port, smtps://... for TLS from the
start, ?starttls=true to upgrade a plain connection), MAIL_FROM. Works with Twilio
SendGrid's SMTP relay (smtp://apikey:<key>@smtp.sendgrid.net:587?starttls=true) and any
SMTP server. Each message has a text part and an HTML part, both from Jinja2 templates
under templates/email/.
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import parse_qs, unquote, urlsplit

from flask import render_template

from alumni.delivery.transports.base import OutboundMessage, SendResult
from alumni.delivery.transports.twilio_sms import transport_error
from alumni.domain.provider_errors import classify_smtp_error
from alumni.domain.vocabulary import Channel

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str = ""
    password: str = ""
    implicit_tls: bool = False
    starttls: bool = False
    timeout: float = 20.0

    @classmethod
    def from_url(cls, url: str, timeout: float = 20.0) -> SmtpSettings:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError("SMTP_URL must start with smtp:// or smtps://")
        if not parts.hostname:
            raise ValueError("SMTP_URL names no host")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        implicit = parts.scheme == "smtps"
        return cls(host=parts.hostname, port=parts.port or (465 if implicit else 25),
                   username=unquote(parts.username or ""), password=unquote(parts.password or ""),
                   implicit_tls=implicit, starttls=query.get("starttls", "").lower() in _TRUE,
                   timeout=timeout)


def render_email_parts(body: str, subject: str, *, show_centre: bool = True) -> tuple[str, str]:
    """(text, html) for a message body. In discreet mode (show_centre False) neither part
    names the centre."""
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    context = {"body": body, "paragraphs": paragraphs, "subject": subject, "show_centre": show_centre}
    return (render_template("email/message.txt", **context),
            render_template("email/message.html", **context))


class SmtpEmailTransport:
    channel = Channel.EMAIL

    def __init__(self, settings: SmtpSettings, mail_from: str):
        self.settings = settings
        self.mail_from = mail_from

    @classmethod
    def from_config(cls, config) -> SmtpEmailTransport:
        return cls(SmtpSettings.from_url(config["SMTP_URL"]), config["MAIL_FROM"])

    def compose(self, message: OutboundMessage) -> EmailMessage:
        if message.html is None:
            text, html = render_email_parts(message.body, message.subject)
        else:
            text, html = message.body, message.html
        email = EmailMessage()
        email["From"] = self.mail_from
        email["To"] = message.to
        email["Subject"] = message.subject or "Hello"
        domain = self.mail_from.rpartition("@")[2].strip(">") or "localhost"
        email["Message-ID"] = f"<{message.message_key}@{domain}>" if message.message_key else make_msgid(domain=domain)
        email.set_content(text)
        email.add_alternative(html, subtype="html")
        return email

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.implicit_tls:
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            if s.starttls:
                smtp.starttls(context=ssl.create_default_context())
        if s.username:
            smtp.login(s.username, s.password)
        return smtp

    def send(self, message: OutboundMessage) -> SendResult:
        email = self.compose(message)
        try:
            with self._connect() as smtp:
                smtp.send_message(email)
        except smtplib.SMTPAuthenticationError as exc:
            raise transport_error(classify_smtp_error(exc.smtp_code, auth_failed=True)) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise transport_error(classify_smtp_error(codes[0] if codes else 550, recipient_refused=True)) from None
        except smtplib.SMTPResponseException as exc:
            raise transport_error(classify_smtp_error(exc.smtp_code)) from None
        except (TimeoutError, smtplib.SMTPException, OSError):
            raise transport_error(classify_smtp_error(None)) from None
        return SendResult(provider_id=email["Message-ID"].strip("<>")[:64], status="sent")
