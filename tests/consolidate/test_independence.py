"""Independence: copies, wire credits and re-reports fold into their origin; claims count origins."""
from __future__ import annotations

from claimwatch.consolidate.attribution import Outlets, attribution
from claimwatch.consolidate.corpus import reports
from claimwatch.consolidate.independence import cited_outlets, relay_sources, report_origins, source_key
from claimwatch.consolidate.names import InstitutionIndex
from claimwatch.consolidate.records import Actor
from claimwatch.consolidate.tables import institutions
from ostria_story import article

WIRE_FLOOD = """Flood barrier fails in Tovik as river reaches record height

TOVIK, May 5 (Lakeside Wire) - A flood barrier on the Sarn river gave way early on Monday, forcing the evacuation of \
about 2,000 residents from the lower town, regional officials said.

The barrier, built in 1987, had been due for repairs that were postponed twice for lack of money, the regional water \
board said in a statement.

Water levels at the Tovik gauge reached 7.4 metres, the highest since records began in 1901, the board said.

Mayor Elin Dask told reporters that schools would stay shut until Thursday and that the army had been asked to send \
boats.

No deaths had been reported by midday, but two people were missing, police said."""

# New headline, no dateline, a word or two changed, two paragraphs swapped, the last one cut, a credit line.
CREDITED_COPY = """Tovik evacuates lower town after river barrier gives way

A flood barrier on the Sarn river collapsed early on Monday, forcing the evacuation of some 2,000 residents from the \
lower town, regional officials said.

The barrier, built in 1987, had been due for repairs that were postponed twice for lack of money, the regional water \
board said in a statement.

Mayor Elin Dask told reporters that schools would stay shut until Thursday and that the army had been asked to send \
boats.

Water levels at the Tovik gauge reached 7.4 metres, the highest since records began in 1901, the board said.

(Lakeside Wire)"""

# The same copy trimmed harder and with no credit at all.
UNCREDITED_COPY = """Sarn floods Tovik's lower town

The barrier, built in 1987, had been due for repairs that were postponed twice for lack of money, the regional water \
board said in a statement.

Water levels at the Tovik gauge reached 7.4 metres, the highest since records began in 1901, the board said.

Mayor Elin Dask told reporters that schools would stay shut until Thursday and that the army had asked for boats."""

# Another outlet's own report of the same event: the same facts in its own sentences.
OWN_REPORT = """Residents flee as Sarn breaks through Tovik defences

By Valley Echo staff

Hundreds of families waded through knee-deep water in Tovik's lower town on Monday after the river barrier \
collapsed before dawn.

"We heard a crack like thunder," said Mira Holt, 54, who left her house with two bags. About 2,000 people have been \
moved to schools on higher ground, the town hall said.

Mayor Elin Dask said the army would send boats and that schools would stay closed until Thursday.

The regional water board said repairs to the barrier, built in 1987, had been put off twice."""

# The same wire, the same day, another story.
WIRE_AID = """Region pledges flood aid for Tovik households

TOVIK, May 5 (Lakeside Wire) - The regional governor, Oda Fenn, promised on Monday to pay 500 euros to every \
household forced from its home by the Sarn flood, and said the money would arrive within a week.

Fenn said the region would also pay for temporary housing in Marrow and Edge for families whose homes could not \
be entered.

The aid will cost about 1.2 million euros, the governor's office said."""

AID_COPY = """Governor promises 500 euros per flooded household

The regional governor, Oda Fenn, promised on Monday to pay 500 euros to every household forced from its home by \
the Sarn flood, saying the money would arrive within a week.

Fenn said the region would also pay for temporary housing in Marrow and Edge for families whose homes could not \
be entered.

(Lakeside Wire)"""

EXCLUSIVE = """Exclusive: Water board was warned Tovik barrier could fail, memo shows

By Ridge Gazette staff

Engineers warned the regional water board in March that the Tovik flood barrier could fail in a spring flood, \
according to an internal memo seen by the Ridge Gazette.

The memo, signed by chief engineer Paul Venn, said cracks in the barrier's base had widened by 4 centimetres since \
2021 and urged the board to close the riverside road.

The board did not answer questions about the memo."""

