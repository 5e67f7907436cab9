"""From a matched trigger to an Act: its code, sources and targets.

A plain pattern's act takes its code from the pattern. A frame verb (appeal, demand, intent,
threat, reject, accuse...) wraps another act in its complements; the wrapped act decides the
frame's code and often its target, so the two kinds of act resolve each other recursively:
:class:`ActFinder` hands its own ``act`` to :class:`~detente.coding.frames.Frames`, which
builds frame acts (:mod:`frames`). Roles the pattern's own slots leave empty are looked for
elsewhere in the sentence (:mod:`fallbacks`), and visits the parse does not tell plainly are
read in :mod:`visits`. The :class:`Act` record lives in :mod:`act`.
"""

from __future__ import annotations

from detente.coding.act import Act, own_side
from detente.coding.agents import VIOLENT
from detente.coding.arguments import Arguments
from detente.coding.attribution import Attribution
from detente.coding.doers import Doers
from detente.coding.fallbacks import Fallbacks, _outlook_clauses
from detente.coding.frames import Frames, branch_governor, finite_branch
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.syntax import clause_tokens, infinitive, object_clauses, passive
from detente.coding.visits import _NO_VISITORS, _VISITS, Visits, _arrival

_ABOUT_ACTS = frozenset({"01", "11", "12"})  # statements, disapprovals, rejections of acts
# demands and threats a verb delivers as a noun ('issued an ultimatum', 'gave a warning')
_ADDRESSED = frozenset({"10", "13"})
# pessimism and optimism (012, 013): a comment about how someone else will act
_OUTLOOKS = frozenset({"012", "013"})
# aid and goods handed over: a giver may be named only on the goods ('tents from X')
_GIVEN = frozenset({"06", "07"})
_RECEIVING = frozenset({"receive", "obtain", "accept"})
# a speaker's own office: 'her office had opened an inquiry'
_OFFICES = frozenset({"office", "ministry", "department", "agency", "bureau", "service"})


