"""The rule engine: from one parsed sentence and its actor mentions to coded events.

Steps: find trigger tokens whose lemma and surroundings match a lexicon pattern; resolve frame
verbs (appeal, demand, intent, threat, reject...) through the act they wrap; resolve source and
target roles from the parse; assess modality; apply precedence upgrades; drop duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.coding.dates import WEEKDAYS
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.modality import Modality, assess
from detente.coding.roles import Actors, Arg

_TRIGGER_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
_ABOUT_ACTS = frozenset({"01", "11", "12"})  # statements, disapprovals, rejections of acts
_LIGHT_PREPS = frozenset({"during", "in", "at", "of", "for", "after", "amid", "on"})
_PRT_AS_PREP = frozenset({"on", "upon", "out", "off", "over", "back", "up", "down", "by"})
_MEANS_PREPS = frozenset({"by", "via", "over"})  # means of a contact: by phone, over video


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
        self.consumed: set[int] = set()

    # ---- pattern matching -------------------------------------------------------------

    def match(self, token) -> Pattern | None:
        pos = token.pos_
        if pos not in _TRIGGER_POS:
            return None
        table = self.lex.nouns if pos in ("NOUN", "PROPN") else self.lex.verbs
        candidates = self._candidates(token, table)
        # a phrasal verb the lexicon knows ("call off", "call on") is another verb: patterns
        # written for the bare verb do not fit it
        phrasal = any(p.prt and self._has_particle(token, p.prt) for p in candidates)
        for pattern in candidates:
            if pattern.pos == "adj" and pos != "ADJ":
                continue
            if pattern.pos == "verb" and pos not in ("VERB", "AUX"):
                continue
            if phrasal and not pattern.prt:
                continue
            if self._fits(token, pattern):
                return pattern
        return None

    def _candidates(self, token, table) -> tuple[Pattern, ...]:
        """Patterns for the token's lemma, else for the lexicon lemmas its word form inflects."""
        found = table.get(token.lemma_.lower(), ()) or table.get(token.lower_, ())
        if found:
            return found
        return tuple(
            p for lemma in self.lex.form_lemmas.get(token.lower_, ()) for p in table.get(lemma, ())
        )

    def _fits(self, token, pattern: Pattern) -> bool:
        if pattern.prt and not self._has_particle(token, pattern.prt):
            return False
        # "call X a Y", "call X baseless" (an object and its predicate) is a judgement, not the
        # bare verb's act
        if not pattern.obj and any(
            c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in token.children
        ):
            return False
        if pattern.joint and _reaction_passive(token):
            return False
        if pattern.oprep and not self._prep(token, pattern.oprep):
            return False
        if pattern.obj and not any(
            self._obj_matches(o, pattern.obj) for o in self.objects(token, pattern)
        ):
            return False
        if pattern.subj and not any(
            self._obj_matches(s, pattern.subj) for s in self._subject_nouns(token)
        ):
            return False
        if pattern.need and not self._needs(token, pattern.need):
            return False
        return not pattern.pair or self._paired(token)

    def _subject_nouns(self, token) -> list:
        """The subject and what it carries: 'planes carrying tents landed' -> planes, tents."""
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
        carried = [  # 'planes carrying tents', 'aircraft loaded with tents'
            o
            for s in subjects
            for a in s.children
            if a.dep_ == "acl"
            for o in [*a.children, *(g for p in a.children if p.dep_ == "prep" for g in p.children)]
            if o.dep_ in ("dobj", "pobj")
        ]
        return subjects + carried + [c for o in carried for c in o.children if c.dep_ == "conj"]

    def _has_particle(self, token, particle: str) -> bool:
        return any(
            c.lower_ == particle
            and (c.dep_ == "prt" or particle in _PRT_AS_PREP and c.i > token.i and not _dated(c))
            for c in token.children
        )

    def _prep(self, token, word: str):
        found = self._preps(token, word)
        return found[0] if found else None

    def _preps(self, token, word: str) -> list:
        """Prepositions ``word`` on the trigger, its object ('sanctions on X on Friday') or its
        means ('spoke by telephone with X': the parser hangs 'with' on the telephone)."""
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [
            o
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS
            for o in c.children
            if o.dep_ == "pobj"
        ]
        heads = [token, *objs] + [m for o in objs for m in o.children if m.dep_ in ("amod", "acl")]
        return [
            child
            for head in heads
            for child in head.children
            if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == word
        ]

    def objects(self, token, pattern: Pattern | None = None) -> list:
        """Candidate object nouns: direct objects, passive subjects, the pattern's preposition."""
        out = [c for c in token.children if c.dep_ in ("dobj", "attr", "oprd")]
        out += [  # 'shot dead the ambassador': the parser hangs the object on the adjective
            o
            for c in token.children
            if c.dep_ in ("advcl", "acomp", "oprd") and c.pos_ == "ADJ" and c.i == token.i + 1
            for o in c.children
            if o.dep_ == "dobj"
        ]
        if not out:  # 'allow X to enter', 'beat X harvesting': the object parsed as the
            out = [  # subject of an infinitive or participle clause
                s
                for c in token.children
                if c.dep_ == "ccomp"
                and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children))
                for s in c.children
                if s.dep_ == "nsubj" and s.i > token.i
            ]
        if _passive(token) or token.pos_ == "ADJ":
            out += [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")]
            out += _shared_subject(token)
        for word in {pattern.oprep if pattern else None, "with"} - {None}:
            for prep in self._preps(token, word):
                out += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        out += [c for o in list(out) for c in o.children if c.dep_ == "conj"]
        return out + [q for o in out for q in self._quantified(o)]

    def _quantified(self, noun) -> list:
        """What a quantity noun counts: 'hundreds of prisoners' -> prisoners."""
        if not self.lex.in_class(noun.lemma_, "quantity") and not self.lex.in_class(
            noun.lower_, "quantity"
        ):
            return []
        return [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]

    def _obj_matches(self, obj, wanted: tuple[str, ...]) -> bool:
        words = {obj.lemma_.lower(), obj.lower_}
        if obj.pos_ == "PROPN" and obj.lower_.endswith("s"):  # 'Muslims' keeps its plural lemma
            words.add(obj.lower_[:-1])
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
        for want in wanted:
            if want.startswith("@"):
                name = want[1:]
                if any(self.lex.in_class(w, name) for w in words | mods):
                    return True
                if name == "person" and self.actors.at(obj):
                    return True
            elif " of " in want:  # 'message of condolence': the object and its of-phrase
                head, tail = want.split(" of ", 1)
                if head in words and any(
                    tail in (o.lemma_.lower(), o.lower_)
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                ):
                    return True
            elif " " in want:
                *first, last = want.split()
                if last in words and set(first) <= mods | {t.lower_ for t in obj.lefts}:
                    return True
            elif want in words:
                return True
        return False

    def _needs(self, token, needs: tuple[str, ...]) -> bool:
        words = {t.lemma_.lower() for t in token.subtree} | {
            token.head.lemma_.lower(),
            token.head.lower_,
        }
        return any(
            any(self.lex.in_class(w, n[1:]) for w in words) if n.startswith("@") else n in words
            for n in needs
        )

    def _paired(self, token) -> bool:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.pos_ == "NOUN":
            subjects = [token.head] if token.dep_ in ("dobj",) else []
            if any(c.lower_ in ("between", "with") for c in token.children):
                return True
        if any(c.dep_ == "conj" for s in subjects for c in s.children):
            return True
        if any(len(a) > 1 for s in subjects for a in [self.actors.phrase(s)]):
            return True
        if self._prep(token, "with") is not None:
            return True
        objs = self.objects(token) + ([token] if token.pos_ == "NOUN" else [])
        return any(c.lower_ in ("joint", "bilateral", "combined") for o in objs for c in o.children)

    # ---- roles -------------------------------------------------------------------------

    def sources(self, token, pattern: Pattern | None, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        if token.pos_ in ("NOUN", "PROPN"):
            return self.noun_sources(token, pattern)
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ == "agent":
                found += [
                    a for o in child.children if o.dep_ == "pobj" for a in self.actors.phrase(o)
                ]
            elif child.dep_ == "nsubj" and not _passive(token) and not self._event_noun(child):
                found += self.actors.phrase(child)
            elif child.dep_ == "nsubj" and not _passive(token):  # 'Israeli airstrikes killed X'
                found += self._own_agent(child)
            elif child.dep_ == "nsubj" and token.pos_ == "ADJ":
                found += self.actors.phrase(child)
        if not found and pattern and "dobj" in pattern.source:
            found = [a for o in self.objects(token) for a in self.actors.phrase(o)]
        if found or token.dep_ == "ROOT":
            return found
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and token.dep_ != "conj":
            return found
        head = token.head
        if token.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if self._violent_participle(token) and not self.actors.at(head):
                return self.sources(head.head, None, depth + 1)  # 'X ambushed a bus, killing'
            got = self.noun_sources(head, None) or self.actors.phrase(head)
            if not got and head.dep_ == "dobj" and self.lex.in_class(head.lemma_, "document"):
                return self.sources(head.head, None, depth + 1)  # 'X passed a motion condemning'
            return got
        if token.dep_ == "pobj" or head.dep_ == "prep":
            head = head.head
        return self.sources(head, None, depth + 1)

    def _own_agent(self, noun) -> list[Arg]:
        """The agent written on an event noun itself: its possessor, by-phrase or modifier."""
        for child in noun.children:
            if child.dep_ == "poss":
                got = self.actors.phrase(child)
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                got = self.actors.at(child)
            else:
                got = []
            if got:
                return got
            if child.dep_ == "prep" and child.lower_ == "by":
                got = [a for o in child.children if o.dep_ == "pobj" for a in self.actors.phrase(o)]
                if got:
                    return got
        return []

    def _violent_participle(self, verb) -> bool:
        """'X ambushed a bus killing nine', 'blew himself up near the base killing 13': the
        parser hangs the participle on the noun before it, but the killing is the subject's."""
        if verb.tag_ != "VBG":
            return False
        pattern = self.match(verb)
        return pattern is not None and pattern.code[:2] in _VIOLENT

    def _event_noun(self, token) -> bool:
        """A subject that is itself an event ('sanctions threaten...') is not an agent."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.nouns

    def noun_sources(self, noun, pattern: Pattern | None) -> list[Arg]:
        for child in noun.children:
            if child.dep_ == "poss":
                got = self.actors.phrase(child)
                if got:
                    return got
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in (
                "by",
                *(pattern.source if pattern else ()),
            ):
                got = [a for o in child.children if o.dep_ == "pobj" for a in self.actors.phrase(o)]
                if got:
                    return got
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod"):
                got = self.actors.at(child)
                if got:
                    return got
        if noun.dep_ == "conj":
            return self.noun_sources(noun.head, pattern)
        if self._carried(noun):  # 'X completed the annexation': X's act
            return self.sources(noun.head, None)
        anchor = _anchor(noun)
        if anchor is None:
            return []
        host = self.match(anchor)
        if host is not None and host.code == "043":  # 'X hosted Y during a visit': Y's visit
            guests = self.targets(anchor, host.target, host)
            if guests:
                return guests
        return self.sources(anchor, None)

    def targets(self, token, specs, pattern: Pattern | None) -> list[Arg]:
        location_ok = bool(pattern and pattern.dest)
        for spec in specs:
            got = self._target(token, spec, pattern, location_ok)
            if got:
                if location_ok:  # a named actor beats the place it was in ('a NATO bus in X')
                    actors = [a for a in got if not a.place]
                    if actors and pattern.code[:2] != "04":  # 'killed 60 militants': PAKREB
                        return actors
                    return [a.country_only() for a in actors or got]
                return got
        return []

    def _target(self, token, spec: str, pattern, location_ok: bool) -> list[Arg]:
        star = spec.endswith("*")
        name = spec.rstrip("*")
        if name in ("dobj", "obj"):
            objs = [
                o for o in self.objects(token, pattern) if o.dep_ != "nsubj" or token.pos_ != "ADJ"
            ]
            if token.pos_ == "ADJ":
                objs = []
            if any(o.dep_ == "dobj" for o in objs):  # 'called X a puppet of Y': X, not Y
                objs = [o for o in objs if o.dep_ != "oprd" and o.head.dep_ != "oprd"]
            finder = self.actors.subtree if star else self.actors.phrase
            return [a for o in objs for a in finder(o, location_ok)]
        if name == "dative":
            return [a for c in token.children if c.dep_ == "dative" for a in self.actors.phrase(c)]
        if name in ("csubj", "comp_subj"):
            return [
                a
                for c in token.children
                if c.dep_ in ("ccomp", "xcomp", "advcl")
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
                for a in self.actors.phrase(s)
            ]
        if name in ("comp", "xcomp", "acl"):
            return [
                a
                for c in token.children
                if c.dep_ in ("ccomp", "xcomp", "acl", "advcl")
                for a in self.actors.subtree(c)
            ]
        objs = [
            o
            for prep in self._preps(token, name)
            for o in prep.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        if star:
            return [a for o in objs for a in self.actors.subtree(o, location_ok)]
        return [a for o in objs for a in self.actors.phrase(o, location_ok)]

    # ---- acts --------------------------------------------------------------------------

    def act(self, token, pattern: Pattern, default_sources=None) -> Act | None:
        sources = self.sources(token, pattern) or list(default_sources or [])
        if pattern.frame:
            return self.frame_act(token, pattern, sources)
        targets = self.targets(token, pattern.target, pattern)
        if not targets and pattern.code[:2] in ("11", "12"):
            targets = self.implicit_agent(token, sources)
        if not targets and pattern.code[:2] in _VIOLENT:
            targets = self.victims(token, pattern)
        if not targets and not pattern.joint:
            targets = self._shared_target(token, pattern)
        if pattern.pos == "noun" and "between" in pattern.target and not sources:
            between = self._target(token, "between*", pattern, False)
            if len(between) >= 2:
                sources, targets = between, []
        act = Act(token, pattern, pattern.code, sources, targets, pattern.joint)
        if pattern.pos == "verb" and pattern.code[:2] in _ABOUT_ACTS:
            act.consumed = _object_clauses(token)
        return act

    def _shared_target(self, token, pattern: Pattern) -> list[Arg]:
        """'X suspended trade with Y and downgraded relations': a second verb of the same kind
        with no target of its own acts on the first verb's target."""
        head = token.head
        if token.dep_ != "conj" or head.pos_ != "VERB" or _own_subject(token):
            return []
        first = self.match(head)
        if first is None or first.frame or first.code[:2] != pattern.code[:2]:
            return []
        return self.targets(head, first.target, first)

    def victims(self, token, pattern: Pattern) -> list[Arg]:
        """Unnamed victims of violence ('killing 12 people in X') are civilians of the country
        where it happened: the first place the sentence puts anything in."""
        if not any(self.lex.in_class(o.lemma_, "victims") for o in self.objects(token, pattern)):
            return []
        for word in self.doc:
            mention = self.actors.by_token.get(word.i)
            if mention is None or not mention.code or mention.code.startswith(("---", "IGO")):
                continue
            if mention.how == "location" or word.dep_ == "pobj" and word.head.lower_ == "in":
                country = mention.country or mention.code[:3]
                return [Arg(country + "CVL", word.text, (word.idx, word.idx + len(word)))]
        return []

    def implicit_agent(self, token, sources: list[Arg]) -> list[Arg]:
        """Condemning an event noun with no agent of its own ('condemned the invasion'): the
        agent is the event's source if given, else the latest other subject in the sentence."""
        nouns = [o for o in self.objects(token) if self._event_noun(o)]
        for noun in nouns:
            got = self.noun_sources(noun, None)
            if got:
                return got
        if not nouns:
            return []
        own = {a.code for a in sources}
        for earlier in reversed(self.doc[: token.i]):
            if earlier.dep_ == "nsubj":
                got = [a for a in self.actors.phrase(earlier) if a.code not in own]
                if got:
                    return got
        return []

    def complements(self, token, pattern: Pattern) -> list:
        """Tokens that carry the act a frame verb wraps."""
        out = []
        for child in token.children:
            if child.dep_ == "advcl" and _participle(child):
                continue  # 'rejected X, calling Y a puppet': a second act, not the wrapped one
            if child.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "attr", "advcl", "acomp"):
                out.append(child)
            elif child.dep_ in ("prep", "prt", "dative", "agent") and child.lower_ in (
                "to",
                "of",
                "for",
                "on",
                "against",
                "from",
                "with",
                "in",
                "into",
                "upon",
                "out",
            ):
                out += [g for g in child.children if g.dep_ in ("pobj", "pcomp", "xcomp")]
        return out

    def embedded(
        self, token, pattern: Pattern, inner_sources, branch=None
    ) -> tuple[Act | None, list]:
        """The first act under the frame's complements (or under one coordinated ``branch``
        of them, not crossing into the other branches)."""
        comps = [branch] if branch is not None else self.complements(token, pattern)
        queue = list(comps)
        while queue:
            node = queue.pop(0)
            inner = self.match(node)
            if (
                inner is not None
                and node.i != token.i
                and not (inner.frame and inner.frame == pattern.frame)
            ):
                act = self.act(node, inner, inner_sources)
                if act is not None:
                    return act, comps
            queue.extend(c for c in node.children if branch is None or c.dep_ != "conj")
        return None, comps

    def frame_act(self, token, pattern: Pattern, sources: list[Arg], branch=None) -> Act | None:
        if token.lemma_.lower() in self.lex.cues["directive_verbs"] and not self._directive(token):
            return None  # 'told reporters (that) ...': a statement, not a demand
        frames = self.lex.frames
        spec = frames["frames"][pattern.frame]
        direct = self.targets(token, ("dobj",), pattern)
        controller = direct if pattern.frame in ("appeal", "demand", "order") else sources
        inner, comps = self.embedded(token, pattern, controller, branch)
        words = {t.lemma_.lower() for c in comps for t in c.subtree} | {
            t.lower_ for c in comps for t in c.subtree
        }
        code = self._frame_code(pattern.frame, spec, inner, words)
        penalty = self._penalty_code(pattern.frame, comps)
        if penalty and branch is None:  # 'told X to do Y or face Z': a threat
            code = penalty
        if spec.get("place_code") and self._place_object(token, pattern):
            code = spec["place_code"]
        if code is None:
            return None
        targets, joint = self._frame_targets(token, spec, pattern, inner, comps, sources)
        joint = joint and not targets  # 'A failed to attend talks with B': A's act alone
        third = spec.get("third_party", {})
        if inner and inner.targets and third and _prefix_lookup(third, inner.code):
            if {a.code for a in inner.targets} - {a.code for a in targets}:
                code, targets = _prefix_lookup(third, inner.code), inner.targets
        act = Act(token, pattern, code, sources, targets, joint, 0.8 if inner else 0.7)
        act.consumed = {i for c in comps for i in _clause_tokens(c)}
        return act

    def _directive(self, token) -> bool:
        """'told X to leave' or 'told X that it must leave': an instruction, not a report."""
        aux = self.lex.cues["directive_aux"]
        for child in token.children:
            if (
                child.dep_ == "xcomp"
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

    def coordinated_acts(self, token, pattern: Pattern, first: Act) -> list[Act]:
        """One more act per coordinated complement with its own code: 'urged X to halt the
        fighting and (to) return to talks' is two appeals to X."""
        codes, out = {first.code}, []
        for comp in self.complements(token, pattern):
            for branch in (c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                if _penalty(branch):
                    continue
                act = self.frame_act(token, pattern, first.sources, branch=branch)
                if act is not None and act.code not in codes:
                    codes.add(act.code)
                    out.append(act)
        return out

    def _accusers(self, token) -> list[Arg]:
        """Who made the charge a denial answers ('X accused Y of Z, a charge Y denied')."""
        for other in self.doc:
            pattern = self.match(other) if other.i != token.i else None
            if pattern is not None and pattern.frame == "accuse":
                return self.sources(other, pattern)
        for noun in self.doc:  # 'calling accusations by X baseless', 'X's allegations'
            if noun.pos_ == "NOUN" and self.lex.in_class(noun.lemma_.lower(), "accusation"):
                got = [a for a in self.actors.phrase(noun) if not a.place]
                if got:
                    return got
        return []

    def _penalty_code(self, frame: str, comps) -> str | None:
        """A demand or appeal with a penalty attached ('... or face sanctions') is a threat."""
        if frame not in ("demand", "appeal", "order"):
            return None
        for comp in comps:
            for branch in (c for c in comp.children if c.dep_ == "conj" and _penalty(c)):
                words = {t.lemma_.lower() for t in branch.subtree}
                keywords = self.lex.frames["frame_keywords"]["threat"]
                return next((keywords[w] for w in sorted(words) if w in keywords), "131")
        return None

    def _place_object(self, token, pattern: Pattern) -> bool:
        """The object is a place: a location mention or a territory noun."""
        for obj in self.objects(token, pattern) or [
            c for c in token.children if c.dep_ == "prep" for c in c.children
        ]:
            mention = self.actors.by_token.get(obj.i)
            if mention is not None and mention.how == "location":
                return True
            if self.lex.in_class(obj.lemma_, "territory"):
                return True
        return False

    def _frame_code(self, frame: str, spec: dict, inner: Act | None, words: set[str]) -> str | None:
        frames = self.lex.frames
        if inner is not None:
            mapped = _prefix_lookup(frames["code_maps"].get(frame, {}), inner.code)
            if mapped:
                return inner.code if mapped == "=" else mapped
            category = _prefix_lookup(frames["categories"], inner.code)
            if category and spec["codes"].get(category):
                return spec["codes"][category]
        for word, code in frames["frame_keywords"].get(frame, {}).items():
            if word in words:
                return code
        for word, category in frames["keywords"].items():
            if word in words and spec["codes"].get(category):
                return spec["codes"][category]
        return spec.get("default")

    def _frame_targets(
        self, token, spec, pattern, inner: Act | None, comps, sources: list[Arg]
    ) -> tuple[list[Arg], bool]:
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
                got = self._accusers(token)
                if got:
                    return got, False
            elif name == "comp*":
                got = [a for c in comps for a in self.actors.subtree(c)]
                if got:
                    return got, False
            elif name not in ("embedded", "embedded_target", "embedded_source"):
                got = self.targets(token, (name,), pattern)
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

    # ---- sentence ----------------------------------------------------------------------

    def code(self) -> list[Draft]:
        acts = []
        for token in self.doc:
            if token.i in self.consumed:
                continue
            pattern = self.match(token)
            if pattern is None or not self._noun_ok(token, pattern):
                continue
            act = self.act(token, pattern)
            if act is None:
                continue
            self.consumed |= act.consumed | _reasons(token)
            acts.append(act)
            if pattern.frame:
                acts += self.coordinated_acts(token, pattern, act)
        acts = [a for a in acts if a.token.i not in self.consumed]
        if any(a.code == "040" and self._third_place(a) for a in acts):
            for a in acts:  # one meeting: the summit noun and the verb share the place
                a.code = "044" if a.code == "040" else a.code
        return [d for act in acts for d in self.drafts(act)]

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
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at") and not _dated(prep)
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.subtree(o, location_ok=True)
        ]
        return any(p.code[:3] not in sides and not p.code.startswith("IGO") for p in places)

    def _noun_ok(self, token, pattern: Pattern) -> bool:
        if pattern.pos != "noun":
            return True
        if self._carried(token):
            return True
        if token.dep_ in ("dobj", "attr", "oprd") and token.head.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ in ("compound", "amod"):
            return False
        return token.dep_ != "pobj" or token.head.lower_ in _LIGHT_PREPS | {"between", "by"}

    def _carried(self, noun) -> bool:
        """An event noun that is the object of a verb that only carries it out, approves or
        continues it ('completed the annexation of X') and is no act of its own."""
        head = noun.head
        return (
            noun.dep_ == "dobj"
            and head.pos_ == "VERB"
            and head.lemma_.lower() in self.lex.cues["carrying_verbs"]
            and self.match(head) is None
        )

    def drafts(self, act: Act) -> list[Draft]:
        anchor = _anchor(act.token) if act.token.pos_ == "NOUN" else None
        modality = assess(anchor if anchor is not None else act.token, self.lex.cues)
        if modality.background:
            return []
        out = []
        one_sided = act.pattern.frame == "intent" or act.token.pos_ == "NOUN"
        for source, target, mirrored in _pairs(act, self.lex.cues["mutual_codes"]):
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


_VIOLENT = frozenset({"18", "19", "20"})
_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


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


def _pairs(act: Act, mutual: frozenset[str] = frozenset()) -> list[tuple[Arg, Arg, bool]]:
    """Source-target pairs; coordinated subjects with no target act on each other when the
    act is joint, or when its code is one that two sides can only do together ('A and B
    halted hostilities')."""
    sources, targets = act.sources, act.targets
    if (act.joint or act.code in mutual) and not targets and len(sources) >= 2:
        return [(a, b, False) for a in sources for b in sources if a.code != b.code]
    pairs = [(s, t, False) for s in sources for t in targets]
    if act.joint:
        pairs += [(t, s, True) for s, t, _m in pairs]
    return pairs


_PHASES = frozenset({"start", "beginning", "end", "course", "outset", "close", "sidelines", "eve"})


def _anchor(noun):
    """The verb whose clause a nominal event sits in as an adjunct ('met X during talks',
    'was welcomed at the start of a visit'), climbing over phase nouns ('the start of') and
    over an infinitive the parser hung it on ('efforts to reform X during talks')."""
    node = noun
    while node.dep_ == "pobj" and node.head.head.lower_ in _PHASES:
        node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ not in _LIGHT_PREPS:
        return None
    verb = node.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    while (
        node.head.lower_ == "during"
        and verb.dep_ in ("acl", "xcomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head.head if verb.dep_ == "acl" else verb.head
    return verb


def _shared_subject(verb) -> list:
    """'X arrived and was received by Y': a passive conjunct's subject is its head's."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _participle(verb) -> bool:
    """A participle set off by a comma ('rejected X, calling Y ...'): a free adjunct."""
    start = verb.left_edge.i
    return (
        verb.tag_ in ("VBG", "VBN")
        and start > 0
        and verb.doc[start - 1].text == ","
        and not any(c.dep_ in ("aux", "mark") for c in verb.children)
    )


def _clause_tokens(node) -> list[int]:
    """Token indices under ``node``, less relative clauses with a subject of their own
    ('..., a charge Moscow denied'): those tell another actor's act."""
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current.i)
        stack += [
            c
            for c in current.children
            if not (c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children))
        ]
    return out


def _reasons(verb) -> set[int]:
    """The gerund clause giving the reason for an act ('condemned X for annexing Y',
    'sanctioned X over its seizure of Y'): the charge behind the act, not a second event."""
    return {
        i
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
        for i in _clause_tokens(g)
    }


def _penalty(verb) -> bool:
    """'... or face/risk X': the branch names what follows a refusal."""
    return verb.lemma_.lower() in ("face", "risk", "suffer") and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children
    )


def _own_side(arg: Arg, sources: list[Arg]) -> bool:
    """The speaker's own actor, or its bare country (a rebel group's target may be its state)."""
    return any(arg.code == s.code or arg.code == s.code[:3] for s in sources)


def _object_clauses(verb) -> set[int]:
    """Tokens inside the objects of an act about another act ('claimed responsibility for an
    attack that killed X'): the act in the object is told of, not reported (gold rule 4)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep") and not _dated(c)]
    return {t.i for o in objects for t in o.subtree}


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reaction_passive(verb) -> bool:
    """'would be met with fire and fury', 'was met with protests': a reaction, not a meeting."""
    children = list(verb.children)
    return (
        _passive(verb)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def _passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _prefix_lookup(table: dict, code: str) -> str | None:
    for size in range(len(code), -1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def _dated(prep) -> bool:
    """A preposition whose object is a day or month ("on Thursday", "by March"): a time
    adverbial, never the particle of a phrasal verb ("called on Thursday" is not "called on")."""
    return any(
        o.dep_ == "pobj" and (o.lower_ in WEEKDAYS or o.ent_type_ == "DATE" or o.like_num)
        for o in prep.children
    )
