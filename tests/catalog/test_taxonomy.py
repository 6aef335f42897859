"""fideslang taxonomy access and dotted-key arithmetic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from catalog import taxonomy

REPO = Path(__file__).resolve().parents[2]


def test_category_keys() -> None:
    keys = taxonomy.category_keys()
    assert {"user", "user.contact.email", "user.device.ip_address", "system"} <= keys
    assert "essential.service" not in keys
    assert len(keys) == 85


def test_use_keys_leave_out_deprecated_ones() -> None:
    keys = taxonomy.use_keys()
    assert {"essential.service", "marketing.advertising.frequency_capping"} <= keys
    assert "personalize.profiling" not in keys
    assert "user.contact.email" not in keys


def test_entry() -> None:
    deprecated = taxonomy.entry("personalize.profiling")
    assert deprecated is not None
    assert (deprecated.deprecated, deprecated.replaced_by) == (True, "personalize.content.profiling")
    email = taxonomy.entry("user.contact.email")
    assert email is not None
    assert (email.name, email.deprecated) == ("User Contact Email", False)
    assert taxonomy.entry("user.nope") is None


def test_the_taxonomy_is_loaded_once() -> None:
    assert taxonomy.category_keys() is taxonomy.category_keys()
    assert taxonomy.use_keys() is taxonomy.use_keys()


def test_importing_the_module_does_not_load_fideslang() -> None:
    code = "import sys, catalog.taxonomy; print('fideslang' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("key", "ancestor", "expected"),
    [
        ("user.contact.email", "user", True),
        ("user.contact.email", "user.contact", True),
        ("user.contact.email", "user.contact.email", True),
        ("user.contact", "user.contact.email", False),
        ("user.contactx", "user.contact", False),
        ("user.content.audio_video", "user.content", True),
        ("system", "user", False),
    ],
)
def test_is_descendant(key: str, ancestor: str, expected: bool) -> None:
    assert taxonomy.is_descendant(key, ancestor) is expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [("user.contact.email", "user.contact"), ("user.contact", "user"), ("user", None)],
)
def test_parent(key: str, expected: str | None) -> None:
    assert taxonomy.parent(key) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "user"), (2, "user.contact"), (3, "user.contact.email"), (9, "user.contact.email")],
)
def test_level(n: int, expected: str) -> None:
    assert taxonomy.level("user.contact.email", n) == expected


def test_level_below_one_is_an_error() -> None:
    with pytest.raises(ValueError, match="level must be at least 1, got 0"):
        taxonomy.level("user.contact.email", 0)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("user.contact.emial", "user.contact.email"),
        ("user.email", "user.contact.email"),  # same last segment first
        ("user.ip_address", "user.device.ip_address"),
        ("user.device.device_identifier", "user.device.device_id"),
        ("completely.unrelated.thing", None),
    ],
)
def test_suggest(key: str, expected: str | None) -> None:
    assert taxonomy.suggest(key, taxonomy.category_keys()) == expected


def test_suggest_never_returns_the_key_itself() -> None:
    assert taxonomy.suggest("user.name", {"user.name"}) is None
