"""Coverage of flows by the Paltalk policy: purposes decided in order, findings with exact rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.coverage import decide_purpose, evaluate_flows, flow_subject
from catalog.lineage import LineageGraph
from catalog.model import Classification, Edge, Evidence, Field, Flow, Node
from catalog.policy import load_policy
from catalog.recipients import load_recipients

POLICY = load_policy(Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml")
RECIPIENTS = load_recipients()


def _flows(category: str, recipient: str, purpose: str | None = None, kind: str | None = None) -> tuple:
    field = Field(source="s.sql", dataset="app", table="users", name="x")
    node = Node(f"recipient:{recipient}", "recipient", recipient, attributes=(("kind", kind),) if kind else ())
    send = Edge("code:app/ads.py:7:send", f"recipient:{recipient}", "sends", Evidence("app/ads.py", 7),
                purpose=purpose, purpose_source="code" if purpose else None)
    edges = [Edge(field.node_id, "code:app/ads.py:7:send", "copies"), send]
    graph = LineageGraph.build([field], [Classification(category, 0.9, "")], [node], edges)
    return graph.flows(), graph


@pytest.mark.parametrize(
    ("category", "recipient", "purpose", "rule"),
    [
        ("user.device.ip_address", "appsflyer", "marketing.advertising.third_party.targeted", None),
        ("user.contact.email", "meta_ads", "marketing.advertising.third_party.targeted", "DM101"),
        ("user.device.ip_address", "openai", None, "DM102"),
        ("user.financial.credit_card", "stripe", "marketing.advertising", "DM103"),
        ("user.financial.credit_card", "stripe", None, None),
        ("user.contact.email", "logs", None, "DM107"),
    ],
)
def test_flow_verdicts(category: str, recipient: str, purpose: str | None, rule: str | None) -> None:
    flows, graph = _flows(category, recipient, purpose, "logs" if recipient == "logs" else None)
    verdicts, findings = evaluate_flows(flows, graph, POLICY, RECIPIENTS)
    assert [v.rule for v in verdicts] == [rule]
    assert [f.rule for f in findings] == ([rule] if rule else [])
    if findings:
        assert findings[0].path == flows[0].path
        assert findings[0].hops == (None, Evidence("app/ads.py", 7))
        assert findings[0].evidence == Evidence("app/ads.py", 7)


def test_purpose_precedence_and_its_source() -> None:
    flow = Flow(("user.contact.email",), "sendgrid", ("field:app.users.email", "code:app/mail.py:3:send",
                                                     "recipient:sendgrid"), evidence=Evidence("app/mail.py", 3))
    assert decide_purpose(flow, RECIPIENTS, {}) == (RECIPIENTS.by_id("sendgrid").purposes[0], "recipient")
    assert decide_purpose(flow, RECIPIENTS, {"app/mail.py": "essential.service.notifications.email"}) == (
        "essential.service.notifications.email", "project")
    declared = Flow(flow.categories, flow.recipient, flow.path, "marketing.communications.email", "config")
    assert decide_purpose(declared, RECIPIENTS, {"sendgrid": "x"}) == ("marketing.communications.email", "config")


def test_subject_has_no_line_numbers() -> None:
    flow = Flow(("user.contact.email",), "meta_ads", ("field:app.users.email", "code:app/ads.py:12:send",
                                                     "recipient:meta_ads"))
    moved = Flow(flow.categories, flow.recipient, ("field:app.users.email", "code:app/ads.py:40:send",
                                                   "recipient:meta_ads"))
    expected = "field:app.users.email -> code:app/ads.py:send -> recipient:meta_ads"
    assert flow_subject(flow) == flow_subject(moved) == expected


def test_without_a_policy_nothing_is_judged() -> None:
    flows, graph = _flows("user.contact.email", "meta_ads")
    verdicts, findings = evaluate_flows(flows, graph, None, RECIPIENTS)
    assert [(v.covered, v.flow.purpose_source) for v in verdicts] == [(None, "recipient")]
    assert findings == []
