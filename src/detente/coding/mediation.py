"""Mediators: a named go-between's 045 goes to each party it stands between ('X-mediated
talks between A and B', 'a truce brokered by X', 'X hosted talks between A and B'), and a
'mediation' noun that frames two sides' joint act makes its mediator one ('held talks under
the mediation of X')."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.lexicon import Pattern
from detente.coding.roles import Actors, Arg
from detente.coding.sides import sides_of
from detente.coding.syntax import anchor

# verbs of a go-between: 'mediated talks between A and B', 'a deal brokered by X'
_MEDIATING = frozenset({"mediate", "broker"})
# what a host holds between two other sides: 'hosted talks between A and B'
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "meeting"})
# 'held talks under the mediation of X', 'agreed a truce through the mediation of X'
_MEDIATION_PREPS = frozenset({"under", "through", "with", "after", "following"})
_MEDIATION_NOUNS = frozenset({"mediation"})
# 'mediating between the two sides': the sides are the joint act's own, not named here
_SIDE_NOUNS = frozenset({"side", "party", "camp", "them"})
# joint acts a mediator can stand between: talks, agreements, cooperation, concessions
_MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "08"})


# a go-between's own talks or meetings with each side ('held separate talks with A and with
# B as he sought to mediate'): gold codes a named mediator's talks 045, not 040/046
_OWN_TALKS = frozenset({"040", "046"})
# links from a meeting to the purpose it is held for, and the verbs that carry a purpose on
# ('as he sought to mediate', 'in an effort to mediate', 'mediating a new round of talks')
_PURPOSE_LINKS = frozenset({"advcl", "xcomp", "prep", "pobj", "acl"})


def _to_mediate(token) -> bool:
    """The meeting verb's own purpose or closing participle is to mediate, with no other
    doer named on the way ('held talks with A as B mediated' is B's mediation, not X's)."""
    todo = [c for c in token.children if c.dep_ in ("advcl", "xcomp", "prep")]
    while todo:
        node = todo.pop()
        # 'a deal mediated by Qatar': a doer of its own, named as subject or agent
        if any(c.dep_ == "agent" or c.dep_ == "nsubj" and c.pos_ != "PRON" for c in node.children):
            continue
        if node.pos_ == "VERB" and node.lemma_.lower() in _MEDIATING:
            return True
        todo += [c for c in node.children if c.dep_ in _PURPOSE_LINKS]
    return False


# occasions that bring sides together without mediating between them
_OCCASIONS = _TALK_NOUNS | {"summit", "conference", "forum", "session", "gathering", "round"}


def convened_by_occasion(act: Act) -> bool:
    """'The G7 talks bring together ministers from A, B and C', 'the summit brought together
    leaders of A and B': a go-between's act whose subject is the meeting itself names no
    mediator, and the members it gathers are no parties to one (dev-0194)."""
    return act.code.startswith("045") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _OCCASIONS
        for c in act.token.children
    )


class Mediation:
    """The mediator passes of one parsed sentence."""

    def __init__(self, actors: Actors):
        self.actors = actors

    def mediated(self, act: Act, acts: list[Act]) -> None:
        """'X-mediated talks between A and B', 'A and B agreed a truce, mediated by X',
        'X's mediators opened talks between A and B', 'A and B signed a pact in a deal
        brokered by X', 'X hosted talks between A and B': the mediator's 045 goes to each
        party (gold: a named mediator is coded toward each side)."""
        token = act.token
        lemma = token.lemma_.lower()
        # 'offered to host and mediate talks between A and B': the offer is made to each side
        mediator = lemma in _MEDIATING and act.code == "045" or act.code == "039"
        if act.code in _OWN_TALKS and act.targets and _to_mediate(token):
            act.code, act.joint = "045", False  # talks held to mediate: 045 toward each side
            return
        if lemma == "host" and act.code == "043" and not act.targets and self._hosted_talks(act):
            mediator, act.code, act.joint = True, "045", False
        if not mediator:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            mediator = act.code[:2] == "04" and any(
                s.lemma_.lower() in ("mediator", "broker") for s in subjects
            )
            if not mediator or act.targets:
                return
            act.code, act.joint = "045", False
        if not act.sources:
            act.sources = self.actors.under(token, ("npadvmod", "compound", "nmod"))
        own = {s.code[:3] for s in act.sources}
        if (
            act.targets
            and token.dep_ == "pcomp"
            and sides_of([t for t in act.targets if t.code[:3] not in own]) < 2
        ):  # 'with X mediating between the two sides': the sides read off a place
            act.targets = []
        if act.targets or not act.sources:
            return
        parties = [
            a
            for prep in (token.head if token.dep_ == "amod" else token).subtree
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lemma_.lower() not in _SIDE_NOUNS
            for a in self.actors.phrase(obj)
        ]
        frame = token.head
        if token.dep_ == "pcomp" and frame.lower_ == "with":
            frame = frame.head  # 'A and B opened talks, with X's envoys mediating'
        if not parties and (token.dep_ in ("advcl", "acl") or frame is not token.head):
            parties = [a for other in acts if other.token.i == frame.i for a in other.sources]
        if not parties and token.dep_ == "acl" and token.head.dep_ == "pobj":
            # 'A freed X and B freed Y in an exchange brokered by Z': the acts the deal is
            verb = anchor(token.head)
            verbs = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj"} if verb else set()
            if verb is not None and verb.dep_ == "conj":
                verbs |= {verb.head.i} | {c.i for c in verb.head.children if c.dep_ == "conj"}
            parties = [a for other in acts if other.token.i in verbs for a in other.sources]
        act.targets = [a for a in parties if not a.place and a.code[:3] not in own]

    def _hosted_talks(self, act: Act) -> bool:
        """'X hosted talks in Y between A and B': the host of talks between two other sides
        (not 'X hosted Y', a visit, nor 'X hosted talks with Y', its own meeting)."""
        token = act.token
        objects = [o for o in token.children if o.dep_ == "dobj"]
        objects += [  # 'hosted two days of talks between A and B'
            g
            for o in objects
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        talks = [o for o in objects if o.lemma_.lower() in _TALK_NOUNS]
        if not talks:
            return False
        own = {s.code[:3] for s in act.sources}
        parties = {a.code for a in self.actors.under((token, *objects), "pobj", prep=("between",))}
        return len({p for p in parties if p[:3] not in own}) >= 2

    def mediation_acts(self, acts: list[Act]) -> list[Act]:
        """'A and B held talks under the mediation of X', 'A and B agreed a truce through
        the mediation of X': the mediator named in a 'mediation' noun that frames two
        sides' joint act mediates between them (045 toward each side)."""
        out = []
        for act in acts:
            token = act.token
            if len(act.sources) < 2 or act.targets or act.code[:2] not in _MEDIATED_ROOTS:
                continue
            # the frame hangs on the verb or on its object ('resumed talks under X mediation')
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for prep in [p for node in (token, *objects) for p in node.children]:
                if prep.dep_ != "prep" or prep.lower_ not in _MEDIATION_PREPS:
                    continue
                for noun in prep.children:
                    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _MEDIATION_NOUNS:
                        continue
                    mediators = self.actors.under(noun, "pobj", prep=("of", "by"))
                    mediators = mediators or self.actors.under(noun, "poss", places=True)
                    # 'under Qatari mediation': a country's mediation is its government's
                    mediators = mediators or [
                        Arg(a.code + "GOV", a.text, a.span) if len(a.code) == 3 else a
                        for a in self.actors.under(noun, ("amod", "compound", "nmod"))
                    ]
                    own = {m.code[:3] for m in mediators}
                    parties = [s for s in act.sources if s.code[:3] not in own]
                    if mediators and len(parties) >= 2:
                        pattern = Pattern("noun", noun.lemma_.lower(), "045")
                        out.append(Act(noun, pattern, "045", mediators, parties, False))
        return out
