"""Turn an article into dated, typed, located events, one per happening.

Per sentence: the strongest CAMEO trigger makes an event; a trigger tightly bound to its own
date ("its 1910-45 occupation") makes a second one; "N days after <clause>" makes the clause
an event dated from the main clause's. Sentences with only a reporting verb, or whose
subject points back ("He", "The two countries"), add evidence to the event they continue.
Events of one type that share a named actor, or the same open range, are merged; when their
dates disagree both readings are kept, one is chosen with a reason, and ``date_conflict`` set.

This module holds the entry point (``EventExtractor.read``/``extract``) and the per-sentence
pass; the stages live by role, each importing only the layers below it: ``drafts`` (working
records), ``segments`` (what is read as a sentence), ``stories`` (triggers and the story
going on), ``date_scope`` / ``date_reckoning`` (which phrase dates a trigger; dates counted
from another day), ``parties`` / ``placing`` (who took part; where, when no place is named),
``embedded_acts`` (acts named inside another clause), ``coreference`` (drafts of one
happening), ``clause_drafts`` / ``main_clause`` (drafting a clause's events) and
``finishing`` (draft to ``Event``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.analysis import TextAnalysis, in_dateline
from dashboard.events import hazards
from dashboard.events.actors import Actor
from dashboard.events.after_dissent import DissentAfterReader
from dashboard.events.aftermath import fold_aftermath
from dashboard.events.approach_moves import approached
from dashboard.events.aside_parties import aside_party
from dashboard.events.attribution import (
    attributions,
    leading_speaker,
    reporting_country,
    told_to,
    within,
)
from dashboard.events.came_after import clause_told
from dashboard.events.cameo import WEAK, Trigger
from dashboard.events.coreference import (
    _antecedent,
    _link_narratives,
    _merge,
    _without_headline_repeats,
)
from dashboard.events.counted_after import RELATIVE, counted_days, long_unit
from dashboard.events.criminal_groups import criminal_group_after
from dashboard.events.date_clauses import FUTURE
from dashboard.events.date_reckoning import _fronted_ago, filed_on
from dashboard.events.date_scope import _in_since_clause, gapped_date
from dashboard.events.dates import dateline_date, find_dates
from dashboard.events.dates_since import since_perfect
from dashboard.events.day_objects import adjunct_dates
from dashboard.events.done_counts import count_for_done
from dashboard.events.drafts import RECENT, Countries, _Context, _precision, _Sent, _Spans, told_on
from dashboard.events.emblems import emblem_after
from dashboard.events.entered_places import entered_places
from dashboard.events.event_ids import unique_ids
from dashboard.events.finishing import DraftFinisher
from dashboard.events.fronted_clause_acts import fronted_clause_act, told_again
from dashboard.events.heritage import heritage_after
from dashboard.events.idle_sentences import adds_nothing
from dashboard.events.joined_clauses import joint_before
from dashboard.events.joined_sides import denied_and_retold, share_first_day, take_up_sides
from dashboard.events.modality import act_date_spans, told_statement
from dashboard.events.name_parts import demonym_in_name
from dashboard.events.narrative import CONTINUES
from dashboard.events.narrative_states import story_for_later
from dashboard.events.non_parties import denied_party, non_party
from dashboard.events.noun_day_count import of_noun_count
from dashboard.events.oppositions import opposition_sides
from dashboard.events.paired_dates import paired_date, paired_stretch
from dashboard.events.parties import _country_actors, coordinated_countries
from dashboard.events.phrase_close import split_at_phrase
from dashboard.events.place_cues import (
    CURRENCY_AFTER,
    MAKER_AFTER,
    MAKER_BEFORE,
    MEDIA_AFTER,
    PATRON_AFTER,
    SEAT_AFTER,
)
from dashboard.events.private_nationals import private_person_after
from dashboard.events.pronoun_acts import pronoun_objects
from dashboard.events.relative_acts import gapped_seizures
from dashboard.events.relative_main import main_verb_first
from dashboard.events.relief_troops import relief_deployments
from dashboard.events.retold import fold_retellings
from dashboard.events.scene_before import scene_of_aftermath
from dashboard.events.segments import _joined_subject_start, _sentences_read
from dashboard.events.semicolon import clause_start
from dashboard.events.sent_ships import no_force_sent
from dashboard.events.shared_names import kept_actors
from dashboard.events.shown_acts import doers_of_shown_act
from dashboard.events.side_told import fold_side_tellings
from dashboard.events.sides import capital_country, capital_metonyms
from dashboard.events.signed_pronoun import signed_pronouns
from dashboard.events.since_object import named_in_since
from dashboard.events.stories import (
    _attack_story,
    _hazard_story,
    _hazard_told_before,
    _renamed_dropped,
    _toll,
    _unrest_story,
    _with_hazards,
    places_of_its_own,
    victims_role,
)
from dashboard.events.storm_names import named_before
from dashboard.events.story_start import storyless_range
from dashboard.events.subordinate_acts import bare_clause
from dashboard.events.taken_places import retaken_places
from dashboard.events.telling_asides import telling_dates
from dashboard.events.the_army import armies_told_before
from dashboard.events.threat_condition import conditional_threat
from dashboard.events.unasserted_acts import unasserted
from dashboard.events.unit_anaphora import unit_told_after
from dashboard.model import Article, Event

if TYPE_CHECKING:
    from dashboard.places.geoparser import Geoparser


# Work caps per sentence (issue 10, item 9): a sentence with more triggers than this is a
# list or a paste, not prose (the bundled samples have at most 6), and is skipped with a note.
MAX_TRIGGERS = 24
# "The next day ... Two days later ... A week later": a date counted through at most this many
# steps (each step is one recursion when the date is chosen)
MAX_CHAIN = 12


class EventExtractor(DissentAfterReader, DraftFinisher):
    """Codes events from a ``TextAnalysis``; it never calls the places layer.

    ``read(article, analysis)`` is the whole contract. ``extract(article)`` is a convenience
    that first asks its geoparser for the analysis (one call, before reading starts).
    """

    def __init__(self, geoparser: Geoparser | None = None) -> None:
        self._geoparser = geoparser
        self.work: Counter[str] = Counter()  # the last read's work counters

    def extract(self, article: Article, analysis: TextAnalysis | None = None) -> list[Event]:
        if analysis is None:
            if self._geoparser is None:
                from dashboard.places.geoparser import Geoparser

                self._geoparser = Geoparser()
            analysis = self._geoparser.analyse(article.text, article.published)
        return self.read(article, analysis)[0]

    def read(self, article: Article, analysis: TextAnalysis) -> tuple[list[Event], tuple[str, ...]]:
        """The article's events and notes on what was not read (sentences over a work cap)."""
        text, pub = article.text, article.published
        filed = filed_on(text, pub)
        if filed is not None:
            # "TBILISI, June 16 (Reuters) -": relative dates count from when the story was
            # filed (TimeML's document creation time), not from a later publication
            pub = filed
            article = replace(article, published=filed)
        # the dateline says where the story was filed, not where anything happened
        mentions = [m for m in analysis.mentions if not in_dateline(analysis, m.start)]
        countries = [
            (c.start, c.end, c.code, c.name)
            for c in analysis.countries
            if not in_dateline(analysis, c.start) or c.demonym
        ]
        ctx = _Context(
            text,
            pub,
            _Spans(mentions, [m.start for m in mentions]),
            _Spans(countries, [c[0] for c in countries]),
            analysis,
        )
        for c in reversed(countries):
            ctx.first_country[c[2]] = (c[0], c[1])
        notes = list(analysis.notes)
        parts, first = _sentences_read(analysis), 0
        for i, (s, e) in enumerate(parts):
            before = len(ctx.drafts)
            note = self._sentence(ctx, s, e)
            if i and joint_before(text, parts[i - 1][1], s):
                # "…, and it seized a tanker": the first clause's subject is the seizer
                opened = parts[i - 1][0]
                joined = ctx.drafts[before:]
                mine = ctx.countries.within(opened, s)
                take_up_sides(text, ctx.drafts[first:before], joined, (opened, s, e), mine)
                share_first_day(text, ctx.drafts[first:before], joined, (opened, s, e))
                # "X did not take part in the fighting, but Y clashed with Z": one fighting
                told = {id(d) for d in denied_and_retold(text, ctx.drafts[first:before], joined)}
                ctx.drafts[first:before] = [
                    d for d in ctx.drafts[first:before] if id(d) not in told
                ]
                before -= len(told)
            first = before
            if note:
                notes.append(note)
            cue = bool(CONTINUES.search(text, s, e))
            for d in ctx.drafts[before:]:
                d.sentence, d.cue = i, cue
        ctx.drafts = [d for d in ctx.drafts if not no_force_sent(d)]  # "sent ships toward Gaza"
        if analysis.dateline_start:
            ctx.drafts = _without_headline_repeats(ctx.drafts, analysis)
        _link_narratives(ctx.drafts, text)
        ctx.work["drafts"] += len(ctx.drafts)
        self.work = ctx.work
        events = [self._finish(article, d, ctx) for d in _merge(ctx.drafts, ctx.work, text)]
        # "…carried out strikes in Iran … The strikes targeted fighters near Saravan": one act
        events = fold_side_tellings(fold_retellings(events))  # and one side's telling of it
        # "Floods killed 120 in Mokwa. Hundreds of homes were destroyed.": the flood's toll
        events = fold_aftermath(events, text)
        # undated events wait for the article's date (the report says so); ids made unique
        kept = unique_ids([e for e in events if "undated" not in e.flags])
        background = sum("background" in e.flags for e in events)
        if len(kept) + background < len(events):
            notes.append(
                f"{len(events) - len(kept) - background} event(s) with no date of their own "
                "left out until the article has a date"
            )
        prior = sum("prior" in e.flags for e in events)
        waiting = sum("conditional" in e.flags for e in events)
        if background - prior - waiting:
            # "the ongoing war": no date claim rather than the week of publication
            notes.append(
                f"{background - prior - waiting} running situation(s) with no date of their own "
                "left out"
            )
        if waiting:  # "expected to sign after Armenia amends its constitution": on no day told
            notes.append(f"{waiting} planned act(s) waiting on an open condition left out")
        if prior:
            # "aid workers kidnapped in Yemen were released on Monday": before, by how long?
            notes.append(f"{prior} act(s) told only as before a dated one left out")
        return kept, tuple(notes)

    # ------------------------------------------------------------ per sentence

    def _sentence(self, ctx: _Context, s: int, e: int) -> str | None:
        """Read one sentence into ``ctx.drafts``; a note when it is over a work cap."""
        text, pub, drafts = ctx.text, ctx.pub, ctx.drafts
        sent = text[s:e]
        trigs = _renamed_dropped(
            text,
            [
                _shift(t, s)
                for t in unasserted(
                    sent,
                    gapped_seizures(sent, signed_pronouns(text, s, e, _objects(sent, text, e))),
                )
            ],
        )
        # "Ukrainian troops recaptured Izium": a town taken back, named (``taken_places``)
        trigs = retaken_places(text, (s, e), trigs, ctx.mentions.within(s, e))
        trigs = entered_places(text, (s, e), trigs, ctx.mentions.within(s, e))  # "took Masisi"
        ctx.work["sentences"] += 1
        ctx.work["sentence_chars"] += e - s
        ctx.work["triggers"] += len(trigs)
        if len(trigs) > MAX_TRIGGERS:
            return (
                f"sentence at {s}–{e} not read for events: {len(trigs)} triggers, over the "
                f"cap of {MAX_TRIGGERS} per sentence"
            )
        # "Iranian-made drones": the maker of the weapon, not a side in the happening
        # and "drones made by Turkey" likewise; nor is a patron ("Iran-backed militias",
        # "pro-Russian separatists": the militia and the separatists act, of no named country)
        # "a Venezuelan criminal gang": the group's origin, not the state (CAMEO CRM); nor
        # does it name the gang ("The Kenyan gang attacked": an unnamed one)
        origins = {
            c[0]
            for c in ctx.countries.within(s - 60, e)
            if text[c[0] : c[1]] != c[3] and criminal_group_after(text, c[1])
        }
        countries: Countries = [
            c
            for c in ctx.countries.within(s - 60, e)
            if not MAKER_AFTER.match(text, c[1])
            and not MAKER_BEFORE.search(text, max(0, c[0] - 40), c[0])
            and not PATRON_AFTER.match(text, c[1])
            # "the Yemen-based group": the seat of an organisation, not the state acting
            and not SEAT_AFTER.match(text, c[1])
            and not MEDIA_AFTER.match(text, c[1])
            and not CURRENCY_AFTER.match(text, c[1])
            # "at a Filipino festival": a culture's or a diaspora's mark, not the state
            and not heritage_after(text, c[1])
            # "a 24-year-old Afghan man drove": one private person's passport, not the state;
            # only as the subject before every act (lead61: a victim's people place force)
            and not (
                text[c[0] : c[1]] != c[3]
                and all(t.start >= c[1] for t in trigs)
                and private_person_after(text, c[0], c[1])
            )
            and c[0] not in origins
            and not demonym_in_name(text, c[0], c[1], c[3])
            and not _PRO_BEFORE.search(text, max(0, c[0] - 5), c[0])
            and not _LABEL_AFTER.match(text, c[1])
            and not _REGION_BEFORE.search(text, max(0, c[0] - 8), c[0])
        ]
        # "Moscow said", "Kyiv's forces": a capital for its government is a side (``sides``)
        countries = sorted(countries + capital_metonyms(text, ctx.mentions.within(s, e), s, e))
        # "Sudanese army drones struck… The RSF accused the army": the army named before
        countries = sorted(countries + armies_told_before(ctx.analysis, s, e))
        # who the sentence cites ("..., a British agency said") is no side nor place of it
        cited = attributions(sent, s)
        # "Kyiv said a missile struck Odesa": the opening speaker reports an attack it does
        # not say it made, as the side struck tells it; but "North Korea's media said the
        # missile launched on Tuesday..." tells the speaker's own act, so only force counts;
        # a natural hazard or accident ("the UN said a cyclone destroyed homes") has no doer
        # at all, so who tells it is never its side (EM-DAT: a disaster has no perpetrator)
        told = [t for t in trigs if t.weight > WEAK]
        speaker = leading_speaker(sent, s, [t.start for t in told])
        first = next((t for t in told if speaker and t.start > speaker[1]), None)
        if speaker is not None and first is not None and _told_not_done(first.full or first.code):
            cited.append(speaker)
        reporter = reporting_country(text, cited, countries)
        cited_countries = [
            Actor(n, "country", c, cs, ce) for cs, ce, c, n in countries if within(cited, cs)
        ]
        # "waving Moldovan and EU flags": an emblem's owner is no party to the act
        countries = [
            c for c in countries if not within(cited, c[0]) and not emblem_after(text, c[1])
        ]
        countries, oppositions = opposition_sides(text, countries)
        # "SEOUL (Yonhap) —": the agency a dateline credits filed the story (AP Stylebook,
        # "datelines"; Reuters Handbook of Journalism, "datelines"), the outlet, never a side
        named = [
            a
            for a in ctx.finder.find(sent, s, countries)
            if not (a.start in origins and a.name.lower().endswith(("gang", "cartel", "militia")))
            and not within(cited, a.start)
            and not emblem_after(text, a.end)
            and not in_dateline(ctx.analysis, a.start)
            and not non_party(text, a)  # "over the objections of X", "outside the Assembly"
        ]
        # a shared abbreviation ("RSF") is the listed group only where its country is named
        named = kept_actors(named, text, ctx.analysis) + oppositions
        if not trigs and adds_nothing(sent, named, drafts):
            return None  # no act, and none told before that it goes on with
        if _hazard_story(drafts) is not None:  # "would send 1,000 troops to the region"
            trigs = relief_deployments(trigs, sent)  # after a quake: relief (§073/§0333)
        story = _hazard_story(drafts) or _unrest_story(drafts)
        if story is not None:
            tolls = [t for t in trigs if _toll(text, t, e)]
            trigs = [t for t in trigs if t not in tolls and not victims_role(text, t, tolls)]
            if tolls and not any(t.weight > WEAK for t in trigs):
                story.evidence.append((s, e))  # the flood's toll, not a fight of its own
                return None
        elif _hazard_told_before(text, s, drafts):
            # "…hit by catastrophic floods. More than 1,100 people have been killed": the
            # toll of a hazard the story named without an event of its own, no fight
            rest = [t for t in trigs if not _toll(text, t, e)]
            if len(rest) < len(trigs) and not any(t.weight > WEAK for t in rest):
                return None
        elif any(t.code.startswith("DIS-") for t in trigs):
            # "24 people were killed when a fire broke out in a factory": the toll is the
            # hazard's (EM-DAT counts it), no fight; CAMEO 19 needs an armed actor
            trigs = [t for t in trigs if not _toll(text, t, e)]
        future = bool(FUTURE.search(sent))
        dates = find_dates(sent, pub, future=future, shared_calendar=ctx.analysis.story_country)
        filed = dateline_date(text[: s + 120]) if s < 120 else None
        if filed:  # a wire dateline's filing date dates no event
            dates = [d for d in dates if not (s + d.start < filed[1] and filed[0] < s + d.end)]
        # "two days later", "that day": counted from the story's last date, not publication
        later = next((d for d in dates if d.continues), None)
        dates = [d for d in dates if not d.continues]
        dates = adjunct_dates(sent, dates)  # not "the 1971 war", "called Tuesday a black day"
        attack = _attack_story(ctx.drafts, text, s)
        if (
            attack is not None
            and later is None
            and not dates
            # "Pakistan said two children were killed": the speaker is no place of the toll
            and not places_of_its_own(text, ctx.mentions.within(s, e))
        ):
            tolls = [t for t in trigs if _toll(text, t, e)]
            if tolls and not any(t.weight > WEAK for t in trigs if t not in tolls):
                attack.evidence.append((s, e))  # the attack's toll, not a fight of its own
                return None
        pool = sorted(
            named + [Actor(n, "country", c, cs, ce) for cs, ce, c, n in countries if s <= cs < e],
            key=lambda a: a.start,
        )
        mentions = _Sent(
            [m for m in ctx.mentions.within(s, e) if not within(cited, m.start)],
            pool,
            [(a.start, a.end) for a in named if a.kind in ("unit", "organisation")],
            [(s + d.start, s + d.end) for d in dates]
            + ([(s + later.start, s + later.end)] if later else []),
            reporter,
            cited_countries,
        )
        rel = RELATIVE.search(sent) or bare_clause(text, s, sent, trigs, dates)
        if rel and not text[max(s, ctx.analysis.dateline_end) : s + rel.start()].strip():
            # fronted ("Two days after the election, supporters clashed…"), also right after
            # the dateline ("NIAMEY — Two days after the coup, soldiers…"): the main clause
            # follows it; the phrase dates it from a noun, not from another event read here
            rel = None
        if rel and any(d.start <= rel.start() < d.end for d in dates):
            rel = None  # "two days after Eid al-Fitr": a date read whole, no clause of its own
        if rel and long_unit(rel) and not any(d.start < rel.start() for d in dates):
            # "five months after he was killed" counts only from a day the main clause names
            rel = None
        main_end = s + rel.start() if rel else e
        strong, sub = split_at_phrase(text, s, rel, [t for t in trigs if t.weight > WEAK], main_end)
        strong = main_verb_first(text, s, strong, dates)  # "Rebels who seized … on May 2 attacked"
        lead = strong[0] if strong else None
        # who a "since" clause names ("since soldiers ousted Bazoum") is no side of this event
        # "…seized the ship, and a Spanish frigate chased them": who a joined clause with its
        # own subject names acts in that clause, not in the lead's
        own_end = _joined_subject_start(text, lead, main_end)
        # "…was taken to hospital; his party said he had been beaten": nor the clause before
        opened = clause_start(text, s, lead.start) if lead else s
        actors = [
            a
            for a in named
            if opened <= a.start < own_end
            and not _in_since_clause(text, s, a.start)
            and not (lead is not None and a.start > lead.end and named_in_since(text, lead.end, a))
        ] + _country_actors(countries, opened, own_end, lead, text)
        actors += coordinated_countries(text, actors, countries)  # "Turkey and the UN"
        actors = [a for a in actors if not aside_party(text, (s, e), a, lead)]  # "X, who …,"
        actors = doers_of_shown_act(text, lead, actors)  # "the visit underscores the thaw"
        denied: list[Actor] = []
        if lead is not None:
            # whom the act was reported to hears of it: "officials told the United Nations
            # that rebels attacked homes" made the UN the attacker
            actors = [a for a in actors if a.end > lead.start or not told_to(text, a.start, a.end)]
            # "Kenyan police did not take part in the fighting": Kenya is no side of it
            denied = [a for a in actors if denied_party(text, a.end, lead.start)]
            actors = [a for a in actors if a not in denied]
        before = len(drafts)
        anchor = self._main_event(
            text,
            s,
            main_end,
            sent,
            strong,
            trigs,
            dates,
            actors,
            future,
            mentions,
            drafts,
            named,
            countries,
        )
        # "Hours before he shot six in Brno, the attacker stabbed a neighbour in Zlin": the
        # fronted clause's act of force at a place of its own is a happening apart
        fronted = fronted_clause_act(text, s, lead, strong, mentions.mentions) if lead else None
        if anchor is not None and fronted is not None:
            sec = self._draft(fronted[0], fronted[1], (s, e), [], mentions, text)
            if not told_again(sec, anchor, drafts):
                drafts.append(sec)
        for d in drafts[before:] if denied else ():
            d.denied = denied[0]  # "Syria did not take part …, but it closed": Syria's "it"
        if len(drafts) > before and drafts[before].planned:
            # "said last week that it would review the deal": the statement was made (§014);
            # "said they would gather again on Friday": a day of the act's own dates the act
            said = drafts[before].trigger
            own_day = any(s + dm.start >= said.start for dm in dates)
            # "said Tehran would retaliate": a capital opening the complement is a side
            capitals = [(m.start, m.end, capital_country(m)) for m in ctx.mentions.within(s, e)]
            sides = [(a, b, c) for a, b, c, _ in countries if s <= a < e] + [
                (a.start, a.end, a.country_code) for a in named if a.country_code
            ]
            sides += [(a, b, c) for a, b, c in capitals if c]
            drafts[before].planned = (
                own_day or not told_statement(text, said, trigs, sides)
            ) and not conditional_threat(drafts[before], text, s, e)
            spans = [(s + dm.start, s + dm.start + len(dm.text)) for dm in dates]
            acts = act_date_spans(text, said, trigs, spans, sides)
            if acts is not None:
                # "said on Monday that it would strike next month": the intent or threat is
                # the telling (CAMEO 1.1b3 §03, §13), made on Monday; next month is the act's
                told_on(
                    drafts[before],
                    telling_dates(text, s, said.start, dates, spans, acts),
                    [dm for dm, sp in zip(dates, spans, strict=True) if sp in acts],
                )
        if pub and len(drafts) > before:
            ago = _fronted_ago(text, s, drafts[before].trigger, pub)
            if ago is not None:  # "A year after the earthquake, survivors still live in tents":
                # the main clause's day ("held a memorial on Monday") is not the quake's
                drafts[before].readings[:] = [(ago, _precision(drafts[before].location))]
            trig = drafts[before].trigger
            gap = gapped_date(sent, trig.end - s, dates) or paired_date(sent, trig.start - s, dates)
            paired_stretch(sent, trig.start - s, dates, drafts[before])  # "on Monday and Tuesday"
            if gap is not None:  # "seized Goma in January and Bukavu last month": two acts
                drafts.append(self._gapped(text, (s, e), drafts[before], gap, actors, mentions))
            begun = since_perfect(sent, drafts[before].trigger.start - s, dates, pub)
            if begun is not None:  # "Since the war began in 2022, Russia has shelled ...":
                drafts[before].readings[:] = [(begun, _precision(drafts[before].location))]
            of_noun_count(sent, s, rel, sub, dates, drafts[before])  # "… after the crash of 28 May"
        if later and len(drafts) > before and not drafts[before].readings:
            story = next(
                (
                    d
                    for d in reversed(drafts[max(0, before - RECENT) : before])
                    # "… have enforced lockdowns since 2017. Two days later, …": a state
                    # told over a stretch moves no story's time (``narrative_states``)
                    if (d.readings or d.later) and story_for_later(d, future)
                ),
                None,
            )
            unit = unit_told_after(text, story, s, sent, later, pub) if pub else None
            if unit is not None:  # "… in June. The minister quit that month": June, told last
                drafts[before].readings[:] = [(unit, _precision(drafts[before].location))]
            elif story is not None and story.depth < MAX_CHAIN:
                # a phrase opening the sentence ("Two days later, troops raided the village
                # and arrested 12") is a sentence adverbial: it dates each act of the
                # sentence that has no date of its own, not the first alone
                opening = not sent[: later.start].strip(" \t\n\"'“‘")
                for d in drafts[before:] if opening else drafts[before : before + 1]:
                    if not d.readings and d.later is None:
                        d.later = (story, sent, later, future)
                        d.depth = story.depth + 1
            elif story is None and pub is not None:
                # "Japan began discharging the water on Thursday. Hours later, China banned
                # ...": no event was read before; the day told before, else publication's
                # unit ("Earlier in the week"), is the reference time (``story_start``)
                counted = storyless_range(text, s, sent, later, pub, future=future)
                if counted is not None:
                    drafts[before].readings[:] = [(counted, _precision(drafts[before].location))]
        main_dates = [dm for dm in dates if s + dm.start < s + rel.start()] if rel else []
        # the "after" clause's own day: "a day after rebels attacked the town on 3 June" dates
        # the attack though the main clause names neither an act nor a day ("shops were shut");
        # past a comma the day is another clause's ("Retaliating days after X, forces Thursday")
        after = rel.end() if rel else len(sent)
        own = [dm for dm in dates if dm.start >= after and dm.range.precision == 1]
        own_told = clause_told(text, s, after, own, rel, sub)  # own day, or "came hours after"
        if rel and sub and (anchor is not None or main_dates or own_told):
            days = counted_days(rel)
            if long_unit(rel):
                own = []  # a count of months or years runs from the main clause's day
            sub_actors = [a for a in named if a.start >= s + rel.end()]
            sub_actors += _country_actors(countries, s + rel.end(), e, sub[0], text)
            d = self._draft(
                sub[0],
                (s + rel.end(), e),
                sent_span=(s, e),
                actors=sub_actors,
                mentions=mentions,
                text=text,
            )
            if d.location is None:  # "Rescuers in Mandalay dug, a day after the quake …"
                d.location, d.location_reason = scene_of_aftermath(
                    text, (s, s + rel.start()), sub[0].full or sub[0].code, mentions.mentions
                )
            others = [x for x in drafts[-RECENT:] if x is not anchor]
            earlier = _antecedent(text, s + rel.end(), d, others, {})  # its own clause's
            if earlier is not None:
                # "The barrage came two weeks after that strike": the strike told before
                earlier.evidence.append((s, e))
                return None
            if own:
                # "two weeks after it was hit by missiles on 18 February": the clause's own
                # day outranks the count from the main clause ("nearly two weeks" is loose)
                d.readings.append((own[0].range, _precision(d.location)))
            elif anchor is not None and not main_dates:
                d.relative = (anchor, days, rel.group())
            else:
                # "The drills began on Saturday, three days after X met Y": the count runs
                # from the main clause's own day, not from the day the main event was merged to
                # "The ship lay at anchor on Saturday, a day after commandos boarded it": no
                # event in the main clause, but its date still counts the other one's
                r = count_for_done(sent, main_dates, rel, days, pub, sub[0]) if main_dates else None
                if r is not None:  # "stormed" is never after the report
                    d.readings.append((r, _precision(d.location)))
            drafts.append(d)
        return None


