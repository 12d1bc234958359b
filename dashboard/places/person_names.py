"""The person pass of recognition: a place's name used as part of a person's name.

"Barack Obama" (a capitalised word glued before it; once seen, a later bare "Obama" too),
"Kerry-Ann Hamilton" (a hyphenated double name), "Mrs. Lincoln", "the Obama administration",
"Levi said" (a title, an initial or a verb only a person takes). ``PersonNames`` holds these
methods for ``Recogniser``, which reads them through ``_find``.
"""

from __future__ import annotations

import re

from dashboard.places.gazetteer import Gazetteer
from dashboard.places.given_names import paired_with_its_state, role_words
from dashboard.places.names import fold
from dashboard.places.recognise_filters import (
    _bare_possessive,
    _is_common_noun,
    modifier_only,
    opens,
)
from dashboard.places.recognise_words import (
    _ADMINISTRATION_AFTER,
    _AFTER_INITIALS,
    _BARE_TITLES,
    _FIRST_NAME_BEFORE,
    _INITIAL_BEFORE,
    _LOCATIVE,
    _LOCATIVE_REACH,
    _PERSON_VERB_AFTER,
    _PERSON_VERBS,
    _POSSESSIVE,
    _STATE_OWNS,
    _SURNAME_AFTER,
    _TITLE_BEFORE,
    MONTHS_DAYS,
    NEWSPAPER_WORDS,
    OPENERS,
    PLACE_PREMODIFIERS,
)
from dashboard.places.runs import Hit, Token

# a quoted nickname and a capitalised surname right after a name ('Joaquin "El Chapo"
# Guzman', "Henry M. “Scoop” Jackson"): AP Stylebook, "nicknames", puts it in quotation
# marks between the given name and the surname
_NICKNAME_AFTER = re.compile(r" [\"“](?:[A-Z][\w'’.-]*)(?: [A-Za-z][\w'’.-]*){0,2}[\"”] [A-Z][a-z]")


def nicknamed(text: str, hits: list[Hit]) -> frozenset[str]:
    """Keys of one-word names followed by a quoted nickname and a surname ('Joaquin "El
    Chapo" Guzman'): a given name, so (one sense per text) no place anywhere in the text."""
    if '"' not in text and "“" not in text:
        return frozenset()
    return frozenset(h[2] for h in hits if h[4] and _NICKNAME_AFTER.match(text, h[1]))


