"""Whatever edits follow one another, a warm check reports what a check without the cache reports."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli.invoke import git_repo, run

POLICY = Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml"
FILES = {
    "db/members.sql": "CREATE TABLE app.members (\n  id bigint PRIMARY KEY,\n  username text,\n  email text\n);\n",
    "db/rooms.sql": "CREATE TABLE app.rooms (\n  id bigint PRIMARY KEY,\n  owner_id bigint,\n  topic text\n);\n",
    "db/orders.sql": "CREATE TABLE app.orders (\n  id bigint PRIMARY KEY,\n  member_id bigint,\n  amount numeric\n);\n"
                     "CREATE VIEW app.order_mail AS SELECT o.id, m.email FROM app.orders o JOIN app.members m "
                     "ON m.id = o.member_id;\n",
    "app/billing.py": "import stripe\n\n\ndef charge(email, phone):\n    stripe.Customer.create(email=email)\n",
    "app/ads.py": "import requests\n\n\ndef track(user):\n    requests.post('https://graph.facebook.com/x', "
                  "json={'ip': user.ip_address})\n",
    "settings.yaml": "segment:\n  write_key: x\n",
}


def _append(path: str, text: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        with (root / path).open("a") as handle:
            handle.write(text)
    return edit


def _prepend(path: str, text: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        (root / path).write_text(text + (root / path).read_text())
    return edit


def _remove(path: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        (root / path).unlink(missing_ok=True)
    return edit


EDITS: dict[str, Callable[[Path], None]] = {
    "a personal column in one file": _append("db/rooms.sql", "ALTER TABLE app.rooms ADD COLUMN host_email text;\n"),
    "a column dropped": _append("db/members.sql", "ALTER TABLE app.members DROP COLUMN email;\n"),
    "a new table of persons": lambda root: (root / "db" / "people.sql").write_text(
        "CREATE TABLE app.people (id bigint PRIMARY KEY, first_name text, phone text, birth_date date);\n"),
    "a schema file removed": _remove("db/orders.sql"),
    "a table the code declares too": _append("db/rooms.sql", "CREATE TABLE app.payments (id bigint PRIMARY KEY, "
                                             "card_number text);\n"),
    "a module's lines moved": _prepend("app/billing.py", "# charges\n\n"),
    "a new flow": _append("app/billing.py", "\n\ndef refund(email):\n    stripe.Refund.create(email=email)\n"),
    "a module that shares a table": lambda root: (root / "app" / "models.py").write_text(
        "from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\n"
        "Base = declarative_base()\n\n\nclass Payment(Base):\n    __tablename__ = 'payments'\n"
        "    __table_args__ = {'schema': 'app'}\n    id = Column(Integer, primary_key=True)\n"
        "    card_number = Column(String)\n"),
    "a config key": _append("settings.yaml", "mixpanel:\n  token: y\n"),
    "a line that changes nothing": _append("app/ads.py", "# reviewed\n"),
    "a syntax error": _append("db/members.sql", "CREATE TABLE broken (;\n"),
}


@settings(max_examples=12, deadline=None)
@given(st.lists(st.sampled_from(sorted(EDITS)), min_size=1, max_size=4))
def test_edits_one_after_another_report_what_a_check_without_the_cache_does(edits: list[str]) -> None:
    previous = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        root = git_repo(Path(folder), {**FILES, "policy.yaml": POLICY.read_text()})
        os.chdir(root)
        try:
            run("check", "--policy", "policy.yaml")
            for edit in edits:
                EDITS[edit](root)
                warm = run("check", "--policy", "policy.yaml", "--format", "json")
                assert warm[:2] == run("check", "--policy", "policy.yaml", "--format", "json", "--no-cache")[:2], edit
        finally:
            os.chdir(previous)
