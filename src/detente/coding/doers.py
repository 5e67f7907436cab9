"""Doers and sufferers of material acts that the act's own slots do not name: the giver of
aid known only from the goods or their carrier, who investigates and who is investigated
when both sit in nominals, and the attacker named in a by-phrase the parser hangs on a bomb or
on a joined passive.

:class:`~detente.coding.acts.ActFinder` asks these when the pattern's source or target slots
name no one."""

from __future__ import annotations

from detente.coding.act import own_side
from detente.coding.arguments import Arguments
from detente.coding.lexicon import Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.syntax import passive

# what a vehicle does with the goods it brings: 'a train carrying flour'
_CARRYING = frozenset({"carry", "transport", "ferry", "bring", "deliver", "haul"})
# verbs of a convoy's way whose 'from' may name only the route: 'crossed into Y from X'
_ARRIVING = frozenset({"cross", "arrive", "enter", "reach", "roll", "land", "dock", "pass"})
# words of aid bound elsewhere: '..., bound for Y', 'destined for Y', 'for delivery to Y'
_BOUND = frozenset({"bound", "destined", "headed", "heading", "en"})
_DELIVERY = frozenset({"delivery", "distribution", "transfer", "transport", "shipment", "route"})
# what an act is done as part of or in: 'as part of an investigation into X'
_INQUIRY_PREPS = frozenset({"of", "as", "in", "during"})
_PARTS = frozenset({"part", "framework", "course"})
# bodies set up to investigate: 'created a commission to examine X'
_INQUIRY_BODIES = frozenset(
    {"commission", "committee", "panel", "team", "mission", "body", "board", "tribunal"}
)
# 'X is the subject of an investigation'
_SUBJECT_NOUNS = frozenset({"subject", "target", "focus", "object"})


