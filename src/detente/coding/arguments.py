"""Roles of a matched act: who does it (sources) and to whom (targets), read off the parse."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.act import own_side
from detente.coding.agents import _BORDERS, VIOLENT, Agents
from detente.coding.implied import ImpliedTargets
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher, object_after_predicate
from detente.coding.roles import RELATIVE, Actors, Arg, agent_noun, unique
from detente.coding.syntax import (
    anchor,
    antecedent,
    dated,
    infinitive,
    named_as,
    own_subject,
    participle,
    passive,
    where_host,
)

_SCHEDULED = frozenset({"set", "schedule", "slate"})  # passives whose subject will act
_AGAINST = frozenset({"11", "12", "16"})  # disapprove, reject, reduce relations
_GIVING = frozenset({"06", "07"})  # material cooperation and aid: what is handed over
_INSIDE = frozenset({"in", "inside"})
_CLAIMS = frozenset({"015"})
# reactions that may be aimed at a noun summing up another side's act ('condemned the move')
_SUMMED = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "16"})
# determiners a summing noun takes ('the move', 'this step', 'a demand Y rejected')
_SUMMARY_DETS = frozenset({"the", "this", "that", "a", "an", "such"})
# verbs of saying: the speaker of a reaction, never the maker of what it sums up
_SAYING = frozenset(
    {"say", "tell", "add", "state", "report", "write", "note", "stress", "announce"}
)
_NOUN_MODS = frozenset(
    {"det", "amod", "compound", "nummod", "advmod"}
)  # claims and admissions of responsibility
# nouns for the speaker's own state after a possessive pronoun ('his country', 'their
# governments'), and the possessives
_ANAPHOR_GOVERNMENTS = frozenset({"government", "administration", "leadership", "cabinet"})
_ANAPHOR_NOUNS = _ANAPHOR_GOVERNMENTS | {"country", "nation", "people", "state", "kingdom"}
_ANAPHOR_POSS = frozenset({"his", "her", "its", "their", "our", "my"})
# documents that carry a charge a denial answers
_REPORTS = frozenset(
    {"report", "finding", "statement", "study", "dossier", "assessment", "claim", "charge"}
    | {"accusation", "allegation", "smear", "investigation", "inquiry", "probe"}
)
# what a denial answers when it names its maker: charges, reports and versions of events
_CHARGES = _REPORTS | {"version", "assertion", "story", "rumour", "rumor", "account", "suggestion"}
# nouns for those who speak or act for a side ('envoys of A and B')
_DELEGATES = frozenset(
    {"representative", "delegate", "delegation", "envoy", "emissary", "negotiator",
     "official", "leader", "minister", "chief", "head", "member", "team"}
)  # fmt: skip
# what a 'with' names when it is no party to a joint act: the help it is done with
_NOT_PARTIES = frozenset({"help", "support", "backing", "assistance", "mediation", "blessing"})
# verbs that report what a speaker told an addressee
_TELLING = frozenset({"tell", "assure", "reassure", "inform", "write"})
# nouns of asking or offering: 'a request from Washington', 'an offer by Ankara' (who asked)
_ASKINGS = frozenset(
    {"request", "offer", "invitation", "proposal", "call", "appeal", "demand", "plea", "bid"}
    | {"overture", "overtures", "initiative", "suggestion"}
)


class Arguments:
    """Finds the source and target actors of triggers in one parsed sentence."""

    def __init__(self, lex: Lexicon, doc, actors: Actors, matcher: Matcher):
        self.lex, self.doc, self.actors, self.matcher = lex, doc, actors, matcher
        self.agents = Agents(lex, doc, actors, matcher)
        self._summaries = lex.classes.get("summary", frozenset())
        self.implied = ImpliedTargets(
            lex, doc, actors, matcher, self.agents, self.sources, self.targets
        )

    # ---- sources -------------------------------------------------------------------------

    def sources(self, token, pattern: Pattern | None, depth: int = 0) -> list[Arg]:
        """Who does the act of ``token``: its agent or subject, else (for a clause with no
        subject of its own) the source of the verb or noun it hangs on."""
        if depth > 6:
            return []
        if token.pos_ in ("NOUN", "PROPN"):
            return self.noun_sources(token, pattern)
        if depth == 0 and pattern is not None and pattern.code[:2] in VIOLENT:
            if self.mishap_clause(token):
                return []  # 'a ferry capsized, killing 30', 'a cyclone hit X, killing 80'
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ == "nsubj" and token.dep_ == "relcl" and child.lower_ in RELATIVE:
                noun = antecedent(token)
                if noun.i != token.head.i:  # 'a draft resolution to the IAEA which calls on X'
                    found += self._relative_source(noun, depth) or self.actors.phrase(child)
                    continue
            if child.dep_ == "agent":
                found += self.agents.agent(child)
            elif child.dep_ == "nsubj" and not passive(token) and not self.agents.event_noun(child):
                own = self._speaker_anaphor(child, token, depth)
                got = [] if self._located_thing(child) else self.actors.phrase(child)
                got += self._principals(child, got)
                # the noun's own mention was only guessed from the places around it
                found += own + [a for a in got if not (own and a.span[0] == child.idx)]
            elif child.dep_ == "nsubj" and not passive(token):  # 'Israeli airstrikes killed X'
                found += self.agents.own_agent(child)
            elif child.dep_ == "nsubj" and token.pos_ == "ADJ":
                found += self.actors.phrase(child)
            elif child.dep_ == "csubj" and child.tag_ == "VBG" and not passive(token):
                # 'a bomber riding a motorbike blew himself up': the parser makes the riding
                # clause the subject; the one riding is the doer
                found += [
                    a
                    for s in child.children
                    if s.dep_ == "nsubj" and s.i < child.i and not self.agents.event_noun(s)
                    for a in self.actors.phrase(s)
                ]
            elif child.dep_ == "aux" and child.i < token.i and child.tag_ == "NNP":
                found += self.actors.at(child)  # 'Theresa May hosted X': 'May' read as a modal
            elif child.dep_ == "amod" and child.i < token.i and _stray_subject(child, token):
                found += self.actors.at(child)  # 'Pakistan releases X': the name read as 'amod'
        if token.pos_ == "VERB" and not passive(token):
            hung, stray = self._hung_subjects(token)
            if hung:
                found = [a for a in found if a.span[0] not in stray] + hung
        if not found and passive(token) and not any(c.dep_ == "agent" for c in token.children):
            found = (
                self.agents.stray_agent(token)
                or self.agents.shared_agent(token)
                or self.agents.clause_agent(token)
                or self.agents.means_agent(token, pattern)
                or self._decreed_by(token)
            )
        if not found and pattern and pattern.code[:2] in _GIVING and passive(token):
            found = self.agents.donors(token)
        if not found and pattern and "dobj" in pattern.source:
            found = [a for o in self.matcher.objects(token) for a in self.actors.phrase(o)]
        if not found and pattern and token.pos_ == "VERB":
            found = self._prep_sources(token, pattern)
        if not found and token.dep_ == "conj":
            stolen = _stolen_subject(token)
            if stolen is not None:
                found = self.actors.phrase(stolen, conj=False)
        if found or token.dep_ == "ROOT":
            return found
        if own_subject(token) and token.dep_ != "conj":
            return found
        if token.dep_ == "conj" and token.pos_ == "VERB" and _unjoined(token):
            return found  # 'after shells fired from across the border killed X': no 'and'
        head = token.head
        if token.dep_ in ("xcomp", "ccomp") and head.dep_ == "relcl" and head.pos_ == "VERB":
            relative = [c for c in head.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE]
            if relative and any(c.dep_ == "nsubj" and c not in relative for c in head.children):
                # 'a strike which officials said killed ten': the relative is the subject of
                # the reported clause, the officials only speak of it
                return self._relative_source(antecedent(head), depth)
        if pattern is not None and pattern.code[:2] in _SUMMED and participle(token):
            reporter = _reporter_between(token)
            if reporter is not None:
                # 'X closed the border, Y's ministry said, calling the move ...': the
                # participle after the inserted 'Y said' is the speaker's
                return self.sources(reporter, None, depth + 1)
        host = where_host(token) if token.dep_ == "advcl" and participle(token) else None
        if host is not None:
            # 'X shelled a town where people had gathered, killing ten': the parser hangs the
            # closing participle on the 'where' clause; the toll is the main clause's act
            return self.sources(host, None, depth + 1)
        if token.dep_ == "advcl" and participle(token) and _infinitive_clause(head):
            # 'ordered X to leave, accusing them of ...': the parser hangs the closing
            # participle on the infinitive, but it is the act of the main clause's subject
            return self.sources(head.head, None, depth + 1)
        if token.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            controller = self._controller(token)
            if controller:
                return controller
        if token.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if self._violent_participle(token) and not self.actors.at(head):
                return self.sources(head.head, None, depth + 1)  # 'X ambushed a bus, killing'
            got = self.noun_sources(head, None) or self.actors.phrase(head)
            if got and _second_subject(token):
                # 'Representatives of A and the B pledged ...': a finite verb the parser hung
                # on the second of two coordinated subjects, left verbless, is both's act
                got = unique(self.actors.phrase(head.head) + got)
            if not got and head.dep_ == "dobj" and self.lex.in_class(head.lemma_, "document"):
                return self.sources(head.head, None, depth + 1)  # 'X passed a motion condemning'
            if not got and head.dep_ == "dobj" and pattern and head.lemma_.lower() in pattern.subj:
                return self.sources(head.head, None, depth + 1)  # 'X imposed sanctions targeting'
            return got
        if token.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
            # 'Police in X swung batons and fired tear gas': the parser took the first verb
            # for a modifier and left the subject as a verbless root that the verbs join
            return self.actors.phrase(head)
        if token.dep_ == "pobj" or head.dep_ == "prep":
            head = head.head
        return self.sources(head, None, depth + 1)

    def _principals(self, noun, got: list[Arg]) -> list[Arg]:
        """'Envoys of the A government and the B rebels agreed ...', 'the foreign ministers
        of A and B signed ...': a delegate noun speaks for each of the coordinated sides
        after its 'of', though the mention it heads names the first side only."""
        if not got or noun.lemma_.lower() not in _DELEGATES:
            return []
        have = {a.span for a in got}
        return [
            a
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            for c in o.children
            if c.dep_ == "conj"
            for a in self.actors.phrase(c)
            if a.span not in have and not a.place
        ]

    def _speaker_anaphor(self, noun, clause, depth: int) -> list[Arg]:
        """'X said (that) his country would ...', 'told Y that her people shared its grief':
        a state noun owned by a pronoun, subject of a reported clause, is the speaker's own
        state (the government for 'his government', the country for 'his people')."""
        lemma = noun.lemma_.lower()
        mention = self.actors.by_token.get(noun.i)
        if lemma not in _ANAPHOR_NOUNS or mention is not None and mention.text != noun.text:
            return []  # 'his Kenyan government': named, not the speaker's by a pronoun
        if not any(c.dep_ == "poss" and c.lower_ in _ANAPHOR_POSS for c in noun.children):
            return []
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.pos_ != "VERB" or speech.i == clause.i:
            return []
        speakers = [a for a in self.sources(speech, None, depth + 1) if not a.place]
        if lemma in _ANAPHOR_GOVERNMENTS:
            return speakers
        return [a.country_only() for a in speakers]

    def _prep_sources(self, verb, pattern: Pattern) -> list[Arg]:
        """A source slot named by a preposition ('gas began flowing from X to Y', 'power
        exported out of X'): the actors in that phrase, on the verb or on its subject ('gas
        from X's fields flowed to Y'); a country named as a place stands for the state."""
        words = [w for w in pattern.source if w not in _DEPENDENCIES]
        if not words:
            return []
        heads = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
        if verb.dep_ == "xcomp" and not own_subject(verb):  # 'gas began flowing from X'
            heads += [c for c in verb.head.children if c.dep_ == "nsubj"]
        return [
            replace(a, code=a.code[:3], place=False) if a.place else a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in words
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o, location_ok=True)
        ]

    def _hung_subjects(self, verb) -> tuple[list[Arg], set[int]]:
        """'A and B loyal to C agreed ...': the parser may hang the first of a pair of
        subjects on the word after it (an adjective or noun that is itself the verb's subject
        or modifier); a subject hung on a subject is the verb's own. The object of the
        adjective's preposition left without one ('loyal to [C]'), parsed as a subject of the
        verb, is no doer: returned as character offsets to drop."""
        hung: list[Arg] = []
        stray: set[int] = set()
        for c in verb.children:
            if c.dep_ not in ("nsubj", "advmod") or c.pos_ not in ("ADJ", "NOUN", "PROPN"):
                continue
            subjects = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i < verb.i]
            if not subjects:
                continue
            hung += [a for s in subjects for a in self.actors.phrase(s)]
            if any(p.dep_ == "prep" and not list(p.children) for p in c.children):
                stray |= {
                    t.idx
                    for n in verb.children
                    if n.dep_ == "nsubj" and c.i < n.i < verb.i
                    for t in n.subtree
                }
        return hung, stray

    def _located_thing(self, noun) -> bool:
        """'Floods in the southern Brazilian state forced ...', 'fighting in X killed ...': a
        subject that is neither an actor nor a person, whose only actor is where it
        happened, names no one who acts."""
        if noun.pos_ != "NOUN" or self.actors.at(noun) or agent_noun(noun):
            return False
        if noun.lemma_.lower() in _BODIES:
            return False  # 'a court in X sentenced': the place's own institution
        if any(c.dep_ in ("poss", "compound", "amod", "nmod", "conj") for c in noun.children):
            return False
        preps = [c for c in noun.children if c.dep_ == "prep"]
        return bool(preps) and all(p.lower_ in ("in", "at", "across") for p in preps)

    def _controller(self, clause) -> list[Arg]:
        """'..., prompting X to recall its envoy', 'forced X to withdraw': an infinitive
        after a verb's object is the object's act, not the verb's subject's; after a passive
        of scheduling ('X is set to visit Y'), the passive subject's; not after one of
        expectation ('X is expected to retaliate': a guess, no act); not a statement or talks
        after a call or a meeting ('telephoned X to offer condolences': the caller's purpose;
        'called X to end its ban' is still X's act)."""
        if not infinitive(clause):
            return []
        if clause.head.lemma_.lower() in self.lex.cues["calling_verbs"]:
            said = self.matcher.match(clause)
            if said is not None and said.code[:2] in _SAID_ROOTS:
                return []
        objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]
        if passive(clause.head) and clause.head.lemma_.lower() in _SCHEDULED:
            objects += [c for c in clause.head.children if c.dep_ == "nsubjpass"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        # the object must be an actor itself: 'attended a rally in X to condemn Y' is a purpose
        return [a for o in objects for a in self.actors.at(o)]

    def _relative_source(self, noun, depth: int) -> list[Arg]:
        """Who acts in a relative clause that tells of ``noun``: the noun's own actors, else,
        for a document that is the object of a verb ('X submitted a draft resolution ...
        which calls on Y'), the verb's source, unless the verb rejects it."""
        got = self.actors.phrase(noun)
        if got or noun.dep_ != "dobj" or not self.lex.in_class(noun.lemma_, "document"):
            return got
        verb = self.matcher.match(noun.head)
        if verb is not None and (verb.frame in ("reject", "deny") or verb.code[:2] in _AGAINST):
            return []
        return self.sources(noun.head, None, depth + 1)

    def noun_sources(self, noun, pattern: Pattern | None) -> list[Arg]:
        """Who does a nominal event: its possessor, by-phrase or actor modifier, else the
        source of the verb that carries it or whose clause it sits in."""
        for child in noun.children:
            if child.dep_ == "poss":
                got = self.actors.phrase(child)
                if got:
                    return got
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in (
                "by",
                *(pattern.source if pattern else ()),
            ):
                got = self.actors.under(child, "pobj", places=True)
                if got:
                    return got
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod"):
                got = self.actors.at(child)
                if got:
                    return got
        got = self.agents.deep_by(noun) or self.agents.light_head_agent(noun)
        if got:
            return got
        if noun.dep_ == "conj":
            return self.noun_sources(noun.head, pattern)
        if self.matcher.carried(noun):  # 'X completed the annexation': X's act
            return self.sources(noun.head, None)
        verb = anchor(noun)
        if verb is None:
            return []
        host = self.matcher.match(verb)
        if host is not None and host.code == "043":  # 'X hosted Y during a visit': Y's visit
            guests = self.targets(verb, host.target, host)
            if guests:
                return guests
        return self.sources(verb, None)

    def event_author(self, noun) -> list[Arg]:
        """Who did the event a noun with no actor of its own stands for: 'a move that drew
        criticism' (a relative pronoun: its noun), ', a step hailed by X' (a noun set after a
        clause to sum it up: that clause's source), 'the decision' (its own agent)."""
        if noun.lower_ in RELATIVE and noun.head.dep_ == "relcl":
            noun = noun.head.head
        if noun.pos_ != "NOUN" or self.actors.at(noun):
            return []
        own = self.agents.own_agent(noun)
        if own or not _summary(noun):
            return own
        return self.sources(noun.head, None)

    def _summed_up(self, token, objs, pattern: Pattern) -> list[Arg]:
        """A reaction aimed at a noun that sums up another side's act told earlier in the
        sentence ('X expelled two envoys, and Y called the move hostile', ', Y said, calling
        the step unjust', ', a demand Y rejected', ', a step Y's minister, Z, condemned'):
        aimed at whoever did that act."""
        # 'called the step unjustified': the parser may hang the noun on its predicate
        heads = [*objs, *(c for o in objs if o.dep_ == "oprd" for c in o.children if c.i < o.i)]
        # 'X accused Y of Z, an allegation Y dismissed as baseless': a denial or rejection sums
        # up the charge it answers too
        talk = pattern.code[:2] in _DENYING
        nouns = [o for o in heads if self._summary_word(o, talk) and not self.actors.at(o)]
        if not objs and token.dep_ in ("acl", "relcl") and self._summary_word(token.head, talk):
            nouns.append(token.head)  # ', a finding Y rejected' parsed with no noun
        if not objs and token.pos_ == "VERB":
            # ', a step the agency's chief, Z, condemned': the parser takes 'a step' for the
            # subject and the speaker for its apposition
            nouns += [
                s
                for s in token.children
                if s.dep_ == "nsubj"
                and s.i < token.i
                and self._summary_word(s)
                and any(c.dep_ == "appos" and self.actors.phrase(c) for c in s.children)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
            ]
            # ', a ruling Y denounced': the parser reads the noun as a modifier of the subject
            nouns += [
                m
                for s in token.children
                if s.dep_ == "nsubj"
                and s.i < token.i
                and self.actors.at(s)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
                for m in s.children
                if m.dep_ in ("amod", "compound") and m.i < s.i and self._summary_word(m, talk)
            ]
        for noun in nouns:
            if noun.lemma_.lower() not in self._summaries and noun.lower_ not in self._summaries:
                got = self._charged_by(noun, token, pattern)  # a charge: who made it
            else:
                got = self._act_before(noun, token, pattern)
            if got:
                return got
        return []

    def _charged_by(self, noun, token, pattern: Pattern) -> list[Arg]:
        """Who made the charge ``noun`` that a denial answers: the accuser of the sentence
        ('X accused Y of Z, an allegation Y denied'), else the doer of a verb of the charge's
        own word ('X claims that ..., although Y disputes the claim'); never a bystander."""
        own = self.sources(token, pattern)
        got = [a for a in self.accusers(token) if not own_side(a, own)]
        if got:
            return got
        word = noun.lemma_.lower()
        for verb in noun.doc[: noun.i]:
            if (
                verb.pos_ == "VERB"
                and verb.lemma_.lower() in (word, _CHARGE_VERBS.get(word))
                and any(c.dep_ == "nsubj" for c in verb.children)  # its own maker, told
            ):
                got = [a for a in self.sources(verb, None) if not a.place]
                got = [a for a in got if not own_side(a, own)]
                if got:
                    return got
        return []

    def _summary_word(self, noun, talk: bool = False) -> bool:
        """A noun that sums up an act ('the move', 'this step', 'a demand', 'the verdict'; with
        ``talk``, a charge: 'the allegation') with no actor or maker of its own."""
        words = self._summaries
        if noun.lemma_.lower() not in words and noun.lower_ not in words:
            if not talk or not self.lex.in_class(noun.lemma_.lower(), "accusation"):
                return False
        if any(c.dep_ == "det" and c.lower_ not in _SUMMARY_DETS for c in noun.children):
            return False
        return not any(
            c.dep_ in ("poss", "compound", "prep", "acl") and c.lower_ != "of"
            for c in noun.children
        )

    def _act_before(self, noun, token, pattern: Pattern) -> list[Arg]:
        """Who did the act told before ``noun`` in the sentence: the sources of the least
        embedded verb before it that names someone other than the reaction's own speaker."""
        doc, start = noun.doc, noun.i
        while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in _NOUN_MODS:
            start -= 1
        own = self.sources(token, pattern)
        verbs = [
            t
            for t in doc[:start]
            if t.pos_ == "VERB"
            and t.i != token.i
            and t.tag_ != "VBG"
            and t.dep_ != "amod"
            and t.lemma_.lower() not in _SAYING
        ]
        verbs.sort(key=lambda v: (sum(1 for _ in v.ancestors), -v.i))
        for verb in verbs[:4]:
            got = [a for a in self.sources(verb, self.matcher.match(verb)) if not a.place]
            got = [a for a in got if not own_side(a, own)]
            if got:
                return got
        return []

    def mishap_clause(self, token) -> bool:
        """Whether the violence of ``token`` is told of a mishap: its own clause is one, or
        it is a participle or conjunct with no subject of its own hung on one."""
        node = token
        for _ in range(4):
            if self._mishap(node):
                return True
            if node.dep_ == "ROOT" or own_subject(node) and node.dep_ != "relcl":
                return False
            node = node.head.head if node.head.dep_ == "prep" else node.head
        return False

    def _mishap(self, verb) -> bool:
        """'a plane crashed near X, killing 39', 'a bus plunged into a ravine', 'a storm hit X,
        causing 70 deaths', 'floods in X killed 50': a clause whose subject is a natural event
        or an accident, or whose verb is a mishap (crash, capsize, collapse ...) done by no
        weapon or person and caused by no act of force, has no doer; the violence it tells of
        (or a closing participle hung on it) is nobody's act."""
        cues = self.lex.cues
        if verb.pos_ == "NOUN" and verb.tag_ == "NNS" and not verb.i < verb.head.i:
            # 'a Vietnamese cargo ship sinks ..., killing': a verb in -s read as a noun
            said = cues["natural_events"] | cues["mishap_nouns"] | cues["mishap_verbs"]
            kinds = [c for c in verb.children if c.dep_ == "compound"]
            return (
                named_as(verb, said)
                and any(c.dep_ == "advcl" and participle(c) for c in verb.children)
                and not any(c.lower_ in cues["mishap_weapons"] for c in kinds)
            )
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        blind = cues["natural_events"] | cues["mishap_nouns"]
        if not passive(verb) and any(named_as(s, blind) for s in subjects):
            return True
        if any(named_as(s, cues["natural_events"]) for s in by):
            return True
        if passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN":
            return False  # 'a ship sunk by a torpedo', 'a frigate sunk in the war': done to it
        if not _phrase_of(verb, cues["mishap_verbs"]):
            return False
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in cues["causative_verbs"]:
            return False  # 'the strike caused the house to collapse': made to by someone
        for s in subjects:
            if verb.dep_ == "relcl" and s.lower_ in RELATIVE:
                s = antecedent(verb)
            lemma = s.lemma_.lower()
            if lemma in cues["mishap_weapons"] or s.lower_ in cues["mishap_weapons"]:
                return False  # 'rockets fired by X crashed into homes, killing ...'
            if self._person(s):
                return False  # 'the driver crashed into the crowd': who did it is named
            if any(w.lower_ in cues["mishap_weapons"] for w in s.children if w.dep_ == "compound"):
                return False  # 'a car bomb exploded'
            if self._forced(s):
                return False  # 'a helicopter shot down by X crashed'
        return not self._forced(verb)

    def _person(self, noun) -> bool:
        """A subject that is someone, not a thing ('the gunman', 'they'; not 'the tanker')."""
        if noun.pos_ == "PRON":
            return noun.lower_ not in ("it", "which", "that", "this")
        lemma = noun.lemma_.lower()
        if self.lex.in_class(lemma, "person"):
            return True
        things = self.lex.cues["mishap_things"]
        return agent_noun(noun) and lemma not in things and not self.lex.in_class(lemma, "ship")

    def _forced(self, token) -> bool:
        """Whether an act of force is told with ``token``: a violent verb it joins or that
        hangs on it as a circumstance ('was hit by a missile and sank', 'crashed after being
        shot down', 'the jet, which rebels hit, crashed'); a closing participle of its own
        result ('crashed, killing 40') does not count."""
        near = [c for c in token.children if c.dep_ in ("conj", "advcl", "relcl", "acl")]
        near += [g for c in token.children if c.dep_ == "prep" for g in c.children]
        if token.dep_ in ("conj", "relcl", "advcl"):
            near.append(token.head)
        if token.dep_ in ("relcl", "acl"):  # 'X shot down a jet, which crashed'
            near.append(token.head.head)
        for v in near:
            if v.dep_ in ("advcl", "conj") and v.head.i == token.i and v.i > token.i:
                if not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in v.children):
                    continue  # its own result: 'crashed, killing 40', 'sank and killed 9'
            pattern = self.matcher.match(v) if v.pos_ in ("VERB", "AUX") else None
            if pattern is not None and pattern.code[:2] in VIOLENT:
                return True
        return False

    def _violent_participle(self, verb) -> bool:
        """'X ambushed a bus killing nine', 'blew himself up near the base killing 13': the
        parser hangs the participle on the noun before it, but the killing is the subject's."""
        if verb.tag_ != "VBG":
            return False
        pattern = self.matcher.match(verb)
        return pattern is not None and pattern.code[:2] in VIOLENT

    # ---- targets -------------------------------------------------------------------------

    def targets(self, token, specs, pattern: Pattern | None) -> list[Arg]:
        """Actors in the first of the pattern's target slots ``specs`` that names any."""
        # a claimed or acknowledged act is aimed at the state it struck: the place it happened
        # in stands for that state ('claimed the bombing in X' -> X), as for a destination
        # a threat or deadline aimed at a place ('gave the town of X 48 hours to surrender',
        # 'threatened to storm X') is aimed at the state that holds it, as for a destination
        location_ok = bool(
            pattern and (pattern.dest or pattern.code in _CLAIMS or pattern.code[:2] == "13")
        )
        if pattern and pattern.code in _CLAIMS and "obj*" not in specs:
            # 'admitted responsibility for a blast at a bus stop in X': the parser may hang
            # the place on 'responsibility', outside the claimed act's own phrase
            specs = (*specs, "obj*")
        topic: list[Arg] = []
        for spec in specs:
            got = self.target(token, spec, pattern, location_ok)
            if got and not topic and spec in _TOPIC_SLOTS and self._topic_only(token, spec, got):
                # 'sought support from A on a UN resolution': an actor that only qualifies
                # the topic noun yields to the party the act is asked from, made to or with
                if any(self.target(token, p, pattern, location_ok) for p in _PARTY_SLOTS):
                    topic = got
                    continue
            if got:
                if location_ok:  # a named actor beats the place it was in ('a NATO bus in X')
                    actors = [a for a in got if not a.place]
                    # a town retaken names only where it is: who held it is told elsewhere
                    held = token.lemma_.lower() in _RETAKE and all(len(a.code) == 3 for a in got)
                    if held and (holders := self._holders(token, got)):
                        return holders  # 'retook the town as the rebels pulled out'
                    if actors and pattern.code[:2] != "04":  # 'killed 60 militants': PAKREB
                        return actors
                    if not actors and pattern.code[:2] == "20":
                        return self.implied.home_victims(token, pattern, got)
                    return [a.country_only() for a in actors or got]
                return got
        if topic:
            return []  # the party named in a slot of its own is read there
        if pattern is None:
            return []
        if token.pos_ == "VERB" and pattern.code[:2] in _SPOKEN:
            # 'complained that X had ignored ...', 'charged that X had shelled ...': a verbal
            # act with no addressee is aimed at the subject of its that-clause
            got = [a for s in _that_subjects(token) for a in self.actors.phrase(s)]
            if got:
                return got
        if token.pos_ == "VERB":
            got = self._host_of(self.matcher.objects(token, pattern))
            if got:
                return got
        if pattern.code[:2] in ("01", "03"):  # 'told Y it was ready to resume talks'
            got = self._told(token)
            if got:
                return got
        return self.implied.targets(token, pattern)

    def _topic_only(self, token, spec: str, got: list[Arg]) -> bool:
        """Whether the actors of a topic slot ('on a UN resolution', 'over NATO plans') only
        qualify its noun, which is itself no actor."""
        objs = [
            o for prep in self.matcher.preps(token, spec) for o in prep.children if o.dep_ == "pobj"
        ]
        return bool(objs) and not any(a.span[0] <= o.idx < a.span[1] for o in objs for a in got)

    def told(self, token) -> list[Arg]:
        return self._told(token)

    def _told(self, token) -> list[Arg]:
        """'told Y that his people shared its grief', 'assured Y that it bore no blame': a
        statement reported as what the speaker told someone is addressed to them."""
        clause = token.head if token.dep_ == "acomp" else token  # 'that it is willing to'
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in _TELLING:
            return []
        return [
            a
            for c in verb.children
            if c.dep_ in ("dobj", "dative") and c.i < clause.i
            for a in self.actors.phrase(c, location_ok=True)
        ]

    def target(self, token, spec: str, pattern, location_ok: bool) -> list[Arg]:
        """Actors in one target slot: an object, a clause's subject or a preposition's object;
        a trailing '*' takes every actor in the slot's subtree, not just its noun phrase."""
        star = spec.endswith("*")
        name = spec.rstrip("*")
        if name in ("dobj", "obj"):
            objs = [
                o
                for o in self.matcher.objects(token, pattern)
                if o.dep_ != "nsubj" or token.pos_ != "ADJ"
            ]
            if token.pos_ == "ADJ":
                objs = []
            elif not objs and token.pos_ == "VERB":
                objs = object_after_predicate(token) or _object_after_date(token)
            if any(o.dep_ == "dobj" for o in objs):  # 'called X a puppet of Y': X, not Y
                objs = [o for o in objs if o.dep_ != "oprd" and o.head.dep_ != "oprd"]
            finder = self.actors.subtree if star else self.actors.phrase
            # 'seized the X-ian unit of Y's firm': a seizure is aimed at the holding's owner
            owned = star or bool(pattern and pattern.code[:2] == "17")
            got = [a for o in objs for a in owned and self._owners(o) or finder(o, location_ok)]
            # 'X freed five Y and Z released ...': Z is the next verb's subject, not an object
            lent = [
                (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                for c in token.children
                if c.dep_ == "conj" and (t := _stolen_subject(c)) is not None
            ]
            got = [a for a in got if not any(b <= a.span[0] < e for b, e in lent)]
            if token.dep_ == "relcl" and any(o.i == token.head.i for o in objs):
                # 'a charge Y denied': the noun the clause tells of is its object, and the
                # clause's own subject is none of what it is aimed at
                lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
                got = [a for a in got if not lo <= a.span[0] < hi]
            if not objs and token.dep_ in ("acl", "relcl") and token.tag_ in ("VBN", "VBD"):
                # ', a step hailed by X', ', a step X condemned': the step's maker
                got = self.event_author(token.head)
            elif not got and any(o.lower_ in RELATIVE for o in objs):
                got = [a for o in objs if o.lower_ in RELATIVE for a in self.event_author(o)]
            if not got and pattern is not None and pattern.code[:2] in _SUMMED:
                got = self._summed_up(token, objs, pattern)
            if not got and star and pattern is not None and pattern.code[:2] == "12":
                got = self._asker_place(objs)
            if not got and star and pattern is not None and pattern.code[:2] == "16":
                got = self._border_neighbour(objs)
            return got or self._forum(token, objs)
        if name == "dative":
            return self.actors.under(token, "dative", places=True)
        if name == "author":
            return [a for o in self.matcher.objects(token, pattern) for a in self._author(o)]
        if name in ("csubj", "comp_subj"):
            got = [
                a
                for c in token.children
                if c.dep_ in ("ccomp", "xcomp", "advcl")
                for s in _complement_subjects(c)
                for a in self.actors.phrase(s)
            ]
            if got or token.pos_ != "VERB":
                return got
            # 'issued a demand for X to pay', 'renewed its call for X to free': the subject
            # of the infinitive that the act's object noun governs
            return [
                a
                for o in token.children
                if o.dep_ in ("dobj", "obj")
                for s in _for_subjects(o)
                for a in self.actors.phrase(s)
            ]
        if name in ("comp", "xcomp", "acl"):
            return [
                a
                for c in token.children
                if c.dep_ in ("ccomp", "xcomp", "acl", "advcl")
                for a in self.actors.subtree(c)
            ]
        preps = self.matcher.preps(token, name) or _comma_preps(token, name)
        if all(p.head.dep_ in ("acl", "amod") or dated(p) for p in preps):
            # none, only a participle's ('recordings linked to the killing of X to Y') or only
            # a date ('on Monday'): the trigger's own one may have been hung deeper, at the
            # object's end
            preps = self._misattached(token, name) or preps
        if not preps and pattern is not None:
            preps = self._halted_preps(token, name, pattern)
        objs = [o for prep in preps for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if pattern is not None and pattern.joint and name == "with":
            # 'signed a deal with the help of X': the means, not the other party; 'opened
            # drills, with frigates and commandos rehearsing ...': a circumstance told by a
            # participle, not a partner
            objs = [
                o
                for o in objs
                if o.lemma_.lower() not in _NOT_PARTIES
                and not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in o.children)
            ]
        if star:
            got = [a for o in objs for a in self._owners(o) or self.actors.subtree(o, location_ok)]
        else:
            got = [a for o in objs for a in self.actors.phrase(o, location_ok)]
        if name == "between" and len(got) == 1 and not _awaited(token):
            got += self._dangling_partner(objs, got)
        if not got and token.dep_ == "relcl" and any(o.lower_ in RELATIVE for o in objs):
            # 'Y, on which X imposed sanctions', 'Y, against whom X ...': the relative's noun
            got = self.actors.phrase(antecedent(token), location_ok)
        if not got and pattern is not None and pattern.code[:2] == "15":
            got = self._across_border(objs, token)
        if not got and name == "to" and not location_ok:
            # 'transferred 4.2 billion euros to Kyiv': the place something is given or sent
            # to stands for its country, the recipient
            got = [a.country_only() for o in objs for a in self.actors.phrase(o, True) if a.place]
        return got

    def _holders(self, token, places: list[Arg]) -> list[Arg]:
        """'the army retakes the town of X as rebels pull out', '... four days after its
        capture by the rebels': a place retaken at home was held by the armed group of that
        country the sentence names outside the retaking side's own words."""
        # the retaking side, and whoever tells of it ('X says its forces retook Y'): no holder
        own = {
            i
            for verb in (token, *token.ancestors)
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for i in _span(c)
        }
        countries = {a.code[:3] for a in places}
        found = []
        for i, mention in self.actors.by_token.items():
            if i in own or not mention.code or mention.how == "location":
                continue
            code = mention.code
            if code[3:6] == "REB" and code[:3] in countries | {"---"}:
                found += self.actors.at(self.actors.doc[i])
        return unique(found)

    def _dangling_partner(self, objs, got: list[Arg]) -> list[Arg]:
        """'clashes between the army and suspected militants kill ...': the parser may end the
        pair at 'and', hanging the second side on the next verb; the first actor named in
        the few words right after the 'and' is that side."""
        for obj in objs:
            doc = obj.doc
            after = obj.right_edge.i + 1
            ands = [c for c in obj.children if c.dep_ == "cc" and c.lower_ == "and"]
            if not ands and after < len(doc) and doc[after].lower_ == "and":
                ands = [doc[after]]
            if not ands or any(c.dep_ == "conj" for c in obj.children):
                continue
            for i in range(ands[0].i + 1, min(ands[0].i + 6, len(doc))):
                word = doc[i]
                if word.is_punct or word.pos_ in ("ADP", "AUX", "SCONJ", "CCONJ"):
                    break
                if word.pos_ == "VERB" and word.tag_ not in ("VBN", "VBG") and i > ands[0].i + 1:
                    break  # ('and suspected militants': a participle the parser took for a verb)
                found = [a for a in self.actors.at(word) if not a.place]
                if found:
                    return [a for a in found if a.span not in {g.span for g in got}]
        return []

    def _halted_preps(self, token, word: str, pattern: Pattern) -> list:
        """'announced the suspension of cooperation with X', 'ordered a freeze on aid to X':
        when the row's object is a halting noun, the aim hangs on the noun it halts, one phrase
        down, even where that phrase does not close the object ('a freeze on aid to X citing
        a law'), which :meth:`_misattached` asks."""
        halting = self.lex.cues["halting_nouns"]
        return [
            p
            for o in token.children
            if o.dep_ == "dobj" and o.lemma_.lower() in halting and o.lemma_.lower() in pattern.obj
            for q in o.children
            if q.dep_ == "prep" and q.lower_ in ("of", "to", "on")
            for n in q.children
            if n.dep_ == "pobj"
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == word
        ]

    def _misattached(self, token, word: str) -> list:
        """The trigger's preposition ``word`` that the parser hung on a noun inside the
        trigger's object ('handed recordings of the talks to X', 'handed over an officer wanted
        for war crimes to the tribunal': 'to X' read as the talks' or the crimes'), or, for
        an event noun that is the subject of a verb with no object ('fighting broke out
        between X and Y'), on that verb. Only a phrase that closes the object is taken, and
        only when the trigger has no such preposition of its own."""
        if token.pos_ == "NOUN":
            head = token.head
            if token.dep_ != "nsubj" or word != "between" or head.pos_ not in ("VERB", "ADJ"):
                return []
            if any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
                return []
            return [c for c in head.children if c.dep_ == "prep" and c.lower_ == word]
        if word not in _AIMED_PREPS or token.pos_ != "VERB":
            return []
        if any(c.dep_ == "dative" for c in token.children):
            return []  # 'handed X recordings of calls to Y': X is the one it is handed to
        # 'hit back with air strikes on X', 'responded with artillery fire on X': the aim of
        # the means the act is done with (not 'with regard to X', nor what means go to)
        found = [
            p
            for w in token.children
            if w.dep_ == "prep" and w.lower_ == "with" and word != "to"
            for o in w.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == word
        ]
        if found:
            return found
        found = _on_agent(token, word)
        if found:
            return found
        for obj in token.children:
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            # the object's last word, before any time adverbial the parser hung inside it
            dates = {t.i for d in obj.subtree if d.dep_ == "prep" and dated(d) for t in d.subtree}
            last = obj.right_edge
            while (last.is_punct or last.i in dates) and last.i > obj.i:
                last = last.doc[last.i - 1]
            for node in obj.subtree:
                if node.dep_ != "prep" or node.lower_ != word or node.head.i == obj.i:
                    continue
                if node.right_edge.i != last.i or node.head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if node.head.lemma_.lower() in _BORDERS:
                    continue  # 'near its border with X': the border's own
                # the phrase hangs on a noun inside a prepositional phrase or participle of
                # the object: 'recordings [of the talks] to X', 'officer [wanted for crimes] to X',
                # or on its last conjunct: 'carriers and [a batch of rifles] to X', 'an arms
                # embargo, an assets freeze and [a travel ban] on X'
                path = [a for a in node.head.ancestors if a.i > obj.i and a.i < node.i]
                if (
                    path
                    and all(a.dep_ in ("prep", "pobj", "acl", "compound", "conj") for a in path)
                    or _conjunct_of(node.head, obj)
                ):
                    found.append(node)
        return found

    def _across_border(self, objs, token=None) -> list[Arg]:
        """'moved troops toward its border with X': a show of force at a border is aimed at
        the neighbour across it (aid or arms sent to a border are not given to the neighbour,
        so only force postures read the border this way). The parser often hangs the 'with'
        on the verb ('deployed troops to the border with X'): a 'with' that directly follows
        the border phrase is the border's."""
        borders = [o for o in objs if o.lemma_.lower() in _BORDERS]
        got = self.actors.under(borders, "pobj", prep=("with",), places=True)
        if got or token is None:
            return got
        ends = {b.right_edge.i + 1 for b in borders}
        preps = [
            c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and c.i in ends
        ]
        return self.actors.under(preps, "pobj", places=True) if preps else []

    def _asker_place(self, objs) -> list[Arg]:
        """'turned down a request from Washington', 'rebuffed an offer by Ankara': a capital
        or place that a request, offer or invitation comes from stands for its state, the
        one turned down (the mention layer reads a place after 'from' as a location)."""
        preps = [
            p
            for o in objs
            if o.lemma_.lower() in _ASKINGS or o.lower_ in _ASKINGS
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("from", "by")
        ]
        return [
            a.country_only()
            for p in preps
            for c in p.children
            if c.dep_ == "pobj"
            for a in self.actors.phrase(c, True)
            if a.place
        ]

    def _border_neighbour(self, objs) -> list[Arg]:
        """'shut its last crossing on the Belarusian border', 'closed the crossings on its
        border with X': a border shut on a neighbour names the neighbour by an adjective or
        by 'with'."""
        borders = [n for o in objs for n in o.subtree if n.lemma_.lower() in _BORDERS]
        found = [
            a.country_only()
            for b in borders
            for c in b.children
            if c.dep_ in ("amod", "compound", "nmod")
            for a in self.actors.at(c, True)
        ]
        return found or self.actors.under(borders, "pobj", prep=("with",), places=True)

    def _host_of(self, objs) -> list[Arg]:
        """'boycotted the summit hosted by X', 'walked out of talks organised by Y': a
        gathering that names no actor stands for whoever holds it, named as the agent of a
        participle on it."""
        return [
            a
            for o in objs
            if o.pos_ == "NOUN"
            and (o.lemma_.lower() in self.lex.nouns or o.lemma_.lower() in _HELD_EVENTS)
            for acl in o.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _HOLDING
            for by in acl.children
            if by.dep_ == "agent"
            for a in self.agents.agent(by)
            if not a.place
        ]

    def _forum(self, token, objs) -> list[Arg]:
        """'a resolution was blocked in the Security Council', 'vetoed a draft at the UN':
        a document that names no actor stands for the international body it was put to."""
        if not any(self.lex.in_class(o.lemma_.lower(), "document") for o in objs):
            return []
        found = self.actors.under(token, "pobj", prep=("in", "at", "before"), places=True)
        return [a for a in found if a.code.startswith("IGO")]

    # ---- targets the parse does not name -------------------------------------------------

    def shared_target(self, token, pattern: Pattern) -> list[Arg]:
        """'X suspended trade with Y and downgraded relations': a second verb of the same kind
        with no target of its own acts on the first verb's target."""
        head = token.head
        if token.dep_ != "conj" or head.pos_ != "VERB" or own_subject(token):
            return []
        first = self.matcher.match(head)
        if first is None or first.frame or first.code[:2] != pattern.code[:2]:
            return []
        return self.targets(head, first.target, first)

    def victims(self, token, pattern: Pattern) -> list[Arg]:
        """Unnamed victims of violence ('killing 12 people in X') are civilians of the country
        where it happened: the first place the sentence puts anything in."""
        fallen = self._fallen_in(token)
        if fallen:
            return fallen
        objects = self.matcher.objects(token, pattern)
        if not any(self.lex.in_class(o.lemma_, "victims") for o in objects):
            if pattern.joint or pattern.code[:2] == "18" or token.dep_ in ("acl", "relcl"):
                return []  # an assault is on people; a participle only describes its noun
            return self._struck_place(token, objects)
        for word in self.doc:
            mention = self.actors.by_token.get(word.i)
            if mention is None or not mention.code or mention.code.startswith(("---", "IGO")):
                continue
            if mention.how == "location" or word.dep_ == "pobj" and word.head.lower_ == "in":
                country = mention.country or mention.code[:3]
                return [Arg(country + "CVL", word.text, (word.idx, word.idx + len(word)))]
        return []

    def _fallen_in(self, noun) -> list[Arg]:
        """'five soldiers died in a rebel attack', 'two policemen were wounded in an ambush':
        those who died or were hurt in an attack noun are its target."""
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _FALLEN_PREPS:
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or noun.head.dep_ != "prep":
            return []
        lemma = verb.lemma_.lower()
        cues = self.lex.cues
        if not (lemma in cues["dying_words"] or lemma in cues["harming_verbs"] and passive(verb)):
            return []
        return [
            a
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE
            for a in self.actors.phrase(c)
            if not a.place
        ]

    def _struck_place(self, token, objects) -> list[Arg]:
        """'jets struck launchers in southern X', 'shelled positions inside X': an attack on
        things no actor owns is aimed at the country they are in (as an attack on a named
        place is: 'shelled X's island' -> X)."""
        if not objects or any(self.actors.phrase(o) for o in objects):
            return []
        for head in (*objects, token):
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in _INSIDE or dated(prep):
                    continue
                got = [
                    a.country_only()
                    for o in prep.children
                    if o.dep_ == "pobj"
                    for a in self.actors.subtree(o, location_ok=True)
                    if not a.code.startswith(("---", "IGO", "NGO"))
                ]
                if got:
                    return got[:1]
        return []

    def implicit_agent(self, token, sources: list[Arg]) -> list[Arg]:
        """Condemning an event noun with no agent of its own ('condemned the invasion'): the
        agent is the event's source if given, else the latest other subject in the sentence."""
        nouns = [o for o in self.matcher.objects(token) if self.agents.event_noun(o)]
        for noun in nouns:
            got = self.noun_sources(noun, None)
            if got:
                return got
        if not nouns:
            return []
        own = {a.code for a in sources}
        for earlier in reversed(self.doc[: token.i]):
            if earlier.dep_ == "nsubj":
                got = [a for a in self.actors.phrase(earlier) if a.code not in own]
                if got:
                    return got
        return []

    def _owners(self, noun) -> list[Arg]:
        """'the Russian operations of France's X and Denmark's Y', 'the local subsidiary of a
        German carmaker': a firm's holding in one country, told with that country's adjective,
        belongs to its owner, who is what an act on the holding is aimed at (else [])."""
        held = [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        if noun.lemma_.lower() in _CONTROL:  # 'seized control of the Russian units of X'
            return [a for o in held if o.dep_ == "pobj" for a in self._owners(o)]
        if noun.lemma_.lower() not in _HOLDINGS or not any(
            c.dep_ in ("amod", "compound") and self.actors.at(c) for c in noun.children
        ):
            return []
        return [a for o in held if o.dep_ == "pobj" for a in self.actors.subtree(o) if not a.place]

    def _decreed_by(self, verb) -> list[Arg]:
        """'were placed under state management, according to a decree signed by X', 'was
        dissolved under an order issued by X', 'were expelled by decree of X', '..., under X's
        decree': an agentless passive done by a decree is done by who issued it."""
        preps = [p for p in verb.children if p.dep_ == "prep"]
        preps += [
            q for p in preps if p.lower_ == "according" for q in p.children if q.dep_ == "prep"
        ]
        for prep in preps:
            if prep.lower_ not in _DECREE_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in _DECREES:
                    continue
                got = self._author(noun) + [
                    a
                    for c in noun.children
                    if c.dep_ == "poss"
                    or c.dep_ == "prep"
                    and c.lower_ == "of"
                    and any(o.dep_ == "pobj" for o in c.children)
                    for a in self.actors.subtree(c)
                    if not a.place
                ]
                if got:
                    return unique(got)
        return []

    def charge_makers(self, token, pattern) -> list[Arg]:
        """A denial's target read from its object only when that object is a charge or
        report ('denied X's claims', 'rejects the accusations by X'): the actors inside a
        denied act ('denied the capture of Y', 'denies arming Y') are not who made it."""
        objs = self.matcher.objects(token, pattern)
        if not any(
            o.lemma_.lower() in _CHARGES or self.lex.in_class(o.lemma_.lower(), "accusation")
            for o in objs
        ):
            return []
        return self.targets(token, ("obj*",), pattern)

    def accusers(self, token) -> list[Arg]:
        """Who made the charge a denial answers ('X accused Y of Z, a charge Y denied')."""
        for other in self.doc:
            pattern = self.matcher.match(other) if other.i != token.i else None
            if pattern is not None and pattern.frame == "accuse":
                return self.sources(other, pattern)
        for noun in self.doc:  # 'calling accusations by X baseless', 'X's allegations'
            if noun.pos_ == "NOUN" and self.lex.in_class(noun.lemma_.lower(), "accusation"):
                got = [a for a in self.actors.phrase(noun) if not a.place]
                if got:
                    return got
        for noun in self.doc:  # 'denied the charge, made in a report by X': the report's author
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in _REPORTS:
                got = self._author(noun)
                if got:
                    return got
        return []

    def _author(self, noun) -> list[Arg]:
        """Who made a charge or report: 'a report by X', 'claims from X', 'X's claims',
        'a report issued by X'."""
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")]
        preps += [
            g
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for g in c.children
            if g.dep_ == "agent"
        ]
        got = [
            a
            for p in preps
            for o in p.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
            if not a.place
        ]
        if got or noun.lemma_.lower() not in _REPORTS | self.lex.classes.get("accusation", set()):
            return got
        return [
            a
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod", "nmod")
            for a in self.actors.phrase(c)
            if not a.place
        ]


# reactions that answer a charge: denials and comments, criticism ("rejected the charge" is
# a denial the lexicon should code 01, not a rejection to aim)
_DENYING = frozenset({"01", "11"})
# the verbs that make a charge, by the charge's noun
_CHARGE_VERBS = {
    "allegation": "allege",
    "accusation": "accuse",
    "claim": "claim",
    "charge": "charge",
}
# what a firm holds in another country: 'the Russian subsidiaries of X'
_HOLDINGS = frozenset(
    {"subsidiary", "operation", "unit", "branch", "asset", "affiliate", "arm", "division",
     "business", "plant", "factory", "office", "stake", "holding", "venture", "property"}
)  # fmt: skip
_CONTROL = frozenset({"control", "ownership", "management", "possession", "command"})
# writs by which a state acts on its own word, and how a passive act is said to follow one
_DECREES = frozenset(
    {"decree", "edict", "order", "directive", "ordinance", "ukase", "proclamation"}
)
_DECREE_PREPS = frozenset({"to", "under", "by", "per", "through", "in"})
# institutions that the place they are in names: 'a court in X', 'police in Y'
_BODIES = frozenset(
    {
        "court",
        "tribunal",
        "parliament",
        "government",
        "ministry",
        "council",
        "authority",
        "committee",
        "assembly",
        "agency",
        "army",
        "military",
        "police",
        "force",
        "troop",
        "party",
        "embassy",
        "commission",
        "prosecutor",
        "regime",
        "administration",
        "junta",
    }
)
# source slots that are dependencies, not prepositions
_FALLEN_PREPS = frozenset({"in", "during"})
# verbs of taking back what another held: 'retook', 'recaptured', 'regained control of'
_RETAKE = frozenset({"retake", "recapture", "regain", "reclaim", "reconquer"})
_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "agent", "poss", "csubj"})
# gatherings a host holds ('the games hosted by X') besides the event nouns of the lexicon,
# and the verbs that tell who holds one
_HELD_EVENTS = frozenset(
    {"summit", "conference", "games", "olympics", "tournament", "ceremony", "forum", "meeting"}
)
_HOLDING = frozenset(
    {"host", "organise", "organize", "hold", "convene", "call", "stage", "sponsor", "chair"}
)
# prepositions that say whom an act is aimed at or handed to ('with' and 'between' name
# partners, which a noun inside the object often has of its own: 'manoeuvres near the
# border with X', 'an offer of talks with Y')
_TOPIC_SLOTS = frozenset({"on", "over", "about"})
_PARTY_SLOTS = ("from", "to")
_AIMED_PREPS = frozenset({"to", "on", "against", "at", "into", "toward", "towards"})
# roots of what a caller says or talks of on the call: statements, consultations, diplomacy
_SAID_ROOTS = frozenset({"01", "04", "05"})


