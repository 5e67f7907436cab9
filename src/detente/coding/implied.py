"""Targets a domestic act implies when no target slot names anyone: the cause of a strike or
protest, the marchers a show of force awaits, the public a curfew or a ban falls on, the force a
retreat escapes, whom a weapon struck or a side hit back at, and the civilians of a country its
own forces strike at home."""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.agents import VIOLENT, Agents
from detente.coding.lexicon import Lexicon, Pattern, by_state
from detente.coding.matching import Matcher
from detente.coding.roles import RELATIVE, Actors, Arg
from detente.coding.syntax import infinitive, named_as, passive

# what is planted, fired or set off, besides the lexicon's arms
_MUNITIONS = frozenset(
    {"bomb", "mine", "explosive", "device", "ied", "grenade", "mortar", "shell", "round"}
)
# restrictions on the whole public: bans on gatherings, curfews, emergency rule (and the
# lifting of a curfew or of emergency rule, which falls on the same public)
ON_THE_PUBLIC = frozenset({"1721", "1723", "1724", "0813", "0814"})
# what a ban on the public forbids: 'banned all street gatherings'
GATHERINGS = frozenset(
    {"gathering", "protest", "demonstration", "rally", "assembly", "march", "meeting"}
)
# whom a state's coercion of its own people falls on, by the words of what it coerces: its
# media, its opposition, its civic groups; anyone else is a civilian
_PATIENT_KINDS = (
    (
        "MED",
        frozenset(
            {
                "journalist",
                "reporter",
                "editor",
                "newspaper",
                "paper",
                "magazine",
                "channel",
                "broadcaster",
                "outlet",
                "website",
                "blogger",
                "correspondent",
                "photographer",
                "media",
                "radio",
                "television",
                "tv",
                "daily",
            }
        ),
    ),
    (
        "OPP",
        frozenset(
            {
                "opposition",
                "opponent",
                "dissident",
                "activist",
                "candidate",
                "politician",
                "critic",
                "campaigner",
                "party",
                "rival",
                "ousted",
                "separatist",
            }
        ),
    ),
    ("NGO", frozenset({"ngo", "charity", "organisation", "organization", "group"})),
)
# what a seizure may take that is no one's property: ground and power
_NOT_PEOPLE = frozenset(
    {
        "control",
        "power",
        "town",
        "city",
        "village",
        "area",
        "region",
        "territory",
        "district",
        "base",
        "airport",
        "border",
        "crossing",
        "hill",
        "position",
        "positions",
        "post",
        "government",
    }
)
# sectors of a state's own organs, and of those who oppose it from inside
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
_DISSENT = frozenset({"CVL", "OPP", "LAB", "REB"})
# 'in protest at X', 'in opposition to X', 'in anger over X': the cause of a protest
_CAUSE_NOUNS = frozenset({"protest", "opposition", "anger", "outrage", "defiance"})
_CAUSE_PREPS = frozenset({"at", "against", "over", "to"})
# what a show of force is sent to quell or stop: 'to quell protests', 'to stop the unrest'
_UNREST = frozenset(
    {
        "protest",
        "demonstration",
        "rally",
        "march",
        "riot",
        "unrest",
        "uprising",
        "strike",
        "sit-in",
        "gathering",
        "demonstrator",
        "protester",
        "rioter",
        "crowd",
        "referendum",
    }
)
# quitting an office under protest: aimed at those who protested (see ``_yielded_to``)
_YIELDING = frozenset({"0831"})
# 'ahead of a march', 'before a rally': the time a show of force is set for
_AHEAD = frozenset({"ahead", "before", "during"})
# words that set a protest noun as the time or the background of another act
_BACKGROUND_WORDS = frozenset({"ahead", "before", "during", "after", "since", "amid", "following"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# verbs of force used in return: 'X's troops responded with artillery fire'
_ANSWERS = frozenset({"respond", "retaliate", "reply", "answer"})
# a side's advance that another side's retreat gives way to: 'as X advanced on the city'
_ADVANCES = frozenset(
    {"advance", "approach", "close", "push", "press", "encircle", "surround", "storm", "enter"}
)


class ImpliedTargets:
    """Targets implied by a domestic act in one parsed sentence. ``sources`` and ``targets``
    are the :class:`~detente.coding.arguments.Arguments` finders, which this one serves."""

    def __init__(
        self,
        lex: Lexicon,
        doc,
        actors: Actors,
        matcher: Matcher,
        agents: Agents,
        sources: Callable[..., list[Arg]],
        targets: Callable[..., list[Arg]],
    ):
        self.lex, self.doc, self.actors, self.matcher = lex, doc, actors, matcher
        self.agents, self.find_sources, self.find_targets = agents, sources, targets

    def targets(self, token, pattern: Pattern) -> list[Arg]:
        """Whom an act inside one country is aimed at when no target slot names anyone: the
        cause of a strike or protest ('walked off the job in protest at X's plan'), the
        marchers a show of force awaits ('deployed police ahead of a rally by X'), the
        populace a curfew or a ban on gatherings falls on."""
        root = pattern.code[:2]
        if root == "14":
            return self._protest_cause(token) or self._home_government(token, pattern)
        if root == "15":
            return self._awaited_protest(token)
        if pattern.code[:4] in ON_THE_PUBLIC:
            got = self._public(token, pattern)
            if got or pattern.code[:4] != "1721" or _purposed(token):
                return got
            return self._home_patient(token, pattern)  # 'suspended a newspaper'

        if root == "17":
            return self._home_patient(token, pattern)
        if pattern.code == "082":  # 'unions called off a general strike': at their government
            return self._home_government(token, pattern)
        if pattern.code[:3] == "081":  # 'lifted a ban on an opposition newspaper'
            return self._home_patient(token, pattern, public=False)
        if pattern.code in _YIELDING:
            return self._yielded_to(token)
        if pattern.code == "0874":
            return self._pursuers(token, pattern)
        if root in VIOLENT:
            return self._retaliated(token, pattern) or self._weapon_hit(token, pattern)
        return []

    def _weapon_hit(self, token, pattern: Pattern) -> list[Arg]:
        """'planted a bomb that hit X's convoy', 'fired rockets that struck Y's base': force
        with no target of its own is aimed at whom the weapon it used then struck (the
        object of a relative clause on the weapon)."""
        return [
            a
            for o in self.matcher.objects(token, pattern)
            if o.lemma_.lower() in _MUNITIONS or self.lex.in_class(o.lemma_.lower(), "arms")
            if o.dep_ == "dobj"
            for clause in o.children
            if clause.dep_ == "relcl"
            and clause.tag_ in ("VBD", "VBN")  # what it struck, not what it 'can hit'
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in clause.children)
            and (hit := self.matcher.match(clause)) is not None
            and hit.code[:2] in VIOLENT
            for victim in clause.children
            if victim.dep_ == "dobj"
            for a in self.actors.phrase(victim, True)
        ]

    def _retaliated(self, token, pattern: Pattern) -> list[Arg]:
        """'X shelled Y's villages and Y hit back with air strikes', '..., and Y's troops
        responded with artillery fire': force used in return, with no target of its own, is
        aimed at whoever earlier in the sentence struck the one that answers."""
        verb = token
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with":
            verb = token.head.head  # 'responded with artillery fire'
        back = any(c.lower_ == "back" for c in verb.children) or verb.lemma_.lower() in _ANSWERS
        if not back or verb.dep_ != "conj" or verb.pos_ != "VERB":
            return []
        own = {s.code[:3] for s in self.find_sources(token, pattern) if not s.place}
        first = verb.head
        earlier = self.matcher.match(first)
        if not own or earlier is None or earlier.code[:2] not in VIOLENT:
            return []
        hit = {t.code[:3] for t in self.find_targets(first, earlier.target, earlier)}
        if not own & hit:
            return []
        return [
            a for a in self.find_sources(first, earlier) if not a.place and a.code[:3] not in own
        ]

    def _pursuers(self, token, pattern: Pattern) -> list[Arg]:
        """'troops pulled out of the town to avoid being encircled by X', 'withdrew from the
        city as X's forces advanced': a retreat from a place no one owns in the sentence
        yields to the force it escapes (the agent of the threat it avoids, or the side
        whose advance it gives way to)."""
        own = {s.code for s in self.find_sources(token, pattern)}
        for clause in token.children:
            if clause.dep_ != "advcl":
                continue
            found: list[Arg] = []
            if infinitive(clause):  # 'to avoid being encircled by X'
                found = [
                    a
                    for node in clause.subtree
                    if node.tag_ == "VBN" and passive(node)
                    for by in node.children
                    if by.dep_ == "agent"
                    for a in self.agents.agent(by)
                ]
            elif any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
                if clause.lemma_.lower() in _ADVANCES:  # 'as X advanced on the city'
                    found = self.actors.under(clause, "nsubj", places=True)
            found = [a for a in found if not a.place and a.code not in own]
            if found:
                return found
        return []

    def _protest_cause(self, token) -> list[Arg]:
        """'workers walked off the job in protest at the government's plan', 'staged a
        sit-in in protest against X's decision': what a protest is 'in protest' at names
        whom it is aimed at (the plan's or decision's owner)."""
        for node in _own_clause(token):
            if node.lemma_.lower() not in _CAUSE_NOUNS or node.dep_ != "pobj":
                continue
            if node.head.lower_ != "in":
                continue
            # 'in protest at X': the preposition on the noun, or beside 'in' on one head
            heads = [node, node.head.head]
            for head in heads:
                for prep in head.children:
                    if prep.dep_ != "prep" or prep.lower_ not in _CAUSE_PREPS or prep.i < node.i:
                        continue
                    got = self.actors.under(prep, "pobj")
                    if got:
                        return got
        return []

    def _home_government(self, token, pattern: Pattern) -> list[Arg]:
        """'farmers blocked roads into the capital', 'students marched through X against a
        new law', 'the union staged a general strike': a protest by a country's own people
        (civilians, opposition, unions) that names no one it is aimed at, in a sentence that
        names no other state, is aimed at that country's government (gold: 'XCVL -> XGOV')."""
        if token.pos_ == "NOUN" and self._told_within(token):
            return []
        if token.dep_ == "relcl" and any(
            self.matcher.match(a) is not None for a in token.ancestors
        ):
            return []  # 'warned that supporters who took to the streets would ...'
        if token.dep_ == "acl" and token.head.dep_ in ("nsubjpass", "dobj", "pobj"):
            return []  # 'people holding a rally were attacked': whom another act falls on
        sources = [s for s in self.find_sources(token, pattern) if not s.place]
        if not sources or any(s.code.startswith(("---", "IGO", "NGO")) for s in sources):
            return []
        states = {s.code[:3] for s in sources}
        if len(states) != 1 or any(
            len(s.code) > 3 and s.code[3:6] not in _DISSENT for s in sources
        ):
            return []
        country = next(iter(states))
        for word in token.sent:  # another state named: the protest may well be aimed at it
            for a in self.actors.at(word, location_ok=True):
                if a.code[:3] != country and not a.code.startswith(("---", "IGO", "NGO")):
                    return []
        return [Arg(country + "GOV", token.text, (token.idx, token.idx + len(token)))]

    def _told_within(self, noun) -> bool:
        """A protest noun (or relative clause) that is the time or the aim of another act in
        its own clause ('deployed police ahead of an opposition rally', 'imposed a curfew to
        contain the protests', 'warned supporters who took to the streets'): background or
        that act's object (gold rule 4), not a protest aimed at the state."""
        node = noun
        while node.head.i != node.i:
            node = node.head
            if node.lower_ in _BACKGROUND_WORDS or node.dep_ == "relcl":
                return True  # 'anyone who joined the protests': told of someone
            if self.matcher.match(node) is not None:
                return True
            if any(c.dep_ in _OWN_SUBJECTS for c in node.children):
                return False
        return False

    def _awaited_protest(self, token) -> list[Arg]:
        """'police deployed across the capital ahead of a march by X', 'troops fanned out
        before a rally called by X': a show of force timed for a protest is aimed at those
        who protest."""
        for prep in time_preps(token):
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                inner = self.matcher.match(noun)
                protest = inner is not None and inner.code[:2] == "14" and inner.pos == "noun"
                if not protest and noun.lemma_.lower() not in _UNREST:
                    continue  # 'a march by X' may be an actor mention, not matched as an act
                got = self._protesters(noun)
                if got:
                    return got
                return self._home_crowd(token, noun)
        for clause in token.children:  # 'sent police into the city to quell protests'
            if clause.dep_ not in ("advcl", "xcomp") or not infinitive(clause):
                continue
            for noun in clause.children:
                if noun.dep_ == "dobj" and noun.lemma_.lower() in _UNREST:
                    return self._home_crowd(token, noun)
        return []

    def _yielded_to(self, token) -> list[Arg]:
        """'the prime minister resigned after weeks of street protests', 'bowing to mass
        rallies, the minister stepped down': an office-holder who quits under protest yields
        to those who protested (gold: the country's civilians, or its opposition when the
        protest is the opposition's). The first protest noun in the sentence says who."""
        noun = next((w for w in self.doc if w.lemma_.lower() in _UNREST), None)
        if noun is None:
            return []
        # 'thousands of protesters led by X', 'weeks of protests by X': the parser may hang
        # what tells the protesters on the quantity before the noun
        top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        got = self._home_crowd(token, top)
        if not got:
            return []
        country = got[0].code[:3]
        named = [a for w in (noun, top) for a in self._protesters(w) if a.code[:3] == country]
        return named[:1] or got

    def _home_crowd(self, token, noun) -> list[Arg]:
        """The unnamed protesters a state's own show of force awaits or quells: that
        state's opposition when the protest is the opposition's, else its civilians."""
        sources = [s for s in self.find_sources(token, self.matcher.match(token)) if not s.place]
        states = {
            s.code[:3]
            for s in sources
            if not s.code.startswith(("---", "IGO", "NGO"))
            and (len(s.code) == 3 and not s.former or s.code[3:6] in _STATE)
        }
        if len(states) != 1:
            return []
        country = next(iter(states))
        words = {w.lemma_.lower() for w in noun.subtree}
        sector = "OPP" if words & {"opposition", "dissident", "opponent"} else "CVL"
        return [Arg(country + sector, noun.text, (noun.idx, noun.idx + len(noun)))]

    def _protesters(self, noun) -> list[Arg]:
        """Who holds a protest named by a noun: its possessor or by-phrase ('a march by
        supporters of X'), or the agent of a participle on it ('a rally called by X')."""
        got = self.agents.own_agent(noun)
        if got:
            return [a for a in got if not a.place]
        return [
            a
            for acl in noun.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for by in acl.children
            if by.dep_ == "agent"
            for a in self.agents.agent(by)
            if not a.place
        ]

    def _home_patient(self, token, pattern: Pattern, public: bool = True) -> list[Arg]:
        """'police detained a leading opposition politician', 'the regulator suspended the
        licence of a reformist newspaper', 'troops tore down dozens of homes': a coercive act
        of one state's own organs on people, groups or goods that no actor mention places
        falls on that state's own people: its opposition, media, civic groups or civilians
        (gold: 'RUSCOP -> RUSOPP 173'). Not ``public``: only on the opposition or the media
        the words name (the lifting of a ban on a party or a paper, not of one on fracking)."""
        sources = [s for s in self.find_sources(token, pattern) if not s.place]
        states = {
            s.code[:3]
            for s in sources
            if not s.code.startswith(("---", "IGO", "NGO"))
            and (len(s.code) == 3 and not s.former or s.code[3:6] in _STATE)
        }
        if len(states) != 1 or len(sources) != len([s for s in sources if s.code[:3] in states]):
            return []
        country = next(iter(states))
        for word in self.doc:  # another country named: the goods or people may be its own
            if any(a.code[:3] not in (country, "---") for a in self.actors.at(word)):
                return []
        objects = [
            o
            for o in self.matcher.objects(token, pattern)
            if o.dep_ in ("dobj", "nsubjpass") and o.pos_ in ("NOUN", "PROPN")
        ]
        if not objects or passive(token):
            return []
        if any(
            o.lemma_.lower() in _NOT_PEOPLE or self.lex.in_class(o.lemma_.lower(), "territory")
            for o in objects
        ):
            return []  # 'retook control of the town': ground won, not people coerced
        for obj in objects:
            for word in obj.subtree:
                if any(a.code[:3] != country for a in self.actors.at(word)):
                    return []  # a foreigner or a foreign firm: the mention's own country
        words = {w.lemma_.lower() for o in objects for w in o.subtree}
        if contraband(self.lex, objects):
            return []  # 'seized three tonnes of cocaine': goods no one may own
        sector = next((sec for sec, kin in _PATIENT_KINDS if words & kin), "CVL")
        if sector not in ("MED", "OPP") and not public:
            return []
        span = (objects[0].idx, objects[0].idx + len(objects[0]))
        return [Arg(country + sector, objects[0].text, span)]

    def _public(self, token, pattern: Pattern) -> list[Arg]:
        """'authorities imposed a nationwide curfew', 'the governor banned all gatherings':
        a restriction that names no one falls on the imposing state's own civilians, unless
        the sentence names its opponents or gives the restriction a purpose (whom those
        name is the target: see ``ActFinder``)."""
        if any(c.dep_ in ("advcl", "xcomp") and infinitive(c) for c in token.children):
            return []
        if pattern.code[:4] == "1721" and not any(
            o.lemma_.lower() in GATHERINGS for o in self.matcher.objects(token, pattern)
        ):
            return []  # a ban on a paper or a party falls on the one it names
        sources = [s for s in self.find_sources(token, pattern) if not s.place]
        states = {
            s.code[:3]
            for s in sources
            if s.code[3:6] in _STATE or len(s.code) == 3 and not s.former and by_state(pattern)
        }
        if len(states) != 1 or self._natural_cause(token):
            return []
        country = next(iter(states))
        for word in self.doc:
            if any(a.code[:3] == country and a.code[3:6] in _DISSENT for a in self.actors.at(word)):
                return []  # the opposition, rebels or protesters it is aimed at
        span = (token.idx, token.idx + len(token))
        return [Arg(country + "CVL", token.text, span)]

    def _natural_cause(self, token) -> bool:
        """'declared a state of emergency after floods', 'extended the curfew to slow the
        spread of the variant', 'a public health emergency': a restriction the sentence sets
        beside a disaster, an outbreak or a shortage is a measure of relief, aimed at no one
        (gold rule 8)."""
        cues = self.lex.cues
        words = cues["natural_events"] | cues["mishap_nouns"] | cues["relief_words"]
        return any(named_as(t, words) for t in token.sent)

    def home_victims(self, token, pattern: Pattern, places: list[Arg]) -> list[Arg]:
        """'government forces used chemical weapons against villages in X', 'security
        forces carried out ethnic cleansing in Y': mass violence that a country's own forces
        or people aim only at places of that country falls on its civilians (the bare
        country would be the state acting on itself). Lesser violence ('bombed hideouts in
        X') is left to the place: the sentence may name the fighters it hit."""
        countries = [p.country_only() for p in places]
        own = {
            s.code[:3]
            for s in self.find_sources(token, pattern)
            # 'withdraw from the plant, which they have occupied': a pronoun may stand for
            # the wrong side; only a named one is sure to be at home
            if not s.code.startswith(("---", "IGO", "NGO")) and not s.pronoun
        }
        return [
            Arg(p.code + "CVL", p.text, p.span) if p.code in own and len(p.code) == 3 else p
            for p in countries
        ]


def contraband(lex: Lexicon, objects) -> bool:
    """Whether an object noun is goods the law bans (drugs, ivory), counted or not
    ('tonnes of X'); not people named by them ('a cocaine trafficker')."""
    return any(
        lex.in_class(t.lemma_.lower(), "contraband")
        for obj in objects
        for t in (obj, *(c for p in obj.children if p.lower_ == "of" for c in p.children))
    )


def _purposed(token) -> bool:
    """Whether an infinitive clause gives the act a purpose ('to curb the protests')."""
    return any(c.dep_ in ("advcl", "xcomp") and infinitive(c) for c in token.children)


def _own_clause(token) -> list:
    """Tokens under ``token`` outside relative clauses and outside clauses with a subject of
    their own (a participle with no subject, 'bringing trains to a halt in protest at X',
    still tells of this act)."""
    out, stack = [], [token]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if child.dep_ == "relcl":
                continue
            if child.dep_ in ("ccomp", "advcl", "acl", "xcomp", "conj") and any(
                c.dep_ in _OWN_SUBJECTS for c in child.children
            ):
                continue
            stack.append(child)
    return out


def time_preps(token) -> list:
    """The prepositions that set ``token``'s act at a time: 'ahead of X' (as an adverb with
    'of' or as one preposition), 'before X', 'during X'."""
    found = []
    for child in token.children:
        low = child.lower_
        if low not in _AHEAD:
            continue
        if child.dep_ == "prep" and low != "ahead":
            found.append(child)
        elif low == "ahead":
            found += [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            if child.dep_ == "prep":
                found.append(child)
    return found
