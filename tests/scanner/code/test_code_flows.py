"""Data flow to sinks: exact edges and sending calls of the fixture apps and small sources."""

from __future__ import annotations

from conftest import edges, sinks

SVC = "code:accounts/services.py"
TRK = "code:accounts/tracking.py"


def test_django_app_cross_module_flow_to_segment_stripe_and_logs(read_app):
    result = read_app("django_app")
    assert edges(result) == {
        # the model column goes straight into the call: a keyword name adds no field of its own
        ("field:accounts_profile.email", f"{SVC}:register+3:stripe.Customer.create", "copies", None, None),
        (f"{SVC}:register+3:stripe.Customer.create", "recipient:stripe", "sends", None,
         "essential.service.payment_processing"),
        # the helper in another module receives the email and nickname (parameters are hops, not fields)
        ("field:accounts_profile.email", f"{TRK}:track_signup(email)", "copies", None, None),
        ("field:accounts_profile.nickname", f"{TRK}:track_signup(nickname)", "copies", None, None),
        (f"{TRK}:track_signup(email)", f"{TRK}:track_signup+1:segment.analytics.identify", "copies", None, None),
        (f"{TRK}:track_signup(nickname)", f"{TRK}:track_signup+1:segment.analytics.identify", "copies", None, None),
        (f"{TRK}:track_signup+1:segment.analytics.identify", "recipient:segment", "sends", None, None),
        # an f-string in a log line leaks the email to the logs; the member count does not
        ("field:accounts_profile.email", f"{SVC}:register+5:logging.getLogger.info", "derives", "expression", None),
        (f"{SVC}:register+5:logging.getLogger.info", "recipient:logs", "sends", None, None),
    }
    purposes = {e.target: e.purpose_source for e in result.edges if e.kind == "sends"}
    assert purposes["recipient:stripe"] == "code"
    nodes = {n.id: dict(n.attributes) for n in result.nodes if n.kind == "recipient"}
    assert nodes == {
        "recipient:stripe": {"company": "Stripe, Inc.", "kind": "payments"},
        "recipient:segment": {"company": "Twilio Inc.", "kind": "cdp"},
        "recipient:logs": {"company": "first party", "kind": "logs"},
    }
    # every value comes from a model column: no code-level field is named after a parameter or keyword
    assert [f.node_id for f in result.fields if f.source.endswith(("services.py", "tracking.py"))] == []


def test_sqlalchemy_hashed_email_to_facebook_and_aggregate(read_app):
    result = read_app("sqlalchemy_app")
    rep = "code:shop/reports.py"
    assert edges(result) == {
        # sha256 of the normalised email is still the person: marked hashed
        ("field:shop.customers.email", f"{rep}:sync_audience+4:requests.post", "derives", "hashed", None),
        (f"{rep}:sync_audience+4:requests.post", "recipient:facebook_conversions_api", "sends", None,
         "marketing.advertising.third_party.targeted"),
        # a count over customers is sent, marked aggregate (the lineage graph stops there)
        ("field:shop.customers.email", f"{rep}:count_customers+2:requests.post", "derives", "aggregate", None),
        (f"{rep}:count_customers+2:requests.post", "recipient:facebook_conversions_api", "sends", None, None),
        # SQL in text(): the selected phone column reaches print
        ("field:shop.customers.phone", f"{rep}:phones+3:print", "copies", None, None),
        (f"{rep}:phones+3:print", "recipient:logs", "sends", None, None),
    }
    assert [(e.path, e.line, e.kind) for e in result.errors] == [("shop/reports.py", 28, "warning")]
    assert result.errors[0].reason.startswith("SQL in code not parsed")
    assert result.stats["python_sql_strings"] == 3


