"""Acts read through another act of the sentence: a closing participle speaks of the main
act's target; a clause of the same kind with no target shares the counterpart of the clause it
hangs on; a reaction to a noun that sums up a clause is aimed at that clause's doer; a suit
taken before a court is aimed at the other party; and a closing participle of violence counts
the toll of the attack it hangs on, no event of its own."""

from __future__ import annotations

from detente.coding.act import Act, own_side
from detente.coding.acts import ActFinder
from detente.coding.agents import VIOLENT
from detente.coding.lexicon import Lexicon
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.sides import same_actor, self_directed
from detente.coding.syntax import main_verb, own_subject, participle, reaction_participle

# reactions to an act told in a relative clause on a noun that sums it up
_REACTIONS = frozenset({"01", "02", "05", "10", "11", "12", "13", "16"})


class LinkedActs:
    """Passes that aim an act through another act of one parsed sentence; ``modal_anchor`` is
    the coder's map of acts whose mood is read off another verb, which
    :meth:`adjunct_target` extends."""

    def __init__(
        self,
        lex: Lexicon,
        actors: Actors,
        matcher: Matcher,
        finder: ActFinder,
        modal_anchor: dict[int, object],
    ):
        self.lex, self.actors, self.matcher, self.finder = lex, actors, matcher, finder
        self._modal_anchor = modal_anchor

    def adjunct_target(self, act: Act, acts: list[Act]) -> None:
        """'X cut ties with Y, accusing its neighbour of ...', 'X banned the Y broadcaster,
        calling the network a ...': a closing participle whose object is a description with
        no actor of its own ('its neighbour', 'the network'), or only the speaker's own, speaks of
        the main act's target."""
        token = act.token
        if not act.sources or token.dep_ != "advcl" or not participle(token):
            return

        def mine(arg: Arg) -> bool:
            return any(self_directed(s, arg) for s in act.sources)

        if not all(mine(t) for t in act.targets):
            return
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not all(
            (_description(o) or _pronoun(o)) and all(mine(a) for a in self.actors.phrase(o))
            for o in objects
        ):  # 'the government' the actor layer gave the speaker's own country
            return
        own = {s.code for s in act.sources}
        for other in acts:
            if other.token.i == token.head.i:
                act.targets = [t for t in other.targets if t.code not in own and not t.place]
                if act.targets and token.head.dep_ == "ccomp" and token.head.head.i != token.i:
                    # 'said it would expel X's envoy, accusing him of spying': the accusation
                    # is made as it is said, whatever the mood of the clause it hangs on
                    self._modal_anchor[token.i] = token.head.head
                return

    def summed_up(self, act: Act, acts: list[Act]) -> None:
        """'X did Y on Monday, a move Z condemned as hostile', '..., an arrest Z denounced':
        a reaction told in a relative clause on a noun that sums up the clause before it is
        aimed at whoever did that clause's act (gold: Z -> X with the reaction's code)."""
        token = act.token
        if not act.sources or act.code[:2] not in _REACTIONS:
            return
        if any(not own_side(t, act.sources) for t in act.targets):
            return  # a target of its own ('its own envoy' is the speaker's: none)
        objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp")]
        if token.dep_ in ("xcomp", "ccomp") and reaction_participle(token.head):
            # '..., prompting Z to call the remarks irresponsible': aimed at the main clause's actor
            clause = main_verb(token.head.head)
        elif token.pos_ != "VERB" or any(c.lower_ not in ("which", "that") for c in objects):
            clause = self._misparsed_summary(token)
            if clause is None:
                return
        else:
            noun = token.head
            if noun.dep_ == "appos" and noun.head.i < noun.i:
                # ', a move the agency's director general, X, condemned': the parser hangs the
                # clause on the subject it took for an apposition of the summing noun
                noun = noun.head if self._summary_noun(noun.head) else noun
            if token.dep_ not in ("relcl", "acl") or not self._summary_noun(noun):
                return
            clause = noun.head
        while clause is not None:
            if clause.pos_ in ("VERB", "AUX"):
                done = [a for a in acts if a.token.i == clause.i and a is not act and a.sources]
                authors = done[0].sources if done else []
                if not authors and not any(a.token.i == clause.i for a in acts):
                    authors = self.finder.arguments.sources(clause, None)
                if authors:
                    act.targets = [a for a in authors if not own_side(a, act.sources)]
                    return
            if clause.head.i == clause.i:
                return
            clause = clause.head

    def _summary_noun(self, noun) -> bool:
        """', a move ...', ', an arrest ...': an event noun set off by a comma after a clause,
        with no actor of its own."""
        start = noun.left_edge.i
        if noun.pos_ != "NOUN" or start == 0 or noun.doc[start - 1].text != ",":
            return False
        if noun.dep_ not in ("appos", "npadvmod", "dobj", "conj") or noun.head.i > noun.i:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return False
        if self.actors.at(noun):
            return False
        return self.lex.in_class(noun.lemma_, "summary") or self.matcher.match(noun) is not None

    def _misparsed_summary(self, verb):
        """', a move Z condemned' parsed with 'a move Z' as the subject of 'condemned' and the
        clause before as its complement: that clause, else None."""
        if any(c.dep_ == "dobj" for c in verb.children):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        first = subjects[0].left_edge
        if first.lower_ not in ("a", "an") or first.i + 1 >= len(first.doc) or first.i == 0:
            return None
        noun = first.doc[first.i + 1]
        if first.doc[first.i - 1].text != "," or not self.lex.in_class(noun.lemma_, "summary"):
            return None
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < first.i]
        return clauses[0] if clauses else None

    def court_venue(self, act: Act, acts: list[Act]) -> None:
        """'took X to the World Court', 'vowed to take the case to the ICJ': the court a
        lawsuit is brought before is where it is heard; the suit is aimed at the other party,
        named in the act or, for 'the case', by the act it is coordinated with."""
        doc = act.token.doc
        if not any(_court(t) for t in act.targets) or not any(
            p is not None and p.code.startswith("115")
            for i in act.consumed | {act.token.i}
            for p in [self.matcher.match(doc[i])]
        ):
            return
        others = [t for t in act.targets if not _court(t)]
        if not others:
            own = {s.code[:3] for s in act.sources}
            heads = {h.i for h in act.token.ancestors}
            others = [
                t
                for other in acts
                if other.token.i in heads
                for t in other.targets
                if not _court(t) and t.code[:3] not in own
            ]
        act.targets = others


