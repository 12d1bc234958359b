"""Speed80's cuts (issue 15, reader speed) find what the code they replace found.

Patterns tried on every sentence or before every actor now stand behind their literal words
(``prefilter.Gated``): the closing warning frame, "recaptured", the office appositions,
"under"/"during" before a name, the indefinite group nouns, "along with". ``FUTURE`` is a
trie of first letters; the joined-subject scan opens on a class of its first characters.
The clause loop asks its two per-token tests only of their first words; the dateline of one
article is read once; the fronted "after" adjunct is looked for only where it is used.

The sentences are written for these tests. Each comparison with the old form passes on the
code before the change too and holds the new one to it; the shape tests fail before.
"""

from __future__ import annotations

import re

import pytest

from dashboard import analysis
from dashboard.events import (
    clauses,
    co_actors,
    date_clauses,
    group_anaphor,
    office_killing,
    segments,
    stories,
    taken_places,
    tenure_owner,
    warner_frame,
)
from dashboard.events.lexicon import load
from dashboard.events.prefilter import Gated
from dashboard.events.tokens import tokenize

SENTENCES = [
    "Israel will hit back, its prime minister warned on Monday.",
    "The war could widen, Spain cautioned.",
    "The talks stalled, the ministry said, and the army had warned Taiwan.",
    "Ukrainian troops recaptured Izium, and the town was retaken by dawn; they RETOOK it.",
    "Ana Ruiz, the mayor of Tepic, was shot; Tepic's governor, Luis Vega Soto, said so.",
    "The governor of Sonora, Ana Ruiz, declared a curfew, while a king, Felipe, spoke.",
    "Under former President Jose Ruiz's second term, and during the Lopez presidency, it grew.",
    "Some unidentified gunmen opened fire, and a local militia of farmers fled.",
    "Kenya, along with Tanzania, deployed troops together with the Ugandan army.",
    "The summit is expected to open; leaders WERE SCHEDULED TO meet and intend to sign.",
    "It raised prices as part of a plan to cut subsidies, and the party plans to strike.",
    "As part of the plans to rebuild, talks are to be held; Wills would stay, shall we?",
    "It took a  while, and the army shelled the port while a frigate chased them.",
    "Rebels stormed the base, but soldiers retreated, whereas the police held the bridge.",
    "Police arrested 16 people it said were plotting attacks; should the court agree, fine.",
]

_OLD_FUTURE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:expected|scheduled|set|due|slated|planning) to|"
    r"(?<!part of a )(?<!part of the )(?<!part of its )(?<!part of their )plans? to|"
    r"intends? to|to be held)\b",
    re.I,
)
_OLD_JOINED = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|(?<!\ba)\s+(?:while|whereas))\s+(?:(?:the|a|an)\s+)?"
)


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "gate",
    [
        warner_frame._CLOSING_WARNING,
        taken_places._RETAKEN,
        tenure_owner._FRAME_BEFORE,
        group_anaphor._INDEFINITE,
        co_actors._ADDED_BEFORE,
        office_killing._office_name(),
        office_killing._name_after_office(),
    ],
    ids=["warning", "retaken", "tenure", "indefinite", "along_with", "office", "after_office"],
)
def test_the_patterns_tried_everywhere_are_gated_and_find_what_they_found(gate: Gated) -> None:
    assert isinstance(gate, Gated)
    assert gate.words  # a gate with words to look for, not one that lets everything by
    for text in SENTENCES:
        assert _spans(gate.finditer(text)) == _spans(gate.pattern.finditer(text)), text
        for lo in range(0, len(text), 7):
            hit, plain = gate.search(text, lo, lo + 40), gate.pattern.search(text, lo, lo + 40)
            assert (hit and hit.span()) == (plain and plain.span()), (text, lo)


