"""The rule engine: from one parsed sentence and its actor mentions to drafted events.

Steps: find trigger tokens whose lemma and surroundings match a lexicon pattern
(:mod:`matching`); build each trigger's act, resolving frame verbs through the act they wrap
(:mod:`acts`) and source and target roles from the parse (:mod:`arguments`); assess modality;
pair sources with targets into drafts. Precedence upgrades and duplicate removal come after,
in :mod:`precedence`.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.coding.acts import Act, ActFinder
from detente.coding.arguments import VIOLENT, Arguments
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.modality import Modality, assess
from detente.coding.roles import Actors, Arg
from detente.coding.syntax import LIGHT_PREPS, anchor, dated, participle, passive, reasons

_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# people who protest against their own state: civilians, opposition, labour, media, business
# force postures and crackdowns (15, 17) a state may turn on its own people
_POLICING = frozenset({"15", "17"})
_DISSENT_SECTORS = frozenset({"CVL", "OPP", "LAB", "REB"})
_CIVIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "REL"})
# Frame verbs whose coordinated subjects act on each other: 'A and B agreed to X'.
_MUTUAL_FRAMES = frozenset({"agree"})
# Joint intents of gold rule 1: cooperate (030), meet or negotiate (036), settle (037).
_JOINT_INTENTS = frozenset({"030", "036", "037"})


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before it becomes a record: codes, args, trigger token, flags."""

    source: Arg
    target: Arg
    code: str
    trigger: object
    modality: Modality
    confidence: float
    priority: int
    # The reverse direction of a joint act that is only the subject's if it is an intent:
    # 'A pledged to swap prisoners with B', 'A will travel for talks with B'.
    mirrored: bool = False


