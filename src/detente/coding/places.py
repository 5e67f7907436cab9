"""Places as the side an act is aimed at: a force posture, assault or fight that names no one
is aimed at the place where it is done (or, by a state's own forces at home, at the dissenters
the sentence names); a place of a state's own country struck by its forces is held by those it
fights; a show of force at a border, or its closing, is aimed at the country beyond it."""

from __future__ import annotations

import re
from dataclasses import replace

from detente.coding.act import Act
from detente.coding.agents import VIOLENT
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg, unique
from detente.coding.sides import DISSENT_SECTORS, STATE_SECTORS, self_directed, sides_of
from detente.coding.sports import sport_told
from detente.coding.syntax import dated, passive

# acts aimed across a border: force postures, threats, closing it ('shut the X border'),
# pulling back from it
_BORDER_ROOTS = frozenset({"08", "13", "15", "16"})
# acts aimed at the place where they are done when they name no one: force postures (15),
# assaults (18), fights (19), mass violence (20), and property destroyed there (1712:
# 'militants blew up a shrine in Y')
_PLACE_ROOTS = frozenset({"15", "18", "19", "20", "1712"})
# where an act is done: 'in X', 'across the capital', 'into Y region', 'through Z'
_PLACE_PREPS = frozenset(
    {"in", "inside", "outside", "at", "across", "into", "through", "throughout"}
)
# the phrases a place may sit in below a noun: 'the town of Y', 'his home in X'
_PLACE_OF_PREPS = frozenset({"of", "in"})
# mentions that name a place: a country, a capital or another city or region
_PLACE_KINDS = frozenset({"country", "capital", "seat", "location"})
_REGION_KINDS = frozenset({"capital", "location"})
# postures that move or alert forces: police and military alert and mobilisation
_MOVED_FORCES = frozenset({"151", "152", "153", "154"})
# the organs of a state whose force on a place of its own country leaves it held by others
_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV"})
_STRUCK_PREPS = frozenset({"on", "at", "against"})


#: a foreign armed party attacked in a place is no attack on the place ('foreign nationals'
#: or 'foreign militants' killed there leave the place's country the one hit)
_ARMED_UNITS = frozenset({"force", "forces", "troops", "soldiers", "convoy", "convoys"})


#: the toll of violence, never a side of it: 'six people die in blasts targeting X', 'twelve
#: people are killed in fighting between X and Y'
VICTIM_NOUNS = re.compile(
    r"^(?:the\s+)?(?:people|persons|individuals|bystanders|passers-by)$", re.IGNORECASE
)


def _victims_no_side(act: Act, cues) -> None:
    """A bare count of people is what violence befalls, not who does it: dropped as a source
    of violence ('six people die in blasts targeting X'), unless it does the violent verb
    itself ('hundreds of people attacked a church') or the act tells what they did ('people
    attacking passers-by', 'people involved in a raid'). In a joint fight the parse made it a
    party of ('12 people die in clashes between police and protesters'), the parties are
    the others, on each other."""
    if act.code[:2] not in VIOLENT or not any(VICTIM_NOUNS.match(s.text) for s in act.sources):
        return
    token = act.token
    suffered = cues["dying_words"] | cues["harming_verbs"]
    doers = set()
    for child in token.children:
        if token.pos_ == "VERB" and child.dep_ == "nsubj":
            doers |= {w.i for w in child.subtree}

    def victim(arg: Arg) -> bool:
        if not VICTIM_NOUNS.match(arg.text):
            return False
        head = head_at(token.doc, arg.span)
        if head is None or head.i in doers:
            return False
        if not any(above.i == head.i for above in token.ancestors):
            return True
        # 'people involved in a raid' did it; 'people killed in a clash' suffered it
        node = token.head
        while node.i != head.i:
            if node.lemma_.lower() in suffered:
                return True
            node = node.head
        return False

    if not any(victim(s) for s in act.sources):
        return
    if act.joint:
        parties = unique([a for a in (*act.sources, *act.targets) if not victim(a)])
        act.sources, act.targets = parties, list(parties)
    else:
        act.sources = [s for s in act.sources if not victim(s)]


#: verbs of a contest between sides and of teaming up in one
_CONTEST_VERBS = frozenset(
    {
        "beat",
        "defeat",
        "thrash",
        "edge",
        "rout",
        "overcome",
        "eliminate",
        "outplay",
        "partner",
        "whitewash",
        "trounce",
    }
)


def _sporting_contest(act: Act, cues) -> None:
    """'X of Y, partnered with Z of W, win the race', 'Y beat W 2-1 in the final': in a
    game told of, a contest verb names players and teams, whose countries are no states
    acting; such an act is not coded."""
    token = act.token
    if token.lemma_.lower() not in _CONTEST_VERBS or not (act.sources or act.targets):
        return
    if not sport_told(token.doc, cues, scored=False):
        return
    if all(len(a.code) == 3 for a in (*act.sources, *act.targets)):
        act.sources, act.targets = [], []


