"""Code node ids: what ``code_place`` reads of them, and ``line_free`` ids that survive edits moving code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.model import CodePlace, code_place, line_free

_NAME = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}(\.[A-Za-z_][A-Za-z0-9_]{0,8}){0,2}", fullmatch=True)
_PATH = st.from_regex(r"[a-z]{1,6}(/[a-z_]{1,6}){0,2}\.py", fullmatch=True)
_LINE = st.integers(min_value=0, max_value=99999)


def test_each_form_of_a_code_id_is_read() -> None:
    assert code_place("code:app/x.py:signup+3:requests.post") == CodePlace("app/x.py", "requests.post", "signup")
    assert code_place("code:app/x.py:12:requests.post") == CodePlace("app/x.py", "requests.post", None, 12)
    assert code_place("code:app/x.py:Mailer.send") == CodePlace("app/x.py", "Mailer.send")
    assert code_place("code:app/x.py:signup(email)") == CodePlace("app/x.py", "signup(email)")
    assert code_place("field:app.users.email") is None
    assert code_place("recipient:stripe") is None


@given(_PATH, _NAME, _NAME, _LINE, _LINE)
def test_a_call_keeps_its_line_free_id_wherever_its_function_or_line_moves(
        path: str, function: str, call: str, offset: int, line: int) -> None:
    placed = f"code:{path}:{function}+{offset}:{call}"
    top = f"code:{path}:{line}:{call}"
    assert line_free(placed) == line_free(top) == f"code:{path}:{call}"
    assert code_place(placed) == CodePlace(path, call, function)
    assert code_place(top) == CodePlace(path, call, None, line)


@given(_PATH, _NAME, _NAME)
def test_returns_parameters_fields_and_recipients_have_no_line_to_free(path: str, function: str, param: str) -> None:
    for node in (f"code:{path}:{function}", f"code:{path}:{function}({param})", f"field:app.{param}",
                 f"recipient:{param}"):
        assert line_free(node) == node
