"""Every format loader: the data it returns and the line of every key."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.config.document import Document, LoadError, dotted, leaves
from scanner.config.envfile import load_env
from scanner.config.formats import format_of
from scanner.config.inifile import load_ini
from scanner.config.jsonfile import load_json
from scanner.config.tomlfile import load_toml
from scanner.config.yamlfile import load_yaml


def test_yaml_lines_merge_keys_and_documents() -> None:
    docs = load_yaml("base: &base\n  host: a.example.com\napp:\n  <<: *base\n  port: 80\n---\nsecond: ~\n")
    assert [d.data for d in docs] == [
        {"base": {"host": "a.example.com"}, "app": {"host": "a.example.com", "port": "80"}},
        {"second": None},
    ]
    assert docs[0].lines == {(): 1, ("base",): 1, ("base", "host"): 2, ("app",): 3, ("app", "port"): 5}
    assert docs[0].line_of(("app", "host")) == 3
    assert docs[1].lines == {(): 7, ("second",): 7}


def test_yaml_keeps_scalars_as_text_and_constructs_no_tags() -> None:
    [doc] = load_yaml("a: !!python/object:os.system ls\nb: 2020-01-01\nc: ''\nd:\n")
    assert doc.data == {"a": "ls", "b": "2020-01-01", "c": "", "d": None}


def test_json_lines_of_keys_and_items() -> None:
    [doc] = load_json('{\n  "a": [\n    {"b": 1},\n    {"b": 2}\n  ],\n  "c": "x"\n}')
    assert doc.lines == {(): 1, ("a",): 2, ("a", 0): 3, ("a", 0, "b"): 3, ("a", 1): 4, ("a", 1, "b"): 4, ("c",): 6}


def test_json_with_comments_and_trailing_commas() -> None:
    [doc] = load_json('{\n  // note\n  "url": "https://x.example.com/*not a comment*/", /* c */\n  "b": [1,],\n}')
    assert doc.data == {"url": "https://x.example.com/*not a comment*/", "b": [1]}
    assert doc.lines[("b",)] == 4


def test_toml_lines_of_tables_arrays_and_dotted_keys() -> None:
    text = 'a = 1\n[s.t]\nk = "v"\n[[jobs]]\nname = "x"\nnote = """\nname = "no"\n"""\n[[jobs]]\nname = "y"\nd.e = 2\n'
    [doc] = load_toml(text)
    assert doc.data["jobs"][1] == {"name": "y", "d": {"e": 2}}
    assert doc.lines == {
        ("a",): 1, ("s",): 2, ("s", "t"): 2, ("s", "t", "k"): 3, ("jobs",): 4, ("jobs", 0): 4,
        ("jobs", 0, "name"): 5, ("jobs", 0, "note"): 6, ("jobs", 1): 9, ("jobs", 1, "name"): 10,
        ("jobs", 1, "d"): 11, ("jobs", 1, "d", "e"): 11,
    }  # fmt: skip


def test_env_quotes_export_comments_and_multiline() -> None:
    text = 'export A="x y"\nB=plain # note\nC=\'lit # eral\'\nD="one\ntwo"\nE=\n# F=1\nnope\n'
    [doc], problems = load_env(text)
    assert doc.data == {"A": "x y", "B": "plain", "C": "lit # eral", "D": "one\ntwo", "E": ""}
    assert doc.lines == {("A",): 1, ("B",): 2, ("C",): 3, ("D",): 4, ("E",): 6}
    assert [(p.line, p.reason) for p in problems] == [(8, "not a KEY=VALUE line")]


def test_ini_keeps_key_case_and_skips_interpolation() -> None:
    [doc] = load_ini("[Stripe]\nSecret_Key = %(x)s\n\n[urls]\nhook: https://a.example.com\n")
    assert doc.data == {"Stripe": {"Secret_Key": "%(x)s"}, "urls": {"hook": "https://a.example.com"}}
    assert doc.lines == {("Stripe",): 1, ("Stripe", "Secret_Key"): 2, ("urls",): 4, ("urls", "hook"): 5}


@pytest.mark.parametrize(
    ("name", "kind"),
    [(".env", "env"), (".env.production", "env"), ("prod.env", "env"), ("a.YML", "yaml"), ("setup.cfg", "ini"),
     ("pyproject.toml", "toml"), ("x.json", "json"), ("x.txt", None)],
)  # fmt: skip
def test_format_by_name(name: str, kind: str | None) -> None:
    assert format_of(Path(name)) == kind


def test_toml_error_has_its_line() -> None:
    with pytest.raises(LoadError) as caught:
        load_toml("a = 1\nb = \n")
    assert caught.value.line == 2


def test_leaves_and_dotted_paths() -> None:
    doc = Document({"a": {"b": [1, {"c": "x"}]}, "d": None})
    assert [(dotted(loc), value) for loc, value in leaves(doc.data)] == [("a.b[0]", 1), ("a.b[1].c", "x"), ("d", None)]
    assert doc.get(("a", "b", 1, "c")) == "x"
    assert doc.get(("a", "zz", 0)) is None
