"""Error tracking with Sentry."""

from __future__ import annotations

import sentry_sdk

from ptchat.models import DirectMessage, User
from ptchat.settings import settings


def init_monitoring() -> None:
    """Start the Sentry client; request bodies and cookies are not attached by default."""
    sentry_sdk.init(dsn=settings.sentry_dsn, environment=settings.environment, traces_sample_rate=0.05,
                    send_default_pii=False)


def identify(user: User, ip: str) -> None:
    """Attach the signed-in member to every error reported from this request."""
    sentry_sdk.set_user({"id": user.id, "email": user.email, "ip_address": ip})


def report_delivery_failure(message: DirectMessage, error: Exception) -> None:
    """A private message could not be delivered; keep what support needs to replay it."""
    sentry_sdk.set_context("direct_message", {"id": message.id, "recipient": message.recipient, "body": message.body})
    sentry_sdk.capture_exception(error)
