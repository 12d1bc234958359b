"""A killing by one who has left the armed forces: "An Army veteran killed three people at a
bar", "A retired soldier shot his neighbour". The generic §190 row reads any "kill" as
conventional military force, but CAMEO 1.1b3 §19 codes force used by a state's armed forces
(the actor codebook's MIL); a veteran or a former soldier is a private person (Merriam-Webster
veteran n. 2 'a former member of the armed forces'), so the killing is unconventional
violence (§180), as a gunman's is.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the words that put a member of a force in the past: "former", "retired", "ex-" and a
# veteran noun (Merriam-Webster veteran n. 2; former adj. 2 'having been previously')
_FORMER = frozenset("former retired ex onetime one-time".split())
_VETERAN = frozenset({"veteran"})
# the members of a force "former" or "retired" puts in the past ("a former Marine", "a
# retired army officer"); "a former student" is no one of them
_MEMBERS = frozenset(
    "soldier marine sailor airman officer serviceman servicewoman paratrooper commando "
    "guardsman trooper army navy military".split()
)
# serving forces named beside them keep the force ("troops and a former officer killed")
# and a plural of fighters or veterans is a force of its own ("Veteran Hezbollah fighters
# clashed", "Chechen veterans fought": a group fighting, §190), never one private person
_SERVING = frozenset(
    "troops forces soldiers army-led fighters militants rebels militiamen veterans".split()
)


def former_forces_subject(p: Parse, m: Match) -> bool:
    """Is the subject of the §190 match ``m`` a veteran or a former member of a force ("An
    Army veteran from Ohio killed", "The former Marine, 45, killed", "an ex-soldier
    killed") and no serving force beside him ("Troops killed", "A soldier killed" keep §190)?
    Reads the clause's subject words (``Parse.subject_words``), or, when an apposition
    hides them ("John Smith, an Army veteran, killed"), the sentence's words before the
    verb when none of them is a verb; no subject, no reading."""
    subject = p.subject_words(m.first)
    if not subject and not any(k < m.first for k in p.verbs):
        subject = p.tokens[: m.first]
    if not subject or any(t.lower in _SERVING for t in subject):
        return False
    if any(t.lower in _VETERAN for t in subject):
        return True
    # "former" or "ex-" before a member of a force, at most two words on ("a former army
    # officer", "an ex-soldier")
    return any(
        (t.lower in _FORMER and any(u.keys & _MEMBERS for u in subject[i + 1 : i + 4]))
        or (t.lower.startswith("ex-") and t.lower[3:] in _MEMBERS)
        for i, t in enumerate(subject)
    )