class PlaceTargets:
    """Passes that aim an act at a place, or at the side a place stands for."""

    def __init__(self, actors: Actors, matcher: Matcher):
        self.actors, self.matcher = actors, matcher

    def place_aimed(self, act: Act) -> None:
        """'deployed police across the capital Y', 'flooded Y with riot police', 'rebels
        gunned down a mayor in central X', 'jets struck a camp near the X town of Y': a force
        posture, assault, fight or mass violence that names no one it is aimed at is aimed
        at the place where it is done (its object, or its 'in/across/into/through/near'
        place, or its object's). Done abroad, the target is that country alone (no sector);
        by a non-state side at home, the country; by a state's own organs at home, only a
        posture (15) aimed at the dissenters the sentence names (protesters, opposition,
        rebels of that state): a show of force on one's own land aimed at no one is a
        domestic act with no second actor and is not coded. Property destroyed (1712) is
        aimed, like force, at the place it stood in ('rebels torched a church in X'). A
        posture is aimed only at a region or city of a country, not at a country named whole
        ('moved troops to Y' may be to an ally)."""
        root, token = act.code[:2], act.token
        if not {root, act.code[:4]} & _PLACE_ROOTS or not act.sources or act.targets or act.joint:
            return
        if token.pos_ != "VERB" or token.dep_ in ("acl", "relcl", "amod"):
            return
        if root == "15" and act.code[:3] not in _MOVED_FORCES:
            return  # drills and shows of force (150) are aimed at a rival, not the venue
        if root == "17" and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves")
            for c in token.children
        ):
            return  # 'set herself alight in Y': done to oneself, no one's property in Y
        if not _agent_told(token, act.sources):
            return  # 'a tourist was attacked in Y': the one it befell is no agent
        if self._toll_follows(token):
            return  # 'bombed a market in Y, killing 12 people': the toll names whom it hit
        if self.actors.foreigners and any(
            self.actors.unnamed_foreign(o, _ARMED_UNITS) for o in token.children if o.dep_ == "dobj"
        ):
            return  # 'struck a foreign troops convoy in Y': aimed at them, not at Y
        kinds = _PLACE_KINDS if root != "15" else _REGION_KINDS
        # territory seized (192) is what is seized, never where: 'was seized by X in Y'
        place = self._done_at(token, kinds, near=root != "15", seized=act.code[:3] == "192")
        if place is None:
            return
        code, text, span = place
        homes = {s.code[:3] for s in act.sources if not s.code.startswith(("---", "IGO", "NGO"))}
        state = any(s.code[3:6] in STATE_SECTORS for s in act.sources)
        # an alliance's force has no home: 'NATO warplanes bombed targets in Y' are aimed at
        # Y; not its posture ('NATO sent troops to Y's capital' may be to a member)
        abroad = root != "15" and any(s.code.startswith("IGO") for s in act.sources)
        if not homes and not abroad or homes == {code} and state:
            if root == "15" and homes == {code}:
                act.targets = self._home_dissenters(token, code)
            return
        if code in homes and len(homes) > 1:
            return  # some sources at home, some not: no side told
        act.targets = [Arg(code, text, span, place=True)]

    def _toll_follows(self, token) -> bool:
        """A closing participle of violence hangs on the act ('..., killing nine')."""
        for child in token.children:
            if child.dep_ == "advcl" and child.tag_ == "VBG":
                pattern = self.matcher.match(child)
                if pattern is not None and pattern.code[:2] in VIOLENT:
                    return True
        return False

    def _done_at(
        self, token, kinds, near: bool, seized: bool = False
    ) -> tuple[str, str, tuple[int, int]] | None:
        """The country of the place an act is done at: its object when a place, else the
        first place of its 'in/across/...' phrases or of those of its object (one step down
        through objects and prepositions, never into a clause)."""
        # a posture moves forces to a region ('sent troops to the X region'); force is done
        # near a town ('struck a camp near the Y town of Z')
        preps = _PLACE_PREPS | ({"near"} if near else {"to"})
        heads, seen = [token], 0
        while heads and seen < 12:
            node = heads.pop(0)
            seen += 1
            for child in node.children:
                if child.dep_ in ("dobj", "nsubjpass") and node.i == token.i:
                    got = self._place_in(child, kinds)
                    if got is not None:
                        return got
                    heads.append(child)
                elif seized and node.i == token.i:
                    continue
                elif child.dep_ == "prep" and child.lower_ in preps and not dated(child):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            got = self._place_in(obj, kinds)
                            if got is not None:
                                return got
                            heads.append(obj)
        return None

    def _place_in(self, noun, kinds) -> tuple[str, str, tuple[int, int]] | None:
        """The country of the place a noun phrase names ('the central X', 'X's Y province',
        'the X town of Y'), outside the clauses and the aims hung on it; never a border."""
        stack = [noun]
        while stack:
            node = stack.pop()
            mention = self.actors.by_token.get(node.i)
            if (
                mention is not None
                and mention.code
                and mention.how in kinds
                and mention.sector != "border"
                and not mention.code.startswith(("---", "IGO", "NGO"))
            ):
                country = mention.country or mention.code[:3]
                return country, mention.text, (mention.start, mention.end)
            stack += [
                c
                for c in reversed(list(node.children))
                if c.dep_ in ("compound", "amod", "poss", "pobj", "prep", "appos", "nmod")
                and not (c.dep_ == "prep" and c.lower_ not in _PLACE_OF_PREPS)
            ]
        return None

    def _home_dissenters(self, token, country: str) -> list[Arg]:
        """The protesters, opposition or rebels of ``country`` the sentence names ('ahead of
        a march by X's supporters', 'to stop Y's followers'), outside the posture's subject."""
        subject = {c.i for s in token.children if s.dep_ == "nsubj" for c in s.subtree}
        found = []
        for word in token.doc:
            mention = self.actors.by_token.get(word.i)
            if word.i in subject or mention is None or not mention.code:
                continue
            if VICTIM_NOUNS.match(mention.text):
                continue  # 'after 20 people were killed there': a toll, not dissenters
            if mention.code[:3] == country and mention.code[3:6] in DISSENT_SECTORS:
                found.append(Arg(mention.code, mention.text, (mention.start, mention.end)))
        return unique(found)

    def contested_place(self, act: Act) -> None:
        """'X's troops shelled the town of Y', 'X's jets bombed Y overnight': a place of the
        state's own country struck by its forces is held by those it fights, not the state
        itself; the place is kept as the side struck (the country alone, never its
        government), so that the act is not dropped as self-directed. Only a place that is
        what the force is done to (object of the verb, or 'fire on/at Y'), never where."""
        cues = self.matcher.lex.cues
        _victims_no_side(act, cues)
        _sporting_contest(act, cues)
        if act.code[:2] not in VIOLENT or not act.sources or not act.targets:
            return
        if not all(s.code[3:6] in _FORCE_SECTORS and not s.place for s in act.sources):
            return
        if any(not self_directed(s, t) for s in act.sources for t in act.targets):
            return  # 'bombed X's capital, targeting a rebel leader's house': the side is named
        doc, token = act.token.doc, act.token
        own = {s.code[:3] for s in act.sources}
        targets = []
        for target in act.targets:
            if target.place and len(target.code) == 3 and target.code in own:
                head = head_at(doc, target.span)
                if head is not None and _struck_place(head, token):
                    target = replace(target, former=True)
            targets.append(target)
        act.targets = targets

    def posture_at_border(self, act: Act) -> None:
        """'Russia massed troops near the border with X', 'X shut a crossing on the Y border': a
        show of force at a border, or its closing, is aimed at the country beyond it (a border
        country is otherwise only a place, never the side of an act)."""
        if act.code[:2] not in _BORDER_ROOTS or not act.sources:
            return
        if act.targets and act.code[:2] != "15":
            return  # a threat or a closing aimed at a side already named
        own = {s.code[:3] for s in act.sources}
        below = {t.i for t in act.token.subtree}
        beyond = [
            Arg(m.code[:3], m.text, (m.start, m.end))
            for i, m in self.actors.by_token.items()
            if i in below and m.how == "location" and m.sector == "border" and m.code
            if _own_phrase(self.actors.doc[i], act.token)
            if m.code[:3] not in own
        ]
        if len(sides_of(beyond, places=True)) == 1:
            act.targets = beyond[:1]


