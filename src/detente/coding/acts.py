"""From a matched trigger to an Act: its code, sources and targets.

A plain pattern's act takes its code from the pattern. A frame verb (appeal, demand, intent,
threat, reject, accuse...) wraps another act in its complements; the wrapped act decides the
frame's code and often its target, so the two kinds of act resolve each other recursively:
:class:`ActFinder` hands its own ``act`` to :class:`~detente.coding.frames.Frames`, which
builds frame acts (:mod:`frames`). The :class:`Act` record lives in :mod:`act`.
"""

from __future__ import annotations

from detente.coding.act import _VISIT_PHASES, Act, _own_side, _phase_inner
from detente.coding.arguments import VIOLENT, Arguments
from detente.coding.frames import Frames, finite_branch
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import NOT_PEOPLE, Actors, Arg, agent_noun
from detente.coding.syntax import LIGHT_PREPS, clause_tokens, dated, object_clauses, passive

_ABOUT_ACTS = frozenset({"01", "11", "12"})  # statements, disapprovals, rejections of acts
# demands and threats a verb delivers as a noun ('issued an ultimatum', 'gave a warning')
_ADDRESSED = frozenset({"10", "13"})
# verbs whose gerund object is the subject's own doing: 'began visiting X' is a visit by the
# subject, not 'the visiting X' (a visitor)
_ASPECT_VERBS = frozenset(
    {
        "begin", "start", "continue", "keep", "stop", "resume", "avoid", "consider", "finish",
        "suggest", "propose", "postpone", "delay", "deny", "admit", "risk", "recall", "enjoy",
        "discuss", "mention", "quit", "plan", "like", "love", "hate", "prefer",
    }
)  # fmt: skip
# those a state's emergency rule is aimed at
_DISSENT = frozenset({"REB", "CVL", "OPP", "LAB"})
# what a vehicle or building under attack does with the people in it
_CARRYING = frozenset({"carry", "transport", "ferry", "house", "hold", "shelter"})
# pessimism and optimism (012, 013): a comment about how someone else will act
_OUTLOOKS = frozenset({"012", "013"})
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding"})
# what a joint event noun is held in parts of ('a third round of talks')
_ROUNDS = frozenset({"round", "series", "session", "cycle", "phase", "stage", "set"})
# visits ('on the second day of a state visit')
_VISITS = frozenset({"042", "043"})
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