def _conjunct_of(noun, obj) -> bool:
    """``noun`` is a later item of the list ``obj`` heads ('sanctions, a freeze and a ban')."""
    while noun.dep_ in ("conj", "appos") and noun.i != obj.i:
        noun = noun.head
    return noun.i == obj.i


def _on_agent(token, word: str) -> list:
    """'missiles are launched by the army at X', 'shells were fired by troops into Y': the
    parser hangs the aim on the by-agent's noun, where it names no place of the agent's
    own; a passive trigger takes it as its own."""
    if word == "to":
        return []
    return [
        p
        for a in token.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == word and p.right_edge.i == o.right_edge.i
    ]


# roots of the verbal acts whose addressee may be the subject of a that-clause
_REPORTING = frozenset({"say", "tell", "report", "announce", "add", "state", "write"})
_SPOKEN = frozenset({"01", "02", "10", "11", "13"})


def _second_subject(verb) -> bool:
    """'Representatives of A and the B pledged ...': a past-tense verb hung as a modifier on
    the second conjunct of a verbless root noun, which stands before it."""
    noun = verb.head
    first = noun.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and noun.dep_ == "conj"
        and first.dep_ == "ROOT"
        and first.pos_ in ("NOUN", "PROPN")
        and first.i < noun.i < verb.i
    )


