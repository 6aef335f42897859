"""Meta Conversions API: server-side signup and purchase events for ad attribution."""

from __future__ import annotations

import hashlib
import time

from facebook_business.adobjects.serverside.event import Event
from facebook_business.adobjects.serverside.event_request import EventRequest
from facebook_business.adobjects.serverside.user_data import UserData
from facebook_business.api import FacebookAdsApi

from ptchat.models import User
from ptchat.settings import settings

FacebookAdsApi.init(access_token=settings.fb_access_token)


def _sha256(value: str) -> str:
    """Normalise and hash a value the way Meta's advanced matching expects."""
    return hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()


def send_conversion(event_name: str, user: User, ip: str, user_agent: str) -> None:
    """Credit the campaign that brought ``user`` with a conversion (signup, purchase)."""
    user_data = UserData(emails=[_sha256(user.email)], external_ids=[_sha256(str(user.id))],
                         client_ip_address=ip, client_user_agent=user_agent)
    event = Event(event_name=event_name, event_time=int(time.time()), user_data=user_data, action_source="website")
    EventRequest(pixel_id=settings.fb_pixel_id, events=[event]).execute()  # datamap: purpose=marketing.advertising.third_party.targeted
