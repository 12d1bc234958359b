"""The verb that governs a date phrase decides past or future, not a future word elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_tense import direction

THU = date(2024, 11, 7)
LAST_FRIDAY, NEXT_FRIDAY = "2024-11-01", "2024-11-08"


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        ("The ministers will meet on Monday.", "on Monday", "future"),
        ("The ministers met on Monday.", "on Monday", "past"),
        ("The summit is set for March.", "March", "future"),
        ("The vote was delayed to Friday.", "Friday", "future"),
        ("The vote was postponed on Friday.", "Friday", "past"),
        ("The envoy said Friday that talks would resume.", "Friday", "past"),
        ("On Monday, the court will rule on the appeal.", "On Monday", "future"),
        ("The team planned to leave on Thursday.", "on Thursday", "future"),
        ("Leaders are meeting on Sunday in Doha.", "on Sunday", "future"),
        ("Parliament reconvenes on Jan. 24.", "Jan. 24", "future"),
        ("The rebels have held the town since Tuesday.", "Tuesday", "past"),
        ("He could not be reached Wednesday.", "Wednesday", "past"),
        ("Aid could arrive as early as Tuesday.", "Tuesday", "future"),
        ("Troops deployed ahead of Sunday's vote.", "Sunday", "future"),
        ("Officials have given them until Tuesday to leave.", "Tuesday", "future"),
        ("They would look for ways around Wednesday's ruling.", "Wednesday", "past"),
        ("The officials flew to the United States Thursday.", "Thursday", "past"),
        ("The president is to visit Kyiv on Friday.", "on Friday", "future"),
        ("Elections are due on Sunday.", "on Sunday", "future"),
        ("They go to the polls on Sunday.", "on Sunday", "future"),
        ("The peace talks on Monday ended early.", "on Monday", "past"),
        ("She is due to land on the ground in Lima Tuesday morning.", "Tuesday", "future"),
        ("The talks, which began on Monday, will go on.", "on Monday", "past"),
    ],
)
def test_direction_of_the_governing_verb(sentence: str, phrase: str, want: str) -> None:
    start = sentence.index(phrase)
    tense, why = direction(sentence, start, start + len(phrase))
    assert tense == want, why


def test_an_infinitive_after_its_main_verb_leaves_the_direction_open() -> None:
    s = "A judge summoned him to testify on Friday."
    start = s.index("on Friday")
    assert direction(s, start, start + 9) == (None, "")


@pytest.mark.parametrize(
    ("sentence", "flag", "want"),
    [
        # a future word elsewhere in the sentence does not move a past Friday
        ("The minister said on Friday that elections would follow.", True, LAST_FRIDAY),
        ("Troops withdrew on Friday, and will return next month.", True, LAST_FRIDAY),
        # a future verb governs even when the caller saw no future word
        ("The ministers are set to meet on Friday.", False, NEXT_FRIDAY),
        # no verb to read: the caller's flag still decides
        ("Friday: talks in Doha.", True, NEXT_FRIDAY),
        ("Friday: talks in Doha.", False, LAST_FRIDAY),
    ],
)
def test_per_phrase_tense_overrides_the_sentence_flag(sentence: str, flag: bool, want: str) -> None:
    found = [d for d in find_dates(sentence, THU, future=flag) if "Friday" in d.text]
    assert found[0].range.start.isoformat() == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a past verb: a day five weeks past publication's is last year's, far as that is
        ("On 9 November, militants attacked a border town.", "2023-11-09"),
        ("Rebels shelled the port on 20 December.", "2023-12-20"),
        # a near day after a past verb can be a deadline it set: publication's year stays
        ("The court gave the parties until 10 October to reply.", "2024-10-10"),
    ],
)
def test_a_past_verb_does_not_put_its_day_after_publication(sentence: str, want: str) -> None:
    (found,) = find_dates(sentence, date(2024, 10, 1))
    assert found.range.start.isoformat() == want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("met", ("meet", {"VBD", "VBN"})),
        ("fought", ("fight", {"VBD", "VBN"})),
        ("meets", ("meet", {"VBZ"})),
        ("geofenced", ("geofenc", {"VBD", "VBN"})),  # unknown to lemminflect: a regular past
        ("according", None),  # a preposition for the event coder too
        ("the", None),
    ],
)
def test_one_lemminflect_reading_serves_tense_and_coder(word: str, want: object) -> None:
    from dashboard.events.tokens import verb_forms

    got = verb_forms(word)
    assert (got if got is None else (got[0], set(got[1]))) == want


def test_the_tense_reader_has_no_lemminflect_wrapper_of_its_own() -> None:
    import ast
    from pathlib import Path

    import dashboard.events.dates_tense as tense

    tree = ast.parse(Path(tense.__file__).read_text(encoding="utf-8"))
    imported = {
        n.module if isinstance(n, ast.ImportFrom) else a.name
        for n in ast.walk(tree)
        if isinstance(n, (ast.Import, ast.ImportFrom))
        for a in n.names
    }
    assert "lemminflect" not in imported
    assert "dashboard.events.tokens" in imported


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a scheduling participle right after its noun has no tense: the finite verb decides
        ("A rally planned for Saturday was called off.", "2024-11-02"),
        ("A rally planned for Saturday will go ahead.", "2024-11-09"),
        ("The talks scheduled in Geneva on Monday collapsed.", "2024-11-04"),
        # ... but a finite scheduling verb with its object still looks ahead
        ("The government planned the vote for Saturday.", "2024-11-09"),
        ("Officials postponed until Tuesday any action on the case.", "2024-11-12"),
        # the end of an extension is still to come; "extended to <someone>" says nothing ahead
        ("The deadline was extended until Friday.", NEXT_FRIDAY),
        ("The curfew was extended to Monday.", "2024-11-11"),
        ("The ban was extended to Poland in March.", "2024-03-01"),
    ],
)
def test_participles_and_extensions(sentence: str, want: str) -> None:
    (found,) = find_dates(sentence, THU)
    assert found.range.start.isoformat() == want, found.range.reason


@pytest.mark.parametrize(
    ("sentence", "word", "want"),
    [
        ("Jets flew in, and he said they would return.", "flew", "past"),
        ("He said they would return.", "return", "future"),
        ("Leaders will hold talks.", "hold", "future"),
        ("Troops have withdrawn.", "withdrawn", "past"),
        ("Police raid offices.", "raid", None),  # a bare present after a noun: not read
        ("The talks ended.", "talks", None),  # a noun
    ],
)
def test_the_tense_of_a_trigger_verb(sentence: str, word: str, want: str | None) -> None:
    from dashboard.events.dates_tense import verb_tense

    assert verb_tense(sentence, sentence.index(word) + len(word))[0] == want


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        # a participle before its noun is an adjective, not the clause's verb (so not past;
        # the condition's deadline is still to come)
        ("They will strike again if jailed miners are not freed by Monday.", "by Monday", "future"),
        ("Wounded civilians were taken to Goma on Monday.", "on Monday", "past"),
        ("Police detained miners on Monday.", "on Monday", "past"),
    ],
)
def test_a_participle_before_its_noun_sets_no_tense(
    sentence: str, phrase: str, want: str | None
) -> None:
    start = sentence.index(phrase)
    assert direction(sentence, start, start + len(phrase))[0] == want


def test_a_hundred_block_address_is_no_year() -> None:
    found = find_dates(
        "Two men were shot in the 1900 block of Elm Street on Friday.", date(2024, 3, 10)
    )
    assert [m.text for m in found] == ["on Friday"]