# ---------------------------------------------------------------- helpers


def _objects(sent: str, text: str, e: int) -> list[Trigger]:
    """The sentence's triggers: prior hazards read, "it" recoded, approaches dropped."""
    return approached(sent, pronoun_objects(sent, _with_hazards(sent, named_before(text, e))))


def _told_not_done(code: str) -> bool:
    """Whether a speaker opening the sentence only tells an act of this CAMEO ``code``: force
    (18-20) or property destroyed (§1712: "the damage to the cable was sabotage"), told by the
    side struck as often as by the side striking, or a hazard (``DIS-``)."""
    return code[:2] in ("18", "19", "20") or code.startswith(("1712", hazards.PREFIX))


def _shift(t: Trigger, offset: int) -> Trigger:
    return replace(t, start=t.start + offset, end=t.end + offset)


# "Latin American", "South American", "North African": a region's adjective, no country
_REGION_BEFORE = re.compile(r"\b(?:Latin|South|Central|North|East|West|Pan|Sub-Saharan)[\s-]$")
# a topic label opening a headline ("Haiti: Gangs attack police station"): no side
_LABEL_AFTER = re.compile(r":\s+(?-i:[A-Z])")


_PRO_BEFORE = re.compile(r"\b(?:pro|anti)[-‐‑]$", re.IGNORECASE)