class SentenceCoder:
    """Codes one parsed sentence. Stateless between sentences except what is passed in."""

    def __init__(self, lex: Lexicon, doc, actors: Actors):
        self.lex, self.doc, self.actors = lex, doc, actors
        self.matcher = Matcher(lex, actors)
        self.finder = ActFinder(
            lex, actors, self.matcher, Arguments(lex, doc, actors, self.matcher)
        )
        self.consumed: set[int] = set()
        # acts whose modality is read off another verb than their own trigger: a closing
        # participle of the speaker that the parser hung on the reported clause
        self._modal_anchor: dict[int, object] = {}

    def code(self) -> list[Draft]:
        acts = []
        for token in self.doc:
            if token.i in self.consumed:
                continue
            pattern = self.matcher.match(token)
            if pattern is None:
                continue
            received = None if self._noun_ok(token, pattern) else self._received(token, pattern)
            if received is None and not self._noun_ok(token, pattern):
                continue
            act = self.finder.act(token, pattern)
            if act is None:
                continue
            if received is not None:
                act.sources, act.targets = received
            self._reporter_adjunct(act)
            self._adjunct_target(act, acts)
            self._dispossessed(act)
            self._culprits(act)
            if len(act.sources) >= 2 and _each_other(token):
                act.targets, act.joint = [], True  # 'A and B freed prisoners to each other'
            if act.code[:2] == "14" and act.sources and not act.targets:
                act.targets = self._protest_aim(act)
            if act.code[:2] == "14" and act.sources and not act.targets and _main_clause(token):
                act.targets = _governments_of(act.sources, self._home(act))
            if act.code[:2] == "15" and not act.sources and passive(token):
                self._deployed_forces(act)
            if act.code[:2] in _POLICING and act.sources:
                act.targets = self._dissenters(act) or act.targets
            self.consumed |= act.consumed | reasons(token)
            acts.append(act)
            if pattern.frame:
                acts += self.finder.coordinated_acts(token, pattern, act)
        acts = [a for a in acts if a.token.i not in self.consumed]
        acts = [a for a in acts if not _toll_of(a, acts)]
        for act in acts:
            self._mediated(act, acts)
            self._during_talks(act, acts)
            self._court_venue(act, acts)
            self._walkout_partner(act, acts)
        if any(a.code == "040" and self._third_place(a) for a in acts):
            for a in acts:  # one meeting: the summit noun and the verb share the place
                a.code = "044" if a.code == "040" else a.code
        return [d for act in acts for d in self.drafts(act)]

    def drafts(self, act: Act) -> list[Draft]:
        verb = anchor(act.token) if act.token.pos_ == "NOUN" else None
        verb = self._modal_anchor.get(act.token.i, verb)
        modality = assess(verb if verb is not None else act.token, self.lex.cues)
        if modality.background:
            return []
        out = []
        one_sided = act.pattern.frame == "intent" or act.token.pos_ == "NOUN"
        mutual = self.lex.cues["mutual_codes"]
        one_way = self._fought_with(act)
        for source, target, mirrored in _pairs(act, mutual, self._together(act), one_way):
            if _self_directed(source, target):
                continue
            confidence = act.confidence - 0.2 * (source.pronoun or target.pronoun)
            out.append(
                Draft(
                    source,
                    target,
                    act.code,
                    act.token,
                    modality,
                    confidence,
                    act.pattern.priority,
                    mirrored and one_sided,
                )
            )
        return out

    def _fought_with(self, act: Act) -> bool:
        """'A fought running battles with B', 'A clashed with B': the subject's attack on the
        side named after 'with' (gold rule 1 lists no fighting among the reciprocal acts);
        an exchange ('traded fire with B') is mutual by its verb."""
        token = act.token
        if act.code[:2] not in VIOLENT or token.lemma_.lower() in _TRADED:
            return False
        spans = {t.span for t in act.targets}
        return any(
            a.span in spans
            for prep in self.matcher.preps(token, "with")
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
        )

    def _reporter_adjunct(self, act: Act) -> None:
        """'A said B could play no role, accusing B of ...': the parser hangs a closing
        participle on the reported clause, but when that clause's subject would only act on
        itself, the participle is the speaker's."""
        token = act.token
        if not (
            act.sources
            and act.targets
            and token.dep_ == "advcl"
            and participle(token)
            and token.head.dep_ == "ccomp"
            and all(_self_directed(s, t) for s in act.sources for t in act.targets)
        ):
            return
        speakers = self.finder.arguments.sources(token.head.head, None)
        if speakers and not any(_self_directed(s, t) for s in speakers for t in act.targets):
            act.sources = speakers
            # 'said X could play no role, accusing X of ...': the speaker's accusation is
            # made, whatever the mood of the clause the parser hung it on
            self._modal_anchor[token.i] = token.head.head

    def _adjunct_target(self, act: Act, acts: list[Act]) -> None:
        """'X cut ties with Y, accusing its neighbour of ...', 'X banned the Y broadcaster,
        calling the network a ...': a closing participle whose object is a description with
        no actor of its own ('its neighbour', 'the network'), or only the speaker's own, speaks of
        the main act's target."""
        token = act.token
        if not act.sources or token.dep_ != "advcl" or not participle(token):
            return

        def mine(arg: Arg) -> bool:
            return any(_self_directed(s, arg) for s in act.sources)

        if not all(mine(t) for t in act.targets):
            return
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not all(
            _description(o) and all(mine(a) for a in self.actors.phrase(o)) for o in objects
        ):  # 'the government' the actor layer gave the speaker's own country
            return
        own = {s.code for s in act.sources}
        for other in acts:
            if other.token.i == token.head.i:
                act.targets = [t for t in other.targets if t.code not in own and not t.place]
                return

    def _culprits(self, act: Act) -> None:
        """'an inquiry into killings of X by Y': an investigation is aimed at whoever is said
        to have done the deed (Y), not at its victims."""
        if act.code[:2] != "09" or len(act.targets) < 2:
            return
        token = act.token
        doers = [
            a
            for agent in token.subtree
            if agent.dep_ in ("prep", "agent")
            and agent.lower_ == "by"
            and agent.head.pos_ == "NOUN"  # the deed's agent, not the probe's own
            and _within_phrase(agent, token)
            for obj in agent.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]
        kept = [t for t in act.targets if any(_same_actor(t, a) for a in doers)]
        if kept:
            act.targets = kept

    def _protest_aim(self, act: Act) -> list[Arg]:
        """'X marched through the capital to protest against Y's plan', 'rioters burned
        factories, venting fury over Y's move': a protest with no target of its own is aimed
        at whoever its purpose or closing participle names."""
        found: list[Arg] = []
        for clause in act.token.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
                continue
            heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            for prep in (p for head in heads for p in head.children):  # 'venting anger over X'
                if prep.dep_ != "prep" or prep.lower_ not in ("against", "over"):
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += [a for a in self.actors.phrase(obj) if not a.place]
        return found

    def _dispossessed(self, act: Act) -> None:
        """'X seized a stake in company Y from Z': a confiscation is aimed at whoever loses
        the property (Z), not at the property itself."""
        if act.code[:3] != "171" or not act.sources:
            return
        token = act.token
        losers = [
            a
            for prep in token.subtree
            if prep.dep_ == "prep" and prep.lower_ == "from" and _within_phrase(prep, token)
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]
        losers = [a for a in losers if not any(_same_actor(a, s) for s in act.sources)]
        if losers:
            act.targets = losers

    def _during_talks(self, act: Act, acts: list[Act]) -> None:
        """'During a phone call, X pressed Y to ...', 'X praised Y during talks in Z': a joint
        meeting noun that frames the clause's act is held with whom that act is aimed at."""
        token = act.token
        prep = token.head
        if token.pos_ != "NOUN" or not act.joint or act.targets or not act.sources:
            return
        if token.dep_ != "pobj" or prep.lower_ != "during" or prep.head.pos_ != "VERB":
            return
        verb = prep.head
        aimed = [t for other in acts if other.token.i == verb.i for t in other.targets]
        if not aimed:
            aimed = [a for o in verb.children if o.dep_ == "dobj" for a in self.actors.phrase(o)]
        act.targets = [
            t for t in aimed if not t.place and not any(_same_actor(t, s) for s in act.sources)
        ]

    def _mediated(self, act: Act, acts: list[Act]) -> None:
        """'X-mediated talks between A and B', 'A and B agreed a truce, mediated by X',
        'X's mediators opened talks between A and B': the mediator's 045 goes to each party
        (gold: a named mediator is coded toward each side)."""
        token = act.token
        mediator = token.lemma_.lower() == "mediate" and act.code == "045"
        if not mediator:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            mediator = act.code[:2] == "04" and any(
                s.lemma_.lower() in ("mediator", "broker") for s in subjects
            )
            if not mediator or act.targets:
                return
            act.code, act.joint = "045", False
        if not act.sources:
            act.sources = [
                a
                for c in token.children
                if c.dep_ in ("npadvmod", "compound", "nmod")
                for a in self.actors.phrase(c)
                if not a.place
            ]
        if act.targets or not act.sources:
            return
        parties = [
            a
            for prep in (token.head if token.dep_ == "amod" else token).subtree
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
        ]
        if not parties and token.dep_ in ("advcl", "acl"):
            parties = [a for other in acts if other.token.i == token.head.i for a in other.sources]
        own = {s.code[:3] for s in act.sources}
        act.targets = [a for a in parties if not a.place and a.code[:3] not in own]

    def _court_venue(self, act: Act, acts: list[Act]) -> None:
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

    def _walkout_partner(self, act: Act, acts: list[Act]) -> None:
        """'A met B ..., but B walked out after an hour': a break-off that names no one is
        aimed at whom the same sentence has its actor meeting or talking with."""
        if act.code[:2] != "16" or not act.sources or act.targets:
            return
        for other in acts:
            if other is act or other.code[:2] != "04":
                continue
            sides = other.sources + other.targets
            if any(_same_actor(s, a) for s in act.sources for a in sides):
                act.targets = [a for a in sides if not any(_same_actor(s, a) for s in act.sources)]
                return

    def _home(self, act: Act) -> str | None:
        """The one country the act's clause names (in its actors and places), if one."""
        countries = self.actors.clause_countries(act.token)
        return countries.pop() if len(countries) == 1 else None

    def _deployed_forces(self, act: Act) -> None:
        """'12,000 police were deployed in X', 'troops were put on alert': with no agent
        named, the forces a posture moves stand for the state that moves them."""
        forces = [
            a
            for c in act.token.children
            if c.dep_ == "nsubjpass"
            for a in self.actors.phrase(c)
            if a.code[3:6] in ("MIL", "COP")
        ]
        if forces:
            act.sources = forces
            act.targets = [t for t in act.targets if t.span not in {a.span for a in forces}]

    def _dissenters(self, act: Act) -> list[Arg]:
        """'police were deployed in the capital as protesters marched': a show of force or
        a crackdown by a state's own forces that names no outside target (at most its own
        places or organs) is aimed at the protesters, strikers or rebels of the same state
        acting in an adverbial clause hung on it."""
        countries = {s.code[:3] for s in act.sources if s.code[3:6] in _STATE_SECTORS}
        if not countries or any(t.code[:3] not in countries for t in act.targets):
            return []
        return [
            a
            for clause in act.token.children
            if clause.dep_ == "advcl"
            for subject in clause.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(subject)
            if a.code[:3] in countries and a.code[3:6] in _DISSENT_SECTORS
        ]

    def _together(self, act: Act) -> bool:
        """Whether coordinated subjects of a frame verb act on each other: when they agree,
        when the intent is one of the joint ones, or when the act it wraps is itself joint
        ('A and B pledged to sign a deal'). 'A, B and C are proposing ways to expand X' and
        'A and B offered to resign' are each one's own act."""
        if not act.pattern.frame or _each_other(act.token):
            return True
        if act.token.lemma_.lower() in _MUTUAL_FRAMES or act.code in _JOINT_INTENTS:
            return True
        doc = act.token.doc
        return any(
            pattern is not None and pattern.joint
            for i in sorted(act.consumed - {act.token.i})
            for pattern in [self.matcher.match(doc[i])]
        )

    def _received(self, token, pattern: Pattern) -> tuple[list[Arg], list[Arg]] | None:
        """'the move drew sharp criticism from X', 'Y faced condemnation from X', 'Y won praise
        from X': an event noun that its verb's subject only receives is the act of whoever it
        comes from, aimed at that subject (or, for an event, at whoever did it)."""
        verb = token.head
        if pattern.pos != "noun" or token.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        if self.matcher.match(verb) is not None and verb.lemma_.lower() not in _RECEIVING:
            return None
        givers = [
            a
            for node in (verb, token)
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
            if not a.place
        ]
        if not givers:
            return None
        arguments = self.finder.arguments
        receivers = [
            a
            for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(subject) or arguments.event_author(subject)
        ]
        givers_codes = {g.code for g in givers}
        return givers, [r for r in receivers if r.code not in givers_codes]

    def _noun_ok(self, token, pattern: Pattern) -> bool:
        """An event noun is its own event only where no verb already tells it: not as the
        object of a verb or a modifier, but as a subject or after a light preposition."""
        if pattern.pos != "noun":
            return True
        if self.matcher.carried(token):
            return True
        if token.dep_ in ("dobj", "attr", "oprd") and token.head.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ in ("compound", "amod"):
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "on":
            # 'on a visit to X', 'on a phone call'; but 'focused on X's invasion of Y' and
            # 'no agreement on a ceasefire' only name the topic
            return pattern.code[:2] == "04"
        return token.dep_ != "pobj" or token.head.lower_ in LIGHT_PREPS | {"between", "by"}

    def _third_place(self, act: Act) -> bool:
        """A meeting held in a country that is neither side's: CAMEO 044, not 040."""
        sides = {a.code[:3] for a in act.sources + act.targets}
        if len(sides) < 2:
            return False
        heads = [act.token, *(c for c in act.token.children if c.dep_ == "dobj")]
        places = [
            a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at") and not dated(prep)
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.subtree(o, location_ok=True)
        ]
        return any(p.code[:3] not in sides and not p.code.startswith("IGO") for p in places)


