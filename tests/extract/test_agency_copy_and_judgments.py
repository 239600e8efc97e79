"""Readings the agency, tribunal and briefing copy of the thirty-eighth blind set needed: a
headline's closing attribution ("..., informs Ombudsman's Office"), an act made in a document whose
participle took its clause, a judge's findings, an occasion named by its month ("told the April
hearing"), a bare opening day that dates another source's report and not a speaker already placed,
"at the same time" as a connective, a reporter's deadline, and refusals to give details."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 3, 7)  # a Saturday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_a_headline_names_its_source_after_a_closing_reporting_verb():
    text = ("Comuneros keep up blockade of mining corridor in Apurímac, informs Ombudsman's Office\n\n"
            "LIMA, 7 Mar.- Some 400 comuneros kept up the blockade this Saturday.")
    [st] = _statements(text)
    assert st.speaker == "Ombudsman's Office"


def test_an_act_made_in_a_document_keeps_the_clause_its_participle_took():
    text = ("Minera Andes del Sur indicated in a communiqué emitted the past Friday that it had "
            "fulfilled 90 percent of the agreements.")
    [st] = _statements(text)
    assert (st.speaker, st.said_on) == ("Minera Andes del Sur", "2026-03-06")
    assert "fulfilled" in st.content


def test_a_judge_titled_by_name_reports_findings():
    text = ("In a judgment published on Monday, Employment Judge Martin Okafor found that the redundancy "
            "was a sham. But the judge found that the scoring had been completed late.")
    first, second = _statements(text, date(2025, 6, 25))
    assert (first.speaker, first.said_on) == ("Martin Okafor", "2025-06-23")
    assert second.speaker == "Martin Okafor"


def test_a_party_before_the_bench_does_not_lend_the_judge_its_not_denying():
    text = "Judge Okafor also noted that the company had not disputed that inspectors served it with a notice."
    judge = _statements(text)[0]
    assert (judge.speaker, judge.stance) == ("Okafor", "assert")


def test_an_occasion_named_by_its_month_dates_the_act():
    [st] = _statements("Its operations director, Graham Pell, told the April hearing that the company "
                       "had needed to cut 14 roles.", date(2025, 6, 25))
    assert st.said_on == "2025-04"


def test_a_bare_opening_day_of_another_sources_report_does_not_redate_a_speaker():
    text = ("MOSCOW, November 27. Deputy Minister Pavel Sukharev told reporters on Thursday that exports "
            "would go on.\n\n"
            "On Tuesday, the British newspaper The London Ledger reported that Moscow would suspend "
            "shipments. Sukharev described the publication as a fabrication.")
    last = _statements(text, date(2025, 11, 27))[-1]
    assert (last.speaker, last.said_on) == ("Pavel Sukharev", "2025-11-27")


def test_a_bare_opening_day_still_dates_a_newcomer():
    text = ("The talks collapsed on Monday.\n\n"
            "On Tuesday the accusations continued. The party's leader, Ines Wouters, said on radio that "
            "the figures were fiction.")
    last = _statements(text, date(2026, 11, 18))[-1]
    assert last.said_on == "2026-11-17"


def test_at_the_same_time_weighs_a_point_and_dates_nothing():
    text = ("Deputy Minister Pavel Sukharev told reporters on Thursday that exports would go on.\n\n"
            "The harvest reached 134 million tonnes this year. At the same time, he did not rule out "
            "that the quota could remain at last season's level.")
    last = _statements(text, date(2025, 11, 27))[-1]
    assert (last.stance, last.said_on) == ("not_deny", "2025-11-27")


def test_no_reply_before_the_papers_deadline_is_a_refusal_not_a_late_reply():
    [st] = _statements("Consulted this Saturday, the Ministry of Energy and Mines did not respond "
                       "until the closing of this edition.")
    assert st.stance == "decline"
    [st] = _statements("The ministry did not confirm the figure until Tuesday.")
    assert st.stance == "assert"


def test_a_quoted_we_cannot_provide_details_declines():
    text = ('"We are aware of the detention," the ministry said in a statement. '
            '"For privacy reasons, we cannot provide further details."')
    assert [s.stance for s in _statements(text)] == ["assert", "decline"]


def test_cautioning_against_something_is_a_statement_and_the_participle_its_own():
    text = ("Another glaciologist, Marco Zanella, cautioned against drawing conclusions before a survey, "
            'saying it was "too early" to know.')
    assert [s.cue for s in _statements(text)] == ["cautioned", "saying"]


def test_posts_a_source_disputes_are_not_the_disputers_words():
    text = ("The sheriff, Marcus Guidry, disputed social media posts claiming that looters had been shot "
            "in Houma overnight.")
    claims = [s for s in _statements(text) if s.cue == "claiming"]
    assert claims and all("Guidry" not in s.speaker for s in claims)


def test_figures_compiled_by_a_named_company_show_what_it_found():
    [st] = _statements("Figures compiled by the data company StatsZone show Ashbourne have conceded "
                       "eight penalties.")
    assert st.speaker == "StatsZone"


def test_a_titled_glaciologist_is_a_person_a_later_she_points_to():
    text = ("At the news conference, Vuillermoz said the region would declare an emergency.\n\n"
            "Glaciologist Chiara Ferrand of the University of Turin said the glacier had lost volume. "
            '"This was not an unpredictable event," she said.')
    assert [s.speaker for s in _statements(text)][-2:] == ["Chiara Ferrand", "Chiara Ferrand"]


def test_guidelines_speak_for_their_owner():
    [st] = _statements("He could face a ban of up to four matches, according to the FA's sanction guidelines.")
    assert st.speaker == "FA"


def test_condolences_expressed_are_a_statement():
    [st] = _statements("Foreign Ministry spokesperson Lin Yuhang expressed condolences to the victims.")
    assert st.speaker == "Lin Yuhang"


def test_declining_to_set_a_date_declines_and_setting_foot_is_no_speech():
    [st] = _statements("Al-Mutairi declined to set a date for the launch of the railway project.")
    assert st.stance == "decline"
    assert _statements("The minister declined to set foot in the camp.") == []


def test_attributing_a_fall_to_a_cause_is_a_statement():
    [st] = _statements("The customs service attributed the decline mainly to smaller shipments to North Africa.")
    assert st.cue == "attributed"


def test_giving_no_answer_declines():
    text = ("Solicitor General Raghav Malhotra spoke first. Justice Bose asked him twice, but Malhotra did "
            "not give an answer before the hearing ended.")
    last = _statements(text)[-1]
    assert (last.speaker, last.stance) == ("Raghav Malhotra", "decline")


def test_an_agency_relaying_a_report_leaves_it_to_its_source():
    text = ("This was reported by the Air Force of the Armed Forces of Ukraine on Telegram on Sunday "
            "morning, Ukrpress reports.")
    [st] = _statements(text, date(2025, 7, 13))
    assert st.speaker.startswith("Air Force")


def test_the_one_a_dated_question_was_put_to_answers_on_its_day():
    text = ('"Who checks the checker?" Chief Justice Arvind Menon asked Solicitor General Raghav Malhotra '
            "on Thursday morning.\n\n"
            "Malhotra submitted that the unit would act only on the government's own business.")
    last = _statements(text, date(2026, 2, 27))[-1]
    assert (last.speaker, last.said_on) == ("Raghav Malhotra", "2026-02-26")


def test_a_headline_abbreviating_the_title_takes_the_spokesperson_the_body_names():
    text = ("Flood toll rises to 23; China 'capable' of handling disaster, says FM spokesperson\n\n"
            "BEIJING, July 21 -- At a regular press briefing on Tuesday, Foreign Ministry spokesperson "
            "Lin Yuhang said China had the capability to overcome the disaster.")
    assert [s.speaker for s in _statements(text, date(2026, 7, 21))] == ["Lin Yuhang", "Lin Yuhang"]


def test_a_headline_nationality_and_role_take_the_minister_the_body_names_and_his_later_acts():
    text = ("GCC ministers agree to speed up customs union, Kuwaiti minister tells AGNA\n\n"
            "KUWAIT, Oct 8 (AGNA) -- GCC finance ministers agreed on Wednesday to speed up the customs "
            "union, Kuwait's Minister of Finance Dr. Faisal Al-Mutairi said.\n\n"
            "Asked about press reports of a delay, the minister did not deny that objections had been "
            "submitted.")
    speakers = [s.speaker for s in _statements(text, date(2025, 10, 8))]
    assert speakers[0] == "Faisal Al-Mutairi" and speakers[-1] == "Faisal Al-Mutairi"


def test_a_day_inside_what_an_accusation_says_does_not_date_its_rejection():
    text = ("At a regular press briefing on Tuesday, Foreign Ministry spokesperson Lin Yuhang said China "
            "would overcome the disaster.\n\n"
            "In response to another question, the spokesperson rejected accusations by the Philippine "
            "Department of Foreign Affairs that Chinese coast guard vessels had carried out \"dangerous "
            "maneuvers\" near the shoal on Sunday.")
    rejection = next(s for s in _statements(text, date(2026, 7, 21)) if s.cue == "rejected")
    assert rejection.said_on == "2026-07-21"


def test_a_live_entry_stamped_with_an_earlier_day_dates_its_acts_to_that_day():
    text = ("Live updates: Hurricane makes landfall\n\n"
            "The storm came ashore early Sunday. The newest entries are at the top.\n\n"
            "12:40 p.m. — Bayou Electric says 412,000 customers are without power.\n\n"
            "7:40 a.m. — The Coast Guard says it has no reports of vessels in distress.\n\n"
            "Saturday, 11:50 p.m. — Bayou Electric said in a statement that it had staged 6,500 line "
            "workers. The company did not respond to questions about its substations.")
    last_two = _statements(text, date(2025, 9, 14))[-2:]
    assert [s.said_on for s in last_two] == ["2025-09-13", "2025-09-13"]


def test_records_closing_a_sentence_show_what_it_says():
    text = ("The contract went to Keystone Parking Partners, whose owner and his relatives gave the "
            "mayor's campaign $18,500 in 2024 and 2025, campaign finance records show.")
    [st] = _statements(text)
    assert st.cue == "show" and "18,500" in st.content


def test_a_standing_rule_of_not_discussing_declines_whatever_its_object():
    text = ("The agency declined to comment, saying it does not discuss medicines that have not been "
            "submitted for review.")
    assert [s.stance for s in _statements(text)] == ["decline", "decline"]
    [st] = _statements("The company said it did not discuss the plan with Russia.")
    assert st.stance == "assert"


def test_a_second_act_sharing_it_with_a_refusal_is_the_bodys_that_spoke():
    text = ("Halden did not respond to that claim.\n\n"
            "The Health and Safety Executive said it could not comment on individual cases but confirmed "
            "that it had carried out a follow-up inspection at the site in May.")
    assert _statements(text)[-1].speaker == "Health and Safety Executive"


def test_a_question_quoted_before_the_one_who_asked_it_of_someone_is_theirs():
    text = ('The court heard the petitions on Thursday. "Who checks the checker?" Chief Justice Arvind '
            "Menon asked Solicitor General Raghav Malhotra on Thursday morning.")
    [st] = _statements(text, date(2026, 2, 27))
    assert st.speaker == "Arvind Menon" and st.mode == "direct" and "checker" in st.content


def test_a_justice_met_before_speaks_on_the_day_of_the_courts_decision():
    text = ("NEW DELHI — The Supreme Court on Thursday reserved its verdict on a batch of petitions.\n\n"
            '"Who checks the checker?" Chief Justice Arvind Menon asked Solicitor General Raghav Malhotra '
            "on Thursday morning.\n\n"
            "Malhotra submitted that the unit would act only on the government's own business.\n\n"
            'Justice Farah Siddiqui was not persuaded. "Voluntarily?" she remarked.')
    last = _statements(text, date(2026, 2, 27))[-1]
    assert (last.speaker, last.said_on) == ("Farah Siddiqui", "2026-02-26")


def test_a_statement_issued_calling_for_something_is_its_issuers():
    [st] = _statements("The ministry issued a statement calling for restraint.")
    assert (st.speaker, st.cue) == ("ministry", "calling")



def test_a_quote_before_an_accusation_is_not_what_was_accused():
    text = ('Opposition leader Dominic Tan said on Thursday that Rees should "stand aside until the facts are '
            "known.\" Tan's party has accused ministers of spending about A$1.2 million on flights.")
    accused = next(s for s in _statements(text) if s.cue == "accused")
    assert "stand aside" not in accused.content and accused.mode == "indirect"