class ActFinder:
    """Builds the Act of a matched trigger in one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors, matcher: Matcher, arguments: Arguments):
        self.lex, self.actors, self.matcher, self.arguments = lex, actors, matcher, arguments
        # frame acts are built from the acts they wrap: Frames calls back into self.act
        self.frames = Frames(lex, actors, matcher, arguments, self.act)

    def act(self, token, pattern: Pattern, default_sources=None) -> Act | None:
        """The act of a trigger; ``default_sources`` stand in when the parse names none
        (the controller of a frame's complement: 'urged X to withdraw' is X's withdrawal)."""
        if default_sources is None and self._requested(token):
            return None  # 'ignored calls from X to arrest Y': asked for, not done
        if pattern.code == "015" and token.lemma_.lower() == "be":
            return self._owned_attack(token, pattern)
        if default_sources is None and _describing(token, pattern):
            return None  # 'dropped arms to Kurdish fighters defending the town': who they are
        if pattern.code == "084" and not pattern.obj and self._published(token):
            return None  # 'released a video of the hostages': made public, no one freed
        if _characterised(token, pattern):
            return None  # 'called the wall a "wall of shame"': a description, not a phone call
        args = self.arguments
        if pattern.code == "042" and token.lower_ == "visiting" and default_sources is None:
            visit = self._visitor_act(token, pattern)
            if visit is not None:
                return visit
        if finite_branch(token):  # 'urged X to halt Y and offered to mediate': the urger's
            sources = args.sources(token.head.head, None)
        else:
            sources = args.sources(token, pattern)
        if not sources and pattern.pos == "noun" and not pattern.frame and not pattern.joint:
            sources = self._acl_agents(token)
        if not sources and default_sources is None:
            sources = self._visit_sources(token, pattern)
        sources = sources or list(default_sources or [])
        if pattern.code[:3] in ("042", "043") and _arrival(token):
            # 'troops arrived in X', 'the suspect was arrested when he arrived', 'the jets
            # landed in X': a visit needs an official or a state as the visitor
            sources = [s for s in sources if self._visitor(token, s)]
            if not sources:
                return None
        if not sources and pattern.pos == "noun" and pattern.joint and default_sources is None:
            sources = self._joint_holders(token)
        if pattern.pos == "noun" and pattern.joint and pattern.code[:2] == "04":
            convened = self._convened(token)
            if convened:  # 'brought together A and B for talks': A and B talk
                return Act(token, pattern, pattern.code, convened, [], True)
        if pattern.frame:
            act = self.frames.frame_act(token, pattern, sources)
            if act is not None and act.code[:2] == "13" and self._ultimatum_named(token):
                act.code = "139"  # 'warned in its ultimatum that it could use force'
            if act is not None and act.code[:2] == "13" and act.sources and not act.targets:
                act.targets = self._given_to(token, act.sources)
            if act is not None and act.code[:2] == "09" and pattern.pos == "verb":
                # 'launched an inquiry into a strike ..., which officials said killed X':
                # all that the inquiry's object tells is what is investigated
                act.consumed |= {i for i in object_clauses(token) if i > token.i}
            return act
        targets = args.targets(token, pattern.target, pattern)
        if pattern.code[:3] == "043":  # 'hosts 3.6 million refugees': guests, not a visit
            targets = [t for t in targets if t.code[3:6] not in _NO_VISITORS]
        if not targets and pattern.pos == "verb" and pattern.obj:
            targets = self._inner_event_targets(token, pattern, sources)
        if not targets and pattern.code[:2] in ("11", "12"):
            targets = args.implicit_agent(token, sources)
        if not targets and pattern.code[:2] in VIOLENT:
            targets = args.victims(token, pattern) or self._carried(token, sources)
        if not targets and pattern.code[:2] == "15":
            targets = self._purpose_target(token, pattern) or self._aimed_at(token, sources)
        if not targets and pattern.code[:3] == "172":  # 'declared an emergency to contain
            targets = [  # protests by X': a restriction aimed at whom its purpose names
                a
                for a in self._purpose_target(token, pattern, ("dobj*",))
                if not a.place and not _own_side(a, sources)
            ] or self._dissenters(sources)
        if not targets and pattern.code == "015":
            targets = self._claimed_victims(token, pattern, sources)
        if not targets and pattern.code[:2] in _ADDRESSED and pattern.obj:
            targets = self._addressees(token, sources) or self._second_object(token, sources)
        if pattern.pos == "noun" and pattern.code == "139" and not targets:
            sources, targets = self._ultimatum_parties(token, sources)
        if not targets and pattern.code[:2] == "15" and pattern.code != "153":
            targets = self._provokers(token, sources)
        if not targets and pattern.code[:2] in ("01", "05"):
            targets = self._addressed_in(token, sources)
        if not targets and pattern.code in _OUTLOOKS:
            targets = self._outlook_targets(token, sources)
        if not targets and not pattern.joint:
            targets = args.shared_target(token, pattern)
        if not targets and sources and pattern.code[:3] == "045":
            targets = self._mediated(token, pattern, sources, default_sources is None)
        if not targets and sources and pattern.pos == "noun" and pattern.code[:3] in _VISITS:
            targets = self._host_of(token, sources)
        if not targets and sources and not pattern.joint and default_sources is None:
            targets = self._lone_state(token, pattern.code, sources)
        if pattern.pos == "noun" and "between" in pattern.target and not sources:
            between = args.target(token, "between*", pattern, False)
            if len(between) >= 2:
                sources, targets = between, []
            elif len({t.code[:3] for t in targets}) >= 2 and self.matcher.preps(token, "between"):
                # 'talks between their foreign ministers': the sides the possessive names
                sources, targets = targets, []
        act = Act(token, pattern, pattern.code, sources, targets, pattern.joint)
        if pattern.code[:2] == "05" and _in_accord(token):
            act.code = "019"  # 'declared themselves in full agreement over X': a shared view
        if pattern.pos == "verb" and pattern.code[:2] == "08" and pattern.obj:
            # 'lifted most of its sanctions on X, including a freeze on Y': what is lifted
            # or eased is told by this act, not imposed anew
            act.consumed = {
                t.i
                for o in self.matcher.objects(token, pattern)
                # 'most of its sanctions ... were scrapped by X': the passive subject too
                if o.dep_ in ("dobj", "pobj", "nsubjpass")
                and (o.i > token.i or o.dep_ == "nsubjpass")
                for t in o.subtree
            }
        if pattern.pos == "verb" and pattern.code[:2] in _ABOUT_ACTS:
            # 'laid a wreath ... at the start of a trip to X': the visit the act is told
            # within is an event of its own (gold rule 4), not what the act is about
            act.consumed = object_clauses(token) - self._visit_adjuncts(token)
        if pattern.pos == "verb" and pattern.code[:2] in _ADDRESSED and pattern.obj:
            act.consumed = {i for c in self._told_clauses(token) for i in clause_tokens(c)}
            act.consumed |= {i for c in _demanded_clauses(token) for i in clause_tokens(c)}
        if pattern.code in _OUTLOOKS:  # 'pessimistic that X would stop': told of, not done
            act.consumed |= {i for c in _outlook_clauses(token) for i in clause_tokens(c)}
        return act

    def _lone_state(self, token, code: str, sources: list[Arg]) -> list[Arg]:
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
            if not lifted and node.pos_ == "NOUN" and self.arguments._event_noun(node):
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

    def _joint_holders(self, token) -> list[Arg]:
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

    def _mediated(self, token, pattern: Pattern, sources: list[Arg], done: bool) -> list[Arg]:
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
            act = self.act(word, joint)
            for arg in act.sources if act is not None else []:
                if not arg.place and arg.code[:3] not in own and not arg.code.startswith("---"):
                    parties.setdefault(arg.code[:3], arg)
            if len(parties) >= 2:
                return list(parties.values())
            parties = {}
        return []

    def _host_of(self, token, sources: list[Arg]) -> list[Arg]:
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

    def _visit_adjuncts(self, token) -> set[int]:
        """Tokens of the adjuncts that set an act within a visit: 'during a visit to X', 'at
        the start of a trip to X', 'on the second day of a state visit'."""
        out: set[int] = set()
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in LIGHT_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and self._visit_noun(_phase_inner(noun)):
                    out |= {t.i for t in prep.subtree}
        return out

    def _visit_noun(self, noun) -> bool:
        pattern = self.matcher.match(noun) if noun is not None else None
        return pattern is not None and pattern.pos == "noun" and pattern.code[:3] in _VISITS

    def _visit_sources(self, token, pattern: Pattern) -> list[Arg]:
        """'On the second day of a state visit to X, Y laid a wreath': the visitor of a visit
        noun set in a phase of the visit ('day', 'leg', 'stop') is the subject of the
        clause the phase sits in."""
        if pattern.pos != "noun" or pattern.code[:3] not in _VISITS:
            return []
        prep = token.head
        if (
            token.dep_ == "pobj"
            and prep.lower_ == "on"
            and prep.head.dep_ in ("nsubj", "nsubjpass")
        ):
            # 'X, on a visit to Y, held talks with Z': set off after the subject it tells of
            last = prep.right_edge.i + 1
            if last < len(token.doc) and token.doc[last].text == "," and prep.i > 0:
                if token.doc[prep.i - 1].text == ",":
                    found = [a for a in self.actors.phrase(prep.head) if not a.place]
                    if found:
                        return found
        node = token
        climbed = False
        while (
            node.dep_ == "pobj"
            and node.head.lower_ in ("of", "on")
            and node.head.head.lemma_.lower() in _VISIT_PHASES
        ):
            node, climbed = node.head.head, True
        if not climbed or node.dep_ != "pobj" or node.head.lower_ not in LIGHT_PREPS:
            return []
        verb = node.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        return [a for a in self.arguments.sources(verb, None) if not a.place]

    def _published(self, token) -> bool:
        """The released object is a publication (a video, a report, a statement), also when
        the parse makes it the subject of what it shows ('released a video showing X')."""
        return any(self.lex.in_class(o.lemma_, "publication") for o in self.matcher.objects(token))

    def _visitor(self, token, arg: Arg) -> bool:
        """``arg`` may pay a visit: not troops, rebels, refugees, police or private people
        (their roles), nor a bare country told by a common noun that names no official
        ('the Nigerian suspect') or by a pronoun standing for one."""
        if arg.code.startswith("IGO"):
            return True
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        official = [s for s in subjects if s.pos_ == "NOUN" and self._official(s)]
        if official:  # 'a rebel delegation arrived in X for talks'
            return True
        if arg.code[3:6] in _NO_VISITORS:
            return False
        if len(arg.code) > 3:
            return True
        if arg.pronoun:
            return False
        return not any(s.pos_ == "NOUN" for s in subjects)

    def _official(self, noun) -> bool:
        lemma = noun.lemma_.lower()
        return lemma in _OFFICIALS or any(
            self.lex.in_class(lemma, name) for name in ("leader", "diplomat")
        )

    def _dissenters(self, sources: list[Arg]) -> list[Arg]:
        """Martial law or an emergency that names no one it is aimed at: the rebels,
        protesters or opposition of the imposing state that the sentence tells of."""
        countries = {s.code[:3] for s in sources if s.code[3:6] in ("GOV", "MIL", "COP")}
        out: list[Arg] = []
        for word in self.actors.doc:
            for arg in self.actors.at(word):
                if arg.code[:3] in countries and arg.code[3:6] in _DISSENT and arg not in out:
                    out.append(arg)
        return out

    def _carried(self, token, sources: list[Arg]) -> list[Arg]:
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
            if not a.place and not _own_side(a, sources)
        ]

    def _convened(self, token) -> list[Arg]:
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

    def _visitor_act(self, token, pattern: Pattern) -> Act | None:
        """'told visiting Chancellor X', 'met the visiting X in Y': a participle that calls
        someone a visitor states their visit (042) to the host's country (gold rule 2): the
        country of whoever receives them in the clause, else of the place it happens."""
        noun = self._visitor_noun(token)
        if noun is None:
            return None
        visitors = [a for a in self.actors.phrase(noun) if not a.place and not a.pronoun]
        if not visitors or all(len(a.code) <= 3 for a in visitors):
            return None  # 'visiting Japan': the place visited, not a visitor
        theirs = {a.code[:3] for a in visitors}
        hosts: list[Arg] = []
        node = token.head if noun.head.i == token.i else noun.head
        while node.i != node.head.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            hosts = self.arguments.sources(node, None)
        hosts = [a for a in hosts if a.code[:3] not in theirs and not a.code.startswith("IGO")]
        if not hosts:
            hosts = [
                a
                for t in token.doc
                for a in self.actors.at(t, location_ok=True)
                if a.place and a.code[:3] not in theirs and not a.code.startswith(("---", "IGO"))
            ][:1]
        if not hosts:
            return None
        targets = []
        for host in hosts:
            if all(t.code != host.code[:3] for t in targets):
                targets.append(host.country_only())
        return Act(token, pattern, pattern.code, visitors, targets, False)

    def _visitor_noun(self, token):
        """The person a 'visiting' participle describes, if it describes one: its head noun
        as an adjective, or the object the parser hung on it when no verb governs it as a
        gerund of the subject's own doing ('began visiting X')."""
        if token.dep_ == "amod":
            return token.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
            return None
        if token.head.i != token.i and token.head.lemma_.lower() in _ASPECT_VERBS:
            return None
        if token.dep_ not in ("xcomp", "csubj", "ccomp", "advcl", "dobj", "pcomp", "nsubj"):
            return None
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i <= token.i + 6]
        # 'Visiting X laid a wreath': the participle parsed as a clause beside the subject
        objects += [
            c
            for c in token.head.children
            if c.dep_ == "nsubj" and c.left_edge.i == token.i + 1 and token.head.i != token.i
        ]
        return objects[0] if objects else None

    def _outlook_targets(self, token, sources: list[Arg]) -> list[Arg]:
        """Whom a pessimistic or optimistic comment is about: the subject of the clause it
        judges ('was pessimistic that X would ...', 'voiced hope that X would ...'), else
        the actors in that clause or in its topic ('optimistic about ties with X')."""
        clauses = _outlook_clauses(token)
        for clause in clauses:
            got = [
                a
                for a in self.actors.under(clause, ("nsubj", "nsubjpass"), places=True)
                if not a.pronoun and not _own_side(a, sources)
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
                if not a.pronoun and not a.place and not _own_side(a, sources)
            ]
            if got:
                return got
        return []

    def _requested(self, token) -> bool:
        """The act of an infinitive under a noun of request ('calls to arrest X', 'a demand
        to withdraw'): what someone asked for, which only a frame may code."""
        nouns = self.lex.cues["request_nouns"]
        head = token.head
        if head.i == token.i or not _infinitive(token):
            return False
        if token.dep_ in ("acl", "relcl"):
            return head.pos_ == "NOUN" and head.lemma_.lower() in nouns
        # 'called for X and Y to end the violence': the act asked of X, not done by X (rule 3)
        if head.pos_ == "VERB" and head.lemma_.lower() in self.lex.cues["request_verbs"]:
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
                return True
        # 'ignoring calls from X to arrest Y', the infinitive parsed as the verb's clause
        return token.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.i < token.i and c.lemma_.lower() in nouns for c in head.children
        )

    def _owned_attack(self, token, pattern: Pattern) -> Act | None:
        """'X said it was behind the bombing', 'X said its fighters were behind the attack':
        a group owning up to an attack claims responsibility (015). Said of someone else
        ('officials said X was behind it') it is the speaker's accusation, not a claim."""
        speech = token.head
        if token.dep_ != "ccomp" or speech.pos_ != "VERB":
            return None
        speakers = [a for a in self.arguments.sources(speech, None) if not a.place]
        doers = self.actors.under(token, "nsubj", places=True)
        if not speakers or any(not _own_side(d, speakers) for d in doers):
            return None
        if not doers and not any(
            c.dep_ == "nsubj"
            and (
                c.lower_ in _OWN_WORDS
                or any(p.dep_ == "poss" and p.lower_ in _OWN_WORDS for p in c.children)
            )
            for c in token.children
        ):
            return None  # 'said the group was behind it': no telling whose the group is
        targets = self._claimed_victims(token, pattern, speakers, "behind")
        return Act(token, pattern, pattern.code, speakers, targets, False)

    def _claimed_victims(
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
                    got = [a for a in act.targets if not _own_side(a, sources)] if act else []
                    if got:
                        return got
                queue.extend(node.children)
        return []

    def _told_clauses(self, token) -> list:
        """Clauses that say what a demand or ultimatum named as a noun asks: 'issued an
        ultimatum to X to leave', and, as the parser often has it, 'gave X [holding out]
        an ultimatum' (the addressee parsed as the subject of a clause under the verb)."""
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [
            g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "dobj"
        ]
        out = [
            c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and _infinitive(c)
        ]
        out += [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
        return out

    def _addressees(self, token, sources: list[Arg]) -> list[Arg]:
        """Who an ultimatum or demand named as a noun is put to, when no 'to X' names them:
        the subject of the clause that says what they must do."""
        for clause in self._told_clauses(token):
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                got = [a for a in self.actors.phrase(subject) if not _own_side(a, sources)]
                if got:
                    return got
        return []

    def _second_object(self, token, sources: list[Arg]) -> list[Arg]:
        """'handed X an ultimatum' parsed with two direct objects: the one that is not the
        demand or ultimatum noun is whom it is put to."""
        return [
            a
            for c in token.children
            if c.dep_ in ("dobj", "dative", "iobj") and self.matcher.match(c) is None
            for a in self.actors.phrase(c)
            if not a.place and not _own_side(a, sources)
        ]

    def _given_to(self, token, sources: list[Arg]) -> list[Arg]:
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
        return self._second_object(verb, sources)

    def _ultimatum_named(self, token) -> bool:
        """A threat whose own words call it an ultimatum ('warning in its ultimatum that
        ...'): the word decides the code (139)."""
        return any(
            o.lemma_.lower() == "ultimatum"
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj"
        )

    def _ultimatum_parties(self, token, sources: list[Arg]) -> tuple[list[Arg], list[Arg]]:
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
        targets = addressee or self._second_object(verb, givers)
        return givers, [a for a in targets if not _own_side(a, givers)]

    def _provokers(self, token, sources: list[Arg]) -> list[Arg]:
        """'put its navy on alert after X dispatched warships', 'raised readiness, citing
        activity by X's bombers': an alert is aimed at whoever the clause giving its cause
        names as acting."""
        for clause in token.children:
            if clause.dep_ not in ("advcl", "xcomp", "prep"):
                continue
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.lemma_.lower() == "cite" or clause.lower_ == "after" or marks & _CAUSAL:
                got = [
                    a
                    for a in self.actors.subtree(clause)
                    if not a.place and not a.pronoun and not _own_side(a, sources)
                ]
                if got:
                    return got[:1]
        return []

    def _acl_agents(self, token) -> list[Arg]:
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

    def _addressed_in(self, token, sources: list[Arg]) -> list[Arg]:
        """'expressed regret ... in a letter to President X', 'apologised ..., speaking
        alongside President X': a statement is addressed to whom the letter or the occasion
        names."""
        found: list[Arg] = []
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
        return [a for a in found if not a.place and not _own_side(a, sources)]

    def _aimed_at(self, token, sources: list[Arg]) -> list[Arg]:
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
            if not a.place and not _own_side(a, sources)
        ]

    def _inner_event_targets(self, token, pattern: Pattern, sources: list[Arg]) -> list[Arg]:
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
                    got = [a for a in act.targets if not _own_side(a, sources)] if act else []
                    if got:
                        return got
        return []

    def _purpose_target(self, token, pattern: Pattern, specs=("dobj",)) -> list[Arg]:
        """'deployed troops to seize X': a show of force aimed at whom its purpose names."""
        for clause in token.children:
            if clause.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
            ):
                got = self.arguments.targets(clause, specs, pattern)
                if got:
                    return got
        return []


