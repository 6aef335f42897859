"""Citation matching: exact words, forgiving only what copying text changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.citations import (
    CitationProblem,
    check_citations,
    closest_passage,
    find_citation,
    locate_citation,
)
from catalog.policy import load_policy

FIXTURES = Path(__file__).parent / "fixtures" / "policy"
PALTALK_TEXT = Path(__file__).resolve().parents[2].parent / "shared" / "policy" / "paltalk-privacy-policy.txt"

TEXT = (
    "Paltalk is a property of PeerStream Inc.\u00a0 Your services are provided by Peerstream.\n"
    "This privacy policy applies to all of Paltalk\u2019s services.\n"
    "The Digital Advertising Alliance (\u201cDAA\u201d) has also made available tools\n"
    "on which you can register your choices (1) at http://www.aboutads.info/choices/ ."
)


@pytest.mark.parametrize(
    "citation",
    [
        "Paltalk is a property of PeerStream Inc.",
        "paltalk is a property",  # the first letter's case
        "  Your services are provided  ",  # surrounding white space
        "PeerStream Inc. Your services",  # a non-breaking space and a double space in the text
        "PeerStream\nInc.",  # a line break in the citation
        "Peerstream. This privacy",  # a line break in the text
        "all of Paltalk's services",  # straight apostrophe for a curly one
        'Alliance ("DAA") has',  # straight quotes for curly ones
        "Alliance (\u201eDAA\u201f) has",  # any double quote for any other
        "available tools on which",
        "(1) at http://www.aboutads.info/choices/ .",  # regex metacharacters are literal
    ],
)
def test_found(citation: str) -> None:
    assert find_citation(citation, TEXT)


@pytest.mark.parametrize(
    "citation",
    [
        "",
        "   ",
        "Paltalk is a Property of PeerStream",  # only the first letter's case is forgiven
        "Paltalk is property of PeerStream",  # a missing word
        "all of Paltalks services",  # the apostrophe dropped
        "PeerStreamInc.",  # words run together
        "all of Paltalk`s services",  # a backtick is not a quote
        "Alliance (DAA) has",  # quotes dropped
    ],
)
def test_not_found(citation: str) -> None:
    assert not find_citation(citation, TEXT)


def test_locate_gives_offsets_in_the_original_text() -> None:
    start, end = locate_citation("PeerStream Inc. Your", TEXT) or (0, 0)
    assert TEXT[start:end] == "PeerStream Inc.\u00a0 Your"


def test_closest_passage() -> None:
    assert closest_passage("applies to all of Paltalks servces", TEXT) == ("applies to all of Paltalk's services.")
    assert closest_passage("entirely unrelated words about cats", TEXT) is None
    assert closest_passage("", TEXT) is None


def test_check_citations_reports_each_missing_citation(tmp_path: Path) -> None:
    policy = load_policy(FIXTURES / "valid.yaml")
    text = (FIXTURES / "text.txt").read_text(encoding="utf-8")
    assert check_citations(policy, text) == []
    trimmed = text.replace("voice notes", "voice messages").replace("Facebook", "Meta")
    assert check_citations(policy, trimmed) == [
        CitationProblem(
            entry="extension 'user.content.audio_video.voice_notes'",
            entry_id="user.content.audio_video.voice_notes",
            citation="voice notes",
            closest="voice messages",
            loc=("extensions", 1, "citation"),
        ),
        CitationProblem(
            entry="recipient 'facebook'",
            entry_id="facebook",
            citation="Facebook",
            closest=None,
            loc=("recipients", 0, "citation"),
        ),
    ]


def test_problem_message() -> None:
    problem = CitationProblem("category 'x'", "x", "voice notes", "voice messages", ())
    assert problem.message == (
        'category \'x\': citation not found in the policy text: "voice notes"; closest passage: "voice messages"'
    )


def test_every_paltalk_citation_is_in_the_paltalk_text() -> None:
    policy = load_policy(Path(__file__).resolve().parents[2] / "sample_schemas" / "policy.yaml")
    assert check_citations(policy, PALTALK_TEXT.read_text(encoding="utf-8")) == []


# Properties -------------------------------------------------------------------------

WHITE = [" ", "  ", "\n", "\t", "\u00a0", " \n ", "\r\n", "\u2003"]
SWAPS = str.maketrans("'\u2019\"\u201c\u201d", '\u2019\'\u201c""')
TEXTS = st.text(
    alphabet=st.sampled_from([*"abcXYZ019.,;:()[]*+?$^\\|/-", *"'\"\u2018\u2019\u201c\u201d", *" \n\t\u00a0\u2003"]),
    min_size=1,
    max_size=200,
)


def mangle(data: st.DataObject, fragment: str) -> str:
    """Re-space, re-quote and re-case a fragment the way copying text does."""
    fragment = re.sub(r"\s+", lambda _: data.draw(st.sampled_from(WHITE)), fragment)
    if data.draw(st.booleans()):
        fragment = fragment.translate(SWAPS)
    if data.draw(st.booleans()):
        fragment = fragment[:1].swapcase() + fragment[1:]
    return data.draw(st.sampled_from(["", " ", "\n"])) + fragment


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, data=st.data())
def test_any_substring_is_found_however_it_is_spaced(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    fragment = text[start:end]
    citation = mangle(data, fragment)
    assert find_citation(citation, text) == bool(fragment.strip())


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_run_of_paltalk_words_is_found(data: st.DataObject) -> None:
    text = PALTALK_TEXT.read_text(encoding="utf-8")
    words = text.split()
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, min(start + 40, len(words))))
    assert find_citation(mangle(data, " ".join(words[start:end])), text)
