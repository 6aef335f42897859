"""Shared route dependencies."""

from __future__ import annotations

from fastapi import Depends, Header, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from ptchat.db import get_session
from ptchat.models import User, UserSession


def current_user(x_pt_session: str = Header(), session: Session = Depends(get_session)) -> User:
    """The member whose session token came in the X-PT-Session header."""
    query = select(User).join(UserSession).where(UserSession.session_token == x_pt_session, UserSession.ended_at.is_(None))
    user = session.scalars(query).first()
    if user is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return user


def client_ip(forwarded_for: str | None, peer: str) -> str:
    """The caller's address: the first X-Forwarded-For hop set by our load balancer, else the peer."""
    return forwarded_for.split(",")[0].strip() if forwarded_for else peer
