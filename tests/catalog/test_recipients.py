"""The recipients knowledge base: the packaged data, every lookup, user files and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from catalog.errors import DatamapError
from catalog.recipients import KINDS, KnowledgeBase, Recipient, load_recipients, parse_recipients, render_markdown_table

REPO = Path(__file__).resolve().parents[2]
PACKAGED = "catalog/data/recipients.yaml"

ACME = """\
- id: acme_mail
  name: Acme Mail
  company: Acme Corp.
  kind: email
  purposes: [essential.service.notifications.email]
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_recipients()


def write(tmp_path: Path, text: str, name: str = "recipients.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rid(found: Recipient | None) -> str | None:
    return None if found is None else found.id


# --------------------------------------------------------------------- packaged data


def test_packaged_file_is_large_and_covers_every_kind(kb: KnowledgeBase) -> None:
    assert len(kb) >= 160
    assert [kind for kind in KINDS if not kb.of_kind(kind)] == []


def test_by_id_returns_the_whole_entry(kb: KnowledgeBase) -> None:
    stripe = kb.by_id("stripe")
    assert (stripe.name, stripe.company, stripe.kind) == ("Stripe", "Stripe, Inc.", "payments")
    assert stripe.purposes == ("essential.service.payment_processing",)
    assert stripe.sdk.python == ("stripe", "djstripe")
    assert stripe.sdk.javascript == ("stripe", "@stripe")
    assert "api.stripe.com" in stripe.hosts
    assert "STRIPE_SECRET_KEY" in stripe.config_keys
    assert kb.origin("stripe").path == PACKAGED


def test_by_id_unknown_suggests_the_closest_id(kb: KnowledgeBase) -> None:
    with pytest.raises(DatamapError) as caught:
        kb.by_id("strpe")
    assert str(caught.value) == "unknown recipient 'strpe'; did you mean 'stripe'?"
    assert kb.get("strpe") is None
    assert "stripe" in kb and "strpe" not in kb


def test_recipients_are_frozen(kb: KnowledgeBase) -> None:
    with pytest.raises(ValidationError):
        kb.by_id("stripe").name = "Other"  # type: ignore[misc]


def test_of_kind_lists_members_sorted_by_id(kb: KnowledgeBase) -> None:
    assert [r.id for r in kb.of_kind("cdp")] == [
        "hightouch",
        "mparticle",
        "rudderstack",
        "segment",
        "tealium",
        "treasure_data",
    ]
    with pytest.raises(DatamapError, match=r"^unknown recipient kind 'payment'; did you mean 'payments'\?$"):
        kb.of_kind("payment")


def test_every_packaged_purpose_is_a_fideslang_data_use(kb: KnowledgeBase) -> None:
    """The packaged file is read without looking its purposes up in the taxonomy (it loads slowly): they are
    checked here instead, as a user's file is checked when read."""
    from catalog import taxonomy

    purposes = {p for recipient in kb for p in recipient.purposes}
    assert purposes and purposes <= taxonomy.use_keys()
    raw = (Path(__file__).resolve().parents[2] / "catalog" / "data" / "recipients.yaml").read_bytes()
    assert [r for r, _ in parse_recipients(raw, "recipients.yaml")] == [r for r, _ in parse_recipients(
        raw, "recipients.yaml", packaged=True)]


def test_every_packaged_trace_finds_its_own_recipient(kb: KnowledgeBase) -> None:
    """No entry's import, call, host or config name is shadowed by another entry."""
    wrong: list[tuple[str, str, str | None]] = []
    for r in kb:
        checks = [(m, rid(kb.match_import(m, "python"))) for m in r.sdk.python]
        checks += [(m, rid(kb.match_import(m, "javascript"))) for m in r.sdk.javascript]
        checks += [(c, rid(kb.match_call(c.replace("*", "Anything")))) for c in r.calls]
        checks += [(h, rid(kb.match_host(h.replace("*", "zz9")))) for h in r.hosts]
        checks += [(k, rid(kb.match_config_key(k))) for k in r.config_keys if k.isidentifier()]
        wrong += [(r.id, trace, found) for trace, found in checks if found != r.id]
    assert wrong == []


# --------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("module", "language", "expected"),
    [
        ("stripe", "python", "stripe"),
        ("stripe.api_resources.customer", "python", "stripe"),
        ("stripe_helpers", "python", None),
        ("facebook_business.adobjects.serverside.event", "python", "meta_ads"),
        ("google.ads.googleads.v17.services", "python", "google_ads"),
        ("googleads.ad_manager", "python", "google_ad_manager"),
        ("google.cloud.storage.blob", "python", "google_cloud_storage"),
        ("google.cloud", "python", None),
        ("google", "python", None),
        ("boto3", "python", None),
        ("botocore.client", "python", None),
        ("sentry_sdk.integrations.django", "python", "sentry"),
        ("simple_salesforce", "python", "salesforce"),
        ("firebase_admin", "python", "firebase"),
        ("firebase_admin.messaging", "python", "firebase_cloud_messaging"),
        ("firebase_admin.auth", "python", "firebase_auth"),
        ("geoip2.webservice", "python", "maxmind"),
        ("geoip2.database", "python", None),
        ("segment.analytics", "python", "segment"),
        ("twilio.rest", "python", "twilio"),
        ("openai", "python", "openai"),
        ("@stripe/stripe-js", "javascript", "stripe"),
        ("@sentry/node", "javascript", "sentry"),
        ("@sentry/react/dist", "typescript", "sentry"),
        ("firebase/messaging", "javascript", "firebase_cloud_messaging"),
        ("firebase/auth", "javascript", "firebase_auth"),
        ("firebase/app", "javascript", "firebase"),
        ("@aws-sdk/client-s3", "javascript", "amazon_s3"),
        ("@aws-sdk/client-ses", "javascript", "amazon_ses"),
        ("@aws-sdk/client-dynamodb", "javascript", None),
        ("@aws-sdk", "javascript", None),
        ("mixpanel-browser", "javascript", "mixpanel"),
        ("mixpanel", "javascript", "mixpanel"),
        ("react", "javascript", None),
    ],
)
def test_match_import(kb: KnowledgeBase, module: str, language: str, expected: str | None) -> None:
    assert rid(kb.match_import(module, language)) == expected


