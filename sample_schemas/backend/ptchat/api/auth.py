"""Sign-up and sign-in."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timezone

import bcrypt
from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from ptchat import monitoring
from ptchat.api.deps import client_ip
from ptchat.db import get_session
from ptchat.integrations import appsflyer, facebook, ga4, mailchimp_audience, sendgrid_mail
from ptchat.models import AdAttribution, PrivacyConsent, User, UserSession
from ptchat.schemas import LoginRequest, MemberOut, SignupRequest

TERMS_VERSION = "2024-03"

router = APIRouter(prefix="/v1/auth", tags=["auth"])
logger = logging.getLogger("ptchat.auth")


@router.post("/signup", response_model=MemberOut)
def signup(payload: SignupRequest, request: Request, session: Session = Depends(get_session)) -> MemberOut:
    ip = client_ip(request.headers.get("x-forwarded-for"), request.client.host)
    user_agent = request.headers.get("user-agent", "")
    password_hash = bcrypt.hashpw(payload.password.encode("utf-8"), bcrypt.gensalt(12)).decode("ascii")
    user = User(nickname=payload.nickname, email=payload.email, password_hash=password_hash,
                date_of_birth=payload.date_of_birth, locale=payload.locale, signup_ip=ip)
    session.add(user)
    session.flush()
    session.add(PrivacyConsent(user_id=user.id, newsletter_opt_in=payload.newsletter_opt_in,
                               terms_version=TERMS_VERSION, recorded_at=datetime.now(timezone.utc)))
    attribution = None
    if payload.advertising_id:
        attribution = AdAttribution(user_id=user.id, advertising_id=payload.advertising_id, ip_address=ip,
                                    user_agent=user_agent, installed_at=datetime.now(timezone.utc))
        session.add(attribution)
    session.commit()

    sendgrid_mail.send_welcome(user)
    facebook.send_conversion("CompleteRegistration", user, ip, user_agent)
    if attribution is not None:
        appsflyer.report_registration(user, attribution)
    if payload.newsletter_opt_in:
        mailchimp_audience.subscribe(user.email, user.nickname, user.locale)
    return MemberOut(id=user.id, nickname=user.nickname, locale=user.locale, country_code=user.country_code)


@router.post("/login")
def login(payload: LoginRequest, request: Request, session: Session = Depends(get_session)) -> dict[str, str]:
    row = session.execute(
        text("SELECT id, password_hash FROM app.users WHERE lower(nickname) = lower(:login) OR email = :login"),
        {"login": payload.nickname_or_email},
    ).first()
    if row is None or not bcrypt.checkpw(payload.password.encode("utf-8"), row.password_hash.encode("ascii")):
        raise HTTPException(status_code=401, detail="wrong nickname or password")
    user = session.get(User, row.id)
    ip = client_ip(request.headers.get("x-forwarded-for"), request.client.host)
    user_session = UserSession(user_id=user.id, session_token=secrets.token_urlsafe(32), ip_address=ip,
                               user_agent=request.headers.get("user-agent"), device_id=payload.device_id,
                               device_type="web", latitude=payload.latitude, longitude=payload.longitude,
                               started_at=datetime.now(timezone.utc))
    user.last_login_at = user_session.started_at
    session.add(user_session)
    session.commit()

    logger.info(f"login {user.email} from {ip}")
    monitoring.identify(user, ip)
    ga4.track_login(user_session, method="password")
    return {"session_token": user_session.session_token}
