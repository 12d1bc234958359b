"""Where an act by a state's envoy took place: where the envoy is posted, not the home state.

"New Caledonia is under a night-time curfew. The French high commissioner announced it"
gives the act a source country, France, by the office's nationality adjective; the main
actor's country fallback (``placing``) would put it in France. An envoy (an embassy, a high
commission, a high commissioner: ``data/lexicon/foreign_service.csv`` rows posted abroad)
sits in the receiving state or the overseas territory (Vienna Convention on Diplomatic
Relations 1961, art. 3(1)(a)), so its own state is the one place the act was not; the
story's other country is where it was (ACLED codebook: where the event took place).
``foreign_teller.posted_doer`` tells whether the source is such an envoy.
"""

from __future__ import annotations

from dashboard.events.drafts import _Context, _Draft

POSTED_REASON = "no place named; a state's envoy acts where posted: the other country told"


def posted_country(d: _Draft, ctx: _Context, dateline: str | None) -> tuple[str, str] | None:
    """The ISO2 of the country ``d``'s posted doer acts in, with the reason: the dateline's
    country when it is not the doer's own, else the first other country the article names;
    None when it names no other (no place beats the home state, a wrong one)."""
    own = d.source.country_code if d.source is not None else None
    if dateline and dateline != own:
        return dateline, POSTED_REASON
    others = sorted((span, code) for code, span in ctx.first_country.items() if code != own)
    return (others[0][1], POSTED_REASON) if others else None