def test_the_gated_readings_still_read_their_sentences() -> None:
    frame = warner_frame.closing_warner(SENTENCES[0], (0, len(SENTENCES[0])))
    assert frame is not None
    assert SENTENCES[0][frame.start : frame.end].strip() == ("its prime minister")
    said = "The war could widen, Spain said."
    assert warner_frame.closing_warner(said, (0, len(said))) is None
    assert list(office_killing.office_apposed_names(SENTENCES[4])) == [
        (0, "Ana Ruiz"),
        (58, "Luis Vega Soto"),
    ]
    assert list(office_killing.office_apposed_names("Ana Ruiz, the envoy, was shot.")) == []


def test_future_is_a_trie_of_first_letters() -> None:
    assert date_clauses.FUTURE.pattern.startswith(r"\b(?:w(?:ill|ould|")
    assert "p(?<!part of a p)" in date_clauses.FUTURE.pattern


def test_future_matches_where_the_flat_list_matched() -> None:
    hits = 0
    for text in [*SENTENCES, *(s.upper() for s in SENTENCES)]:
        assert _spans(date_clauses.FUTURE.finditer(text)) == _spans(_OLD_FUTURE.finditer(text))
        for i in range(len(text)):
            new, old = date_clauses.FUTURE.match(text, i), _OLD_FUTURE.match(text, i)
            assert (new and new.span()) == (old and old.span()), (text, i)
        hits += len(_spans(_OLD_FUTURE.finditer(text)))
    assert hits >= 12  # the sentences do hold its words, "part of a plan to" left out
    assert date_clauses.FUTURE.search("as part of a plan to cut subsidies") is None


def test_the_joined_subject_scan_opens_on_its_first_characters() -> None:
    assert segments._JOINED_SUBJECT.pattern.startswith(r"[,\s]")


def test_the_joined_subject_scan_finds_what_it_found() -> None:
    for text in [*SENTENCES, "a while the", "ba while the", "x,\n\nand the", " a\twhile a"]:
        for lo in range(0, len(text), 5):
            for hi in (len(text), lo + 30):
                new = _spans(segments._JOINED_SUBJECT.finditer(text, lo, hi))
                assert new == _spans(_OLD_JOINED.finditer(text, lo, hi)), (text, lo, hi)
    assert segments._JOINED_SUBJECT.search("It took a while the army came") is None


def test_the_clause_loop_asks_the_zero_relative_test_only_of_its_subjects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    real = clauses.zero_relative

    def counted(tokens: list, i: int) -> bool:  # type: ignore[type-arg]
        asked.append(tokens[i].lower)
        return real(tokens, i)

    monkeypatch.setattr(clauses, "zero_relative", counted)
    parsed = clauses.parse(tokenize(SENTENCES[14]), load())
    assert asked
    assert set(asked) <= {"it", "they", "he", "she", "police", "officials"}
    # the relative clause is still opened at "it" ("people it said were plotting")
    words = [t.lower for t in parsed.tokens]
    assert parsed.kind(words.index("it")) == "rel"
    assert parsed.kind(words.index("should")) == "cond"


def test_one_article_dateline_is_read_once() -> None:
    text = "LIMA — A landslide buried homes. Rescuers dug through the night."
    analysis.dateline_span.cache_clear()
    assert analysis.dateline_end(text) == analysis.dateline_end(text) == 7
    assert analysis.dateline_span.cache_info().hits >= 1


def test_the_fronted_adjunct_is_not_looked_for_without_a_hazard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    real = stories._FRONTED_AFTER

    class Counted:
        def match(self, text: str) -> re.Match[str] | None:
            asked.append(text)
            return real.match(text)

    monkeypatch.setattr(stories, "_FRONTED_AFTER", Counted())
    stories._with_hazards("A day after the talks, rebels attacked the town.")
    assert asked == []
    quake = "A day after the 7.7 quake, the junta appealed for aid."
    got = stories._with_hazards(quake)
    assert asked == [quake]
    assert got
    assert got[0].code[:3] != "DIS"
