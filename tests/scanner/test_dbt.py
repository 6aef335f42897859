"""The dbt reader on small projects: with and without a manifest, docs, meta tags and broken Jinja."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.model import ReadResult
from scanner.dbt import category_of, read_dbt_project
from scanner.options import ReadOptions
from scanner.sql.jinja import RenderError, render, substitute

FIXTURES = Path(__file__).parent / "fixtures" / "dbt"
ROOT = Path(__file__).resolve().parents[2]


def _rel(path: str) -> str:
    return Path(path).resolve().relative_to(FIXTURES).as_posix()


def edges(result: ReadResult) -> list[str]:
    return [f"{e.source} -> {e.target} {e.kind}{'/' + e.transform if e.transform else ''} @{e.evidence.line}"
            for e in result.edges if e.evidence]


def fields(result: ReadResult) -> list[tuple[object, ...]]:
    return [(f.dataset, f.table, f.name, f.annotation, f.comment, _rel(f.evidence.path), f.evidence.line)
            for f in result.fields if f.evidence]


@pytest.fixture(scope="module")
def shop() -> ReadResult:
    return read_dbt_project(str(FIXTURES / "shop"), ReadOptions())


def test_rendered_project_edges_follow_refs_and_sources(shop: ReadResult) -> None:
    assert edges(shop) == [
        "field:app.order_rows.id -> field:staging.stg_orders.order_id copies @3",
        "field:app.order_rows.customer_id -> field:staging.stg_orders.customer_id copies @4",
        "field:app.order_rows.amount_cents -> field:staging.stg_orders.amount derives/expression @5",
        "field:app.customers.id -> field:staging.stg_customers.customer_id copies @4",
        "field:app.customers.email -> field:staging.stg_customers.email derives/expression @5",
        "field:app.customers.phone -> field:staging.stg_customers.phone copies @6",
        "field:app.customers.email -> field:staging.stg_customers.customer_key derives/expression @7",
        "field:app.customers.id -> field:staging.stg_customers.customer_key derives/expression @7",
        "field:staging.stg_customers.customer_id -> field:finance.customer_ltv.customer_id copies @10",
        "field:staging.stg_customers.email -> field:finance.customer_ltv.email_hash derives/hashed @11",
        "field:staging.stg_customers.phone -> field:finance.customer_ltv.phone copies @12",
        "field:staging.stg_orders.amount -> field:finance.customer_ltv.lifetime_value derives/aggregate @13",
    ]


def test_rendered_project_fields_carry_docs_and_meta_categories(shop: ReadResult) -> None:
    assert fields(shop) == [
        ("app", "customers", "email", "user.contact.email", "Login e-mail of the customer.",
         "shop/models/staging/sources.yml", 9),
        ("app", "customers", "phone", "user.contact.phone_number", None, "shop/models/staging/sources.yml", 13),
        ("staging", "stg_orders", "order_id", None, None, "shop/models/staging/stg_orders.sql", 3),
        ("staging", "stg_orders", "customer_id", None, None, "shop/models/staging/stg_orders.sql", 4),
        ("staging", "stg_orders", "amount", None, None, "shop/models/staging/stg_orders.sql", 5),
        ("staging", "stg_customers", "customer_id", None, None, "shop/models/staging/stg_customers.sql", 4),
        ("staging", "stg_customers", "email", None, None, "shop/models/staging/stg_customers.sql", 5),
        ("staging", "stg_customers", "phone", None, None, "shop/models/staging/stg_customers.sql", 6),
        ("staging", "stg_customers", "customer_key", None, None, "shop/models/staging/stg_customers.sql", 7),
        ("finance", "customer_ltv", "customer_id", None, None, "shop/models/marts/customer_value.sql", 10),
        ("finance", "customer_ltv", "email_hash", None, "MD5 of the lower-cased e-mail address.",
         "shop/models/marts/customer_value.sql", 11),
        ("finance", "customer_ltv", "phone", "user.contact.phone_number", None,
         "shop/models/marts/customer_value.sql", 12),
        ("finance", "customer_ltv", "lifetime_value", None, None, "shop/models/marts/customer_value.sql", 13),
        ("finance", "customer_ltv", "loyalty_tier", None, "Documented but not built yet.",
         "shop/models/marts/schema.yml", 15),
        ("marts", "broken", "order_id", None, None, "shop/models/marts/schema.yml", 19),
    ]


def test_broken_jinja_is_an_error_with_path_and_line_and_the_rest_is_read(shop: ReadResult) -> None:
    assert [(_rel(e.path), e.line, e.reason, e.kind) for e in shop.errors] == [
        ("shop/models/marts/broken.sql", 2, "Jinja will not render: TemplateSyntaxError: unexpected '}', expected ')'",
         "error"),
        ("shop/models/staging/stg_customers.sql", None,
         "macros not run, read as opaque calls: dbt_utils.generate_surrogate_key", "warning"),
    ]
    assert shop.stats == {"dbt_models": 4, "dbt_sources": 2, "dbt_models_failed": 1, "lineage_statements": 3,
                          "lineage_edges": 12, "tables": 6}


def test_manifest_relations_and_compiled_code_win_over_rendering() -> None:
    result = read_dbt_project(str(FIXTURES / "shop_manifest"), ReadOptions())
    assert edges(result) == [
        "field:app.customers.id -> field:analytics_staging.stg_customers.customer_id copies @4",
        "field:app.customers.balance_cents -> field:analytics_staging.stg_customers.balance derives/expression @5",
        "field:app.customers.email -> field:analytics_staging.stg_customers.email copies @6",
    ]
    assert result.errors == []


def test_sample_estate_dbt_project_reads_without_errors() -> None:
    result = read_dbt_project(str(ROOT / "sample_schemas" / "etl"), ReadOptions())
    assert result.errors == []
    assert result.stats["dbt_models"] == result.stats["lineage_statements"] == 12


@pytest.mark.parametrize(("meta", "category"), [
    ({"datamap": "user.contact.email"}, "user.contact.email"),
    ({"pii": "email"}, "user.contact.email"),
    ({"data_categories": ["not.a.key", "user.device.ip_address"]}, "user.device.ip_address"),
    ({"contains_pii": "true"}, None),
    ({"pii": "something"}, None),
    ("not a mapping", None),
])
def test_meta_names_a_category_only_when_it_names_a_taxonomy_key(meta: object, category: str | None) -> None:
    assert category_of(meta) == category


def test_renderer_resolves_relations_config_vars_and_skips_incremental_blocks() -> None:
    rendered = render("{{ config(schema='x') }}select a from {{ ref('m') }}, {{ source('s', 't') }}"
                      "{% if is_incremental() %} where b > 1{% endif %} -- {{ var('v', 'd') }} {{ env_var('HOME') }}",
                      {}, ("self",))
    names = {p: ".".join(r.args) for p, r in rendered.relations.items()}
    assert substitute(rendered, names) == "select a from m, s.t -- d NULL"
    assert rendered.config == {"schema": "x"}


@pytest.mark.parametrize("template", [
    "{{ ''.__class__.__mro__ }}",
    "{% for x in range(10) %}{{ x.__class__.__subclasses__() }}{% endfor %}",
    "{{ ref( }}",
])
def test_renderer_refuses_unsafe_or_broken_templates(template: str) -> None:
    with pytest.raises(RenderError):
        render(template)
