"""Drafting one event from a trigger and its clause (``ClauseDrafter``): its place, sides
and target; a sentence that continues the event before it; an act a trailing clause tells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.actors import Actor
from dashboard.events.addressees import message_target
from dashboard.events.adjunct_places import own_place
from dashboard.events.agent_base import agent_base_place
from dashboard.events.answered_claim import answered_claim_sides
from dashboard.events.answered_denial import answered_denial
from dashboard.events.cameo import WEAK, Trigger, quad_class
from dashboard.events.caused_infinitive import infinitive_subject
from dashboard.events.charge_object import charge_object
from dashboard.events.closed_relatives import relative_close
from dashboard.events.coordinated import operator_joined
from dashboard.events.coreference import _antecedent, _other_kinds
from dashboard.events.counted_object import counted_object_target
from dashboard.events.crime_places import crime_place
from dashboard.events.cyber_acts import cyber_act
from dashboard.events.dates import DateMention
from dashboard.events.demand_sides import demand_sides
from dashboard.events.drafts import RECENT, _Draft, _factual, _precision, _Sent
from dashboard.events.epicentre import epicentre
from dashboard.events.expelled_from import expelling_state, mention_at
from dashboard.events.expelled_nationals import expelled_side
from dashboard.events.force_toward import launched_toward
from dashboard.events.freed_arrivals import freed_arrival
from dashboard.events.fronted_talks import fronted_talk_source
from dashboard.events.holders import receiver_sides, release_sides, rescue_target
from dashboard.events.joined_sides import modifies_a_thing
from dashboard.events.member_target import member_target
from dashboard.events.named_as_place import (
    _attacker_named_as_place,
    _co_party_named_as_place,
    _joint_speaker_named_as_place,
)
from dashboard.events.narrative import family_of
from dashboard.events.office_killing import killing_code
from dashboard.events.outside_parties import outside_party
from dashboard.events.own_clause import own_stretch
from dashboard.events.own_forces import force_posture_sides
from dashboard.events.owned_things import owner_sides
from dashboard.events.owner_apposition import owner_in_apposition
from dashboard.events.parties import (
    _country_actors,
    _denier_own_side,
    _lead_actor,
    _meeting_at_home,
    _visited_host,
    _welcomed_guest,
    addressed_to,
    joint_partner,
)
from dashboard.events.place_relatives import lend_scene
from dashboard.events.placing import _addressee_named_as_place, _intercepts
from dashboard.events.possessed_force import vessel_flag
from dashboard.events.quoted_speaker import first_person_speaker, quoted_denial, reporter_side
from dashboard.events.recalled_envoys import recalled_envoy_sides
from dashboard.events.refusal_vow import vowed
from dashboard.events.rejected_content import inside_rejected_content
from dashboard.events.reporter_vow import reporter_of
from dashboard.events.said_about import said_about
from dashboard.events.said_then_acted import caller_or_reporter, own_state
from dashboard.events.same_occasion import ANAPHOR as _ANAPHOR
from dashboard.events.same_occasion import same_occasion
from dashboard.events.sides import ADDRESSED_ROOTS
from dashboard.events.source_target import roles
from dashboard.events.state_acts import as_state_act
from dashboard.events.statement_venue import frame_venue
from dashboard.events.struck_in import struck_in_country
from dashboard.events.survived import survivor_sides
from dashboard.events.taken_places import taken_place
from dashboard.events.talks_topic import topic_act_place, topic_place, topic_target
from dashboard.events.threat_sides import threat_sides
from dashboard.events.under_measure import under_measure
from dashboard.events.warner_frame import closing_warner, warner_sides
from dashboard.events.where import locate

# force and coercion done to a side's own people or craft (CAMEO 1.1b3 §17-§20)
_DONE_TO_OWN = ("17", "18", "19", "20")
# a sentence opening on the hazard told before: "It struck near Arequipa", "It also hit Cusco"
_HAZARD_ANAPHOR = re.compile(
    r"^\s*(?:It|The\s+(?:quake|earthquake|tremor|storm|typhoon|cyclone|hurricane|flood|floods|"
    r"flooding|eruption|blaze|wildfire|fire|tornado|landslide|tsunami))\b"
)
_HAZARD_WORDS = (
    r"quake|earthquake|tremor|storm|typhoon|cyclone|hurricane|floods?|flooding|eruption|blaze|"
    r"wildfire|fire|tornado|landslide|tsunami|rains?|winds?|surge"
)
# "Myanmar's Rakhine state was also hit" after a cyclone's landfall: a place struck with no
# agent, or by the hazard itself, is the hazard's reach (EM-DAT counts one event over every
# area it affects), not an attack on that place
_HAZARD_PASSIVE = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+(?:also\s+)?been)\s+(?:(?:also|badly|hard|worst)\s+)*"
    r"(?:hit|struck|battered|lashed|pounded|affected|ravaged)\b"
    rf"(?!\s+by\b(?!\s+(?:the|its|a|an)\s+(?:\w+\s+){{0,2}}?(?:{_HAZARD_WORDS})\b))"
)


# a phrase that sets a sentence after the one before it ("Hours later", "Two days later",
# "Later that day"): TimeML's relative TIMEX3 anchored to the last told time, a new time
_LATER = re.compile(
    r"\b(?:(?:minutes|hours|days|weeks|months|a\s+day|a\s+week|moments)\s+later|"
    r"later\s+(?:that|the\s+same)\s+(?:day|night|evening|morning|week))\b",
    re.IGNORECASE,
)


class ClauseDrafter:
    """Drafts one event from a trigger and its clause; ``EventExtractor`` builds on it."""

    def _second_act(
        self,
        text: str,
        s: int,
        sent: str,
        first: _Draft,
        t: Trigger,
        end: int,
        actors: list[Actor],
        mentions: _Sent,
    ) -> _Draft:
        """The draft of the second of two coordinated acts (``coordinated_act``): its own
        trigger, object and place, with the first act's subject, day and tense; the first
        act's place when its own part names none ("and arrested a third suspect")."""
        sec = self._beside(text, (s, s + len(sent)), first, (t, t.start), end, actors, mentions)
        sec.source = first.source
        thing = first.source is not None and modifies_a_thing(text, first.source.end)
        if own_state(first.source, sec.target) or (thing and quad_class(t.code) not in (2, 4)):
            # "Pakistan said 26 civilians were killed and vowed to respond": the reporter's
            # vow; so too after "Indian strikes killed 26 civilians": strikes cannot vow
            sec.source = reporter_of(text, first.trigger, t, [*mentions.cited, *mentions.pool])
        if sec.target is not None and first.source is not None:
            sec.target = None if sec.target.name == first.source.name else sec.target
        # "would not recognise the verdict and threatened": the second verb's past is its own
        sec.planned = first.planned and not operator_joined(text, first.trigger)
        return sec

    def _gapped(
        self,
        text: str,
        sentence: tuple[int, int],
        first: _Draft,
        gap: tuple[int, DateMention],
        actors: list[Actor],
        mentions: _Sent,
    ) -> _Draft:
        """The second act of a gapped clause (``date_scope.gapped_date``): the first act's
        verb, sides and tense, its own object's place and its own date."""
        start, dm = gap
        s, e = sentence
        sec = self._beside(text, sentence, first, (first.trigger, s + start), e, actors, mentions)
        sec.source, sec.target, sec.planned = first.source, first.target, first.planned
        sec.readings = [(dm.range, _precision(sec.location))]
        return sec

    def _beside(
        self,
        text: str,
        sentence: tuple[int, int],
        first: _Draft,
        act: tuple[Trigger, int],
        end: int,
        actors: list[Actor],
        mentions: _Sent,
    ) -> _Draft:
        """The draft of an act told beside ``first`` in its sentence with a subject of its own
        (``coordinated.crowd_clause_act``, ``joined_act``): its clause from where ``act``
        says, the first act's day, and the first act's place when its own names none."""
        t, start = act
        sides = [a for a in actors if a.start >= start]
        sec = self._draft(t, (start, end), sentence, sides, mentions, text)
        sec.readings, sec.overnight = list(first.readings), first.overnight
        if vowed(text, t):
            # "refused to surrender, vowing to attack": the participle's understood subject is
            # the main clause's (Quirk et al. 1985 §15.58), so the vow's source is the refuser
            sec.source, sec.planned = first.source, False
        if sec.location is None:
            sec.location, sec.location_reason = first.location, first.location_reason
        return sec

    def _trailing_act(
        self,
        text: str,
        s: int,
        sent: str,
        rel: tuple[re.Match[str], Trigger, DateMention] | None,
        named: list[Actor],
        countries: list[tuple[int, int, str, str]],
        mentions: _Sent,
        drafts: list[_Draft],
        main: tuple[Trigger, list[Trigger]],
    ) -> None:
        """Add the act of a trailing relative clause (``_trailing_relative_act``) as a happening
        of its own, dated by its clause, unless the story told it before; else the denial a
        "but" or "which" clause answers the main act ``main[0]`` with (``answered_denial``),
        undated here: the sentence's own dating reads it as any clause without a day."""
        e = s + len(sent)
        if rel is None:
            denial = answered_denial(text, main[0], main[1], e)
            if denial is not None:
                opened, t = denial
                sides = [a for a in named if opened <= a.start < t.start]
                sides += _country_actors(countries, opened, t.start, t, text)
                self._add_unless_told(
                    text, s, self._draft(t, (opened, e), (s, e), sides, mentions, text), drafts
                )
            return
        m, t, dm = rel
        e = relative_close(text, m.end(), e) or e  # the main clause's next verb is no part
        o = infinitive_subject(text, m.end(), t)  # "which led |Algeria to recall": the doer
        sides = [a for a in named if o <= a.start < e]
        sides += _country_actors(countries, o, e, t, text)
        sec = self._draft(t, (o, e), (s, e), sides, mentions, text)
        sec.readings.append((dm.range, _precision(sec.location)))
        if sec.location is None and text.startswith("where", m.start()):  # at the place noun
            lend_scene(sec, main[0], drafts)
        self._add_unless_told(text, s, sec, drafts)

    def _add_unless_told(self, text: str, s: int, sec: _Draft, drafts: list[_Draft]) -> None:
        """Append ``sec``, unless the story told it before: then it is that draft's evidence."""
        before = _antecedent(text, s, sec, drafts[-RECENT:-1], {})
        if before is not None:
            before.evidence.append(sec.evidence[0])
        else:
            drafts.append(sec)

    def _continues(
        self,
        sent: str,
        strong: list[Trigger],
        trigs: list[Trigger],
        own_dates: list[DateMention],
        actors: list[Actor],
        drafts: list[_Draft],
        text: str = "",
    ) -> _Draft | None:
        """The earlier event this sentence only adds to, if any: one whose named person it
        names, a hazard it takes up, the event its anaphor continues, or the strike it tells
        again in detail (``force_told_again``; ``text`` is the article)."""
        if not drafts:
            return None
        if text and force_told_again(text, sent, strong, own_dates, actors, drafts[-1]):
            return drafts[-1]  # the strike told before, told again in detail
        people = {a.name for a in actors if a.kind in ("person", "unit")}
        reporting = any(t.weight == WEAK for t in trigs)
        if people and (not strong or (reporting and not own_dates)):
            for d in reversed(drafts):
                if people & {a.name for a in d.actors}:
                    if (
                        strong
                        and strong[0].code[:2] == d.trigger.code[:2]
                        and quad_class(d.trigger.code) == 4
                        and _other_kinds(strong[0].full, d.trigger.full)
                    ):
                        # "detained Castillo, prosecutors said" after his removal: two
                        # material acts (CAMEO quad class 4) of one root, each its own
                        return None
                    # "Hours later, Trump announced that Israel and Iran had agreed to a
                    # ceasefire": a sentence set later than the act the person was named in
                    # tells a happening of its own when its act is of another CAMEO root
                    if strong and strong[0].code[:2] != d.trigger.code[:2] and _LATER.search(sent):
                        return None
                    return d
        last = drafts[-1]
        if (
            last.trigger.code.startswith("DIS-")
            and (_HAZARD_ANAPHOR.match(sent) or _HAZARD_PASSIVE.search(sent))
            and all(family_of(t.code) == "violence" for t in strong)
        ):
            # "A strong earthquake hit southern Peru on Monday. It struck near Arequipa": the
            # pronoun is the quake, "struck" its impact, no force (CAMEO: political actors only)
            return last
        bare_since = re.search(r"\bsince\b(?!\s+(?:early|mid|late|last|this|the|\d|[A-Z]))", sent)
        if _ANAPHOR.match(sent) and (not own_dates or bare_since):
            last = drafts[-1]
            first_of_sentence = next(d for d in drafts if d.evidence[0] == last.evidence[0])
            # "They talked for an hour" after a visit tells the visit on (both §04); "The two
            # leaders signed a defence pact" after it is an act of another CAMEO root, which
            # the manual codes on its own (§057), as it would with the sides named
            if not strong or strong[0].code == first_of_sentence.trigger.code:
                return first_of_sentence
        return None

    def _same_occasion(
        self, sent: str, own_dates: list[DateMention], d: _Draft, drafts: list[_Draft]
    ) -> None:
        """``same_occasion.same_occasion``: "They"/"He" right after an event carries its day on."""
        same_occasion(sent, own_dates, d, drafts)

    def _draft(
        self,
        trig: Trigger,
        clause: tuple[int, int],
        sent_span: tuple[int, int],
        actors: list[Actor],
        mentions: _Sent,
        text: str,
    ) -> _Draft:
        in_sentence = [m for m in mentions.mentions if m.place]
        d = _Draft(trig, clause, [sent_span], list(actors), places=in_sentence)
        # "X, Erdogan's rival, was detained": the line's actor is the head, not the possessor
        d.lead = _lead_actor(
            [
                a
                for a in actors
                if not owner_in_apposition(text, a, actors, trig.start)
                and not outside_party(text, a, trig.start, actors)
            ],
            trig,
        )
        own = own_stretch(text, trig.start, clause, trig.full or trig.code)
        # aid goes to its recipient, and aid cut was going to it (CAMEO 1.1b3 §162: the
        # target is the state whose aid is reduced); a suspect is extradited to the receiving
        # state (§063 judicial cooperation is between the handing and the receiving state)
        given = (trig.full or trig.code).startswith(("07", "033", "063", "162")) or addressed_to(
            text, trig, clause[1]
        )
        d.source, d.target = roles(
            text,
            trig.start,
            trig.end,
            own,
            actors,
            mentions.pool,
            trig.code[:2] in ADDRESSED_ROOTS,
            recipient_to=given,
            stance=(trig.full or trig.code).startswith(("012", "013")),
            asked=trig.code[:2] in ("02", "10"),
            done_to=trig.code[:2] in ("11", "16", "17", "18"),
            disapproves=trig.code[:2] in ("11", "12"),
        )
        # "Cuban troops were mobilized": the force's state shows force, it is not its target
        sides = force_posture_sides(text, trig.full or trig.code, trig.start, (d.source, d.target))
        # "Macron called Merz to congratulate", "said Spain erred and accused Madrid": who acts
        d.source, d.target = caller_or_reporter(text, trig, actors, mentions.pool, sides)
        # "During a phone call with Erdogan, Putin said": the main subject held the call
        d.source, d.target = fronted_talk_source(
            text, sent_span[0], trig, [*actors, *mentions.pool], (d.source, d.target)
        )
        # "recalled Algeria's ambassadors from Bamako": the envoy's state recalled it
        d.source, d.target = recalled_envoy_sides(text, trig, mentions.pool, (d.source, d.target))
        # "X survived an assassination attempt": the survivor is the one attacked
        d.source, d.target = survivor_sides(
            text, trig.full or trig.code, trig.start, (d.source, d.target)
        )
        # "police killed five members of the Barrio 18 gang": the group they belong to
        d.target = member_target(text, trig.end, own[1], d.target, actors)
        if d.target is None:
            # "complained to Japan about the Philippines", "lodged a protest to Cambodia": the
            # one complained about, else the one addressed (CAMEO 1.1b3 §114, §02, §055)
            d.target = message_target(text, trig, sent_span[1], mentions.pool, d.source)
        if d.target is None and trig.code[:2] in _DONE_TO_OWN:
            # "Israel said Hezbollah had fired on its troops": the reporter's own were hit
            side = reporter_side(
                text, (trig.start, trig.end), sent_span, [*mentions.pool, *mentions.cited]
            )
            d.target = side if side is not None and side != d.source else None
        # "Pagers used by Hezbollah members exploded": the owner was hit, it did not act
        d.source, d.target = owner_sides(text, trig.start, (d.source, d.target))
        # "Iran remains under US sanctions": the subject is bound, the named one imposes
        d.source, d.target = under_measure(text, trig.start, (d.source, d.target), actors)
        # "a journalist held by the Taliban was released": the holder let go (§0841)
        d.source, d.target = release_sides(
            text, trig.full or trig.code, (own[0], trig.start), (d.source, d.target), actors
        )
        # "Israel received three hostages from Hamas": the releaser lets go, to the receiver
        d.source, d.target = receiver_sides(
            text,
            trig.full or trig.code,
            (trig.start, trig.end),
            (d.source, d.target),
            [*actors, *mentions.pool],
        )
        # "workers held by JNIM were rescued by French troops": force against the holder
        d.source, d.target = rescue_target(
            text, trig.full or trig.code, (own[0], trig.end), (d.source, d.target), actors
        )
        # the reporting clause is outside the act's own clause, so its speaker may be in the
        # sentence's pool only ('…," Israel's army said')
        speaker = first_person_speaker(text, trig.start, sent_span, [*actors, *mentions.pool])
        if speaker is not None:
            # '"We have released the hostages," a Hamas official said': the speaker's side
            d.source = speaker
            d.target = None if d.target is not None and d.target.name == speaker.name else d.target
            if quoted_denial(trig.flags, trig.full or trig.code):
                # '"We did not attack any ship," a Houthi spokesman said': a denial (§016)
                flags = tuple(f for f in trig.flags if f != "negated")
                d.trigger = trig = replace(trig, code="01", full="016", flags=flags)
                d.target = None
        if d.target is None:
            # "boarded a Philippine supply boat": the vessel's flag state (CAMEO 1.1b3 §171)
            head_end = trig.start + len(trig.text.split()[0]) if trig.text.split() else trig.end
            flag = vessel_flag(
                text, trig.full or trig.code, (trig.start, trig.end), head_end, mentions.pool
            )
            d.target = flag if flag is not None and flag is not d.source else None
        threat = threat_sides(text, trig, d.source, actors, [*mentions.pool, *mentions.cited])
        if threat is not None:  # "Iran said Israel would face consequences": Iran threatens
            d.source, d.target = threat
        demand = demand_sides(text, trig, d.source, actors)
        if demand is not None:  # "Germany said Russia must withdraw": Germany demands
            d.source, d.target = demand
        # "Israel will retaliate, Netanyahu warned": who warns is never the one warned
        d.source, d.target = warner_sides(
            text,
            closing_warner(text, sent_span),
            trig.full or trig.code,
            trig.start,
            (d.source, d.target),
            [*actors, *mentions.pool],
        )
        d.source, d.target = answered_claim_sides(text, d, sent_span[0], actors, mentions)
        if _denier_own_side(d):
            d.target = None  # "The Kremlin denied that Russian troops…": no one's own side
        if topic_target(text, trig, d.target) or charge_object(text, trig, d.target):
            d.target = None  # "held talks on Syria", "guilty of embezzling EU funds" (§116)
        elif counted_object_target(text, trig, d.target):
            d.target = None  # "detained 50 people at a rally in support of Y": not Y
        expelled = expelling_state(text, trig, (d.source, d.target), [*actors, *mentions.pool])
        if expelled is not None:  # "the expulsion of Russian diplomats from Moldova"
            d.source, d.target = expelled
        # "Monday's expulsions of six Russian diplomats": the "of" phrase names the expelled
        d.target = (
            expelled_side(text, trig, (d.source, d.target), [*actors, *mentions.pool]) or d.target
        )
        partner = joint_partner(text, trig, (d.source, d.target), actors)
        if partner is not None:  # "A and B signed a deal, attended by C": B, not C
            d.target, d.joint = partner, True
        killing = killing_code(text, trig.full or trig.code, (trig.start, trig.end), d.target)
        if killing is not None:  # "Mayor Ana Ruiz was shot dead": an assassination (§186)
            d.trigger = trig = replace(trig, code=killing[:2], full=killing)
        if trig.code.startswith("DIS-"):
            # "Assam has been hit by flooding": a hazard has no sides; what it hit is where it
            # happened (CAMEO 1.1b3 codes acts of political actors only; ACLED codes place)
            d.source = d.target = None
        d.trigger = trig = taken_place(as_state_act(trig, d.source, text), mentions.mentions, text)
        welcome = _welcomed_guest(trig, actors, text)
        if welcome is not None:  # "Orban was welcomed by Putin in Moscow": a visit hosted
            d.trigger = trig = replace(trig, code="04", full="043")
            guest, host = welcome
            d.source, d.target = host or d.source, guest
        if d.target is not None and inside_rejected_content(
            text, trig.full or trig.code, trig.start, d.target.start
        ):
            d.target = None  # "rejected suggestions that he would take the Czech Republic out"
        d.dates = mentions.dates
        d.reporter = mentions.reporter
        attacker = (
            d.source.country_code
            if d.source and not _intercepts(trig) and not cyber_act(trig)
            else None
        )
        pool = mentions.mentions
        d.location, d.location_reason = locate(
            text, trig.start, clause, pool, mentions.blocked, trig.full or trig.code, attacker
        )
        while d.location is not None and (
            said_about(text, trig, d.location, sent_span)
            or topic_act_place(text, trig, d.location)  # "talks on the war in Ukraine"
            or crime_place(text, trig, d.location)  # "freed X, jailed for a murder in Berlin"
            or agent_base_place(text, trig, d.location, d.target)  # "gunmen based in Syria"
            or freed_arrival(text, trig, d.location)  # "freed them, and they flew to Rome"
        ):
            # "The EU condemned the Russian strike on Kyiv": the strike's place; read again
            # without it ("BRUSSELS - ...": the fallbacks, the dateline, when none is left)
            gone = d.location.start
            pool = [m for m in pool if m.start != gone]
            d.location, d.location_reason = locate(
                text, trig.start, clause, pool, mentions.blocked, trig.full or trig.code, attacker
            )
        frame = frame_venue(text, sent_span[0], trig.start, pool, trig.full or trig.code)
        if frame is not None:  # "told reporters in Beijing that ...": the said act's place
            d.location, d.location_reason = frame, f"said in {frame.text}"
        # "felt in Kathmandu", "after protests in Nuuk": another happening's place
        (d.location, d.location_reason), pool = own_place(
            text,
            trig.end,
            trig.full or trig.code,
            (d.location, d.location_reason),
            pool,
            lambda rest: locate(
                text, trig.start, clause, rest, mentions.blocked, trig.full or trig.code, attacker
            ),
        )
        centre = epicentre(trig, text, clause, pool)
        if centre is not None and centre.place is not None:
            # "a quake centred in Shigatse shook Kathmandu": where it struck, not where felt
            d.location = centre
            d.location_reason = f"the hazard was centred in {centre.place.name}"
        if topic_place(text, trig, d.location):
            d.location, d.location_reason = None, ""  # "held talks on Gaza": not held there
        if expelled is not None and (seat := mention_at(pool, expelled[0].start)) is not None:
            d.location, d.location_reason = seat, "an expulsion is done in the expelling country"
        aimed = (
            None
            if d.location
            else launched_toward(
                text, trig.full or trig.code, (trig.start, trig.end), clause, pool, attacker
            )
        )
        if aimed is not None:  # "fired a missile toward Eilat": where it was aimed
            d.location, d.location_reason = aimed
        d.target = d.target or _visited_host(d)  # "travelled to Tehran": Iran is visited
        d.target = d.target or struck_in_country(d, text)  # "struck nine sites in Pakistan"
        home = _meeting_at_home(d, text)
        if home is not None:  # "Ruto met Xi in Beijing": a visit, not a third location
            d.trigger = trig = replace(trig, full=home)
        if _attacker_named_as_place(d, text):
            d.location, d.location_reason = None, ""  # the target's country, when finishing
        elif _addressee_named_as_place(d):
            d.location, d.location_reason = None, ""  # where the speaker is, when finishing
        elif _joint_speaker_named_as_place(d, text):
            d.location, d.location_reason = None, ""  # a joint statement: no one's home
        elif _co_party_named_as_place(d, text):
            d.location, d.location_reason = None, ""  # "backed by X and Y": a second party
        return d