RELAY = """Tovik barrier cracks were flagged in March - report

The regional water board was told in March that cracks were spreading in the Tovik flood barrier, the Ridge Gazette \
reported on Tuesday.

According to the newspaper, chief engineer Paul Venn wrote that the cracks had widened by 4 centimetres since 2021.

Plains Daily could not independently verify the memo."""

INTERVIEW = """Tovik mayor says town will sue water board

Mayor Elin Dask told the Ridge Gazette on Tuesday that the town would sue the regional water board over the flood.

She repeated the point at a news conference later in the day, saying the lower town had been left exposed for years.

Dask said cleaning the streets would take a month."""

ONE_DETAIL = """Tovik schools reopen as water recedes

Schools in Tovik reopened on Thursday as the Sarn fell back below its banks, the town hall said.

Teachers said about a third of pupils stayed home. The army's boats were withdrawn on Wednesday.

The Ridge Gazette reported on Tuesday that engineers had warned of cracks in March.

The mayor said the lower town road would stay closed."""


def origins_of(*triples):
    return report_origins(reports(triples), InstitutionIndex(institutions()))


def test_relayed_outlets_are_read_from_provenance_phrases() -> None:
    outlets = Outlets(["Coast Gazette", "Censor.NET"], InstitutionIndex(institutions()))
    assert cited_outlets("Censor.NET reports, citing Radio Liberty, that the bridge fell.", outlets,
                         own="Censor.NET") == ["Radio Liberty"]
    assert cited_outlets("The figure was first reported by the Coast Gazette on Monday.", outlets) == ["Coast Gazette"]
    assert cited_outlets("The mayor said the bridge fell.", outlets) == []


def test_a_credited_rewrite_goes_back_to_the_wire_story() -> None:
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("c1", "2025-05-06", "Bay Courier", CREDITED_COPY))
    assert origins["c1"].key == "w1"
    assert origins["c1"].reason == "credited to Lakeside Wire, whose w1 it repeats (100% of its sentences)"
    assert origins["w1"].reason is None


def test_a_trimmed_copy_without_credit_is_still_a_copy() -> None:
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("h1", "2025-05-05", "Hill Times", UNCREDITED_COPY))
    assert origins["h1"].key == "w1"
    assert origins["h1"].reason.startswith("copy of w1 (")


def test_own_reports_of_one_event_and_other_stories_of_one_wire_stay_apart() -> None:
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("w2", "2025-05-05", "Lakeside Wire", WIRE_AID),
                         article("e1", "2025-05-05", "Valley Echo", OWN_REPORT),
                         article("c1", "2025-05-05", "Bay Courier", CREDITED_COPY),
                         article("c2", "2025-05-05", "Bay Courier", AID_COPY))
    assert {doc: o.key for doc, o in origins.items()} == {"w1": "w1", "w2": "w2", "e1": "e1", "c1": "w1", "c2": "w2"}


def test_copies_credited_to_a_wire_outside_the_corpus_share_the_first() -> None:
    origins = origins_of(article("c1", "2025-05-05", "Bay Courier", CREDITED_COPY),
                         article("c2", "2025-05-05", "Bay Courier", AID_COPY),
                         article("c3", "2025-05-06", "Hill Times", CREDITED_COPY.replace("some 2,000", "2,000")))
    assert origins["c1"].key == "c1" and origins["c2"].key == "c2"
    assert origins["c3"].key == "c1"
    assert origins["c3"].reason.startswith("credited to Lakeside Wire, as c1 is, and repeats it")


def test_a_re_report_goes_back_to_the_outlet_story_it_names() -> None:
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("g1", "2025-05-06", "Ridge Gazette", EXCLUSIVE),
                         article("p1", "2025-05-07", "Plains Daily", RELAY))
    assert origins["p1"].key == "g1"
    assert origins["p1"].reason == "re-reports Ridge Gazette's g1 ('the Ridge Gazette reported')"


def test_an_interview_or_one_sourced_detail_is_no_re_report() -> None:
    origins = origins_of(article("g1", "2025-05-06", "Ridge Gazette", EXCLUSIVE),
                         article("p2", "2025-05-07", "Plains Daily", INTERVIEW),
                         article("p3", "2025-05-08", "Plains Daily", ONE_DETAIL))
    assert origins["p2"].key == "p2" and origins["p3"].key == "p3"


