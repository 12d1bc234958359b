"""Faults a fresh user found in 25 wire stories (newuser59), redone as general rules (fix59a).
Every sentence here was written for these tests; each rule has near misses that must keep
their reading:

- an act in the complement of a denied intention ("had no intention of going to war") is
  negated (``denied_intent``, Quirk et al. 1985 §10.64; FactBank CT-);
- what a source said "without evidence" is at most possible (``unsupported_claim``);
- an agent noun ("the kidnappers") in the object of another verb's stated future tells no
  threat of its act (``agent_nouns``, CAMEO 1.1b3 §13);
- troops sent "to help" firefighters or disaster victims bring aid (§073), no threat;
- a row's gap that runs into a "when" clause and ends on its subject is no reading
  (``gap_subject``); a riot told in that clause is the deaths' cause (§145);
- "hanged two protesters" is the state's killing of them (§182), no protest;
- "threw mud at the king" is violent protest (§145), the visit only its setting;
- a rescue of captives ordered of "security agencies" is no aid (``captivity``);
- the subject of "…, who ordered" after an object noun is that noun, not the main subject
  (``relative_subject``);
- a person's act with no date of its own carries on the story of the person's act told in the
  sentence before, not that of a hazard the sentence names in passing (``coreference``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.actors import Actor
from dashboard.events.cameo import triggers
from dashboard.events.extract import EventExtractor
from dashboard.events.relative_subject import other_antecedent
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(text: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2025-03-22\n\n{text}", path="t"))

    return events


def _lead(sentence: str) -> tuple[str, tuple[str, ...]]:
    """The full code and flags of the sentence's strongest trigger."""
    t = triggers(sentence)[0]
    return t.full or t.code, t.flags


def _codes(sentence: str) -> list[str]:
    return [t.full or t.code for t in triggers(sentence)]


# ------------------------------------------------------------------ denied intention


@pytest.mark.parametrize(
    "sentence",
    [
        "Abiy Ahmed said on Monday that Ethiopia had no intention of going to war with Sudan.",
        "Imran Ali Khan said on Friday that Pakistan had no intention of waging war on India.",
    ],
)
def test_act_after_a_denied_intention_is_negated(sentence: str) -> None:
    code, flags = _lead(sentence)
    assert code.startswith("19")
    assert "negated" in flags


@pytest.mark.parametrize(
    "sentence",
    [
        # an intention owned, not denied
        "The defence minister Ali Khan said on Friday that Pakistan had every intention of "
        "going to war with India.",
        # a choice is no intention noun: "no choice but to attack" tells the attack to come
        "The defence minister Ali Khan said on Friday that there was no choice but to go to war.",
    ],
)
def test_intention_near_misses_keep_their_polarity(sentence: str) -> None:
    assert "negated" not in _lead(sentence)[1]


# ------------------------------------------------------------------ without evidence


def test_act_claimed_without_evidence_is_hypothetical() -> None:
    sentence = (
        "The colonel claimed without evidence that the minister had asked him to lead the mutiny."
    )
    code, flags = _lead(sentence)
    assert code.startswith("02")
    assert "hypothetical" in flags


def test_act_said_without_proof_is_hypothetical() -> None:
    sentence = "The minister said, without evidence, that the rebels had shelled the dam."
    assert "hypothetical" in _lead(sentence)[1]


def test_offering_evidence_in_the_disclaimer_is_no_act() -> None:
    sentence = "The governor alleged without providing evidence that rebels had burned the village."
    assert not any(c.startswith("06") for c in _codes(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said that the rebels had shelled the dam.",
        # no reporting verb before "without": the arrest is told as done
        "The reporter was arrested without evidence of any crime.",
    ],
)
def test_claims_without_the_disclaimer_stay_as_told(sentence: str) -> None:
    assert "hypothetical" not in _lead(sentence)[1]


# ------------------------------------------------------------------ agent nouns


def test_no_ransom_for_the_kidnappers_is_no_threat() -> None:
    codes = _codes("The governor said no ransom would be paid to the kidnappers of the pupils.")
    assert not any(c.startswith(("13", "18")) for c in codes)


def test_agent_noun_with_a_plain_verb_is_left_as_told() -> None:
    assert _codes("The family paid a ransom to the kidnappers.")[0] == "181"


def test_the_kidnappers_own_threat_stays_a_threat() -> None:
    assert _lead("The kidnappers will kill the hostages unless a ransom is paid.")[0].startswith(
        "13"
    )


# ------------------------------------------------------------------ troops sent to help


def test_troops_to_help_firefighters_stated_as_to_come_are_intended_aid() -> None:
    code = _lead("The governor said the state would send 500 soldiers to help firefighters.")[0]
    assert code.startswith("03")


def test_troops_sent_to_help_after_a_quake_are_aid() -> None:
    code = _lead("The army deployed 2,000 soldiers to help with rescue efforts after the quake.")[0]
    assert code == "073"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia said it would deploy troops to help the separatists.",
        "The governor said the state would send troops to the border.",
    ],
)
def test_troops_sent_for_other_ends_stay_force(sentence: str) -> None:
    assert _lead(sentence)[0].startswith(("13", "15"))


