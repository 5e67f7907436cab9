"""Agents of acts the parse does not hang on the verb as a subject: by-phrases (also where
the parser hangs them deep, on a noun or another clause), the shared agent of joined passives,
the donors of a passive hand-over, the author of the attack a passive death happened in, and
the possessor or modifier of an event noun."""

from __future__ import annotations

from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.localise import is_place
from detente.coding.matching import Matcher
from detente.coding.roles import NOT_PEOPLE, Actors, Arg, agent_noun
from detente.coding.syntax import own_subject, passive

VIOLENT = frozenset({"18", "19", "20"})  # CAMEO roots of coercion, assault, fighting
_BORDERS = frozenset({"border", "frontier", "boundary"})
# what a group is made of: 'a commando that included X', 'a unit composed of Y'
_MADE_OF = frozenset({"include", "comprise", "compose", "consist", "make", "involve"})
# 'killed in an air strike', 'wounded during a raid', 'died in a rocket attack'
_MEANS_PREPS = frozenset({"in", "during", "by"})
# the foe of a fight noun: 'a clash with X', 'a firefight against X'
_FOE_PREPS = frozenset({"with", "against"})
# nouns that name an action done to their of-object: the granting of, the delivery of
_ACTION_SUFFIXES = ("ing", "tion", "sion", "ment", "ance", "ence", "al")
# 'killed when X's jets struck', 'as X's troops stormed the town'
_WHEN = frozenset({"when", "as", "after"})
# words that tell a noun whose it is from the left: amod, compound, nmod
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# mentions that name where a thing is rather than whose it is
_PLACE_HOWS = frozenset({"capital", "seat", "location"})
# words that tell an attack as some armed group's, naming none: 'a rebel ambush'
_ARMED = frozenset(
    {"rebel", "insurgent", "militant", "jihadist", "guerrilla", "guerilla", "separatist"}
)