def test_only_an_earlier_report_can_be_an_origin() -> None:
    origins = origins_of(article("p1", "2025-05-05", "Plains Daily", RELAY),
                         article("g1", "2025-05-06", "Ridge Gazette", EXCLUSIVE))
    assert origins["g1"].key == "g1"
    assert origins["p1"].key == "outlet:Ridge Gazette"
    assert "not in the corpus" in origins["p1"].reason


def test_chains_of_copies_lead_to_one_origin() -> None:
    text = "Mayor Lin Ito said the bridge fell."
    origins = origins_of(article("first", "2025-01-01", "Coast Gazette", text),
                         article("copy", "2025-01-01", "Bay Daily", text, duplicate_of="first"),
                         article("copy-of-copy", "2025-01-02", "Hill Times", text, duplicate_of="copy"),
                         article("outside", "2025-01-03", "Radio Meridian",
                                 "According to a report by Reuters, the bridge fell."))
    assert {doc: o.key for doc, o in origins.items()} == {
        "first": "first", "copy": "first", "copy-of-copy": "first", "outside": "outlet:Reuters"}


def test_a_cycle_of_duplicates_does_not_hang() -> None:
    origins = origins_of(article("a", "2025-01-01", "X", "Same text.", duplicate_of="b"),
                         article("b", "2025-01-01", "Y", "Same text.", duplicate_of="a"))
    assert set(origins) == {"a", "b"}


def test_an_outlet_and_its_unnamed_sources_are_one_source_and_copies_never_count_twice() -> None:
    post = Actor(id="ridge-gazette", name="Ridge Gazette", kind="media")
    officials = Actor(id="officials", name="officials", kind="group")
    engineers = Actor(id="engineers", name="engineers", kind="group")
    venn = Actor(id="paul-venn", name="Paul Venn", kind="person")
    outlets = {"g1": "Ridge Gazette", "w1": "Lakeside Wire"}
    statements = [(officials, "g1"), (engineers, "g1"),  # two unnamed groups heard by one report
                  (post, "g1"),  # the outlet itself
                  (officials, "w1"), (officials, "w1"),  # the wire's officials, in the wire and in a copy
                  (venn, "g1"), (venn, "w1")]  # one named speaker carried by two reports
    keys = [(actor, origin, source_key(actor, origin, outlets[origin])) for actor, origin in statements]
    assert len(set(relay_sources(keys, outlets))) == 3  # the Gazette's report, the wire's report, Venn


def test_an_outlet_named_as_a_source_folds_into_its_own_report() -> None:
    post = Actor(id="ridge-gazette", name="Ridge Gazette", kind="media")
    venn = Actor(id="paul-venn", name="Paul Venn", kind="person")
    outlets = {"g1": "Ridge Gazette", "p3": "Plains Daily"}
    keys = [(venn, "g1", source_key(venn, "g1", "Ridge Gazette")),
            (post, "p3", source_key(post, "p3", "Plains Daily"))]  # "the Ridge Gazette reported" elsewhere
    assert relay_sources(keys, outlets) == ["paul-venn", "paul-venn"]
    alone = [(post, "p3", source_key(post, "p3", "Plains Daily"))]
    assert relay_sources(alone, outlets) == ["outlet:ridge gazette"]


def test_wire_credits_are_read_from_datelines_bylines_and_credit_lines() -> None:
    outlets = Outlets(["Evening Post"], InstitutionIndex(institutions()))
    body = "\n\nThe minister said the talks would resume on Friday, and that both sides wanted a deal."

    def credits(text: str) -> tuple[str, ...]:
        return attribution(text, "Evening Post", outlets).credits
    assert credits("Talks to resume\n\nPARIS, March 3 (Reuters) - The minister said so." + body) == ("Reuters",)
    assert credits("Talks to resume\n\nParis (AFP) – The minister said so." + body) == ("Agence France-Presse",)
    assert credits("Talks to resume\n\nMOSCOW, March 3. /TASS/. The minister said so." + body) == ("TASS",)
    assert credits("Talks to resume\n\nBy The Associated Press" + body) == ("Associated Press",)
    assert credits("Talks to resume" + body + " — Reuters") == ("Reuters",)
    assert credits("Talks to resume" + body + "\n\nCopyright 2025 The Associated Press. All rights reserved.") \
        == ("Associated Press",)
    assert credits("Talks to resume\n\nBy Jane Smith" + body) == ()
    assert credits("Talks to resume\n\nBy Evening Post staff" + body) == ()  # its own staff


