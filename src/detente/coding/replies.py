"""Replies: an answer that names no one ('..., and Y hit back with air strikes', '..., and in
response Y put its army on alert') is aimed at whoever did the earlier act of the sentence that
it answers; an act that another side's act moved its doer to ('X held drills, prompting Y to
put its forces on alert') is aimed at the doers of that act; a reply verb whose means is an act
with a target of its own leaves the event to it."""

from __future__ import annotations

from dataclasses import dataclass

from detente.coding.act import Act
from detente.coding.lexicon import Lexicon
from detente.coding.modality import assess
from detente.coding.roles import Actors, Arg, unique
from detente.coding.sides import STATE_SECTORS, same_actor, self_directed

# what a reply to an attack or affront can be: criticism, rejection, threats, protest, force
# postures, cutting ties, coercion and force ('hit back by sending aid' is no reply to aim)
_REPLY_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
# what of an earlier act's clause is not what it struck: its doer, the clauses joined to it
_NOT_STRUCK = frozenset({"conj", "advcl", "nsubj", "nsubjpass", "agent"})
# how a reply's means hangs on its verb: 'by shelling', ', firing rockets', 'with air strikes'
# (not a purpose: in 'responded by sending jets to bomb X' the sending is the means)
_MEANS_DEPS = frozenset({"pcomp", "advcl", "prep", "pobj", "dobj"})
# verbs by which one side's act moves another side to act: 'X held drills, prompting Y to
# raise its alert', 'X's test forced Y to scramble jets', 'leading Y to close its border'
_PROMPTING = frozenset(
    {"prompt", "force", "lead", "push", "spur", "drive", "trigger", "provoke", "compel",
     "oblige", "induce", "cause", "galvanise", "galvanize"}
)  # fmt: skip

# what a reaction to an act told in an earlier sentence can be: a denial or comment (01),
# praise or support (05), criticism, rejection, warnings and threats, protest, cutting ties,
# coercion and force (11-20); appeals and demands (02, 10) name whom they address
_ANSWERING = frozenset({"01", "05", "11", "12", "13", "14", "16", "17", "18", "19", "20"})
# nouns that sum up an earlier act, and the roots of the acts each can sum up (None: any)
_TALK = frozenset({"01", "11"})
_COERCION = frozenset({"16"})
_FORCE = frozenset({"18", "19", "20"})
_SUMMING: dict[str, frozenset | None] = {
    **dict.fromkeys(
        "accusation allegation claim charge criticism remark comment statement report "
        "assertion".split(),
        _TALK,
    ),
    **dict.fromkeys("sanction embargo restriction".split(), _COERCION),
    **dict.fromkeys(
        "strike airstrike attack raid bombing shelling assault offensive incursion".split(),
        _FORCE,
    ),
    **dict.fromkeys("move step decision action measure act announcement gesture".split()),
}
#: the word forms of those nouns: a sentence with one of them and a single actor may react to
#: an act of the sentence before (worth parsing in a document)
SUMMING_WORDS = frozenset(_SUMMING) | {w + "s" for w in _SUMMING} | {"this"}
# force used against an attack named by a summing noun: answering it, not doing it
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "retaliate", "avenge", "counter"})
# pronouns that stand for an earlier act ('X denied it', 'Y condemned this')
_ACT_PRONOUNS = frozenset({"it", "this"})
# determiners of a noun that points back ('the move', 'these allegations', 'such claims')
_BACK = frozenset({"the", "this", "these", "that", "those", "such"})
# how a summing noun hangs on the reaction: 'denied the claims', 'warned against the move',
# 'protested over the strikes', 'retaliated for the attack'
_ON_NOUN = frozenset({"against", "over", "to", "for", "at", "of"})


@dataclass(slots=True)
class Told:
    """An act told in an earlier sentence of the same document: its code, its doers and its
    trigger; ``plain`` says its modality is known to be plain (it gave an unflagged event),
    else it named no target and is assessed only if a later reaction reaches for it."""

    code: str
    doers: list[Arg]
    token: object
    plain: bool