def _reporter_between(token):
    """The inserted reporting verb ('..., officials said, calling ...') that the parser
    hung, like the closing participle ``token``, on the reported clause's verb."""
    if token.dep_ != "advcl":
        return None
    head = token.head
    for c in head.children:
        if c.dep_ == "parataxis" and head.i < c.i < token.i and c.lemma_.lower() in _REPORTING:
            if any(s.dep_ == "nsubj" for s in c.children):
                return c
    return None


def _comma_preps(token, word: str) -> list:
    """'the plant, at X in Y, was seized': a parser may hang a set-off phrase's preposition
    on the comma before it rather than on the verb the comma belongs to."""
    return [
        p
        for c in token.children
        if c.dep_ == "punct" and c.text == ","
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == word
    ]


def _that_subjects(verb) -> list:
    """Subjects of the finite that-clause a verb governs ('said that X had ...'), not of
    an infinitive or a participle; 'that' may be left out of a past-tense clause."""
    found = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or c.tag_ in ("VB", "VBG", "TO"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not any(
            a.dep_ == "aux" and a.tag_ in ("VBD", "MD") for a in c.children
        ):
            continue
        found += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return found[:1]


def _object_after_date(verb) -> list:
    """'rejected on Monday calls by X for ...': an object set after the act's date, which
    the parser may leave unattached ('dep') once the date stands between them."""
    dates = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and dated(c)]
    if not dates:
        return []
    end = dates[0].right_edge.i
    return [
        c
        for c in verb.children
        if c.dep_ == "dep" and c.pos_ == "NOUN" and c.left_edge.i == end + 1
    ][:1]


