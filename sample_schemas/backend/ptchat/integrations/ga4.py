"""Google Analytics 4 Measurement Protocol: server-side events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import requests

from ptchat.models import UserSession
from ptchat.settings import settings

GA_COLLECT_URL = "https://www.google-analytics.com/mp/collect"
SERVER_CLIENT_ID = "ptchat-server.1"


def _credentials() -> dict[str, str]:
    return {"measurement_id": settings.ga_measurement_id, "api_secret": settings.ga_api_secret}


def _collect(client_id: str, events: list[dict[str, Any]], user_id: int | None = None) -> None:
    """Send one batch of events for one client (at most 25 events per request)."""
    payload: dict[str, Any] = {"client_id": client_id, "events": events}
    if user_id is not None:
        payload["user_id"] = str(user_id)
    response = requests.post(GA_COLLECT_URL, params=_credentials(), json=payload, timeout=5)
    response.raise_for_status()


def track_login(user_session: UserSession, method: str) -> None:
    """A member signed in; mobile clients add the location fix they took at launch."""
    params: dict[str, Any] = {"method": method, "platform": user_session.device_type}
    if user_session.latitude is not None:
        params["latitude"] = round(user_session.latitude, 5)
        params["longitude"] = round(user_session.longitude, 5)
    _collect(user_session.device_id or SERVER_CLIENT_ID, [{"name": "login", "params": params}],
             user_id=user_session.user_id)


def track_purchase(device_id: str, user_id: int, value_cents: int, currency: str) -> None:
    """A member bought credits."""
    event = {"name": "purchase", "params": {"value": value_cents / 100, "currency": currency}}
    _collect(device_id, [event], user_id=user_id)


def send_member_counts(rows: Iterable[Sequence[Any]]) -> None:
    """Report the number of active members per country (no member is identifiable)."""
    events = [{"name": "members_by_country", "params": {"country": country, "members": members}}
              for country, members in rows]
    for start in range(0, len(events), 25):
        batch = {"client_id": SERVER_CLIENT_ID, "events": events[start:start + 25]}
        requests.post(GA_COLLECT_URL, params=_credentials(), json=batch, timeout=5).raise_for_status()
