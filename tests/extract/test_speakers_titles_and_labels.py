"""Speakers and stances that general reading rules give (session 50).

- A capitalised title after a role word ("CIB spokesperson Deputy Superintendent of Police (DSP)
  Gyanendra Thapa") is no name when a person's name stands beside it.
- A name closing a span the model took for a body after the words of a title ("Minister of Tourism
  Danijela Vuksanović", tagged "Tourism Danijela Vuksanović") is a person's, so a headline label
  giving the surname ("Vuksanović: ...") is her claim.
- A hyphenated surname as a subject ("Okafor-Lind, who rides for ...") is who the next "he" means.
- A headline label the model ran into a name ("Trois Vallées: Okafor-Lind") is no part of it.
- "did not respond ... until the conclusion of this report" declines: the reporter's deadline.
- A byline ("By Efua Mensah") is no lead: the lead under it takes the day its source's act is given
  further down.
"""


def test_a_title_beside_a_name_is_no_name(read):
    statements = read("Police update\n\nCIB spokesperson Deputy Superintendent of Police (DSP) Gyanendra Thapa "
                      "confirmed that a case had been registered.")
    assert [s.speaker for s in statements] == ["Gyanendra Thapa"]


def test_a_surname_in_a_headline_label_names_the_titled_minister(read):
    statements = read("Vuksanović: Brezovik gondola will not reopen before safety check\n\nThe gondola will remain "
                      "closed until an inspection is done, Minister of Tourism Danijela Vuksanović said today.")
    label = next(s for s in statements if s.cue == ":")
    assert label.speaker == "Danijela Vuksanović"


def test_a_hyphenated_surname_is_who_he_means(read):
    statements = read("Trois Vallées: Okafor-Lind takes lead\n\nDanish rider Mathias Okafor-Lind took the lead "
                      "on Saturday.\n\nAzkune, his rival, said he had lost a minute. He did not deny holding on "
                      "to the car, but said it was brief.\n\nOkafor-Lind, who rides for Nordvik Cycling, now "
                      "leads by nine seconds. \"I didn't see what happened,\" he said after the podium ceremony.")
    quote = next(s for s in statements if "didn't" in (s.content or ""))
    assert quote.speaker == "Mathias Okafor-Lind"


def test_no_reply_by_the_end_of_the_report_declines(read):
    statements = read("Directorate silent\n\nThe Directorate for State Property did not respond to the agency's "
                      "inquiry until the conclusion of this report.")
    assert [(s.speaker, s.stance) for s in statements if s.cue == "respond"] == \
        [("Directorate for State Property", "decline")]


def test_a_byline_is_no_lead(read):
    statements = read("SikaCash denies customers lost funds\n\nBy Efua Asantewaa Mensah\n\nMobile money operator "
                      "SikaCash has denied claims that customers lost money during an outage at the weekend.\n\n"
                      "But agents say their members recorded 4,100 unreversed transactions.\n\nIn a statement issued "
                      "on Sunday evening, the company said the disruption was caused by a data centre failure.")
    lead = next(s for s in statements if s.cue == "denied")
    assert (lead.speaker, lead.said_on) == ("SikaCash", "2025-03-09")