def test_match_import_unknown_language(kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match=r"^unknown language 'ruby'; known: python, javascript, typescript$"):
        kb.match_import("stripe", "ruby")


@pytest.mark.parametrize(
    ("dotted", "expected"),
    [
        ("stripe.Customer.create", "stripe"),
        ("stripe.PaymentIntent.create", "stripe"),
        ("boto3.client.ses.send_email", "amazon_ses"),
        ("boto3.client.sesv2.send_email", "amazon_ses"),
        ("boto3.client.s3.put_object", "amazon_s3"),
        ("boto3.resource.s3.Bucket", "amazon_s3"),
        ("boto3.client.sns.publish", "amazon_sns"),
        ("boto3.client.bedrock-runtime.invoke_model", "aws_bedrock"),
        ("boto3.client.dynamodb.put_item", None),
        ("boto3.client", None),
        ("googleapiclient.discovery.build.gmail.users.messages.send", "gmail_api"),
        ("googleapiclient.discovery.build.dfareporting", "google_campaign_manager"),
        ("googleapiclient.discovery.build.sheets", None),
        ("simple_salesforce.Salesforce.Contact.create", "salesforce"),
        ("facebook_business.adobjects.serverside.event_request.EventRequest.execute", "meta_ads"),
        ("openai.OpenAI.chat.completions.create", "openai"),
        ("openai.AzureOpenAI.chat.completions.create", "azure_openai"),
        ("firebase_admin.auth.verify_id_token", "firebase_auth"),
        ("firebase_admin.messaging.send", "firebase_cloud_messaging"),
        ("sentry_sdk.capture_exception", "sentry"),
        ("twilio.rest.Client.messages.create", "twilio"),
        ("fbq", "meta_ads"),
        ("gtag", "google_analytics"),
        ("requests.post", None),
        ("", None),
    ],
)
def test_match_call(kb: KnowledgeBase, dotted: str, expected: str | None) -> None:
    assert rid(kb.match_call(dotted)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("api.stripe.com", "stripe"),
        ("https://api.stripe.com/v1/charges?limit=3", "stripe"),
        ("HTTPS://API.STRIPE.COM/V1", "stripe"),
        ("user:secret@api.stripe.com:443", "stripe"),
        ("api.stripe.com.", "stripe"),
        ("m.stripe.network", "stripe"),
        ("stripe.com", None),
        ("evilstripe.com", None),
        ("api.stripe.com.evil.example", None),
        ("https://graph.facebook.com/v19.0/123/events", "facebook"),
        ("https://connect.facebook.net/en_US/fbevents.js", "meta_ads"),
        ("googleads.g.doubleclick.net", "google_ads"),
        ("securepubads.g.doubleclick.net", "google_ad_manager"),
        ("stats.g.doubleclick.net", "google_campaign_manager"),
        ("https://email.us-east-1.amazonaws.com/", "amazon_ses"),
        ("email-smtp.eu-west-1.amazonaws.com:587", "amazon_ses"),
        ("mybucket.s3.amazonaws.com", "amazon_s3"),
        ("mybucket.s3.eu-west-1.amazonaws.com", "amazon_s3"),
        ("s3.eu-west-1.amazonaws.com", "amazon_s3"),
        ("dynamodb.us-east-1.amazonaws.com", None),
        ("https://o12345.ingest.us.sentry.io/api/1/envelope/", "sentry"),
        ("http-intake.logs.us5.datadoghq.com", "datadog"),
        ("instance.pushnotifications.pusher.com", "pusher_beams"),
        ("ws-eu.pusher.com", "pusher"),
        ("acme.my.salesforce.com", "salesforce"),
        ("www.google-analytics.com/mp/collect", "google_analytics"),
        ("region1.google-analytics.com", "google_analytics"),
        ("maps.googleapis.com", "google_maps"),
        ("googleapis.com", None),
        ("http://[::1]:8080/", None),
        ("http://[", None),
        ("localhost", None),
        ("not a url at all", None),
        ("", None),
    ],
)
def test_match_host(kb: KnowledgeBase, text: str, expected: str | None) -> None:
    assert rid(kb.match_host(text)) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("STRIPE_SECRET_KEY", "stripe"),
        ("stripe_secret_key", "stripe"),
        ("stripe.secret-key", "stripe"),
        ("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "stripe"),
        ("REACT_APP_MIXPANEL_TOKEN", "mixpanel"),
        ("VITE_SENTRY_DSN", "sentry"),
        ("SENDGRID_API_KEY", "sendgrid"),
        ("TWILIO_AUTH_TOKEN", "twilio"),
        ("FIREBASE_MESSAGING_SENDER_ID", "firebase_cloud_messaging"),
        ("FIREBASE_PROJECT_ID", "firebase"),
        ("ADOBE_ANALYTICS_REPORT_SUITE", "adobe_analytics"),
        ("outbrain.marketer-id", "outbrain"),
        ("AMAZON_ADS_PROFILE_ID", "amazon_ads"),
        ("AWS_ACCESS_KEY_ID", None),
        ("DATABASE_URL", None),
        ("NEXT_PUBLIC_", None),
        ("", None),
    ],
)
def test_match_config_key(kb: KnowledgeBase, key: str, expected: str | None) -> None:
    assert rid(kb.match_config_key(key)) == expected


