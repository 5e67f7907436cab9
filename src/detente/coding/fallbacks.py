"""Roles of an act that its own slots leave empty, found elsewhere in the sentence: the one
foreign state the act's words name, the holders of joint talks, the parties a mediator stands
between, the host of a visit, whom an alert, a show of force, an ultimatum, a demand, a
restriction or an outlook is aimed at, and the people a struck vehicle carried.

:class:`~detente.coding.acts.ActFinder` asks these in turn when the pattern's target slots name
no one; a fallback that reads another act (a mediated deal, a claimed attack) calls back into
the finder's ``act``."""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.act import Act, own_side
from detente.coding.agents import _BORDERS, VIOLENT
from detente.coding.arguments import Arguments
from detente.coding.dates import TIME_NOUNS, WEEKDAYS
from detente.coding.lexicon import Pattern
from detente.coding.matching import Matcher
from detente.coding.places import head_at
from detente.coding.roles import NOT_PEOPLE, Actors, Arg, agent_noun, unique
from detente.coding.syntax import dated, infinitive, passive

# those a state's emergency rule is aimed at
_DISSENT = frozenset({"REB", "CVL", "OPP", "LAB"})
# what a vehicle or building under attack does with the people in it
_CARRYING = frozenset({"carry", "transport", "ferry", "house", "hold", "shelter"})
# what an outlook may be about: 'optimistic about ties with X'
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding"})
# what a joint event noun is held in parts of ('a third round of talks')
_ROUNDS = frozenset({"round", "series", "session", "cycle", "phase", "stage", "set"})
_SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# the relations that hang a subject on a word, and those that hang a clause of its own
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "parataxis", "xcomp", "acl", "pcomp"})
# prepositions that set an act in a place, a time or a circumstance, or name its agent or means
_SETTING_PREPS = frozenset(
    {
        "in", "inside", "within", "at", "through", "via", "by", "with", "during", "since",
        "after", "before", "amid", "despite", "until", "across", "throughout", "ahead",
        "between", "among", "from",
    }
)  # fmt: skip
# verbs that hand someone a deadline or an ultimatum
_GIVING = frozenset({"give", "hand", "issue", "set", "deliver", "present", "send"})
# writings a statement is made in: 'in a letter to X'
_LETTERS = frozenset({"letter", "message", "note", "cable", "telegram"})
# participles that say whom a display of force is meant for
_AIMING = frozenset({"aim", "direct", "target"})
# subordinators of a cause: 'after X struck', 'because X massed troops'
_CAUSAL = frozenset({"after", "because", "as"})
# 'in anticipation of X', 'in response to X': a preposition 'in' that gives an alert's cause
_CAUSE_IN = frozenset({"anticipation", "response", "reaction", "answer", "retaliation"})
# common nouns that tell a visit's destination again ('a visit to the country', 'a trip to
# the Gulf kingdom', 'a tour of the island nation'): a state named elsewhere in the sentence
_HOST_ANAPHORS = frozenset(
    {"country", "nation", "kingdom", "state", "republic", "island", "emirate", "monarchy",
     "archipelago", "sultanate", "principality", "capital"}
)  # fmt: skip
_ANAPHOR_DETS = frozenset({"the", "this", "that"})
# prepositions that name the other side of a joint act ('a pact with X', 'talks between A
# and B'; not 'fought alongside X', an ally)
_PARTNER_PREPS = frozenset({"with", "between"})
# what a 'with' names when it is no party: the help or means an act is done with
_NOT_PARTNERS = frozenset(
    {"help", "support", "backing", "assistance", "aid", "mediation", "participation",
     "approval", "blessing", "consent", "involvement", "presence", "sponsorship",
     "cooperation", "co-operation", "facilitation", "encouragement", "permission"}
)  # fmt: skip
# prepositions through which a joint act's object or topic goes on ('the terms of a deal
# with X', 'returned to the table with X', 'a memorandum on cooperation with X')
_TOPIC_WALK = frozenset(
    {"of", "on", "over", "about", "for", "to", "into", "toward", "towards", "regarding",
     "concerning"}
)  # fmt: skip
# verbs of a relative clause on a loan or deal that tell the other side gave it ('the loan X
# granted', 'the terms X offered'); not 'the deal X signed with Y', a deal of others
_MAKING = frozenset({"grant", "give", "extend", "offer", "provide", "lend", "approve", "award"})
# nouns for a quarrel between two sides, whose sides a mediator stands between
_QUARRELS = frozenset(
    {"dispute", "rift", "row", "standoff", "stand-off", "conflict", "crisis", "feud", "spat",
     "quarrel", "tension", "tensions", "impasse", "deadlock", "confrontation", "war",
     "fighting", "hostilities", "split", "disagreement", "differences"}
)  # fmt: skip
# frames whose complement may name the other side: vows, pledges, offers, demands, appeals
_PARTNER_FRAMES = frozenset({"intent", "demand", "appeal", "appeal_for"})
# verbs of vowing: a threat vowed of what will befall others is aimed at them
_VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# the clauses a partner is looked for in, one deep: a purpose, an infinitive, a relative
_CLAUSE_STEPS = frozenset({"xcomp", "advcl", "acl", "relcl"})
# codes of mediation and of offers of it
_MEDIATING = frozenset({"039", "045"})
# nouns for what one side puts to another, whose maker an accepting or refusing side answers
_PROPOSALS = frozenset(
    {"offer", "proposal", "invitation", "initiative", "overture", "bid", "plan", "request",
     "suggestion", "mediation"}
)  # fmt: skip
# how the parser hangs an accepted proposal noun (or its mis-split name) on the verb
_PROPOSAL_DEPS = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass"})


