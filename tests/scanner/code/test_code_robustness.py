"""Bad input never stops the reader: each problem is a counted ScanError with path and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.model import ReadResult
from scanner.code.python import read_python_files
from scanner.code.source import MAX_BYTES
from scanner.options import ReadOptions

GOOD = "import stripe\n\n\ndef charge(email):\n    stripe.Customer.create(email=email)\n"
SEGMENT_CALL = 'requests.post("https://api.segment.io/v1/track", json={{"e": {}}})'


def _read(kb, folder: Path) -> ReadResult:
    paths = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.py"))
    return read_python_files(paths, ReadOptions(), kb)


def test_syntax_error_is_reported_and_the_rest_is_read(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.py").write_text("def broken(:\n    pass\n")
    (tmp_path / "good.py").write_text(GOOD)
    result = _read(kb, tmp_path)
    assert [(e.path, e.line, e.reason, e.kind) for e in result.errors] == [
        ("broken.py", 1, "syntax error: invalid syntax", "error")]
    assert [e.target for e in result.edges if e.kind == "sends"] == ["recipient:stripe"]
    assert result.stats["python_files_failed"] == 1
    assert result.stats["python_files_read"] == 1


def test_recursion_bomb_is_reported_not_raised(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    chain = " + ".join(["email"] * 5000)
    (tmp_path / "bomb.py").write_text(f"def f(email):\n    x = {chain}\n")
    (tmp_path / "brackets.py").write_text("x = " + "[" * 500 + "]" * 500 + "\n")
    (tmp_path / "good.py").write_text(GOOD)
    result = _read(kb, tmp_path)
    assert [(e.path, e.reason) for e in result.errors] == [
        ("bomb.py", "expression nesting too deep to parse"),
        ("brackets.py", "syntax error: too many nested parentheses"),
    ]
    assert len([e for e in result.edges if e.kind == "sends"]) == 1


def test_deep_but_parsable_expression_keeps_its_data(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    chain = " + ".join(["email"] * 600)
    (tmp_path / "deep.py").write_text(
        f"import requests\n\n\ndef f(email):\n    x = {chain}\n    {SEGMENT_CALL.format('x')}\n")
    result = _read(kb, tmp_path)
    assert result.errors == []
    assert ("field:deep.f.email", "field:deep.f.e") in {(e.source, e.target) for e in result.edges}


def test_huge_generated_file_is_skipped_by_size(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open(tmp_path / "bundle.py", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    (tmp_path / "good.py").write_text(GOOD)
    result = _read(kb, tmp_path)
    assert [(e.path, e.reason) for e in result.errors] == [
        ("bundle.py", f"file of {100 * 1024 * 1024} bytes is over the {MAX_BYTES} byte limit "
                      "(generated or minified code)")]
    assert result.stats["python_files_skipped"] == 1


def test_binary_and_non_utf8_files(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blob.py").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.py").write_bytes(b"x = 1\ny = '\xe9'\n")
    result = _read(kb, tmp_path)
    assert [(e.path, e.line, e.reason) for e in result.errors] == [
        ("blob.py", None, "binary file, not Python source"),
        ("latin.py", 2, "not UTF-8 text"),
    ]


def test_missing_file_is_an_error(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = read_python_files(["gone.py"], ReadOptions(), kb)
    assert [(e.path, e.reason) for e in result.errors] == [("gone.py", "No such file or directory")]


# ------------------------------------------------------------------ property tests

_NAMES = st.sampled_from(["email", "user", "row", "rows", "data", "self", "x", "requests", "stripe", "logger",
                          "User", "session", "cur", "analytics", "hashlib", "len"])
_ATTRS = st.sampled_from(["email", "objects", "get", "filter", "post", "execute", "info", "track", "lower",
                          "sha256", "hexdigest", "Customer", "create", "first", "scalars", "all"])
_LEAVES = st.one_of(_NAMES, st.sampled_from(['"SELECT email FROM users"', '"https://api.segment.io/v1"',
                                              '"SELEC x"', "1", "None", 'f"{email}"', '"%s" % email']))


def _compose(children):
    return st.one_of(
        st.builds(lambda a, b: f"{a}.{b}", children, _ATTRS),
        st.builds(lambda f, a: f"{f}({a})", children, children),
        st.builds(lambda f, k, a: f"{f}({k}={a})", children, _ATTRS, children),
        st.builds(lambda a, b: f"{{{a!r}: {b}}}", _ATTRS, children),
        st.builds(lambda a, b: f"[{a}, {b}]", children, children),
        st.builds(lambda a, b: f"{a}[{b}]", children, children),
        st.builds(lambda a, b: f"{a} + {b}", children, children),
        st.builds(lambda a, b: f"[{a} for {b} in {a}]", children, _NAMES),
    )


_EXPRESSIONS = st.recursive(_LEAVES, _compose, max_leaves=12)
_STATEMENTS = st.one_of(
    st.builds(lambda n, e: f"{n} = {e}", _NAMES, _EXPRESSIONS),
    st.builds(lambda e: f"{e}", _EXPRESSIONS),
    st.builds(lambda n, e: f"for {n} in {e}:\n    {n}.email", _NAMES, _EXPRESSIONS),
    st.builds(lambda e: f"return {e}", _EXPRESSIONS),
    st.builds(lambda a, b: f"{a}, {b} = {b}, {a}", _NAMES, _NAMES),
)


def _module(body: list[str], as_function: bool, as_class: bool) -> str:
    lines = "\n".join(body) or "pass"
    if as_function:
        lines = "def f(email, user=None):\n" + "\n".join("    " + line for line in lines.splitlines())
    if as_class:
        lines = "class C:\n" + "\n".join("    " + line for line in lines.splitlines())
    return "import requests\nimport stripe\nfrom app import helper\n" + lines + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(_STATEMENTS, max_size=6), as_function=st.booleans(), as_class=st.booleans())
def test_generated_python_never_crashes_and_is_deterministic(kb, tmp_path_factory, body, as_function, as_class):
    folder = tmp_path_factory.mktemp("gen")
    source = _module(body, as_function, as_class)
    (folder / "gen.py").write_text(source)
    (folder / "app.py").write_text("def helper(a):\n    return a\n")
    paths = [str(folder / "app.py"), str(folder / "gen.py")]
    first = read_python_files(paths, ReadOptions(), kb)
    second = read_python_files(paths, ReadOptions(), kb)
    assert [e for e in first.edges] == [e for e in second.edges]
    assert all(e.path in paths for e in first.errors)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from(list("()[]{}:=.,+*'\"\n fdefclassimportreturn0x_")), max_size=200))
def test_arbitrary_text_never_crashes(kb, tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("txt")
    (folder / "t.py").write_text(text)
    result = read_python_files([str(folder / "t.py")], ReadOptions(), kb)
    assert all(e.path == str(folder / "t.py") for e in result.errors)


@pytest.mark.parametrize("source", [
    "x: 'List[" * 50 + "\n",
    "class A(A): pass\nclass B(B, A): pass\n",
    "from . import nothing\nfrom ...deep import x\nx.y.z()\n",
    "import a.b.c as d\nd.e(f=d)\n",
    "def f(*a, **k):\n    return f(*a, **k)\nf(f, f)\n",
    "match x:\n    case {'email': e}:\n        print(e)\n",
])
def test_odd_but_valid_sources(kb, tmp_path, monkeypatch, source):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd.py").write_text(source)
    result = read_python_files(["odd.py"], ReadOptions(), kb)
    assert all(e.path == "odd.py" for e in result.errors)