class Doers:
    """Doer fallbacks of material acts in one parsed sentence."""

    def __init__(self, actors: Actors, matcher: Matcher, arguments: Arguments):
        self.actors, self.matcher, self.arguments = actors, matcher, arguments

    def giver(self, token, pattern: Pattern) -> list[Arg]:
        """'planes loaded with tents from X landed in Y', 'the first tranche of X's loan
        reached Y', 'a shipment of X-ian shells arrived in Y', 'Y received blankets from X':
        aid or goods with no doer of their own are given by the state the act, the goods or
        their carrier name after 'from', else by the doer of a participle on the goods ('flour
        donated by X'), else by the goods' owner (a possessive) or maker (an adjective of a
        country). A verb of arrival's own 'from' names only the route ('trucks carrying X-ian
        wheat crossed into Y from Z'): it comes last. Containers and portions lead to what
        they hold ('a convoy of X-ian trucks', 'a tranche of X's loan')."""
        goods = [token] if token.pos_ in ("NOUN", "PROPN") else []
        goods += self.matcher._subject_nouns(token) + self.matcher.objects(token, pattern)
        seen: set[int] = set()
        todo = list(goods)
        goods = []
        while todo:
            node = todo.pop(0)
            if node.i in seen or len(seen) > 12:
                continue
            seen.add(node.i)
            goods.append(node)
            for c in node.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                    todo.append(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    todo += [o for o in c.children if o.dep_ == "pobj"]
                elif c.dep_ == "acl" and c.lemma_ in _CARRYING:  # 'a train carrying flour'
                    todo += [o for o in c.children if o.dep_ == "dobj"]
        # a verb of handing over names its giver after 'from' ('was extradited from X')
        verb = token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _ARRIVING
        got = self._sent_from([g for g in [token, *goods] if not (verb and g.i == token.i)])
        if got:
            return got
        for node in goods:  # 'flour donated by X', 'supplies flown in by X's air force'
            got = [
                a.country_only()
                for acl in node.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN"
                for by in acl.children
                if by.dep_ == "agent"
                for a in self.actors.under(by, "pobj")
                if not a.place
            ]
            if got:
                return got
        for node in goods:
            if node.i == token.i and token.pos_ not in ("NOUN", "PROPN"):
                continue
            for c in node.children:
                if c.dep_ == "poss":
                    got = self.actors.phrase(c)
                elif c.dep_ in ("amod", "compound", "nmod") and c.i < node.i:
                    got = self.actors.at(c)
                else:
                    continue
                got = [a for a in got if not a.place]
                if got:
                    return got
        # 'trucks crossed into Y from X': where a vehicle of arrival set off from is only its
        # route when the goods are told as another's ('carrying X-ian wheat', read above)
        return self._sent_from([token]) if verb else []

    def destination(self, token) -> list[Arg]:
        """'trucks carrying wheat for Y crossed into Z', 'planes landed in Z for onward
        delivery to Y', 'a ship with flour destined for Y docked in Z', '..., bound for a city
        of Y': aid that arrives on its way elsewhere goes to where it is bound, not to the
        place it passes through. A delivery's 'to' or a 'bound'/'destined' phrase on the verb
        or its carrier comes first, then a 'for' on the goods or on their carrying."""
        subjects = self.matcher._subject_nouns(token)
        nodes = [token, *(n for s in subjects for n in s.subtree)]
        nodes += [  # 'for onward delivery to Y', '..., bound for Y'
            n for c in token.children if c.dep_ in ("prep", "advcl", "acl") for n in c.subtree
        ]
        firm, loose = [], []
        for node in nodes:
            word = node.lower_
            for prep in node.children:
                if prep.dep_ != "prep" or prep.i < node.i:
                    continue
                if word in _BOUND and prep.lower_ in ("for", "to"):
                    firm.append(prep)
                elif node.lemma_.lower() in _DELIVERY and prep.lower_ == "to":
                    firm.append(prep)
                elif prep.lower_ == "for" and node.i < token.i and node.dep_ != "ROOT":
                    if node.lemma_.lower() in _CARRYING or node.pos_ == "NOUN":
                        loose.append(prep)
        for preps in (firm, loose):
            got = [
                a if not a.place else a.country_only()
                for prep in preps
                for o in prep.children
                if o.dep_ == "pobj"
                for a in self.actors.phrase(o, location_ok=True)
                if not a.code.startswith("---")
            ]
            if got:
                return got
        return []

    def _sent_from(self, nodes) -> list[Arg]:
        """The state a 'from' phrase on one of ``nodes`` names ('tents from X')."""
        for node in nodes:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ != "from":
                    continue
                got = [
                    a.country_only()
                    for o in prep.children
                    if o.dep_ == "pobj"
                    for a in self.actors.phrase(o, location_ok=True)
                ]
                if got:
                    return got
        return []

    def investigator(self, token) -> list[Arg]:
        """'were placed under investigation by X's magistrates', 'an inquiry by X into Y':
        the by-phrase the parser hangs on the inquiry noun (the act's own, or its verb's
        prepositional object) names who investigates."""
        nouns = [token] if token.pos_ in ("NOUN", "PROPN") else []
        nouns += [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in ("under", "into")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for noun in nouns:
            got = self.actors.under(noun, "pobj", prep="by")
            if got:
                return got
        if token.pos_ == "NOUN":
            # 'X's investigators exhumed bodies as part of an investigation into Y': the
            # inquiry an act is part of (or done in) is the act's doer's
            node = token
            while node.dep_ == "pobj" and node.head.lower_ in _INQUIRY_PREPS:
                holder = node.head.head
                if holder.pos_ == "NOUN" and holder.lemma_ in _PARTS:
                    node = holder
                    continue
                if holder.pos_ == "VERB":
                    return [a for a in self.arguments.sources(holder, None) if not a.place]
                break
        if token.dep_ in ("acl", "relcl") and token.head.lemma_ in _INQUIRY_BODIES:
            # 'created a commission to examine X': the body's creator investigates
            body = token.head
            if body.dep_ == "dobj" and body.head.pos_ == "VERB":
                return self.actors.under(body.head, "nsubj")
        return []

    def investigated(self, token) -> list[Arg]:
        """'Atrocities by X are the subject of an investigation', 'X is under investigation':
        what the copula's subject names (or who did the deed it names) is investigated."""
        node, verb = token, None
        while node.dep_ == "pobj" and node.head.lower_ in ("of", "under"):
            holder = node.head.head
            if holder.pos_ == "NOUN" and holder.lemma_ in _SUBJECT_NOUNS and holder.dep_ == "attr":
                verb = holder.head
                break
            if holder.pos_ in ("AUX", "VERB") and holder.lemma_ in ("be", "remain", "come"):
                verb = holder
            break
        if verb is None:
            return []
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            got = [a for a in self.actors.phrase(subject) if not a.place]
            if got:
                return got
            return [
                a
                for acl in subject.children
                if acl.dep_ == "acl"
                for by in acl.children
                if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
                for a in self.actors.under(by, "pobj")
            ] + self.actors.under(subject, "pobj", prep="by")
        return []

    def perpetrators(self, token, sources: list[Arg]) -> list[Arg]:
        """'an investigation into the shelling of X by Y', 'probed the killing of X by Y':
        the doer of an investigated deed is who is investigated, not the deed's victims. The
        parser may hang the deed's by-phrase on the inquiry noun itself; it is the deed's
        when the inquiry's own investigator is named otherwise (a possessive, a subject)."""
        deeds = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in ("into", "of", "on")
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and not self.actors.at(o)
        ]
        if token.pos_ == "VERB":
            deeds += [
                o
                for o in token.children
                if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN" and not self.actors.at(o)
            ]
        found: list[Arg] = []
        for deed in deeds:
            heads = [deed] + [
                o
                for p in deed.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            found = [a for h in heads for a in self.actors.under(h, "pobj", prep="by")]
            found = found or [  # 'an air strike, which was called in by X'
                a
                for c in deed.children
                if c.dep_ in ("acl", "relcl")
                for by in c.children
                if by.dep_ == "agent"
                for a in self.actors.under(by, "pobj")
            ]
            if found:
                break
        if not found and deeds and token.pos_ == "VERB" and not passive(token):
            found = self.actors.under(token, "pobj", prep="by")  # 'examine crimes by X'
        if not found and deeds and sources and token.pos_ == "NOUN":
            found = self.actors.under(token, "pobj", prep="by")
        return [a for a in found if not own_side(a, sources)]

    def conj_agent(self, token) -> list[Arg]:
        """'were beaten and given electric shocks by X': a by-phrase the parser hangs as a
        plain preposition on a joined passive names the doer of both."""
        verbs = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if token.dep_ == "conj" and token.head.pos_ == "VERB":
            verbs.append(token.head)
        return [
            a
            for v in verbs
            for c in v.children
            if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for a in self.actors.under(c, "pobj")
        ]

    def planted_by(self, token) -> list[Arg]:
        """'X were killed when a bomb planted by Y exploded', 'a bomb planted by Y killed
        X': a deadly device's planter (a participle with an agent on the device) is the
        doer of the violence it did, in the act's own clause or its 'when' clause."""
        clauses = [token] + [
            c
            for c in token.children
            if c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children)
        ]
        for clause in clauses:
            for subject in clause.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
                    continue
                for acl in subject.children:
                    if acl.dep_ != "acl" or acl.tag_ != "VBN":
                        continue
                    got = [
                        a
                        for by in acl.children
                        if by.dep_ == "agent"
                        for a in self.actors.under(by, "pobj")
                    ]
                    if got:
                        return got
        return []