def _in_exchange(verb) -> bool:
    """'freed X in exchange for Y', 'released X in a prisoner swap': a trade of prisoners,
    mutual though one side's release is told (gold rule 1)."""
    return any(
        o.lemma_.lower() in ("exchange", "swap", "trade")
        for prep in verb.children
        if prep.dep_ == "prep"
        for o in prep.children
        if o.dep_ == "pobj"
    )


def _court(arg: Arg) -> bool:
    """A court or tribunal ('the ICJ', 'the World Court', 'an arbitration tribunal')."""
    text = arg.text.lower()
    judicial = arg.code.startswith("IGO") or arg.code[3:6] == "JUD"
    return judicial and ("court" in text or "tribunal" in text)


def _toll_of(act: Act, acts: list[Act]) -> bool:
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
        and any(
            len(t.code) > 3 and not t.place and not any(_self_directed(s, t) for s in other.sources)
            for t in other.targets
        )
        for other in acts
    )


def _each_other(verb) -> bool:
    """Whether the verb's object or a preposition's object is 'each other' / 'one another'."""
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nodes += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for node in nodes:
        if node.lower_ == "other" and any(c.lower_ == "each" for c in node.children):
            return True
        pair = {node.lower_, *(c.lower_ for c in node.children)}
        if {"one", "another"} <= pair:  # parsed either way round
            return True
    return False


