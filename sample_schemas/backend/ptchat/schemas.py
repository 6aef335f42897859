"""Request and response bodies of the public API."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, EmailStr, Field


class SignupRequest(BaseModel):
    nickname: str = Field(min_length=3, max_length=32)
    email: EmailStr
    password: str = Field(min_length=8)
    date_of_birth: date
    locale: str = "en-US"
    advertising_id: str | None = None
    newsletter_opt_in: bool = False


class LoginRequest(BaseModel):
    nickname_or_email: str
    password: str
    device_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class MemberOut(BaseModel):
    id: int
    nickname: str
    locale: str
    country_code: str | None = None


class CreditPurchase(BaseModel):
    package: str
    payment_method_id: str
    billing_name: str
    billing_postal_code: str | None = None


class DirectMessageIn(BaseModel):
    recipient_id: int
    body: str = Field(max_length=4000)