def shared_aim(act: Act, acts: list[Act]) -> None:
    """'X cut ties with Z, while Y recalled its ambassador', 'X broke off talks with Z and
    Y froze its aid': a non-violent clause of the same kind that names no target of its
    own is aimed at the counterpart of the clause it hangs on."""
    token = act.token
    if not act.sources or act.targets or act.joint or token.pos_ != "VERB":
        return
    if act.code[:2] in VIOLENT:
        return
    if token.dep_ not in ("advcl", "conj") or not own_subject(token):
        return
    by_token = {a.token.i: a for a in acts}
    head = token.head
    if head.i not in by_token and head.dep_ == "advcl" and participle(head):
        head = head.head  # 'X cut ties with Z, citing ..., while Y recalled its envoy'
    for other in acts:
        if other.token.i != head.i or other.code[:2] != act.code[:2]:
            continue
        if any(same_actor(s, o) for s in act.sources for o in other.sources):
            return  # the same side's second act: its own roles, not a shared aim
        doc = token.doc
        act.targets = [  # a counterpart ('ties with Z'), not a patient ('expelled Z')
            t
            for t in other.targets
            if not t.place
            and not any(self_directed(s, t) for s in act.sources)
            and _counterpart(doc.char_span(*t.span, alignment_mode="expand"))
        ]
        return


def toll_of(act: Act, acts: list[Act]) -> bool:
    """'X bombed a bus, killing nine', 'A was struck by a mine, wounding four': the closing
    participle counts the victims of the attack it hangs on; it is no second event. Unless the
    attack names only a place ('shelled villages in X, killing civilians'): then the
    participle says whom it hit."""
    token = act.token
    while token.dep_ == "conj" and token.tag_ == "VBG":  # ', killing two and wounding five'
        token = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or act.code[:2] not in VIOLENT:
        return False
    return any(
        other.token.i == token.head.i
        and other.code[:2] in VIOLENT
        and (
            any(
                len(t.code) > 3
                and not t.place
                and not any(self_directed(s, t) for s in other.sources)
                for t in other.targets
            )
            or _mutual_fight(other)
        )
        for other in acts
    )


def _mutual_fight(act: Act) -> bool:
    """'A and B traded fire, killing two', 'A and B troops clashed, leaving ten dead': a
    fight between coordinated sides that names no target of its own is aimed at each other,
    and the closing participle counts its toll."""
    sides = {s.code for s in act.sources if not s.place}
    return not act.targets and len(sides) >= 2


def _counterpart(span) -> bool:
    """A phrase that is a preposition's object ('ties with Z'), not a verb's patient."""
    return span is not None and (span.root.dep_ == "pobj" or span.root.head.dep_ == "pobj")


def _description(noun) -> bool:
    """A definite common noun phrase that refers back ('the kingdom', 'its neighbour')."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det"
        and c.lower_ in ("the", "this", "that")
        or c.dep_ == "poss"
        and c.tag_ == "PRP$"
        for c in noun.children
    )


def _pronoun(noun) -> bool:
    """'said it would ban X, accusing it of ...': a third-person pronoun object, which
    cannot be the participle's own subject."""
    return noun.pos_ == "PRON" and noun.lower_ in ("it", "them", "him", "her")


def _court(arg: Arg) -> bool:
    """A court or tribunal ('the ICJ', 'the World Court', 'an arbitration tribunal')."""
    text = arg.text.lower()
    judicial = arg.code.startswith("IGO") or arg.code[3:6] == "JUD"
    return judicial and ("court" in text or "tribunal" in text)
