"""Visits the parse does not tell plainly: who may pay one (an arrival is a visit only by an
official or a state), the visitor of a visit noun set in one of the visit's phases, the visit a
'visiting' participle states, and the adjuncts that set another act within a visit. Once a
sentence's acts are built: the visit a tour stop tells, the host that what a visitor says or
does on a visit is aimed at, and the guest's visit a welcome implies."""

from __future__ import annotations

from detente.coding.act import _VISIT_PHASES, Act, _phase_inner
from detente.coding.arguments import Arguments
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.sides import same_actor
from detente.coding.syntax import LIGHT_PREPS, _dated_after

# verbs whose gerund object is the subject's own doing: 'began visiting X' is a visit by the
# subject, not 'the visiting X' (a visitor)
_ASPECT_VERBS = frozenset(
    {
        "begin", "start", "continue", "keep", "stop", "resume", "avoid", "consider", "finish",
        "suggest", "propose", "postpone", "delay", "deny", "admit", "risk", "recall", "enjoy",
        "discuss", "mention", "quit", "plan", "like", "love", "hate", "prefer",
    }
)  # fmt: skip
# visits ('on the second day of a state visit')
_VISITS = frozenset({"042", "043"})
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
# prepositions that set an act beside a meeting of the same day: 'agreed to X after talks
# with Y', 'laid a wreath before talks with Y' ('ahead of talks' tells one still to come);
# and those that set it within a call ('in a telephone call, X warned Y', 'during a video
# call'), a call being no more what the act is about than a visit is
MEETING_SETTINGS = frozenset({"after", "before", "following", "in", "during", "on"})
_BESIDE = frozenset({"after", "before", "following"})
# calls held at a distance, and the words that make one ('a telephone call', 'video call')
_CALLS = frozenset({"call", "conversation", "conference", "talk", "talks", "summit"})
_CALL_MEANS = frozenset(
    {"phone", "telephone", "video", "videoconference", "teleconference", "virtual", "online"}
)
# stretches a meeting of the day may last: 'after ten hours of talks' (not 'after ten days
# of talks', a process that ended before the news)
_MEETING_SPANS = frozenset({"hour", "night", "session"})
# the part of a tour a place is: 'landed in X, the first stop of a regional tour'
_TOUR_STOPS = frozenset({"stop", "leg", "stopover", "destination"})
# roots of what a visitor says or does on a visit that is aimed at the host when it names no
# one: comments, appeals, intents, consultation, cooperation, aid, yielding, apologies
_HOSTED_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# verbs of welcoming a guest in person: the welcome implies the guest's visit
_WELCOMES = frozenset({"welcome", "greet", "receive"})


def meeting_setting(token):
    """The preposition that sets a meeting noun beside the clause's act ('Y agreed to X after
    ten hours of talks with Z', 'laid a wreath before talks with Z'): the meeting is an event
    of its own that day (gold rule 4), not what a frame wraps; None when the noun is in no
    such phrase or is dated before the news ('a day after talks', 'after last week's talks')."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        span = node.head.head
        if span.lemma_.lower() not in _MEETING_SPANS:
            return None
        node = span
    if node.dep_ != "pobj" or node.head.lower_ not in MEETING_SETTINGS:
        return None
    if node.head.lower_ not in _BESIDE and not call_noun(node):
        return None
    if node.head.dep_ != "prep" or _dated_after(node):
        return None
    return node.head


def call_noun(token) -> bool:
    """'a telephone call', 'a video conversation', 'their phone conversation': a call noun
    with a word that tells a meeting held at a distance."""
    if token.lemma_.lower() not in _CALLS and token.lower_ not in _CALLS:
        return False
    words = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
    return bool(words & _CALL_MEANS)


class Visits:
    """Visitors and visits in one parsed sentence."""

    def __init__(self, lex: Lexicon, actors: Actors, matcher: Matcher, arguments: Arguments):
        self.lex, self.actors, self.matcher, self.arguments = lex, actors, matcher, arguments

    def visit_adjuncts(self, token) -> set[int]:
        """Tokens of the adjuncts that set an act within a visit: 'during a visit to X', 'at
        the start of a trip to X', 'on the second day of a state visit'."""
        out: set[int] = set()
        pattern = self.matcher.match(token)
        if pattern is not None and pattern.code[:3] in _VISITS:
            # 'set foot in X, where he was greeted by Y': what happens at the place visited
            # is an act of its own, not what the visit is about
            for clause in token.subtree:
                if clause.dep_ == "relcl" and any(
                    c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children
                ):
                    out |= {t.i for t in clause.subtree}
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

    def visit_sources(self, token, pattern: Pattern) -> list[Arg]:
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
        if node.head.i > 0 and token.doc[node.head.i - 1].text == ",":
            # 'X began checking sites that Y had declared, at the start of a visit to Z':
            # set off after a reported clause, the phase tells of the clause that reports it
            while verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        return [a for a in self.arguments.sources(verb, None) if not a.place]

    def visitor(self, token, arg: Arg) -> bool:
        """``arg`` may pay a visit: not troops, rebels, refugees, police or private people
        (their roles), nor a bare country told by a common noun that names no official
        ('the Nigerian suspect') or by a pronoun standing for one."""
        if arg.code.startswith("IGO"):
            return True
        subjects = _clause_subjects(token)
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

    def visitor_act(self, token, pattern: Pattern) -> Act | None:
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


