"""What an appeal or a demand told as a noun asks for: "An appeal by the United Nations to
Israel to allow aid into Gaza was rejected". The "to"-infinitive after a noun of asking is
its content (Quirk et al. 1985 §17.30, the infinitive clause postmodifying a noun: "a plea
to stop"), an act asked for and not done, so its words make no event of their own code
(§0863 allow aid, §087 de-escalate, §191 the siege it asks to end): CAMEO 1.1b3 §02 (appeal)
and §10 (demand) code the asking itself. Only a noun in the sentence's subject, before any
verb: "rejected an appeal … to allow aid" is read whole by the rejection's own row.
"""

from __future__ import annotations

from dashboard.events.awaited_aid import aid_waiting
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the roots of a noun of asking: an appeal (§02) or a demand (§10)
_ASKING_ROOTS = ("02", "10")
_AGENT = frozenset({"by", "from", "of"})  # "an appeal by the UN", "a call from Kyiv"
_TO = frozenset({"to"})
_NAME_MAX = 5  # tokens of a name after "by" or "to"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def asked_span(p: Parse, matches: list[Match]) -> tuple[int, int] | None:
    """Token span ``(first, last)`` of the infinitive a subject noun of asking takes, from
    the word after its "to" up to the sentence's finite verb ("to allow aid into Gaza" in
    "An appeal by the UN to Israel to allow aid into Gaza was rejected"); None when the
    sentence opens with no such noun."""
    first_verb = min(p.verbs, default=len(p.tokens))
    for n in matches:
        if n.rule.kind != "N" or not n.rule.code.startswith(_ASKING_ROOTS):
            continue
        if n.last >= first_verb:
            continue
        to = _infinitive_to(p, n.last + 1)
        if to is not None:
            return to + 1, _finite_after(p, to + 1)
    return None


def _infinitive_to(p: Parse, k: int) -> int | None:
    """The index of the "to" opening the infinitive after an agent phrase ("by the United
    Nations") and an addressee phrase ("to Israel"), each a preposition and a short name
    with no boundary or verb inside, from token ``k``; None when none follows."""
    tokens = p.tokens
    for opener in (_AGENT, _TO):
        # the addressee's "to" has a name after it, the infinitive's a verb
        if k + 1 < len(tokens) and tokens[k].lower in opener and k + 1 not in p.verbs:
            j = k + 1
            while j < len(tokens) and j - k <= _NAME_MAX and tokens[j].lower != "to":
                if tokens[j].boundary or j in p.verbs:
                    return None
                j += 1
            k = j
    if k + 1 < len(tokens) and tokens[k].lower == "to" and k + 1 in p.verbs:
        return k
    return None


def _finite_after(p: Parse, k: int) -> int:
    """The last token before the first finite verb after ``k`` (not one after "to"), or the
    sentence's last token."""
    tokens = p.tokens
    for j in range(k + 1, len(tokens)):
        if j in p.verbs and tokens[j - 1].lower != "to" and tokens[j].tags & _FINITE:
            return j - 1
    return len(tokens) - 1


def asked_not_done(span: tuple[int, int] | None, m: Match) -> bool:
    """Is ``m`` inside the asked-for infinitive ``span`` (``asked_span``)?"""
    return span is not None and span[0] <= m.first <= span[1]


# words of asking whose "for" names what is sought (Merriam-Webster appeal n. 2b 'an
# earnest plea', call n. 2b 'a request or command', plea, request; demand n. 1a 'an act of
# demanding or asking especially with authority', petition n. 1 'an earnest request',
# pressure n. 3 'the application of force to something'; the verbs' forms alike)
_ASKING = frozenset("appeal plea call request ask seek plead beg demand petition pressure".split())
# the nouns a noun of asking may seek and that are no act while sought: aid (§07) and a
# release of persons or property (§084, "the demand for the release of the prisoners")
_SOUGHT_ROOTS = ("07", "084")
_ASK_REACH = 6  # tokens from the asking word to its "for" ("an urgent appeal was made for")
_FOR_REACH = 2  # modifiers between "for" and the aid noun ("for emergency food aid")


def aid_sought(p: Parse, m: Match) -> bool:
    """Is ``m`` an aid noun (§07) or a release (§084) that an appeal or a demand asks for ("An
    urgent appeal was made for food aid", "The demand by Hamas for the release of the
    prisoners came after ...")? What is asked for is not given: CAMEO 1.1b3 §023 and §0253
    code the appeal, §1053 the demand, and §07 only aid provided, §0841 only persons freed
    (cameo78 for aid, cameo79 for releases). The noun must
    follow "for" (up to two modifiers between) that a word of asking precedes in its clause,
    within six tokens and with no boundary between; "aid for flood victims" and "called for
    talks and sent food aid" (another verb after the asking) stay aid."""
    if aid_waiting(p, m):
        return True  # "aid trucks waiting to enter": not given either (``awaited_aid``)
    # a release row may be a verb row read on the noun ("for the release of the crew")
    noun = m.rule.kind == "N" or m.rule.code.startswith("084")
    if not noun or not m.rule.code.startswith(_SOUGHT_ROOTS):
        return False
    tokens = p.tokens
    at = next(
        (j for j in range(m.first - 1, max(-1, m.first - 2 - _FOR_REACH), -1)
         if tokens[j].lower == "for"),
        None,
    )  # fmt: skip
    if at is None:
        return False
    for j in range(at - 1, max(-1, at - 1 - _ASK_REACH), -1):
        if tokens[j].boundary or (j in p.verbs and not tokens[j].keys & _MAKERS):
            return bool(tokens[j].keys & _ASKING)
        if tokens[j].keys & _ASKING:
            return True
    return False


# the light verbs of an appeal told in the passive ("an appeal was made|issued|launched for")
_MAKERS = frozenset("be make issue launch renew".split())
