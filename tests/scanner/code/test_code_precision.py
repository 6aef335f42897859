"""Precision of code flows: where a flow is reported, and which names become personal fields."""

from __future__ import annotations

from conftest import edges, sinks

USER_MODEL = '''
from django.db import models

class Member(models.Model):
    email = models.EmailField()
    nickname = models.CharField(max_length=40)
    date_of_birth = models.DateField()
'''


def test_builder_sdk_is_sent_at_the_call_that_takes_the_message(read_source):
    """Mail(...) and an attribute set on it build the message; client.send(message) sends all of it."""
    result = read_source({"app/__init__.py": "", "app/models.py": USER_MODEL, "app/mail.py": '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from app.models import Member

TEMPLATE = "d-123"
client = SendGridAPIClient("key")


def greet(member: Member):
    message = Mail(from_email="hi@example.com", to_emails=member.email)
    message.template_id = TEMPLATE
    message.dynamic_template_data = {"nickname": member.nickname, "born": member.date_of_birth.isoformat()}
    client.send(message)
'''})
    send = "code:app/mail.py:greet+4:sendgrid.SendGridAPIClient.send"
    assert sinks(result) == {(send, "recipient:sendgrid", 15, None)}
    assert edges(result) == {
        ("field:app_member.email", send, "copies", None, None),
        ("field:app_member.nickname", send, "copies", None, None),
        ("field:app_member.date_of_birth", send, "derives", "expression", None),
        (send, "recipient:sendgrid", "sends", None, None),
    }
    # neither the variable ``message`` nor the keys become fields: the values' origin is known
    assert sorted(f.node_id for f in result.fields if f.source == "app/mail.py") == []


def test_request_object_sent_by_execute_without_arguments(read_source):
    """UserData -> Event -> EventRequest(...).execute(): one sending call, the one that executes."""
    result = read_source({"capi.py": '''
import hashlib
import time

from facebook_business.adobjects.serverside.event import Event
from facebook_business.adobjects.serverside.event_request import EventRequest
from facebook_business.adobjects.serverside.user_data import UserData


def convert(event_name, email, ip):
    user_data = UserData(emails=[hashlib.sha256(email.encode()).hexdigest()], client_ip_address=ip)
    event = Event(event_name=event_name, event_time=int(time.time()), user_data=user_data)
    EventRequest(pixel_id="1", events=[event]).execute()


def signup(form):
    convert("CompleteRegistration", form["email"], form["ip"])
'''})
    execute = "code:capi.py:convert+3:facebook_business.adobjects.serverside.event_request.EventRequest.execute"
    assert sinks(result) == {(execute, "recipient:facebook_conversions_api", 13, None)}
    assert edges(result) == {
        # the form's keys are known only by name; the parameters they reach are named fields too
        ("field:capi.signup.email", "field:capi.convert.email", "copies", None, None),
        ("field:capi.signup.ip", "field:capi.convert.ip", "copies", None, None),
        ("field:capi.convert.email", "field:capi.convert.emails", "derives", "hashed", None),
        ("field:capi.convert.emails", execute, "copies", None, None),
        ("field:capi.convert.ip", "field:capi.convert.client_ip_address", "copies", None, None),
        ("field:capi.convert.client_ip_address", execute, "copies", None, None),
        (execute, "recipient:facebook_conversions_api", "sends", None, None),
    }  # event_name: every caller passes a literal, so it is no data of a person


def test_parameter_used_as_a_callback_keeps_its_name(read_source):
    """A function passed around as a value is called from anywhere: its parameters stay named fields."""
    result = read_source({"hooks.py": '''
import analytics


def track(event_name):
    analytics.track("server", event_name)


def boot(register):
    track("boot")
    register(track)
'''})
    assert edges(result) == {
        ("field:hooks.track.event_name", "code:hooks.py:track+1:segment.analytics.track", "copies", None, None),
        ("code:hooks.py:track+1:segment.analytics.track", "recipient:segment", "sends", None, None),
    }


def test_answer_of_a_sending_call_is_the_recipients_data(read_source):
    """A Stripe customer id comes back from Stripe: sending it on carries no e-mail."""
    result = read_source({"app/__init__.py": "", "app/models.py": USER_MODEL, "app/billing.py": '''
import logging

import stripe

from app.models import Member

log = logging.getLogger(__name__)


def ensure(member: Member):
    customer = stripe.Customer.create(email=member.email)
    log.info("customer %s", customer.id)
    return customer.id
'''})
    assert sinks(result) == {("code:app/billing.py:ensure+1:stripe.Customer.create", "recipient:stripe", 12, None)}


def test_card_token_keyword_of_a_payment_processor_is_card_data(read_source):
    result = read_source({"pay.py": '''
import stripe


def charge(customer_id, pm, amount):
    stripe.PaymentIntent.create(customer=customer_id, payment_method=pm, amount=amount)
'''})
    call = "code:pay.py:charge+1:stripe.PaymentIntent.create"
    assert ("field:pay.charge.pm", "field:pay.charge.payment_method", "copies", None, None) in edges(result)
    pinned = {f.node_id: f.annotation for f in result.fields}
    assert pinned["field:pay.charge.payment_method"] == "user.financial.credit_card"
    assert ("field:pay.charge.payment_method", call, "copies", None, None) in edges(result)


def test_request_client_host_is_named_as_the_client_address(read_source):
    result = read_source({"api.py": '''
import logging

log = logging.getLogger(__name__)


def login(request):
    log.info("login from %s", request.client.host)
'''})
    assert edges(result) == {
        ("field:api.login.client_ip_address", "code:api.py:login+1:logging.getLogger.info", "copies", None, None),
        ("code:api.py:login+1:logging.getLogger.info", "recipient:logs", "sends", None, None),
    }


def test_group_by_a_non_person_key_gives_aggregates(read_source):
    """Rows grouped by country are groups of people; rows grouped by a member id are people."""
    result = read_source({"report.py": '''
import requests
from sqlalchemy import text

URL = "https://api.segment.io/v1/track"


def per_country(session):
    for country, members in session.execute(text("SELECT country, count(*) AS n FROM users GROUP BY country")):
        requests.post(URL, json={"country": country, "members": members})


def per_member(session):
    for member_id, logins in session.execute(text("SELECT user_id, count(*) FROM logins GROUP BY user_id")):
        requests.post(URL, json={"userId": member_id, "logins": logins})
'''})
    into = {(e.source, e.target, e.transform) for e in result.edges if e.kind != "sends"}
    assert into == {
        ("field:users.country", "code:report.py:per_country+2:requests.post", "aggregate"),
        ("field:logins.user_id", "code:report.py:per_member+2:requests.post", None),
    }


def test_client_made_in_an_init_function_with_global(read_source):
    """``global _client`` in a set-up function: other functions of the module use that client."""
    result = read_source({"crm.py": '''
from intercom.client import Client

_client = None


def setup(token):
    global _client
    _client = Client(personal_access_token=token)


def add_contact(email):
    if _client:
        _client.users.create(email=email)
'''})
    call = "code:crm.py:add_contact+2:intercom.client.Client.users.create"
    assert sinks(result) == {(call, "recipient:intercom", 14, None)}
    assert ("field:crm.add_contact.email", call, "copies", None, None) in edges(result)


def test_dict_update_adds_keys_that_are_sent(read_source):
    result = read_source({"track.py": '''
from mixpanel import Mixpanel

mp = Mixpanel("token")


def track(request, member_id):
    props = {"plan": "free"}
    props.update({"ip": request.META["REMOTE_ADDR"]})
    mp.track(member_id, "visit", props)
'''})
    call = "code:track.py:track+3:mixpanel.Mixpanel.track"
    assert {e[0] for e in edges(result) if e[1] == call} == {"field:track.track.member_id", "field:track.track.ip"}
    assert ("field:track.track.remote_addr", "field:track.track.ip", "copies", None, None) in edges(result)


def test_task_queue_delay_calls_bind_the_task_parameters(read_source):
    """``task.delay(...)`` runs the task with these arguments: a literal event name is no data."""
    result = read_source({"tasks.py": '''
from celery import shared_task
from posthog import Posthog


@shared_task
def auth_event(email, event_name):
    Posthog("key").capture(email, event=event_name)


def login(request):
    auth_event.delay(email=request.POST["email"], event_name="login")
'''})
    call = "code:tasks.py:auth_event+1:posthog.Posthog.capture"
    assert edges(result) == {
        ("field:tasks.login.email", "field:tasks.auth_event.email", "copies", None, None),
        ("field:tasks.auth_event.email", call, "copies", None, None),
        (call, "recipient:posthog", "sends", None, None),
    }


def test_random_code_given_to_a_parameter_is_named_by_it(read_source):
    """A verification code made by ``random`` is a secret: the parameter's name tells what it is."""
    result = read_source({"sms.py": '''
import random

from twilio.rest import Client


def send_code(phone_number, verification_code):
    Client("sid", "token").messages.create(to=phone_number, body=f"Your code is {verification_code}")


def start(member):
    send_code(member.phone, random.randint(1000, 9999))
'''})
    call = "code:sms.py:send_code+1:twilio.rest.Client.messages.create"
    into = {e[0] for e in edges(result) if e[1] == call}
    assert into == {"field:sms.send_code.verification_code", "field:sms.send_code.to"}
    assert ("field:sms.send_code.phone_number", "field:sms.send_code.to", "copies", None, None) in edges(result)
    assert "code:sms.py:start+1:random.randint" in {n.id for n in result.nodes}


def test_url_from_settings_named_after_the_provider(read_source):
    result = read_source({"mail.py": '''
import requests

from app.config import get_setting


def send(address, text):
    base = get_setting("mailgun_base_url")
    requests.post(base + "/messages", auth=("api", get_setting("MAILGUN_API_KEY")), data={"to": [address]})
'''})
    assert sinks(result) == {("code:mail.py:send+2:requests.post", "recipient:mailgun", 9, None)}


def test_ids_the_recipient_issued_are_not_sent_as_personal_data(read_source):
    result = read_source({"billing.py": '''
import stripe


def refresh(member):
    stripe.Customer.retrieve(member.stripe_customer_id)
    stripe.PaymentMethod.list(customer=member.stripe_customer_id, type="card")
    stripe.Customer.modify(member.stripe_customer_id, email=member.email)
'''})
    assert sinks(result) == {("code:billing.py:refresh+3:stripe.Customer.modify", "recipient:stripe", 8, None)}
    assert {e[0] for e in edges(result) if e[2] != "sends"} == {"field:billing.refresh.email"}


def test_container_parameter_is_known_by_its_keys_not_its_name(read_source):
    """``attributes`` passed in whole tells nothing; a key read from it does."""
    result = read_source({"cdp.py": '''
import analytics


def identify(user_id, attributes):
    analytics.identify(user_id, attributes)
    analytics.track(user_id, "seen", {"city": attributes["city"]})
'''})
    assert {(e[0], e[1]) for e in edges(result) if e[2] != "sends"} == {
        ("field:cdp.identify.user_id", "code:cdp.py:identify+1:segment.analytics.identify"),
        ("field:cdp.identify.user_id", "code:cdp.py:identify+2:segment.analytics.track"),
        ("field:cdp.identify.city", "code:cdp.py:identify+2:segment.analytics.track"),
    }


def test_literal_sample_of_personal_data_keeps_the_parameter(read_source):
    """A helper called only with a literal e-mail address still sends an e-mail address."""
    result = read_source({"demo.py": '''
import analytics


def register(email, plan):
    analytics.identify(email, {"plan": plan})


register("ann@example.com", "free")
'''})
    assert {e[0] for e in edges(result) if e[2] != "sends"} == {"field:demo.register.email"}


def test_reusing_unchanged_functions_gives_the_output_of_running_all(read_app, monkeypatch):
    """Later rounds run only functions whose inputs changed; the result is the same as running all."""
    import scanner.code.python as reader

    def snapshot(result):
        return ({f.node_id for f in result.fields}, {n.id for n in result.nodes}, edges(result))

    for app in ("django_app", "sqlalchemy_app", "fastapi_app", "scripts"):
        reused = snapshot(read_app(app))
        monkeypatch.setattr(reader, "REUSE", False)
        assert snapshot(read_app(app)) == reused
        monkeypatch.setattr(reader, "REUSE", True)


def test_attributes_of_things_are_named_with_the_thing(read_source):
    """``org.name`` is an organisation's name; ``user.name`` stays a person's."""
    result = read_source({"crm.py": '''
from intercom.client import Client

client = Client(personal_access_token="t")


def sync(org, user):
    client.companies.create(company_id=org.id, name=org.name)
    client.users.create(email=user.email, name=user.name)
'''})
    assert {(e[0], e[1]) for e in edges(result) if e[2] != "sends"} == {
        ("field:crm.sync.org_id", "field:crm.sync.company_id"),
        ("field:crm.sync.company_id", "code:crm.py:sync+1:intercom.client.Client.companies.create"),
        ("field:crm.sync.org_name", "code:crm.py:sync+1:intercom.client.Client.companies.create"),
        ("field:crm.sync.email", "code:crm.py:sync+2:intercom.client.Client.users.create"),
        ("field:crm.sync.name", "code:crm.py:sync+2:intercom.client.Client.users.create")}


def test_django_email_message_is_sent_by_its_send_method(read_source):
    result = read_source({"notify.py": '''
from django.core.mail import EmailMultiAlternatives


def welcome(user):
    message = EmailMultiAlternatives("Welcome", "Hello", "team@example.com", [user.email])
    message.attach_alternative(f"<p>Hello {user.first_name}</p>", "text/html")
    message.send()
'''})
    send = "code:notify.py:welcome+3:django.core.mail.EmailMultiAlternatives.send"
    assert sinks(result) == {(send, "recipient:smtp", 8, None)}
    assert {e[0] for e in edges(result) if e[1] == send} == {"field:notify.welcome.email",
                                                              "field:notify.welcome.first_name"}


def test_list_of_events_built_by_append(read_source):
    result = read_source({"batch.py": '''
import analytics


def flush(members):
    events = []
    for member in members:
        events.append({"userId": member.uid, "email": member.email})
    analytics.track("batch", "flush", {"events": events})
'''})
    call = "code:batch.py:flush+4:segment.analytics.track"
    assert {(e[0], e[1]) for e in edges(result) if e[2] != "sends"} == {
        ("field:batch.flush.uid", "field:batch.flush.userid"), ("field:batch.flush.userid", call),
        ("field:batch.flush.email", call)}


def test_normalising_a_built_event_does_not_send_it(read_source):
    result = read_source({"pixel.py": '''
from facebook_business.adobjects.adspixel import AdsPixel
from facebook_business.adobjects.serverside.user_data import UserData


def purchase(email):
    data = UserData(email=email)
    AdsPixel("1").create_event(data=[data.normalize()])
'''})
    call = "code:pixel.py:purchase+2:facebook_business.adobjects.adspixel.AdsPixel.create_event"
    assert sinks(result) == {(call, "recipient:facebook_conversions_api", 8, None)}
    assert {(e[0], e[1]) for e in edges(result) if e[2] != "sends"} == {("field:pixel.purchase.email", call)}


def test_flask_request_and_current_user_are_read_by_key(read_source):
    result = read_source({"views.py": '''
from flask import request
from flask_login import current_user

import analytics


def subscribe():
    payload = request.get_json()
    analytics.identify(current_user.id, {"email": payload["email"], "ip": request.remote_addr})
'''})
    call = "code:views.py:subscribe+2:segment.analytics.identify"
    assert {e[0] for e in edges(result) if e[1] == call} == {
        "field:views.subscribe.current_user_id", "field:views.subscribe.email", "field:views.subscribe.ip"}
    assert ("field:views.subscribe.remote_addr", "field:views.subscribe.ip", "copies", None, None) in edges(result)


def test_container_attribute_gives_no_field_but_its_keys_do(read_source):
    result = read_source({"hook.py": '''
import requests


def forward(request):
    requests.post("https://api.segment.io/v1/track", json=request.data)
    requests.post("https://api.segment.io/v1/identify", json={"traits": {"mail": request.data["email"]}})
'''})
    assert sinks(result) == {("code:hook.py:forward+2:requests.post", "recipient:segment", 7, None)}
    assert ("field:hook.forward.email", "field:hook.forward.mail", "copies", None, None) in edges(result)


def test_generated_secret_is_named_by_its_variable(read_source):
    result = read_source({"otp.py": '''
import secrets

from twilio.rest import Client


def send_otp(phone):
    otp = secrets.randbelow(10**6)
    Client("sid", "token").messages.create(to=phone, body=f"Your one-time code: {otp}")
'''})
    call = "code:otp.py:send_otp+2:twilio.rest.Client.messages.create"
    assert ("field:otp.send_otp.otp", call, "derives", "expression", None) in edges(result)


def test_recipient_keys_inside_a_payload_dict_are_pinned(read_source):
    """Mailgun's ``to`` holds e-mail addresses, whatever the variable is called."""
    result = read_source({"mg.py": '''
import requests


def mail(addr, subject):
    requests.post("https://api.mailgun.net/v3/x/messages", data={"to": [addr], "subject": subject})
'''})
    pinned = {f.node_id: f.annotation for f in result.fields}
    assert pinned["field:mg.mail.to"] == "user.contact.email"
    assert ("field:mg.mail.addr", "field:mg.mail.to", "copies", None, None) in edges(result)
