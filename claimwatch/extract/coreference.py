"""Coreference: which source a pronoun or a definite description ("he", "the ministry", "the
company", "the 49-year-old") points back to, among the speakers and named subjects read so far.

`antecedents.py` asks it once per act, in text order; `speakers.py` reads the phrases themselves.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .countries import countries_in, country_of, nationality_words
from .holder_words import doc_ents, doc_text, enclosing_quote
from .lexicon import column_groups, read_table, word_set
from .speakers import (
    ANAPHORIC_KINDS, BUSINESS_KINDS, COMPANY_WORDS, NAMED_KINDS, ORG_ROLES, PERSON_PRONOUNS, PERSON_ROLES, PLURAL_PRONOUNS,
    PRONOUN_GENDER, THING_PRONOUNS, Speaker, capitalised, closing_apposition, company_name, gendered_words, given_name_pronoun,
    describe, initials, institution_kinds, institutions, kind_in_name, overseeing_kinds, overseen, phrase_tokens,
    TRADES, plain_name, role_noun, role_phrase, set_off_phrases, titles,
)
from .stance import in_reported_clause, verb_cue


@dataclass
class Coreference:
    """Most recent speakers and subjects, for pronouns and role descriptions."""

    speakers: list[Speaker] = field(default_factory=list)  # who has spoken, in order
    mentions: list[Speaker] = field(default_factory=list)  # speakers and named subjects
    known: dict[str, Speaker] = field(default_factory=dict)  # each person by name, as first described
    told: list[tuple[int, int]] = field(default_factory=list)  # what each act reported, in order

    def add(self, speaker: Speaker, spoke: bool = True) -> None:
        self.know(speaker)
        if spoke:  # the speaker's reading of a phrase replaces its reading as a mere subject
            self.mentions = [m for m in self.mentions
                             if (m.start, m.end, m.name) != (speaker.start, speaker.end, speaker.name)]
        self.mentions.append(speaker)
        if spoke:
            self.speakers.append(speaker)

    def resolve(self, word: str, head: Token | None = None, before: int | None = None) -> Speaker | None:
        """The speaker a pronoun or definite description most plausibly refers to."""
        word = word.lower()
        pool = [s for s in self.mentions if before is None or s.start < before]
        if word in PERSON_PRONOUNS:
            want = PRONOUN_GENDER[word]
            text = doc_text(head.doc) if head is not None else ""
            fits = [s for s in pool if (self._pronoun_of(s, text) or self._pronoun_of_full_name(s)) in (None, want)]
            spoke = bool(fits) and any(s is fits[-1] for s in self.speakers)
            if fits and fits[-1] is pool[-1] and spoke and _personal_name(pool[-1], text):
                # "Kari Lunde said ... She added": a name the model took for a body (not one named in
                # what someone said: "Nhantumbo said Lifeline Coast Health had ... She rejected")
                found = pool[-1]
            else:
                # a person, or a name the model took for a body whose given name calls for this
                # pronoun ("The director, Grace Nhantumbo, said ... she said")
                found = next((s for s in reversed(fits) if (s.kind == "person" and not s.plural)
                              or (given_name_pronoun(s.name) == want and _personal_name(s, text))), None)
            if found is None:  # "Huw Pritchard told a meeting ... He said": a name the model took for a body
                found = next((s for s in reversed(fits) if _personal_name(s, text)), None)
            if found is not None and head is not None and found not in self.speakers \
                    and self._pronoun_of(found, text) is None and _subject_of_report(head.doc, found):
                # "Lena Marchetti-Ray wrote that Kestrel would 'fly' ... She did not rule out": the
                # speaker whose name calls for the pronoun, not a name of no known sex in what she said
                found = next((s for s in reversed(fits) if s in self.speakers and s.start < found.start
                              and (self._pronoun_of(s, text) or self._pronoun_of_full_name(s)) == want), found)
            return found
        if word in THING_PRONOUNS:
            known = frozenset(w for m in self.mentions for w in plain_name(m.name).split())
            named = _body_named_before(head, head, {(m.start, m.end) for m in self.mentions}, True, known) \
                if head is not None else None
            if named is not None:  # "The figures come from the Statistics Office. According to its release"
                return describe(phrase_tokens(named.root), named.root)
            # not a surname the model took for a body, of a person named in full before ("Verhoef said ...",
            # after "its inspector, Marijke Verhoef,")
            surnames = {m.name.split()[-1].lower() for m in pool if m.kind == "person" and len(m.name.split()) > 1}
            bodies = [s for s in reversed(pool) if s.kind == "org" and not s.plural
                      and not (" " not in s.name and s.name.lower() in surnames)
                      and (s in self.speakers or head is None or not _subject_of_report(head.doc, s))]
            if len(bodies) >= 2 and head is not None and _reported_by(head.doc, bodies[0], bodies[1]):
                return bodies[1]  # "the club said a scan had confirmed ... It said": the club, not the scan
            return bodies[0] if bodies else None
        if word in PLURAL_PRONOUNS:
            return next((s for s in reversed(pool) if s.plural or s.kind == "group"), None)
        return None

    @staticmethod
    def _pronoun_of(speaker: Speaker, text: str) -> str | None:
        """ "he" or "she" when a word of the person's mention tells it ("Mrs. Lee", "the spokeswoman"),
        else None: keeps "she told the court" from going to "Mr. Lee" named just before. Pronouns the
        reader resolved are no evidence: one wrong resolution would spread."""
        if speaker.kind != "person":
            return None
        raw = re.findall(r"[A-Za-z]+", text[speaker.start:speaker.end])
        named = set(speaker.name.split())  # "Mr Abbasi" for Farhan Abbasi: where the name starts here
        at = next((k for k, w in enumerate(raw) if w in named), len(raw))
        # a capitalised word counts only as a title leading up to the name ("Mrs. Ngozi Adah"), not as
        # part of a place or body named before it ("Taranaki-King Country MP Suzanne Blakely")
        words = [w.lower() for k, w in enumerate(raw)
                 if w.islower() or (k < at and all(x.lower().rstrip(".") in titles() for x in raw[k + 1:at]))]
        # the title nearest the name outweighs a role before it: "the Executive Chairman ..., Mrs. Ngozi Adah"
        told = next((gendered_words()[w] for w in reversed(words) if w in gendered_words() and w in titles()),
                    None) \
            or next((gendered_words()[w] for w in words if w in gendered_words()), None)
        return told or given_name_pronoun(speaker.name)

    def _pronoun_of_full_name(self, speaker: Speaker) -> str | None:
        """ "he" or "she" by the given name of the fuller name the text first gave this person:
        "Kwek" after "Desmond Kwek Jun Hao", where the surname comes first and ends nothing."""
        if speaker.kind != "person":
            return None
        words = speaker.name.split()
        for fuller in self.mentions:
            longer = fuller.name.split()
            if fuller.kind == "person" and len(longer) > len(words) and any(
                    longer[k:k + len(words)] == words for k in range(1, len(longer) - len(words) + 1)):
                return given_name_pronoun(fuller.name)
        return None

    def titled(self, role: str, before: int, text: str) -> Speaker | None:
        """The last person who spoke before `before` whose mention gave them the role `role`
        ("Sheriff Wade Doyle" for "the sheriff")."""
        return next((s for s in reversed(self.speakers) if s.start < before and s.kind == "person"
                     and not s.plural and role in _introduced_as(s, text)), None)

    def know(self, speaker: Speaker) -> None:
        """Remember a person's body and country, including a party of "X and Y said" who is no antecedent."""
        if speaker.kind == "person" and (speaker.org or speaker.country) and speaker.name not in self.known:
            self.known[speaker.name] = speaker

    def as_known(self, speaker: Speaker) -> Speaker:
        """ "Mwita said", after "Tanzanian President Neema Mwita": a person named again keeps the
        body and country the text gave them when it first named them."""
        if speaker.kind != "person":
            return self._person_by_surname(speaker) or speaker
        if " " not in speaker.name and (named := self._person_by_surname(speaker)) is not None:
            return named  # "Mr Malvatu said", after "Sarakata Shipping director Georges Malvatu said"
        if speaker.org and speaker.country:
            return speaker
        known = self.known.get(speaker.name)
        if known is None:
            return speaker
        return dataclasses.replace(speaker, org=speaker.org or known.org, country=speaker.country or known.country)

    def _person_by_surname(self, speaker: Speaker) -> Speaker | None:
        """ "Cole said", after "Chief Renata Cole told a news conference": a lone capitalised word the
        model took for a thing or a body is the surname of the one person the text named in full with it."""
        name = speaker.name
        if " " in name or not name[:1].isupper() or speaker.plural:
            return None
        people = {p.name: p for p in [*self.known.values(), *self.mentions]
                  if p.kind == "person" and len(p.name.split()) > 1 and p.name.split()[-1] == name}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return dataclasses.replace(speaker, name=person.name, kind="person", org=person.org, country=person.country)

    def _body_subject_before(self, head: Token) -> Speaker | None:
        """The named body that is the main subject of the sentence before `head`'s, in its paragraph
        (not a subject of something reported there): the body a plain "the agency" goes on about."""
        sent = head.sent
        if sent.start == 0 or "\n" in head.doc[sent.start - 1].text_with_ws:
            return None
        before = head.doc[sent.start - 1].sent
        doc = head.doc
        for mention in reversed(self.mentions):
            if mention.start < before.start_char:
                return None
            if mention.start >= before.end_char or mention.kind != "org" or mention.plural:
                continue
            phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            root = phrase.root if phrase is not None else None
            if root is not None and root.dep_ == "nsubj" and root.head.i == before.root.i and phrase.start == before.start:
                return mention
        return None

    def _body_of(self, person: Speaker) -> Speaker:
        """The body a person speaks for, as a speaker, with the kinds the text gave it when it spoke
        itself under that name or its initials ("MTWU" for the union)."""
        org = person.org or ""
        known = next((s for s in reversed(self.speakers) if s.kind == "org" and org in (s.name, initials(s.name))), None)
        if known is not None:
            return dataclasses.replace(known, start=person.start, end=person.end)
        name = org[4:] if org[:4].lower() == "the " else org  # "the Association of Small Builders"
        return Speaker(name, "org", person.start, person.end, person.org, person.country)

    def last_org(self, before: int, after: int) -> Speaker | None:
        """The institution most recently named between `after` and `before` ("Police said ...",
        a body however plural the word), not one named inside what another reported ("The regulator
        confirmed it had a report from the chain. A spokesperson declined ...": the regulator's)."""
        return next((s for s in reversed(self.mentions)
                     if (s.kind == "org" or (s.kind == "group" and s.kinds & ORG_ROLES and s.name[:1].isupper()))
                     and after <= s.start < before and not any(a <= s.start < b for a, b in self.told)),
                    None)

    def resolve_description(self, tokens: list[Token], head: Token, strict: bool = False) -> Speaker | None:
        """ "the ministry", "the agency", "the Pentagon spokesman" -> an earlier named speaker;
        `strict`: only one whose name or kind says it is what the description calls it, not
        merely the last body that spoke."""
        if not tokens or tokens[0].lower_ not in ("the", "this", "that"):
            return None
        lemma = head.lemma_.lower()
        if _AGED.match(" ".join(t.text for t in tokens[:6]).replace(" - ", "-")) and \
                not any(t.ent_type_ == "PERSON" for t in tokens):
            # "the 49-year-old former ambassador", "the 48-year-old": a person the story has named
            # (or the one the text last made its subject: "Okafor himself sounded more hopeful. "...,"
            # the 23-year-old told Radio Rother")
            return next((s for s in reversed(self.mentions) if (s.kind == "person" or _personal_name(s))
                         and not s.plural and s.start < tokens[0].idx and s.name[-1:].isalpha()
                         and all(w[:1].isupper() for w in s.name.split())
                         and (s in self.speakers or not _subject_of_report(head.doc, s))), None)
        if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or any(
                n.dep_ in ("appos", "compound") and n.pos_ == "PROPN" and n.i == c.right_edge.i for n in c.children))
               for c in head.children) or closing_apposition(head):
            return None  # "the group, Justice Now,", "The contractor, Tallinn-based IT firm Serveris,": named right there
        if any(c.dep_ == "relcl" and c.left_edge.i > 0 and head.doc[c.left_edge.i - 1].text != ","
               for c in head.children):
            return None  # "the union that represents the jail's officers": described right there, a new one
        if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == head.i + 1 and any(o.dep_ == "dobj" for o in c.children)
               for c in head.children):
            return None  # "the union representing Nordair pilots": as with "that represents"
        # "The Minister stressed": a role written with a capital, as agency English and house styles do,
        # is the role, not a name
        capital_role = head.pos_ == "PROPN" and lemma in PERSON_ROLES and head.ent_type_ not in ("PERSON", "ORG")
        names = [t for t in tokens if (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"))
                 and not (capital_role and t.i == head.i)
                 and not any(a.dep_ == "amod" for a in [t, *t.ancestors] if a.i != head.i)]
        if names and lemma in PERSON_ROLES and all(t.i == head.i or t.dep_ in ("compound", "amod", "det")
                                                   for t in tokens):
            # "the State Minister said", after "State Minister Ayele Gebremariam told ...": a title
            # written with capitals, every word of it in how the person was introduced
            wanted = {t.lower_ for t in tokens if t.dep_ != "det"}
            titled = next((s for s in reversed(self.speakers) if s.kind == "person" and not s.plural
                           and s.start < tokens[0].idx and wanted <= _introduced_as(s, doc_text(head.doc))), None)
            if titled is not None:
                return titled
        if names:
            # "the Pentagon spokesman" -> the last person who spoke for the Pentagon; not a body whose
            # name ends in a role word ("the Health Service Executive")
            if lemma not in PERSON_ROLES or (head.ent_type_ == "ORG" and describe(tokens, head).kind == "org"):
                return None
            # by a word that names the body, not one any body has ("the European Commission's
            # spokesperson" is not the Central Electoral Commission's chair)
            words = {t.lower_ for t in names if not t.is_stop} - ORG_ROLES - ANAPHORIC_KINDS
            return next((s for s in reversed(self.speakers) if s.kind == "person" and s.org
                         and s.start < tokens[0].idx
                         and any(w in plain_name(s.org).split() or _stands_for(w, s.org) for w in words)), None)
        name_words = {lemma, head.lower_, *column_groups("description_words", "word", "name_word").get(lemma, ())}
        unnamed = None  # "the company" the reader could not name before: a body named since comes first
        resolved = {(s.start, s.end) for s in self.speakers}
        # "the interior ministry": the words that set it apart must be in the name too
        doc = head.doc
        qualifiers = {t.lower_ for t in tokens if t.i != head.i and t.dep_ in ("amod", "compound") and t.is_lower
                      and t.pos_ in ("ADJ", "NOUN") and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
                      and not (t.i > 0 and doc[t.i - 1].text == "-")}
        # "the Romanian side" is not "the Bulgarian side": a nationality that names another country
        nations = {country_of(t.text) for t in tokens if t.i != head.i and t.ent_type_ == "NORP"} - {None}
        # "the press service of the prosecutor's office": what the "of"-phrase says it belongs to, too
        owners = {t.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree if t.pos_ == "NOUN" and t.is_lower}
        # "the sheriff's office" is not "the inspector's office": whose it is must be in the name too
        # (a role held by one, not a plural kind: "the doctors' union" is the union named before)
        owners |= {t.lower_ for t in tokens if t.dep_ == "poss" and t.tag_ == "NN" and t.lemma_.lower() in PERSON_ROLES}
        # the body that spoke last, when a bare "the agency" names it by the kind institutions.tsv gives it
        last = self.speakers[-1] if self.speakers and all(t.dep_ == "det" or t.i == head.i for t in tokens) else None
        known_last = last if last is not None and _institution_of_kind(last, lemma) else None
        # "The secretary of the Association of Small Builders, Folake Ojo, said ..., a figure the
        # association said ...": the body the last person to speak spoke for, named since any other
        spoke_for = next((s for s in reversed(self.speakers) if s.start < tokens[0].idx), None)
        if spoke_for is not None and (spoke_for.kind != "person" or not spoke_for.org):
            spoke_for = None
        for s in reversed(self.mentions):  # a body the text made a subject counts: "Italy's interior
            if spoke_for is not None and s.start < spoke_for.start:
                org_words = set(plain_name(spoke_for.org).split())
                if {lemma, head.lower_} & org_words and qualifiers <= org_words:  # its own word, not a kind's
                    return self._body_of(spoke_for)
                spoke_for = None
            if s.start >= tokens[0].idx or (s not in self.speakers and (
                    (s.start, s.end) in resolved or _subject_of_report(head.doc, s))):
                continue  # ministry assigns the ship ... The ministry said"; not a description read as another
            if s.plural and head.tag_ == "NN" and " and " in s.name and not _named_with_and(s.name):
                # "the army" is one side of "Congo's army and a rebel group", not both (not a body's
                # name with its "and": "the Centers for Disease Control and Prevention")
                side = next((part for part in s.name.split(" and ") if name_words & (part_words := set(
                    plain_name(part).split())) and qualifiers <= part_words), None)
                if side is None:
                    continue
                return dataclasses.replace(s, name=side.removeprefix("a ").removeprefix("the "), plural=False)
            if lemma not in PERSON_ROLES and role_noun(s.name) in PERSON_ROLES and role_phrase(s.name) != s.name:
                continue  # "the central bank" is no "president of Bolivia's central bank": a body is not its officer
            if lemma in PERSON_ROLES and s.kind == "person" and _in_another_role(s, lemma, doc_text(doc)):
                continue  # nor is "the mayor" the town clerk of the council the mayor heads
            words = set(plain_name(s.name).split())
            if nations and {code for _, _, code in countries_in(s.name)} - nations:
                continue
            # (or the body that spoke last, a known institution of that kind: "The Centers for Disease
            # Control said ... the agency said", though its name does not say "agency")
            if s is not known_last and name_words & words and kind_in_name(s.name) in overseeing_kinds() - name_words:
                continue  # "the charity" is not the "Charity Commission", a body that oversees charities
            if (name_words & words or s is known_last) and qualifiers <= words \
                    and owners <= {w.removesuffix("'s") for w in words}:  # "the police", "the force" -> Dunmore Police
                if not _bare_kind(s.name):
                    return s
                if s in self.speakers:  # a description that spoke unresolved, not one merely a subject
                    unnamed = s
                    break
        if unnamed is None and head.tag_ == "NN":
            named = _body_named_as(doc, tokens[0].i, name_words, qualifiers)
            if named is not None:  # "The interim report of the Safety Investigation Authority ... and the
                return named  # authority stressed": a body named, though neither a speaker nor a subject
        # "the agency", "the Denver-based company"; not "the regional government" (another body)
        plain = all(t.dep_ == "det" or t.i == head.i or any(a.lemma_ == "base" for a in [t, *t.ancestors][:3])
                    for t in tokens)
        bare = plain or all(t.dep_ == "det" or t.i == head.i or _trade_word(t, head) for t in tokens)
        strict = strict or not plain  # "the discount retailer": only a body known as a company
        if lemma in ANAPHORIC_KINDS and bare and (unnamed is None or not strict):
            # the last body that spoke, skipping ones whose own name says they are another kind
            # a spokesperson's body counts as having spoken: "A spokesperson for Rocky Peak
            # Power confirmed ... The company would not say"
            if head.tag_ == "NNS":
                return None  # "the unions": not one body named before
            named_here = _company_named_before(head, tokens[0], {(m.start, m.end) for m in self.mentions}) \
                if plain and lemma in COMPANY_WORDS | BUSINESS_KINDS else None
            if named_here is not None:
                return named_here
            own = _subject_of_own_report(head) if plain else None
            if own is not None and _may_be_called(own, lemma):
                return own  # "Halvorsen Motor Co. is recalling 318,000 SUVs, the automaker said"
            earlier = [s if s.kind == "org" else self._body_of(s)
                       for s in reversed(self.speakers)
                       if (s.kind == "org" or (s.kind == "person" and s.org)) and s.start < tokens[0].idx
                       # not "Brøndum declined", a surname the model took for a body (but "Centers
                       # for Disease Control", a known institution's plural name)
                       and (not s.plural or s is known_last)
                       and not (len(s.name.split()) == 1 and _personal_name(s, doc_text(head.doc)))
                       and not _names_a_text(s)  # "According to the judgment, ...": no body
                       and not _inside_denied(head.doc, s)
                       and (unnamed is None or s.start > unnamed.start)]
            # "the research firm" after "Chainwatch Research": a body named before whose name holds the words
            # that set the description apart
            # (a name the model took for a person's, when its last word is that word: "X Research")
            named_so = next((s for s in reversed(self.mentions) if qualifiers and s.start < tokens[0].idx
                             and not s.plural and qualifiers <= set(plain_name(s.name).split())
                             and (s.kind == "org" or plain_name(s.name).split()[-1] in qualifiers)), None)
            if named_so is not None:
                return dataclasses.replace(named_so, kind="org")
            # "the company" points back to "Lumora Networks"; "the airline" only to a legal form's name
            forms = ("legal", "trade") if lemma in COMPANY_WORDS else ("legal",)
            same_kind = next((s for s in earlier if lemma in s.kinds or s is known_last or (
                lemma in COMPANY_WORDS and _business(s)) or (
                lemma in BUSINESS_KINDS and company_name(s.name, forms))), None)
            subject = self._body_subject_before(head) if plain and not strict else None
            if subject is not None and (not earlier or earlier[0].start < subject.start) \
                    and _may_be_called(subject, lemma):
                return subject  # "The National Centre for ... recorded 312 mm of rain. The agency said"
            just_before = _subject_just_before(earlier, head, lemma) if plain and not strict else None
            if just_before is not None and (same_kind is None or lemma not in same_kind.kinds):
                return just_before  # one the text called so outright still wins
            # failing one of its kind, the last body neither described nor named as another kind
            # ("the company" is not the "Maritime and Transport Workers' Union")
            # (nor a state body, "Maritime New Zealand", for a business word); after a "company" the
            # reader could not name, only a body of that kind named since
            return same_kind or (unnamed if strict or unnamed is not None or lemma in NAMED_KINDS else next(
                (s for s in earlier if not s.kinds and kind_in_name(s.name) in (None, lemma)
                 # "the company" is not an unnamed description of another kind ("a ransomware gang")
                 and not (s.name.islower() and s.name.split()[-1] not in name_words)
                 and not (lemma not in COMPANY_WORDS and company_name(s.name, ("trade",)))  # "the airline", not "Kvist Systems"
                 and not (lemma in COMPANY_WORDS | BUSINESS_KINDS and countries_in(s.name))), None)) \
                or (_only_body_named_as(doc, tokens[0].i, name_words, qualifiers) if head.tag_ == "NN" else None)
        # "the union leader" after "The regional leader of the National Union of ..., Teresa Valadares,":
        # a role with plain nouns before it, every one of them in how the person was introduced
        described = {t.lower_ for t in tokens if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower}
        qualified = not bare and bool(described) and lemma in PERSON_ROLES and all(
            t.dep_ == "det" or t.i == head.i or t.lower_ in described for t in tokens)
        if (bare or qualified) and (head.pos_ == "NOUN" or capital_role):
            # "the Minister for Transport, Declan Furlong, said ... The minister acknowledged": the
            # last person (or body) the text introduced in that role, if not called so bare before
            titled = next((s for s in reversed(self.speakers) if not s.plural and s.start < tokens[0].idx and (
                (s.kind == "person" and lemma in PERSON_ROLES
                 and {lemma} | described <= _introduced_as(s, doc_text(head.doc)))
                or (bare and s.kind in ("person", "org") and lemma in _appositive_heads(s, head.doc)))), None)
            if titled is not None and (unnamed is None or titled.start > unnamed.start):
                return titled
        if unnamed is not None:
            return unnamed
        inside_told = any(start <= tokens[0].idx < end for start, end in self.told)
        if lemma in PERSON_ROLES and bare and lemma not in ("official", "source", "analyst", "resident") \
                and not inside_told:  # ("He said the captain had reported a fault": someone he speaks of)
            return next((s for s in reversed(self.speakers)
                         if s.kind == "person" and s.start < tokens[0].idx and s.org
                         and not _in_another_role(s, lemma, doc_text(head.doc))), None)
        if lemma == "official" and plain and self.speakers:
            # '"...," pointed out the regional manager, Walter Huamán Ríos. ¶ The official specified ...':
            # the person named in full who spoke just before
            last = self.speakers[-1]
            if last.kind == "person" and not last.plural and len(last.name.split()) > 1 \
                    and 0 < tokens[0].idx - last.end < _JUST_BEFORE:
                return last
        if head.tag_ == "NN" and lemma not in PERSON_ROLES:
            return _only_body_named_as(doc, tokens[0].i, name_words, qualifiers)
        return None


def _stands_for(acronym: str, name: str) -> bool:
    """ "OCHA" for "UN Office for the Coordination of Humanitarian Affairs": the initials of the
    name, or of its words after a prefix such as the "UN" the acronym leaves out."""
    letters = initials(name).lower()
    return acronym == letters or (len(acronym) >= 3 and letters.endswith(acronym))


_JUST_BEFORE = 400  # characters: "the official" points back to a named person who spoke this close


def _body_named_as(doc: Doc, before: int, name_words: set[str], qualifiers: set[str]) -> Speaker | None:
    """The last body (an ORG entity) named in this paragraph or the one before, outside quotes, whose
    name holds the description's word and qualifiers ("the authority" -> Safety Investigation Authority)."""
    start, breaks = before, 0
    while start > 0 and breaks < 2:  # back to the start of the paragraph before this one
        breaks += "\n" in doc[start - 1].text_with_ws
        start -= 1 if breaks < 2 else 0
    for ent in reversed([e for e in doc_ents(doc) if e.label_ == "ORG" and start <= e.start and e.end <= before]):
        words = {t.lower_ for t in ent if not overseen(t)}  # not the "Charity Commission" for "the charity"
        if name_words & words and qualifiers <= words and not any(t.text in "\"“”" for t in doc[ent.end:before]):
            return describe(phrase_tokens(ent.root), ent.root)
    return None


def _only_body_named_as(doc: Doc, before: int, name_words: set[str], qualifiers: set[str]) -> Speaker | None:
    """The one body (an ORG entity) named anywhere before, outside quotes, whose name holds the
    description's word and qualifiers: "The university said" four paragraphs after "an admissions
    officer at Bellmont University", the only university the text has named. Two such bodies, and
    the description names neither."""
    found = [e for e in doc_ents(doc) if e.label_ == "ORG" and e.end <= before and e.root.lower_ in name_words
             and qualifiers <= {t.lower_ for t in e} and enclosing_quote(doc, e.start_char) is None]
    if not found or len({plain_name(e.text) for e in found}) > 1:
        return None
    body = describe(phrase_tokens(found[-1].root), found[-1].root)
    return body if body.kind == "org" else None


def _subject_of_report(doc: Doc, mention: Speaker) -> bool:
    """A subject inside what someone is said to have said ("said that units of its West group had
    taken the village"): the reporter's text never made it one of its own subjects."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_reported_clause(span.root)



def _inside_denied(doc: Doc, mention: Speaker) -> bool:
    """A source named inside what another denies ("Egret Tankers denied a report in a Greek shipping
    newspaper that ..."): not the body a later "the company" points back to."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for node in span.root.ancestors:
        if node.dep_ == "dobj" and (row := verb_cue(node.head)) is not None and row["stance"] == "deny":
            return True
    return False


def _reported_by(doc: Doc, inner: Speaker, outer: Speaker) -> bool:
    """`inner` spoke inside what `outer` is said to have said, in the same sentence ("the club said
    a scan had confirmed the damage"): a later "it" is the body that told it, not the thing within."""
    first = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    second = doc.char_span(inner.start, inner.end, alignment_mode="expand")
    if first is None or second is None or not len(first) or not len(second):
        return False
    clause = second.root.head  # the inner act, reported by a verb whose subject is the outer body
    return second.root.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i == first.root.i for c in clause.head.children)


def _subject_of_own_report(head: Token) -> Speaker | None:
    """ "Halvorsen Motor Co. is recalling 318,000 SUVs ..., the automaker said": the body named as
    the subject of the clause a description's own act reports, set before the act; the lead of a
    wire story names its source so and then calls it by its kind."""
    act = head.head
    if head.dep_ != "nsubj" or verb_cue(act) is None:
        return None
    clause = next((c for c in act.children if c.dep_ == "ccomp" and c.i < head.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    body = describe(phrase_tokens(subject), subject)
    # (a name the model took for a person is the body when the text calls it one: "Brightmoor
    # Interactive, the Montreal studio behind ...")
    return body if subject.ent_type_ == "ORG" or body.kind == "org" else None


def _company_named_before(head: Token, first: Token, mentioned: set[tuple[int, int]]) -> Speaker | None:
    """ "Shares in Highveld Platinum jumped after the company said ...", "The bridge is run by Vías
    del Magdalena, a private consortium. In a statement, the company said ...": the last body named
    before the description, in its sentence or the one before in the paragraph, when the text marks
    it as a company and it has not spoken or been a subject (`mentioned`: the spans of those, which
    the reader knows better)."""
    last = _body_named_before(head, first, mentioned)
    return describe(phrase_tokens(last.root), last.root) if last is not None and _marked_company(last) else None


def _body_named_before(head: Token, first: Token, mentioned: set[tuple[int, int]],
                       alone: bool = False, known: frozenset[str] = frozenset()) -> Span | None:
    """The last body (an ORG entity) named before `first`, in its sentence or the one before in the
    paragraph, outside quotes, that has not spoken or been a subject, with no such mention after it
    (`alone`: none in that stretch at all, nor a main subject that names a source; `known`: the words
    of the sources' names so far, which a description like "the branch" takes up)."""
    doc, sent = head.doc, head.sent
    start = sent.start
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    named = [e for e in doc_ents(doc) if e.label_ == "ORG" and start <= e.start and e.end <= first.i
             and not any(t.text in "\"“”" for t in doc[e.start:first.i])  # not a body named in a quote
             and not in_reported_clause(e.root)]  # nor in what someone said
    spoken = [m for m in mentioned if doc[start].idx <= m[0] < first.idx]
    if not named or (alone and (spoken or _source_subject(doc[start:first.i], known))) \
            or any(m[0] >= named[-1].start_char for m in spoken):
        return None  # a body that spoke or was the subject since: the usual reading
    last = named[-1]
    if any(m[0] < last.end_char and last.start_char < m[1] for m in mentioned):
        return None
    return last


def _source_subject(stretch: Span, known: frozenset[str]) -> bool:
    """Whether a sentence in the stretch has a source for its main subject ("The branch also found
    ...", of the Marine Accident Investigation Branch), which a later "it" goes back to first."""
    for sent in stretch.sents:
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subject.pos_ == "PRON"
                                    or subject.lemma_.lower() in ORG_ROLES | PERSON_ROLES | ANAPHORIC_KINDS
                                    or subject.lower_ in known):
            return True
    return False


def _marked_company(name: Span) -> bool:
    """A name the text marks as a company's: set beside a kind of business ("Vías del Magdalena, a
    private consortium"), owning shares ("shares in X", company_marks.tsv), or a legal form."""
    root = name.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in BUSINESS_KINDS | COMPANY_WORDS for c in root.children):
        return True
    owner_of = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "of") else \
        root.head if root.dep_ == "poss" else None
    return (owner_of is not None and owner_of.lower_ in word_set("company_marks", "noun")) \
        or company_name(name.text)