def _clause_subjects(token) -> list:
    """The subjects of a visit verb; a participle or relative clause on a noun has that noun
    ('a cargo ship travelling to X', 'migrants who were heading to Y') for its subject."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "acl" and not subjects:
        return [token.head]
    if token.dep_ == "relcl":
        return [token.head if s.tag_ in ("WDT", "WP") else s for s in subjects]
    return subjects


def _arrival(token) -> bool:
    """'X arrived in / landed in / touched down in / flew into Y': an arrival told in the
    active voice ('was flown to Y by the police' carries someone, it visits no one)."""
    lemma = token.lemma_.lower()
    if lemma not in _ARRIVALS:
        return False
    return lemma == "arrive" or not any(c.dep_ in ("nsubjpass", "dobj") for c in token.children)


def tour_stop(act: Act, actors: Actors, arguments: Arguments) -> None:
    """'X landed in Y on Monday, the first stop of a regional tour': the tour noun set
    after the clause as the stop's whole is X's visit to the place the clause names."""
    token = act.token
    if act.code not in ("042", "043") or token.pos_ != "NOUN" or act.sources or act.targets:
        return
    stop = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if stop is None or stop.lemma_.lower() not in _TOUR_STOPS or stop.left_edge.i == 0:
        return
    comma = stop.left_edge.i - 1
    if stop.doc[comma].text != ",":
        return
    verb = stop.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > comma:
        return
    places = [
        a
        for t in reversed(stop.doc[verb.i + 1 : comma])
        for a in actors.at(t, True)
        if a.place or t.dep_ == "pobj"
    ]
    sources = [s for s in arguments.sources(verb, None) if not s.place]
    if places and sources and not any(same_actor(places[0], s) for s in sources):
        act.sources, act.targets = sources, places[:1]


def visit_host(act: Act, acts: list[Act]) -> None:
    """'On a visit to X, Y laid a wreath and acknowledged ...', 'Y apologised during a
    state visit to X', 'Y touched down in X, saying he was confident ...': what a visitor
    says or does on a visit of that day, naming no one it is aimed at, is aimed at the
    host (the visit's destination, as the gold codes it) when the visit is told in the
    act's own clause or one it hangs on (a setting adjunct, the arrival verb)."""
    if act.targets or act.joint or not act.sources or act.code[:2] not in _HOSTED_ROOTS:
        return
    if act.code[:3] in ("042", "043"):
        return
    own = {s.code[:3] for s in act.sources if not s.place}
    if not own or any(s.code.startswith("---") for s in act.sources):
        return
    path = _clause_path(act.token)
    for visit in acts:
        if visit.code[:3] != "042" or visit is act or not visit.targets:
            continue
        if not any(s.code[:3] in own and not s.place for s in visit.sources):
            continue
        hosts = [
            t.country_only()
            for t in visit.targets
            if t.code[:3] not in own and not t.code.startswith(("---", "IGO", "NGO"))
        ]
        if len({h.code for h in hosts}) != 1:
            continue
        verb = visit.token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in path:
            act.targets = hosts[:1]
            return


def _clause_path(token) -> set[int]:
    """The verbs from ``token`` up to the root of its sentence (the clause it is told in and
    each clause that clause hangs on), with the token itself."""
    path = {token.i}
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            path.add(node.i)
    return path


def guest_visits(acts: list[Act]) -> list[Act]:
    """'X's president welcomed Y's leader in X's capital', 'Y's premier was greeted by X's
    president': a state's welcome of a foreign official (043) is the guest's visit to that
    country (042) when no other clause tells the visit (gold: both are coded)."""
    out = []
    for act in acts:
        if act.code != "043" or act.token.lemma_.lower() not in _WELCOMES:
            continue
        hosts = {s.code[:3] for s in act.sources if s.code[3:6] == "GOV"}
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        if all(t.code[:3] == host for t in act.targets) and _told_again(act.token):
            # 'landed in X, and X's president greeted him', 'where she was received by X's
            # leader': the guest told by a pronoun is the one visitor whose visit to the host
            # the sentence tells
            visitors = {
                s.code: s
                for o in acts
                if o.code[:3] == "042" and any(t.code[:3] == host for t in o.targets)
                for s in o.sources
                if s.code[:3] != host and s.code[3:6] == "GOV" and not s.place
            }
            if len(visitors) == 1:
                act.targets = list(visitors.values())
        for guest in act.targets:
            if guest.code[:3] == host or guest.code[3:6] != "GOV" or guest.place:
                continue
            visit = Arg(host, act.sources[0].text, act.sources[0].span)
            told = [
                o
                for o in acts
                if o.code[:3] == "042" and any(same_actor(guest, s) for s in o.sources)
            ]
            for other in told:  # 'was greeted by X as she began a state visit'
                other.targets = other.targets or [visit]
            if not told:  # else 'arrived in X and was greeted by ...': told already
                pattern = Pattern("verb", act.token.lemma_.lower(), "042")
                out.append(Act(act.token, pattern, "042", [guest], [visit], False))
    return out


def _told_again(token) -> bool:
    """The guest of a welcome is told by a pronoun ('greeted him', 'she was received by')
    or not at all."""
    guests = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return not guests or all(g.pos_ == "PRON" for g in guests)
