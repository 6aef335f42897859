"""Mailchimp: the newsletter audience."""

from __future__ import annotations

import hashlib

import mailchimp_marketing as MailchimpMarketing

from ptchat.settings import settings

client = MailchimpMarketing.Client()
client.set_config({"api_key": settings.mailchimp_api_key, "server": settings.mailchimp_server})


def subscribe(email: str, nickname: str, language: str) -> None:
    """Add or update a newsletter subscriber."""
    member = {"email_address": email, "status_if_new": "subscribed", "language": language[:2],
              "merge_fields": {"NICK": nickname}}
    subscriber_hash = hashlib.md5(email.lower().encode("utf-8")).hexdigest()
    # datamap: purpose=marketing.communications
    client.lists.set_list_member(settings.mailchimp_list_id, subscriber_hash, member)