def test_the_agency_said_is_not_a_relay_but_the_newspaper_reported_is() -> None:
    outlets = Outlets(["Evening Post", "Coast Gazette"], InstitutionIndex(institutions()))
    agency = ("The weather agency warned of storms, Reuters reported on Monday.\n\nThe agency said more rain "
              "would fall.")
    assert cited_outlets(agency, outlets, own="Evening Post") == ["Reuters"]  # the lede names it
    deep = "Storms hit the coast on Monday.\n\nIt rained, Reuters found.\n\nThe agency said more rain would fall."
    assert cited_outlets(deep, outlets, own="Evening Post") == []
    relay = ("Storms hit the coast on Monday.\n\nThe Coast Gazette reported that roads were shut.\n\n"
             "The newspaper reported that schools were closed.")
    assert cited_outlets(relay, outlets, own="Evening Post") == ["Coast Gazette"]
    flat = "Storms hit the coast on Monday. Roads were shut. Schools closed. More rain fell, according to Reuters."
    assert cited_outlets(flat, outlets, own="Evening Post") == []  # one detail, past the opening sentences


WIRE_FLOOD_NEXT_DAY = """Tovik flood toll rises to three as river starts to fall

TOVIK, May 6 (Lakeside Wire) - Rescuers found the bodies of three people in the lower town of Tovik on Tuesday, \
a day after a flood barrier on the Sarn gave way, police said.

The barrier, built in 1987, had been due for repairs that were postponed twice for lack of money, the regional water \
board said in a statement.

Water levels at the Tovik gauge reached 7.4 metres, the highest since records began in 1901, the board said.

Mayor Elin Dask told reporters that schools would stay shut until Thursday and that the army had been asked to send \
boats."""


def test_a_wire_story_of_the_next_day_is_a_new_report_despite_its_background() -> None:
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("w2", "2025-05-06", "Lakeside Wire", WIRE_FLOOD_NEXT_DAY))
    assert origins["w2"].key == "w2"


WIRE_TALKS = """Ferry strike talks collapse in Portmere

PORTMERE, June 2 (Lakeside Wire) - Talks to end the ferry strike in Portmere collapsed on Monday after the union \
walked out over pay, leaving thousands of island commuters stranded for a fourth day.

Union leader Rosa Keel said the operator's offer of a 3% raise was an insult and that crews would stay out all week.

The operator said it had offered more than any other firm in the region.

The ferries carry about 40,000 passengers a day between Portmere and the three islands of the Sund.

The last strike, in 2019, lasted eleven days and cost the island economy an estimated 20 million euros.

The operator was sold to a private fund in 2016."""

# A client's copy of the wire's next story (not in the corpus): new news on top, the same background below.
NEXT_STORY_COPY = """Portmere ferries to run a skeleton service

Portmere's ferry operator will run one boat an hour to each island from Wednesday using managers as crews, its \
chief executive Ivo Brandt said on Tuesday, as the strike entered its fifth day.

Brandt said the company would also pay taxis for hospital patients who could not travel.

The ferries carry about 40,000 passengers a day between Portmere and the three islands of the Sund.

The last strike, in 2019, lasted eleven days and cost the island economy an estimated 20 million euros.

The operator was sold to a private fund in 2016.

(Lakeside Wire)"""


def test_a_copy_of_another_story_sharing_only_background_is_not_a_copy() -> None:
    origins = origins_of(article("w1", "2025-06-02", "Lakeside Wire", WIRE_TALKS),
                         article("c1", "2025-06-03", "Bay Courier", NEXT_STORY_COPY))
    assert origins["c1"].key == "c1"


def test_the_agency_far_from_an_outlet_is_another_agency() -> None:
    outlets = Outlets(["Evening Post"], InstitutionIndex(institutions()))
    text = ("Quake shakes the coast\n\nA strong earthquake shook the coast on Monday, the geological survey said.\n\n"
            "\"We felt the walls move,\" a hotel manager told Reuters by phone.\n\n"
            "Rescue teams from three provinces were sent to the worst-hit villages, where roads were blocked by "
            "landslides and power lines were down, and the army opened two field hospitals near the epicentre. "
            "Schools in the region were closed until further notice and trains were halted for safety checks.\n\n"
            "The quake measured 6.1, according to the agency. Aftershocks were expected for days, according to "
            "the agency.")
    assert cited_outlets(text, outlets, own="Evening Post") == []


