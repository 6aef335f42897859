"""Export jobs: query columns and transforms, purposes, connectors, and the flows they make in the graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.lineage import LineageGraph
from catalog.model import Edge, Evidence
from catalog.recipients import load_recipients
from catalog.taxonomy import category_keys
from scanner.classify.classifier import Classifier
from scanner.classify.knowledge import load_knowledge
from scanner.config.exports.connectors import connector_name, load_connectors
from scanner.config.exports.job import declared_purpose
from scanner.config.exports.meltano import _package
from scanner.config.exports.query import QueryColumn, QueryError, query_columns
from scanner.config.reader import read_config_file
from scanner.options import ReadOptions

FIXTURES = Path(__file__).parent / "fixtures"


def test_query_columns_and_transforms() -> None:
    sql = ("SELECT sha2(u.email, 256) AS h, u.country, avg(p.amount) AS spend, concat(u.first_name, ' ', u.last_name) "
           "FROM app.users u LEFT JOIN billing.payments p ON p.user_id = u.id WHERE u.active")
    assert query_columns(sql) == ([
        QueryColumn("app", "users", "email", "hashed"),
        QueryColumn("app", "users", "country", None),
        QueryColumn("billing", "payments", "amount", "aggregate"),
        QueryColumn("app", "users", "first_name", "expression"),
        QueryColumn("app", "users", "last_name", "expression"),
    ], [])  # fmt: skip


def test_group_by_keys_that_name_no_person_make_every_column_an_aggregate() -> None:
    by_country = "SELECT country, count(*) AS members FROM app.users GROUP BY country"
    assert query_columns(by_country) == ([QueryColumn("app", "users", "country", "aggregate")], [])
    by_member = "SELECT user_id, max(login_at) AS last_login FROM app.logins GROUP BY user_id"
    assert query_columns(by_member) == ([
        QueryColumn("app", "logins", "user_id", None),
        QueryColumn("app", "logins", "login_at", "aggregate"),
    ], [])  # fmt: skip


def test_query_columns_that_cannot_be_tied_to_a_table() -> None:
    columns, notes = query_columns("SELECT email, p.amount FROM users u JOIN payments p ON p.uid = u.id")
    assert columns == [QueryColumn(None, "payments", "amount", None)]
    assert notes == ["column 'email' cannot be tied to one table"]


@pytest.mark.parametrize("sql", ["DELETE FROM users", "SELECT FROM WHERE ((("])
def test_queries_that_are_not_selects(sql: str) -> None:
    with pytest.raises(QueryError):
        query_columns(sql)


def test_purpose_comment_on_or_above_the_job() -> None:
    lines = ("jobs:", "  # owner: growth", "  # datamap: purpose=marketing.advertising", "  - name: x", "  - name: y")
    assert declared_purpose(lines, 4) == "marketing.advertising"
    assert declared_purpose(lines, 5) is None
    assert declared_purpose(("- name: z  # datamap: purpose=sales",), 1) == "sales"


def test_connector_names() -> None:
    assert connector_name("airbyte/destination-hubspot:0.2.1") == "destination-hubspot"
    assert connector_name("Google Sheets", "destination-") == "destination-google-sheets"
    assert _package("git+https://github.com/example/target-hubspot.git@v1") == "target-hubspot"
    assert _package("target-s3==1.2.0") == "target-s3"
    assert _package("git+https://example.com/x.git#egg=target-klaviyo") == "target-klaviyo"
    assert _package("meltanolabs-target-postgres") is None


def test_every_connector_recipient_is_in_the_knowledge_base() -> None:
    table = load_connectors()
    kb = load_recipients()
    assert sorted(rid for rid in table.recipients if rid not in kb) == []
    names = [name for names in table.recipients.values() for name in names]
    assert len(names) == len(set(names))
    assert set(names).isdisjoint(table.stores)


def test_export_flows_in_the_lineage_graph() -> None:
    """The datamap-format fixture, classified and built into a graph, gives these flows exactly."""
    result = read_config_file(str(FIXTURES / "exports.yaml"), ReadOptions())
    classifier = Classifier(load_knowledge(categories=category_keys()), categories=category_keys())
    graph = LineageGraph.build(result.fields, classifier.classify_fields(result.fields, {}), result.nodes, result.edges)
    path = str(FIXTURES / "exports.yaml")
    found = sorted((f.recipient, f.path[0], f.categories, f.purpose, f.transforms, f.evidence.line if f.evidence else 0)
                   for f in graph.flows())
    advertising, communications = "marketing.advertising.third_party.targeted", "marketing.communications.email"
    partner = "ingest.partner-network.example"
    # each column is sent from the line that names it (its ``fields:`` item or ``select:`` entry)
    assert found == [
        ("facebook", "field:app.users.country", ("user.contact.address.country",), advertising, (), 16),
        ("facebook", "field:app.users.email", ("user.contact.email",), advertising, ("hashed",), 16),
        ("hubspot", "field:crm.contacts.email", ("user.contact.email",), "sales", (), 24),
        ("hubspot", "field:crm.contacts.first_name", ("user.name.first",), "sales", (), 24),
        ("hubspot", "field:crm.contacts.phone", ("user.contact.phone_number",), "sales", (), 24),
        (partner, "field:events.logins.ip_address", ("user.device.ip_address",), None, (), 29),
        (partner, "field:events.logins.user_id", ("user.unique_id",), None, (), 29),
        ("mailchimp", "field:app.users.country", ("user.contact.address.country",), communications, (), 8),
        ("mailchimp", "field:app.users.email", ("user.contact.email",), communications, (), 7),
        ("mailchimp", "field:app.users.nickname", ("user.account.username",), communications, (), 9),
        ("sendgrid", "field:app.users.email", ("user.contact.email",), None, (), 48),
    ]  # the session count is an aggregate: no flow; the warehouse copy goes to a store: no flow
    sends = [e for e in result.edges if e.kind == "sends"]
    assert sends[0] == Edge(f"config:{path}#newsletter_audience.app.users.email", "recipient:mailchimp", "sends",
                            Evidence(path, 7), "marketing.communications.email", "config")