def _subject_just_before(earlier: list[Speaker], head: Token, lemma: str) -> Speaker | None:
    """ "Hanseong denied that its inflators were defective. In a statement, the Seoul-based company
    said": a plain description in the sentence right after a body spoke, in the same paragraph,
    points back to that body, the one the text is about, unless it was called or is named as
    another kind of body."""
    sent = head.sent
    if sent.start == 0 or "\n" in head.doc[sent.start - 1].text_with_ws:
        return None
    before = head.doc[sent.start - 1].sent
    last = earlier[0] if earlier else None
    if last is None or not before.start_char <= last.start < before.end_char:
        return None
    kind = kind_in_name(last.name)
    fits = lemma in last.kinds or (not last.kinds and kind in ((lemma,) if lemma in NAMED_KINDS else (None, lemma)))
    return last if fits and not last.plural else None


def _may_be_called(body: Speaker, lemma: str) -> bool:
    """Whether a plain description may call this body so: what it was called, or a word its name
    ends in; a generic "the agency" or "the body" any body but a business, "the company" a business."""
    if lemma in body.kinds or kind_in_name(body.name) == lemma:
        return True
    return lemma not in NAMED_KINDS and _business(body) == (lemma in COMPANY_WORDS | BUSINESS_KINDS)


def _in_another_role(person: Speaker, role: str, text: str) -> bool:
    """ "the town clerk of Nakalanzi Town Council" is not "the mayor": a person the text gave one
    role or trade (in the name or as introduced) is not described by another."""
    roles = ({w.lower() for w in person.name.split()} | _introduced_as(person, text)) & (PERSON_ROLES | TRADES)
    return bool(roles) and role not in roles