@given(st.text())
def test_match_host_never_crashes_on_text(text: str) -> None:
    found = load_recipients().match_host(text)
    assert found is None or isinstance(found, Recipient)


@given(st.from_regex(r"\A[a-zA-Z]{0,6}:?/{0,3}[\w.@:\[\]%-]{0,40}(/[^\s]{0,20})?\Z"))
def test_match_host_never_crashes_on_url_like_text(text: str) -> None:
    found = load_recipients().match_host(text)
    assert found is None or isinstance(found, Recipient)


# --------------------------------------------------------------------- user files

USER_FILE = """\
# Our own view of Stripe, and an in-house mailer.
- id: stripe
  name: Stripe (EU account)
  company: Stripe Payments Europe, Ltd.
  kind: payments
  purposes: [essential.service.payment_processing, essential.fraud_detection]
  hosts: [api.stripe.com]
  config_keys: [STRIPE_EU_KEY]

- id: acme_mail
  name: Acme Mail
  company: Acme Corp.
  kind: email
  purposes: [essential.service.notifications.email]
  sdk:
    python: [acme.mail]
    javascript: ["@acme/mail"]
  calls: ["acme.*.send", acme.sms.send]
  hosts: ["*.mail.acme.example", smtp.acme.example]
  config_keys: [ACME_MAIL_TOKEN, 'ACME_\\w+_SECRET']
"""


