"""Trigger matching: which lexicon pattern, if any, a token and its surroundings fit."""

from __future__ import annotations

import re

from detente.coding.dates import MONTH_NAMES
from detente.coding.lexicon import Lexicon, Pattern, present
from detente.coding.roles import Actors, agent_noun
from detente.coding.syntax import dated, passive, reaction_passive, shared_subject

_TRIGGER_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
# roots of physical force, whose adjective predicate tells a result ('beat him senseless')
_FORCE = frozenset({"17", "18", "19", "20"})
# pronouns that can only stand for a person
_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})  # he, she: a passive subject
_TOWARD = frozenset({"toward", "towards"})  # 'sent troops toward X': a direction, like 'to'
# adverbs the parser hangs a preposition on: particles, and 'flew close to X's airspace'
_PRT_AS_PREP = frozenset(
    {"on", "upon", "out", "off", "over", "back", "up", "down", "by", "close", "away"}
)
# adverbs whose 'to' says 'near': 'detonated a bomb next to X', 'explosives close to X'
_NEAR = frozenset({"next", "close"})
_MEANS_PREPS = frozenset({"by", "via", "over"})  # means of a contact: by phone, over video
# what a means after 'over' or 'via' is: 'over its gas deal with X' is a reason, not a
# channel ('by' stays open: 'a visit by X to Y', where the parser hangs 'to Y' on X)
_MEANS_NOUNS = frozenset(
    {
        "phone",
        "telephone",
        "video",
        "videoconference",
        "videolink",
        "teleconference",
        "link",
        "line",
        "hotline",
        "call",
        "conversation",
        "conference",
        "satellite",
        "internet",
    }
)


#: per lexicon (by id, with the lexicon kept alive beside it): (POS, LEMMA, LOWER) ids of a
#: token -> (whether :meth:`Matcher.match` has any pattern to try on it, whether it is a noun
#: or adjective with the form of a lexicon verb)
_KINDS: dict[int, tuple[Lexicon, dict[tuple[int, int, int], tuple[bool, bool]]]] = {}
_MEMO_LIMIT = 200_000