def _for_subjects(noun) -> list:
    """'a demand for X to pay': X, the subject of the infinitive the noun governs."""
    return [
        s
        for c in noun.children
        if c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VB"
        for s in c.children
        if s.dep_ == "nsubj" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ][:1]


def _complement_subjects(clause) -> list:
    """Subjects of a complement clause. 'demanded that X's government resign', 'that
    President X resign': the parser may read the bare verb as a noun, with the subject as
    its possessor or modifier; after 'that', such a noun with no subject is the clause."""
    found = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if found or clause.pos_ != "NOUN" or clause.dep_ != "ccomp":
        return found
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return []
    before = [c for c in clause.children if c.dep_ in ("poss", "compound") and c.i < clause.i]
    # 'that the council hand power to ...': the bare verb read as a compound of its object
    # noun, with the clause's subject hung on that compound
    hung = [s for c in before for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return (hung or before)[:1]


def _stolen_subject(verb):
    """'Iran freed five Americans and the United States released five Iranians': the parser
    reads the second subject as one more object of the first verb and leaves the second verb
    with no subject. A name joined last to the first verb's object, just before this verb
    (which has no subject of its own), is this verb's subject."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or own_subject(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for obj in verb.head.children:
        if obj.dep_ != "dobj" or obj.i > verb.i:
            continue
        for conj in obj.conjuncts:
            if conj.i < obj.i or conj.pos_ != "PROPN" or conj.right_edge.i != verb.i - 1:
                continue
            before = verb.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
            if before is not None and before.lower_ == "and":
                return conj
    return None


_JOINERS = frozenset({"and", "or", "but", "nor", ",", ";", "-", "--", "then", "while"})


def _unjoined(verb) -> bool:
    """A verb the parser made a conjunct of an earlier one, with no 'and' or comma before it
    ('after shells fired from across the border killed a refugee'): a misparse of a
    subordinate clause, whose subject is not the earlier verb's."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.head.i and doc[i].dep_ in ("advmod", "aux", "auxpass", "neg"):
        i -= 1
    if i <= verb.head.i or doc[i].lower_ in _JOINERS:
        return False
    # the words just before it close a subordinate clause between the two verbs
    return any(
        a.dep_ in ("advcl", "acl", "relcl") and verb.head.i < a.i < verb.i
        for a in doc[i].ancestors
        if a.i != verb.head.i
    )


def _infinitive_clause(verb) -> bool:
    """A 'to' infinitive under another verb ('ordered X to leave', 'helped X to leave')."""
    return verb.dep_ in ("xcomp", "ccomp", "advcl") and infinitive(verb)


def _summary(noun) -> bool:
    """A noun set after a clause to sum it up (', a move ...', ', a step ...'): hung on the
    clause's verb, after a comma, as an adverbial or apposition, or as a second object the
    parser took it for."""
    head = noun.head
    start = noun.left_edge.i
    if head.pos_ not in ("VERB", "AUX") or head.i > noun.i or start == 0:
        return False
    if noun.doc[start - 1].text != ",":
        return False
    if noun.dep_ in ("npadvmod", "appos"):
        return True
    return noun.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < noun.i for c in head.children if c.i != noun.i
    )