def test_user_file_overrides_and_adds(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = write(tmp_path, USER_FILE)
    merged = load_recipients([path])
    assert len(merged) == len(kb) + 1

    stripe = merged.by_id("stripe")
    assert stripe.name == "Stripe (EU account)"
    assert stripe.purposes == ("essential.service.payment_processing", "essential.fraud_detection")
    assert merged.origin("stripe").path == str(path)
    assert merged.origin("stripe").line == 2
    assert rid(merged.match_host("api.stripe.com")) == "stripe"
    assert merged.match_host("js.stripe.com") is None
    assert merged.match_import("stripe") is None
    assert rid(merged.match_config_key("STRIPE_EU_KEY")) == "stripe"
    assert merged.match_config_key("STRIPE_SECRET_KEY") is None

    assert merged.origin("acme_mail").line == 10
    assert rid(merged.match_import("acme.mail.client")) == "acme_mail"
    assert merged.match_import("acme") is None
    assert rid(merged.match_import("@acme/mail/server", "javascript")) == "acme_mail"
    assert rid(merged.match_call("acme.mail.send")) == "acme_mail"
    assert rid(merged.match_call("acme.sms.send.now")) == "acme_mail"
    assert merged.match_call("acme.send") is None
    assert rid(merged.match_host("https://eu.mail.acme.example/v1")) == "acme_mail"
    assert merged.match_host("mail.acme.example") is None
    assert rid(merged.match_config_key("acme-api-secret")) == "acme_mail"
    assert [r.id for r in merged.of_kind("email")][:2] == ["acme_mail", "activecampaign"]

    assert kb.by_id("stripe").name == "Stripe", "the packaged knowledge base is left as it was"


def test_a_later_user_file_wins(tmp_path: Path) -> None:
    first = write(tmp_path, ACME, "first.yaml")
    second = write(tmp_path, ACME.replace("Acme Mail", "Acme Mail 2"), "second.yaml")
    assert load_recipients([first, second]).by_id("acme_mail").name == "Acme Mail 2"


def test_most_specific_call_pattern_wins(tmp_path: Path) -> None:
    text = (
        ACME
        + '  calls: ["acme.*.send"]\n'
        + ACME.replace("acme_mail", "acme_sms").replace("kind: email", "kind: sms").replace("- id", "\n- id")
        + "  calls: [acme.sms.send]\n"
    )
    merged = load_recipients([write(tmp_path, text)])
    assert rid(merged.match_call("acme.sms.send")) == "acme_sms"
    assert rid(merged.match_call("acme.email.send")) == "acme_mail"


BAD_FILES = [
    pytest.param(
        ACME + "  hostz: [api.acme.example]\n",
        6,
        "recipient 'acme_mail': unknown field 'hostz'; did you mean 'hosts'?",
        id="unknown-field",
    ),
    pytest.param(
        ACME + "  sdk:\n    pyhton: [acme]\n",
        7,
        "recipient 'acme_mail': unknown field 'sdk.pyhton'; did you mean 'python'?",
        id="unknown-sdk-field",
    ),
    pytest.param(
        ACME + "\n" + ACME,
        7,
        "duplicate recipient id 'acme_mail' (first defined on line 1)",
        id="duplicate-id",
    ),
    pytest.param(
        ACME.replace("kind: email", "kind: mail"),
        4,
        "recipient 'acme_mail': kind 'mail' is not one of: analytics, advertising, payments, email, sms, crm, "
        "support, error_tracking, cloud_storage, social, cdp, auth, maps, search, ai, messaging, monitoring, push",
        id="bad-kind",
    ),
    pytest.param(
        ACME.replace("essential.service.notifications.email", "essential.notifications.email"),
        5,
        "recipient 'acme_mail': purposes[0]: 'essential.notifications.email' is not a fideslang data use key; "
        "did you mean 'essential.service.notifications.email'?",
        id="bad-purpose",
    ),
    pytest.param(
        ACME.replace("[essential.service.notifications.email]", "[]"),
        5,
        "recipient 'acme_mail': purposes: name at least one fideslang data use",
        id="no-purpose",
    ),
    pytest.param(
        ACME.replace("  company: Acme Corp.\n", ""),
        1,
        "recipient 'acme_mail': missing field 'company'",
        id="missing-field",
    ),
    pytest.param(
        ACME.replace("acme_mail", "Acme-Mail"),
        1,
        "recipient 'Acme-Mail': id: 'Acme-Mail' is not a snake_case id (lowercase letters, digits, '_')",
        id="bad-id",
    ),
    pytest.param(
        ACME + '  hosts: [api.acme.example, "*.*.example"]\n',
        6,
        "recipient 'acme_mail': hosts[1]: '*.*.example' is not a host glob such as 'api.example.com' "
        "or '*.example.com'",
        id="bad-host-glob",
    ),
    pytest.param(
        ACME + "  hosts: [Api.Acme.example]\n",
        6,
        "recipient 'acme_mail': hosts[0]: host 'Api.Acme.example' must be lowercase",
        id="uppercase-host",
    ),
    pytest.param(
        ACME + '  calls: ["acme..send"]\n',
        6,
        "recipient 'acme_mail': calls[0]: 'acme..send' is not a dotted call pattern "
        "(identifiers or '*' between dots, starting with an identifier)",
        id="bad-call-pattern",
    ),
    pytest.param(
        ACME + '  calls: ["*.send"]\n',
        6,
        "recipient 'acme_mail': calls[0]: '*.send' is not a dotted call pattern "
        "(identifiers or '*' between dots, starting with an identifier)",
        id="call-pattern-starting-with-star",
    ),
    pytest.param(
        ACME + "  config_keys: ['ACME_(\\w+']\n",
        6,
        "recipient 'acme_mail': config_keys[0]: 'ACME_(\\w+' is neither a key name nor a regular expression: "
        "missing ), unterminated subpattern at position 5",
        id="bad-config-regex",
    ),
    pytest.param(
        ACME + "  hosts: [api.stripe.com]\n",
        1,
        "host 'api.stripe.com' of recipient 'acme_mail' is already claimed by 'stripe' (catalog/data/recipients.yaml:",
        id="host-claimed-by-another",
    ),
    pytest.param(
        ACME + "  name: Again\n",
        6,
        "duplicate key 'name' (first defined on line 2)",
        id="duplicate-key",
    ),
    pytest.param("id: acme\n", 1, "a recipients file must be a list of entries, not dict", id="not-a-list"),
    pytest.param("- just text\n", 1, "entry 1 must be a mapping, not str", id="entry-not-a-mapping"),
    pytest.param(
        ACME + "  hosts: [a\n",
        7,
        "YAML syntax error: while parsing a flow sequence (line 6): expected ',' or ']', but got '<stream end>'",
        id="yaml-syntax",
    ),
    pytest.param("\n", None, "the recipients file is empty", id="empty"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD_FILES)
def test_bad_user_file(tmp_path: Path, text: str, line: int | None, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DatamapError) as caught:
        load_recipients([path])
    error = caught.value
    assert (error.path, error.line) == (str(path), line)
    if message.endswith(":"):  # the first definition's line moves as the packaged file grows
        assert error.message.startswith(message)
    else:
        assert error.message == message


def test_unreadable_user_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(DatamapError) as caught:
        load_recipients([missing])
    assert str(caught.value) == f"{missing}: cannot read recipients file: No such file or directory"


def test_not_utf8_user_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(ACME.replace("Acme Corp.", "Acmé Corp.").encode("latin-1"))
    with pytest.raises(DatamapError) as caught:
        load_recipients([path])
    assert str(caught.value) == f"{path}: not UTF-8 text (byte 48)"


# --------------------------------------------------------------------- docs


def test_committed_docs_match_the_generator(kb: KnowledgeBase) -> None:
    committed = (REPO / "docs" / "recipients.md").read_text(encoding="utf-8")
    assert committed == render_markdown_table(kb), "run: python -m catalog.recipients > docs/recipients.md"


def test_module_entry_point_prints_the_docs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "catalog.recipients"], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout == (REPO / "docs" / "recipients.md").read_text(encoding="utf-8")
