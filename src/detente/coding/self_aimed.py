"""Targets that are only the act's own side: a probe aimed at its source alone is aimed at
the nearest other actor in what it is about; an own-country target that the wording shows is
no aim (the one kept from acting, the victims of a harm spoken of, the speaker's own organ) is
dropped; recognising an atrocity recognises no state; and one side's intent that names no one
is aimed at the other side of what it promises."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.lexicon import Lexicon
from detente.coding.matching import Matcher
from detente.coding.places import PlaceTargets, head_at
from detente.coding.roles import Actors, Arg
from detente.coding.sides import STATE_SECTORS, same_side, self_directed, sides_of
from detente.coding.syntax import own_subject

# roots whose target is what the act is about: investigate (09); a self-aimed target there is
# the inner act's actor taken for the frame's
_ABOUT_ROOTS = frozenset({"09"})
# acts whose own-side targets are checked (not aid, cooperation or a state's acts on its
# own people by force, roots 15-20 other than by place)
_OWN_SIDE_ROOTS = frozenset({"01", "02", "09", "10", "11", "12", "13", "14", "16", "17", "18"})
# people a state's verbal act may be about as victims of another's deed
_HARMED_SECTORS = frozenset({"CVL", "BUS", "MED", "OPP"})
_HARM_ROOTS = frozenset({"17", "18", "19", "20"})
# what an act is about or aimed at, among its dependents: objects and complements, and the
# prepositions of a recipient or a matter ('offered aid to X', 'an inquiry into X')
_CONTENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "attr", "oprd", "acomp", "pobj"})
_ABOUT_PREPS = frozenset(
    {"to", "for", "with", "between", "into", "over", "toward", "towards", "against", "about", "of"}
)
# prepositions of a venue
_VENUE_PREPS = frozenset({"in", "at", "inside", "outside"})


class SelfAimed:
    """Passes over targets that are the source's own side, and over intents that name none;
    the place passes run within :meth:`self_aimed`."""

    def __init__(self, lex: Lexicon, actors: Actors, matcher: Matcher, places: PlaceTargets):
        self.lex, self.actors, self.matcher, self.places = lex, actors, matcher, places

    def intent_recipient(self, act: Act) -> None:
        """'X offered to send troops to help restore order in Y', 'X pledged two billion
        euros to help Y rebuild', 'X agreed to a rescue for Y', 'X accepted a Y offer to
        mediate', 'X will hand tanks to Y, its minister pledged': one side's intent that names
        no target is aimed at the other side the promised act concerns, the nearest actor of
        another country in what is promised (gold rule 6). Coordinated subjects ('A and B
        pledged to ...') keep acting on each other."""
        if act.code[:2] != "03" or act.pattern.frame != "intent":
            return
        if not act.sources or act.targets or sides_of(act.sources) != 1:
            return
        others = self._content_actors(act, foreign=True)
        if others and len(sides_of(others, places=True)) <= 2:
            act.targets, act.joint = others, False

    def self_aimed(self, act: Act) -> None:
        """'NATO opened an investigation into a strike called in by German troops', 'the
        court authorised an inquiry into killings in X's drug war': a target that is only
        the source itself (the inner act's actor taken for the frame's) tells nothing; the
        act is aimed at the nearest other actor in what it is about."""
        self.places.posture_at_border(act)
        self._own_side_targets(act)
        self._recognised_atrocity(act)
        self.places.contested_place(act)
        self.places.place_aimed(act)
        if act.code[:2] not in _ABOUT_ROOTS or not act.sources or not act.targets:
            return
        if not all(self_directed(s, t) for s in act.sources for t in act.targets):
            return
        others = self._content_actors(act, foreign=False)
        if others and len(sides_of(others, places=True)) <= 2:
            act.targets = others

    def _recognised_atrocity(self, act: Act) -> None:
        """'a motion recognising the massacres of 1937 as genocide', 'formally recognised that
        Y is committing genocide': recognising a past or present atrocity is no diplomatic
        recognition (054) of the state or people the atrocity names; it is not coded."""
        token = act.token
        if act.code != "054" or token.pos_ != "VERB" or not act.targets:
            return
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [o for c in token.children if c.dep_ == "ccomp" for o in c.children]
        nouns += [o for n in list(nouns) for o in n.conjuncts]
        nouns += [  # 'recognised the killings as genocide'
            o
            for n in (token, *nouns)
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(self._atrocity(n) for n in nouns):
            act.targets = []

    def _atrocity(self, noun) -> bool:
        """A noun of mass violence: a crime of the atrocity lexicon, or an event noun whose
        act is an assault or mass killing ('the 1994 genocide', 'the massacres')."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.lemma_.lower() in self.lex.cues["atrocity_nouns"]:
            return True
        pattern = self.matcher.match(noun)
        return pattern is not None and pattern.pos == "noun" and pattern.code[:2] in ("18", "20")

    def _own_side_targets(self, act: Act) -> None:
        """Targets of the source's own country that the wording shows are not what the act is
        aimed at: the one kept from acting ('refused to let X meet Y': X), the victims of a harm
        the act is about ('denied a role in the poisoning of an opposition leader', 'probing
        whether a missile downed its airline's jet': not the opposition or the airline), the
        source's own organ by a possessive ('warned that his army would ...'), and, for a
        private group, a place of its own country ('rioters torched factories in X province')."""
        if not act.sources or act.code[:2] not in _OWN_SIDE_ROOTS:
            return
        permitted = self._permitted(act.token, act.sources) if act.code[:2] == "12" else []
        if permitted:
            act.targets = permitted
            return
        if not act.targets:
            return
        doc = act.token.doc
        kept: list[Arg] = []
        placed: list[Arg] = []
        for target in act.targets:
            own = [s for s in act.sources if s.code[:3] == target.code[:3]]
            if not own or target.code.startswith(("---", "IGO", "NGO")) or target.former:
                kept.append(target)
                continue
            head = head_at(doc, target.span)
            sector = target.code[3:6]
            state = all(s.code[3:6] in STATE_SECTORS for s in own)
            verbal = act.code[:2] < "14"
            if head is None:
                kept.append(target)
            elif state and verbal and sector in _HARMED_SECTORS and self._harmed(head, act):
                continue  # the victims of the harm the act is about
            elif state and sector in STATE_SECTORS and _possessed(head):
                continue  # 'his army', 'its troops': the speaker's own organ
            elif target.place and not state:
                placed.append(target)  # 'rioters in X province': where, maybe not at whom
            else:
                kept.append(target)
        if len(kept) == len(act.targets):
            return
        others = self._content_actors(act, foreign=True) if not kept else []
        if others and sides_of(others) == 1:
            act.targets = others
        else:
            act.targets = kept + placed

    def _permitted(self, token, sources: list[Arg]) -> list[Arg]:
        """'refused to let X meet Y', 'declined to allow X to send Y': the one not permitted."""
        perm = self.lex.cues["permission_verbs"]
        out = []
        for verb in token.children:
            if verb.dep_ not in ("xcomp", "ccomp") or verb.lemma_.lower() not in perm:
                continue
            heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubj")]
            heads += [
                s
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
            ]
            got = [a for h in heads for a in self.actors.phrase(h) if not a.place]
            if all(same_side(s, a) for s in sources for a in got):
                # 'let X's envoy meet Y' parsed as one noun phrase: the other side in it
                got = [
                    a
                    for h in heads
                    for t in h.subtree
                    for a in self.actors.at(t)
                    if not a.place and not any(same_side(s, a) for s in sources)
                ][:1]
            out += got
        return out

    def _harmed(self, head, act: Act) -> bool:
        """A phrase that suffers the harm another deed does: 'the killing of X', 'the release
        of X', or the object of a violent verb ('whether a missile downed X')."""
        nouns = self.lex.cues["harm_nouns"]
        node = head
        while node.dep_ in ("compound", "conj", "appos", "amod") and node.head.i != node.i:
            node = node.head
        if node.head.i == act.token.i or node.head.head.i == act.token.i:
            return False  # the act's own object: 'condemned the arrest of X' is about X
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            return node.head.head.lower_ in nouns or node.head.head.lemma_.lower() in nouns
        if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
            pattern = self.matcher.match(node.head)
            return pattern is not None and pattern.code[:2] in _HARM_ROOTS
        return False

    def _content_actors(self, act: Act, foreign: bool) -> list[Arg]:
        """The nearest actors (by tree distance from the trigger) in the act's own content:
        its objects, complements and adjuncts and the clause a frame wraps, not its subject,
        not a background adjunct ('after X ...'), not a clause with a subject of its own;
        people before places. ``foreign``: of another country than the sources."""
        token, cues = act.token, self.lex.cues
        banned: set[int] = set()
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent"):
                banned |= {t.i for t in child.subtree}
        for t in token.doc:
            if t.dep_ == "prep" and t.lower_ in cues["background_preps"]:
                banned |= {x.i for x in t.subtree}
            elif t.dep_ in ("relcl", "advcl") and own_subject(t) and t.i != token.i:
                banned |= {x.i for x in t.subtree}
        spans = {s.span for s in act.sources}
        near: dict[str, tuple[int, Arg]] = {}
        own = 999  # the nearest mention of the source's own side in the content
        content = set(act.consumed)
        for child in token.children:  # not its setting ('at a conference in X'), not a conjunct
            if child.dep_ in _CONTENT_DEPS or child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS:
                content |= {t.i for t in child.subtree}
        for i in sorted(content - banned - {token.i}):
            mention = self.actors.by_token.get(i)
            if (
                foreign
                and mention is not None
                and mention.how == "sector"
                and mention.text.islower()
            ):
                continue  # 'sent 500 soldiers to Y': a bare sector word placed by a guess
            for arg in self.actors.at(token.doc[i], location_ok=True):
                if arg.span in spans or arg.code.startswith("---"):
                    continue
                if any(self_directed(s, arg) for s in act.sources):
                    if not foreign and not arg.place:
                        own = min(own, _distance(token, token.doc[i]))
                    continue
                if arg.pronoun:
                    continue
                if foreign and any(same_side(s, arg) for s in act.sources):
                    continue
                if arg.place and (not foreign or _venue(token.doc[i])):
                    continue  # 'talks in X', 'a conference at X': where, not with whom
                depth = _distance(token, token.doc[i]) + (100 if arg.place else 0)
                if arg.code not in near or depth < near[arg.code][0]:
                    near[arg.code] = (depth, arg)
        if not near:
            return []
        best = min(d for d, _a in near.values())
        if own <= best:  # 'probing abuses by its own soldiers in Y': about its own side
            return []
        # the nearest phrase with what is coordinated with it ('between A and B')
        return [a for d, a in sorted(near.values(), key=lambda x: x[1].span) if d <= best + 1]


def _possessed(noun) -> bool:
    """'his army', 'its troops': a noun owned by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _venue(token) -> bool:
    """A place named as where something happens ('talks in X'), not as its aim ('operations
    around X')."""
    node = token
    while node.dep_ in ("compound", "conj", "appos", "amod") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _VENUE_PREPS


def _distance(a, b) -> int:
    """Tree distance between two tokens of one sentence."""
    up = {}
    node, step = a, 0
    while True:
        up[node.i] = step
        if node.head.i == node.i:
            break
        node, step = node.head, step + 1
    node, step = b, 0
    while node.i not in up:
        if node.head.i == node.i:
            return 99
        node, step = node.head, step + 1
    return step + up[node.i]