class Matcher:
    """Matches tokens of one parsed sentence against the lexicon's patterns."""

    def __init__(self, lex: Lexicon, actors: Actors):
        self.lex, self.actors = lex, actors
        # objects() and preps() of a token read only the parse, which does not change: the
        # acts, roles and refinement passes ask again for the same token many times
        self._memo: dict[tuple, list] = {}
        self._kids: dict[int, tuple] = {}
        self._words: frozenset[str] | None = None  # the lower-case words of the sentence
        self._kinds_read: tuple | None = None  # (doc, what _token_kinds read of it)

    def kids(self, token) -> tuple:
        """``token.children``, read once per token: spaCy finds them by walking the token's
        whole subtree span, and the matcher asks for the same token's again and again."""
        if token.doc is not self.actors.doc:
            return tuple(token.children)
        found = self._kids.get(token.i)
        if found is None:
            found = self._kids[token.i] = tuple(token.children)
        return found

    def _remembered(self, key: tuple, token, compute) -> list:
        if token.doc is not self.actors.doc:  # a token of another doc: no memo
            return compute()
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = compute()
        return list(found)  # callers may extend what they get

    def possible(self, doc) -> list[int]:
        """Indices of the tokens of ``doc`` :meth:`match` may give a pattern (a trigger part
        of speech and a lemma or form with patterns). A superset of the matches."""
        return [i for i, kinds in enumerate(self._token_kinds(doc)) if kinds[0]]

    def verb_forms(self, doc) -> list[int]:
        """Indices of the nouns and adjectives of ``doc`` whose form is a lexicon verb's: the
        headline verbs a tagger may read as nouns ('Gunmen storm X')."""
        return [i for i, kinds in enumerate(self._token_kinds(doc)) if kinds[1]]

    def retagged(self) -> None:
        """Forget what was read of the tokens' tags: a caller changed some."""
        self._kinds_read = None

    def _token_kinds(self, doc) -> list[tuple[bool, bool]]:
        """Per token, (:meth:`possible`, :meth:`verb_forms`): read from the doc's arrays once
        and remembered per (POS, LEMMA, LOWER), so the tokens cost no Token object and no
        lookups; the sentence's words are kept for :meth:`_cooccur` on the way."""
        if self._kinds_read is not None and self._kinds_read[0] is doc:
            return self._kinds_read[1]
        held = _KINDS.get(id(self.lex))
        if held is None or held[0] is not self.lex or len(held[1]) > _MEMO_LIMIT:
            held = _KINDS[id(self.lex)] = (self.lex, {})
        memo, strings = held[1], doc.vocab.strings
        out, lowers = [], set()
        for pos, lemma, lower in doc.to_array(["POS", "LEMMA", "LOWER"]).tolist():
            key = (pos, lemma, lower)
            kinds = memo.get(key)
            if kinds is None:
                kinds = memo[key] = self._kinds(strings[pos], strings[lemma], strings[lower])
            out.append(kinds)
            lowers.add(lower)
        self._kinds_read = (doc, out)
        if doc is self.actors.doc and self._words is None:
            self._words = frozenset(strings[lower] for lower in lowers)
        return out

    def _kinds(self, pos: str, lemma: str, lower: str) -> tuple[bool, bool]:
        verbs = self.lex.verbs
        disguised = pos in ("NOUN", "PROPN", "ADJ") and (
            lemma.lower() in verbs
            or lower in verbs
            or any(f in verbs for f in self.lex.form_lemmas.get(lower, ()))
        )
        return self._may_match(pos, lemma, lower), disguised

    def _may_match(self, pos: str, lemma: str, lower: str) -> bool:
        if pos not in _TRIGGER_POS:
            return False
        table = self.lex.nouns if pos in ("NOUN", "PROPN") else self.lex.verbs
        return bool(self._patterns(lemma.lower(), lower, table))

    def match(self, token) -> Pattern | None:
        """The first of the token's candidate patterns whose conditions its parse meets."""
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

    def carried(self, noun) -> bool:
        """An event noun that is the object of a verb that only carries it out, approves or
        continues it ('completed the annexation of X') and is no act of its own."""
        head = noun.head
        return (
            noun.dep_ == "dobj"
            and head.pos_ == "VERB"
            and head.lemma_.lower() in self.lex.cues["carrying_verbs"]
            and self.match(head) is None
        )

    def objects(self, token, pattern: Pattern | None = None) -> list:
        """Candidate object nouns: direct objects, passive subjects, the pattern's preposition."""
        oprep = pattern.oprep if pattern else None
        named = bool(pattern and pattern.obj)
        joint = bool(pattern and pattern.joint)
        harm = bool(pattern and not named and _harms(pattern.code))
        return self._remembered(
            ("objects", token.i, oprep, named, joint, harm),
            token,
            lambda: self._objects(token, oprep, named, joint, harm),
        )

    def _objects(
        self, token, oprep: str | None, named: bool, joint: bool = False, harm: bool = False
    ) -> list:
        out = [c for c in self.kids(token) if c.dep_ in ("dobj", "attr", "oprd")]
        out += [  # 'shot dead the ambassador': the parser hangs the object on the adjective
            o
            for c in self.kids(token)
            if c.dep_ in ("advcl", "acomp", "oprd") and c.pos_ == "ADJ" and c.i == token.i + 1
            for o in self.kids(c)
            if o.dep_ == "dobj"
        ]
        if not out:  # 'allow X to enter', 'beat X harvesting': the object parsed as the
            out = [  # subject of an infinitive or participle clause
                s
                for c in self.kids(token)
                if c.dep_ == "ccomp"
                and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in self.kids(c)))
                for s in self.kids(c)
                if s.dep_ == "nsubj" and s.i > token.i
            ]
            if out:  # 'gave X [holding out in Y] an ultimatum': the second object too
                out += [
                    d
                    for c in self.kids(token)
                    if c.dep_ == "ccomp" and c.tag_ == "VBG"
                    for d in self.kids(c)
                    if d.dep_ == "dobj" and d.i > c.i
                ]
        if not out:  # 'dismissed as baseless the findings of X': the object after its predicate
            out = object_after_predicate(token)
        if not out:
            out = _free_relative(token)
        if not out and _object_gap(token, self.kids) and _answerable(token.head, self.lex):
            # 'an allegation the Kremlin dismissed', 'an offer X turned down': the noun is the
            # object (a relative telling an earlier deed, 'the men it abducted', 'the accord X
            # signed', stays a description)
            out = [token.head]
        if named:  # 'gave X ten days to ...': the parser hangs the measure on the verb
            out += [c for c in self.kids(token) if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
            # 'took 40 people hostage': the object's predicate noun, parsed as a complement
            out += [
                c
                for c in self.kids(token)
                if c.dep_ == "xcomp" and c.pos_ == "NOUN" and any(o.dep_ == "dobj" for o in out)
            ]
        if passive(token) or token.pos_ == "ADJ":
            out += [c for c in self.kids(token) if c.dep_ in ("nsubjpass", "nsubj")]
            out += shared_subject(token)
        if named and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "PROPN":
            out.append(token.head)  # 'X, welcomed by Y in Z, ...': the named X is welcomed
        elif harm and _harmed_noun(token, self.kids):
            out.append(token.head)  # 'three soldiers wounded by rebel fire': done to them
        elif joint and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
            # 'an accord signed by X and Y': a joint act's participle with its doers on the
            # noun it tells of is the passive verb, the noun its object ('militias armed by
            # X', 'accusations made by Y' only describe what the noun is)
            if any(c.dep_ == "agent" for c in self.kids(token)):
                out.append(token.head)
        for word in {oprep, "with"} - {None}:
            for prep in self.preps(token, word):
                out += [c for c in self.kids(prep) if c.dep_ in ("pobj", "pcomp")]
        out += [c for o in list(out) for c in self.kids(o) if c.dep_ == "conj"]
        return out + [q for o in out for q in self._quantified(o)]

    def preps(self, token, word: str) -> list:
        """Prepositions ``word`` on the trigger, its object ('sanctions on X on Friday') or its
        means ('spoke by telephone with X': the parser hangs 'with' on the telephone)."""
        return self._remembered(("preps", token.i, word), token, lambda: self._preps(token, word))

    def _preps(self, token, word: str) -> list:
        objs = [c for c in self.kids(token) if c.dep_ in ("dobj", "nsubjpass")]
        objs += [q for o in objs for q in self._quantified(o)]  # 'most of its sanctions on X'
        objs += [
            o
            for c in self.kids(token)
            if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS
            for o in self.kids(c)
            if o.dep_ == "pobj" and (c.lower_ == "by" or _means(o))
        ]
        heads = [token, *objs] + [
            m for o in objs for m in self.kids(o) if m.dep_ in ("amod", "acl")
        ]
        # 'handed the territory back to X', 'turned them over to X': the parser hangs the
        # preposition on the adverb particle; 'moved troops up to the border': on 'up'
        heads += [
            c
            for c in self.kids(token)
            if c.lower_ in _PRT_AS_PREP
            and (c.dep_ == "advmod" or c.dep_ == "prep" and c.lower_ not in ("on", "by"))
        ]
        heads += _object_particles(self.kids(token), self.kids)
        if word == "near":
            heads += [
                c for h in heads for c in self.kids(h) if c.lower_ in _NEAR and c.dep_ != "prep"
            ]
        found = [
            child
            for head in heads
            for child in self.kids(head)
            if child.dep_ in ("prep", "agent", "dative", "prt")
            and (
                child.lower_ == word
                or (word == "to" and child.lower_ in _TOWARD)
                or (word == "near" and child.lower_ == "to" and head.lower_ in _NEAR)
            )
        ]
        if not found and word == "between":
            found = self._between_of(token)
        if word == "with" and found:
            # 'held talks with X in A and with Y in B': the second with-phrase is hung as a
            # conjunct on a preposition inside the first
            found += [
                d
                for p in found
                for d in p.subtree
                if d.dep_ == "conj" and d.lower_ == word and d.i > p.i and d.head.dep_ == "prep"
            ]
        return found

    def _between_on_verb(self, token) -> bool:
        """'Clashes erupted in X between A and B': the parser hangs 'between' on the verb
        the event noun is the subject of; not on an event noun the tagger read as a verb
        ('Ceasefire talks between A and B resume': the pair holds the talks)."""
        head = token.head
        if token.dep_ != "nsubj" or head.lemma_.lower() in self.lex.nouns:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "between" for c in self.kids(head))

    def _between_of(self, token) -> list:
        """'the latest round of talks between X and Y', 'an edition of drills between X and
        Y': the parser hangs 'between' on the noun the act is an of-phrase of."""
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "of":
            return []
        outer = token.head.head
        if outer.pos_ != "NOUN":
            return []
        return [
            c
            for c in self.kids(outer)
            if c.dep_ == "prep" and c.lower_ == "between" and c.i > token.i
        ]

    # ---- what a pattern asks of its trigger ----------------------------------------------

    def _candidates(self, token, table) -> tuple[Pattern, ...]:
        """Patterns for the token's lemma, else for the lexicon lemmas its word form inflects."""
        return self._patterns(token.lemma_.lower(), token.lower_, table)

    def _patterns(self, lemma: str, lower: str, table) -> tuple[Pattern, ...]:
        found = table.get(lemma, ()) or table.get(lower, ())
        if found:
            return found
        return tuple(p for form in self.lex.form_lemmas.get(lower, ()) for p in table.get(form, ()))

    def _fits(self, token, pattern: Pattern) -> bool:
        if pattern.words and not self._cooccur(token.doc, pattern.words):
            return False  # a word the pattern needs is nowhere in the sentence
        if pattern.prt and not self._has_particle(token, pattern.prt):
            return False
        # "call X a Y", "call X baseless" (an object and its predicate) is a judgement, not the
        # bare verb's act; a row that asks for an object is kept only when the predicate is what
        # it asks for ('called X a liar' for an insult row, not for the phone-call row)
        if any(
            c.dep_ == "oprd"
            and c.pos_ in ("NOUN", "PROPN", "ADJ")
            # 'beat him unconscious': what force left the victim in, not a judgement
            and not (c.pos_ == "ADJ" and pattern.code[:2] in _FORCE)
            and not (pattern.obj and self._obj_matches(c, pattern.obj))
            for c in self.kids(token)
        ):
            return False
        if pattern.joint and reaction_passive(token):
            return False
        if (
            pattern.oprep
            and not self._prep(token, pattern.oprep)
            and not self._passive_oprep(token, pattern)
            and not (not pattern.obj and self._marked_clause(token, pattern.oprep))
        ):
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
        if any(not self._needs(token, (want,)) for want in pattern.need_all):
            return False
        return not pattern.pair or self._paired(token)

    def _cooccur(self, doc, needs: tuple[frozenset[str], ...]) -> bool:
        words = self._words if doc is self.actors.doc else None
        if words is None:
            words = frozenset(t.lower_ for t in doc)
            if doc is self.actors.doc:
                self._words = words
        return present(needs, words)

    def _marked_clause(self, token, word: str) -> bool:
        """'called for X to end the fighting': the parser makes the preposition the mark of
        an infinitive clause whose subject is what is asked of."""
        return any(
            c.dep_ in ("advcl", "ccomp", "xcomp")
            and any(m.dep_ == "mark" and m.lower_ == word for m in self.kids(c))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in self.kids(c))
            for c in self.kids(token)
        )

    def _passive_oprep(self, token, pattern: Pattern) -> bool:
        """'a truce was agreed', 'a deal was agreed on': in the passive, the noun a pattern
        wants after its preposition ('agreed to a truce') is the subject. A row aimed at its
        direct object has that object as passive subject ('the detention of X was condemned'
        is no 'condemned to detention'), unless the preposition's noun is the thing given,
        which may be the object too ('supplied X with arms', 'arms were supplied by Y')."""
        aimed = any(t.rstrip("*") == "dobj" for t in pattern.target)
        if not pattern.obj or aimed and pattern.oprep != "with":
            return False
        return any(
            c.dep_ == "nsubjpass" and self._obj_matches(c, pattern.obj) for c in self.kids(token)
        )

    def _subject_nouns(self, token) -> list:
        """The subject and what it carries: 'planes carrying tents landed' -> planes, tents.
        A complement with no subject of its own takes its verb's ('gas began flowing')."""
        subjects = [c for c in self.kids(token) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "xcomp":
            subjects = [c for c in self.kids(token.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "acl" and token.tag_ == "VBG":
            subjects = [token.head]  # 'sanctions targeting X': the noun does the participle
        subjects += [c for s in subjects for c in self.kids(s) if c.dep_ == "conj"]
        subjects += [q for s in subjects for q in self._quantified(s)]  # 'dozens of trucks'
        carried = [  # 'planes carrying tents', 'aircraft loaded with tents'
            o
            for s in subjects
            for a in self.kids(s)
            if a.dep_ == "acl" and a.i != token.i
            for o in [
                *self.kids(a),
                *(g for p in self.kids(a) if p.dep_ == "prep" for g in self.kids(p)),
            ]
            if o.dep_ in ("dobj", "pobj")
        ]
        return subjects + carried + [c for o in carried for c in self.kids(o) if c.dep_ == "conj"]

    def _has_particle(self, token, particle: str) -> bool:
        """The verb carries ``particle``. The parser often tags a particle that doubles as a
        preposition ('called on X') as one, so such a word after the verb counts too, unless
        it heads a date."""
        kids = self.kids(token)
        if any(
            c.lower_ == particle
            and (
                c.dep_ == "prt"
                or particle in _PRT_AS_PREP
                and c.i > token.i
                and not dated(c)
                and not self._after_object(kids, c)
            )
            for c in kids
        ):
            return True
        # 'sent the migrants back home': the parser hangs the particle on the adverb after it
        if particle in _PRT_AS_PREP and any(
            g.lower_ == particle and g.dep_ in ("advmod", "prt") and g.i == c.i - 1
            for c in self.kids(token)
            if c.dep_ == "advmod" and c.i > token.i
            for g in self.kids(c)
        ):
            return True
        return particle in _PRT_AS_PREP and any(
            g.lower_ == particle for g in _object_particles(self.kids(token), self.kids)
        )

    def _after_object(self, kids: tuple, prep) -> bool:
        """A preposition with an object of its own after the verb's direct object ('took a
        swipe at X over its policy', 'charged X with Y over Z'): an adjunct, not a particle
        ('took over the town', 'called the strike off' keep theirs)."""
        return (
            prep.dep_ == "prep"
            and any(o.dep_ == "dobj" and o.i < prep.i for o in kids)
            and any(g.dep_ in ("pobj", "pcomp") for g in self.kids(prep))
        )

    def _prep(self, token, word: str):
        found = self.preps(token, word)
        return found[0] if found else None

    def _quantified(self, noun) -> list:
        """What a quantity noun counts: 'hundreds of prisoners' -> prisoners."""
        if not self.lex.in_class(noun.lemma_, "quantity") and not self.lex.in_class(
            noun.lower_, "quantity"
        ):
            return []
        return [
            o
            for p in self.kids(noun)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in self.kids(p)
            if o.dep_ == "pobj"
        ]

    def _obj_matches(self, obj, wanted: tuple[str, ...]) -> bool:
        """``obj`` is one of the pattern's ``wanted`` nouns: a word, '@class' of the lexicon,
        'modifier noun' or 'noun of noun'."""
        words = {obj.lemma_.lower(), obj.lower_}
        joined = hyphenated(obj)
        if joined:  # 'their pull-out', 'a sit-in': the tokenizer splits the word at its hyphens
            words.add(joined)
            if joined.endswith(obj.lower_):  # 'the sit-ins' -> 'sit-in'
                words.add(joined[: len(joined) - len(obj.lower_)] + obj.lemma_.lower())
        if obj.pos_ == "PROPN" and obj.lower_.endswith("s"):  # 'Muslims' keeps its plural lemma
            words.add(obj.lower_[:-1])
        mods = {c.lemma_.lower() for c in self.kids(obj) if c.dep_ in ("compound", "amod", "nmod")}
        # 'handed back X, an Indian fighter pilot': an apposition tells who a named person is
        renamed = {c.lemma_.lower() for c in self.kids(obj) if c.dep_ == "appos"}
        renamed = renamed if obj.pos_ == "PROPN" else set()
        # 'took over the presidency of X', 'the helm of Y': an office is held, not a person or a
        # place, whatever the actor it names ('presidency' reads as the government)
        office = bool(words & self.lex.classes.get("office", frozenset()))
        for want in wanted:
            if want.startswith("@"):
                name = want[1:]
                if office and name != "office":
                    continue
                if name == "person" and any(self.lex.in_class(w, name) for w in renamed):
                    return True
                if any(self.lex.in_class(w, name) for w in words | mods):
                    return True
                if name == "person" and (self.actors.at(obj) or obj.lower_ in _PERSON_PRONOUNS):
                    return True  # 'greeted him at the airport'
                if name == "state" and obj.pos_ == "PROPN" and _named_state(self.actors.at(obj)):
                    return True  # 'the last troops leave Afghanistan': a country by name
                if (
                    name == "person"
                    and obj.pos_ == "PROPN"
                    and any(c.dep_ == "compound" and self.actors.at(c) for c in obj.lefts)
                ):
                    return True  # 'Pope Francis was welcomed': the title names the actor
            elif " of " in want:  # 'message of condolence': the object and its of-phrase
                head, tail = want.split(" of ", 1)
                if head in words and any(
                    tail in (o.lemma_.lower(), o.lower_)
                    for p in self.kids(obj)
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in self.kids(p)
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
        """A word (or '@class' member) the pattern needs is under the trigger or is its head."""
        words = {t.lemma_.lower() for t in token.subtree} | {
            token.head.lemma_.lower(),
            token.head.lower_,
        }
        if any(n in words for n in needs):
            return True
        if any(
            n.startswith("@") and any(self.lex.in_class(w, n[1:]) for w in words) for n in needs
        ):
            return True
        # 'high-speed runs', 'baby formula': a need of two words or of a hyphenated word
        long = [n for n in needs if not n.startswith("@") and (" " in n or "-" in n)]
        return bool(long) and _spelled(token, long)

    def _paired(self, token) -> bool:
        """A joint act needs two sides: coordinated or plural subjects, 'with X', 'joint'."""
        subjects = [c for c in self.kids(token) if c.dep_ in ("nsubj", "nsubjpass")]
        node = token
        while (
            not subjects and node.dep_ == "xcomp" and node.pos_ == "VERB" and node.head.i != node.i
        ):
            # 'A and B agreed to hold drills': a complement with no subject of its own is done
            # by the subjects of the verb above
            node = node.head
            subjects = [c for c in self.kids(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if token.pos_ == "NOUN":
            subjects = [token.head] if token.dep_ == "dobj" else []
            if any(c.lower_ in ("between", "with") for c in self.kids(token)):
                return True
            if self._between_of(token):  # 'a round of talks between X and Y'
                return True
            if self._between_on_verb(token):  # 'clashes erupted in X between A and B'
                return True
        if any(c.dep_ == "conj" for s in subjects for c in self.kids(s)):
            return True
        if any(len(a) > 1 for s in subjects for a in [self.actors.phrase(s)]):
            return True
        if self._prep(token, "with") is not None:
            return True
        objs = self.objects(token) + ([token] if token.pos_ == "NOUN" else [])
        return any(
            c.lower_ in ("joint", "bilateral", "combined") for o in objs for c in self.kids(o)
        )


def _means(noun) -> bool:
    """A channel of contact ('over a video link', 'via telephone'), not a reason or a topic."""
    words = {noun.lemma_.lower()} | {
        c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
    }
    return bool(words & _MEANS_NOUNS)


def object_after_predicate(verb) -> list:
    """'rejected as groundless a report that ...', 'dismissed as baseless the findings of X',
    'rejected as politically motivated a report by Y': an object set after its predicate ('as
    groundless'), which the parser hangs on 'as' or on the adjective."""
    if verb.pos_ != "VERB":
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            nouns = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            # 'as baseless the findings': the adjective is a sibling before the noun
            preds = [
                c.i
                for c in child.children
                if c.dep_ in ("pcomp", "amod", "acomp", "advcl") and c.pos_ == "ADJ"
            ]
            for noun in nouns:
                kids = list(noun.children)
                dets = [c.i for c in kids if c.dep_ == "det" and c.lower_ in ("a", "an", "the")]
                adjs = [c.i for c in kids if c.dep_ == "amod" and c.pos_ == "ADJ"]
                if dets and adjs and min(adjs) < min(dets):  # 'as groundless a report'
                    found.append(noun)
                elif preds and min(preds) < noun.left_edge.i:
                    found.append(noun)
        elif child.dep_ in ("advcl", "acomp", "oprd") and child.pos_ == "ADJ":
            # 'as baseless a report', 'as politically motivated a report': 'as' on the
            # adjective, or on the verb just before the adjective's phrase
            before = child.left_edge.i - 1
            if not (
                any(c.lower_ == "as" for c in child.children)
                or before > verb.i
                and verb.doc[before].lower_ == "as"
                and verb.doc[before].head.i == verb.i
            ):
                continue
            found += [o for o in child.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    return found


def _free_relative(token) -> list:
    """'struck what the army said were X's positions', 'hit what officials described as Y's
    depots': the object is a free relative clause; the thing it names is what was hit."""
    out = []
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i < token.i or clause.left_edge.lower_ != "what":
            continue
        for node in clause.subtree:
            if node.dep_ in ("attr", "oprd") and node.pos_ in ("NOUN", "PROPN"):
                out.append(node)
            elif (
                node.dep_ == "pobj" and node.head.lower_ == "as" and node.pos_ in ("NOUN", "PROPN")
            ):
                out.append(node)
    return out[:1]


def hyphenated(token) -> str:
    """The lower-case hyphenated word ``token`` is a part of ('pull-out' for 'pull' or 'out'),
    which the tokenizer split at its hyphens; '' when it is no part of one."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_:
            break
        end += 2
    if start == end:
        return ""
    return doc[start : end + 1].text.lower()


def _spelled(token, phrases: list[str]) -> bool:
    """One of ``phrases`` (words joined by spaces or hyphens) is spelled out under ``token``
    or by its head."""
    nodes = sorted({*token.subtree, token.head}, key=lambda t: t.i)
    text = " " + " ".join(t.lower_ for t in nodes).replace(" - ", "-") + " "
    return any(f" {phrase} " in text for phrase in phrases)


def _object_particles(kids: tuple, kids_of) -> list:
    """'sent the migrants back to X', 'handed the town over to Y': the particle after the
    direct object, which the parser hangs on the object as an adverb."""
    return [
        g
        for o in kids
        if o.dep_ == "dobj"
        for g in kids_of(o)
        if g.dep_ in ("advmod", "prt") and g.lower_ in _PRT_AS_PREP and g.i > o.i
    ]


def _object_gap(token, kids_of) -> bool:
    """'an allegation the Kremlin dismissed as baseless', 'the offer X refused': a relative
    clause with a subject of its own and no object leaves its object on the noun it tells of."""
    if token.dep_ != "relcl" or token.pos_ != "VERB" or token.head.pos_ != "NOUN":
        return False
    kids = kids_of(token)
    return any(c.dep_ == "nsubj" for c in kids) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids
    )


def _answerable(noun, lex) -> bool:
    """A charge, or a proposal, plan, demand or ruling: what a relative clause may answer."""
    lemma = noun.lemma_.lower()
    return lex.in_class(lemma, "accusation") or lex.in_class(lemma, "summary")


def _named_state(args) -> bool:
    """The object names a country itself (a bare three-letter code, not a city, group or
    body): the '@state' object class of a row."""
    return bool(args) and all(len(a.code) == 3 and not a.place for a in args)


def _harms(code: str) -> bool:
    """Arrest (173), assault (18) or force on people (19 but siege, occupation): done to a
    person, not to a place ('towns captured by X') or a made thing ('strikes launched by X')."""
    return code[:3] == "173" or code[:2] in ("18", "19") and code[:3] not in ("191", "192")


def _harmed_noun(token, kids) -> bool:
    """'two villagers injured by shelling', 'officers shot dead by gunmen': a participle of
    harm with its doer ('by X') on a noun is a passive verb whose subject is that noun."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
        and any(c.dep_ == "agent" and _doer_named(c) for c in kids(token))
        and not _long_dated(token)
    )


_PEOPLE = frozenset({"rebel", "troop", "police", "force", "army", "militia", "gang", "guard"})
_YEAR = re.compile(r"(19|20)\d\d")


def _doer_named(by) -> bool:
    """'wounded by Israeli fire', 'by gunmen': the by-phrase names who did it ('by a bomb
    blast in X' names only a thing and a place, which is no doer)."""
    for noun in by.children:
        if noun.dep_ != "pobj":
            continue
        if agent_noun(noun) or noun.lemma_.lower() in _PEOPLE:
            return True
        places = {t.i for p in noun.children if p.dep_ == "prep" for t in p.subtree}
        if any(
            t.i not in places and (t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper())
            for t in noun.subtree
        ):
            return True
    return False


def _long_dated(token) -> bool:
    """'hostages kidnapped by X during the May 3 attack', 'abducted by Y in 2019': a harm
    dated by month or year is an earlier deed that tells who the people are."""
    return any(
        t.tag_ == "NNP" and t.lower_ in MONTH_NAMES or t.tag_ == "CD" and _YEAR.fullmatch(t.text)
        for t in token.subtree
    )