def _introduced_as(person: Speaker, text: str) -> set[str]:
    """The lower-case words a person's mention gave them as a role: in the phrase itself ("Transport
    Minister Declan Furlong", "the Minister for Transport, Declan Furlong") or in the apposition right
    after it ("Declan Furlong, the transport minister,")."""
    phrase = text[person.start : person.end]
    after = text[person.end : person.end + 80]
    if after.startswith(","):
        phrase += " " + after[1:].split(",")[0].split(".")[0]
    phrase += " " + _role_set_before(text, person.start)
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", phrase)} - {w.lower() for w in person.name.split()}


def _role_set_before(text: str, start: int) -> str:
    """ "Minister of Water and Irrigation, Eng. Samer Qudah": the office written before the name and
    a comma (past any title of address), when it is only an office's words, not a clause ("After
    meeting the minister, Qudah said")."""
    before = text[max(0, start - 100) : start].split()
    while before and before[-1].lower() in titles():
        before.pop()
    if not before or not before[-1].endswith(","):
        return ""
    words = re.split(r"[.;:()\n]|--|\s-\s", " ".join(before)[:-1])[-1].split()
    if words and all(w[:1].isupper() or w in _OFFICE_LINKS or w in PERSON_ROLES for w in words) \
            and any(w.lower() in PERSON_ROLES for w in words):
        return " ".join(words)
    return ""


