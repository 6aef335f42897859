"""Model classes read as fields: ids must match the DDL reader's for DB-backed models."""

from __future__ import annotations

from catalog.model import ForeignKey


def _rows(result):
    return [(f.node_id, f.type, f.comment, f.primary_key, f.references, f.evidence.line) for f in result.fields
            if f.table.count(".") == 0 or f.dataset or "schemas" in f.table]


def test_django_models(read_app):
    result = read_app("django_app")
    assert _rows(result) == [
        ("field:accounts_profile.created_at", "timestamp", None, False, None, 5),
        ("field:accounts_profile.email", "varchar", "Primary contact address", False, None, 12),
        ("field:accounts_profile.nickname", "varchar", None, False, None, 13),
        ("field:accounts_profile.last_ip", "inet", None, False, None, 14),
        ("field:accounts_profile.id", "integer", None, True, None, 11),
        ("field:payments.profile_id", "integer", None, False, ForeignKey("accounts_profile", "id"), 18),
        ("field:payments.amount", "numeric", None, False, None, 19),
        ("field:payments.id", "integer", None, True, None, 17),
    ]
    assert result.stats["python_models"] == 2


def test_sqlalchemy_models_and_tables(read_app):
    result = read_app("sqlalchemy_app")
    assert _rows(result) == [
        ("field:shop.customers.id", "integer", None, True, None, 15),
        ("field:shop.customers.email", "varchar", "login and receipts", False, None, 16),
        ("field:shop.customers.phone", "varchar", None, False, None, 17),
        ("field:shop.orders.id", "integer", None, True, None, 25),
        ("field:shop.orders.customer_id", "integer", None, False, ForeignKey("shop.customers", "id"), 26),
        ("field:shop.orders.ship_to", "varchar", None, False, None, 27),
        ("field:mkt.newsletter.email", "varchar", None, False, None, 32),
        ("field:mkt.newsletter.opted_in_at", "varchar", None, False, None, 32),
    ]
    assert all(f.dataset in ("shop", "mkt") for f in result.fields if f.table in ("customers", "orders", "newsletter"))


def test_pydantic_dataclass_marshmallow(read_app):
    result = read_app("fastapi_app")
    assert _rows(result) == [
        ("field:api.schemas.signuprequest.email", "varchar", None, False, None, 8),
        ("field:api.schemas.signuprequest.full_name", "varchar", "Name shown to other members", False, None, 9),
        ("field:api.schemas.signuprequest.age", "integer", None, False, None, 10),
        ("field:api.schemas.deviceinfo.ip_address", "varchar", None, False, None, 15),
        ("field:api.schemas.deviceinfo.user_agent", "varchar", None, False, None, 16),
        ("field:api.schemas.contactschema.email", "varchar", None, False, None, 20),
        ("field:api.schemas.contactschema.phone", "varchar", None, False, None, 21),
    ]


def test_flask_sqlalchemy_sqlmodel_and_table_args_tuple(read_source):
    result = read_source({"models.py": '''
from flask_sqlalchemy import SQLAlchemy
from sqlmodel import SQLModel, Field
from sqlalchemy import UniqueConstraint

db = SQLAlchemy()


class UserAccount(db.Model):
    __table_args__ = (UniqueConstraint("email"), {"schema": "auth"})
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(120), doc="sign-in address")


class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    secret_name: str


class HeroBase(SQLModel):
    name: str
'''})
    assert [(f.node_id, f.type, f.comment) for f in result.fields] == [
        ("field:auth.user_account.id", "integer", None),
        ("field:auth.user_account.email", "varchar", "sign-in address"),
        ("field:hero.id", "integer", None),
        ("field:hero.secret_name", "varchar", None),
        ("field:models.herobase.name", "varchar", None),
    ]


def test_django_meta_app_label_self_reference_and_db_column(read_source):
    result = read_source({"crm/models.py": '''
from django.db import models


class Contact(models.Model):
    referrer = models.ForeignKey("self", null=True, on_delete=models.SET_NULL, db_column="ref_id")
    phone = models.CharField(max_length=20, primary_key=True)
    tags = models.ManyToManyField("Tag")

    class Meta:
        app_label = "sales"


class Proxy(Contact):
    class Meta:
        proxy = True
''', "crm/__init__.py": ""})
    assert [(f.node_id, f.primary_key, f.references) for f in result.fields] == [
        ("field:sales_contact.ref_id", False, ForeignKey("sales_contact", "id")),
        ("field:sales_contact.phone", True, None),
    ]
