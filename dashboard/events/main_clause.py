"""Reading a sentence's main clause into events (``MainClauseReader._main_event``): the lead
trigger, its date, a second event bound to its own date, an act an "after" clause names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events import hazards, relative_stretch
from dashboard.events.actors import Actor
from dashboard.events.after_clause_dates import after_dated, aside_after
from dashboard.events.appositive_signing import signed_apposition
from dashboard.events.attributive_dates import attributive_month
from dashboard.events.before_clause import clause_cause
from dashboard.events.cameo import Trigger
from dashboard.events.clause_dates import before_closing_relative, clause_opened, done_to_agents
from dashboard.events.clause_drafts import ClauseDrafter, with_clause_day, with_own_day
from dashboard.events.clause_hazard import hazard_beside
from dashboard.events.complement_dates import saying_dates
from dashboard.events.coordinated import (
    crowd_clause_act,
    fronted_clause_end,
    joined_act,
)
from dashboard.events.coreference import _antecedent, _overlapping, fold_mention
from dashboard.events.counted_told import follow_up
from dashboard.events.date_clauses import AFTER_TAIL, CAUSED_BY, own_future
from dashboard.events.date_reckoning import _days_before, _told_after, _week_of_any_start
from dashboard.events.date_scope import (
    _RANKED_SINCE,
    _WEEKDAY_END,
    BEGAN_AFTER,
    _argument_of,
    _bound_dates,
    _dated_other,
    _fronted_end,
    _hazard_date_first,
    _in_apposition,
    _in_aside_before,
    _in_since_clause,
    _joined_days,
    _own_part_first,
    _relative_aside,
    _standing_relative,
)
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import noun_dated_after, possessive_date
from dashboard.events.dates_counted_after import anchor_of
from dashboard.events.dates_linked import coded_by_cause, fronted_date
from dashboard.events.dates_tense import verb_tense
from dashboard.events.drafts import RECENT, _Draft, _precision, _Sent
from dashboard.events.embedded_acts import (
    _after_clause_act,
    _bare_toll,
    _np_start,
    _violence_as_subject,
    began_with,
    date_cause,
    met_sides,
    unborrow_place,
)
from dashboard.events.found_dead import before_it
from dashboard.events.grounds import grounds_span
from dashboard.events.hazard_said import said_bound
from dashboard.events.held_open import held_open_told
from dashboard.events.judged_force import judged_object
from dashboard.events.merged_actors import _AFTER_CLAUSE, folded_actors, merged_actors
from dashboard.events.modality import others_act_told_after
from dashboard.events.narrative import bound_year, family_of
from dashboard.events.object_relatives import in_object_relative
from dashboard.events.pair_anaphor import pair_sides
from dashboard.events.parties import _country_actors
from dashboard.events.placing import _refines
from dashboard.events.plan_dates import plan_across_date
from dashboard.events.reacted_acts import subject_span
from dashboard.events.relative_acts import relative_act
from dashboard.events.relative_main import relative_own_day
from dashboard.events.relative_sides import within_aside
from dashboard.events.segments import _joined_subject_start, told_day
from dashboard.events.series_acts import coordinated_acts, series_day
from dashboard.events.since_object import since_before
from dashboard.events.standing_series import no_one_happening as habit_or_series
from dashboard.events.stories import _AFTERMATH_OF, _AID_ROOT, own_day_of
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger_tense import own_tense
from dashboard.events.when_clauses import outside_flashbacks, when_clause_of
from dashboard.events.within_dated import within_dated
from dashboard.model import DateRange

_TOLD_PAST = re.compile(
    r"(?i)\b(?:said|ruled|announced|declared|told|stated|insisted|vowed|decided|replied)\b"
)
# CAMEO 1.1b3 129 "Veto": a formal act done when the veto is cast, so "said she would veto
# the law" tells an intent, unlike a refusal, which is made when told
_VETO = "129"
_NEXT_WORD = re.compile(r"\s+[a-z]+\b")
# a concessive tail, a condition after the act ("would be sent to the border if the talks
# in Geneva failed") or a cause ("were sparked by a fire in X"): that other happening's place
_CONCESSIVE = re.compile(
    rf",\s+(?:despite|in spite of|notwithstanding)\b|(?:,\s*|\s)(?:if|unless)\s|{CAUSED_BY}", re.I
)


# what another act caused or answered: "the quota that sparked the protests"
_CAUSED = re.compile(
    r"\b(?:sparked|triggered|prompted|provoked|fuel(?:l)?ed|caused|ignited|led\s+to|set\s+off)"
    r"\s+(?:the\s+|a\s+|an\s+|(?:weeks|months|days|years)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "overnight" as an adverb or a happening's adjective, not a figure ("an overnight success")
_OVERNIGHT = re.compile(
    r"\bovernight\b(?!\s+(?:success|sensation|stay|stays|bag|train|flight|bus))", re.I
)
# a date right after a reporting verb dates the report, not what it reports (ACE 2005: the
# reporting event is an event of its own), when the sentence has another date for the event
_COMPLEMENT_THAT = re.compile(r"\s(?:that|of)$", re.IGNORECASE)
# CAMEO 1.1b3 §03 express intent, §13 threaten: the act is the telling of what will be done
_PROMISE_ROOTS = frozenset({"03", "13"})
_COMPLEMENT_FUTURE = re.compile(r"\b(?:would|will|'ll|is\s+to|are\s+to|plans?\s+to)\b", re.I)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|stated|added|told\s+\w+|disclosed|revealed|"
    r"admitted|admits|acknowledged|acknowledges|denied|denies|rejected|dismissed|"
    # "told a news conference on Wednesday", "said at a briefing on Monday": the telling
    r"(?:told|said\s+at|said\s+in|speaking\s+at)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:conference|briefing|meeting|session|interview|hearing|summit))"
    r"\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
# a year used as a noun's modifier ("the 1951 Mutual Defense Treaty", "a 1994 law")
_ATTRIBUTIVE_YEAR = re.compile(r"(?:(?:the|a|an)\s+)?\d{4}\s+\S+", re.I)


_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$", re.IGNORECASE)
_THAT_TIME = re.compile(
    r"\b(?:that|the\s+same)\s+(?:night|evening|afternoon|morning|day)\b|"
    r"\b(?:late|early|later)\s+(?:in\s+the|that)\s+(?:evening|night|afternoon|day)\b|"
    r"\bhours\s+later\b",
    re.IGNORECASE,
)


# "the deal will see 33 hostages released": a participle after "will see" is still to come
_WILL_SEE = re.compile(
    r"\b(?:will|would|shall|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to)\s+"
    r"(?:see|have|get)\s+[^.;,]{0,40}$",
    re.IGNORECASE,
)


# a discovery of what a happening left ("found a mass grave", "unearthed the bodies of")
MONTH_PRECISION = 3


# a trailing "after"/"following" clause that holds the trigger, opened after a comma or
# mid-sentence ("…, after Russia invaded", "rose on Monday after rebels attacked")
_AFTER_OPEN = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){1,5}?$", re.IGNORECASE)


# who did an act named by a noun, in the possessive right before it: "Iran's seizure"
_POSSESSOR = re.compile(r"\b(?-i:[A-Z])[\w-]*(?:\s(?-i:[A-Z])[\w-]*)?['’]s?\s+$")


class MainClauseReader(ClauseDrafter):
    """Reads a sentence's main clause into drafts; ``EventExtractor`` builds on it."""

    def _main_event(
        self,
        text: str,
        s: int,
        end: int,
        sent: str,
        strong: list[Trigger],
        trigs: list[Trigger],
        dates: list[DateMention],
        actors: list[Actor],
        future: bool,
        mentions: _Sent,
        drafts: list[_Draft],
        named_actors: list[Actor],
        countries: list[tuple[int, int, str, str]],
    ) -> _Draft | None:
        own_dates = [d for d in dates if s + d.start < end]
        target = self._continues(sent, strong, trigs, own_dates, actors, drafts[-RECENT:], text)
        if target is not None and strong and target.trigger.code.startswith("DIS-"):
            # "It struck near Arequipa": a finer place in the hazard's country refines it
            here = self._draft(strong[0], (s, end), (s, s + len(sent)), [], mentions, text)
            if _refines(here.location, target.location):
                target.location, target.location_reason = here.location, here.location_reason
        if target is not None:
            target.evidence.append((s, len(sent) + s))
            target.actors += merged_actors(text, s, sent, actors, strong, target)
            return target
        if not strong or habit_or_series(text, s, end, own_dates, strong):
            return None  # no trigger, a habit or series, a ranked pronoun: not one happening
        bound = _bound_dates(strong, own_dates, s, text)
        main = strong[0]
        # a dated noun of the main verb's own kind is its subject or object, one happening:
        # "the attack on 2 January had killed four", "fought a war since 1814"
        subject = [
            t
            for t in bound
            if t is not main
            # two acts of no family ("convicted ... of crimes committed in 2003") are not one
            and family_of(t.code) == family_of(main.code) is not None
            and not when_clause_of(text, s + bound[t].end, t)
            and _argument_of(text, main, t)
            and not in_object_relative(text, main, s + bound[t].start)  # "that rebels seized"
            and not relative_own_day(text, s, main, t, own_dates)  # "Nurses who struck on May 2"
        ]
        if subject and main not in bound:
            bound[main] = bound[subject[0]]
        for t in subject:
            del bound[t]
        later = [s + dm.start for t, dm in bound.items() if t is not main and t.start > main.end]
        # "Ten years after Russia annexed Crimea, Ukrainians in Kherson…": the act told in the
        # fronted span has its places there, not in the main clause
        whole = min([end, *later])
        whole, actors = within_aside(text, (s, whole), main.start, actors)  # "X, which seized"
        # "…pressing Somali authorities to free the ship, which gunmen seized on Sunday": a
        # trailing relative clause's own dated act is a happening of its own, place and day
        trailing_rel = relative_act(text, s, main, strong, own_dates, whole)
        if trailing_rel is not None:
            whole = trailing_rel[0].start()
        # "flew asylum seekers to Rwanda, despite protests in London": what the act went ahead
        # despite, or what it waits on, is another happening, and its place is not the act's
        concessive = _CONCESSIVE.search(text, main.end, whole)
        if concessive is not None:
            whole = concessive.start()
        # "struck nine sites in retaliation for the killing of 26 tourists near Pahalgam"
        grounds = grounds_span(text, main.end, s + len(sent))
        whole = min(whole, grounds[0]) if grounds else whole
        stop = _fronted_end(text, s, main) or whole
        # "Stockholm applied to join in May 2022 … after Russia invaded Ukraine": an act told
        # in a trailing "after" clause has its places there, not in the clause it follows
        trailing = _AFTER_OPEN.search(text, max(s, main.start - 50), main.start)
        verb = verb_forms(main.text.split()[0].lower())
        # a clause with its own past verb, not a noun ("a fire at a port after a drone strike")
        clause_verb = verb is not None and "VBD" in verb[1]
        first = trailing.start() if trailing is not None and clause_verb else s
        if first == s:  # "After Pelosi visited Taipei, China fired …": that clause's places
            first = fronted_clause_end(text, s, main.start) or s
        d = self._draft(main, (first, stop), (s, s + len(sent)), actors, mentions, text)
        if d.location is None and stop != whole:  # the span names no place: the sentence's
            d = self._draft(main, (first, whole), (s, s + len(sent)), actors, mentions, text)
        if grounds:  # the act cited as grounds was elsewhere: its place is none of this one's
            d.places = [m for m in d.places if not grounds[0] <= m.start < grounds[1]]
        joined = _joined_subject_start(text, main, whole)
        if d.target is not None and d.target.start >= joined:
            # "…seized the ship, and a Spanish frigate chased them": no side of the seizure
            d.target = None
        act = None
        if family_of(main.code) == "violence":
            act = _after_clause_act(text, end, main, strong, cause=True)
        by = None
        if act is not None:
            # from the clause's opening word: "killed when Russian drones struck" names them
            first = clause_opened(text, max(s, act.start - 60), act.start) or act.start
            sides = [a for a in actors if a.start >= first]
            sides += _country_actors(countries, first, act.start, act, text)
            by = self._draft(act, (first, end), (s, s + len(sent)), sides, mentions, text)
        began = bool(act and by and began_with(text, d.trigger, act))
        if act and by and (began or _bare_toll(d.trigger, act)):
            # "30 were killed when a bomb went off": CAMEO codes the act, not its toll, so
            # the bombing's 183 (or the missile's 195), not the bare 190 of "killed"; who
            # acted is the act's subject ("when a Houthi missile struck"), not the dead
            d.trigger = replace(d.trigger, code=act.code, full=act.full)
            d.told = (first, act.start, act.end) if began else None
            if by.source is not None and d.source is None:
                d.source, d.target = by.source, by.target
        if by is not None and d.location is None and by.location is not None:
            # "two people were killed after a missile struck a building in Kyiv": the deaths
            # are the attack's toll, so the attack's place is theirs (the "after" clause
            # tells their cause, one happening; not a reply to an earlier one)
            d.location = by.location
            d.location_reason = f"where the act that caused it happened: {by.location_reason}"
        if d.source is None and d.target is None:
            # "Lula arrived in China on Thursday. The two leaders met in Beijing on Friday"
            pair_sides(d, text, s, drafts)
        self._same_occasion(sent, own_dates, d, outside_flashbacks(text, drafts[-RECENT:]))
        d.overnight = bool(_OVERNIGHT.search(text, s, end))
        # "reaffirmed the 1951 treaty": a year naming another thing dates that thing, not this
        loose = [
            dm
            for dm in own_dates
            if dm not in bound.values()
            and not _ATTRIBUTIVE_YEAR.fullmatch(dm.text)
            and not attributive_month(text, s + dm.start, s + dm.end)
            and not _in_since_clause(text, main.end, s + dm.start)
            and not _in_apposition(text, s, main, s + dm.start)
            # "rejected the results of last week's election on Wednesday": a possessive date
            # is its noun's (TimeML), not the act's, with another date or after the act
            and not (
                possessive_date(text, s + dm.end)
                and (len(own_dates) > 1 or noun_dated_after(text, s + dm.start, main.end))
                and not main.start <= s + dm.start < main.end  # "trapped by Wednesday's quake"
                and not within_dated(text, main.end, s + dm.start)  # "killed in X's fighting"
            )
        ]
        if trailing_rel is not None:
            loose = [dm for dm in loose if s + dm.start < trailing_rel[0].start()]
        tail = AFTER_TAIL.search(text, main.end, s + len(sent))
        if tail is not None and main not in bound:
            # "Police dispersed protesters overnight, after the prime minister said on Thursday
            # he would suspend talks until 2028": the "after" clause tells an earlier act
            # (TimeML AFTER), and its dates are that act's and what it speaks of
            loose = [dm for dm in loose if s + dm.start < tail.start()]
        # ", and leaders said they would return to it next year": a joined clause dates its own
        # act (Quirk et al. 13.1); a day in a closing "…, X said on Monday" is the telling's
        loose = [dm for dm in loose if s + dm.start < joined or told_day(text, s, dm)]
        # "people had fled since the clashes began", said on Monday: an act a "since" clause
        # opens came before the span it starts, so a date outside that clause is not its own
        standing = _standing_relative(text, s, main)
        if standing is not None:
            # "an award in 1899, which Venezuela rejects": a stance held now; the year before
            # the relative pronoun dates the award it describes, not the rejection
            loose = [dm for dm in loose if s + dm.start > standing]
        since = since_before(text, s, main)
        if since is not None:
            if main not in bound and not any(s + dm.start > since.start() for dm in own_dates):
                # "the deadliest since the war began", "fled since the clashes began": an
                # undated act a "since" clause names only anchors a span; it is background,
                # no happening this report tells (TimeML BEGINS, with no time of its own)
                return None
            inside = [dm for dm in loose if s + dm.start > since.start()]
            if inside or not _RANKED_SINCE.search(text, max(s, since.start() - 80), since.start()):
                # "people had fled since the clashes began in Goma on 3 May", said on Monday: a
                # date outside the clause is not its act's ("the worst attack since…" only
                # compares, unless its act is dated: "the first vote since X signed in 2022")
                loose = inside
        # "Rebels who had seized Bunia in January withdrew on Monday": a relative clause's
        # date before the verb is its own when the verb has one after it, and a stretch always
        loose = relative_stretch.own_dates(text, s, main, loose)
        # "The junta, which seized power in July 2023, accused…": the aside's date (17.22)
        loose = [dm for dm in loose if not _in_aside_before(text, s, main, s + dm.start)]
        # "The talks, which collapsed in March, resumed on Monday": a date inside a relative
        # clause set off after the trigger tells what else befell its noun, when a date after
        # the clause closes is the sentence's own (Quirk et al. 1985, 17.22); "which began in
        # Doha on Monday" is the talks' own start, unless a when-clause's act is the line
        aside = _relative_aside(text, main, s + len(sent))
        if (
            aside is not None
            and (d.told is not None or not BEGAN_AFTER.match(text, main.end))
            and any(s + dm.start >= aside[1] for dm in loose)
        ):
            loose = [dm for dm in loose if not aside[0] <= s + dm.start < aside[1]]
        elif aside is not None:
            # "accused Russian forces, who have controlled the dam since early last year, of
            # blowing it up": a "since" span in the aside is its noun's state (TimeML: a
            # duration anchoring that state), never the act's own date
            loose = [
                dm
                for dm in loose
                if not (aside[0] <= s + dm.start < aside[1] and dm.text.lower().startswith("since"))
            ]
        loose = before_closing_relative(text, s, s + len(sent), main, loose)
        # "Police banned the rally planned for Saturday": a date a plan's participle gives
        # another noun is that noun's (TimeML: the rally's time), not the ban's
        loose = [dm for dm in loose if not _dated_other(text, s, dm, main, strong)]
        if main.code[:2] == "01" and _COMPLEMENT_THAT.search(main.text):
            # "denied that its drones had struck a market on the 5th": a date inside the
            # complement clause dates the act it tells, not the statement about that act
            # (TimeML: the reporting event dates only itself); "denied on Tuesday that" stays
            loose = [dm for dm in loose if s + dm.start < main.end]
        # "said on Thursday that the missile launched on 4 October": Thursday dates the saying
        said_on = [
            dm
            for dm in loose
            if _REPORTING_BEFORE.search(text, max(s, s + dm.start - 30), s + dm.start)
            or dm in saying_dates(text, s, main, loose)  # "on Tuesday issued a statement saying"
        ]
        of_event = [dm for dm in loose if dm not in said_on]
        if (
            said_on
            and main.code[:2] in _PROMISE_ROOTS
            and _COMPLEMENT_FUTURE.search(sent)
            and not others_act_told_after(text, s, main, [s + dm.start for dm in said_on])
        ):
            # "announced on Monday that a foundation would compensate ... during Japan's
            # 1910-45 rule": a promise or threat is made when it is told (CAMEO 03, 13); a
            # date inside the complement is what it is about, not when it was made
            of_event = said_on
        ordered = _hazard_date_first(
            text, s, main, _own_part_first(text, s, main, of_event or loose)
        )
        free = [_days_before(text, s, dm) for dm in _joined_days(text, s, ordered)]
        year = bound_year(text, main.start, s)
        # "marked 30 years since the 1994 genocide on Sunday": a year written on the noun
        # outranks a day bound after it that falls in another year (the day is the marking's)
        bound_holds = main in bound and (
            year is None or year.start <= bound[main].range.start <= year.end
        )
        if bound_holds:
            free = [_week_of_any_start(main, bound[main])]
        elif year is not None:
            free = [year]  # "the 1994 massacre": background keeps its own year
        found = before_it(text, s, main, free[0]) if free else None
        if free and (found := found or aside_after(text, s, main, ordered)) is not None:
            free = [found]
        caused_date_after = bool(ordered) and s + ordered[0].start > main.end
        if (
            free
            and _CAUSED.search(text, max(s, main.start - 40), main.start)
            and main not in bound
            and not caused_date_after
            and not coded_by_cause(text, s, main, strong, ordered, drafts[-RECENT:])
            and not fronted_date(text, s, ordered)  # "In July 2021, shortages set off protests"
        ):
            # "the court on Sunday scaled back the quota that sparked the protests": the cause's
            # date (one after the effect is its own, and so is that of a cause it is coded by)
            free = []
        left = hazards.is_hazard(main.code) and _AFTERMATH_OF.match(main.text)
        if left and not (free and free[0].start == free[0].end):
            # "survivors of the earthquake still live in tents": with no day of its own the
            # sentence may tell a standing state long after; only a dated one is news of it
            return None
        aid_day = free[0] if left else None
        if (
            free
            and main not in bound
            and hazards.is_hazard(main.code)
            and (hazards.told_by_toll(text, s, main) or left)
            and not _WEEKDAY_END.search(main.text)
            and not own_day_of(text, s, main, ordered)  # "the quake that hit on Monday"
            and free[0].precision <= 2  # "the toll from the fires in 2023": within the year
        ):
            # "the death toll from the earthquake rose to 2,100 on Sunday": Sunday dates the
            # toll; the quake came on or before it (and so for its survivors and victims)
            day = free[0].end
            free = [
                DateRange(
                    day - timedelta(days=6),
                    day,
                    2,
                    free[0].text,
                    f"the toll's date ({free[0].reason}): the hazard on or before it",
                )
            ]
        elif free and main not in bound and year is None and loose and not of_event:
            also = _ALSO_BEFORE.search(text, max(s, main.start - 25), main.start)
            # "Police clashed with protesters late in the evening ..., the ministry said on
            # Sunday": a time of day with no day of its own is that of the act told before
            # (TimeML 1.2.1: an anaphoric time is anchored to the narrative's reference time)
            that_time = _THAT_TIME.search(text, s, end)
            earlier_days = drafts[-1].readings if (also or that_time) and drafts else []
            if earlier_days and earlier_days[0][0].end <= free[0].end:
                # "A ship fired a water cannon on Tuesday. It also rammed the boat, a spokesman
                # told a news conference on Wednesday": "also" adds to the act told before, so
                # its day, not the telling's (TimeML: the reporting event dates only itself)
                day0 = earlier_days[0][0]
                free = [replace(day0, reason=f"'also' adds to the act told before: {day0.reason}")]
            else:
                free = said_bound(main, free[0], bool(_OVERNIGHT.search(text, s, end)))
        if main not in bound:  # "a day after Monday's quake": the anchor's day moved
            free = follow_up(text, s, end, main, own_dates, free, drafts)
        if not free and main not in bound:
            # "killed after the disputed 2007 vote", "began after MPs voted on 7 May": the act
            # follows a happening the text dates, so it lies just after that period or day
            free = after_dated(text, s, end, main, own_dates)
        told_after = (
            _told_after(text, s, main, free[0], s + ordered[0].end)
            if free and ordered and main not in bound
            else None
        )
        if told_after is not None:
            # "Stockholm applied to join in May 2022 … after Russia invaded Ukraine": the date
            # is the clause's the "after" clause follows; the act came before it, how long
            # before the text does not say (TimeML BEFORE), so a span up to that date
            free = [told_after]
        if free:
            d.readings.append((free[0], _precision(d.location)))
        # the verb group ending at the trigger's first word decides, not a future word elsewhere
        tense = own_tense(text, s, end, main)  # "junta seized power": the verb's, not the noun's
        if tense is None and re.search(r"\s(?:that|which)\s", main.text):  # "a heatwave that
            tense = verb_tense(text[s:end], main.end - s)[0]  # killed 12": its own verb's tense
        if tense is None and (after := _NEXT_WORD.match(text, main.end, end)) is not None:
            # a noun trigger takes its tense from the verb after it ("the unrest erupted")
            tense = verb_tense(text[s:end], after.end() - s)[0]
        if tense is None and signed_apposition(text, main.start, main.end):
            tense = "past"  # "The pact, signed on Monday, will cut tariffs": signed before
        future = future and own_future(text, s, end, main)  # not a joined clause's "will"
        d.planned = (future or plan_across_date(text, s, main.start)) and (
            (tense != "past" and not (tense is None and hazards.dated_done(text, main.start)))
            or _WILL_SEE.search(text, max(s, main.start - 50), main.start) is not None
        )
        if d.planned and (BEGAN_AFTER.match(text, main.end) or held_open_told(main)):
            # "The talks, which began on Monday, will resume": they were held; "would not rule
            # out sanctions": the threat is made when told (held_open)
            d.planned = False
        if (
            d.planned
            and (main.full or main.code)[:2] == "12"
            and (main.full or main.code) != _VETO
            and _TOLD_PAST.search(text, s, main.start) is not None
        ):
            # "ruled on Monday that the vote would go ahead, rejecting a delay", "said his
            # government would never surrender territory": a rejection or refusal told in the
            # past is made when told (CAMEO 1.1b3 §12), as a threat or a promise is
            d.planned = False
        if done_to_agents(text, main, d.planned):
            return None  # "the rioters would be punished", "Two protesters were killed"
        earlier = _antecedent(text, s, d, drafts[-RECENT:], bound)
        if earlier is not None:  # "the Tuesday bombing": the happening told before
            kept = earlier.location, earlier.location_reason
            dated = bool(d.readings) and _overlapping(earlier, d)
            after = _AFTER_CLAUSE.search(text, d.trigger.end, s + len(sent))
            if d.location and after and d.location.start >= after.start():
                # "The drill came after North Korea fired…": that place is the other event's
                d.location, d.location_reason = None, ""
            d.actors = folded_actors(text, s + len(sent), d.actors, after and after.start())
            fold_mention(earlier, d, sent)
            if kept[0] is not None and not dated:  # an undated mention adds evidence, not a place
                earlier.location, earlier.location_reason = kept
            return earlier
        drafts.append(d)
        seconds = coordinated_acts(text, main, strong, whole)  # "…, seized X and expelled Y"
        series_day(text, d, seconds, own_dates, s)
        for second in seconds:  # "killed two gunmen and arrested a third": the arrest too
            sec = self._second_act(text, s, sent, d, second, end, actors, mentions)
            drafts.append(with_own_day(sec, own_dates, s, second))
        if not seconds and (
            (other := crowd_clause_act(text, main, strong, whole))
            or (other := joined_act(text, joined, whole, strong, main))
        ):
            # "opened fire on protesters who stormed parliament" (a crowd's riot), "…, and police
            # fired tear gas in Petare" (a joined clause's act): own acts, on the days told
            sec = self._beside(text, (s, s + len(sent)), d, other, end, actors, mentions)
            drafts.append(with_clause_day(sec, own_dates, s, other[0]))
        aid = next((t for t in strong if t is not main and t.code[:2] == _AID_ROOT), None)
        if aid_day is not None and aid is not None:  # "..., as search teams arrived": that too
            sec = self._draft(aid, (s, end), (s, s + len(sent)), actors, mentions, text)
            # "survivors of the quake on Saturday received aid on Tuesday": a day after the aid's
            # verb is the aid's own (the hazard's day is bound to its noun)
            own = [dm.range for dm in own_dates if s + dm.start > aid.end]
            sec.readings.append((own[0] if own else aid_day, _precision(sec.location)))
            drafts.append(sec)
        left_by = hazard_beside(text, s, main, trigs, free, own_dates)
        if left_by is not None:
            # the hazard an aid answers (EM-DAT's affected) or a clause's own: the act leads
            hz, hz_when = left_by
            sec = self._draft(hz, (hz.start, end), (s, s + len(sent)), [], mentions, text)
            sec.readings.extend([(hz_when, _precision(sec.location))] if hz_when else [])
            if _antecedent(text, s, sec, drafts[-RECENT:-1], {}) is None:
                drafts.append(sec)
        for t, dm in bound.items():
            if t is main or s + dm.start > t.start:
                continue  # only a date written before its noun dates a second happening
            lo, hi = subject_span(text, t, (s + dm.start, s + dm.end), main, end)
            sec_actors = [a for a in named_actors if lo <= a.start < t.start]
            sec_actors += _country_actors(countries, lo, hi, t, text)
            sec = self._draft(t, (t.start, hi), (s, s + len(sent)), sec_actors, mentions, text)
            sec.readings.append(
                (_week_of_any_start(t, anchor_of(text, s, dm)), _precision(sec.location))
            )
            drafts.append(sec)
        told = _violence_as_subject(text, main, strong, bound)
        if told is not None:  # "the massacre of 40 villagers last week was condemned"
            owner = _POSSESSOR.search(text, max(s, told.start - 40), told.start)
            head = owner.start() if owner else _np_start(text, s, told.start)
            sides = _country_actors(countries, head, told.start, told, text) if owner else []
            sec = self._draft(told, (head, main.start), (s, s + len(sent)), sides, mentions, text)
            between = [dm.range for dm in own_dates if told.end <= s + dm.start < main.start]
            if between:
                sec.readings.append((between[0], _precision(sec.location)))
            told_before = _antecedent(text, s, sec, drafts[-RECENT:-1], {})
            if told_before is not None:  # "the kidnappers had demanded a ransom"
                told_before.evidence.append((s, s + len(sent)))
            else:
                drafts.append(sec)
        self._trailing_act(
            text, s, sent, trailing_rel, named_actors, countries, mentions, drafts, (main, strong)
        )
        judged = judged_object(text, s, main, strong, own_dates)
        cause = clause_cause(text, s, end, main, strong, own_dates) if judged is None else None
        if judged is not None or cause is not None:
            # "leaders condemned the riot in the capital on 8 January"; "the region declared
            # mourning after a missile destroyed a block of flats on Saturday"
            if judged is not None:
                obj, dm = judged
                when, clause = dm.range, (obj.start, s + dm.end)
            else:
                obj, when = cause  # type: ignore[misc, assignment]
                opened = clause_opened(text, s, obj.start)  # the "after" clause's own words
                clause = (opened or max(s, text.rfind(" ", 0, obj.start - 40) + 1), end)
            # an "after" clause's own sides: not "India" in "a curfew in India's Manipur after"
            lo = max(obj.start - 40, clause[0]) if judged is None else obj.start - 40
            near = [a for a in named_actors if lo <= a.start < end]
            sides = met_sides(text, s, obj, named_actors, countries) if judged else near
            sides += [] if judged else _country_actors(countries, lo, end, obj, text)
            sec = self._draft(obj, clause, (s, s + len(sent)), sides, mentions, text)
            sec.judged = judged is not None
            # the act told before, else (for an "after" clause) the force the story told that day
            same_day = date_cause(sec, when, drafts[-RECENT:-1] if cause is not None else [])
            before = _antecedent(text, s, sec, drafts[-RECENT:-1], {}) or same_day
            if before is not None:  # "G7 leaders condemned the attack": the attack told before
                before.evidence.append((s, s + len(sent)))
            elif not any(x.trigger.start == obj.start for x in drafts):  # read already
                drafts.append(sec)
                unborrow_place(d, sec)
        return d