class ActFinder:
    """Builds the Act of a matched trigger in one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors, matcher: Matcher, arguments: Arguments):
        self.lex, self.actors, self.matcher, self.arguments = lex, actors, matcher, arguments
        # frame acts are built from the acts they wrap: Frames calls back into self.act
        self.frames = Frames(lex, actors, matcher, arguments, self.act)
        # roles the act's own slots leave empty, some read off other acts: a call back too
        self.fallbacks = Fallbacks(actors, matcher, arguments, self.act)
        self.doers = Doers(actors, matcher, arguments)
        self.visits = Visits(lex, actors, matcher, arguments)
        self.attribution = Attribution(lex, actors, matcher, arguments, self.fallbacks)

    def act(self, token, pattern: Pattern, default_sources=None) -> Act | None:
        """The act of a trigger; ``default_sources`` stand in when the parse names none
        (the controller of a frame's complement: 'urged X to withdraw' is X's withdrawal)."""
        if default_sources is None and self._requested(token):
            return None  # 'ignored calls from X to arrest Y': asked for, not done
        if pattern.pos == "noun" and default_sources is None and self._inner_event(token, pattern):
            return None  # 'the lifting of sanctions on X': the lifting is the event
        framed = default_sources is not None  # the act a frame verb wraps
        if self.attribution.told(token, pattern, framed):
            return self.attribution.act(token, pattern, framed)  # 'X said Y was behind Z'
        if (
            default_sources is None
            and _describing(token, pattern)
            # 'issued a statement calling on X to ...': what a document says is its issuer's act
            and not self.lex.in_class(token.head.lemma_, "document")
        ):
            return None  # 'dropped arms to Kurdish fighters defending the town': who they are
        if pattern.code == "084" and not pattern.obj and self._published(token):
            return None  # 'released a video of the hostages': made public, no one freed
        if pattern.code == "0874" and not pattern.obj and self._no_retreat(token):
            return None  # 'withdrew its recognition of X', 'its withdrawal from the ICC'
        if _characterised(token, pattern) or _no_callee(token, pattern):
            return None  # 'called the wall a "wall of shame"': a description, not a phone call
        args = self.arguments
        if pattern.code == "042" and token.lower_ == "visiting" and default_sources is None:
            visit = self.visits.visitor_act(token, pattern)
            if visit is not None:
                return visit
        if finite_branch(token):  # 'urged X to halt Y and offered to mediate': the urger's
            sources = args.sources(branch_governor(token), None)
        else:
            sources = args.sources(token, pattern)
        if sources and default_sources is None and not _own_visitor(token):
            # 'X began Y ... that Z had declared, at the start of a visit to W': the visit's
            # phase sets it in X's clause, whoever else the parse hung on it
            sources = self.visits.visit_sources(token, pattern) or sources
        if not sources and pattern.pos == "noun" and not pattern.frame and not pattern.joint:
            sources = self.fallbacks.acl_agents(token)
        if not sources and default_sources is None:
            sources = self.visits.visit_sources(token, pattern)
        sources = sources or list(default_sources or [])
        if not sources and pattern.code[:2] == "09":
            sources = self.doers.investigator(token)  # 'an inquiry by X into Y'
            if not sources and _own_office(token):
                sources = self._speakers(token)  # 'X said her office had opened an inquiry'
        if pattern.code[:3] in ("042", "043") and (_arrival(token) or _describes_noun(token)):
            # 'troops arrived in X', 'the suspect was arrested when he arrived', 'the jets
            # landed in X': a visit needs an official or a state as the visitor
            sources = [s for s in sources if self.visits.visitor(token, s)]
            if not sources:
                return None
        if not sources and pattern.pos == "noun" and pattern.joint and default_sources is None:
            sources = self.fallbacks.joint_holders(token)
        if not sources and pattern.joint and default_sources is None:
            sources = self.fallbacks.stranded_pair(token)
        if pattern.pos == "noun" and pattern.joint and pattern.code[:2] == "04":
            convened = self.fallbacks.convened(token)
            if convened:  # 'brought together A and B for talks': A and B talk
                return Act(token, pattern, pattern.code, convened, [], True)
        if pattern.frame:
            act = self.frames.frame_act(token, pattern, sources)
            if act is not None and act.code[:2] == "13" and self.fallbacks.ultimatum_named(token):
                act.code = "139"  # 'warned in its ultimatum that it could use force'
            if act is not None and act.code[:2] == "13" and act.sources and not act.targets:
                act.targets = self.fallbacks.given_to(token, act.sources)
            if act is not None and act.joint and act.sources and not act.targets:
                act = self._one_sided(token, pattern, act)
            if act is not None and pattern.frame == "accept" and act.code[:3] == "038":
                # 'accepted B's offer to mediate with C': mediation accepted answers the
                # mediator, not the party it mediates with (rule: 038, mediator as target)
                maker = self.fallbacks.proposer(token, act.sources)
                if maker:
                    act.targets, act.joint = maker, False
            if act is not None and act.code[:2] in ("11", "12") and act.sources and not act.targets:
                act.targets = self._attempted_targets(token, act.sources)
            if act is not None and act.code[:2] == "09":
                # 'an inquiry into the shelling of X by Y': Y's deed, not X, is investigated
                perpetrators = self.doers.perpetrators(token, act.sources)
                if perpetrators:
                    act.targets = perpetrators
                elif not act.targets or all(own_side(t, act.sources) for t in act.targets):
                    act.targets = self.doers.investigated(token) or act.targets
            if act is not None and act.code[:2] == "09" and pattern.pos == "verb":
                # 'launched an inquiry into a strike ..., which officials said killed X':
                # all that the inquiry's object tells is what is investigated
                act.consumed |= {
                    i
                    for i in object_clauses(token) - self.visits.visit_adjuncts(token)
                    if i > token.i
                }
            return act
        if pattern.code[:2] == "13" and token.pos_ == "VERB" and token.lemma_ == "face":
            # 'X faces sanctions unless it ..., Y said': the speaker threatens the one facing
            speakers = self._speakers(token)
            if not speakers:
                return None
            return Act(token, pattern, pattern.code, speakers, sources, False)
        targets = args.targets(token, pattern.target, pattern)
        if pattern.code == "0874" and targets and all(own_side(t, sources) for t in targets):
            # 'troops pulled out of the town to avoid being encircled by X': a retreat from
            # the side's own ground yields to the force it escapes, not to the place
            targets = args.implied.targets(token, pattern) or targets
        # 'a bomber targeted a foreign forces convoy in X': the object is a party of no named
        # country; no fallback puts another actor of the sentence in its place
        unplaced = not targets and self._unplaced_object(token, pattern)
        if pattern.code[:2] == "07" and pattern.dest and token.pos_ == "VERB":
            # 'trucks carrying wheat for Y crossed into Z': Z is only on the way
            targets = self.doers.destination(token) or targets
        if pattern.code[:2] == "07" and token.pos_ == "VERB" and token.lemma_ in _RECEIVING:
            # 'Y received blankets from X': the pattern's 'from' names the giver
            sources, targets = targets, sources
        if not sources and pattern.code[:2] in VIOLENT and default_sources is None:
            # 'X were killed when a bomb planted by Y exploded', 'beaten and shocked by Y'
            sources = self.doers.planted_by(token) or (
                self.doers.conj_agent(token) if passive(token) else []
            )
        if not sources and pattern.code[:2] in _GIVEN and default_sources is None:
            # 'planes loaded with tents from X landed in Y', 'X's loan reached Y'
            sides = {t.code[:3] for t in targets}
            sources = [s for s in self.doers.giver(token, pattern) if s.code[:3] not in sides]
        if pattern.code[:3] == "043":  # 'hosts 3.6 million refugees': guests, not a visit
            targets = [t for t in targets if t.code[3:6] not in _NO_VISITORS]
        if not targets and pattern.pos == "verb" and pattern.obj:
            targets = self.fallbacks.inner_event_targets(token, pattern, sources)
        if not targets and pattern.code[:2] in ("11", "12"):
            targets = args.implicit_agent(token, sources)
        if pattern.code[:2] == "11" and sources:
            # 'condemned the arrest of X by Y', 'the expulsion of X by Y was criticised by Z':
            # a deed's doer is who is blamed, not its victims (gold rule 4)
            targets = self.doers.perpetrators(token, sources) or targets
        if pattern.code[:2] == "09":
            perpetrators = self.doers.perpetrators(token, sources)
            targets = perpetrators or targets or self.doers.investigated(token)
        if not targets and pattern.code[:2] in VIOLENT:
            targets = args.victims(token, pattern) or self.fallbacks.carried(token, sources)
        if not targets and pattern.code[:2] == "15":
            targets = self.fallbacks.purpose_target(token, pattern) or self.fallbacks.aimed_at(
                token, sources
            )
        if not targets and pattern.code[:3] == "172":  # 'declared an emergency to contain
            targets = [  # protests by X': a restriction aimed at whom its purpose names
                a
                for a in self.fallbacks.purpose_target(token, pattern, ("dobj*",))
                if not a.place and not own_side(a, sources)
            ] or self.fallbacks.dissenters(sources)
        if not targets and pattern.code == "015":
            targets = self.fallbacks.claimed_victims(token, pattern, sources)
        if not targets and pattern.code[:2] in _ADDRESSED and pattern.obj:
            targets = self.fallbacks.addressees(token, sources) or self.fallbacks.second_object(
                token, sources
            )
        if pattern.pos == "noun" and pattern.code == "139" and not targets:
            sources, targets = self.fallbacks.ultimatum_parties(token, sources)
        if not targets and pattern.code[:2] == "15" and pattern.code != "153":
            targets = self.fallbacks.provokers(token, sources)
        if not targets and pattern.code[:2] in ("01", "05"):
            targets = self.fallbacks.addressed_in(token, sources)
        if not targets and pattern.code in _OUTLOOKS:
            targets = self.fallbacks.outlook_targets(token, sources)
        if not targets and not pattern.joint:
            targets = args.shared_target(token, pattern)
        if not targets and sources and pattern.code[:3] == "045":
            targets = self.fallbacks.mediated(token, pattern, sources, default_sources is None)
        if not targets and sources and pattern.pos == "noun" and pattern.code[:3] in _VISITS:
            targets = self.fallbacks.host_of(token, sources)
        if sources and pattern.code[:3] == "042" and default_sources is None:
            if all(t.code[:3] in {s.code[:3] for s in sources} for t in targets):
                # 'a visit to the country', 'wrapping up a trip to the kingdom': told again
                targets = self.fallbacks.anaphoric_host(token, sources) or targets
        if sources and pattern.pos == "noun" and pattern.code[:3] == "042":
            if all(t.code[:3] in {s.code[:3] for s in sources} for t in targets):
                # 'Sunak's visit to the country' read back to his own: the venue instead
                targets = self.fallbacks.sole_state(token, sources, _in_place) or targets
        if not targets and sources and not pattern.joint and default_sources is None:
            targets = self.fallbacks.lone_state(token, pattern.code, sources)
        # a verb row governing 'between' is a noun the tagger read as a verb: 'Ceasefire talks
        # between X and Y begin' (talks = VERB under 'Ceasefire'); both sides are the sources
        nominal = pattern.pos == "noun" or pattern.oprep == "between"
        # 'a truce was declared between X and Y': a joint act told in the passive
        joint_passive = pattern.joint and pattern.pos == "verb" and passive(token)
        if (nominal and "between" in pattern.target or joint_passive) and not sources:
            between = args.target(token, "between*", pattern, False)
            if len(between) < 2:
                between = self._stranded_between(token) or between
            if len(between) >= 2:
                sources, targets = between, []
            elif len({t.code[:3] for t in targets}) >= 2 and self.matcher.preps(token, "between"):
                # 'talks between their foreign ministers': the sides the possessive names
                sources, targets = targets, []
        if not sources and pattern.pos == "noun" and "of*" in pattern.target:
            # 'the suspension of sanctions on X by Y': the parser hangs the by-phrase on the
            # inner noun, where the looser target slot took its agent for a target
            sources = self._inner_agents(token)
            spans = {a.span for a in sources}
            targets = [t for t in targets if t.span not in spans]
        if pattern.code == "1712" and self._own_arms(token, pattern, sources, targets):
            return None  # 'destroyed its chemical stockpile', 'destroyed a missile aimed at X'
        if not targets and pattern.joint and sources:  # 'a memorandum on ties with X'
            targets = self.fallbacks.partner(token, pattern.code, sources, pattern)
        if unplaced:
            targets = []
        joint = pattern.joint
        if not targets and pattern.code[:2] == "06" and len({s.code[:3] for s in sources}) == 2:
            joint = True  # 'A and B began sharing intelligence': each with the other
        content = pattern.code == "019" and pattern.obj and _statement_content(token, self.matcher)
        if content:  # 'A and B issued a joint statement calling on C to ...': no accord
            targets, joint = [], False  # between the signers, only what the statement says
        act = Act(token, pattern, pattern.code, sources, targets, joint)
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
        if pattern.pos == "verb" and pattern.code[:2] in _ABOUT_ACTS and not content:
            # 'laid a wreath ... at the start of a trip to X': the visit the act is told
            # within is an event of its own (gold rule 4), not what the act is about
            act.consumed = object_clauses(token) - self.visits.visit_adjuncts(token)
        if pattern.pos == "verb" and pattern.code[:2] in _ADDRESSED and pattern.obj:
            act.consumed = {i for c in self.fallbacks.told_clauses(token) for i in clause_tokens(c)}
            act.consumed |= {i for c in _demanded_clauses(token) for i in clause_tokens(c)}
        if pattern.code in _OUTLOOKS:  # 'pessimistic that X would stop': told of, not done
            act.consumed |= {i for c in _outlook_clauses(token) for i in clause_tokens(c)}
        return act

    def _one_sided(self, token, pattern: Pattern, act: Act) -> Act:
        """A joint frame act left with one side: 'A accepted a B offer to mediate' answers
        B, the offer's maker; 'A warned B that it was ready to fight' is aimed at B, the
        warning's object, though the act it threatens is told as joint."""
        if len({s.code for s in act.sources}) >= 2:
            return act
        others: list[Arg] = []
        if pattern.frame in ("accept", "reject"):
            others = self.fallbacks.proposer(token, act.sources)
        elif act.code[:2] == "13" and token.pos_ == "VERB":
            others = [
                a
                for a in self.arguments.targets(token, ("dobj",), pattern)
                if not a.place and not own_side(a, act.sources)
            ]
        if not others:  # 'vowed to honour the truce with X', 'offered to mediate in the row'
            others = self.fallbacks.partner(token, act.code, act.sources, pattern)
        if not others and act.code[:2] == "03":  # 'told Y it was willing to resume talks'
            others = [a for a in self.arguments.told(token) if not own_side(a, act.sources)]
        if others:
            act.targets, act.joint = others, False
        return act

    def _attempted_targets(self, token, sources: list[Arg]) -> list[Arg]:
        """'said it would seek to ban X, accusing it of ...', 'moved to expel X, accusing him
        of ...': a closing participle hung on a verb of trying that is no act itself is aimed
        at the target of the act that verb's infinitive tells."""
        head = token.head
        if token.dep_ != "advcl" or token.tag_ != "VBG" or head.i == token.i:
            return []
        if head.pos_ != "VERB" or self.matcher.match(head) is not None:
            return []
        for comp in head.children:
            if comp.dep_ != "xcomp" or comp.pos_ != "VERB" or not infinitive(comp):
                continue
            pattern = self.matcher.match(comp)
            act = self.act(comp, pattern, sources) if pattern is not None else None
            if act is not None:
                return [a for a in act.targets if not own_side(a, sources) and not a.place]
        return []

    def _stranded_between(self, token) -> list[Arg]:
        """'A phone conversation on Monday between X and Y focused on ...': the parser may
        leave 'between' with no object and take the pair for the next verb's subject."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "between" or list(prep.children):
                continue
            nxt = prep.nbor() if prep.i + 1 < len(prep.doc) else None
            if nxt is None:
                return []
            head = nxt
            while head.head.i != head.i and head.head.i > prep.i and head.dep_ != "nsubj":
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass") and head.left_edge.i == nxt.i:
                found = self.actors.phrase(head)
                return found if len(found) >= 2 else []
        return []

    def _unplaced_object(self, token, pattern: Pattern) -> bool:
        """Whether the act's direct object is a party of no named country ('foreign troops',
        'a foreign forces convoy'), which the actor layer leaves uncoded."""
        if not self.actors.foreigners or not any(t.startswith("dobj") for t in pattern.target):
            return False
        return any(self.actors.unnamed_foreign(o) for o in self.matcher.objects(token, pattern))

    def _own_arms(self, token, pattern: Pattern, sources: list[Arg], targets: list[Arg]) -> bool:
        """Destroying weapons that belong to no one named but the destroyer's own side ('destroyed
        its chemical stockpile', 'intercepted and destroyed a missile fired at X'): disarming or
        air defence, not an attack on the property of the state the place names."""
        own = {s.code[:3] for s in sources}
        if not own or any(t.code[:3] not in own for t in targets):
            return False
        return any(
            self.lex.in_class(o.lemma_, "arms") for o in self.matcher.objects(token, pattern)
        )

    def _speakers(self, token) -> list:
        """The actors who report the clause of ``token`` ('..., Y's minister said')."""
        head = token.head
        if token.dep_ not in ("ccomp", "parataxis") or head.lemma_ not in self.lex.cues.get(
            "reporting_verbs", ()
        ):
            return []
        return self.actors.under(head, "nsubj")

    def _published(self, token) -> bool:
        """The released object is a publication (a video, a report, a statement), also when
        the parse makes it the subject of what it shows ('released a video showing X')."""
        return any(self.lex.in_class(o.lemma_, "publication") for o in self.matcher.objects(token))

    def _no_retreat(self, token) -> bool:
        """A withdrawal that pulls out no armed force: the verb's object is neither forces nor
        weapons ('withdrew its recognition of X', 'withdrew a team of negotiators'), or what
        is left is an organisation or a pact ('withdrew from the ICC', 'its withdrawal from
        the Global Compact'), not ground (0874 is a military retreat)."""
        lex = self.lex
        yielded = ("forces", "arms", "territory")  # 'surrendered the region to X' yields too
        for obj in token.children:
            if obj.dep_ != "dobj" or obj.tag_ == "PRP":  # 'surrendered himself to X'
                continue
            # the noun, its compounds, and what a quantity is of ('the last of its troops')
            words = [obj, *(c for c in obj.children if c.dep_ == "compound")]
            words += [o for p in obj.children if p.lower_ == "of" for o in p.children]
            if not any(lex.in_class(w.lemma_.lower(), n) for w in words for n in yielded):
                return True
        left = [
            o
            for p in token.children
            if p.dep_ == "prep"
            and (p.lower_ == "from" or p.lower_ == "of" and token.pos_ == "VERB")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return any(
            lex.in_class(o.lemma_.lower(), "organisation")
            or lex.in_class(o.lemma_.lower(), "pact")
            or any(a.code.startswith("IGO") for a in self.actors.phrase(o))
            for o in left
        )

    def _requested(self, token) -> bool:
        """The act of an infinitive under a noun of request ('calls to arrest X', 'a demand
        to withdraw'): what someone asked for, which only a frame may code."""
        nouns = self.lex.cues["request_nouns"]
        head = token.head
        if head.i == token.i or not infinitive(token):
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

    def _inner_agents(self, token) -> list[Arg]:
        """Actors after 'by' hung on the object of the noun's 'of' ('the lifting of
        sanctions on X by Y' -> Y)."""
        return [
            a
            for p in self.matcher.kids(token)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in self.matcher.kids(p)
            if o.dep_ == "pobj"
            for b in o.subtree
            if b.dep_ == "prep" and b.lower_ == "by"
            for g in self.matcher.kids(b)
            if g.dep_ == "pobj"
            for a in self.actors.phrase(g)
        ]

    def _inner_event(self, token, pattern: Pattern) -> bool:
        """An event noun after 'of' of another event noun the lexicon knows ('the lifting of
        sanctions', 'the suspension of the blockade', 'the threat of strikes'): the outer noun
        tells the event, or the sentence tells none; the inner one is only what is lifted or
        threatened. An outer noun of the same root ('the imposition of sanctions') leaves it."""
        if token.dep_ == "conj":  # 'the lifting of sanctions and tariffs'
            token = token.head
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
            return False
        outer = prep.head
        if outer.pos_ != "NOUN":
            return False
        found = self.matcher.match(outer)
        return found is not None and found.code[:2] != pattern.code[:2]


# cooperative roots a participle on an object noun only describes
_DESCRIBED_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


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


def _in_place(word) -> bool:
    """A proper noun after 'in': where the sentence sets its acts ('agreed in Tunis')."""
    return word.dep_ == "pobj" and word.head.lower_ == "in" and word.pos_ == "PROPN"


def _no_callee(token, pattern: Pattern) -> bool:
    """The bare verb 'call' (041) with no one called: 'NATO calls to cancel the deal', 'X
    and Y call for calm' (a headline noun read as a verb) ask for something; no call is
    made between the ones who ask."""
    if pattern.code != "041" or pattern.pos != "verb" or token.lemma_.lower() != "call":
        return False
    if pattern.obj or pattern.prt or pattern.oprep or pattern.need or pattern.need_all:
        return False
    return not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children)


# what a statement's participle or clause says: its content, the act the statement makes
_STATEMENT_CONTENT = frozenset({"acl", "relcl", "advcl", "xcomp"})


def _statement_content(token, matcher: Matcher) -> bool:
    """'A and B issued a joint statement calling on C to ...', '... saying that ...': the
    statement is addressed to, or tells of, someone else; its co-signers express no accord
    with each other (019), only what the statement says is an act."""
    objects = matcher.objects(token)
    if not objects:
        return False
    after = max(o.i for o in objects)  # 'Voicing full agreement, A and B issued ...': theirs
    verbs = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.i > after]
    for obj in objects:
        verbs += [c for c in obj.children if c.dep_ in _STATEMENT_CONTENT and c.i > obj.i]
    return any(v.pos_ == "VERB" and (v.tag_ == "VBG" or v.dep_ == "relcl") for v in verbs)


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
        c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i and infinitive(c)
    ]
    return out


def _own_office(token) -> bool:
    """'her office had opened an inquiry': the subject is the speaker's own office."""
    return any(
        c.dep_ == "nsubj"
        and c.lemma_ in _OFFICES
        and any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)
        for c in token.children
    )


def _own_visitor(token) -> bool:
    """A noun that names its own maker ('Modi's visit', 'a visit by X')."""
    return any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" or c.dep_ == "agent"
        for c in token.children
    )


def _describes_noun(token) -> bool:
    """'a cargo ship travelling to X', 'migrants who were heading to Y': a journey told of a
    noun's bearer, whose visitor must be an official or a state like an arrival's."""
    return token.dep_ in ("acl", "relcl") and token.pos_ in ("VERB", "AUX")