def test_fastapi_pydantic_to_sentry_mixpanel_and_logs(read_app):
    result = read_app("fastapi_app")
    main = "code:api/main.py"
    assert sinks(result) == {
        (f"{main}:signup+1:sentry_sdk.set_user", "recipient:sentry", 16, None),
        (f"{main}:signup+4:mixpanel.Mixpanel.track", "recipient:mixpanel", 19, None),
        (f"{main}:signup+5:mixpanel.Mixpanel.people_set", "recipient:mixpanel", 20, None),
        (f"{main}:signup+6:logging.getLogger.api.debug", "recipient:logs", 21, None),
    }
    into = {(e.source, e.target) for e in result.edges if e.kind != "sends"}
    # request-model attributes go straight into the calls: keys and keywords add no fields of their own
    assert {s for s, t in into if t == f"{main}:signup+1:sentry_sdk.set_user"} == {
        "field:api.schemas.signuprequest.email", "field:api.schemas.deviceinfo.ip_address"}
    # dict(name=...) then props["age"] = ...: both keys are sent to Mixpanel
    assert {s for s, t in into if t == f"{main}:signup+4:mixpanel.Mixpanel.track"} == {
        "field:api.schemas.signuprequest.email", "field:api.schemas.signuprequest.full_name",
        "field:api.schemas.signuprequest.age"}
    # model_dump() sends every field of the request model
    assert {s for s, t in into if t == f"{main}:signup+5:mixpanel.Mixpanel.people_set"} == {
        "field:api.schemas.signuprequest.email", "field:api.schemas.signuprequest.full_name",
        "field:api.schemas.signuprequest.age"}
    assert ("field:api.schemas.deviceinfo.ip_address", f"{main}:signup+6:logging.getLogger.api.debug") in into


def test_script_sql_rows_to_ses_and_smtp_and_insert(read_app):
    result = read_app("scripts")
    exp = "code:export_users.py"
    assert edges(result) == {
        # SQL result columns are of known origin: they reach the call without key-named fields, except
        # SES's ToAddresses, which the recipient's API says are e-mail addresses (a pinned field)
        ("field:users.email", "field:export_users.toaddresses", "copies", None, None),
        ("field:export_users.toaddresses", f"{exp}:13:boto3.client.ses.send_email", "copies", None, None),
        ("field:users.name", f"{exp}:13:boto3.client.ses.send_email", "derives", "expression", None),
        (f"{exp}:13:boto3.client.ses.send_email", "recipient:amazon_ses", "sends", None, None),
        ("field:users.email", f"{exp}:17:smtplib.SMTP.sendmail", "copies", None, None),
        (f"{exp}:17:smtplib.SMTP.sendmail", "recipient:smtp", "sends", None, None),
        ("field:export_users.audit.user_email", "field:audit_log.email", "stores", None, None),
        ("field:export_users.audit.ip", "field:audit_log.ip_address", "stores", None, None),
    }


def test_helper_returns_value_back_to_caller(read_source):
    result = read_source({"app/models.py": '''
from django.db import models

class Member(models.Model):
    email = models.EmailField()
''', "app/__init__.py": "", "app/util.py": '''
def contact_of(member):
    return member.email.lower()
''', "app/views.py": '''
import requests
from app.models import Member
from app.util import contact_of

def export(pk):
    member = Member.objects.filter(pk=pk).first()
    requests.post("https://api.segment.io/v1/identify", json={"traits": {"email": contact_of(member)}})
'''})
    assert edges(result) == {
        ("field:app_member.email", "code:app/util.py:contact_of", "copies", None, None),
        ("code:app/util.py:contact_of", "code:app/views.py:export+2:requests.post", "copies", None, None),
        ("code:app/views.py:export+2:requests.post", "recipient:segment", "sends", None, None),
    }


def test_unknown_class_attribute_is_a_code_field_and_purpose_above_call(read_source):
    result = read_source({"jobs.py": '''
import stripe


def charge(account):
    # datamap: purpose=essential.service.payment_processing
    # (the card is charged once a month)
    stripe.Charge.create(
        receipt_email=account.email,
        amount=100,
    )
'''})
    assert edges(result) == {
        ("field:jobs.charge.email", "field:jobs.charge.receipt_email", "copies", None, None),
        ("field:jobs.charge.receipt_email", "code:jobs.py:charge+3:stripe.Charge.create", "copies", None, None),
        ("code:jobs.py:charge+3:stripe.Charge.create", "recipient:stripe", "sends", None,
         "essential.service.payment_processing"),
    }
    assert [f.node_id for f in result.fields] == ["field:jobs.charge.email", "field:jobs.charge.receipt_email"]