class Replies:
    """The reply pass of one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors):
        self.lex, self.actors = lex, actors

    def answered(self, act: Act, acts: list[Act]) -> None:
        """A reply aimed within its sentence (:meth:`_answered_here`), else a reaction to an act
        of an earlier sentence of the document (:meth:`_answered_earlier`)."""
        if self.actors.told is not None:
            self.actors.told.append(act)
        if self._prompted(act, acts) or self._answered_here(act, acts) or act.targets:
            return
        self._answered_earlier(act)

    def _prompted(self, act: Act, acts: list[Act]) -> bool:
        """'X and Y launched drills, prompting Z to put its forces on alert', 'X's missile test
        forced Z to scramble jets': an act with no target that another side's act moved its doer
        to is aimed at the doers of that act (the clause the prompting verb hangs on, else the
        subject of the prompting verb or of that clause)."""
        if not act.sources or act.code[:2] not in _REPLY_ROOTS:
            return False
        if any(not self_directed(s, t) for s in act.sources for t in act.targets):
            return False
        prompt = _prompting_verb(act.token)
        if prompt is None:
            return False
        causes = []
        if prompt.dep_ in ("advcl", "conj", "xcomp") and prompt.head.i != prompt.i:
            heads = {prompt.head.i} | {c.i for c in prompt.head.children if c.dep_ == "conj"}
            causes = [d for a in acts if a is not act and a.token.i in heads for d in a.sources]
        for verb in (prompt, prompt.head):
            if causes or verb is prompt.head and prompt.dep_ != "advcl":
                break
            causes = [  # 'X's test forced Y to ...'; 'X held a test, prompting Y to ...'
                a
                for c in verb.children
                if c.dep_ == "nsubj"
                for a in self.actors.subtree(c)
                if not a.pronoun
            ]
        doers = [
            d
            for d in causes
            if not d.place
            and not any(
                same_actor(s, d) or self_directed(s, d) or _one_state(s, d) for s in act.sources
            )
        ]
        if not doers:
            return False
        act.targets = unique(doers)
        return True

    def _answered_earlier(self, act: Act) -> None:
        """'X accused Y of Z. Y denied the accusations.', 'X imposed sanctions on Y. Y
        condemned the sanctions.', 'X said it would pull out. Z hailed the move.': a reaction
        with no target whose object is a noun or pronoun summing up an earlier act is aimed
        at the doer of the latest act of an earlier sentence that the noun can sum up (talk
        nouns: statements and accusations, 01x and 11x; sanctions: 16x; strikes and attacks:
        18x-20x; 'move', 'decision', 'it': any act), not the reacting side itself."""
        told = self.actors.earlier
        if not told or not act.sources or act.code[:2] not in _ANSWERING:
            return
        if act.code[:2] in _FORCE and act.token.lemma_.lower() not in _REPELLING:
            return  # 'carried out the attack' does it; 'repelled the attack' answers it
        noun = _summing_object(act.token)
        if noun is None or self.actors.subtree(noun, location_ok=True):
            return
        roots = _SUMMING.get(noun.lemma_.lower())
        if act.code[:2] == "01":
            roots = _TALK  # a denial answers a claim or an accusation, whatever it is called
        cues = self.lex.cues
        for earlier in reversed(told):
            if roots is not None and earlier.code[:2] not in roots:
                continue
            doers = [
                d
                for d in earlier.doers
                if not d.place
                and not any(
                    same_actor(s, d) or self_directed(s, d) or _one_state(s, d) for s in act.sources
                )
            ]
            if not doers:
                continue
            if not earlier.plain:
                modality = assess(earlier.token, cues)
                if modality.negated or modality.hypothetical or modality.background:
                    continue
                earlier.plain = True
            span = (noun.left_edge.idx, noun.idx + len(noun))
            act.targets = [Arg(d.code, d.text, span, True, False, d.former) for d in doers]
            self.actors.reacted.add(act.token.i)
            return

    def _answered_here(self, act: Act, acts: list[Act]) -> bool:
        """'X shelled Y's posts, and Y hit back with air strikes', '... and police responded
        with tear gas', '... and Y retaliated by shelling X's camps': a reply that names no one
        is aimed at whoever did the earlier act of the sentence that it answers. A reply verb
        whose means ('by shelling ...') is an act with a target of its own leaves the event
        to it (then True: the act is told, with no target of its own)."""
        if not act.sources or act.code[:2] not in _REPLY_ROOTS:
            return False
        reply = self._reply_verb(act.token)
        if reply is None:
            return False
        if reply.i == act.token.i and act.token.lemma_.lower() not in self.lex.cues["reply_verbs"]:
            # '..., and in response Y expelled X's envoy, accusing X of ...': the act itself
            # answers; its closing participles are acts of their own, not its means
            if any(not self_directed(s, t) for s in act.sources for t in act.targets):
                return False
            return self._answer_earlier_here(act, acts, reply, [])
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
            return True
        if any(not self_directed(s, t) for s in act.sources for t in act.targets):
            return False
        return self._answer_earlier_here(act, acts, reply, inner)

    def _answer_earlier_here(self, act: Act, acts: list[Act], reply, inner: list[Act]) -> bool:
        """Aim ``act`` at the doers of the latest earlier act of the sentence it answers."""
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
                return True
        return False

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
                if any(_bare_response(c, cues["reaction_nouns"]) for c in node.children):
                    return node  # '..., and in response Y put its army on alert'
            if node.dep_ in ("pcomp", "xcomp", "advcl", "prep", "pobj", "dobj"):
                node = node.head
            else:
                return None
        return None


def _prompting_verb(token):
    """The verb that tells another side's act moving the doer of ``token`` to act ('prompting
    Y to put its forces on alert', 'forced Y to scramble jets and to close ...'), else None."""
    node = token
    for _ in range(4):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in ("xcomp", "ccomp"):
        return None
    verb = node.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PROMPTING:
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ == "nsubj" for c in node.children
    ):
        return None  # 'leading to ...', 'forced to ...' (said of the doer itself)
    return verb


def _bare_response(prep, nouns) -> bool:
    """'in response', 'in retaliation': a reaction phrase that names nothing it answers (with
    'to' or 'for' it names the act itself, read elsewhere)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    return any(
        o.dep_ == "pobj"
        and o.lower_ in nouns
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children)
        for o in prep.children
    )


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


def _summing_object(verb):
    """The noun or pronoun that sums up an earlier act as the object of a reaction verb:
    'denied the accusations', 'condemned this', 'warned against such a move'; else None."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            noun = child
        elif child.dep_ == "prep" and child.lower_ in _ON_NOUN:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is None:
                continue
        else:
            continue
        if noun.lower_ in _ACT_PRONOUNS and noun.pos_ == "PRON":
            return noun
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _SUMMING:
            if any(c.dep_ in ("det", "predet") and c.lower_ in _BACK for c in noun.children):
                return noun
    return None


# clauses whose act is a side detail of its sentence, not what a later 'the move' sums up
_SIDE_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp", "pobj", "npadvmod", "amod"})


def main_act(token) -> bool:
    """The act's trigger is in its sentence's main line (the root, a conjunct, a reported
    clause), not in a relative, adverbial or prepositional side clause ('with Y boycotting
    the vote', 'in retaliation for an attack')."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return True
        if node.dep_ in _SIDE_CLAUSES:
            return False
        node = node.head
    return False
