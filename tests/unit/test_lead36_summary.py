"""The lead's own sentences (stop 36): a card's line whose subject opens with a possessive
pronoun names the actor's possessive ("Turkey’s warplanes"), not the actor glued to the noun
("Turkey warplanes", a fresh user's finding). Near misses: a bare pronoun still gives way to
the actor, and a subject of its own is kept. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.summary import summarise


def _line(text: str, verb: str, actor: str) -> str:
    opens = text.index(" said ") + len(" said ")
    at = text.index(verb)
    return summarise(text, (opens, len(text)), (at, at + len(verb)), actor, [], None)


@pytest.mark.parametrize(
    ("text", "verb", "actor", "line"),
    [
        (
            "Ankara said its drones had struck a depot near Qamishli.",
            "struck",
            "Turkey",
            "Turkey’s drones had struck a depot near Qamishli",
        ),
        (
            "Officials said their police had detained four men in Lyon.",
            "detained",
            "France",
            "France’s police had detained four men in Lyon",
        ),
        # near misses: a bare pronoun is the actor; a named subject stays
        (
            "The ministry said it had expelled two diplomats.",
            "expelled",
            "Poland",
            "Poland had expelled two diplomats",
        ),
        (
            "The ministry said border guards had detained two smugglers.",
            "detained",
            "Poland",
            "Border guards had detained two smugglers",
        ),
    ],
)
def test_a_possessive_subject_is_the_actors(text: str, verb: str, actor: str, line: str) -> None:
    assert _line(text, verb, actor) == line
