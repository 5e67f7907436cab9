"""From a matched trigger to an Act: its code, sources and targets.

A plain pattern's act takes its code from the pattern. A frame verb (appeal, demand, intent,
threat, reject, accuse...) wraps another act in its complements; the wrapped act decides the
frame's code and often its target, so the two kinds of act resolve each other recursively.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.coding.arguments import VIOLENT, Arguments
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.syntax import clause_tokens, object_clauses, own_subject, participle, penalty

_ABOUT_ACTS = frozenset({"01", "11", "12"})  # statements, disapprovals, rejections of acts
_MEANS_PREPS = frozenset({"through", "via"})
# demands and threats a verb delivers as a noun ('issued an ultimatum', 'gave a warning')
_ADDRESSED = frozenset({"10", "13"})
# roots of a conflictual act: promised for the future it is a threat (gold rule 6, CAMEO 130)
_CONFLICTUAL = frozenset({"10", "11", "12", "14", "15", "16", "17", "18", "19", "20"})
# verbs that turn a conflictual act into its opposite: 'pledged to end the raids'
_UNDOING = frozenset({"end", "lift", "suspend", "abandon", "renounce", "drop", "ease", "scale"})
# prepositions whose object can carry a frame's act: 'appealed for calm', 'warned against'
_COMPLEMENT_PREPS = frozenset(
    {"to", "of", "for", "on", "against", "from", "with", "in", "into", "upon", "out"}
)
# verbs whose gerund object is the subject's own doing: 'began visiting X' is a visit by the
# subject, not 'the visiting X' (a visitor)
_ASPECT_VERBS = frozenset(
    {
        "begin", "start", "continue", "keep", "stop", "resume", "avoid", "consider", "finish",
        "suggest", "propose", "postpone", "delay", "deny", "admit", "risk", "recall", "enjoy",
        "discuss", "mention", "quit", "plan", "like", "love", "hate", "prefer",
    }
)  # fmt: skip
# intent verbs by which a body enacts what it decides ('agreed to include X in its inquiry')
_ENACTING = frozenset({"agree", "decide", "vote"})
_TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
_COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# those a state's emergency rule is aimed at
_DISSENT = frozenset({"REB", "CVL", "OPP", "LAB"})
# what a vehicle or building under attack does with the people in it
# mentions that stand for people, not places or things ('seized two Canadians', 'the minister')
_PEOPLE_HOWS = frozenset(
    {"demonym", "people", "person", "office", "former", "title", "surname", "kin"}
)
_CARRYING = frozenset({"carry", "transport", "ferry", "house", "hold", "shelter"})
# pessimism and optimism (012, 013): a comment about how someone else will act
_OUTLOOKS = frozenset({"012", "013"})
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding"})
# frame verbs that put an act at someone's disposal
_OFFERING = frozenset({"offer", "volunteer"})


@dataclass
class Act:
    """A matched trigger before roles are paired into events."""

    token: object
    pattern: Pattern
    code: str
    sources: list[Arg]
    targets: list[Arg]
    joint: bool
    confidence: float = 0.9
    consumed: set[int] = field(default_factory=set)


class ActFinder:
    """Builds the Act of a matched trigger in one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors, matcher: Matcher, arguments: Arguments):
        self.lex, self.actors, self.matcher, self.arguments = lex, actors, matcher, arguments

    def act(self, token, pattern: Pattern, default_sources=None) -> Act | None:
        """The act of a trigger; ``default_sources`` stand in when the parse names none
        (the controller of a frame's complement: 'urged X to withdraw' is X's withdrawal)."""
        if default_sources is None and self._requested(token):
            return None  # 'ignored calls from X to arrest Y': asked for, not done
        args = self.arguments
        if pattern.code == "042" and token.lower_ == "visiting" and default_sources is None:
            visit = self._visitor_act(token, pattern)
            if visit is not None:
                return visit
        sources = args.sources(token, pattern) or list(default_sources or [])
        if pattern.pos == "noun" and pattern.joint and pattern.code[:2] == "04":
            convened = self._convened(token)
            if convened:  # 'brought together A and B for talks': A and B talk
                return Act(token, pattern, pattern.code, convened, [], True)
        if pattern.frame:
            return self.frame_act(token, pattern, sources)
        targets = args.targets(token, pattern.target, pattern)
        if not targets and pattern.code[:2] in ("11", "12"):
            targets = args.implicit_agent(token, sources)
        if not targets and pattern.code[:2] in VIOLENT:
            targets = args.victims(token, pattern) or self._carried(token, sources)
        if not targets and pattern.code[:2] == "15":
            targets = self._purpose_target(token, pattern)
        if not targets and pattern.code[:3] == "172":  # 'declared an emergency to contain
            targets = [  # protests by X': a restriction aimed at whom its purpose names
                a
                for a in self._purpose_target(token, pattern, ("dobj*",))
                if not a.place and not _own_side(a, sources)
            ] or self._dissenters(sources)
        if not targets and pattern.code == "015":
            targets = self._claimed_victims(token, pattern, sources)
        if not targets and pattern.code[:2] in _ADDRESSED and pattern.obj:
            targets = self._addressees(token, sources)
        if not targets and pattern.code in _OUTLOOKS:
            targets = self._outlook_targets(token, sources)
        if not targets and not pattern.joint:
            targets = args.shared_target(token, pattern)
        if pattern.pos == "noun" and "between" in pattern.target and not sources:
            between = args.target(token, "between*", pattern, False)
            if len(between) >= 2:
                sources, targets = between, []
        act = Act(token, pattern, pattern.code, sources, targets, pattern.joint)
        if pattern.pos == "verb" and pattern.code[:2] == "08" and pattern.obj:
            # 'lifted most of its sanctions on X, including a freeze on Y': what is lifted
            # or eased is told by this act, not imposed anew
            act.consumed = {
                t.i
                for o in self.matcher.objects(token, pattern)
                if o.dep_ in ("dobj", "pobj", "nsubjpass") and o.i > token.i
                for t in o.subtree
            }
        if pattern.pos == "verb" and pattern.code[:2] in _ABOUT_ACTS:
            act.consumed = object_clauses(token)
        if pattern.pos == "verb" and pattern.code[:2] in _ADDRESSED and pattern.obj:
            act.consumed = {i for c in self._told_clauses(token) for i in clause_tokens(c)}
        if pattern.code in _OUTLOOKS:  # 'pessimistic that X would stop': told of, not done
            act.consumed |= {i for c in _outlook_clauses(token) for i in clause_tokens(c)}
        return act

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
                for s in clause.children
                if s.dep_ in ("nsubj", "nsubjpass")
                for a in self.actors.phrase(s)
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
        if head is token or not _infinitive(token):
            return False
        if token.dep_ in ("acl", "relcl"):
            return head.pos_ == "NOUN" and head.lemma_.lower() in nouns
        # 'ignoring calls from X to arrest Y', the infinitive parsed as the verb's clause
        return token.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.i < token.i and c.lemma_.lower() in nouns for c in head.children
        )

    def _claimed_victims(self, token, pattern: Pattern, sources: list[Arg]) -> list[Arg]:
        """'claimed responsibility for the bombing that killed five Chinese workers': the
        claim is aimed at whom the claimed act hit (gold: the attack's target)."""
        for prep in self.matcher.preps(token, "for"):
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

    def frame_act(self, token, pattern: Pattern, sources: list[Arg], branch=None) -> Act | None:
        """The act of a frame verb, coded from the act it wraps (under one coordinated
        ``branch`` of its complements if given); None when nothing gives it a code."""
        if token.lemma_.lower() in self.lex.cues["directive_verbs"] and not self._directive(token):
            return None  # 'told reporters (that) ...': a statement, not a demand
        spec = self.lex.frames["frames"][pattern.frame]
        direct = self.arguments.targets(token, ("dobj",), pattern)
        controller = direct if pattern.frame in ("appeal", "demand", "order") else sources
        inner, comps = self._embedded(token, pattern, controller, branch)
        words = {t.lemma_.lower() for c in comps for t in c.subtree} | {
            t.lower_ for c in comps for t in c.subtree
        }
        code = self._frame_code(pattern.frame, spec, inner, words)
        penalty_code = self._penalty_code(pattern.frame, comps)
        if penalty_code and branch is None:  # 'told X to do Y or face Z': a threat
            code = penalty_code
        leader = bool(spec["codes"].get("reform_leader")) and self._leader_change(comps)
        if leader:  # 'urged the army to abandon the president': a change of leadership
            code = spec["codes"]["reform_leader"]
        if spec.get("place_code") and self._place_object(token, pattern):
            code = spec["place_code"]
        if spec.get("person_code") and self._person_object(token, pattern):
            code = spec["person_code"]  # 'gunmen seized two tourists': an abduction
        if code is None:
            return None
        if pattern.frame == "intent" and inner and inner.code[:2] == "09":
            # 'the court agreed to include X in its inquiry': a body's decision to
            # investigate is the investigation under way (no 03x code for it); a vow is not
            code = inner.code if token.lemma_.lower() in _ENACTING else code
        if (
            pattern.frame == "intent"
            and token.lemma_.lower() in _ENACTING
            and words & _TRUCE_WORDS
            and (inner is None or inner.code[:2] in _COOPERATIVE_ROOTS)
        ):  # 'agreed to observe the ceasefire': agreeing to a truce (0871), not a vow of one
            code = "0871"
        if pattern.frame == "intent" and _offered_forces(token, inner):
            code = spec["codes"]["aid"]  # 'offered to send aircraft/troops': help, not a threat
        elif pattern.frame == "intent" and self._promised_conflict(token, inner):
            code = prefix_lookup(self.lex.frames["code_maps"]["threat"], inner.code) or "130"
        targets, joint = self._frame_targets(token, spec, pattern, inner, comps, sources)
        if not targets and (not joint or len(sources) < 2):
            targets = self._first_conjunct_targets(token, sources)
        joint = joint and not targets  # 'A failed to attend talks with B': A's act alone
        third = spec.get("third_party", {})
        if inner and inner.targets and third and not leader and prefix_lookup(third, inner.code):
            if {a.code for a in inner.targets} - {a.code for a in targets}:
                code, targets = prefix_lookup(third, inner.code), inner.targets
        act = Act(token, pattern, code, sources, targets, joint, 0.8 if inner else 0.7)
        act.consumed = {i for c in comps for i in clause_tokens(c)} - {
            i for c in comps for t in c.subtree if _free_adjunct(t) for i in clause_tokens(t)
        }
        return act

    def _promised_conflict(self, token, inner: Act | None) -> bool:
        """A vow, pledge or offer of a conflictual act ('vowed to expel X's envoys', 'pledged
        to impose sanctions') is a threat, not an intent; not when the act is being undone
        ('pledged to end the raids', 'promised to stop the shelling')."""
        if inner is None or inner.code[:2] not in _CONFLICTUAL or inner.code[:2] == "13":
            return False
        undoing = self.lex.cues["negating_governors"] | _UNDOING
        node = inner.token
        while node.i != token.i and node.head is not node:
            if node.lemma_.lower() in undoing or any(c.dep_ == "neg" for c in node.children):
                return False
            node = node.head
        return True

    def _first_conjunct_targets(self, token, sources: list[Arg]) -> list[Arg]:
        """'X broke off ties with Y and vowed to ...', 'X condemned Y and demanded ...': a frame
        verb coordinated under an act of the same subject, naming no target of its own, is
        aimed at that act's target."""
        head = token.head
        if token.dep_ != "conj" or head is token or head.pos_ != "VERB" or own_subject(token):
            return []
        first = self.matcher.match(head)
        if first is None:
            return []
        act = self.act(head, first)
        if act is None:
            return []
        return [a for a in act.targets if not _own_side(a, sources)]

    def coordinated_acts(self, token, pattern: Pattern, first: Act) -> list[Act]:
        """One more act per coordinated complement with its own code: 'urged X to halt the
        fighting and (to) return to talks' is two appeals to X."""
        codes, out = {first.code}, []
        for comp in _complements(token):
            for branch in (c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                if penalty(branch):
                    continue
                act = self.frame_act(token, pattern, first.sources, branch=branch)
                if act is not None and act.code not in codes:
                    codes.add(act.code)
                    out.append(act)
        return out

    # ---- the wrapped act -----------------------------------------------------------------

    def _embedded(
        self, token, pattern: Pattern, inner_sources, branch=None
    ) -> tuple[Act | None, list]:
        """The first act under the frame's complements (or under one coordinated ``branch``
        of them, not crossing into the other branches)."""
        comps = [branch] if branch is not None else _complements(token)
        queue = list(comps)
        while queue:
            node = queue.pop(0)
            if node.dep_ == "pobj" and node.head.lower_ in _MEANS_PREPS and node.head.i > token.i:
                continue  # 'to resolve the dispute through dialogue': the means, not the act
            inner = self.matcher.match(node)
            if (
                inner is not None
                and node.i != token.i
                and not (inner.frame and inner.frame == pattern.frame)
            ):
                act = self.act(node, inner, inner_sources)
                if act is not None:
                    return act, comps
            queue.extend(
                c
                for c in node.children
                if (branch is None or c.dep_ != "conj") and not _free_adjunct(c)
            )
        return None, comps

    def _directive(self, token) -> bool:
        """'told X to leave' or 'told X that it must leave': an instruction, not a report."""
        aux = self.lex.cues["directive_aux"]
        for child in token.children:
            if (
                child.dep_ == "xcomp"
                and child.tag_ != "VBG"  # 'told visiting X that ...': a visitor, not an order
                or child.dep_ == "ccomp"
                and child.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            ):
                return True
            if child.dep_ == "ccomp" and any(
                a.dep_ == "aux" and a.lower_ in aux for a in child.children
            ):
                return True
        return False

    # ---- the frame's code ----------------------------------------------------------------

    def _frame_code(self, frame: str, spec: dict, inner: Act | None, words: set[str]) -> str | None:
        """The code the wrapped act maps to, else one keyed by a word in the complements,
        else the frame's default."""
        frames = self.lex.frames
        # words that decide the code before the wrapped act: 'ordered the troops to be ready to
        # fire' puts forces on alert (152); the firing itself is only conditional
        for word, code in frames.get("frame_first", {}).get(frame, {}).items():
            if word in words:
                return code
        if inner is not None:
            mapped = prefix_lookup(frames["code_maps"].get(frame, {}), inner.code)
            if mapped:
                return inner.code if mapped == "=" else mapped
            category = prefix_lookup(frames["categories"], inner.code)
            if category and spec["codes"].get(category):
                return spec["codes"][category]
        for word, code in frames["frame_keywords"].get(frame, {}).items():
            if word in words:
                return code
        for word, category in frames["keywords"].items():
            if word in words and spec["codes"].get(category):
                return spec["codes"][category]
        return spec.get("default")

    def _leader_change(self, comps) -> bool:
        """The wrapped act changes who leads: deserting or removing a leader ('to abandon
        the president', 'to oust the prime minister') or recognising another as leader ('to
        recognise X as president'); CAMEO 0241/1041/1231 whatever the verb's own code."""
        deserting = self.lex.cues["deserting_verbs"]
        for node in (t for c in comps for t in c.subtree):
            lemma = node.lemma_.lower()
            if lemma in deserting and node.pos_ == "VERB":
                for obj in (c for c in node.children if c.dep_ == "dobj"):
                    if self.lex.in_class(obj.lemma_, "leader") or any(
                        a.code[3:6] == "GOV" and not a.pronoun for a in self.actors.phrase(obj)
                    ):
                        return True
            if lemma in ("recognise", "recognize", "accept", "install") and node.pos_ == "VERB":
                for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "as"):
                    if any(self.lex.in_class(o.lemma_, "leader") for o in prep.children):
                        return True
        return False

    def _penalty_code(self, frame: str, comps) -> str | None:
        """A demand or appeal with a penalty attached ('... or face sanctions') is a threat."""
        if frame not in ("demand", "appeal", "order"):
            return None
        for comp in comps:
            for branch in (c for c in comp.children if c.dep_ == "conj" and penalty(c)):
                words = {t.lemma_.lower() for t in branch.subtree}
                keywords = self.lex.frames["frame_keywords"]["threat"]
                return next((keywords[w] for w in sorted(words) if w in keywords), "131")
        return None

    def _person_object(self, token, pattern: Pattern) -> bool:
        """The (direct or passive) object is people: a person noun or a people mention."""
        for obj in self.matcher.objects(token, pattern):
            if obj.dep_ == "attr":
                continue
            if self.lex.in_class(obj.lemma_, "person"):
                return True
            mention = self.actors.by_token.get(obj.i)
            if mention is None or obj.pos_ == "ADJ":
                continue
            if mention.how in _PEOPLE_HOWS or (mention.code or "").endswith("CVL"):
                return True
        return False

    def _place_object(self, token, pattern: Pattern) -> bool:
        """The object is a place: a location mention or a territory noun."""
        for obj in self.matcher.objects(token, pattern) or [
            c for c in token.children if c.dep_ == "prep" for c in c.children
        ]:
            mention = self.actors.by_token.get(obj.i)
            if mention is not None and mention.how == "location":
                return True
            if self.lex.in_class(obj.lemma_, "territory"):
                return True
        return False

    # ---- the frame's target --------------------------------------------------------------

    def _frame_targets(
        self, token, spec, pattern, inner: Act | None, comps, sources: list[Arg]
    ) -> tuple[list[Arg], bool]:
        """The frame's targets from the first of its target slots that names any, and whether
        the act stays joint."""
        for name in spec["target"]:
            if name in ("embedded", "embedded_target") and inner is not None:
                # 'warned X ... if it threatened the United States': the speaker's own side
                # is the inner act's target, not this act's
                others = [a for a in inner.targets if not _own_side(a, sources)]
                if others:
                    return others, inner.joint
                if inner.joint and name == "embedded":
                    return [], True
            elif name == "embedded_source" and inner is not None and inner.sources:
                return inner.sources, False
            elif name == "condition":
                got = self._condition_subjects(comps)
                if got:
                    return got, False
            elif name == "accuser":
                got = self.arguments.accusers(token)
                if got:
                    return got, False
            elif name == "comp*":
                got = [a for c in comps for a in self.actors.subtree(c)]
                if got:
                    return got, False
            elif name not in ("embedded", "embedded_target", "embedded_source"):
                got = self.arguments.targets(token, (name,), pattern)
                if spec.get("own_agents"):  # 'ordered its navy to ...': the orderer's own forces
                    got = [a for a in got if not any(a.code[:3] == s.code[:3] for s in sources)]
                if got:
                    return got, False
        return [], bool(inner and inner.joint) or bool(spec.get("joint_without_target"))

    def _condition_subjects(self, comps) -> list[Arg]:
        """'warned that it would retaliate if X attacked': the threat is aimed at X."""
        marks = set(self.lex.cues["conditional_marks"])
        clauses = [
            t
            for c in comps
            for t in c.subtree
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in t.children)
        ]
        return [
            a
            for clause in clauses
            for s in clause.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(s)
            if not a.pronoun
        ]