# ------------------------------------------------------------------ gap into a clause


def test_protesters_who_attacked_are_no_object_of_killed(read: Read) -> None:
    events = read(
        "Nine policemen were killed on Sunday when protesters attacked a police post in Pabna."
    )
    assert [e.event_code for e in events] == ["145"]


def test_protesters_killed_stay_repression() -> None:
    assert _lead("Soldiers killed 12 protesters on Sunday.")[0] == "175"
    assert (
        _lead("Soldiers shot dead as many as 20 protesters who marched on the palace.")[0] == "175"
    )


# ------------------------------------------------------------------ hanging


@pytest.mark.parametrize(
    "sentence",
    ["Saudi Arabia hanged three protesters on Monday.", "Three protesters were hanged on Monday."],
)
def test_hanged_protesters_are_killed_not_protesting(sentence: str) -> None:
    assert _lead(sentence)[0] == "182"


@pytest.mark.parametrize(
    "sentence",
    ["Protesters hung banners from the bridge.", "Protesters hanged an effigy of the king."],
)
def test_things_hung_are_no_killing(sentence: str) -> None:
    assert "182" not in _codes(sentence)


# ------------------------------------------------------------------ mud thrown


def test_mud_thrown_at_a_visitor_is_violent_protest(read: Read) -> None:
    events = read(
        "Angry farmers threw mud at President Emmanuel Macron on Friday as he visited Rennes."
    )
    assert events
    assert events[0].event_code == "145"
    assert events[0].roles.target == "Emmanuel Macron"


def test_pelted_with_eggs_is_violent_protest() -> None:
    assert _lead("Protesters pelted the mayor's car with eggs.")[0] == "145"


def test_a_shoe_thrown_into_a_river_is_no_act() -> None:
    assert not _codes("The boy threw a shoe into the river.")


# ------------------------------------------------------------------ security agencies


def test_rescue_ordered_of_security_agencies_is_no_aid() -> None:
    codes = _codes("The governor ordered security agencies to rescue the kidnapped children.")
    assert not any(c.startswith("07") for c in codes)


def test_rescue_of_flood_victims_stays_aid() -> None:
    assert _lead("The president ordered security agencies to rescue flood victims.")[0] == "073"


# ------------------------------------------------------------------ relative subject


def test_who_after_an_object_noun_is_not_the_main_subject(read: Read) -> None:
    events = read(
        "President Gabriel Boric named a new police chief, who ordered the officers to withdraw."
    )
    assert events
    assert events[0].roles.source != "Gabriel Boric"


def test_relative_aside_closing_before_the_act_keeps_the_subject(read: Read) -> None:
    events = read(
        "President Gabriel Boric, who took office in 2022, ordered the troops to withdraw."
    )
    assert events
    assert events[0].roles.source == "Gabriel Boric"


# ------------------------------------------------------------------ narrative after a hazard


def _read_on(geoparser: Geoparser, body: str) -> list[Event]:
    extractor = EventExtractor(geoparser)
    return extractor.extract(parse_article(f"date 2024-11-04\n\n{body}", path="t"))


def test_a_persons_act_carries_on_the_persons_story_not_the_hazards(
    geoparser: Geoparser,
) -> None:
    events = _read_on(
        geoparser,
        "ROME (Reuters) — Police arrested the mayor of Faenza on Sunday, one of the towns "
        "worst hit by last week's floods. The minister later stayed to talk with residents. "
        "The floods killed 15 people after heavy rain fell on Tuesday.",
    )
    talk = next(e for e in events if (e.event_code or "").startswith("04"))
    assert str(talk.date_start) == "2024-11-03"


def test_a_hazard_still_carries_on_a_hazards_story(geoparser: Geoparser) -> None:
    events = _read_on(
        geoparser,
        "ROME (Reuters) — Floods hit Faenza on Tuesday. More rain fell in the hills.",
    )
    assert all(str(e.date_start) == "2024-10-29" for e in events)


# ------------------------------------------------------------------ relative subject, near misses


def _other(text: str, name: str, act: str) -> bool:
    start = text.index(name)
    actor = Actor(name, "country", None, start, start + len(name))
    return other_antecedent(text, actor, text.index(act))


def test_relative_after_the_main_clauses_object_names_another_doer() -> None:
    text = "Chile named a new envoy on Monday, who met the rebels in Lima."
    assert _other(text, "Chile", "met")


@pytest.mark.parametrize(
    ("text", "name", "act"),
    [
        # the rest of a list the actor heads
        (
            "Chile, Peru and Bolivia, who were invited to the talks, met in Lima.",
            "Chile",
            "invited",
        ),
        # an apposition of the actor
        (
            "Chile, a founding member, which met the rebels in Lima, said it would stay.",
            "Chile",
            "met",
        ),
        # an object relative with a subject of its own
        ("Chile backed the plan, which it called a step to peace.", "Chile", "step"),
        # no words between: the actor is the antecedent
        ("Chile, which met the rebels in Lima, said it would stay.", "Chile", "met"),
    ],
)
def test_relatives_of_the_actors_own_phrase_keep_it(text: str, name: str, act: str) -> None:
    assert not _other(text, name, act)