_OFFICE_LINKS = frozenset({"of", "for", "and", "the", "on"})


def _appositive_heads(speaker: Speaker, doc: Doc) -> set[str]:
    """The head nouns of the phrases set beside a mention, or heading it: "manager" of "the ship's
    Dubai-based manager, Blue Meridian,", "chair" (not "board") of "Huw Pritchard, chair of the
    health board,"."""
    own = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    heads = {own.root.lemma_.lower()} if own is not None and len(own) and own.root.pos_ == "NOUN" else set()
    return heads | {span.root.lemma_.lower() for span in set_off_phrases(doc, speaker.start, speaker.end)}


def _institution_of_kind(source: Speaker, kind: str) -> bool:
    """Whether the source is itself a known institution of that kind (institutions.tsv): "the agency"
    may be the Centers for Disease Control, whose name does not say so (not a person of a body)."""
    known = institutions().get(plain_name(source.name))  # the name itself, whatever the tagger made of it
    return known is not None and institution_kinds().get(known[0]) == kind


def _named_with_and(name: str) -> bool:
    """ "Centers for Disease Control and Prevention": an "and" inside a proper name, every word after
    the first capitalised but its function words."""
    return all(w[:1].isupper() or w in ("and", "of", "for", "the", "on", "in") for w in name.split()[1:])