def test_unknown_purpose_is_a_warning_and_unknown_host_is_no_sink(read_source):
    result = read_source({"tasks.py": '''
import requests


def ping(email):
    requests.post("https://example.org/hook", json={"email": email})
    requests.post("https://api.stripe.com/v1/customers", data={"email": email})  # datamap: purpose=marketing.ads
'''})
    assert sinks(result) == {("code:tasks.py:ping+2:requests.post", "recipient:stripe", 7, None)}
    assert [(e.line, e.kind) for e in result.errors] == [(7, "warning")]
    assert "unknown purpose 'marketing.ads'" in result.errors[0].reason


def test_method_instances_and_class_attributes(read_source):
    result = read_source({"svc.py": '''
from mixpanel import Mixpanel
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail


class Notifier:
    def __init__(self):
        self.mp = Mixpanel("token")
        self.mail = SendGridAPIClient("key")

    def welcome(self, user_email):
        self.mp.track(user_email, "welcome")
        message = Mail(from_email="hi@example.com", to_emails=user_email, subject="Welcome")
        self.mail.send(message)


def run(address):
    Notifier().welcome(address)
'''})
    assert sinks(result) == {
        ("code:svc.py:Notifier.welcome+1:mixpanel.Mixpanel.track", "recipient:mixpanel", 13, None),
        # Mail(...) only builds the message: the flow is at the call that sends it
        ("code:svc.py:Notifier.welcome+3:sendgrid.SendGridAPIClient.send", "recipient:sendgrid", 15, None),
    }
    assert ("field:svc.run.address", "field:svc.notifier.welcome.user_email", "copies", None, None) in edges(result)
    # the address is known only by its names, so the keyword it travels under is a field too
    assert {e for e in edges(result) if e[0].startswith("field:svc.notifier")} == {
        ("field:svc.notifier.welcome.user_email", "field:svc.notifier.welcome.to_emails", "copies", None, None),
        ("field:svc.notifier.welcome.to_emails", "code:svc.py:Notifier.welcome+3:sendgrid.SendGridAPIClient.send",
         "copies", None, None),
        ("field:svc.notifier.welcome.user_email", "code:svc.py:Notifier.welcome+1:mixpanel.Mixpanel.track", "copies",
         None, None)}


def test_logging_variants_and_print(read_source):
    result = read_source({"job.py": '''
import logging
from loguru import logger as log2

log = logging.getLogger(__name__)


def handle(user):
    logging.info("user %s", user.phone_number)
    log.warning("failed for %s", user.email)
    log2.info(f"ip {user.ip_address}")
    print("done", user.full_name)
    log.info("processed %d users", len([user]))
'''})
    assert sinks(result) == {
        ("code:job.py:handle+1:logging.info", "recipient:logs", 9, None),
        ("code:job.py:handle+2:logging.getLogger.warning", "recipient:logs", 10, None),
        ("code:job.py:handle+3:loguru.logger.info", "recipient:logs", 11, None),
        ("code:job.py:handle+4:print", "recipient:logs", 12, None),
        ("code:job.py:handle+5:logging.getLogger.info", "recipient:logs", 13, None),
    }
    # the count reaches the log line only as an aggregate: the lineage graph stops there
    logged = "code:job.py:handle+5:logging.getLogger.info"
    assert [e.transform for e in result.edges if e.target == logged] == ["aggregate"]


def test_flows_through_the_lineage_graph(read_app):
    """With the real classifier: hashed email still flows to Facebook, the count does not."""
    from catalog.lineage import LineageGraph
    from scanner.classify.classifier import Classifier
    from scanner.classify.knowledge import load_knowledge

    result = read_app("sqlalchemy_app")
    classifications = Classifier(load_knowledge()).classify_fields(result.fields)
    graph = LineageGraph.build(result.fields, classifications, result.nodes, result.edges)
    flows = {(f.categories, f.recipient, f.transforms, f.purpose, f.evidence.line) for f in graph.flows()}
    assert flows == {
        (("user.contact.email",), "facebook_conversions_api", ("hashed",),
         "marketing.advertising.third_party.targeted", 16),
        (("user.contact.phone_number",), "logs", (), None, 27),
    }
