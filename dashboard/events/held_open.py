"""What a refusal to rule an act out holds open ("has not ruled out the use of force",
"refused to rule out sending troops", "did not rule out that troops could be sent"): a
threat of a coercive act (CAMEO 1.1b3 §13), else the act itself, possible only. Moved out of
``governing`` whole, with the "that" clause and the told-when-held-open reading added."""

from __future__ import annotations

import re

from dashboard.events.clause_words import Parse
from dashboard.events.held_target import aimed_at_party
from dashboard.events.lexicon import Lexicon, word_class
from dashboard.events.modality import COOPERATION, recode
from dashboard.events.recoding import labour_stoppage
from dashboard.events.tokens import Token
from dashboard.events.trigger import WEAK, Trigger
from dashboard.events.verb_flags import cue_at

# "rule out", "ruled out", "ruling out"
_RULE_OUT = re.compile(r"rul(?:e|es|ed|ing)\s+out", re.IGNORECASE)


# a refusal that governs "rule out": "refused to rule out", "declined to rule out"
_REFUSE = re.compile(r"(?:refus|declin)\w*$", re.IGNORECASE)
# a day of the refusal may stand between it and "to rule out" ("refused on Tuesday to rule
# out"): a time adjunct, Quirk et al. 1985 §8.55, not part of the complement
_TO_RULE_OUT = re.compile(
    r"(?:\s+(?:on\s+)?(?:\w+day|yesterday|today))?\s+to\s+rul(?:e|es|ed|ing)\s+out\b",
    re.IGNORECASE,
)
# the complement roots held open as threats (§13): sanctions, repression, force
_COERCIVE = ("16", "17", "18", "19", "20")
_FORCE = ("18", "19", "20")


_AIMED = frozenset("against on over targeting".split())


def _sanctions_on(tokens: list[Token], k: int) -> bool:
    """Sanctions named at ``k`` (classes.csv ``SANCTION``, within three words: "new
    sanctions") and aimed at someone right after ("against Turkey", "on Belarus"): a threat
    is made to a target (CAMEO 1.1b3 §13); "did not rule out new tariffs and will travel"
    names none, and is no threat read here."""
    sanction = word_class("SANCTION")
    at = next((j for j in range(k, min(k + 3, len(tokens))) if tokens[j].keys & sanction), None)
    return at is not None and at + 1 < len(tokens) and tokens[at + 1].lower in _AIMED


# what opens a "that" clause whose subject is another side: a name, not the speaker's own
# pronoun or forces ("did not rule out that it could strike", "that the army would strike")
_OTHERS = re.compile(r"[A-Z][\w.'’-]*$")


def held_open_reading(
    text: str, p: Parse, gov: Trigger, comp: Trigger | None, flags: set[str], lex: Lexicon
) -> str | None:
    """The reading of an act ``gov`` does not rule out: ``gov`` is a negated "rule out" ("has
    not ruled out", "never ruled out") or a refusal to rule out ("refused to rule out").
    Force held open ("strikes on the port", a "pre-emptive strike", cues.csv
    ``force_means``: "the use of force") is a threat of force, §138 (CAMEO 1.1b3: "refused
    to rule out the use of force" is the manual's kind of threat); sanctions held open
    (classes.csv ``SANCTION``) a threat of them, §1312; another act named right after it
    ("sending troops") or in a "that" clause after it ("that troops could be sent") is that
    act's code, which the caller flags hypothetical (a possibility kept open, no rejection).
    ``comp`` is the first act after ``gov`` in its clause or complement. None when ``gov``
    is no such "rule out", or nothing held open is read."""
    refused = _REFUSE.search(gov.text) is not None and _TO_RULE_OUT.match(text, gov.end)
    ruled = "negated" in flags and _RULE_OUT.match(gov.text) is not None
    if not refused and not ruled:
        return None
    tokens = p.tokens
    at = gov.start if ruled else gov.end
    k = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
    k = next((i for i in range(k, len(tokens)) if tokens[i].lower == "out"), k) + 1
    if labour_stoppage(tokens, k):
        return "133"  # "the union did not rule out strikes": dissent threatened (§133)
    if comp is not None and comp.code in _FORCE:
        if k + 1 < len(tokens) and tokens[k].lower == "that" and _OTHERS.match(tokens[k + 1].text):
            # "did not rule out that Russia could attack": another side's act kept possible
            # (a forecast, flagged hypothetical by the caller), no threat by the speaker
            return comp.full or comp.code
        return "138"
    if comp is not None and comp.text.lower().startswith("blockade"):
        # "did not rule out a blockade of Taiwan": a state holding a blockade open threatens
        # one (§1381); "blockade of" reads as civilians' obstruction (§144) only in protest
        return recode("13", "191", lex)
    if any(
        cue_at(tokens, j, len(tokens), cue)
        for j in range(k, min(k + 2, len(tokens)))
        for cue in lex.cue("force_means")
    ):
        return "138"
    if _sanctions_on(tokens, k):
        # "new tariffs on Danish goods": laid on goods, no party threatened (held_target)
        return recode("13", "163", lex) if aimed_at_party(tokens, k) else "163"
    if comp is not None and comp.code in _COERCIVE:
        # "has not ruled out a curfew": aimed at no party, the act kept possible (held_target)
        return (
            recode("13", comp.full or comp.code, lex)
            if aimed_at_party(tokens, k)
            else (comp.full or comp.code)
        )
    if k < len(tokens) and tokens[k].lower == "that" and comp is not None:
        # "did not rule out that troops could be sent": the "that" clause's act, possible
        code = comp.full or comp.code
    else:
        # the act named right after "rule out", dropped as the refusal's complement's object
        held = [m for m in lex.match(tokens) if k <= m.first < k + 2 and m.rule.weight > WEAK]
        if not held:
            return None
        code = min(held, key=lambda m: (m.first, -m.rule.weight)).rule.code
    if not refused and code[:2] in COOPERATION:
        # "did not rule out talks": CAMEO 1.1b3 §12 has a code for turning down each kind of
        # cooperation (§125 talks), so the negated rejection keeps its object (test_lead48);
        # a deployment has none (§120 only), and the possible act says more
        return None
    return (
        "138"
        if code[:2] in _FORCE
        else (recode("13", code, lex) if code[:2] in _COERCIVE else code)
    )


def held_open_told(main: Trigger) -> bool:
    """Is ``main`` an act held open by a negated "rule out" ("would not rule out sanctions",
    "will not rule out strikes": its trigger opens on "rule out", as ``held_open_reading``
    spans it)? "would not" and "will not" there refuse (Quirk et al. 1985 §4.60: volitional
    "will", negated, a refusal), so the stance is taken when told, as "refused to rule out"
    is: a threat made (CAMEO 1.1b3 §13), not one planned."""
    return _RULE_OUT.match(main.text) is not None