def _bare_kind(name: str) -> bool:
    """ "company", "the ministry", "manager": a description the reader could not resolve, no antecedent."""
    bare = re.sub(r"^(?i:the|a|an) ", "", name)
    return plain_name(bare) in ANAPHORIC_KINDS | ORG_ROLES | BUSINESS_KINDS or bare.isalpha() and bare.islower()


def _business(source: Speaker) -> bool:
    """A named body the text called, or whose name calls it, a kind of business ("Kalliope Bulk
    Carriers", "Nordvik Foods, the food group"), for "the company"; not an unnamed "armed group"."""
    kinds = (source.kinds | {kind_in_name(source.name)}) & BUSINESS_KINDS
    return (bool(kinds) or company_name(source.name, ("legal",))) and any(w[:1].isupper() for w in source.name.split())


_AGED = re.compile(r"(?i)the \d{1,3}-year-old\b")


def _names_a_text(source: Speaker) -> bool:
    """ "judgment", "the ministry's report": a source named by a document or an occasion of speech,
    which "the company" or "the agency" cannot point back to."""
    words = source.name.lower().split()
    return bool(words) and words[-1] in _text_nouns()


@functools.lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """Nouns of documents (documents.tsv, not those that can name a person) and of one party's
    occasions of speech (occasion_nouns.tsv, not the bodies and sittings: "court", "council")."""
    documents = {row["noun"].lower() for row in read_table("documents") if row.get("person") != "yes"}
    occasions = {row["noun"].lower() for row in read_table("occasion_nouns")
                 if not row.get("occasion") and not row.get("sitting")}
    return frozenset(documents | occasions)


