"""Quality gate: extraction must not fall below pinned floors on labelled articles.

Like trafilatura's eval gate, this fails CI when a change makes extraction worse.
Two sets are scored with the shared scorer (`shared/eval/score.py`):
- `dev`: the shared development set the extractors were built against;
- `heldout`: our own articles in `tests/heldout/`, annotated by someone who had not
  read the extractors. Its first, blind reading (statements F1 0.866, said_on 0.697,
  holder 0.803) showed the gap to expect on unseen articles; its misses then guided
  general fixes, so it is no longer blind: add fresh articles to measure that again.
- `heldout2`: 16 more articles in styles the others lack (agency copy, machine-translated
  agency English, transcripts, liveblogs, opinion, court, business, headline attributions),
  written and annotated blind on 2026-12-03. Blind reading: statements F1 0.795, stance
  0.961, said_on 0.699; quantities 0.966 (holder 0.743); times 0.979 (value 0.935).
  Session 3 studied its misses, so it is no longer blind either.
- `heldout3`: 10 more articles (casualty updates, briefings and hearings, headline
  attributions, business, politics), written and annotated blind on 2026-12-03 at the
  end of session 3 and scored once (its README gives the reading); session 8 studied its misses.
- `heldout4`: 6 more (business, court, editorial, liveblog, machine-translated agency copy,
  transcript); studied in sessions 7-8.
- `heldout5`: 15 more in the same styles, written and annotated blind in session 8 and scored
  once before any fix for them (README): F1 0.850, said_on 0.703, the hidden real set's level.
- `heldout6`: 15 more (broadcaster web copy, local council and court stories, an explainer,
  briefings, a headline digest, recall, drug approval, sports governance, parliament, wires),
  written blind in session 9: F1 0.922, said_on 0.828 at first reading; session 9 studied it.
- `heldout7`: 12 long articles as hard as published reporting (several occasions per story,
  speakers re-referred far from their names), written blind in session 9: F1 0.898, said_on
  0.781 at first reading, 0.821 with the rules made before it was read; then studied.
- `heldout8`: 15 articles in the hidden set's styles (AP- and AFP-style wires, a 2016 Senate race,
  disaster tolls, a court report, earnings, a live blog, a briefing transcript, an editorial, a war
  report, a regional story, sports governance, a health agency), written blind in session 10:
  F1 0.867, said_on 0.754 at first reading; then studied.
- `heldout9`: 15 articles in styles the others lacked (central-bank wire, translated agency copy, an
  outbreak press conference, a wildfire live blog, a US antitrust trial, a takeover, a rail accident
  inquiry, a strike, a climate summit, a ransomware attack), written blind in session 11: F1 0.864,
  said_on 0.804 at first reading; then studied.
- `heldout10`: 15 articles in further styles (a UN Security Council session, state media in
  translation, a select committee hearing, earnings with an analyst call, a medical study, a fact
  check, a doping case, a veto, a Q&A interview, a shipwreck toll, a police appeal, election night,
  an oil market report, a long feature, a cyclone toll), written blind in session 12: F1 0.860,
  said_on 0.753 at first reading; then studied.
- `heldout11`: 15 articles in styles none of the others has (a post-match press conference, a
  central-bank decision, a recall, strike talks, a leaked memo, a launch failure, question time, an
  obituary, a summit, a kidnapping, an aviation report, an inquest, a poll, a press review, an outbreak
  situation report), written blind in session 13: F1 0.850, said_on 0.675 at first reading; then studied.
- `heldout12`: 15 articles in further styles (a campaign trail, a Senate hearing, a tit-for-tat
  expulsion, an earnings call, a Q/A interview, transfer rumours, a study, a police standoff with
  updates, a lawsuit, an outbreak advisory, a debate recap, a weekly round-up, an antitrust fine, a
  blocked aid convoy, a feature), written blind in session 14: F1 0.841, said_on 0.701 at first
  reading; then studied.
- `heldout13`: 15 articles in further styles (a Security Council debate, a reprinted press release,
  a TV news transcript, Indian-English and Nigerian newspaper styles, a Telegram-sourced war story, a
  what-we-know explainer, an op-ed, a sentencing, a corrected wire, leaked emails, a match report, a
  storm warning, a town hall, a product keynote), written blind in session 15: F1 0.845, said_on
  0.640 at first reading; then studied.
- `heldout14`: 15 articles in further styles (an anonymous-source exclusive, PMQs, election night, a
  police appeal, a radio interview, a cloud outage, a retraction, ceasefire mediation, a leaders'
  factbox, a rating downgrade, an oil spill, a press gaggle, a podcast, a planning committee, a mine
  rescue), written blind in session 16: F1 0.864, said_on 0.719 at first reading; then studied.
- `heldout15`: 15 more (an employment tribunal, an AGM revolt, crowd counts at a march, a jobs
  release, a UN rights report, a satellite analysis, a volcano bulletin, a data breach, a school
  board, a prison disturbance, sanctions, budget reactions, an avalanche, a tour cancellation, an
  ombudsman's finding), written blind in session 17: F1 0.907, said_on 0.787 at first reading; then
  studied.
- `heldout16`: 15 more (a sports arbitration ruling, a strike ballot, an audit report, a disputed
  wildlife census, a drug advisory vote, a collision report, a video fact-check, rival claims over a
  ship attack, a palace denial, a referendum night, a hunger strike, a council budget vote, a housing
  report, two readouts of one call, drones closing an airport), written blind in session 18: F1
  0.911, said_on 0.750 at first reading; then studied.
- `heldout17`: 15 more (a museum restitution claim, a famine classification, a coup night on state TV,
  a prisoner swap, a hurricane landfall, candidates disqualified, an airline bankruptcy, a drone strike
  on a nuclear plant, a minister's resignation letter, an internet shutdown, a bridge collapse report,
  a junior doctors' strike, a data-protection fine, a kidnapping, a canal drought), written blind in
  session 19: F1 0.947, said_on 0.810 at first reading; then studied.
- `heldout18`: 15 more (an offshore turbine blade failure, a building collapse toll, an opinion column,
  a port cyberattack attribution, a salary-cap appeal, a chemical plant explosion, an extradition
  hearing, a heatwave with power cuts, a share-market debut, a no-confidence liveblog, machine-translated
  agency copy on a reservoir dispute, an outbreak closing kindergartens, an airbag recall, a smog
  emergency, a central-bank press conference transcript), written blind in session 20: F1 0.908,
  said_on 0.823 at first reading; then studied.
- `heldout19`: 15 more (an abandoned tanker crew, an admissions fraud, a museum theft, a bank freezing
  withdrawals, a bus plunge toll, coalition talks collapsing, a host-city vote, food inflation with a
  minister and the opposition, a joint press conference transcript, a locust bulletin, a coast-guard
  ramming with each side blaming the other, a gig-drivers ruling, a tanker seizure, a drug shortage, a
  tailings-dam breach), written blind in session 21: F1 0.896, said_on 0.755 at first reading; then
  studied.
- `heldout20`: 15 more (a rate decision, a hospital strike traded over three days, a sentencing, a
  wildfire live blog, translated agency copy on a border checkpoint, an interview write-up, earnings,
  an investigation on anonymous sources, election night, a doping case, a Security Council vote, a
  recall, a detainee swap, a committee hearing, an outbreak count dispute), written blind in session
  22: F1 0.907, said_on 0.856 at first reading; then studied.
- `heldout21`: 15 more in shapes the others lacked (a fact-check, a press review, an obituary, a
  ransomware leak, an interim inquiry report, a transfer saga, a planning row, a poll, a study, a
  leaked memo, a Q&A, a communique with rival readouts, a markets wrap, a wildlife census, a "what we
  know" explainer), written blind in session 23: F1 0.873, said_on 0.782 at first reading (0.910 and
  0.816 at the end of the session); then studied.
- `heldout22`: 15 more in shapes the others lacked (a "world reacts" roundup, a dated timeline, a
  corrected and updated wire, an anonymous-sourced scoop, campaign-trail politics, a murder inquiry,
  a pre-match press conference, rival war claims, an NGO report, conflicting quake tolls, a funding
  row in letters, courthouse-steps reactions, an outage postmortem, an activist investor, a speech
  through an interpreter), written blind in session 24: F1 0.915, said_on 0.792 at first reading
  (0.952 and 0.884 at the end of the session); then studied.
- `heldout23`: 15 more in the hidden set's own styles and subjects (a ceasefire wire, flood tolls, a
  recount, translated agency copy, results with a call, a bail hearing, a strike on a city, a ward
  closure, an airline strike, election night, a wildfire, a bank fine, a parliamentary vote, a
  takeover battle, an outbreak), written blind in session 24: F1 0.861, said_on 0.787 at first
  reading, the same with the session-start code and with the code of the day it came in (0.897 and
  0.807 at the end of the session, after study).
- `heldout24`: 15 more in styles the issue names (a liveblog, a radio interview transcript, a trade
  press story on an exchange filing, an editorial, a sentencing, translated agency copy, a wire, a
  radio bulletin, a council vote, a regulator against a seller, a sports appeal, a summit communique
  and its denial, ransom talks from anonymous officials, a currency slide, a union vote), written
  blind in session 25: F1 0.891, said_on 0.752 at first reading with the session-start code (0.919
  and 0.787 at the end of the session, after study).
- `heldout25`: 15 more in the hidden set's subjects (rival war tolls, a quake toll through the day, a
  downgrade, a runoff concession, a mill explosion, a verdict, translated agency copy, an explainer, a
  profit warning, a leaked draft, a committee hearing, a crowd count, a hospital outbreak, world
  reactions, a correction), written blind in session 25 after heldout24's first fixes: F1 0.915,
  said_on 0.708 at first reading, identical with the session-start code and the code of that hour
  (0.939 and 0.705 at the end of the session, after study; its keys date every statement of a
  same-day disaster to that day, which the other sets' keys do not).
- `heldout26`: 15 more in styles the earlier sets lack (a campaign rally with aides' expectations and
  a poll, a Senate vote, a printed Q&A, a post-match press conference, an economists' analysis, an
  agency missile wire, translated agency copy, a civil trial day, a data breach, a UN report and a
  government's denial, a heatwave liveblog, a parliamentary committee, a scandal with a lawyer's
  statement, tributes, an election count), written blind in session 26: F1 0.902, said_on 0.784 at
  first reading with the session-start code.
- `heldout27`: 15 more (a rate decision, an earnings call, a police press conference, a foreign
  ministry briefing transcript whose labels name the asker's outlet, a radio interview, an air
  accident report, a sentencing, a strike with duelling figures, an outbreak update, translated
  Latin-American agency copy, a column, a wildfire evacuation, an antitrust ruling, ceasefire talks,
  a doping appeal), written blind in session 27: F1 0.870, said_on 0.837 at first reading with the
  session-start code.
- `heldout28`: 15 more leaning to what readers read most (a Senate spending fight on anonymous aides'
  beliefs, a campaign rally, a Westminster leak row, a war wire of rival ministries, a flood toll, a
  snap election, a merger wire, a fraud trial day, a press review, a foreign ministers' visit, a
  health report disputed by doctors, a council rezoning vote, a magazine investigation, a league
  rights deal, a science wire), written blind in session 28: F1 0.929, said_on 0.770 at first
  reading with the session-start code.
- `heldout29`: 15 more in the styles the hidden set reads (an appeals ruling with a dissent, a UK
  hospital waiting list disputed by a union, a dated war wire, translated agency copy, an election
  night live blog, an earnings call, a TV interview transcript with a named host, a column, a
  sentencing, an earthquake toll, a rate cut, a Senate hearing, a diplomatic rebuke, a health study,
  a council vote put off), written blind in session 29: F1 0.911, said_on 0.794 at first reading
  with the session-start code.
- `heldout30`: 15 more in shapes the earlier sets used little (an anonymous-source exclusive, a
  translated foreign-ministry press conference, a post-match press conference, a food recall, a
  satellite-imagery analysis, a two-day hurricane live blog, a school-board meeting, a U.N. rights
  report, a tailings-dam spill, an updated wire with a correction, a question-time sketch, a podcast
  interview, a strike ballot, an obituary, a debate fact-check), written blind in session 30: F1
  0.919, said_on 0.784 at first reading with the session-start code.
- `heldout31`: 15 more in shapes the earlier sets lacked (an Indian agency wire on a written reply in
  parliament, a Nigerian newspaper report, a social-media row, a reactions factbox, an armed group's
  Telegram claim, a "what to know" explainer, a rocket launch failure, a Pakistani court report, a
  first-person op-ed, an air-accident docket, a morning newsletter, a sanctions announcement, a
  retraction, a Hansard-style debate excerpt, a local TV ice-storm story), written blind in session
  31: F1 0.879, said_on 0.812 at first reading with the session-start code.
- `heldout32`: 15 more in shapes the earlier sets lacked (Chinese state-media English, a Russian
  agency report, a South Korean missile wire, a market strike with rising, contested tolls, a Senate
  hearing, a takeover leak from people familiar, a pre-match press conference, a flood update, a
  magazine profile of recollections, a criminal complaint, a translated French politics story, a
  strike ballot, a markets wrap, a supreme-court oral argument, a WHO outbreak wire), written blind
  in session 32: F1 0.924, said_on 0.807 at first reading with the session-start code.
- `heldout33`: 15 more in shapes the earlier sets lacked (a Turkish agency aftershock report, a Red Sea
  shipping attack with rival claims, a Pakistani assembly budget row, an Australian coroner's bushfire
  findings, a migrant boat capsizing with contested counts, a drug approval, a crypto exchange
  collapse, a tennis press conference, a Dail exchange over trolley figures, a Japanese typhoon
  report, a State Department briefing, a Kenyan by-election tally, a pilots' strike, a wildlife survey
  disputed by a ministry, a Ukrainian agency drone-attack report), written blind in session 33: F1
  0.914, said_on 0.758 at first reading with the session-start code.
- `heldout34`: 15 more in shapes none of the others had (a Korean agency missile report, a translated
  Spanish agency mine explosion, a South African commission of inquiry, Indian agency copy, a Philippine
  coast guard incident, Formula 1 stewards, a palace finance report, a Canadian manhunt, a Mexican
  cartel clash, a Bangladeshi factory fire, a cricket integrity ban, a Pacific cyclone, a Gulf agency
  meeting readout, a climate summit's late-night draft, an academic rankings dispute), written blind in
  session 34: F1 0.933, said_on 0.750 at first reading with the session-start code.
- `heldout35`: 15 more (a Japanese agency report on falsified test data, translated Italian and
  Portuguese agency copy on a drought and a landslide, a Gulf of Guinea piracy toll, an ICC
  confirmation hearing, a wolf escape, a visa row, a football disciplinary panel, a pension march
  with rival crowd counts, a vaccine trial topline, a sheriff's jail escape, Panama Canal transit cuts,
  an airport baggage failure, a FIFA transfer-fee claim, an environment court injunction), written
  blind in session 35: F1 0.906, said_on 0.805 at first reading with the session-start code,
  0.938 and 0.819 at the end of the session.
- `heldout36`: 15 more (a translated German agency flood report, Malaysian agency copy on e-waste
  raids, a translated Portuguese hospital closure, a tariff dispute, a hazardous derailment, a mine
  rescue, a dam breach, a fishing-quota row, a ruler's medical bulletin, a museum heist, a listeria
  alert, a border clash, council minutes, a live court feed, a pension committee hearing), written
  blind in session 36: F1 0.916, said_on 0.831 at first reading with the session-start code, 0.943
  and 0.886 at the end of the session.
- `heldout37`: 15 more (Indonesian, Turkish, Indian and translated Austrian agency copy, a foreign
  ministry's press-conference transcript, a jury verdict and sentencing, a ferry fire, a spy arrest,
  a vaccine suspension, a tenants' dispute, a car recall, an Olympic bid's costs, a drought, a
  translated Arabic report on truce talks, a launch-failure news conference), written blind in
  session 37: F1 0.897, said_on 0.767 at first reading with the session-start code.
- `heldout38`: 15 more (Chinese, Russian, Gulf and translated Latin American agency copy, a Japanese
  broadcaster's quake report, a cabinet spokesperson's briefing transcript, a storm liveblog, an
  editorial, an apex court hearing, an employment tribunal, a drug-trial readout, a detained
  cyclist, a football disciplinary charge, a glacier collapse, a mayor under investigation), written
  blind in session 38: F1 0.900, said_on 0.884 at first reading with the session-start code, 0.941
  and 0.936 at the end of the session.
- `heldout39`: 15 more (Vietnamese, Iranian, Polish, Nigerian and Egyptian agency copy, a landslide
  toll through the day, a pipeline leak, a housing court ruling, a confirmation hearing transcript, a
  proxy fight, a wire's running alerts, a vessel detained in disputed waters, a by-election night, a
  metro breakdown, a marathon death), written blind in session 39: F1 0.922, said_on 0.721 at first
  reading with the session-start code, 0.942 and 0.895 at the end of the session.
- `heldout40`: 15 more (Peruvian, Bulgarian, Croatian, Korean, Ghanaian and Jordanian agency copy, a
  regional paper's council row, a biosecurity outbreak, a first-person sports column, a nurses'
  strike, a product recall, a parliamentary question period, a UN Geneva briefing, a cloud outage
  report, a bail hearing live blog), written blind in session 40: F1 0.881, said_on 0.778 at first
  reading with the session-start code; see its README for the end of the session.
- `heldout41`: 15 more (Philippine, Indonesian, Swiss and South African copy, a Singapore sentencing,
  a Gulf live page, a Commission midday briefing, an appellate ruling with a dissent, a trial halt, a
  recount, an air-safety report, a royalty dispute, a police-watchdog report, a student paper, a
  church letter), written blind in session 41: F1 0.924, said_on 0.850 at first reading with the
  session-start code; see its README for the end of the session.
- `heldout42`: 15 more (a parliamentary question time, a central-bank decision, an earnings call, a
  fact-check, a refiled wire with a correction, a what-we-know explainer, a Q/A interview, a rugby
  disciplinary hearing, a UN flash update, a Nigerian court page, Vietnamese agency English, a town
  board meeting, a product recall, strike talks, a wildfire broadcaster), written blind in session
  42: F1 0.918, said_on 0.731 at first reading with the session-start code; see its README.
- `heldout43`: 15 more, written blind at the same time by a second author (a Philippine village chief's
  suspension, a boil-water notice, Bangladeshi agency flood copy, port congestion, a court-martial,
  a Caribbean customs seizure, a defamation trial, a sports federation election, a First Nations
  blockade, a vineyard frost, a disputed funding round, research misconduct, a municipal bond
  default, a museum repatriation, a story translated from French): F1 0.898, said_on 0.765 at first
  reading with the session-start code; see its README.
- `heldout44`: 15 more (a measles advisory disputed by a minister, a small-town police log, a South
  African labour-arbitration award, an airline-delay compensation row, rural radio, a Pakistani
  election-commission dispute, a first-person political notebook, a data-breach disclosure,
  Ethiopian agency English, a Senate estimates hearing, a football injury and transfer dispute, a
  legal blog on an appeal ruling, Argentine agency copy translated from Spanish, a wire "UPDATE 2"
  rewrite, waiting-list statistics), written blind in session 43: F1 0.874, said_on 0.804 at first
  reading with the session-start code; see its README.
- `heldout45`: 15 more (a court reporter's live thread, a diocesan weekly, a dairy co-op bulletin, an
  Irish county weekly, a hospital trust board meeting, an energy regulator's decision, a wire round-up
  of three countries, a product-review site's recall story, a weather-warning dispute, music-industry
  trade press, insurance loss estimates, talkback radio, a Nepali daily, a Zimbabwean state daily, a
  Gulf property story), written blind in session 44: F1 0.906, said_on 0.685 at first reading with
  the session-start code; see its README.
- `heldout46`: 15 more (an Indian daily's lottery row, a Karachi daily, a US high-school eligibility
  ruling, a Commons committee evidence session, shipping trade press, a local newsletter on transit
  ridership, a restaurant-inspection closure, a Canadian Press legislature story, a Kenyan county
  strike, a union branch bulletin, a mining junior against a short-seller, a launch failure, a Welsh
  school closure, charity accounts, a wine-harvest estimate), written blind in session 45: F1 0.881,
  said_on 0.821, quantities 0.922 (holder 0.723) at first reading with the session-start code.
- `heldout47`: 15 more (a Sri Lankan cricket contracts row, a South African municipal power cut, a Fiji
  cane-payment story, a Scottish fishing-quota weekly, an English housing-association damp complaint,
  a Court of Appeal law report, a Malaysian exam-leak denial, a readers' editor column, a Nigerian
  cement-price row, a medical-journal expression of concern, a university-ranking data row, a Malawian
  by-election count complaint, a US agricultural newswire, a Victorian state-politics round, a port
  state control detention), written blind in session 46: F1 0.888, said_on 0.838, quantities 0.967
  (holder 0.795) at first reading with the session-start code.
- `heldout48`: 15 more (a Thai regional page, an Irish local radio site, Tanzanian parliamentary
  question time, Canadian cannabis trade press, US commercial real-estate finance, a UK construction
  trade Freedom of Information story, games-industry layoffs, a UK retail administration, a Hong Kong
  business page, a Ugandan courts page, New Zealand local democracy reporting, a Dutch expat site, an
  Australian stock-exchange price query, Danish defence procurement, a rugby league salary-cap
  charge), written blind in session 47: F1 0.904, said_on 0.913, quantities 0.902 (holder 0.799) at
  first reading with the session-start code.
- `heldout49`: 15 more (a Philippine provincial desk, a Scandinavian wire in literal translation, a US
  local TV station site, a UK council licensing sub-committee, an Indian results story, a sports
  selection appeal, a radio call-in transcript, a storm liveblog, an editorial, a Gulf state agency
  item, a machine-translated Central Asian agency story, a veterinary trade journal, a Jamaican parish
  council page, a Bangladeshi garment-industry page, a student paper), written blind in session 48:
  F1 0.911, said_on 0.788, quantities 0.934 (holder 0.915) at first reading with the session-start code.
- `heldout50`: 15 more (a Hollywood trade paper's weekend grosses, a chess news site, a gadget blog on
  a failed crowdfunding campaign, museums trade press, an esports site, a British consumer column in
  question-and-answer form, motorsport paddock news, a Papua New Guinea daily, UK book-trade press, an
  Australian saleyard report, a tabloid showbiz page, a Taiwanese supply-chain report, a Taiwanese
  English-language daily, a trade-show floor dispatch, a Mongolian English-language daily), written
  blind in session 49: F1 0.883, said_on 0.788, quantities 0.940 (holder 0.785) at first reading with
  the session-start code.
- `heldout51`: 15 more (a Latin-American agency in English, a US appeals-court wire, a Balkan agency in
  translated English, an English local paper at a hospital trust board, a Ghanaian business daily, a
  Canadian city-hall reporter, a dairy co-op's member newsletter, a Nepali English-language daily, a
  Vanuatu radio bulletin, a tech-policy newsletter, a wildlife NGO's own newsroom, a hockey beat
  notebook, aviation trade news, a weather-service briefing story, a cycling stage-race report),
  written blind in session 50: F1 0.889, said_on 0.770, quantities 0.964 (holder 0.789) at first
  reading with the session-start code.
Floors sit a little under the measured scores; raise them when the scores rise.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[0].parent / "shared" / "eval"
SETS = {"dev": EVAL / "dev", **{name: HERE / name for name in
                                ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                                 "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
                                 "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                                 "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
                                 "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
                                 "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
                                 "heldout35", "heldout36", "heldout37", "heldout38", "heldout39",
                                 "heldout40", "heldout41", "heldout42", "heldout43",
                                 "heldout44", "heldout45", "heldout46", "heldout47",
                                 "heldout48", "heldout49", "heldout50", "heldout51")}}

FLOORS = {
    "dev": {
        ("statements", "f1"): 0.95, ("statements", "stance"): 0.97, ("statements", "said_on"): 0.88,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.93,
        ("times", "f1"): 0.95, ("times", "value"): 0.95,
    },
    "heldout2": {  # session 3: 0.914 / 0.968 / 0.860; 0.966 (0.832); 0.979 (0.935)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.84,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.81,
        ("times", "f1"): 0.95, ("times", "value"): 0.91,
    },
    "heldout3": {  # blind reading, session 3: 0.940 / 0.962 / 0.758; session 9: 0.947 / 0.963 / 0.836
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.84,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.89,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout4": {  # session 8: 0.872 / 0.918 / 0.800; 0.981 (0.846); 0.987 (0.962)
        ("statements", "f1"): 0.84, ("statements", "stance"): 0.89, ("statements", "said_on"): 0.77,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.96, ("times", "value"): 0.93,
    },
    "heldout5": {  # blind reading, session 8: 0.850 / 0.922 / 0.703; 0.965 (0.755); 0.970 (0.969)
        ("statements", "f1"): 0.87, ("statements", "stance"): 0.90, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.73,
        ("times", "f1"): 0.95, ("times", "value"): 0.94,
    },
    "heldout6": {  # blind reading, session 9: 0.922 / 0.970 / 0.828; 0.960 (0.906); 0.960 (0.983)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.85,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.88,
        ("times", "f1"): 0.94, ("times", "value"): 0.96,
    },
    "heldout7": {  # blind reading, session 9: 0.898 / 0.971 / 0.781; 0.971 (0.795); 0.934 (0.981)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.81,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.79,
        ("times", "f1"): 0.91, ("times", "value"): 0.96,
    },
    "heldout8": {  # blind reading, session 10: 0.867 / 0.949 / 0.754; 0.968 (0.832); 0.937 (0.942)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.92, ("statements", "said_on"): 0.77,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.91, ("times", "value"): 0.92,
    },
    "heldout9": {  # blind reading, session 11: 0.864 / 0.932 / 0.804; 0.926 (0.807); 0.939 (0.923)
        ("statements", "f1"): 0.87, ("statements", "stance"): 0.91, ("statements", "said_on"): 0.83,
        ("quantities", "f1"): 0.91, ("quantities", "holder"): 0.79,
        ("times", "f1"): 0.92, ("times", "value"): 0.91,
    },
    "heldout10": {  # blind reading, session 12: 0.860 / 0.961 / 0.753; 0.952 (0.804); 0.952 (0.977)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.82,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.94, ("times", "value"): 0.96,
    },
    "heldout11": {  # blind reading, session 13: 0.850 / 0.953 / 0.675; 0.918 (0.754); 0.955 (0.969)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.90, ("quantities", "holder"): 0.79,
        ("times", "f1"): 0.94, ("times", "value"): 0.95,
    },
    "heldout12": {  # blind reading, session 14: 0.841 / 0.941 / 0.701; 0.952 (0.739); 0.939 (0.970)
        ("statements", "f1"): 0.87, ("statements", "stance"): 0.92, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.77,
        ("times", "f1"): 0.92, ("times", "value"): 0.96,
    },
    "heldout13": {  # blind reading, session 15: 0.845 / 0.928 / 0.640; 0.944 (0.732); 0.916 (0.881)
        ("statements", "f1"): 0.86, ("statements", "stance"): 0.91, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.78,
        ("times", "f1"): 0.89, ("times", "value"): 0.86,
    },
    "heldout14": {  # blind reading, session 16: 0.864 / 0.916 / 0.719; 0.965 (0.827); 0.970 (0.965)
        ("statements", "f1"): 0.86, ("statements", "stance"): 0.90, ("statements", "said_on"): 0.74,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.95, ("times", "value"): 0.94,
    },
    "heldout15": {  # blind reading, session 17: 0.907 / 0.947 / 0.787; 0.937 (0.835); 0.921 (0.959)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.93, ("statements", "said_on"): 0.82,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.91, ("times", "value"): 0.95,
    },
    "heldout16": {  # blind reading, session 18: 0.911 / 0.943 / 0.750; 0.971 (0.867); 0.948 (0.966)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.93, ("statements", "said_on"): 0.77,
        ("quantities", "f1"): 0.96, ("quantities", "holder"): 0.84,
        ("times", "f1"): 0.94, ("times", "value"): 0.95,
    },
    "heldout17": {  # blind reading, session 19: 0.947 / 0.960 / 0.810; 0.976 (0.908); 0.954 (0.903)
        ("statements", "f1"): 0.94, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.83,
        ("quantities", "f1"): 0.96, ("quantities", "holder"): 0.89,
        ("times", "f1"): 0.94, ("times", "value"): 0.89,
    },
    "heldout18": {  # blind reading, session 20: 0.908 / 0.949 / 0.823; 0.957 (0.872); 0.963 (0.933)
        # end of session 20: 0.934 / 0.951 / 0.830; 0.957 (0.897); 0.963 (0.933)
        # end of session 21: 0.938 / 0.957 / 0.876
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.86,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.88,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout19": {  # blind reading, session 21: 0.896 / 0.921 / 0.755; 0.939 (0.899); 0.949 (0.937)
        # end of session 21: 0.908 / 0.930 / 0.784; 0.939 (0.906); 0.949 (0.937)
        # end of session 22: 0.916 / 0.930 / 0.802
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.92, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.89,
        ("times", "f1"): 0.94, ("times", "value"): 0.93,
    },
    "heldout51": {  # blind reading, session 50: 0.889 / 0.955 / 0.770; 0.964 (0.789); 0.984 (0.905)
        # end of session 50: 0.912 / 0.960 / 0.774; 0.964 (0.814); 0.995 (0.969)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.75,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.78,
        ("times", "f1"): 0.97, ("times", "value"): 0.94,
    },
    "heldout50": {  # blind reading, session 49: 0.883 / 0.972 / 0.788; 0.940 (0.785); 0.972 (0.941)
        # end of session 49: 0.932 / 0.971 / 0.786; 0.968 (0.852); 0.977 (0.968)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.76,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout49": {  # blind reading, session 48: 0.911 / 0.974 / 0.788; 0.934 (0.915); 0.956 (0.960)
        # end of session 48: 0.942 / 0.975 / 0.836; 0.934 (0.915); 0.956 (0.960)
        ("statements", "f1"): 0.93, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.81,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.89,
        ("times", "f1"): 0.94, ("times", "value"): 0.94,
    },
    "heldout48": {  # blind reading, session 47: 0.904 / 0.930 / 0.913; 0.902 (0.799); 0.986 (0.971)
        # end of session 47: 0.940 / 0.926 / 0.907; 0.962 (0.815); 0.986 (0.971)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.90, ("statements", "said_on"): 0.88,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.78,
        ("times", "f1"): 0.96, ("times", "value"): 0.95,
    },
    "heldout47": {  # blind reading, session 46: 0.888 / 0.926 / 0.838; 0.967 (0.795); 0.977 (0.953)
        # end of session 46: 0.927 / 0.926 / 0.859; 0.967 (0.829); 0.977 (0.953)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.90, ("statements", "said_on"): 0.83,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.95, ("times", "value"): 0.93,
    },
    "heldout46": {  # blind reading, session 45: 0.881 / 0.907 / 0.821; 0.922 (0.723); 0.975 (0.965)
        # end of session 45: 0.917 / 0.908 / 0.825; 0.968 (0.765); 0.975 (0.965)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.88, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.74,
        ("times", "f1"): 0.95, ("times", "value"): 0.94,
    },
    "heldout45": {  # blind reading, session 44: 0.906 / 0.911 / 0.685; 0.929 (0.841); 0.963 (0.956)
        # end of session 44: 0.928 / 0.914 / 0.787; 0.959 (0.856); 0.963 (0.956)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.89, ("statements", "said_on"): 0.76,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.83,
        ("times", "f1"): 0.94, ("times", "value"): 0.93,
    },
    "heldout44": {  # blind reading, session 43: 0.874 / 0.942 / 0.804; 0.939 (0.790); 0.970 (0.932)
        # end of session 43: 0.921 / 0.941 / 0.834; 0.939 (0.823); 0.970 (0.937)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.92, ("statements", "said_on"): 0.81,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout43": {  # blind reading, session 42: 0.898 / 0.947 / 0.765; 0.931 (0.865); 0.978 (0.949)
        # end of session 42: 0.924 / 0.948 / 0.756; 0.931 (0.877); 0.978 (0.949)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.74,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.85,
        ("times", "f1"): 0.96, ("times", "value"): 0.93,
    },
    "heldout42": {  # blind reading, session 42: 0.918 / 0.946 / 0.731; 0.948 (0.912); 0.966 (0.931)
        # end of session 42: 0.928 / 0.954 / 0.756; 0.948 (0.917); 0.966 (0.935)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.74,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.90,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout41": {  # blind reading, session 41: 0.924 / 0.943 / 0.850; 0.951 (0.905); 0.978 (0.966)
        # end of session 41: 0.945 / 0.971 / 0.852; 0.951 (0.932); 0.978 (0.966)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.83,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.88,
        ("times", "f1"): 0.96, ("times", "value"): 0.95,
    },
    "heldout40": {  # blind reading, session 40: 0.881 / 0.941 / 0.778; 0.981 (0.808); 0.978 (0.975)
        # end of session 40: 0.918 / 0.950 / 0.802; 0.981 (0.859); 0.978 (0.975)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.93, ("statements", "said_on"): 0.78,
        ("quantities", "f1"): 0.96, ("quantities", "holder"): 0.83,
        ("times", "f1"): 0.96, ("times", "value"): 0.95,
    },
    "heldout39": {  # blind reading, session 39: 0.922 / 0.972 / 0.721; 0.966 (0.869); 0.974 (0.971)
        # end of session 39: 0.942 / 0.972 / 0.895; 0.966 (0.875); 0.974 (0.971)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.86,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.85,
        ("times", "f1"): 0.96, ("times", "value"): 0.95,
    },
    "heldout38": {  # blind reading, session 38: 0.900 / 0.939 / 0.884; 0.990 (0.914); 0.966 (0.940)
        # end of session 38: 0.941 / 0.955 / 0.936; 0.990 (0.941); 0.966 (0.940)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.93, ("statements", "said_on"): 0.89,
        ("quantities", "f1"): 0.97, ("quantities", "holder"): 0.90,
        ("times", "f1"): 0.95, ("times", "value"): 0.92,
    },
    "heldout37": {  # blind reading, session 37: 0.897 / 0.972 / 0.767; 0.959 (0.862); 0.977 (0.948)
        # end of session 37: 0.934 / 0.974 / 0.848; 0.959 (0.875); 0.977 (0.948)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.82,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.85,
        ("times", "f1"): 0.96, ("times", "value"): 0.93,
    },
    "heldout36": {  # blind reading, session 36: 0.916 / 0.978 / 0.831; 0.967 (0.829); 0.977 (0.962)
        # end of session 36: 0.943 / 0.979 / 0.886; 0.967 (0.850); 0.977 (0.962)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.85,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.83,
        ("times", "f1"): 0.96, ("times", "value"): 0.94,
    },
    "heldout35": {  # blind reading, session 35: 0.906 / 0.969 / 0.805; 0.971 (0.820); 0.987 (0.956)
        # end of session 35: 0.938 / 0.976 / 0.819; 0.971 (0.865); 0.987 (0.956)
        # end of session 36: 0.941 / 0.976 / 0.819; 0.971 (0.870); 0.987 (0.961)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.78,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.84,
        ("times", "f1"): 0.96, ("times", "value"): 0.93,
    },
    "heldout34": {  # blind reading, session 34: 0.933 / 0.971 / 0.750; 0.924 (0.887); 0.931 (0.912)
        # end of session 34: 0.949 / 0.972 / 0.821; 0.944 (0.894); 0.955 (0.912)
        ("statements", "f1"): 0.93, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.87,
        ("times", "f1"): 0.93, ("times", "value"): 0.89,
    },
    "heldout33": {  # blind reading, session 33: 0.914 / 0.958 / 0.758; 0.927 (0.842); 0.951 (0.946)
        # end of session 33: 0.942 / 0.960 / 0.780; 0.927 (0.875); 0.951 (0.946)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.75,
        ("quantities", "f1"): 0.90, ("quantities", "holder"): 0.84,
        ("times", "f1"): 0.93, ("times", "value"): 0.92,
    },
    "heldout32": {  # blind reading, session 32: 0.924 / 0.974 / 0.807; 0.942 (0.883); 0.944 (0.943)
        # end of session 32: 0.940 / 0.977 / 0.849; 0.951 (0.890); 0.944 (0.943)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.82,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.86,
        ("times", "f1"): 0.93, ("times", "value"): 0.92,
    },
    "heldout31": {  # blind reading, session 31: 0.879 / 0.953 / 0.812; 0.919 (0.816); 0.965 (0.916)
        # end of session 31: 0.909 / 0.962 / 0.825; 0.919 (0.825); 0.965 (0.916)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.90, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.95, ("times", "value"): 0.89,
    },
    "heldout30": {  # blind reading, session 30: 0.919 / 0.967 / 0.784; 0.947 (0.824); 0.979 (0.952)
        # end of session 30: 0.945 / 0.968 / 0.836; 0.947 (0.830); 0.979 (0.966)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.76,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.80,
        ("times", "f1"): 0.96, ("times", "value"): 0.93,
    },
    "heldout29": {  # blind reading, session 29: 0.911 / 0.950 / 0.794; 0.919 (0.756); 0.953 (0.956)
        # end of session 29: 0.931 / 0.951 / 0.834; 0.919 (0.801); 0.953 (0.961)
        ("statements", "f1"): 0.89, ("statements", "stance"): 0.93, ("statements", "said_on"): 0.77,
        ("quantities", "f1"): 0.90, ("quantities", "holder"): 0.73,
        ("times", "f1"): 0.93, ("times", "value"): 0.93,
    },
    "heldout28": {  # blind reading, session 28: 0.929 / 0.957 / 0.770; 0.913 (0.840); 0.944 (0.932)
        # end of session 28: 0.933 / 0.966 / 0.820; 0.913 (0.840); 0.946 (0.937)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.89, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.92, ("times", "value"): 0.91,
    },
    "heldout27": {  # blind reading, session 27: 0.870 / 0.947 / 0.837; 0.939 (0.794); 0.916 (0.953)
        # end of session 27: 0.923 / 0.964 / 0.836; 0.939 (0.853); 0.916 (0.953)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.82,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.84,
        ("times", "f1"): 0.90, ("times", "value"): 0.94,
    },
    "heldout26": {  # blind reading, session 26: 0.902 / 0.990 / 0.784; 0.901 (0.803); 0.959 (0.924)
        # end of session 26: 0.936 / 0.978 / 0.805; 0.901 (0.856); 0.959 (0.924)
        ("statements", "f1"): 0.92, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.89, ("quantities", "holder"): 0.84,
        ("times", "f1"): 0.95, ("times", "value"): 0.91,
    },
    "heldout25": {  # blind reading, session 25: 0.915 / 0.960 / 0.708; 0.946 (0.851); 0.956 (0.970)
        # end of session 25: 0.939 / 0.964 / 0.705; 0.946 (0.881); 0.956 (0.970)
        # end of session 27: 0.943 / 0.967 / 0.736; 0.946 (0.881); 0.956 (0.975)
        ("statements", "f1"): 0.93, ("statements", "stance"): 0.95, ("statements", "said_on"): 0.72,
        ("quantities", "f1"): 0.93, ("quantities", "holder"): 0.87,
        ("times", "f1"): 0.95, ("times", "value"): 0.96,
    },
    "heldout24": {  # blind reading, session 25: 0.891 / 0.963 / 0.752; 0.934 (0.826); 0.940 (0.931)
        # end of session 25: 0.919 / 0.968 / 0.787; 0.934 (0.843); 0.940 (0.936)
        ("statements", "f1"): 0.91, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.77,
        ("quantities", "f1"): 0.92, ("quantities", "holder"): 0.83,
        ("times", "f1"): 0.93, ("times", "value"): 0.92,
    },
    "heldout23": {  # blind reading, session 24: 0.861 / 0.976 / 0.787; 0.964 (0.787); 0.935 (0.941)
        # end of session 24: 0.897 / 0.977 / 0.807; 0.964 (0.845); 0.935 (0.941)
        ("statements", "f1"): 0.88, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.79,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.83,
        ("times", "f1"): 0.92, ("times", "value"): 0.93,
    },
    "heldout22": {  # blind reading, session 24: 0.915 / 0.950 / 0.792; 0.951 (0.869); 0.940 (0.967)
        # end of session 24: 0.952 / 0.952 / 0.884; 0.951 (0.876); 0.940 (0.967)
        ("statements", "f1"): 0.94, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.87,
        ("quantities", "f1"): 0.94, ("quantities", "holder"): 0.86,
        ("times", "f1"): 0.93, ("times", "value"): 0.95,
    },
    "heldout21": {  # blind reading, session 23: 0.873 / 0.945 / 0.782; 0.894 (0.844); 0.962 (0.956)
        # end of session 23: 0.910 / 0.954 / 0.816; 0.894 (0.869); 0.962 (0.956)
        ("statements", "f1"): 0.90, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.80,
        ("quantities", "f1"): 0.88, ("quantities", "holder"): 0.86,
        ("times", "f1"): 0.95, ("times", "value"): 0.94,
    },
    "heldout20": {  # blind reading, session 22: 0.907 / 0.951 / 0.856; 0.960 (0.826); 0.938 (0.948)
        # end of session 22: 0.941 / 0.953 / 0.880; 0.960 (0.838); 0.938 (0.948)
        ("statements", "f1"): 0.93, ("statements", "stance"): 0.94, ("statements", "said_on"): 0.87,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.82,
        ("times", "f1"): 0.93, ("times", "value"): 0.94,
    },
    "heldout": {
        ("statements", "f1"): 0.95, ("statements", "stance"): 0.96, ("statements", "said_on"): 0.90,
        ("quantities", "f1"): 0.95, ("quantities", "holder"): 0.93,
        ("times", "f1"): 0.95, ("times", "value"): 0.95,
    },
}


@pytest.fixture(scope="module")
def scores():
    if not (EVAL / "score.py").exists():
        pytest.skip(f"the shared scorer is not beside the repo ({EVAL})")
    cmd = f"{sys.executable} -m claimwatch extract {{input}} --format jsonl --output {{output}}"
    out = {}
    for name, folder in SETS.items():
        done = subprocess.run([sys.executable, str(EVAL / "score.py"), str(folder), "--cmd", cmd, "--json"],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        out[name] = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    return out


@pytest.mark.parametrize(("corpus", "kind", "metric"),
                         sorted((c, k, m) for c, floors in FLOORS.items() for k, m in floors))
def test_score_holds_its_floor(scores, corpus, kind, metric):
    got = scores[corpus][kind][metric]
    assert got >= FLOORS[corpus][kind, metric], f"{corpus} {kind}.{metric} = {got:.3f} fell below its floor"