def _within_phrase(node, top) -> bool:
    """Whether ``node`` hangs on ``top`` through noun phrases and prepositions only, not
    through another verb's clause."""
    while node.i != top.i:
        node = node.head
        if node.i != top.i and node.pos_ in ("VERB", "AUX"):
            return False
        if node.head.i == node.i:
            return node.i == top.i
    return True


def _same_actor(a: Arg, b: Arg) -> bool:
    """The same actor, or the same person named again by surname ('Sargsyan')."""
    last, other = a.text.split()[-1], b.text.split()[-1]
    return a.code == b.code or last == other and last[:1].isupper() and a.code[:3] == b.code[:3]


def _description(noun) -> bool:
    """A definite common noun phrase that refers back ('the kingdom', 'its neighbour')."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det"
        and c.lower_ in ("the", "this", "that")
        or c.dep_ == "poss"
        and c.tag_ == "PRP$"
        for c in noun.children
    )


def _main_clause(token) -> bool:
    """A verb that tells its own event, not a participle describing a noun ('beat
    protesters marching near X': the marching is no act of its own here)."""
    if token.dep_ == "ccomp" and token.tag_ == "VBG":  # 'beat X marching': X is the object
        return False
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl", "amod")


def _governments_of(sources: list[Arg], home: str | None) -> list[Arg]:
    """A protest that names no one it is aimed at ('thousands marched through X against a
    bill', 'strikers blocked the roads') in a clause about one country (``home``) is aimed
    at the protesters' own government; with a second country named in it ('prisoners in
    Israeli jails'), that country may be the one protested against."""
    out = []
    for arg in sources:
        country, sector = arg.code[:3], arg.code[3:6]
        if country != home or sector not in _CIVIC_SECTORS:
            continue
        if all(a.code != country + "GOV" for a in out):
            out.append(Arg(country + "GOV", arg.text, arg.span))
    return out


def _self_directed(source: Arg, target: Arg) -> bool:
    """The same actor, or a state organ and its own bare country ('UKRGOV' -> 'UKR'): almost
    always a role taken from the wrong phrase, since a state rarely acts on itself (a former
    leader, coded with the bare country, is the exception)."""
    if source.code == target.code:
        return True
    if source.code[:3] != target.code[:3] or source.code.startswith(("---", "IGO", "NGO")):
        return False
    short, other = sorted((source, target), key=lambda a: len(a.code))
    return len(short.code) == 3 and not short.former and other.code[3:6] in _STATE_SECTORS


# verbs whose object the subject gets from someone else ('received praise from X')
_RECEIVING = frozenset({"receive", "face", "draw", "earn", "win", "attract", "get", "meet"})
# exchanges: mutual by their verb ('traded fire with B')
_TRADED = frozenset({"trade", "exchange", "swap"})


def _pairs(
    act: Act, mutual: frozenset[str] = frozenset(), together: bool = True, one_way: bool = False
) -> list[tuple[Arg, Arg, bool]]:
    """Source-target pairs; coordinated subjects with no target act on each other when the
    act is joint (and ``together``: see ``SentenceCoder._together``), or when its code is one
    that two sides can only do together ('A and B halted hostilities')."""
    sources, targets = act.sources, act.targets
    joint = act.joint and together or act.code in mutual
    if joint and not targets and len(sources) >= 2:
        return [(a, b, False) for a in sources for b in sources if a.code != b.code]
    pairs = [(s, t, False) for s in sources for t in targets]
    if act.joint and not one_way or act.code in mutual and _in_exchange(act.token):
        pairs += [(t, s, True) for s, t, _m in pairs]
    return pairs