def _agent_told(verb, sources: list[Arg]) -> bool:
    """The act's sources are its doers: those of an active verb, or of a passive one ('was
    seized by rebels', 'held by X') only when its 'by' phrase names them all."""
    bare = verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children)
    # 'nurses held hostage by X', parsed as active: a 'by' phrase is still the agent
    spans = [
        (t.idx, t.idx + len(t))
        for c in verb.children
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and not dated(c)
        for t in c.subtree
    ]
    if not spans:
        return not passive(verb) and not bare
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    return all(start <= s.span[0] and s.span[1] <= end for s in sources)


def head_at(doc, span):
    """The syntactic head of the tokens covering a character ``span``."""
    tokens = [t for t in doc if t.idx >= span[0] and t.idx < span[1]]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return tops[0] if tops else tokens[-1]


def _struck_place(head, token) -> bool:
    """The place phrase at ``head`` is what the act of ``token`` is done to: its object
    ('pounded the capital Y', 'the city of Y'), or the object of 'on/at/against' hung on it."""
    node = head
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != token.i:
        node = node.head.head  # 'the town of Y'
    if node.dep_ in ("dobj", "nsubjpass"):
        return node.head.i == token.i
    if node.dep_ == "pobj" and node.head.lower_ in _STRUCK_PREPS:
        return node.head.head.i == token.i
    return False


def _own_phrase(token, top) -> bool:
    """``token`` hangs from ``top`` without a clause between ('the force that patrols the
    border with X' is not where the troops were sent)."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        node = node.head
    return node.i == top.i
