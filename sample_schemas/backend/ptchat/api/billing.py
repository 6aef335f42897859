"""Credit packages bought with a card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from ptchat.api.deps import client_ip, current_user
from ptchat.db import get_session
from ptchat.integrations import facebook, ga4, stripe_gateway
from ptchat.models import Payment, User
from ptchat.schemas import CreditPurchase

router = APIRouter(prefix="/v1/billing", tags=["billing"])


@dataclass(frozen=True)
class CreditPackage:
    credits: int
    amount_cents: int
    currency: str


PACKAGES = {
    "starter": CreditPackage(credits=100, amount_cents=499, currency="USD"),
    "popular": CreditPackage(credits=550, amount_cents=1999, currency="USD"),
    "vip": CreditPackage(credits=3000, amount_cents=7999, currency="USD"),
}


@router.post("/credits")
def buy_credits(body: CreditPurchase, request: Request, user: User = Depends(current_user),
                session: Session = Depends(get_session)) -> dict[str, int]:
    package = PACKAGES.get(body.package)
    if package is None:
        raise HTTPException(status_code=404, detail="unknown package")
    ip = client_ip(request.headers.get("x-forwarded-for"), request.client.host)
    customer_id = stripe_gateway.ensure_customer(user, body.billing_name)
    intent = stripe_gateway.charge_credits(customer_id, body.payment_method_id, package.amount_cents,
                                           package.currency, ip)
    session.add(Payment(user_id=user.id, method="card", amount_cents=package.amount_cents, currency=package.currency,
                        credits_granted=package.credits, processor_charge_id=intent.latest_charge,
                        status=intent.status, ip_address=ip, created_at=datetime.now(timezone.utc)))
    session.commit()

    facebook.send_conversion("Purchase", user, ip, request.headers.get("user-agent", ""))
    ga4.track_purchase(request.headers.get("x-pt-device", "web"), user.id, package.amount_cents, package.currency)
    return {"credits": package.credits}
