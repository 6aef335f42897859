"""Delivery of private messages to connected clients through the in-house Redis hub."""

from __future__ import annotations

import json

import redis

from ptchat.models import DirectMessage
from ptchat.settings import settings

hub = redis.Redis.from_url(settings.redis_url)


class DeliveryError(RuntimeError):
    """The hub did not accept the message."""


def publish(message: DirectMessage) -> None:
    """Push the message to the recipient's channel; raise DeliveryError when the hub is down."""
    payload = json.dumps({"id": message.id, "from": message.sender_id, "body": message.body})
    try:
        hub.publish(f"dm:{message.recipient}", payload)
    except redis.RedisError as error:
        raise DeliveryError(str(error)) from error
