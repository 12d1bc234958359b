"""Who holds the people a release frees: "An American journalist held by the Taliban since
January was released on Monday".

The subject's reduced relative "held by the Taliban" names the holder (Quirk et al. 1985
§17.30: a past participle postmodifier with its agent), and a release with no agent of its
own is the holder's act: CAMEO 1.1b3 §0841 "release persons or property" codes the side that
lets go of those it held as the source. A holder that is no named actor ("held by gunmen in
Mali") leaves the source unknown: the place the holders were in is not them.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor, armed_nouns
from dashboard.events.tokens import verb_forms

_HELD_BY = re.compile(
    r"\b(?:held|kept|detained|abducted|kidnapped|seized)\s+(?:captive\s+|hostage\s+)?by\s+",
    re.IGNORECASE,
)
# what may stand between "by" and the holder's name: an article and a modifier
_TO_NAME = re.compile(r"(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?", re.IGNORECASE)
_RELEASE = "08"  # CAMEO 1.1b3 §08 yield, whose §0841 frees persons held


def held_by(
    text: str, lo: int, trigger_start: int, actors: list[Actor]
) -> tuple[int, Actor | None] | None:
    """The holder phrase in ``text[lo:trigger_start]``: where its "by" phrase starts, and
    the actor named right after "by" (None when the holder is no named actor); None when the
    stretch has no holding participle with "by"."""
    found = None
    for m in _HELD_BY.finditer(text, lo, trigger_start):
        found = m
    if found is None:
        return None
    holder = next(
        (
            a
            for a in actors
            if a.start >= found.end() and _TO_NAME.fullmatch(text, found.end(), a.start)
        ),
        None,
    )
    return found.end(), holder


def release_sides(
    text: str,
    code: str,
    span: tuple[int, int],
    sides: tuple[Actor | None, Actor | None],
    actors: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """The source and target of a release (``code`` §08…) whose subject, between ``span``'s
    clause start and trigger start, tells who held those freed: the holder is the source;
    one named only inside the holder phrase is no source. Other codes keep ``sides``."""
    source, target = sides
    lo, trigger_start = span
    if not code.startswith(_RELEASE):
        return sides
    by = _BY_HOLDER.search(text, trigger_start, trigger_start + 40)
    if by is not None:
        # "was released by US forces": the release's own agent stands; "were released by
        # their Taliban captors": the agent phrase's named holder is the one who let go
        agent = next((a for a in actors if a.start == by.end() and a.kind != "country"), None)
        return (agent, target) if source is None and agent is not None else sides
    held = held_by(text, lo, trigger_start, actors)
    if held is None:
        return sides
    at, holder = held
    if holder is not None:
        return holder, None if target is not None and target.name == holder.name else target
    if source is not None and at <= source.start < trigger_start:
        source = None  # "held by gunmen in Mali": the holders' place is not them
    return source, target


# a passive's agent phrase and a possessive or article before the agent's name
_BY_HOLDER = re.compile(r"\bby\s+(?:(?:the|their|its|his|her)\s+)?", re.IGNORECASE)
_FORCE = "19"  # CAMEO 1.1b3 §19 fight: captives taken back by force (captivity.py)


def rescue_target(
    text: str,
    code: str,
    span: tuple[int, int],
    sides: tuple[Actor | None, Actor | None],
    actors: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """The target of captives freed by force whose subject names their holder ("two aid
    workers held by JNIM were rescued by French troops", §190 from ``captivity``): force was
    used against the holder (CAMEO 1.1b3 §19), whoever the rescuers are. ``span`` is the
    clause start and the trigger's end (the trigger may span the subject). Other codes, and
    a holder that is the source itself, keep ``sides``."""
    source, target = sides
    lo, trigger_end = span
    if not code.startswith(_FORCE) or target is not None:
        return sides
    held = held_by(text, lo, trigger_end, actors)
    holder = held[1] if held is not None else None
    if holder is None and _RESCUING.search(text, lo, trigger_end):
        holder = captors_from(text, trigger_end, actors)
    if holder is None or (source is not None and holder.name == source.name):
        return sides
    return source, holder


# the verbs of a freeing told by force (captivity.py re-codes them §190)
_RESCUING = re.compile(r"\b(?:rescu\w*|freed|frees?|freeing|releas\w*)\b", re.IGNORECASE)
# "from" (or "held by") and what may stand before the holder's name: "from the", "from
# their", "from JNIM", "farmers held by bandits"
_FROM = re.compile(r"\b(?:from|held\s+by)\s+(?:(?:the|their|its|his|her)\s+)?", re.IGNORECASE)
# the rest of the clause a holder may be named in: no comma, no sentence end
_CLAUSE_REST = re.compile(r"[^,;.!?]{0,80}")
# what may follow a named holder in its phrase: its members or the state of being held
_HOLDER_NOUN = re.compile(
    r"(?:\s+(?:militants|fighters|gunmen|rebels|jihadists|insurgents|captors|kidnappers|"
    r"captivity|custody|members))?\b",
    re.IGNORECASE,
)


def captors_from(text: str, start: int, actors: list[Actor]) -> Actor | None:
    """The holder named after "from" in the rest of a freeing's clause from ``start``
    ("rescued 30 hostages from bandits", "freed … from JNIM militants", "released … from
    JNIM captivity"): force was used against those who held the captives (CAMEO 1.1b3 §19),
    so they are its target. A named group or body (not a country: "from Nigeria's Zamfara
    state" is where, not who) right after "from", or an unnamed armed group's noun
    (``armed_subjects.csv``: "bandits", "gunmen"), which stands as a group of no country, as
    the sentence's armed subject does (actors.py); None when neither follows."""
    rest = _CLAUSE_REST.match(text, start)
    end = rest.end() if rest else start
    for f in _FROM.finditer(text, start, end):
        named = next(
            (
                a
                for a in actors
                if a.start == f.end()
                and a.kind in ("organisation", "group")
                and _HOLDER_NOUN.match(text, a.end)
            ),
            None,
        )
        if named is not None:
            return named
        noun = next(
            (n for n in armed_nouns() if re.match(rf"{re.escape(n)}\b", text[f.end() : end], re.I)),
            None,
        )
        if noun is not None:
            return Actor(noun, "group", None, f.end(), f.end() + len(noun))
    return None


# a past participle (and its particle) right before "by": "sanctions imposed by ECOWAS"
# after a noun, not a form of "be" ("were plotted by" is the clause's own passive)
_BY_PARTICIPLE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being)\b)[a-z]+\s+(?P<verb>[a-z]+)\s+"
    r"(?:(?:out|up|off|down|in)\s+)?by\s+[^,;]*$",
    re.IGNORECASE,
)


