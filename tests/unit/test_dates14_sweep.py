"""A sweep of TimeML DATE forms that news uses, each in a sentence written for this test and
valued by hand against the TIMEX3 guidelines (Pustejovsky et al., TimeML 1.2.1; Saurí et al.,
TimeML Annotation Guidelines 1.2.1) with publication on Tuesday 6 May 2025: the value as a
range of days, ACLED's time precision (1 day, 2 week, 3 month, 4 longer) and TimeML's mod.

Conventions of the project the rows keep: "early/mid/late" keep the whole unit with a mod; a
narrative phrase with no date before it ("the same day") is the week up to publication,
never the publication day; a day and month either way round hold both readings.
Rows that were wrong before this round: "the weekend of 12-13 April" (read as the weekend
gone), "the three/six months to April/June" (read as the month alone), "the half year to
June"."""

from __future__ import annotations

from datetime import date

from dashboard.events.dates_document import document_dates

PUB = date(2025, 5, 6)  # a Tuesday

Row = tuple[str, list[tuple[str, str, str, int, str | None]]]
SWEEP: list[Row] = [
    (
        "The minister resigned the previous Tuesday.",
        [("the previous Tuesday", "2025-04-30", "2025-05-06", 2, None)],
    ),
    (
        "Prices rose sharply late last month.",
        [("late last month", "2025-04-01", "2025-04-30", 3, "END")],
    ),
    (
        "The plant will open in early 2024.",
        [("in early 2024", "2024-01-01", "2024-12-31", 4, "START")],
    ),
    (
        "Sales fell in the first quarter.",
        [("the first quarter", "2025-01-01", "2025-03-31", 4, None)],
    ),
    ("The summit is planned for mid-June.", [("mid-June", "2025-06-01", "2025-06-30", 3, "MID")]),
    (
        "Two weeks earlier, the rebels had seized the town.",
        [("Two weeks earlier", "2025-04-21", "2025-04-27", 2, None)],
    ),
    ("Inflation was high in the 1990s.", [("the 1990s", "1990-01-01", "1999-12-31", 4, None)]),
    (
        "Protests are expected this weekend.",
        [("this weekend", "2025-05-10", "2025-05-11", 2, None)],
    ),
    (
        "Gunmen attacked the village Monday night.",
        [("Monday night", "2025-05-05", "2025-05-05", 1, None)],
    ),
    (
        "A year ago today, the dam collapsed.",
        [("A year ago today", "2024-05-06", "2024-05-06", 1, None)],
    ),
    (
        "The budget for fiscal 2025 was approved.",
        [("fiscal 2025", "2025-01-01", "2025-12-31", 4, None)],
    ),
    # TimeML DURATIONs (HeidelTime's duration rules: "coming days" PXD, "recent days" PXD,
    # "the next 48 hours" PT48H, "a fortnight" P2W): the contract lists DATEs and leaves
    # them out, as it does "the past two years" (dates49); the event reader keeps the range
    ("Talks will resume in the coming days.", []),
    ("The army withdrew the same day.", [("the same day", "2025-04-30", "2025-05-06", 2, None)]),
    (
        "Rebels shelled the town on Sunday morning.",
        [("on Sunday morning", "2025-05-04", "2025-05-04", 1, None)],
    ),
    (
        "The company reported a loss last year.",
        [("last year", "2024-01-01", "2024-12-31", 4, None)],
    ),
    (
        "The vote is scheduled for next month.",
        [("next month", "2025-06-01", "2025-06-30", 3, None)],
    ),
    ("The treaty was signed in 1979.", [("in 1979", "1979-01-01", "1979-12-31", 4, None)]),
    (
        "Officials met earlier this week.",
        [("earlier this week", "2025-05-05", "2025-05-11", 2, None)],
    ),
    (
        "The president will visit Kenya next week.",
        [("next week", "2025-05-12", "2025-05-18", 2, None)],
    ),
    ("Fighting erupted three days ago.", [("three days ago", "2025-05-03", "2025-05-03", 1, None)]),
    ("The strike began on March 3.", [("on March 3", "2025-03-03", "2025-03-03", 1, None)]),
    ("The strike ended on the 3rd.", [("on the 3rd", "2025-05-03", "2025-05-03", 1, None)]),
    (
        "The economy grew in the second half of 2024.",
        [("the second half of 2024", "2024-07-01", "2024-12-31", 4, None)],
    ),
    ("The talks collapsed in late April.", [("late April", "2025-04-01", "2025-04-30", 3, "END")]),
    (
        "The court will rule in the autumn.",
        [("in the autumn", "2025-09-01", "2025-11-30", 4, None)],
    ),
    (
        "The ceasefire took effect at midnight on Friday.",
        [("at midnight on Friday", "2025-05-02", "2025-05-02", 1, None)],
    ),
    (
        "Police arrested 12 people on Saturday afternoon.",
        [("on Saturday afternoon", "2025-05-03", "2025-05-03", 1, None)],
    ),
    (
        "The government fell in early 2023.",
        [("in early 2023", "2023-01-01", "2023-12-31", 4, "START")],
    ),
    (
        "The new law takes effect on January 1.",
        [("on January 1", "2026-01-01", "2026-01-01", 1, None)],
    ),
    ("The tremor struck at dawn today.", [("today", "2025-05-06", "2025-05-06", 1, None)]),
    ("The war ended in the mid-1970s.", [("the mid-1970s", "1970-01-01", "1979-12-31", 4, "MID")]),
    ("The president spoke this morning.", [("this morning", "2025-05-06", "2025-05-06", 1, None)]),
    ("Troops left the city last night.", [("last night", "2025-05-05", "2025-05-05", 1, None)]),
    ("Voters go to the polls tomorrow.", [("tomorrow", "2025-05-07", "2025-05-07", 1, None)]),
    (
        "The deal was reached the day before yesterday.",
        [("the day before yesterday", "2025-05-04", "2025-05-04", 1, None)],
    ),
    (
        "The army will withdraw by the end of the month.",
        [("by the end of the month", "2025-05-01", "2025-05-31", 3, "END")],
    ),
    (
        "The dispute dates back to the 19th century.",
        [("the 19th century", "1800-01-01", "1899-12-31", 4, None)],
    ),
    (
        "Exports rose in the year to March.",
        [("the year to March", "2024-04-01", "2025-03-31", 4, None)],
    ),
    (
        "Unemployment fell in the three months to April.",
        [("the three months to April", "2025-02-01", "2025-04-30", 4, None)],
    ),
    (
        "The bank cut rates at the start of the year.",
        [("at the start of the year", "2025-01-01", "2025-12-31", 4, "START")],
    ),
    ("The vote took place on 6 May 2024.", [("6 May 2024", "2024-05-06", "2024-05-06", 1, None)]),
    ("The embassy closed in mid-2022.", [("in mid-2022", "2022-01-01", "2022-12-31", 4, "MID")]),
    ("Rebels attacked the base twice in recent days.", []),  # a DURATION (dates49)
    ("Aid arrived later that week.", [("later that week", "2025-05-05", "2025-05-11", 2, None)]),
    (
        "The earthquake struck in the early hours of Sunday.",
        [("Sunday", "2025-05-04", "2025-05-04", 1, None)],
    ),
    ("The rally is set for Saturday.", [("Saturday", "2025-05-10", "2025-05-10", 1, None)]),
    (
        "Prices climbed in the final quarter of last year.",
        [("the final quarter of last year", "2024-10-01", "2024-12-31", 4, None)],
    ),
    (
        "The reform was announced at the weekend.",
        [("at the weekend", "2025-05-03", "2025-05-04", 2, None)],
    ),
    ("Results are due within the next 48 hours.", []),  # a DURATION (dates49)
    (
        "The pact expires at the end of 2026.",
        [("at the end of 2026", "2026-01-01", "2026-12-31", 4, "END")],
    ),
    (
        "The rebels withdrew the following day.",
        [("the following day", "2025-04-30", "2025-05-06", 2, None)],
    ),
    ("Turnout was low in the 2019 election.", [("2019", "2019-01-01", "2019-12-31", 4, None)]),
    (
        "The government will present a budget this autumn.",
        [("this autumn", "2025-09-01", "2025-11-30", 4, None)],
    ),
    (
        "The clashes broke out in the small hours of Wednesday.",
        [("Wednesday", "2025-04-30", "2025-04-30", 1, None)],
    ),
    (
        "The army said on Tuesday it had retaken the town.",
        [("on Tuesday", "2025-05-06", "2025-05-06", 1, None)],
    ),
    (
        "A decade ago, the city was a battleground.",
        [("A decade ago", "2015-01-01", "2015-12-31", 4, None)],
    ),
    (
        "The leaders met at the end of last week.",
        [("the end of last week", "2025-04-28", "2025-05-04", 2, "END")],
    ),
    ("Growth slowed this year.", [("this year", "2025-01-01", "2025-12-31", 4, None)]),
    (
        "Security forces killed five militants over the weekend.",
        [("over the weekend", "2025-05-03", "2025-05-04", 2, None)],
    ),
    (
        "The parliament met in the first week of April.",
        [("the first week of April", "2025-04-01", "2025-04-07", 2, None)],
    ),
    (
        "The law was passed in the summer of 2021.",
        [("in the summer of 2021", "2021-06-01", "2021-08-31", 4, None)],
    ),
    (
        "The flood hit the region in the 2010s.",
        [("the 2010s", "2010-01-01", "2019-12-31", 4, None)],
    ),
    (
        "The agency will report its figures on Friday.",
        [("on Friday", "2025-05-09", "2025-05-09", 1, None)],
    ),
    (
        "Unemployment fell in the six months to June.",
        [("the six months to June", "2024-01-01", "2024-06-30", 4, None)],
    ),
    (
        "The economy shrank in the 12 months to January.",
        [("the 12 months to January", "2024-02-01", "2025-01-31", 4, None)],
    ),
    (
        "The vote was held on the first Sunday in March.",
        [("the first Sunday in March", "2025-03-02", "2025-03-02", 1, None)],
    ),
    (
        "The summit will take place in the second week of June.",
        [("the second week of June", "2025-06-08", "2025-06-14", 2, None)],
    ),
    (
        "The ministers met on the weekend of 12-13 April.",
        [
            ("12", "2025-04-12", "2025-04-12", 1, None),
            ("13 April", "2025-04-13", "2025-04-13", 1, None),
        ],
    ),
    (
        "The attack happened between 10 and 12 April.",
        [
            ("10", "2025-04-10", "2025-04-10", 1, None),
            ("12 April", "2025-04-12", "2025-04-12", 1, None),
        ],
    ),
    (
        "The strike lasted from 3 to 7 March.",
        [
            ("3", "2025-03-03", "2025-03-03", 1, None),
            ("7 March", "2025-03-07", "2025-03-07", 1, None),
        ],
    ),
    ("Aid will be delivered within a fortnight.", []),  # a DURATION (dates49)
    (
        "The regime collapsed in the early 1990s.",
        [("the early 1990s", "1990-01-01", "1999-12-31", 4, "START")],
    ),
    (
        "The plan was drafted in the late 2010s.",
        [("the late 2010s", "2010-01-01", "2019-12-31", 4, "END")],
    ),
    (
        "Shares fell in early trading on Monday.",
        [("on Monday", "2025-05-05", "2025-05-05", 1, None)],
    ),
    (
        "The law will take effect next January.",
        [("next January", "2026-01-01", "2026-01-31", 3, None)],
    ),
    (
        "The census was carried out in 2020-21.",
        [
            ("2020", "2020-01-01", "2020-12-31", 4, None),
            ("21", "2021-01-01", "2021-12-31", 4, None),
        ],
    ),
    (
        "Rebels seized the town on the night of May 3.",
        [("May 3", "2025-05-03", "2025-05-03", 1, None)],
    ),
    (
        "The attack came just days before Christmas.",
        [("Christmas", "2024-12-25", "2024-12-25", 1, None)],
    ),
    (
        "The vote was held on Easter Sunday.",
        [("Easter Sunday", "2025-04-20", "2025-04-20", 1, None)],
    ),
    (
        "Voters cast ballots on Election Day.",
        [("Election Day", "2024-11-05", "2024-11-05", 1, None)],
    ),
    (
        "The bombing took place on Good Friday.",
        [("Good Friday", "2025-04-18", "2025-04-18", 1, None)],
    ),
    (
        "The last time the rebels attacked was in 2019.",
        [("in 2019", "2019-01-01", "2019-12-31", 4, None)],
    ),
    (
        "The president met his counterpart in the middle of last month.",
        [("the middle of last month", "2025-04-01", "2025-04-30", 3, "MID")],
    ),
    (
        "Talks resumed in the second half of the year.",
        [("the second half of the year", "2024-07-01", "2024-12-31", 4, None)],
    ),
    (
        "Sales peaked in the third quarter of 2023.",
        [("the third quarter of 2023", "2023-07-01", "2023-09-30", 4, None)],
    ),
    ("The two sides clashed again in Q4.", [("Q4", "2024-10-01", "2024-12-31", 4, None)]),
    (
        "The army will hold drills later this year.",
        [("later this year", "2025-01-01", "2025-12-31", 4, None)],
    ),
    (
        "The storm struck earlier this month.",
        [("earlier this month", "2025-05-01", "2025-05-31", 3, None)],
    ),
    (
        "The minister resigned at the beginning of the week.",
        [("at the beginning of the week", "2025-05-05", "2025-05-11", 2, "START")],
    ),
    (
        "The tanker was seized on Tuesday last week.",
        [("on Tuesday last week", "2025-04-29", "2025-04-29", 1, None)],
    ),
    (
        "Police raided the house at 3 a.m. on Thursday.",
        [("at 3 a.m. on Thursday", "2025-05-01", "2025-05-01", 1, None)],
    ),
    (
        "The rebels fired rockets around noon Friday.",
        [("noon Friday", "2025-05-02", "2025-05-02", 1, None)],
    ),
    ("The explosion occurred late Saturday.", [("Saturday", "2025-05-03", "2025-05-03", 1, None)]),
    ("The government collapsed on 1/2/2024.", [("1/2/2024", "2024-01-02", "2024-02-01", 3, None)]),
    ("The ceasefire began on 2024-11-27.", [("2024-11-27", "2024-11-27", "2024-11-27", 1, None)]),
    (
        "A truce was agreed on Nov. 26 last year.",
        [("on Nov. 26 last year", "2024-11-26", "2024-11-26", 1, None)],
    ),
    (
        "Protesters gathered for a third straight day on Sunday.",
        [("on Sunday", "2025-05-04", "2025-05-04", 1, None)],
    ),
    ("The incident occurred last spring.", [("last spring", "2024-03-01", "2024-05-31", 4, None)]),
    (
        "The vote will take place next autumn.",
        [("next autumn", "2025-09-01", "2025-11-30", 4, None)],
    ),
    (
        "The army deployed during the winter of 2022-23.",
        [("during the winter of 2022-23", "2022-12-01", "2023-02-28", 4, None)],
    ),
    ("Elections are due in 2027.", [("in 2027", "2027-01-01", "2027-12-31", 4, None)]),
    ("The crisis began in the summer.", [("in the summer", "2024-06-01", "2024-08-31", 4, None)]),
    (
        "The economy grew in the half year to June.",
        [("the half year to June", "2024-01-01", "2024-06-30", 4, None)],
    ),
    (
        "Militants attacked a convoy the week before last.",
        [("the week before last", "2025-04-21", "2025-04-27", 2, None)],
    ),
]


def test_a_sweep_of_news_date_forms_reads_as_timeml_values() -> None:
    wrong = []
    for sentence, want in SWEEP:
        records = [d.record() for d in document_dates(sentence, PUB)]
        got = [
            (r["text"], r["date_start"], r["date_end"], r["precision"], r["mod"]) for r in records
        ]
        if got != want:
            wrong.append((sentence, got))
    assert not wrong, wrong
