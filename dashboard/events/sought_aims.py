"""What an appeal, a promise, a demand or a refusal is about, when no act of its own names it.

CAMEO 1.1b3 codes §02 (appeal), §03 (express intent), §10 (demand) and §12 (reject) by the
thing sought: political reform (§024, §034, §104, §123) and its kinds (policy §0242, rights
§0243, institutions §0244, ...), or aid and its kinds (economic §0231, military §0232,
humanitarian §0233, ...). An act the complement tells ("urged Iran to free the sailors")
already names it through ``embed.csv``; a sought thing told only by a noun ("urged China to
change its currency policy", "appealed for food and medicine", "rejected calls for press
freedom") is read here from ``data/lexicon/sought_aims.csv``, whose rows map such nouns to the
act §08/§07 codes them as, and ``embed.csv`` gives the governor's sub-code over that act. The
same nouns refine an act of their own kind (§070 "sent medicine" §073, §090 "an inquiry into
bribery" §091, §083 "bowed to demands for a new constitution" §0834) and a cut of aid (§162
"halted weapons shipments" §1622).

The nouns are read from the trigger on (its own words may hold the thing: "provided financial
assistance"), in its clause only: a comma, a semicolon, a full stop or a word opening another
clause or a frame ("after", "because", "under") ends the search, so a cause told after ("urged calm after the election") names no aim; a capitalised
word inside the sentence is part of a name ("the Chemical Weapons Convention"), not the aim.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.events.lexicon import Lexicon, sourced_rows
from dashboard.events.modality import embedded
from dashboard.events.protest_aims import protest_aim
from dashboard.events.tokens import Token

# the governors CAMEO codes by what they seek (§02, §03, §10, §12), and a cut of aid (§162)
_GOVERNORS = frozenset({"02", "03", "10", "12", "16"})
# the roots whose acts a thing of their own kind refines (§07 aid, §08 yield, §09 inquiry)
_REFINED = _GOVERNORS | {"07", "08", "09"}
_REACH = 120  # characters from the trigger within which the thing sought is told
# words that open a clause of another act: what follows is no longer the thing sought. A
# "that" clause tells a proposition with its own verb ("vowed that the state would have a
# monopoly on weapons"): its nouns are that proposition's, not a thing the governor gives or
# seeks (CAMEO 1.1b3 §0332 is an intent to provide the arms), and an act it tells is read by
# its own trigger ("pledged that it would supply weapons": §072 under §03)
_CLAUSE_OPENERS = frozenset(
    "after because since while when as but although though amid under that".split()
)

Phrase = tuple[str, ...]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[Phrase, str], ...]]:
    """Each phrase of ``sought_aims.csv`` (as lowercase words) and the act code it names, by
    the phrase's first word; ``ValueError`` on a row without a code, phrases or source."""
    out: dict[str, list[tuple[Phrase, str]]] = {}
    for row in sourced_rows("sought_aims.csv", "code", "phrases"):
        for p in row["phrases"].split("|"):
            words = tuple(p.split())
            out.setdefault(words[0], []).append((words, row["code"]))
    return {first: tuple(rows) for first, rows in out.items()}


def _at(tokens: list[Token], i: int, phrase: Phrase) -> bool:
    """Whether ``phrase`` starts at token ``i`` (each word a form or lemma of its token)."""
    words = tokens[i : i + len(phrase)]
    return len(words) == len(phrase) and all(
        w in t.keys for w, t in zip(phrase, words, strict=True)
    )


def _sought(tokens: list[Token], after: int) -> str | None:
    """The most specific act code the nouns of the clause after offset ``after`` name."""
    found: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.start < after:
            continue
        if tok.start - after > _REACH or tok.text in (".", ";", ",", ":"):
            break
        if tok.lower in _CLAUSE_OPENERS:
            break
        if i and tok.text[:1].isupper():
            continue  # part of a name ("the Biological Weapons Convention"), not a thing sought
        rows = [r for k in tok.keys for r in _phrases().get(k, ())]
        found += [code for phrase, code in rows if _at(tokens, i, phrase)]
    # "urged Bosnia to reform its constitution": the institution is more specific than the
    # reform; among equally specific names, the first told
    return max(found, key=len) if found else None


def seeks_release(tokens: list[Token], after: int) -> bool:
    """Whether the clause after offset ``after`` names a release as the thing sought ("Demand
    for the release of the hostages grew"): cameo79 keeps such a release from being read as
    done (``appeal_nouns.aid_sought``), so the noun of asking names its act through it.

    >>> from dashboard.events.tokens import tokenize
    >>> s = "Demand for the release of the hostages grew."
    >>> seeks_release(tokenize(s), s.index(" for"))
    True
    """
    return (_sought(tokens, after) or "").startswith("084")


def sought_aim(tokens: list[Token], code: str, after: int, lex: Lexicon) -> str:
    """``code`` refined by the thing its act seeks or concerns, told after offset ``after``;
    ``code`` unchanged unless the refinement is a finer code of it.

    Three readings, each from the manual's tree: a governor (§02, §03, §10, §12) takes the
    ``embed.csv`` code over the thing (bare §020 -> §0242, §023 -> §0233); an act of the thing's
    own root takes the thing's finer code (§070 provide aid -> §073 for medicine sent, §083
    accede to demands -> §0834 for a constitution, §090 investigate -> §091 for bribery); a
    cut of aid (§162) takes the aid's kind (§1621-§1623, ``embed.csv`` rows of §16).

    >>> from dashboard.events.lexicon import load
    >>> from dashboard.events.tokens import tokenize
    >>> s = "Japan urged China to change its currency policy."
    >>> sought_aim(tokenize(s), "020", s.index(" China"), load())
    '0242'
    """
    if code[:2] not in _REFINED:
        return code
    act = _sought(tokens, after)
    if act is None:
        return code
    bare = len(code) == 3 and code.endswith("0")
    if act[:2] == code[:2]:
        # the thing is an act of the code's own kind: its finer code, when it is one
        finer_act = len(act) > 2 and act != code and (bare or act.startswith(code))
        return act if finer_act else code
    finer = embedded(code[:2], act, lex) if code[:2] in _GOVERNORS else None
    if finer is None or finer == code:
        return code
    if bare and code[:2] in _GOVERNORS - {"16"}:
        return finer
    return finer if finer.startswith(code) and len(finer) > len(code) else code


def aimed(tokens: list[Token], code: str, start: int, end: int, lex: Lexicon) -> str:
    """``code`` of a trigger spanning ``start``-``end`` with its protest's aim (``protest_aims``,
    told after ``end``) and then the thing it seeks (``sought_aim``, told from ``start`` on:
    "provided financial assistance" holds its own aim)."""
    return sought_aim(tokens, protest_aim(tokens, code, end), start, lex)