def _complements(token) -> list:
    """Tokens that carry the act a frame verb wraps."""
    out = []
    for child in token.children:
        if child.dep_ == "advcl" and participle(child):
            continue  # 'rejected X, calling Y a puppet': a second act, not the wrapped one
        if child.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "attr", "advcl", "acomp"):
            out.append(child)
        elif child.dep_ in ("prep", "prt", "dative", "agent") and child.lower_ in _COMPLEMENT_PREPS:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp", "xcomp")]
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


def _free_adjunct(node) -> bool:
    """'vowed to expel X's envoys, accusing X of ...': a participle set off by a comma inside
    a frame's complement is the speaker's second act, neither wrapped nor told by the frame."""
    return node.dep_ == "advcl" and participle(node)


def _offered_forces(token, inner: Act | None) -> bool:
    """An offer to send or deploy forces, aircraft or ships (15x as a plain act) is made to
    whom they would help: an offer of aid (033), never a threat; one does not offer a show
    of force to its target."""
    return (
        inner is not None
        and inner.code[:2] == "15"
        and token.lemma_.lower() in _OFFERING
        and inner.token.lemma_.lower() not in ("mobilise", "mobilize", "mass")
    )


def _own_side(arg: Arg, sources: list[Arg]) -> bool:
    """The speaker's own actor, or its bare country (a rebel group's target may be its state);
    a former leader, coded with the bare country, is someone else."""
    return any(arg.code == s.code or arg.code == s.code[:3] and not arg.former for s in sources)


def prefix_lookup(table: dict, code: str) -> str | None:
    """The value for the longest prefix of ``code`` in ``table`` ('' matches any code)."""
    for size in range(len(code), -1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def _infinitive(clause) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