def _trade_word(token: Token, head: Token) -> bool:
    """A common noun naming a company's trade ("the discount retailer", "the budget carrier"):
    it keeps the description pointing back at the company named before, unlike words that
    make it another body ("the parent company", other_body_marks.tsv)."""
    return (head.lemma_.lower() in BUSINESS_KINDS and token.dep_ == "compound" and token.head.i == head.i
            and token.pos_ == "NOUN" and token.lower_ not in word_set("other_body_marks", "word")
            and not any(c.dep_ == "appos" for c in head.children))  # "the passenger group Noćni Vlak"


def _personal_name(speaker: Speaker, text: str = "") -> bool:
    """A source the model read as a body whose name reads as a person's: two or three capitalised
    words, or one the text also gives after another capitalised word ("Wrona" after "Tomasz Wrona");
    no kind noun ("Group", "Ministry"), no known institution or nationality."""
    if speaker.kind != "org" or speaker.plural or speaker.kinds or speaker.org:
        return False
    words = speaker.name.split()
    if len(words) == 1 and text and capitalised(words[0]):
        given = [g for g in re.findall(rf"\b(\w+) {re.escape(words[0])}\b", text) if capitalised(g)]
        if not any(g.lower() not in word_set("not_first_names", "word") for g in given):
            return False
    elif not 2 <= len(words) <= 3 or not all(capitalised(w) for w in words):
        return False
    plain = plain_name(speaker.name)
    if plain in institutions() or any(w in nationality_words() for w in plain.split()):
        return False
    return not any(w in ORG_ROLES or w in ANAPHORIC_KINDS or w in BUSINESS_KINDS for w in plain.split())
