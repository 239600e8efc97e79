"""Speakers and acts that general reading rules give (session 49).

- A person a main clause acts on when no person does it ("I contacted the director, Paul
  Sedley, on Monday. He told me") is who a later "he" means; a person as the subject keeps it.
- A name opening a sentence that the parser read as an adverb ("Backerly declined") is the
  subject of the verb right after it, when the text writes it elsewhere as a name.
- A name a company's trade word ends ("Aurion Display") is a company, and so is its short form;
  "the research firm" is the body named before whose name says "research".
- A quoted nickname is no part of a name, and the nickname alone stands for the person.
- A bare "One" opening a past report is one member of the group that spoke just before ("one player").
- An act going on from the same source's undated act ("It added") takes no day from the next
  sentence; people counted by a number who "reported vomiting" report what they went through.
- "Who could not be reached" declines for the one the relative clause is on; "did not provide
  results" declines.
- A section label ("Box Office:") names the kind of piece, not a source.
"""


def _speaker_of(statements, cue):
    return [s.speaker for s in statements if s.cue == cue]


def test_the_person_the_writer_contacted_is_he(read):
    statements = read("Kitchen firm answers\n\nI contacted the firm's managing director, Paul Sedley, on "
                      "Monday. He told me that a supplier had gone into administration.")
    told = next(s for s in statements if s.cue == "told")
    assert (told.speaker, told.said_on) == ("Paul Sedley", "2025-03-10")


def test_a_person_as_subject_keeps_the_pronoun(read):
    statements = read("Talks go on\n\nMark Ellis met Paul Sedley on Monday. He said the talks had gone well.")
    assert _speaker_of(statements, "said") != ["Paul Sedley"]


def test_a_surname_asked_by_the_writer_is_she(read):
    statements = read("Gadget maker asks for more\n\nGrace Liang said the factory had moved. Consumer lawyer "
                      "Hannah Ostrowski said backers had few options.\n\nWe asked Liang whether the money would "
                      "be returned. She did not answer that question.")
    assert _speaker_of(statements, "answer") == ["Grace Liang"]


def test_a_name_read_as_an_adverb_is_the_subject(read):
    statements = read("Platform stays out\n\nThe campaign raised $1.9 million on Backerly. Backerly "
                      "declined to comment on the campaign.")
    assert _speaker_of(statements, "declined") == ["Backerly"]


def test_a_trade_word_makes_a_company_and_its_short_form(read):
    statements = read("Orders cut\n\nThe cuts mainly affect Aurion Display, the sources said. Aurion said "
                      "it does not comment on speculation. It added that its plant was running at full "
                      "capacity.")
    assert _speaker_of(statements, "added") == ["Aurion Display"]


def test_the_research_firm_is_the_one_named_research(read):
    statements = read("Forecast cut\n\nAurion Display said on Monday its orders were steady. Chainwatch "
                      "Research, in a report released on Monday, lowered its forecast to 38 million units. "
                      "The research firm estimated that sales were 35% below plan.")
    assert _speaker_of(statements, "estimated") == ["Chainwatch Research"]


def test_a_quoted_nickname_is_no_part_of_the_name(read):
    statements = read('Players unpaid\n\nStar rifler Kim "Vexel" Do-yun said the team had not been paid. '
                      '"I love this team," Vexel wrote.\n\nThe coach, Mateo "Tempo" Reyes, posted a single '
                      'line on Thursday: "Proud of these guys."')
    assert {s.speaker for s in statements} == {"Kim Do-yun", "Mateo Reyes"}


def test_a_bare_one_speaks_for_the_group_just_before(read):
    statements = read("Players complain\n\nTwo other players, who asked not to be named, confirmed his "
                      "account. One said the players were owed $38,000 each.\n\nThe river rose overnight. "
                      "One said it was the worst flood in years.")
    assert _speaker_of(statements, "said") == ["one player"]


def test_an_act_going_on_from_an_undated_one_takes_no_later_day(read):
    statements = read("Supplier quiet\n\nAurion Display said it does not comment on speculation. It added "
                      "that its plant was busy. In a filing on Monday, the company reported revenue of "
                      "$8.4 billion.")
    assert [s.said_on for s in statements if s.cue == "added"] == [None]


def test_people_counted_who_reported_symptoms_make_no_statement(read):
    statements = read("Drinks blamed\n\nThe department said that 38 people had reported vomiting after "
                      "drinking the tea. Two residents reported that the water was brown.")
    assert _speaker_of(statements, "reported") == ["residents"]


def test_a_team_raising_concerns_speaks_a_thing_does_not(read):
    statements = read("Wing row\n\nOstara Motorsport raised concerns at a meeting on Wednesday. "
                      "Temperatures fell to minus 18 degrees, raising fears for survivors.")
    assert _speaker_of(statements, "raised") == ["Ostara Motorsport"] and not _speaker_of(statements, "raising")


def test_figures_in_an_average_are_no_finding(read):
    statements = read("Ratings slide\n\nThe show pulled in an average of 4.2 million viewers last series.")
    assert statements == []


def test_one_who_gave_a_first_name_beside_a_description_is_that_name(read):
    statements = read("Scooter crowds\n\nOne attendee, a delivery rider who gave only his first name, Luis, "
                      "said he had put down a deposit.")
    assert _speaker_of(statements, "said") == ["Luis"]


def test_one_who_could_not_be_reached_declines(read):
    statements = read("Landowners shut station\n\nA spokesman referred questions to the department's registrar, "
                      "who could not be reached.\n\nAshdown resigned, telling the prime minister in a letter that "
                      "she could not defend the cut.")
    assert [(s.speaker, s.stance) for s in statements if s.cue == "reached"] == [("department's registrar", "decline")]
    assert not [s for s in statements if s.cue == "defend"]


def test_not_providing_results_declines(read):
    statements = read("Scooter doubts\n\nLumora, a four-year-old startup, says its scooter runs 180 km. The "
                      "company did not provide results from an independent lab.")
    assert [(s.speaker, s.stance) for s in statements if s.cue == "provide"] == [("Lumora", "decline")]


def test_a_section_label_is_no_source(read):
    statements = read("Box Office: 'Iron Tide' and 'Lantern Season' Both Claim Weekend Crown\n\nHalcyon "
                      "Pictures said on Sunday its film opened at $41.2 million.")
    assert statements and "Box Office" not in {s.speaker for s in statements}