def _phrase_of(verb, phrases: frozenset[str]) -> bool:
    """Whether ``verb`` is one of ``phrases`` used with no object of its own ('crashed',
    'went down', 'caught fire', 'ran aground'): a verb and the words that must follow it."""
    lemma = verb.lemma_.lower()
    near = {c.lower_ for c in verb.children} | {
        g.lower_ for c in verb.children if c.dep_ in ("prep", "dobj", "prt") for g in c.children
    }
    for phrase in phrases:
        words = phrase.split()
        if words[0] != lemma or not near.issuperset(words[1:]):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in words]
        return not objects
    return False


def _span(node) -> range:
    return range(node.left_edge.i, node.right_edge.i + 1)


def _awaited(noun) -> bool:
    """'ahead of the summit between X and Y', 'before talks between X and Y': an event still
    to come, whose sides are not worth repairing from a broken parse."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "before" or prep.lower_ == "of" and prep.head.lower_ == "ahead"


def _stray_subject(child, verb) -> bool:
    """A proper name the parser hangs on a subjectless verb as its modifier ('Pakistan
    releases 134 prisoners' read as 'Pakistan' + 'releases'): the verb's subject."""
    return (
        verb.pos_ == "VERB"
        and child.tag_ in ("NNP", "JJ")
        and child.i == child.sent.start
        and child.text[:1].isupper()
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