class Fallbacks:
    """Role fallbacks of acts in one parsed sentence; ``act`` is the finder's own."""

    def __init__(
        self,
        actors: Actors,
        matcher: Matcher,
        arguments: Arguments,
        act: Callable[..., Act | None],
    ):
        self.actors, self.matcher, self.arguments, self.act = actors, matcher, arguments, act

    def lone_state(self, token, code: str, sources: list[Arg]) -> list[Arg]:
        """'pounded facilities around the western X-ian city of Y', 'flew low over X-ian
        islands', 'passed X-ian officials details of a plot': when no target slot names
        anyone, the one state other than the source's that the act's own words name (itself,
        by one of its places or by a national adjective) is the one acted on. Only words of
        this act count: not its subject, its time, the place it happens in ('arrested him
        in X', 'met in X'), an agent ('by X'), a clause of its own, nor a phrase told
        through another act ('data on X's missile launches'); and only when they name one
        state and no place of the source's own (then the act may well be at home). What a
        lifting ends tells whom it was laid on ('lifted the sanctions it had imposed on X')."""
        if token.dep_ in ("compound", "amod", "acl", "relcl") or passive(token):
            return []  # 'attack helicopters', 'a missile fired by X', 'was shot near Y'
        if token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children):
            return []  # 'X-ian hostages shot dead near Y': its subject is the victim
        if token.dep_ == "ccomp" and not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return []  # 'found the bodies of X-ian hostages shot dead near Y': the same
        if token.head.lower_ == "by" or all(s.former for s in sources):
            return []  # 'backed by X-ian strikes'; 'a Y-ian tourist was robbed in X'
        if any(
            _person(o) and (o.dep_ == "dobj" or not self.actors.phrase(o, True))
            for o in token.children
            if o.dep_ in ("dobj", "dative")
        ):
            return []  # 'arrested a former minister': whom it names
        own = {s.code[:3] for s in sources}
        if len(own) > 1:
            return []  # 'A and B began sharing data on C': most likely with each other
        found: dict[str, Arg] = {}
        stack = [
            c
            for c in token.children
            if c.dep_ not in _SUBJECT_DEPS
            # 'Chinese and Russian vetoes': the noun's own makers
            and not (token.pos_ == "NOUN" and c.dep_ in ("amod", "poss", "compound"))
        ]
        while stack:
            node = stack.pop()
            if node.dep_ == "prep" and (node.lower_ in _SETTING_PREPS or dated(node)):
                continue
            if node.dep_ == "prep" and node.lower_ == "for" and _purpose(node):
                continue  # 'arrested X for extradition to Y': another act, to come
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == token.i:
                # 'the visit of X-ian leaders': the noun's maker, or what it is of
                made = self.actors.by_token.get(node.i)
                if made is not None:
                    stack += [c for c in node.children if self.actors.by_token.get(c.i) is not made]
                    continue
            if node.dep_ == "pobj" and node.lower_ == "behalf":
                continue  # 'filed a case on behalf of X': whom it is done for
            if code[:2] == "08" and _own_imposition(node):
                stack += [c for c in node.children if c.dep_ not in _SUBJECT_DEPS]
                continue
            if node.dep_ in _CLAUSE_DEPS and (
                node.pos_ in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in node.children)
            ):
                continue  # another clause, another act ('found a man guilty of X')
            # the measure a lifting ends is an act's word by nature ('eased the curbs on X')
            lifted = code[:2] == "08" and _measure_of(token, node)
            if not lifted and node.pos_ == "NOUN" and self.arguments.agents.event_noun(node):
                continue
            if not lifted and self.matcher.match(node) is not None:
                continue
            stack += node.children
            mention = self.actors.by_token.get(node.i)
            if mention is not None and mention.how == "sector" and mention.text.islower():
                continue  # 'officials': a country only guessed from the sentence
            for arg in self.actors.at(node, location_ok=True):
                if arg.code.startswith(("---", "IGO", "NGO")) or len(arg.code) < 3:
                    continue
                if arg.code[:3] in own:
                    if arg.place:
                        return []
                    continue
                found.setdefault(arg.code[:3], arg.country_only() if arg.place else arg)
        return list(found.values()) if len(found) == 1 else []

    def joint_holders(self, token) -> list[Arg]:
        """'A-ian and B-ian negotiators wrapped up a round of trade talks', 'A and B concluded
        their talks': a joint event noun with no party of its own, held as the object of a
        verb (over a 'round of', 'series of'), is held by that verb's subject when the
        subject names two states or more (the parties, each toward the other)."""
        node = token
        while (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.lemma_.lower() in _ROUNDS
            and not self.actors.at(node.head.head)
        ):
            node = node.head.head
        verb = node.head
        if node.dep_ != "dobj" or verb.pos_ != "VERB" or self.matcher.match(verb) is not None:
            return []
        heads = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
        if any(c.dep_ in ("neg", "preconj") for h in heads for c in h.children):
            return []  # 'discussed the next round of talks': talks told of by an act of its own
        if any(c.lower_ in ("next", "future", "planned") for c in node.children):
            return []
        parties: dict[str, Arg] = {}
        for arg in self.arguments.sources(verb, None):
            if not arg.place and not arg.code.startswith("---"):
                parties.setdefault(arg.code[:3], arg)
        return list(parties.values()) if len(parties) >= 2 else []

    def mediated(self, token, pattern: Pattern, sources: list[Arg], done: bool) -> list[Arg]:
        """Whom a mediator mediates between when the parse hangs no party on the verb: the
        parties 'between' on its object ('acted as mediator between A-ian and B-ian
        officials'), else the parties of the joint act the sentence tells of, each of
        another state ('A and B agreed to a truce, said X, who mediated the deal'), when the
        mediation is told as done (not an offer's or a readiness's complement)."""
        own = {s.code[:3] for s in sources}
        parties: dict[str, Arg] = {}
        objects = [
            o
            for node in (token, *self.matcher.objects(token, pattern))
            for p in node.children
            if p.dep_ == "prep" and p.lower_ in ("as", "between")
            for o in ([p] if p.lower_ == "between" else p.children)
        ]
        for node in objects:
            for prep in [node] if node.lower_ == "between" else node.children:
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    for arg in self.actors.under(prep, ("pobj", "pcomp")):
                        if arg.code[:3] not in own:
                            parties.setdefault(arg.code[:3], arg)
        if len(parties) >= 2 or not done:
            return list(parties.values()) if len(parties) >= 2 else []
        parties = {}
        for word in token.doc:
            if word.i == token.i:
                continue
            joint = self.matcher.match(word)
            if joint is None or not joint.joint or joint.frame or joint.code[:3] == "045":
                continue
            if joint.code[:2] not in _BROKERED:  # 'traded fire, shattering a truce X brokered'
                continue
            act = self.act(word, joint)
            for arg in act.sources if act is not None else []:
                if not arg.place and arg.code[:3] not in own and not arg.code.startswith("---"):
                    parties.setdefault(_party_side(arg), arg)
            if len(parties) >= 2:
                return list(parties.values())
            parties = {}
        return []

    def host_of(self, token, sources: list[Arg]) -> list[Arg]:
        """'X welcomed Y to Z on the first visit by a Y-ian leader', 'X hosted Y during Y's
        tour of the region': a visit that names no destination is paid to whoever the
        sentence says receives the visitor (gold rule 2: a host stated in the text); the
        host's state, as the destination of a visit, without a sector."""
        visitors = {s.code[:3] for s in sources if not s.place}
        if not visitors:
            return []
        hosts: dict[str, Arg] = {}
        for verb in token.doc:
            if verb.i == token.i or verb.pos_ not in ("VERB", "AUX"):
                continue
            pattern = self.matcher.match(verb)
            if pattern is None or pattern.pos != "verb" or pattern.code[:3] != "043":
                continue
            guests = {a.code[:3] for a in self.arguments.targets(verb, pattern.target, pattern)}
            if not guests & visitors:
                continue
            for host in self.arguments.sources(verb, pattern):
                code = host.code[:3]
                if host.place or code in visitors or host.code.startswith(("---", "IGO", "NGO")):
                    continue
                hosts.setdefault(code, host.country_only())
        return list(hosts.values()) if len(hosts) == 1 else []

    def anaphoric_host(self, token, sources: list[Arg]) -> list[Arg]:
        """'at the start of a four-day visit to the country', 'wrapping up a trip to the
        kingdom', 'visited the Gulf state': a destination told again by a common noun is the
        one state other than the visitor's that the sentence names (:meth:`sole_state`)."""
        if not self._anaphoric_destination(token):
            return []
        return self.sole_state(token, sources)

    def sole_state(self, token, sources: list[Arg], where=None) -> list[Arg]:
        """The one state other than the visitors' (``sources``) that the words of the
        sentence of ``token`` name (by an actor, one of its places or a national adjective),
        only the words ``where`` accepts if given; none when they name two or more (gold rule
        2: never a guessed host). The state without a sector, as a destination."""
        visitors = {s.code[:3] for s in sources if not s.place}
        if not visitors:
            return []
        states: dict[str, Arg] = {}
        for word in token.sent:
            if where is not None and not where(word):
                continue
            for arg in self.actors.at(word, location_ok=True):
                code = arg.code[:3]
                if len(arg.code) < 3 or code in visitors or arg.former:
                    continue
                if arg.code.startswith(("---", "IGO", "NGO")):
                    continue
                states.setdefault(code, arg.country_only())
        return list(states.values()) if len(states) == 1 else []

    def _anaphoric_destination(self, token) -> bool:
        """The visit's destination is a definite common noun for a state, naming no actor of
        its own ('to the country', 'of the kingdom'; 'visited the island nation')."""
        holders = [token]
        if token.pos_ in ("VERB", "AUX"):
            objects = [c for c in token.children if c.dep_ == "dobj"]
            holders += objects
            places = list(objects)
        else:
            places = []
        places += [
            o
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("to", "of")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for place in places:
            # 'the island nation, where he met X': a clause of its own names no destination
            told = {t.i for c in place.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
            words = [w for w in place.subtree if w.i not in told]
            if words[0].lower_ not in _ANAPHOR_DETS:
                continue
            if any(self.actors.at(w, location_ok=True) for w in words):
                continue
            if any(w.pos_ == "NOUN" and w.lemma_.lower() in _HOST_ANAPHORS for w in words):
                return True
        return False

    def dissenters(self, sources: list[Arg]) -> list[Arg]:
        """Martial law or an emergency that names no one it is aimed at: the rebels,
        protesters or opposition of the imposing state that the sentence tells of."""
        countries = {s.code[:3] for s in sources if s.code[3:6] in ("GOV", "MIL", "COP")}
        out: list[Arg] = []
        for word in self.actors.doc:
            for arg in self.actors.at(word):
                if arg.code[:3] in countries and arg.code[3:6] in _DISSENT and arg not in out:
                    out.append(arg)
        return out

    def carried(self, token, sources: list[Arg]) -> list[Arg]:
        """'opened fire on a bus carrying soldiers of X': violence aimed at a vehicle or
        building is aimed at the people it carries or holds."""
        nouns = [
            o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ] + [c for c in token.children if c.dep_ == "dobj"]
        return [
            a
            for n in nouns
            for c in n.children
            if c.dep_ == "acl" and c.lemma_.lower() in _CARRYING
            for o in c.children
            if o.dep_ == "dobj"
            for a in self.actors.phrase(o)
            if not a.place and not own_side(a, sources)
        ]

    def convened(self, token) -> list[Arg]:
        """The parties a mediator brings together for the talks named as its purpose."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
            return []
        verb = prep.head
        pattern = self.matcher.match(verb)
        if pattern is None or pattern.code != "045" or pattern.frame:
            return []
        act = self.act(verb, pattern)
        parties: dict[str, Arg] = {}  # one per country: 'his Russian counterpart, X'
        for arg in act.targets if act else []:
            held = parties.get(arg.code[:3])
            if not arg.place and (held is None or len(arg.code) > len(held.code)):
                parties[arg.code[:3]] = arg
        return list(parties.values()) if len(parties) >= 2 else []

    def outlook_targets(self, token, sources: list[Arg]) -> list[Arg]:
        """Whom a pessimistic or optimistic comment is about: the subject of the clause it
        judges ('was pessimistic that X would ...', 'voiced hope that X would ...'), else
        the actors in that clause or in its topic ('optimistic about ties with X')."""
        clauses = _outlook_clauses(token)
        for clause in clauses:
            got = [
                a
                for a in self.actors.under(clause, ("nsubj", "nsubjpass"), places=True)
                if not a.pronoun and not own_side(a, sources)
            ]
            if got:
                return got
        topics = [
            o
            for node in (token, *(c for c in token.children if c.dep_ == "dobj"))
            for p in node.children
            if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS
            for o in p.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        for node in [*clauses, *topics]:
            got = [
                a
                for a in self.actors.subtree(node)
                if not a.pronoun and not a.place and not own_side(a, sources)
            ]
            if got:
                return got
        return []

    def claimed_victims(
        self, token, pattern: Pattern, sources: list[Arg], word: str = "for"
    ) -> list[Arg]:
        """'claimed responsibility for the bombing that killed five Chinese workers': the
        claim is aimed at whom the claimed act hit (gold: the attack's target)."""
        for prep in self.matcher.preps(token, word):
            queue = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            while queue:
                node = queue.pop(0)
                inner = self.matcher.match(node)
                if inner is not None and not inner.frame and inner.code[:2] in VIOLENT:
                    act = self.act(node, inner)
                    got = [a for a in act.targets if not own_side(a, sources)] if act else []
                    if got:
                        return got
                queue.extend(node.children)
        return []

    def told_clauses(self, token) -> list:
        """Clauses that say what a demand or ultimatum named as a noun asks: 'issued an
        ultimatum to X to leave', and, as the parser often has it, 'gave X [holding out]
        an ultimatum' (the addressee parsed as the subject of a clause under the verb)."""
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [
            g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "dobj"
        ]
        out = [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and infinitive(c)]
        out += [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
        return out

    def addressees(self, token, sources: list[Arg]) -> list[Arg]:
        """Who an ultimatum or demand named as a noun is put to, when no 'to X' names them:
        the subject of the clause that says what they must do."""
        for clause in self.told_clauses(token):
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                got = [a for a in self.actors.phrase(subject) if not own_side(a, sources)]
                if got:
                    return got
        return []

    def second_object(self, token, sources: list[Arg]) -> list[Arg]:
        """'handed X an ultimatum' parsed with two direct objects: the one that is not the
        demand or ultimatum noun is whom it is put to."""
        return [
            a
            for c in token.children
            if c.dep_ in ("dobj", "dative", "iobj") and self.matcher.match(c) is None
            for a in self.actors.phrase(c)
            if not a.place and not own_side(a, sources)
        ]

    def stranded_pair(self, token) -> list[Arg]:
        """'With X acting as mediator, A and B agreed to ...': a joint verb left with no
        subject because the parser hung the pair before it on an earlier phrase; the
        coordinated actors that end right before the verb are its two sides."""
        if token.tag_ not in ("VBD", "VBZ", "VBP") or token.dep_ not in ("ROOT", "ccomp"):
            return []  # 'sent troops to A and B to fight X': an infinitive's doer is controlled
        if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return []
        doc, i = token.doc, token.i - 1
        while i >= 0 and doc[i].dep_ in ("aux", "advmod", "neg") and doc[i].lower_ != "to":
            i -= 1
        last = doc[i] if i >= 0 else token
        members = [last]
        while members[-1].dep_ == "conj" and self.actors.at(members[-1].head):
            members.append(members[-1].head)
        if len(members) < 2 or not all(self.actors.at(m) for m in members):
            return []
        found = [a for m in reversed(members) for a in self.actors.at(m) if not a.place]
        return found if len({a.code for a in found}) >= 2 else []

    def partner(self, token, code: str, sources: list[Arg], pattern: Pattern | None = None):
        """The other side of a joint act that found one side only, where news puts it: a
        'with' or 'between' phrase on the act's object or topic ('signed a
        memorandum on cooperation with X', 'returned to the negotiating table with X'), on
        an infinitive it governs or its object ('agreements to boost trade with X', 'pledged
        to honour the truce with X'), on an object set after the act's date ('demanded on
        Monday talks with X'); the maker of a deal or loan told in a relative clause on it
        ('the loan X granted'); for a threat, the subject of the clause it promises ('vowed
        that X's interests were now targets'); for a mediation, the sides of the quarrel it
        is offered in ('in the rift that saw A cut ties with B'). Never the source's own
        side, a place, or what a clause with a subject of its own tells; nearest first."""
        if not sources or len({s.code for s in sources if not s.place}) >= 2:
            return []
        if token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBG":
            return []  # 'soldiers who fought in the war': who they are, not an act told

        def others(args: list[Arg]) -> list[Arg]:
            return [a for a in args if not a.place and not own_side(a, sources)]

        frame = pattern.frame if pattern is not None else None
        if frame and frame not in _PARTNER_FRAMES:
            return []  # 'denied collaborating with X': what is denied is no act with X
        if frame and any(
            c.pos_ == "PRON" or _person(c) or self.actors.phrase(c)
            for c in token.children
            if c.dep_ in ("dobj", "dative")
        ):
            return []  # 'asked him not to meet with X': the one asked is named
        mediating = code[:3] in _MEDIATING
        if code[:2] == "13":
            if token.lemma_.lower() not in _VOWING or token.pos_ != "VERB":
                return []  # 'ready to coordinate strikes with X': an ally, not the threatened
            got = others(
                [
                    a
                    for c in token.children
                    if c.dep_ == "ccomp"
                    for s in c.children
                    if s.dep_ in ("nsubj", "nsubjpass")
                    for a in self.actors.phrase(s)
                ]
            )
            if got:
                return got
        seen, frontier = {token.i}, [token]
        inside: set[int] = set()  # words reached through a clause: one clause at most
        for _depth in range(6):
            found: list[Arg] = []
            nxt = []
            for node in frontier:
                if mediating and node.lemma_.lower() in _QUARRELS:
                    parties = others(unique([a for t in node.subtree for a in self.actors.at(t)]))
                    if len({a.code[:3] for a in parties}) >= 2:
                        return parties
                for c in node.children:
                    if c.i in seen:
                        continue
                    seen.add(c.i)
                    steps = self._partner_steps(node, c, mediating, sources, found, _depth)
                    if node.i in inside:
                        if any(t.dep_ in _CLAUSE_STEPS for t in steps):
                            continue  # 'met to discuss sending a mission with X': too far
                        inside |= {t.i for t in steps}
                    elif any(t.dep_ in _CLAUSE_STEPS for t in steps):
                        inside |= {t.i for t in steps}
                    nxt += steps
            found = others(found)
            if found:
                return found
            frontier = nxt
            if not frontier:
                break
        return []

    def _partner_steps(
        self, node, c, mediating: bool, sources: list[Arg], found: list[Arg], depth: int
    ):
        """One step of :meth:`partner` from ``node`` to its child ``c``: the parties ``c``
        names are added to ``found``; the words to go on from are returned."""
        dep = c.dep_
        if dep == "prep" and c.lower_ in _PARTNER_PREPS:
            if node.lemma_.lower() in _BORDERS:
                return []  # 'near its border with X': the border's own
            got = [
                a
                for o in c.children
                if o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() not in _NOT_PARTNERS
                for a in self.actors.phrase(o)
            ]
            if c.lower_ == "between":
                # 'talks between A and B' is A's with B; opened by C, C stands between them;
                # a pair deep in the object ('a deal to speed up a pact between A and B') or
                # a list of many is told of, not a side of this act
                own = [a for a in got if own_side(a, sources)]
                if mediating and not own or own and len(got) == 2 and depth <= 1:
                    found += got
            elif not mediating:  # 'a mediation with X' names a party, not whom it answers
                found += got
            return []
        if dep == "prep":
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if c.lower_ in _TOPIC_WALK or mediating and c.lower_ in ("in", "as"):
                return objs
            if dated(c):  # 'demanded on Monday direct talks with X': the object after the date
                return [
                    o
                    for o in objs
                    if o.pos_ == "NOUN"
                    and o.lemma_.lower() not in TIME_NOUNS
                    and o.lower_ not in WEEKDAYS
                ]
            return []
        if dep in ("dobj", "attr", "oprd") or dep == "conj" and node.pos_ in ("NOUN", "PROPN"):
            return [c]
        if c.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if dep == "relcl":
            makers = [a for s in subjects for a in self.actors.phrase(s)]
            if (
                makers
                and c.lemma_.lower() in _MAKING
                and not all(own_side(a, sources) for a in makers)
            ):
                found += makers  # 'the terms of the loan X granted'
                return []
            # 'the deal it signed with X': the source's own making, told again
            return [c] if makers and all(own_side(a, sources) for a in makers) else []
        if (
            dep == "xcomp"
            and c.tag_ != "VBG"
            or dep == "advcl"
            and infinitive(c)
            and not passive(c)
        ):
            return [] if subjects else [c]  # 'met to discuss trade with X'
        if dep == "acl" and c.tag_ != "VBG":  # 'deals to boost trade with X', not 'talks
            return [] if subjects else [c]  # addressing ties with X', told of, not held
        if dep == "ccomp" and _noun_made_clause(c, subjects):
            return [c]  # 'honour the ceasefire deal with X', read as a clause
        return []

    def proposer(self, token, sources: list[Arg]) -> list[Arg]:
        """'A accepted a B offer to mediate', 'A turned down B's proposal', 'A accepted an
        invitation from B': whom an accepting or refusing side answers is the maker of the
        proposal it takes up (its owner, its name on the noun, 'from'/'by' B). The parser may
        split the maker's name off as an object of its own ('accepted [a B] [offer]')."""
        found: list[Arg] = []
        kids = list(token.children)
        for noun in kids:
            if noun.dep_ not in _PROPOSAL_DEPS or noun.lemma_.lower() not in _PROPOSALS:
                continue
            makers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nsubj")]
            makers += [
                c
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for c in p.children
                if c.dep_ == "pobj"
            ]
            makers += [c for c in kids if c.dep_ == "dobj" and c.i == noun.i - 1]
            found += [a for c in makers for a in self.actors.phrase(c) if not a.place]
        return [a for a in found if not own_side(a, sources)]

    def given_to(self, token, sources: list[Arg]) -> list[Arg]:
        """'gave X a week to do Y, warning that ...', 'gave X a week, in an ultimatum that
        ...': a threat told beside or inside the verb that hands someone a deadline is put
        to that verb's object."""
        node = token
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            node = token.head
        if node.dep_ not in ("advcl", "prep", "conj") or node.head.i == node.i:
            return []
        verb = node.head
        if verb.pos_ != "VERB":
            return []
        return self.second_object(verb, sources)

    def ultimatum_named(self, token) -> bool:
        """A threat whose own words call it an ultimatum ('warning in its ultimatum that
        ...'): the word decides the code (139)."""
        return any(
            o.lemma_.lower() == "ultimatum"
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj"
        )

    def ultimatum_parties(self, token, sources: list[Arg]) -> tuple[list[Arg], list[Arg]]:
        """An ultimatum noun whose verb the parse hides: 'gave X a week ..., in an ultimatum'
        (the noun after 'in' on the giving verb), or 'gave X an ultimatum' with X parsed as
        the noun's head. The giver is that verb's subject, the addressee its object."""
        verb, addressee = None, []
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB":
            verb = token.head.head
            while verb.lemma_.lower() not in _GIVING and verb.dep_ in ("advcl", "xcomp"):
                verb = verb.head  # 'gave X a week to free Y, in an ultimatum ...'
        elif token.dep_ in ("dobj", "attr") and token.head.dep_ in ("dative", "dobj"):
            verb = token.head.head  # 'gave [Niger's rulers] [an ultimatum]' mis-attached
            addressee = [a for a in self.actors.phrase(token.head) if not a.place]
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING:
            return sources, []
        givers = sources or self.arguments.sources(verb, None)
        targets = addressee or self.second_object(verb, givers)
        return givers, [a for a in targets if not own_side(a, givers)]

    def provokers(self, token, sources: list[Arg]) -> list[Arg]:
        """'put its navy on alert after X dispatched warships', 'raised readiness, citing
        activity by X's bombers': an alert is aimed at whoever the clause giving its cause
        names as acting."""
        for clause in token.children:
            if clause.dep_ not in ("advcl", "xcomp", "prep"):
                continue
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            cause_in = clause.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _CAUSE_IN for o in clause.children
            )
            if (
                clause.lemma_.lower() == "cite"
                or clause.lower_ == "after"
                or marks & _CAUSAL
                or cause_in
            ):
                got = [
                    a
                    for a in self.actors.subtree(clause)
                    if not a.place and not a.pronoun and not own_side(a, sources)
                    if not _undergoes(token.doc, a)
                ]
                if got:
                    return got[:1]
        return []

    def acl_agents(self, token) -> list[Arg]:
        """'an air strike called in by German troops', 'attacks carried out by X': an event
        noun's doer named as the agent of a participle on it."""
        return [
            a
            for acl in token.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and self.matcher.match(acl) is None
            for agent in acl.children
            if agent.dep_ == "agent"
            for o in agent.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
            if not a.place
        ]

    def addressed_in(self, token, sources: list[Arg]) -> list[Arg]:
        """'expressed regret ... in a letter to President X', 'apologised ..., speaking
        alongside President X': a statement is addressed to whom the letter or the occasion
        names; 'telephoned X to offer his condolences': to the one called or met."""
        found: list[Arg] = []
        head = token.head
        if (
            token.dep_ in ("advcl", "xcomp")
            and infinitive(token)
            and head.lemma_.lower() in self.matcher.lex.cues["calling_verbs"]
        ):
            found += self.actors.under(head, "dobj")
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                found += [
                    a
                    for letter in child.children
                    if letter.dep_ == "pobj" and letter.lemma_.lower() in _LETTERS
                    for p in letter.children
                    if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in self.actors.phrase(o)
                ]
            if child.dep_ == "advcl" and child.lemma_.lower() in ("speak", "stand"):
                found += self.actors.under(
                    child, "pobj", prep=("alongside", "beside", "with"), places=True
                )
        return [a for a in found if not a.place and not own_side(a, sources)]

    def aimed_at(self, token, sources: list[Arg]) -> list[Arg]:
        """'a show of strength aimed at X's warships': whom a display of force is directed
        at, told by a participle under the trigger or its object."""
        return [
            a
            for node in token.subtree
            if node.dep_ == "acl" and node.lemma_.lower() in _AIMING
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ in ("at", "against")
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
            if not a.place and not own_side(a, sources)
        ]

    def inner_event_targets(self, token, pattern: Pattern, sources: list[Arg]) -> list[Arg]:
        """'waged a campaign of ethnic cleansing against X': the event noun after 'of' in
        the object names whom the act is aimed at."""
        for obj in self.matcher.objects(token, pattern):
            for prep in obj.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for noun in prep.children:
                    inner = self.matcher.match(noun)
                    if inner is None or inner.frame or inner.code[:2] != pattern.code[:2]:
                        continue
                    act = self.act(noun, inner)
                    got = [a for a in act.targets if not own_side(a, sources)] if act else []
                    if got:
                        return got
        return []

    def purpose_target(self, token, pattern: Pattern, specs=("dobj",)) -> list[Arg]:
        """'deployed troops to seize X': a show of force aimed at whom its purpose names."""
        for clause in token.children:
            if clause.dep_ in ("advcl", "xcomp") and infinitive(clause):
                got = self.arguments.targets(clause, specs, pattern)
                if got:
                    return got
        return []


# joint acts a go-between brokers: talks, agreements, cooperation, aid, concessions
_BROKERED = frozenset({"03", "04", "05", "06", "07", "08"})


def _party_side(arg: Arg) -> str:
    """The side a party to a mediated deal stands on: its country, split into the state and
    those who fight or oppose it at home ('government forces and separatists agreed a
    truce, said X, which brokered it': two sides of one country)."""
    rebel = arg.code[3:6] in ("REB", "OPP", "INS")
    return arg.code[:3] + ("/dissent" if rebel else "")


def _noun_made_clause(verb, subjects) -> bool:
    """'to honour the ceasefire deal with X', parsed as 'the ceasefire [subject] deal
    [verb]': a bare verb whose subject is a lone noun right before it, with no auxiliary."""
    return (
        verb.tag_ == "VB"
        and len(subjects) == 1
        and subjects[0].i == verb.i - 1
        and subjects[0].pos_ == "NOUN"
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def _outlook_clauses(token) -> list:
    """The clauses an outlook judges: its own complement, the complement of the copula an
    adjective predicates ('he was pessimistic that ...'), or one on its object noun ('voiced
    hope that ...')."""
    out = [c for c in token.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")]
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i != token.i:
        out += [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i]
    out += [
        c
        for o in token.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children)
    ]
    return out


def _person(noun) -> bool:
    """A person told by what they do ('a former minister') or named ('Jorge Perez'); names
    are known only when the pipeline has an entity recogniser, which the default one does not."""
    if noun.ent_type_ == "PERSON":
        return True
    return agent_noun(noun) and noun.lemma_.lower() not in NOT_PEOPLE


def _own_imposition(node) -> bool:
    """'the sanctions it had imposed on X': a relative clause of the lifted thing told by
    the lifter itself (a personal pronoun as its subject), the measure's own making."""
    return node.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in _SELF_PRONOUNS for c in node.children
    )


def _measure_of(verb, node) -> bool:
    """The object of ``verb`` ('lifted the curbs'), or the noun a part of it is taken from
    ('lifted most of the sanctions')."""
    if node.pos_ != "NOUN":
        return False
    if node.dep_ == "dobj" and node.head.i == verb.i:
        return True
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.dep_ == "dobj"
        and prep.head.head.i == verb.i
    )


def _purpose(prep) -> bool:
    """'for extradition to X', 'for talks with X': a 'for' whose object is an act to come."""
    return any(
        o.dep_ in ("pobj", "pcomp")
        and (o.tag_ == "VBG" or o.lower_.endswith(("tion", "sion", "ment", "ance", "ence")))
        for o in prep.children
    )


def _undergoes(doc, arg: Arg) -> bool:
    """Is ``arg`` what the cause clause befalls ('after 20 people were killed', 'after
    gunmen kidnapped two aid workers'): a passive subject or an object, not a doer?"""
    head = head_at(doc, arg.span)
    return head is not None and head.dep_ in ("nsubjpass", "dobj")