def with_own_day(sec: _Draft, dates: list[DateMention], s: int, second: Trigger) -> _Draft:
    """``sec``, the second of two coordinated acts, dated by a day told after its verb when
    the first act has a day of its own before it ("arrived on Sunday and signed a deal on
    Monday": Quirk et al. 1985, 13.1, each predicate keeps its adverbials); else as it is,
    on the first act's day. ``dates`` are the sentence's phrases, offsets from ``s``."""
    days = [dm.range for dm in dates if s + dm.start > second.end]
    if days and any(s + dm.start < second.start for dm in dates):
        sec.readings = [(days[0], _precision(sec.location))]
    return sec


def with_clause_day(sec: _Draft, dates: list[DateMention], s: int, act: Trigger) -> _Draft:
    """``sec``, an act told beside the first in a relative or joined clause of its own
    ("fired tear gas at protesters who stormed the office on Monday"), dated by the day told
    after its verb when the first act has no date: that day is the clause's own
    (``date_clauses.in_trailing_relative``), so the first act was left undated by it; else
    as it is, on the first act's day. ``dates`` are the sentence's phrases, offsets from ``s``."""
    days = [dm.range for dm in dates if s + dm.start > act.end]
    if days and not sec.readings:
        sec.readings = [(days[0], _precision(sec.location))]
    return sec