# verbs that hand someone a deadline or an ultimatum
_GIVING = frozenset({"give", "hand", "issue", "set", "deliver", "present", "send"})
# a speaker's words for itself and its own: 'said it was behind', 'said its fighters were'
_OWN_WORDS = frozenset({"it", "they", "we", "its", "their", "our"})
# cooperative roots a participle on an object noun only describes
_DESCRIBED_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# writings a statement is made in: 'in a letter to X'
_LETTERS = frozenset({"letter", "message", "note", "cable", "telegram"})
# participles that say whom a display of force is meant for
_AIMING = frozenset({"aim", "direct", "target"})
# subordinators of a cause: 'after X struck', 'because X massed troops'
_CAUSAL = frozenset({"after", "because"})


# roles of those whose arrival is no visit (042): forces, rebels, refugees, private people
_NO_VISITORS = frozenset(
    {"MIL", "REB", "CVL", "REF", "COP", "SPY", "CRM", "INS", "BUS", "MED", "EDU", "LAB", "UAF",
     "SEP", "JUD"}
)  # fmt: skip
# verbs of arriving somewhere ('arrived in', 'landed in', 'touched down in', 'flew into'):
# a visit only when an official or a state arrives
_ARRIVALS = frozenset({"arrive", "land", "touch", "fly"})