def participle_agent(between: str) -> bool:
    """Does ``between`` (the words from the trigger to an actor) end in a noun with a
    reduced relative whose agent the actor is ("condemned sanctions imposed by ECOWAS",
    "the attack carried out by the group")? The "by" phrase is the agent of that
    participle, not of the trigger (Quirk et al. 1985 §17.30, a past participle
    postmodifier with its agent), as a holder's is (``HOLDER_NOT``)."""
    m = _BY_PARTICIPLE.search(between)
    if m is None:
        return False
    forms = verb_forms(m["verb"].lower())
    return forms is not None and "VBN" in forms[1]


# a verb of receiving at the trigger's start ("Israel received three hostages")
_RECEIVING = re.compile(r"(?:receiv\w*|took\s+back|takes?\s+back|taking\s+back)\b", re.IGNORECASE)
# what names the releaser right after the persons received: "from", or a participle's agent
# ("prisoners freed by Israel"), with an article or possessive before the name
_GIVER = re.compile(
    r"\s+(?:of\s+war\s+)?(?:from|(?:(?:freed|released|handed\s+over|returned|exchanged|"
    r"swapped)\s+)?by)\s+(?:(?:the|their|its)\s+)?",
    re.IGNORECASE,
)


def receiver_sides(
    text: str,
    code: str,
    span: tuple[int, int],
    sides: tuple[Actor | None, Actor | None],
    actors: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """The source and target of persons received (``code`` §0841 whose trigger ``span``
    opens with "received"): the releaser named right after them ("received three hostages
    from Hamas", "prisoners freed by Israel") is the source, the subject who received them
    the target (CAMEO 1.1b3 §0841 codes the side that lets go as the source). The persons'
    nationality ("Palestinian prisoners") is no side. With no releaser named, the subject
    stays the target and the source unknown. Other codes keep ``sides``."""
    start, end = span
    if not code.startswith("0841") or not _RECEIVING.match(text, start):
        return sides
    # the subject before the verb, wherever the clause's reading put it: a participle the
    # trigger ends with ("prisoners freed") may have been read as a passive
    receiver = next((a for a in sides if a is not None and a.end <= start), None)
    giver = next(
        (a for a in actors if a.start >= end and _GIVER.fullmatch(text, end, a.start)), None
    )
    if giver is not None and receiver is not None and giver.name == receiver.name:
        giver = None
    return giver, receiver
