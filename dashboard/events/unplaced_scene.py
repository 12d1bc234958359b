"""A visit to "the area" of a happening told at a place the gazetteer lacks is in that
place's country, not in the dateline city.

"N'DJAMENA — Rebels attacked a base on the island of X late on Sunday. The president flew to
the area on Monday": "the area" refers to the place of the happening told before (Halliday and
Hasan 1976, reference by a general noun; ``dateline_acts.scene_told_before``). When the
gazetteer lacks that place, the happening is read at the dateline's country (ACLED's next
larger unit the report supports, geo precision 3: ``finishing._unfound_country``), and the
visit went to the same place: the country, never the city the story was filed from, which
the president flew away from.
"""

from __future__ import annotations

from dashboard.events.act_asides import field_act
from dashboard.events.drafts import _Context, _Draft
from dashboard.events.unfound_places import unfound_place
from dashboard.model import Mention


def unplaced_scene(d: _Draft, ctx: _Context, reach: int) -> tuple[Mention | None, str]:
    """The dateline's country for ``d``, whose clause goes to "the area" (the caller checked),
    when a field act or hazard told within ``reach`` sentences before it has no place of
    its own but names one the gazetteer lacks; else (None, "")."""
    dateline = ctx.analysis.dateline
    if dateline is None or dateline.place is None or dateline.place.country_code is None:
        return None, ""
    for e in reversed(ctx.drafts):
        code = e.trigger.full or e.trigger.code
        if e is d or not 0 < d.sentence - e.sentence <= reach or e.location is not None:
            continue
        if not (field_act(code) or code.startswith("DIS-")):
            continue
        name = unfound_place(ctx.analysis, e.evidence[0], (e.trigger.start, e.trigger.end))
        place = ctx.analysis.country_places.get(dateline.place.country_code)
        if name is None or place is None:
            continue
        why = (
            f"'the area' of the happening told before, at a place the gazetteer lacks "
            f"('{name}'): the dateline's country"
        )
        s, t = d.trigger.start, d.trigger.end
        return Mention(s, t, ctx.analysis.text[s:t], place, 1.0, why), why
    return None, ""
