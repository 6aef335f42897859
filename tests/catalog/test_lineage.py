"""The lineage graph: propagation of categories, aggregates and hashes, flows with paths."""

from __future__ import annotations

from catalog.lineage import LineageGraph
from catalog.model import Classification, Edge, Evidence, Field, Node


def _field(table: str, name: str) -> Field:
    return Field(source="s.sql", dataset="app", table=table, name=name)


def _graph() -> LineageGraph:
    fields = [_field("users", "email"), _field("users", "id"), _field("daily", "signups"),
              _field("export", "email_md5")]
    classes = [Classification("user.contact.email", 0.9, ""), Classification("user.unique_id", 0.9, ""),
               Classification(None, 0.9, ""), Classification(None, 0.9, "")]
    nodes = [Node("recipient:facebook_conversions_api", "recipient", "Facebook Conversions API"),
             Node("code:app/ads.py:12:send_audience", "code", "send_audience")]
    send = Evidence("app/ads.py", 14)
    edges = [
        Edge("field:app.users.id", "field:app.daily.signups", "derives", transform="aggregate"),
        Edge("field:app.users.email", "field:app.export.email_md5", "derives", transform="hashed"),
        Edge("field:app.export.email_md5", "code:app/ads.py:12:send_audience", "copies"),
        Edge("field:app.daily.signups", "code:app/ads.py:12:send_audience", "copies"),
        Edge("code:app/ads.py:12:send_audience", "recipient:facebook_conversions_api", "sends", send,
             purpose="marketing.advertising", purpose_source="code"),
    ]
    return LineageGraph.build(fields, classes, nodes, edges)


def test_categories_propagate_through_hashes_but_not_aggregates() -> None:
    graph = _graph()
    assert graph.categories("field:app.export.email_md5") == {"user.contact.email"}
    assert graph.categories("field:app.daily.signups") == set()
    assert graph.categories("recipient:facebook_conversions_api") == {"user.contact.email"}


def test_flows_name_origin_path_purpose_and_hashing() -> None:
    (flow,) = _graph().flows()
    assert flow.categories == ("user.contact.email",)
    assert flow.recipient == "facebook_conversions_api"
    assert flow.path == ("field:app.users.email", "field:app.export.email_md5", "code:app/ads.py:12:send_audience",
                         "recipient:facebook_conversions_api")
    assert (flow.purpose, flow.purpose_source) == ("marketing.advertising", "code")
    assert flow.transforms == ("hashed",)
    assert flow.evidence == Evidence("app/ads.py", 14)


def test_cycles_terminate() -> None:
    fields = [_field("a", "email"), _field("b", "email")]
    classes = [Classification("user.contact.email", 0.9, ""), Classification(None, 0.5, "")]
    edges = [Edge("field:app.a.email", "field:app.b.email", "copies"),
             Edge("field:app.b.email", "field:app.a.email", "copies")]
    graph = LineageGraph.build(fields, classes, (), edges)
    assert graph.categories("field:app.b.email") == {"user.contact.email"}
    assert graph.flows() == []


def test_paths_from_a_field_to_recipients() -> None:
    graph = _graph()
    assert graph.paths_from("field:app.users.email") == [[
        "field:app.users.email", "field:app.export.email_md5", "code:app/ads.py:12:send_audience",
        "recipient:facebook_conversions_api"]]
    assert graph.paths_from("field:app.daily.signups") == [[
        "field:app.daily.signups", "code:app/ads.py:12:send_audience", "recipient:facebook_conversions_api"]]


def test_paths_stop_at_aggregates() -> None:
    graph = _graph()
    assert graph.paths_from("field:app.users.id") == []


def test_the_networkx_graph_is_made_when_asked_for_with_every_node_edge_and_category() -> None:
    graph = _graph()
    flows = graph.flows()
    nodes = dict(graph.graph.nodes(data=True))
    assert list(nodes) == ["field:app.users.email", "field:app.users.id", "field:app.daily.signups",
                           "field:app.export.email_md5", "recipient:facebook_conversions_api",
                           "code:app/ads.py:12:send_audience"]
    assert nodes["field:app.export.email_md5"]["categories"] == {"user.contact.email"}
    assert nodes["field:app.export.email_md5"]["hashed"] == {"user.contact.email"}
    assert nodes["field:app.daily.signups"]["categories"] == set()
    assert [(s, t, k) for s, t, k in graph.graph.edges(keys=True)] == [
        ("field:app.users.email", "field:app.export.email_md5", 2),
        ("field:app.users.id", "field:app.daily.signups", 1),
        ("field:app.daily.signups", "code:app/ads.py:12:send_audience", 4),
        ("field:app.export.email_md5", "code:app/ads.py:12:send_audience", 3),
        ("code:app/ads.py:12:send_audience", "recipient:facebook_conversions_api", 5)]
    graph.add_edge(Edge("field:app.users.id", "recipient:logs", "sends"))  # after the graph was made
    assert graph.graph.has_edge("field:app.users.id", "recipient:logs")
    assert graph.categories("recipient:logs") == {"user.unique_id"}
    assert graph.flows()[:1] == flows and len(graph.flows()) == 2


def test_a_node_keeps_what_its_reader_said_of_it() -> None:
    graph = _graph()
    graph.add_node(Node("recipient:acme", "recipient", "Acme", attributes=(("kind", "advertising"),)))
    assert graph.attributes("recipient:acme") == {"kind": "advertising"}
    assert graph.attributes("recipient:facebook_conversions_api") == {}
    assert graph.attributes("recipient:nobody") == {}
