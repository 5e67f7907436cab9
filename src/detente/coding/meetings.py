"""Meetings and their sides: a meeting noun that sets a clause's act is a meeting of that
day; a joint meeting noun that frames an act is held with whom the act is aimed at; a meeting
verb set in a call tells the call; 'the two men' or 'both sides' are the two sides named
before; talks named as another act's purpose are held at home; a break-off is aimed at the
actor's partner in talks; and a meeting held in a third country is 044."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.acts import ActFinder
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.sides import same_actor
from detente.coding.syntax import dated
from detente.coding.visits import call_noun, meeting_setting

# nouns that tell a joint act's two sides as a pair: 'the two men', 'both sides'
_PAIR_NOUNS = frozenset(
    {"man", "men", "leader", "side", "country", "nation", "president", "minister", "government",
     "delegation", "neighbour", "neighbor", "party", "state", "premier", "counterpart",
     "woman", "women", "envoy", "diplomat", "official"}
)  # fmt: skip
# break-offs aimed at whom the actor meets or talks with: relations, talks, mediation
_BREAK_OFFS = frozenset({"160", "161", "164", "165"})
# what talks are about: 'talks on X's nuclear programme', 'a conference about Y'
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# words whose 'on' names whom one meets: 'paid a call on X', 'waited on X'
_CALLS_ON = frozenset({"call", "wait", "drop", "descend", "prevail"})
# verbs whose object is what is talked of: 'met to discuss X's missile tests'
_TOPIC_VERBS = frozenset({"discuss", "debate", "address", "review", "consider"})
# 'on' phrases that set a meeting rather than tell its topic: 'on the sidelines of', 'on the
# eve of', 'on a visit to'
_OCCASIONS = frozenset(
    {"sideline", "sidelines", "margin", "margins", "eve", "occasion", "way", "day", "visit",
     "trip", "tour", "stop", "phone", "telephone", "line", "call", "behalf", "invitation"}
)  # fmt: skip


class Meetings:
    """The meeting passes of one parsed sentence; ``modal_anchor`` is the coder's map of acts
    whose mood is read off another verb, which :meth:`set_meetings` extends."""

    def __init__(
        self, actors: Actors, matcher: Matcher, finder: ActFinder, modal_anchor: dict[int, object]
    ):
        self.actors, self.matcher, self.finder = actors, matcher, finder
        self._modal_anchor = modal_anchor

    def set_meetings(self, acts: list[Act]) -> list[Act]:
        """'Y pledged to X after talks with Z', 'A and B agreed a truce after ten hours of
        talks between their ministers', 'X laid a wreath before talks with Z': a meeting noun
        that sets the clause's act is a meeting of that day (gold rule 4), held by the
        clause's subject with whom the noun names ('with Z'), or between the clause's joint
        subjects; its mood is the clause's (a pledge does not make the talks hypothetical).
        Returns the meetings no other pass has built; those already built get the roles."""
        if not acts:
            return []
        built = {a.token.i: a for a in acts}
        out = []
        doc = acts[0].token.doc
        for i in self.matcher.possible(doc):  # no other token can be a meeting noun
            token = doc[i]
            if token.dep_ != "pobj" or token.pos_ != "NOUN":
                continue
            setting = meeting_setting(token)
            if setting is None:
                continue
            pattern = self.matcher.match(token)
            if pattern is None or pattern.pos != "noun" or pattern.code[:2] != "04":
                continue
            verb = setting.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # 'agreed to resume X after talks': the agreement's clause
            act = built.get(token.i)
            if act is None:
                act = Act(token, pattern, pattern.code, [], [], True)
            if not (act.joint and len(act.sources) >= 2 and not act.targets):
                holders = [s for s in self.finder.arguments.sources(verb, None) if not s.place]
                partners = [
                    a
                    for a in self.actors.under(token, "pobj", prep=("with",))
                    if not a.place and not any(same_actor(a, h) for h in holders)
                ]
                if partners and holders:
                    act.sources, act.targets, act.joint = holders, partners, True
                elif len(holders) >= 2 and not partners:
                    act.sources, act.targets, act.joint = holders, [], True
                else:
                    continue
            self._modal_anchor[token.i] = verb
            if token.i not in built:
                out.append(act)
        return out

    def during_talks(self, act: Act, acts: list[Act]) -> None:
        """'During a phone call, X pressed Y to ...', 'X praised Y during talks in Z', 'told Y
        in a telephone call that ...': a joint meeting noun that frames the clause's act is
        held with whom that act is aimed at."""
        token = act.token
        prep = token.head
        if token.pos_ != "NOUN" or not act.joint or act.targets or not act.sources:
            return
        if token.dep_ != "pobj" or prep.head.pos_ != "VERB":
            return
        if prep.lower_ != "during" and not (prep.lower_ in ("in", "on") and call_noun(token)):
            return
        verb = prep.head
        # whom the act addresses, not whom it asks something of ('called for X and Y to
        # end the fighting' names no counterpart of the meeting)
        asked = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp", "xcomp")
        ]
        aimed = [
            t
            for other in acts
            if other.token.i == verb.i
            for t in other.targets
            if not any(b <= t.span[0] < e for b, e in asked)
        ]
        if not aimed:
            aimed = self.actors.under(verb, "dobj", places=True)
        act.targets = [
            t for t in aimed if not t.place and not any(same_actor(t, s) for s in act.sources)
        ]

    def two_sides(self, act: Act, acts: list[Act]) -> None:
        """'X greeted Y in Z, and the two men signed a treaty', 'talks between the two
        countries' delegations', 'both leaders pledged ...': a joint act told of 'the two X'
        or 'both X' is between the two sides the sentence named before it (gold rule 1);
        none when it names more or fewer than two."""
        if act.code[:2] == "04":
            _drop_topics(act, self.matcher)
        if not act.joint or len({s.code[:3] for s in act.sources if not s.place}) >= 2:
            return
        phrase = _pair_phrase(act.token)
        if phrase is None:
            return
        sides: dict[str, Arg] = {}
        named = [
            a for other in acts if other.token.i < phrase.i for a in other.sources + other.targets
        ]
        named += [
            a
            for t in act.token.doc[: phrase.left_edge.i]
            for a in self.actors.at(t, location_ok=True)
        ]
        for arg in named:
            if arg.code.startswith(("---", "NGO")) or len(arg.code) < 3 or arg.former:
                continue
            held = sides.get(arg.code[:3])
            if held is None or (held.place or len(held.code) == 3) and not arg.place:
                sides[arg.code[:3]] = arg if not arg.place else arg.country_only()
        if len(sides) == 2:
            act.sources, act.targets = list(sides.values()), []

    def third_place(self, act: Act) -> bool:
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


def call_told(act: Act, acts: list[Act]) -> None:
    """'In a telephone conversation, A and B discussed X's activity': a meeting verb set in
    a call tells the call itself (one event, the call's code, between its sides), not a
    meeting with what is discussed."""
    token = act.token
    if act.code[:2] != "04" or token.pos_ != "VERB":
        return
    calls = [
        other
        for other in acts
        if other.token.dep_ == "pobj"
        and other.token.head.head.i == token.i
        and other.token.head.lower_ in ("in", "during", "on")
        and other.code[:2] == "04"
        and call_noun(other.token)
    ]
    if not calls:
        return
    act.code = calls[0].code
    if act.joint and len({s.code[:3] for s in act.sources}) >= 2:
        act.targets = []


def purpose_talks(act: Act, acts: list[Act]) -> None:
    """'A and B recalled their ambassadors for consultations': talks named as the purpose
    of another kind of act are held at home, not between the coordinated subjects."""
    token = act.token
    if not (act.joint and act.code[:2] == "04" and act.pattern.pos == "noun"):
        return
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return
    verb = token.head.head
    if any(o.token.i == verb.i and o.code[:2] != "04" for o in acts):
        act.sources, act.targets = [], []


def walkout_partner(act: Act, acts: list[Act]) -> None:
    """'A met B ..., but B walked out after an hour': a break-off that names no one is
    aimed at whom the same sentence has its actor meeting or talking with. Only a
    break-off of ties or talks is aimed at a partner by nature: sanctions, aid cuts or
    expulsions announced during a visit are aimed at someone else ('during a visit to X,
    Y announced new sanctions': X is where it is said, not whom it hits)."""
    if act.code[:3] not in _BREAK_OFFS or not act.sources or act.targets:
        return
    for other in acts:
        if other is act or other.code[:2] != "04":
            continue
        sides = other.sources + other.targets
        if any(same_actor(s, a) for s in act.sources for a in sides):
            act.targets = [a for a in sides if not any(same_actor(s, a) for s in act.sources)]
            return


def _pair_phrase(token):
    """The phrase that tells a joint act's sides as a pair: its subject 'the two men', 'both
    leaders', 'the two countries' delegations', or for a noun its 'between the two sides'."""
    holders = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.pos_ == "NOUN":
        holders += [
            g
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "between"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        holders += [c for c in token.children if c.dep_ == "poss"]
    if not holders and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return None
    for noun in holders:
        for node in (noun, *(c for c in noun.children if c.dep_ == "poss")):
            if node.lemma_.lower() not in _PAIR_NOUNS and node.lower_ not in _PAIR_NOUNS:
                continue
            marks = {c.lower_ for c in node.children if c.dep_ in ("nummod", "det", "predet")}
            if "both" in marks or "two" in marks and "the" in marks:
                return noun
    return None


def _drop_topics(act: Act, matcher: Matcher) -> None:
    """'A and B held talks on C's nuclear programme', 'met to discuss C's missile tests', a
    headline 'C's nuclear programme: ministers of A and B met ...': a state named in what a
    meeting is about is no side of it. One named as a side as well stays ('held talks with C
    on its programme'; 'talks on D with C': C is the partner)."""
    doc = act.token.doc
    colon = _headline_colon(doc, matcher)
    kept = {id(a) for a in act.sources + act.targets if not _topical(a, act.token, doc, colon)}
    if len(kept) == len(act.sources) + len(act.targets):
        return
    act.sources = [a for a in act.sources if id(a) in kept]
    act.targets = [a for a in act.targets if id(a) in kept]


def _topical(arg: Arg, trigger, doc, colon) -> bool:
    """The actor is named only in the topic of the meeting ``trigger`` tells: under an
    'on/about/over' phrase or a 'discuss' object below the trigger, or in a headline before
    a colon that the meeting follows."""
    span = doc.char_span(arg.span[0], arg.span[1], alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    if colon is not None and node.i < colon.i < trigger.i:
        return True
    above = {a.i for a in trigger.ancestors}
    while node.i != trigger.i:
        if node.head.i == node.i or node.i in above:
            return False  # not told below the meeting
        if node.dep_ == "pobj" and node.head.lower_ in ("with", "between", "among"):
            return False  # 'to discuss gas exports with X': the parser's partner on the topic
        if node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS and node.head.dep_ == "prep":
            if node.head.lower_ == "on" and node.head.head.lemma_.lower() in _CALLS_ON:
                return False  # 'paid a call on X', 'called on X': X is whom it is paid to
            if node.lemma_.lower() not in _OCCASIONS and node.lower_ not in _OCCASIONS:
                return True
        if node.dep_ == "dobj" and node.head.lemma_.lower() in _TOPIC_VERBS:
            return True
        node = node.head
    return False


def _headline_colon(doc, matcher: Matcher):
    """The colon after a headline topic that opens the text ('X's nuclear programme: ...'):
    a few words headed by a noun that tells no act, with the actor its possessor. A headline
    that names an event ('A-B talks, 2006: ...') may name its sides."""
    for t in doc[:9]:
        if t.text != ":":
            continue
        head = t.head
        if head.i > t.i or head.pos_ != "NOUN" or t.i + 3 >= len(doc):
            return None
        if matcher.match(head) is not None:
            return None
        if not any(c.dep_ == "poss" for c in head.children):
            return None
        return t
    return None