# common nouns that name an official visitor ('a Chinese delegation arrived in X')
_OFFICIALS = frozenset(
    {"delegation", "official", "team", "mission", "monarch", "king", "queen", "pope", "prince",
     "emperor", "emir", "sultan", "head", "secretary", "representative", "emissary",
     "negotiator", "counterpart", "lawmaker", "senator", "parliamentarian", "legislator"}
)  # fmt: skip


def _arrival(token) -> bool:
    """'X arrived in / landed in / touched down in / flew into Y': an arrival told in the
    active voice ('was flown to Y by the police' carries someone, it visits no one)."""
    lemma = token.lemma_.lower()
    if lemma not in _ARRIVALS:
        return False
    return lemma == "arrive" or not any(c.dep_ in ("nsubjpass", "dobj") for c in token.children)


def _characterised(token, pattern: Pattern) -> bool:
    """'called the barrier a "wall of shame"': the bare verb 'call' whose object carries an
    unset-off noun complement ('a ...' or a quotation) describes the object; no call is made.
    A complement set off by a comma ('called X, a close ally,') is an apposition."""
    if token.lemma_.lower() != "call" or pattern.obj or pattern.prt or pattern.oprep:
        return False
    doc = token.doc
    for obj in token.children:
        if obj.dep_ == "oprd" and any(  # the parser may take the object's noun for a verb
            t.is_quote or t.dep_ == "det" and t.lower_ in ("a", "an") for t in obj.subtree
        ):
            return True
        if obj.dep_ != "dobj":
            continue
        after = doc[obj.right_edge.i + 1 : obj.right_edge.i + 3]
        if after and (after[0].is_quote or after[0].lower_ in ("a", "an") and after[-1].is_quote):
            return True  # 'called X "a disgrace"', 'called X a "farce"'
        for comp in obj.children:
            if comp.dep_ != "appos" or comp.i < obj.i or comp.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            start = min(t.i for t in comp.subtree)
            between = doc[obj.i + 1 : start]
            if any(t.lower_ in (",", ";", "(", "-", "--") for t in between):
                continue
            quoted = doc[start].is_quote or (start > 0 and doc[start - 1].is_quote)
            if quoted or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in comp.children):
                return True
    return False


def _describing(token, pattern: Pattern) -> bool:
    """A present participle on an object noun that only says what its people are doing
    ('arms to fighters defending X', 'met leaders seeking Y'): a cooperative act told as a
    description, not reported as an event."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and pattern.code[:2] in _DESCRIBED_ROOTS
        and token.head.dep_ in ("dobj", "pobj")
    )


def _in_accord(token) -> bool:
    """'in (full) agreement', with no article: a state of agreeing, not a signed deal ('in
    an agreement signed on Monday')."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() == "agreement"
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    )


def _demanded_clauses(verb) -> list:
    """'handed X an ultimatum to shut Y, close Z and curb W': the infinitive clauses after
    the verb that spell out what is demanded, with the clauses coordinated to them."""
    out = [
        c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i and _infinitive(c)
    ]
    return out


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


def _infinitive(clause) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _person(noun) -> bool:
    """A person named or told by what they do ('a former minister', 'Jorge Perez')."""
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