# roots of material force (CAMEO 1.1b3 §18 assault, §19 fight, §20 mass violence)
_FORCE_ROOTS = ("18", "19", "20")
# a name after a locative preposition ("at Fordo", "on Natanz"): where the act was done
_AT_NAME = re.compile(r"\b(?:at|in|on|near|outside)\s+(?:the\s+)?([A-Z][\w'’-]{2,})")


def force_told_again(
    text: str,
    sent: str,
    strong: list[Trigger],
    own_dates: list[DateMention],
    actors: list[Actor],
    last: _Draft,
) -> bool:
    """Whether ``sent`` tells the act of force of ``last``, the event just before, again in
    detail ("The United States bombed three sites at Fordo, Natanz and Isfahan on Sunday.
    B-2 bombers dropped bunker-buster bombs on the plant at Fordo"): an act of the same CAMEO
    code, with no date of its own, no party the earlier event lacks, at a place the earlier
    event's sentence named ("at Fordo"). One strike told twice is one happening (ACE 2005
    event coreference: same type, compatible arguments), not a second one with no side or
    day."""
    if own_dates or not strong or not last.trigger.code.startswith(_FORCE_ROOTS):
        return False
    if (strong[0].full or strong[0].code) != (last.trigger.full or last.trigger.code):
        return False
    if not _factual(last) or last.planned or not last.evidence:
        return False
    if {a.name for a in actors} - {a.name for a in last.actors}:
        return False
    before = text[last.evidence[0][0] : last.evidence[0][1]]
    return any(re.search(rf"\b{re.escape(m.group(1))}\b", before) for m in _AT_NAME.finditer(sent))
