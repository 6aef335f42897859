"""Transactional e-mail through SendGrid dynamic templates."""

from __future__ import annotations

from datetime import date

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from ptchat.models import User
from ptchat.settings import settings

SENDER = "Paltalk-style Chat <no-reply@ptchat.example>"
WELCOME_TEMPLATE = "d-0c1f2e3d4c5b4a69a8b7c6d5e4f3a2b1"
BIRTHDAY_TEMPLATE = "d-9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"

client = SendGridAPIClient(settings.sendgrid_api_key)


def send_welcome(user: User) -> None:
    """The welcome mail with the member's nickname."""
    message = Mail(from_email=SENDER, to_emails=user.email)
    message.template_id = WELCOME_TEMPLATE
    message.dynamic_template_data = {"nickname": user.nickname}
    client.send(message)


def send_birthday_greeting(user: User, today: date) -> None:
    """A birthday mail with a free gift; the template prints the date and the age."""
    message = Mail(from_email=SENDER, to_emails=user.email)
    message.template_id = BIRTHDAY_TEMPLATE
    message.dynamic_template_data = {
        "nickname": user.nickname,
        "date_of_birth": user.date_of_birth.isoformat(),
        "age": today.year - user.date_of_birth.year,
    }
    client.send(message)
