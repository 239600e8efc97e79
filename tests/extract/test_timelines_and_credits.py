"""Days a story's shape gives (a timeline's dated entries, a court's decision in the lead, an
occasion a paragraph opens on, a quotation credited in the next paragraph) and sources the reader
finds back (a subject named before, a person by age, a titled name the tagger took for a body).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_a_timeline_entry_dates_what_it_tells_even_in_the_present(read):
    statements = read("How the strike unfolded\n\nThe dispute ended on Friday after eleven days.\n\n"
                      "March 3 - Drivers walk out. The union said pay had fallen behind for years.\n\n"
                      "March 6 - The city says it will not reopen talks. Its mayor, Ana Prieto, called the "
                      "strike \"unlawful\".", date(2026, 3, 14))
    assert by_cue(statements, "said").said_on == "2026-03-03"
    assert by_cue(statements, "says").said_on == "2026-03-06"
    assert by_cue(statements, "called").said_on == "2026-03-06"


def test_a_timeline_day_is_no_part_of_the_source(read):
    statements = read("March 3 - The union said pay had fallen.\n\nMarch 6 - Malta's navy said it had no "
                      "ship nearby.", date(2026, 3, 14))
    assert by_cue(statements, "said", 1).speaker == "Malta's navy"


def test_declining_to_comment_on_a_day_is_dated(read):
    statements = read("Casa Verrani declined to comment on Wednesday.", date(2026, 2, 19))
    assert by_cue(statements, "declined").said_on == "2026-02-18"


def test_declining_to_comment_on_a_dated_report_is_not_dated_by_it(read):
    statements = read("Casa Verrani declined to comment on the report published on Monday.", date(2026, 2, 19))
    assert by_cue(statements, "declined").said_on is None


def test_a_quotation_credited_in_the_next_paragraph_is_that_speakers(read):
    statements = read("Police said on Thursday that the attack was vicious, Inspector Joan Baird said.\n\n"
                      "\"He phoned his mum every night.\"\n\n"
                      "Those words came from Anne Reid, his mother, who read a statement at police headquarters "
                      "on Friday morning. \"Please tell the police,\" she said.", date(2026, 4, 25))
    quote = next(s for s in statements if s.content == "He phoned his mum every night.")
    assert quote.speaker == "Anne Reid" and quote.said_on == "2026-04-24"
    assert by_cue(statements, "said", 2).speaker == "Anne Reid"


def test_that_was_the_person_credits_the_quotation_before_and_its_he(read):
    statements = read("The release said one inmate was still at large.\n\n"
                      "\"We got lucky with the first one. He will be found.\"\n\n"
                      "That was Sheriff Wade Kimbrough at a news conference outside the jail on Thursday morning, "
                      "where he said the two men had crawled through a maintenance space.", date(2026, 10, 23))
    quote = next(s for s in statements if s.content and s.content.startswith("We got lucky"))
    where = by_cue(statements, "said", 1)
    assert quote.speaker.endswith("Kimbrough") and where.speaker.endswith("Kimbrough")
    assert where.said_on == "2026-10-22"


def test_a_quotation_the_next_sentence_credits_is_that_speakers_on_its_day(read):
    statements = read("Kiprop said the coach was strict.\n\n"
                      "\"He never raised his voice.\" That is how Ruth Chebet, a former pupil, remembered him when "
                      "she spoke to reporters on Monday.\n\n"
                      "\"I will be back.\" That was the message Ribeiro posted on Instagram on Saturday.",
                      date(2025, 11, 18))
    quotes = {s.content: (s.speaker, s.said_on) for s in statements if s.cue == "\u201c"}
    assert quotes["He never raised his voice."] == ("Ruth Chebet", "2025-11-17")
    assert quotes["I will be back."] == ("Ribeiro", "2025-11-15")


def test_a_quotation_the_next_sentence_describes_is_what_that_act_reports(read):
    statements = read("\"The windows came in and the street shook.\" That was how Sandra Colley, who lives "
                      "opposite the mill, described the blast.", date(2025, 11, 18))
    assert [(s.speaker, s.cue, s.content) for s in statements] == [
        ("Sandra Colley", "described", "The windows came in and the street shook.")]


def test_a_jury_deciding_in_the_lead_sets_the_day_of_counsel_after_the_verdict(read):
    statements = read("A jury on Thursday ordered the heater maker to pay $10 million to a family.\n\n"
                      "\"Today twelve people told the company that a life matters,\" the family's lead attorney, "
                      "Rosa Vidal, said on the courthouse steps after the verdict.", date(2026, 2, 6))
    assert by_cue(statements, "said").said_on == "2026-02-05"


def test_a_paragraph_opening_on_a_dated_occasion_dates_the_remarks_made_there(read):
    statements = read("Dale Whitcomb spoke at a rally on Saturday.\n\nThe two candidates had clashed at their "
                      "televised debate on Friday night. Whitcomb said nuclear power was the answer.",
                      date(2026, 10, 12))
    assert by_cue(statements, "said").said_on == "2026-10-09"


def test_calling_for_someone_to_act_is_a_statement(read):
    statements = read("Helena Vos, the senator, called for the auditor-general to investigate.", date(2026, 5, 1))
    called = by_cue(statements, "called")
    assert called.speaker == "Helena Vos"
    assert called.content == "for the auditor-general to investigate"


def test_a_man_described_is_the_antecedent_of_he(read):
    statements = read("One of the survivors, a 41-year-old man from Munich, told a broadcaster on Monday that "
                      "they had felt safe. Markus Haider, a guide, said he had warned them. \"We were wrong,\" "
                      "the man said.\n\nThe guide left. Earlier, the man told the broadcaster the slope looked "
                      "firm. \"We were wrong,\" he said.", date(2026, 2, 10))
    assert by_cue(statements, "told").speaker == "41-year-old man from Munich"
    assert by_cue(statements, "said", 2).speaker == "41-year-old man from Munich"


def test_a_company_named_in_a_described_source_is_the_company_that_answers(read):
    statements = read("Residents downstream of the dam, operated by Andina Cobre SA, said cracks had appeared. "
                      "The company denied the dam had been damaged.", date(2026, 9, 17))
    assert by_cue(statements, "said").speaker == "Residents downstream of the dam"
    assert by_cue(statements, "denied").speaker == "Andina Cobre SA"


def test_a_titled_given_name_is_a_person_whatever_the_tagger_made_of_it(read):
    statements = read("The Commission fined Kestrel Maps on Wednesday. \"It ends today,\" Competition "
                      "Commissioner Ilse Marijnissen told a news conference. Kestrel said in a statement that it "
                      "would appeal. The company also said it had changed its results page.", date(2026, 2, 18))
    assert by_cue(statements, "told").speaker == "Ilse Marijnissen"
    assert by_cue(statements, "said", 1).speaker.startswith("Kestrel")  # not the commissioner


def test_a_qualified_description_goes_to_the_body_it_names(read):
    statements = read("Italy's interior ministry assigned the ship a distant port. The ministry said the rules "
                      "applied. Germany's foreign ministry said it was in contact with Rome. The interior "
                      "ministry did not respond to a request for comment.", date(2026, 10, 16))
    assert by_cue(statements, "said").speaker == "Italy's interior ministry"
    assert by_cue(statements, "respond").speaker == "Italy's interior ministry"


def test_a_subject_inside_a_report_is_no_antecedent(read):
    statements = read("Russia's defence ministry said that units of its West group had taken the village. "
                      "LineWatch, a group of analysts, said on Tuesday the claim was early. The group said "
                      "the video was filmed elsewhere.", date(2026, 4, 15))
    assert by_cue(statements, "said", 2).speaker == "LineWatch"


def test_a_participle_describing_the_subject_does_not_date_the_act(read):
    statements = read("The report by Labour Rights Asia, based on interviews between January and May, found that "
                      "most workers owed money.", date(2026, 9, 9))
    assert by_cue(statements, "found").said_on != "2026-05"


def test_a_second_relative_clause_does_not_make_a_source_plural(read):
    statements = read("A woman who lives nearby, and who asked not to be named, said she had heard shouting. "
                      "\"I wish I had looked,\" she said.", date(2026, 4, 25))
    assert by_cue(statements, "said").speaker == "woman"
    assert by_cue(statements, "said", 1).speaker == "woman"


def test_a_person_described_by_age_is_the_one_the_text_just_made_its_subject(read):
    statements = read("Manager Steve Hale said on Thursday that Daniel Okafor was doubtful. Luis Moreno, the rival "
                      "coach, said on Friday his side was ready.\n\nOkafor himself sounded more hopeful. \"I feel "
                      "good,\" the 23-year-old told a radio station.", date(2026, 11, 28))
    assert by_cue(statements, "told").speaker == "Daniel Okafor"


def test_a_spokeswoman_for_a_body_keeps_it_in_a_second_act(read):
    statements = read("Dunmore Police said officers were called on Sunday. A spokeswoman for the force said no "
                      "arrests had been made and appealed for anyone with footage to come forward. She declined "
                      "to comment further.", date(2026, 1, 20))
    assert by_cue(statements, "appealed").speaker == "Dunmore Police spokeswoman"
    assert by_cue(statements, "declined").speaker == "Dunmore Police spokeswoman"


def test_the_meeting_after_a_lead_sitting_is_that_sitting(read):
    statements = read("Nelson City Council approved the apartment block on Tuesday night after councillors "
                      "split 6-6.\n\nThe planning officers' report, released last week, said the design met the "
                      "rules.\n\nAt the meeting, Mayor Rachel Sutherland said the city needed homes.",
                      date(2026, 9, 17))
    assert by_cue(statements, "said", 1).said_on == "2026-09-15"


def test_a_description_goes_to_a_body_named_inside_a_subject(read):
    statements = read("The interim report of the Safety Investigation Authority does not assign blame, and the "
                      "authority stressed that its conclusions could still change.", date(2026, 11, 4))
    assert by_cue(statements, "stressed").speaker == "Safety Investigation Authority"


def test_apologising_and_thanking_are_acts_but_not_inside_another_report(read):
    statements = read("Paylane apologised to shops left unable to take payments. Police thanked the family for "
                      "their dignity. Thornbury said she had no intention of apologising.", date(2026, 11, 10))
    assert [s.cue for s in statements] == ["apologised", "thanked", "said"]


def test_an_update_above_the_story_is_not_its_lead(read):
    statements = read("Police concerned for missing mother\n\nUPDATE, Sunday: Police said on Sunday afternoon that a "
                      "rucksack had been found.\n\nDetectives searching for a woman said on Saturday they were "
                      "concerned.\n\nDetective Inspector Mark Feeney told a press conference that officers had "
                      "received 46 calls.", date(2026, 5, 17))
    assert by_cue(statements, "told").said_on == "2026-05-16"


def test_a_day_of_that_year_is_in_the_year_the_text_placed():
    from claimwatch.extract.pipeline import extract
    times = extract("He first raised the problem in January 2025. In an email on 14 January that year, he "
                    "reported that the brakes were fading.", date(2026, 2, 19)).times
    assert [t.value for t in times if t.text == "14 January"] == ["2025-01-14"]


def test_a_name_opening_on_a_given_name_is_a_person_whatever_the_tagger_made_of_it(read):
    statements = read("Rodrigo Salazar has declared victory after his rival conceded late on Sunday.\n\n"
                      "Carmen Vílchez conceded shortly before midnight. \"I accept their decision,\" she said.\n\n"
                      "Salazar, a former district mayor, addressed cheering supporters on Sunday night. \"Lima "
                      "will have a mayor who lives on its streets,\" he said.", date(2026, 10, 5))
    said = by_cue(statements, "said", 1)
    assert said.speaker == "Rodrigo Salazar" and said.said_on == "2026-10-04"


def test_a_lead_describing_its_source_by_country_takes_the_name_the_next_paragraph_gives(read):
    statements = read("Britain's financial watchdog fined a bank on Tuesday, saying it had pushed borrowers into "
                      "plans they could not afford.\n\nThe Financial Conduct Authority said the failings ran "
                      "from 2021 to 2024.", date(2026, 11, 25))
    said = by_cue(statements, "said")
    assert said.speaker == "Financial Conduct Authority" and said.said_on == "2026-11-24"


def test_a_source_closing_the_sentence_is_found_where_the_parser_hung_it(read):
    statements = read("Daniel Whitehead won 612 votes to 609 for Rosie Calder, the returning officer, Helen "
                      "Parkinson, announced at 2.41am on Friday.", date(2026, 3, 14))
    announced = by_cue(statements, "announced")
    assert announced.speaker == "Helen Parkinson" and announced.said_on == "2026-03-13"
    assert announced.content.startswith("Daniel Whitehead won 612 votes")


def test_agency_english_names_the_author_of_the_message_a_passive_act_was_made_in(read):
    statements = read("\"Rescue works are carried out,\" - is said in the message of the press service of MES.",
                      date(2026, 10, 21))
    assert statements[0].speaker == "press service of MES"


def test_a_source_hung_on_a_fronted_place_speaks(read):
    statements = read("At the treatment centre in Lilongwe, the head of the unit, Dr. Mercy Phiri, told ZNA on "
                      "Thursday that all 80 beds were full.", date(2026, 1, 23))
    told = by_cue(statements, "told")
    assert told.speaker == "Mercy Phiri" and told.said_on == "2026-01-22"


def test_a_board_recommending_an_offer_makes_a_statement(read):
    statements = read("The board of Pennant Foods recommended a 262 pence offer on Monday.", date(2026, 9, 22))
    assert by_cue(statements, "recommended").speaker == "board of Pennant Foods"


def test_a_court_deciding_in_a_passive_sets_the_hearing_day(read):
    statements = read("The director was released on bail by the Pietermaritzburg Magistrate's Court on "
                      "Wednesday.\n\n\"The accused has deep roots here,\" Magistrate Thandeka Mkhize said.",
                      date(2026, 2, 12))
    assert by_cue(statements, "said").said_on == "2026-02-11"


def test_a_word_of_a_place_before_a_name_does_not_give_the_person_a_pronoun(read):
    statements = read("Taranaki-King Country MP Suzanne Blakely said on Wednesday that she could not vote for "
                      "the bill. Several councils face rises of more than 10%, she said.", date(2026, 5, 28))
    assert by_cue(statements, "said", 1).speaker == "Suzanne Blakely"


def test_a_bureau_filing_on_another_country_gives_its_army_no_home(read):
    statements = read("NAIROBI, Nov 7 (AFW) - Sudanese officials said on Friday that air strikes had destroyed "
                      "drones in Nyala.\n\nThe air force said it had carried out precise strikes.", date(2026, 11, 7))
    assert by_cue(statements, "said", 1).speaker == "air force"


def test_it_after_the_statement_said_goes_on_with_the_statement(read):
    statements = read("The army's spokesman, Brigadier General Hassan al-Tayeb, said in a statement on Friday that "
                      "the air force had struck hangars. \"No civilian target was struck,\" the statement said. "
                      "It said dozens of fighters had been killed.", date(2026, 11, 7))
    assert by_cue(statements, "said", 2).speaker == "Hassan al-Tayeb"


def test_a_source_the_parser_made_an_object_says_what_its_participle_reports(read):
    statements = read("The ceasefire collapsed on Tuesday, with each side accusing the other of firing first and "
                      "the United Nations mission saying both had broken their commitments.", date(2026, 8, 5))
    saying = by_cue(statements, "saying")
    assert saying.speaker == "United Nations mission" and saying.content == "both had broken their commitments"
