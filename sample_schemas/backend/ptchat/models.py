"""ORM models of the tables the API reads and writes (DDL: sample_schemas/postgres/)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.dialects.postgresql import INET, UUID
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ptchat.db import Base


class User(Base):
    __tablename__ = "users"
    __table_args__ = {"schema": "app"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    nickname: Mapped[str] = mapped_column(String, unique=True)
    email: Mapped[str] = mapped_column(String, unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    email_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String, default="pending")
    locale: Mapped[str] = mapped_column(String(16), default="en-US")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    country_code: Mapped[str | None] = mapped_column(String(2))
    phone_number: Mapped[str | None] = mapped_column(String(32))
    signup_ip: Mapped[str | None] = mapped_column(INET)
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime]

    sessions: Mapped[list[UserSession]] = relationship(back_populates="user")
    payment_methods: Mapped[list[PaymentMethod]] = relationship(back_populates="user")


class UserSession(Base):
    __tablename__ = "sessions"
    __table_args__ = {"schema": "app"}

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    user_id: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    session_token: Mapped[str] = mapped_column(Text)
    ip_address: Mapped[str] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
    device_id: Mapped[str | None] = mapped_column(Text)
    device_type: Mapped[str] = mapped_column(String)
    os_name: Mapped[str | None] = mapped_column(String(32))
    app_version: Mapped[str | None] = mapped_column(String(32))
    referrer: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(back_populates="sessions")


class PrivacyConsent(Base):
    __tablename__ = "privacy_consents"
    __table_args__ = {"schema": "app"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    marketing_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    newsletter_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    personalized_ads: Mapped[bool] = mapped_column(Boolean, default=True)
    terms_version: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime]


class DirectMessage(Base):
    __tablename__ = "direct_messages"
    __table_args__ = {"schema": "chat"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    recipient: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    body: Mapped[str | None] = mapped_column(Text)
    attachment_url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class PaymentMethod(Base):
    __tablename__ = "payment_methods"
    __table_args__ = {"schema": "billing"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    card_brand: Mapped[str | None] = mapped_column(String(16))
    card_last4: Mapped[str | None] = mapped_column(String(4))
    processor_token: Mapped[str] = mapped_column(Text)
    billing_name: Mapped[str | None] = mapped_column(String(120))
    billing_postal_code: Mapped[str | None] = mapped_column(String(16))
    billing_country: Mapped[str | None] = mapped_column(String(2))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship(back_populates="payment_methods")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = {"schema": "billing"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app.users.id"))
    method: Mapped[str] = mapped_column(String)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    credits_granted: Mapped[int] = mapped_column(Integer, default=0)
    processor_charge_id: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    ip_address: Mapped[str | None] = mapped_column(INET)
    created_at: Mapped[datetime]


class AdAttribution(Base):
    __tablename__ = "ad_attribution"
    __table_args__ = {"schema": "telemetry"}

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app.users.id"))
    advertising_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    click_id: Mapped[str | None] = mapped_column(Text)
    media_source: Mapped[str | None] = mapped_column(String(32))
    campaign: Mapped[str | None] = mapped_column(String(120))
    ip_address: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
    installed_at: Mapped[datetime]
