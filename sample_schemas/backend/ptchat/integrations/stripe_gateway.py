"""Stripe: customers and payment intents for credit purchases."""

from __future__ import annotations

import stripe

from ptchat.models import User
from ptchat.settings import settings

stripe.api_key = settings.stripe_secret_key


def ensure_customer(user: User, billing_name: str) -> str:
    """The Stripe customer id of ``user``, creating the customer on first purchase."""
    found = stripe.Customer.search(query=f"metadata['member_id']:'{user.id}'")
    if found.data:
        return found.data[0].id
    customer = stripe.Customer.create(email=user.email, name=billing_name, metadata={"member_id": str(user.id)})
    return customer.id


def charge_credits(customer_id: str, payment_method_id: str, amount_cents: int, currency: str,
                   buyer_ip: str) -> stripe.PaymentIntent:
    """Charge a saved card; the buyer's IP goes along for Radar's fraud scoring."""
    # datamap: purpose=essential.service.payment_processing
    return stripe.PaymentIntent.create(
        amount=amount_cents,
        currency=currency.lower(),
        customer=customer_id,
        payment_method=payment_method_id,
        confirm=True,
        off_session=False,
        metadata={"buyer_ip": buyer_ip},
    )
