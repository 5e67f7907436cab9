"""Replies: an answer that names no one ('..., and Y hit back with air strikes') is aimed at
whoever did the earlier act of the sentence that it answers; a reply verb whose means is an
act with a target of its own leaves the event to it."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.lexicon import Lexicon
from detente.coding.roles import Actors, Arg
from detente.coding.sides import STATE_SECTORS, same_actor, self_directed

# what a reply to an attack or affront can be: criticism, rejection, threats, protest, force
# postures, cutting ties, coercion and force ('hit back by sending aid' is no reply to aim)
_REPLY_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
# what of an earlier act's clause is not what it struck: its doer, the clauses joined to it
_NOT_STRUCK = frozenset({"conj", "advcl", "nsubj", "nsubjpass", "agent"})
# how a reply's means hangs on its verb: 'by shelling', ', firing rockets', 'with air strikes'
# (not a purpose: in 'responded by sending jets to bomb X' the sending is the means)
_MEANS_DEPS = frozenset({"pcomp", "advcl", "prep", "pobj", "dobj"})


class Replies:
    """The reply pass of one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors):
        self.lex, self.actors = lex, actors

    def answered(self, act: Act, acts: list[Act]) -> None:
        """'X shelled Y's posts, and Y hit back with air strikes', '... and police responded
        with tear gas', '... and Y retaliated by shelling X's camps': a reply that names no one
        is aimed at whoever did the earlier act of the sentence that it answers. A reply verb
        whose means ('by shelling ...') is an act with a target of its own leaves the event
        to it."""
        if not act.sources or act.code[:2] not in _REPLY_ROOTS:
            return
        reply = self._reply_verb(act.token)
        if reply is None:
            return
        motion = self.lex.cues["motion_verbs"]
        inner = [
            a
            for a in acts
            if a is not act
            and a.token.i != reply.i
            and (
                _means_of(a.token, reply)
                # 'hit back by sending jets to bomb X': the purpose of the means, done
                or a.token.dep_ in ("xcomp", "advcl")
                and a.token.head.lemma_.lower() in motion
                and _means_of(a.token.head, reply)
            )
        ]
        if act.token.i == reply.i and any(a.targets for a in inner):
            act.targets = []  # the means clause tells the event
            return
        if any(not self_directed(s, t) for s in act.sources for t in act.targets):
            return
        mine = {s.code[:3] for s in act.sources}
        for other in sorted(acts, key=lambda a: -a.token.i):
            if other is act or other.token.i >= reply.i or other in inner:
                continue
            hit = self._struck(other, reply)
            if hit and not mine & hit:
                continue  # 'X shelled Y and Z hit back': Z answers no one here
            doers = [
                d
                for d in other.sources
                if not d.place
                and not any(
                    same_actor(s, d) or self_directed(s, d) or _one_state(s, d) for s in act.sources
                )
            ]
            if doers:
                act.targets = doers
                return

    def _struck(self, act: Act, reply) -> set[str]:
        """The countries an earlier act was aimed at or told within ('bombed hideouts inside
        X'), outside its doer and the clauses joined to it (where the reply is told)."""
        hit = {t.code[:3] for t in act.targets}
        joined = {t.i for c in act.token.children if c.dep_ in _NOT_STRUCK for t in c.subtree}
        joined |= {t.i for t in reply.subtree}
        for t in act.token.subtree:
            if t.i not in joined:
                hit |= {a.code[:3] for a in self.actors.at(t, location_ok=True)}
        return hit

    def _reply_verb(self, token):
        """The verb of replying that ``token`` is, or is the means of ('hit back by
        shelling', 'responded by sending jets to bomb'), else None."""
        cues = self.lex.cues
        node = token
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                lemma = node.lemma_.lower()
                if lemma in cues["reply_verbs"] or (
                    lemma in cues["reply_back_verbs"]
                    and any(c.lower_ == "back" for c in node.children)
                ):
                    return node
                if lemma == "return" and any(
                    c.dep_ == "dobj" and c.lower_ == "fire" for c in node.children
                ):
                    return node
            if node.dep_ in ("pcomp", "xcomp", "advcl", "prep", "pobj", "dobj"):
                node = node.head
            else:
                return None
        return None


def _means_of(token, verb) -> bool:
    """``token`` is the means or manner of ``verb``: 'hit back by shelling', 'retaliated,
    firing rockets', 'responded by sending jets to bomb'."""
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in _MEANS_DEPS:
            return False
        node = node.head
        if node.i == verb.i:
            return True
    return False


def _one_state(a: Arg, b: Arg) -> bool:
    """Two organs of one state ('government forces' and 'the army')."""
    return (
        a.code[:3] == b.code[:3]
        and not a.code.startswith(("---", "IGO", "NGO"))
        and a.code[3:6] in STATE_SECTORS
        and b.code[3:6] in STATE_SECTORS
    )
