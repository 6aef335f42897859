"""Private messages between members."""

from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from ptchat import monitoring, realtime
from ptchat.api.deps import current_user
from ptchat.db import get_session
from ptchat.models import DirectMessage, User
from ptchat.schemas import DirectMessageIn

router = APIRouter(prefix="/v1/messages", tags=["chat"])


@router.post("")
def send_direct_message(body: DirectMessageIn, user: User = Depends(current_user),
                        session: Session = Depends(get_session)) -> dict[str, int]:
    message = DirectMessage(sender_id=user.id, recipient=body.recipient_id, body=body.body,
                            created_at=datetime.now(timezone.utc))
    session.add(message)
    session.commit()
    try:
        realtime.publish(message)
    except realtime.DeliveryError as error:
        monitoring.report_delivery_failure(message, error)
    return {"id": message.id}
