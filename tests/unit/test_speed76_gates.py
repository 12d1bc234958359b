"""Speed76's first-word gates (issue 15, reader speed) keep their rules firing: a concessive
adjunct found only where a token is a cue's first word (Quirk et al. 1985 §9.7: "despite",
"in spite of", "notwithstanding"), a near miss (cues.csv ``near_miss``) tried only where a
word is its cue's first word as written or as a lemma ("came" for "come close to"), and
the §172 removal row's test asked of that code alone. The sentences are written for these
tests; each gate passes on the code before it too: the gates change no output, and these
tests hold them to it."""

from __future__ import annotations

from dashboard.events.cameo import triggers
from dashboard.events.concession import concession_spans
from dashboard.events.tokens import tokenize


def test_a_three_word_concessive_cue_still_opens_its_adjunct() -> None:
    # "in" is the gate's word; "spite" and "of" follow it
    assert concession_spans(tokenize("In spite of heavy shelling, the army held the town.")) == [
        (3, 4)
    ]


def test_a_one_word_concessive_cue_still_opens_its_adjunct() -> None:
    assert concession_spans(tokenize("Notwithstanding the ban, they marched.")) == [(1, 2)]


def test_the_cue_words_out_of_order_open_nothing() -> None:
    # near misses: "in" without "spite of", "spite" without "in", a postposed preposition
    assert concession_spans(tokenize("They spite the ban, in a spite of rage.")) == []
    assert concession_spans(tokenize("The sanctions notwithstanding, Iran sold oil.")) == []


def test_a_near_miss_cue_read_by_its_lemma_still_flags_the_act() -> None:
    # "came" is no cue word as written: only its lemma "come" opens "come close to"; the
    # clash only come close to is told as no act (fix90a: ``untold_acts.nearly_happened``)
    # or as a hypothetical one, never as a clash that happened
    found = triggers("The two armies came close to a clash near the border.")
    assert not [t for t in found if t.code == "19" and "hypothetical" not in t.flags]


def test_a_near_miss_cue_read_as_written_still_flags_the_act() -> None:
    found = triggers("Ethiopia and Eritrea were on the brink of war in the spring.")
    assert not [t for t in found if t.code == "19" and "hypothetical" not in t.flags]


def test_a_clash_without_a_near_miss_is_told_as_it_is() -> None:
    found = triggers("The two armies clashed near the border.")
    assert found
    assert not any("hypothetical" in t.flags for t in found)