class Agents:
    """Finds who does an act from the agent phrases of one parsed sentence."""

    def __init__(self, lex: Lexicon, doc, actors: Actors, matcher: Matcher):
        self.lex, self.doc, self.actors, self.matcher = lex, doc, actors, matcher

    def agent(self, by) -> list[Arg]:
        """Actors of a passive's by-phrase. The parser sometimes leaves the phrase with no
        object ('was detained by police hours later': 'police' parsed as a modifier of
        'hours'); then the actor that opens the words after 'by' is the agent."""
        objects = [o for o in by.children if o.dep_ == "pobj"]
        if objects:
            got = [a for o in objects for a in self.actors.phrase(o)]
            got = got or [a for o in objects for a in self._members(o)]
            return got or [a for o in objects for a in self._launcher(o)]
        for word in self.doc[by.i + 1 : by.i + 5]:
            if word.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ"):
                break
            got = self.actors.at(word)
            if got:
                return got
        return []

    def _members(self, noun) -> list[Arg]:
        """'by a gang that included former X soldiers', 'by a unit made up of X troops': a
        group with no actor of its own acts as the actors it is said to be made of."""
        if agent_noun(noun) or noun.pos_ != "NOUN":
            return []
        found: list[Arg] = []
        for clause in noun.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _MADE_OF:
                continue
            for part in clause.children:
                if part.dep_ == "dobj" or part.dep_ == "prep" and part.lower_ == "of":
                    words = [part] if part.dep_ == "dobj" else list(part.children)
                    found += [
                        a
                        for w in words
                        if w.dep_ in ("dobj", "pobj")
                        for a in self.actors.phrase(w)
                        if not a.place
                    ]
        return found

    def _launcher(self, noun) -> list[Arg]:
        """'killed by barrel bombs dropped from X's warplanes', 'wounded by shells fired from
        X positions', 'hit by Y-made missiles': a weapon or thing with no actor of its own
        acts for its owner (a possessive or modifier) or for whoever a participle on it says
        launched it (its by-phrase, or the actor it came from)."""
        if noun.pos_ != "NOUN" or agent_noun(noun):
            return []
        got = [a for a in self.own_agent(noun) if not a.place]
        if got:
            return got
        # the participle right after the weapon, which the parser may join to the passive
        after = noun.right_edge.i + 1
        joined = [
            c
            for c in noun.head.head.children
            if c.dep_ == "conj" and c.i == after and not own_subject(c)
        ]
        for acl in [*noun.children, *joined]:
            if acl.dep_ not in ("acl", "conj") or acl.tag_ not in ("VBN", "VBD"):
                continue
            for prep in acl.children:
                if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ == "from":
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        got = self.actors.phrase(obj) or self.own_agent(obj)
                        got = [a for a in got if not a.place]
                        if got:
                            return got
        return []

    def means_agent(self, verb, pattern: Pattern | None) -> list[Arg]:
        """'X was killed in an Israeli drone strike', 'X died in a Russian missile attack',
        'X was killed when Y's jets bombed the house': violence told in the passive with no
        by-phrase is done by the author of the attack it happened in, or by the subject of
        the violent clause that says when it happened."""
        pattern = pattern or self.matcher.match(verb)
        if pattern is None or pattern.code[:2] not in VIOLENT:
            return []
        for child in (c for v in _joined_passives(verb) for c in v.children):
            if child.dep_ == "prep" and child.lower_ in _MEANS_PREPS:
                for noun in child.children:
                    inner = self.matcher.match(noun) if noun.dep_ == "pobj" else None
                    if inner is None or inner.pos != "noun" or inner.code[:2] not in VIOLENT:
                        continue
                    got = [a for a in self.own_agent(noun) if not a.place]
                    if not got and inner.joint:  # 'killed in a clash with Y': Y's fire
                        got = self._fight_partner(noun)
                    if not got:  # 'killed in a rebel ambush in X': X's rebels
                        got = self._unnamed_armed(noun)
                    if got:
                        return got
            elif child.dep_ == "advcl" and not passive(child):
                marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
                inner = self.matcher.match(child)
                if not marks & _WHEN or inner is None or inner.code[:2] not in VIOLENT:
                    continue
                got = self.actors.under(child, "nsubj")
                if got:
                    return got
        return []

    def stray_agent(self, verb) -> list[Arg]:
        """'were abducted from a resort on the coast by X': the parser hangs a passive's
        by-phrase on the noun before it. A 'by' on the object of one of the verb's own
        prepositions, naming an actor (a name, or people by what they do) and no place, is
        the passive's agent. So is one hung inside the verb's adjective complement ('was
        found guilty of fraud by X', 'was held liable for the losses by X')."""
        for prep in _own_preps(verb):
            if prep.lower_ == "by":
                continue
            for node in prep.subtree:
                if node.dep_ != "prep" or node.lower_ != "by" or node.head.pos_ != "NOUN":
                    continue
                if node.head.head.dep_ != "prep" and node.head.head.head.dep_ != "prep":
                    continue
                between = [a for a in node.ancestors if a.i != verb.i and verb in a.ancestors]
                if any(a.pos_ in ("VERB", "AUX") for a in between):
                    continue  # 'after being placed under arrest by X': another clause's agent
                for obj in node.children:
                    if obj.dep_ != "pobj" or not (self.actors.at(obj) or _person(obj)):
                        continue
                    got = [a for a in self.actors.phrase(obj) if not a.place]
                    if got:
                        return got
        return []

    def clause_agent(self, verb) -> list[Arg]:
        """'X was accused of shelling the town by Y', 'X was urged to hold talks by Y': the
        parser hangs a passive's by-phrase on the active verb of the clause the passive
        takes. A 'by' right on that verb (no subject, not itself passive) naming an actor
        and no place is the passive's agent."""
        for child in verb.children:
            inner = child
            if child.dep_ == "prep":
                inner = next((c for c in child.children if c.dep_ == "pcomp"), None)
            elif child.dep_ != "xcomp":
                continue
            if inner is None or inner.pos_ != "VERB" or passive(inner):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in inner.children):
                continue
            # or on its object: 'urged to show restraint by Y' (not an event noun's own doer:
            # 'urged to stop killings by police')
            holders = [inner] + [
                o for o in inner.children if o.dep_ == "dobj" and not self.event_noun(o)
            ]
            for by in (c for h in holders for c in h.children):
                if by.dep_ != "prep" or by.lower_ != "by":
                    continue
                for obj in by.children:
                    if obj.dep_ == "pobj" and self.actors.at(obj):
                        got = [a for a in self.actors.phrase(obj) if not a.place]
                        if got:
                            return got
        return []

    def shared_agent(self, verb) -> list[Arg]:
        """'X was shot and wounded by Y', 'were beaten and subjected to mock executions by
        Y': passive participles joined by 'and' under one subject share the by-phrase the
        parser hangs on the last of them."""
        chain = [c for c in verb.children if c.dep_ == "conj"]
        while chain:
            conj = chain.pop(0)
            if conj.tag_ not in ("VBN", "VBD"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in conj.children):
                continue  # a clause of its own: 'X was shot and Y was arrested by police'
            chain += [c for c in conj.children if c.dep_ == "conj"]
            by = [c for c in conj.children if c.dep_ == "agent"]
            got = [a for b in by for a in self.agent(b)] or self.stray_agent(conj)
            got = [a for a in got if not a.place]
            if got:
                return got
        return []

    def donors(self, verb) -> list[Arg]:
        """'arms supplied by X were handed over to Y', 'a shipment of aid donated by X was
        delivered to Y': with no agent of its own, a passive hand-over is the act of whoever
        the participle on its subject names as the giver."""
        return [
            a
            for subject in verb.children
            if subject.dep_ == "nsubjpass"
            for node in subject.subtree
            if node.dep_ == "acl" and node.tag_ == "VBN"
            for by in node.children
            if by.dep_ == "agent"
            for a in self.agent(by)
            if not a.place
        ]

    def deep_by(self, noun) -> list[Arg]:
        """'the expulsion of Y's envoy by X', 'the arrest of three reporters by X police': the
        parser hangs the event noun's by-phrase on the noun of its own of/on/against phrase.
        Down a chain of prepositions and their nouns (no verb, no clause, no event noun with
        an agent of its own), a 'by' naming an actor and no place is the noun's agent."""
        todo = [c for c in noun.children if c.dep_ == "prep" and c.lower_ != "by"]
        while todo:
            prep = todo.pop(0)
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN"):
                    continue
                if self.event_noun(obj) and self.own_agent(obj):
                    continue
                for c in obj.children:
                    if c.dep_ != "prep":
                        continue
                    if c.lower_ != "by":
                        todo.append(c)
                        continue
                    for inner in c.children:
                        if inner.dep_ == "pobj" and self.actors.at(inner):
                            got = [a for a in self.actors.phrase(inner) if not a.place]
                            if got:
                                return got
        return []

    def light_head_agent(self, noun) -> list[Arg]:
        """'the granting of a loan to Y by X', 'X's delivery of aid to Y': an event noun
        that is the of-object of an action noun is done by that noun's agent. And 'X's
        soldiers were killed in a clash with Y': a fight with a named foe, in which the
        passive's victims died, was fought by the victims' side."""
        if noun.dep_ == "pobj" and noun.head.lower_ in _MEANS_PREPS:
            return self._fallen_side(noun)
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return []
        head = noun.head.head
        if head.pos_ != "NOUN" or self.actors.at(head):
            return []
        if not head.lower_.endswith(_ACTION_SUFFIXES):
            return []
        return [a for a in self.own_agent(head) if not a.place]

    def _fight_partner(self, noun) -> list[Arg]:
        """The foe a fight noun names ('a clash with Y', 'a gunbattle against Y')."""
        return [
            a
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in _FOE_PREPS
            for a in self.actors.under(prep, "pobj")
            if not a.place
        ]

    def _fallen_side(self, noun) -> list[Arg]:
        """'N soldiers of X were killed in a clash with Y': the side of the victims of a
        passive death that happened in a fight with a named foe (and no author of its own)
        is the foe's counterpart. Civilians caught in a fight take no side."""
        inner = self.matcher.match(noun)
        if inner is None or not inner.joint or inner.code[:2] not in VIOLENT:
            return []
        if self.own_agent(noun) or not self._fight_partner(noun):
            return []
        verb = noun.head.head
        dying = self.matcher.match(verb) if verb.pos_ == "VERB" else None
        if dying is None or dying.code[:2] not in VIOLENT:
            return []
        subjects = [c for v in _joined_passives(verb) for c in v.children if c.dep_ == "nsubjpass"]
        return [
            a
            for s in subjects
            for a in self.actors.phrase(s)
            if not a.place and a.code[3:6] != "CVL"
        ]

    def own_agent(self, noun) -> list[Arg]:
        """The agent written on an event noun itself: its possessor, by-phrase or modifier."""
        for child in noun.children:
            if child.dep_ == "poss":
                got = self.actors.phrase(child)
            elif child.dep_ in _MODIFIERS and child.i < noun.i:
                got = self.actors.at(child) or self._means_owner(child)
            else:
                got = []
            if got:
                return got
            if child.dep_ == "prep" and child.lower_ == "by":
                got = self.actors.under(child, "pobj", places=True)
                if got:
                    return got
        return []

    def _unnamed_armed(self, noun) -> list[Arg]:
        """'killed in a rebel ambush near X', 'wounded in an insurgent attack in X': an
        attack told only as an armed group's, with no group named, is the work of the
        rebels of the one country the sentence sets events in (none if it names several)."""
        words = [
            c
            for c in noun.children
            if c.dep_ in _MODIFIERS and c.i < noun.i and c.lower_ in _ARMED
            if c.i not in self.actors.by_token
        ]
        if not words:
            return []
        mentions = list({id(m): m for m in self.actors.by_token.values()}.values())
        text = self.doc.text
        countries = {
            m.country or m.code[:3]
            for m in mentions
            if m.code and not m.code.startswith(("---", "IGO", "NGO"))
            if m.sector != "border" and is_place(m, text)  # not 'near the X border'
        }
        if len(countries) != 1:
            return []
        word = words[0]
        return [Arg(countries.pop() + "REB", word.text, (word.idx, word.idx + len(word)))]

    def _means_owner(self, word) -> list[Arg]:
        """'a CIA drone strike', 'a Hamas rocket attack', 'an army artillery barrage': the
        parser hangs the author on the noun of the means ('drone', 'rocket') that modifies
        the event noun. A plain noun with no actor of its own passes on the actor (no place)
        that modifies it from the left."""
        if word.pos_ != "NOUN" or word.dep_ != "compound":
            return []
        for child in word.children:
            if child.dep_ in _MODIFIERS and child.i < word.i:
                mention = self.actors.by_token.get(child.i)
                if mention is None or mention.how in _PLACE_HOWS:
                    continue  # 'a Kabul hotel attack': where, not who
                got = [a for a in self.actors.at(child) if not a.place]
                if got:
                    return got
        return []

    def event_noun(self, token) -> bool:
        """A subject that is itself an event ('sanctions threaten...') is not an agent."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.nouns


def _joined_passives(verb) -> list:
    """A passive and the passives joined to it under one subject ('were killed and 30
    others injured in a raid', 'was wounded and later died'): the adjuncts the parser hangs
    on one of them tell the circumstances of all."""
    if not passive(verb):
        return [verb]
    top = verb
    while top.dep_ == "conj" and top.head.pos_ == "VERB" and passive(top.head):
        top = top.head
    out, todo = [], [top]
    while todo and len(out) < 6:
        node = todo.pop(0)
        out.append(node)
        for c in node.children:
            if c.dep_ != "conj":
                continue
            if c.tag_ in ("VBN", "VBD") and not _other_clause(c):
                todo.append(c)
            elif c.pos_ == "NOUN":  # '... and 30 others injured': parsed as a noun's participle
                todo += [a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    return out if verb in out else [verb]


def _other_clause(verb) -> bool:
    """A conjunct that is a clause of its own, not the same deed told again: one with an
    active subject ('X was shot and Y fled'), unless it is a passive whose auxiliary is left
    out ('were killed and three others wounded')."""
    subject = any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
    gapped = verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "dobj", "auxpass") for c in verb.children
    )
    return subject and not gapped


def _own_preps(verb) -> list:
    """The verb's own prepositions, and those of its adjective complement ('found guilty
    of', 'held responsible for')."""
    out = []
    for child in verb.children:
        if child.dep_ == "prep":
            out.append(child)
        elif child.dep_ in ("oprd", "acomp") and child.pos_ == "ADJ":
            out += [c for c in child.children if c.dep_ == "prep"]
    return out


def _person(noun) -> bool:
    """A noun for people by what they do ('militants', 'gunmen'), not a thing with a
    person's ending ('border', 'tower')."""
    return agent_noun(noun) and noun.lemma_.lower() not in NOT_PEOPLE | _BORDERS