BLOOMBERG_1 = """Portmere ferry operator weighs sale - report

The owner of Portmere's ferry operator is exploring a sale of the company that could value it at about \
300 million euros, Bloomberg reported on Tuesday, citing people familiar with the matter.

The fund has held early talks with two shipping groups, according to the report."""

BLOOMBERG_2 = """Ferry owner explores sale, Bloomberg says

Portmere's ferry operator could be sold for about 300 million euros, Bloomberg News reported, citing people \
familiar with the matter, as its owner holds early talks with two shipping groups.

Island councils said they had not been told of any sale."""

BLOOMBERG_OTHER = """Sund islands plan new bridge - report

The three Sund islands plan to ask the government for 80 million euros to build a road bridge to the mainland, \
Bloomberg reported on Friday, citing a draft budget.

Engineers would survey the strait next spring, the draft said."""


def test_relays_of_one_outside_story_share_an_origin_and_other_stories_do_not() -> None:
    origins = origins_of(article("a", "2025-06-03", "Bay Courier", BLOOMBERG_1),
                         article("b", "2025-06-04", "Hill Times", BLOOMBERG_2),
                         article("c", "2025-06-06", "Bay Courier", BLOOMBERG_OTHER))
    assert origins["a"].key == origins["b"].key == "outlet:Bloomberg"
    assert origins["b"].reason == "re-reports Bloomberg ('Bloomberg News reported'), as a does"
    assert origins["c"].key not in (origins["a"].key, "c")


def test_a_local_rewrite_crediting_the_wire_goes_back_to_it() -> None:
    local = UNCREDITED_COPY + ("\n\nIn Marrow, volunteers filled sandbags at the fire station through the night."
                               "\n\nThe town's own river defences held, the council said on Tuesday."
                               "\n\nA collection for flooded families will be held at the market on Saturday."
                               "\n\nLakeside Wire contributed to this report.")
    origins = origins_of(article("w1", "2025-05-05", "Lakeside Wire", WIRE_FLOOD),
                         article("m1", "2025-05-06", "Marrow Herald", local))
    assert origins["m1"].key == "w1"
    assert origins["m1"].reason == "credited to Lakeside Wire, whose w1 it repeats (43% of its sentences)"


def test_x_reported_citing_y_goes_back_to_y_when_only_y_is_in_the_corpus() -> None:
    relay = ("Tovik water board was warned of cracks, Bloomberg says\n\nThe regional water board was warned in March "
             "about cracks in the Tovik flood barrier, Bloomberg reported on Wednesday, citing the Ridge Gazette.\n\n"
             "Chief engineer Paul Venn wrote that the cracks had widened by 4 centimetres since 2021.")
    origins = origins_of(article("g1", "2025-05-06", "Ridge Gazette", EXCLUSIVE),
                         article("b1", "2025-05-07", "Hill Times", relay))
    assert origins["b1"].key == "g1"
    assert origins["b1"].reason == "re-reports Ridge Gazette's g1 ('citing the Ridge Gazette')"


def test_a_relay_with_lines_of_its_own_finds_the_closest_recent_report() -> None:
    relay = ("Tovik flood worse than officials admit, radio says\n\nEngineers had warned that the Tovik barrier "
             "could fail, Bay Courier reports, citing the Ridge Gazette. The cracks in its base had widened since 2021, "
             "an internal memo said.\n\nIn Marrow, the council opened two "
             "more shelters and asked residents to boil tap water. Farmers said the flooded fields would not be "
             "sown this year, and the regional bus company cancelled its river routes until further notice.")
    origins = origins_of(article("g0", "2025-05-01", "Ridge Gazette", OWN_REPORT.replace("Valley Echo", "Ridge Gazette")),
                         article("g1", "2025-05-06", "Ridge Gazette", EXCLUSIVE),
                         article("b1", "2025-05-07", "Bay Courier", relay))
    assert origins["b1"].key == "g1"
