"""AppsFlyer server-to-server in-app events for install attribution."""

from __future__ import annotations

import json

import requests

from ptchat.models import AdAttribution, User
from ptchat.settings import settings

S2S_URL = "https://api2.appsflyer.com/inappevent/{app_id}"


def report_registration(user: User, attribution: AdAttribution) -> None:
    """Tell the attribution partner that the install it credited became a member."""
    body = {
        "appsflyer_id": attribution.click_id,
        "advertising_id": str(attribution.advertising_id),
        "customer_user_id": str(user.id),
        "ip": attribution.ip_address,
        "eventName": "af_complete_registration",
        "eventValue": json.dumps({"af_registration_method": "email", "af_email": user.email}),
    }
    headers = {"authentication": settings.appsflyer_dev_key, "Content-Type": "application/json"}
    # datamap: purpose=analytics.reporting.ad_performance
    response = requests.post(S2S_URL.format(app_id=settings.appsflyer_app_id), json=body, headers=headers, timeout=5)
    response.raise_for_status()