class PersonNames:
    """The person pass of ``Recogniser`` (see the module): what marks a name as a person's."""

    # set by Recogniser.__init__
    gaz: Gazetteer
    opening: frozenset[str]

    # ------------------------------------------------------------ filters

    def _people_names(
        self,
        text: str,
        hits: list[Hit],
        named: set[str] | None = None,
        every: list[Hit] | None = None,
    ) -> frozenset[str]:
        """Single-word names seen inside a person's name ("Barack Obama"), so that a later
        bare "Obama" is not taken for a place either: one sense per text. A name the text
        also puts after "in", "near" or "from" is a place all the same ("Rethinking Egypt"
        as a headline, "in Egypt" later; "Kim, Gujarat" with its state). ``hits``: those that may be a person's; ``named``:
        keys already known to be (``PlainWords``); ``every``: all the text's hits, read for
        the locative use (``hits`` by default)."""
        out: set[str] = set()
        glued, by_context = self._glued_before, self._person_by_context
        for h in hits:
            key = h[2]
            # one word only, and once: "U.S." after "Total" opening a sentence is nobody's name,
            # nor "US" after "Former" ("Former US ambassador"): abbreviations are no surnames
            if not h[4] or key in out or "." in key:
                continue
            if key in self.gaz.aliases and text[h[0] : h[1]].isupper():
                continue
            if self._double_name(text, h):
                out.add(key)
                continue
            prev = h[5]
            if prev is not None:
                if self._titled(text, h, prev):
                    out.add(key)  # "President Obama", "Senator Lincoln"
                    continue
                if (
                    glued(text, h, prev)
                    and not _is_common_noun(prev[2])
                    and not text[prev[0] : prev[1]].isupper()
                    and not modifier_only(prev[2])
                ):
                    out.add(key)
                    continue
                if prev[2] not in OPENERS and prev[2] not in PLACE_PREMODIFIERS:
                    continue
            if by_context(text, h):
                out.add(key)
        if named:
            out |= named
        if out:
            located = set()  # one locative use is enough: a name repeats, the test need not
            for h in hits if every is None else every:
                key = h[2]
                if key not in out or key in located:
                    continue
                if text[h[1] : h[1] + 2] in _POSSESSIVE or _bare_possessive(text, h[1]):
                    # "into Bell's back"; "Jordan's king"; "planted in Flores' honor"
                    if _STATE_OWNS.match(text, h[1]):
                        located.add(key)
                elif _LOCATIVE.search(
                    text, max(0, h[0] - _LOCATIVE_REACH), h[0]
                ) or paired_with_its_state(text, h, self.gaz):
                    located.add(key)  # "in Kim", "the town of Kim", "Kim, Gujarat"
            out -= located
        return frozenset(out)

    def _double_name(self, text: str, h: Hit) -> bool:
        """A one-word name joined by a hyphen to another capitalised word, the pair no name
        of the gazetteer and neither half a country's or state's name, with a first name
        before the pair or a surname after it: "Kerry-Ann Hamilton", "Joaquin Navarro-Valls".
        A type or institution word after the pair leaves it a place ("Athens-Clarke
        County"), as does a place the second half opens ("Dallas-Fort Worth")."""
        start, end, prev, nxt = h[0], h[1], h[5], h[6]
        if nxt is not None and nxt[3] and text[end : nxt[0]] == "-":
            a, b, other = start, nxt[1], nxt[2]
        elif prev is not None and prev[3] and text[prev[1] : start] == "-":
            a, b, other = prev[0], end, prev[2]
        else:
            return False  # the common case: no hyphen beside the name
        if any(
            pid[:3] in ("cc:", "a1:")
            for pid in (*self.gaz.index.get(other, ()), *self.gaz.index[h[2]])
        ):
            return False  # "Israel-Gaza", "Saxony-Anhalt"
        after = _SURNAME_AFTER.match(text, b)
        if after is not None:
            word = fold(after.group(1))
            return (
                not _is_common_noun(word)
                and word not in NEWSPAPER_WORDS
                and f"{other} {word}" not in self.gaz.index
            )
        before = _FIRST_NAME_BEFORE.search(text, max(0, a - 16), a)
        return before is not None and fold(before.group(1)) not in OPENERS

    def _person_by_context(self, text: str, h: Hit) -> bool:
        """A one-word name that its context makes a person's: a middle initial or a title
        before it ("Matthew D. Flores", "Mrs. Lincoln"), "administration" after it ("the
        Obama administration"), or, for a name that is only towns under 100,000 people or
        names a city only as an alternate, a reporting or sports verb after it ("Barry
        scored", "Levi said"); "Moscow said" stays the city."""
        start, end = h[0], h[1]
        # character tests first: this runs for most hits, and few have such a neighbour
        if text[start - 2 : start] == ". ":  # "Matthew D. Flores", "Mrs. Lincoln"
            before = text[max(0, start - 12) : start]
            if _INITIAL_BEFORE.search(before) or _TITLE_BEFORE.search(before):
                return True
        elif text[max(0, start - 4) : start] in _BARE_TITLES:  # "Mrs Lincoln" (British)
            return True
        after = text[end : end + 16]
        # the next word starts lowercase with one of the verbs' or "administration"'s letters
        first = after[2:3] if after[:2] == ", " else after[1:2] if after[:1] == " " else ""
        if first not in _AFTER_INITIALS and after[:1] not in ("'", "’"):
            return False
        if "administration" in after and _ADMINISTRATION_AFTER.match(after):
            return True
        word = after.lstrip(", ").partition(" ")[0].rstrip(".,;:!?\"'”’)")
        if word not in _PERSON_VERBS or not _PERSON_VERB_AFTER.match(after):
            return False
        if text[max(0, start - 4) : start] == " of ":
            # "the mayor of Pesaro said": the verb's subject is the noun before "of", so the
            # verb says nothing of the name, which one sense per text would drop everywhere
            return False
        return all(
            p.kind == "city" and (p.population < 100_000 or fold(p.name) != h[2])
            for p in self.gaz.places_of(self.gaz.index[h[2]])
        )

    def _titled(self, text: str, h: Hit, prev: Token) -> bool:
        """A capitalised role word of ``person_roles.csv`` right before the name, as English
        writes a title before a surname ("President Obama", "Governor Perry"); a name the
        gazetteer holds with the title ("General Santos") is matched whole before this."""
        start, end, key, capitalised, _ = prev
        return (
            capitalised
            and key in role_words()
            and text[end : h[0]] == " "
            and text[start : start + 1].isupper()
            and not text[h[0] : h[1]].isupper()
        )

    def _glued_before(self, text: str, h: Hit, prev: Token) -> bool:
        start, end, key, capitalised, first = prev
        if not capitalised or key in OPENERS or key in MONTHS_DAYS or text[end : h[0]] != " ":
            return False  # "Sunday Alexandria Police": a date, not a first name
        if key in PLACE_PREMODIFIERS:
            return False  # "Metro Denver", "Historic Annapolis": the town's name, premodified
        if key in self.opening and first and opens(text, start):
            return False  # a sentence-opening common word: "Today Tokyo said"
        if h[2] in self.gaz.aliases and text[h[0] : h[1]].isupper():
            return False  # an abbreviation is no surname: "Former US envoy", "Current UK rules"
        # an all-caps dateline or headline word before the match is not a name part
        return not (text[start:end].isupper() and text[h[0] : h[1]].isupper())
