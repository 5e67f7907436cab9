"""Parse-tree predicates the rule engine shares: passives, time adverbials, clause boundaries.

Pure functions over spaCy tokens; they know nothing of the lexicon or of actors.
"""

from __future__ import annotations

import re

from detente.coding.dates import MONTH_NAMES, WEEKDAYS

LIGHT_PREPS = frozenset({"during", "in", "at", "of", "for", "after", "amid", "on"})
_PHASES = frozenset(
    {"start", "beginning", "end", "course", "outset", "close", "sidelines", "eve", "day"}
)
_SUBJECTS = ("nsubj", "nsubjpass")


def word_below(node, words: frozenset[str], deps: frozenset[str] | None = None) -> bool:
    """Whether a token under ``node`` (not ``node`` itself) has its lower-case form in
    ``words``; with ``deps``, only under a child of ``node`` whose dependency is one of them.
    The same as walking the children's subtrees, but from the few tokens that hold such a
    word (most sentences hold none), found once per doc and word set."""
    doc = node.doc
    for i in _positions(doc, words):
        token = doc[i]
        while token.head.i != token.i:
            if token.head.i == node.i:
                if deps is None or token.dep_ in deps:
                    return True
                break
            token = token.head
    return False


def _positions(doc, words: frozenset[str]) -> list[int]:
    key = ("detente.positions", id(words))
    found = doc.user_data.get(key)
    if found is None or found[0] is not words:
        ids = _word_ids(words)
        found = doc.user_data[key] = (
            words,
            [i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in ids],
        )
    return found[1]


_WORD_IDS: dict[int, tuple[frozenset[str], frozenset[int]]] = {}


def _word_ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``words`` (what a doc's LOWER array holds)."""
    held = _WORD_IDS.get(id(words))
    if held is None or held[0] is not words:
        from spacy.strings import get_string_id

        held = _WORD_IDS[id(words)] = (words, frozenset(get_string_id(w) for w in words))
    return held[1]


def passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def own_subject(verb) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def dated(prep) -> bool:
    """A preposition whose object is a day, month or number ("on Thursday", "by March", "on
    March 3"): a time adverbial, never the particle of a phrasal verb ("called on Thursday" is
    not "called on")."""
    return any(
        o.dep_ == "pobj"
        and (o.lower_ in WEEKDAYS or o.tag_ == "NNP" and o.lower_ in MONTH_NAMES or o.like_num)
        for o in prep.children
    )


def shared_subject(verb) -> list:
    """'X arrived and was received by Y': a passive conjunct's subject is its head's."""
    if verb.dep_ != "conj" or own_subject(verb):
        return []
    return [c for c in verb.head.children if c.dep_ in _SUBJECTS]


def reaction_passive(verb) -> bool:
    """'would be met with fire and fury', 'was met with protests': a reaction, not a meeting."""
    children = list(verb.children)
    return (
        passive(verb)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def infinitive(clause) -> bool:
    """A 'to'-infinitive clause ('to expel X')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def participle(verb) -> bool:
    """A participle set off by a comma ('rejected X, calling Y ...'): a free adjunct."""
    start = verb.left_edge.i
    return (
        verb.tag_ in ("VBG", "VBN")
        and start > 0
        and verb.doc[start - 1].text == ","
        and not any(c.dep_ in ("aux", "mark") for c in verb.children)
    )


def where_host(verb):
    """For a closing participle hung on a clause of place or time ('shelled a town where
    people had gathered [to pray], killing ten'), the verb of the main clause that clause
    qualifies, whose act the participle's toll is; else None."""
    clause = verb.head
    if clause.dep_ in ("xcomp", "advcl") and infinitive(clause) and clause.head.i != clause.i:
        clause = clause.head  # 'where people had gathered to pray, killing ...'
    if clause.dep_ not in ("relcl", "advcl") or not any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < clause.i
        for c in clause.children
    ):
        return None
    node = clause.head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def penalty(verb) -> bool:
    """'... or face/risk X': the branch names what follows a refusal."""
    return verb.lemma_.lower() in ("face", "risk", "suffer") and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children
    )


def anchor(noun):
    """The verb whose clause a nominal event sits in as an adjunct ('met X during talks',
    'was welcomed at the start of a visit'), climbing over phase nouns ('the start of') and
    over an infinitive the parser hung it on ('efforts to reform X during talks')."""
    node = noun
    while node.dep_ == "pobj" and node.head.head.lower_ in _PHASES:
        node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ not in LIGHT_PREPS:
        return None
    if node.head.lower_ == "after" and _dated_after(node):
        return None  # 'a day after Sunday's summit': an earlier event, its own background
    verb = node.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "ccomp" and any(
        c.dep_ == "mark" and node.head.i < c.i for c in verb.children
    ):  # 'said, on the first day of a visit, that it would ...': the saying's setting
        verb = verb.head
    while (
        node.head.lower_ == "during"
        and verb.dep_ in ("acl", "xcomp")
        and not own_subject(verb)
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head.head if verb.dep_ == "acl" else verb.head
    return verb


_YEARS = re.compile(r"(19|20)\d\d(s)?")


#: adjectives that place an event noun before the clause it is set in ('after the recent
#: abductions', 'following earlier clashes')
_EARLIER = frozenset({"recent", "earlier", "previous", "past"})


def _dated_after(noun) -> bool:
    """'two days after the summit', 'after last week's summit', 'after the 2020 clashes', 'after
    the recent abductions': a distance back in time, a past date or an earlier-event adjective
    on the noun places it before the clause's act
    ('said after Tuesday's talks' leaves the talks news of the day)."""
    if any(c.dep_ == "npadvmod" for c in noun.head.children):
        return True
    return any(
        c.i < noun.i
        and (
            (c.dep_ in ("nummod", "compound", "amod") and _YEARS.fullmatch(c.text))
            or (c.dep_ == "poss" and any(t.lower_ in ("last", "previous") for t in c.subtree))
            or (c.dep_ == "amod" and c.lower_ in _EARLIER)
        )
        for c in noun.children
    )


def antecedent(clause):
    """The noun a relative clause tells of. The parser hangs a clause on the nearest noun, but
    a restrictive clause ('which' or 'that' with no comma before it) does not tell of a proper
    name: one that lands on a name at the end of a chain of prepositions ('submitted a draft
    resolution to the General Conference of the IAEA which calls on X', 'a resolution
    submitted by X and backed by Y which asked Z') tells of the object of the verb the chain
    hangs from, or of the noun a participle in it modifies, else of the first common noun
    in the chain."""
    head = clause.head
    start = clause.left_edge
    if (
        clause.dep_ != "relcl"
        or head.pos_ != "PROPN"
        or start.lower_ not in ("which", "that")
        or start.i == 0
        or start.nbor(-1).text in (",", ";", "(", "-", "--")
    ):
        return head
    node, first = head, None
    for _step in range(8):
        while node.dep_ in ("compound", "flat") and node.head.pos_ == "PROPN":
            node = node.head  # 'Atomic' in 'the International Atomic Energy Agency'
        if node.dep_ not in ("pobj", "conj") or node.head.i == node.i:
            break
        if node.dep_ == "pobj" and node.head.dep_ not in ("prep", "agent"):
            break
        up = node.head if node.dep_ == "conj" else node.head.head
        if up.pos_ == "VERB":
            while up.dep_ == "conj" and up.head.pos_ == "VERB":
                up = up.head
            if up.dep_ == "acl" and up.head.pos_ == "NOUN":
                return up.head
            objects = [c for c in up.children if c.dep_ == "dobj" and c.i < head.i]
            if objects and objects[0].pos_ == "NOUN":
                return objects[0]
            break
        if up.pos_ == "NOUN" and first is None:
            first = up  # 'the annual assembly of X': the clause may still tell of what it got
        elif up.pos_ not in ("NOUN", "PROPN"):
            break
        node = up
    return first if first is not None else head


# ---- tokens an act consumes, so that no second event is coded from them -----------------


def clause_tokens(node) -> list[int]:
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


def reasons(verb) -> set[int]:
    """The gerund clause giving the reason for an act ('condemned X for annexing Y',
    'sanctioned X over its seizure of Y'): the charge behind the act, not a second event."""
    return {
        i
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
        for i in clause_tokens(g)
    }


def object_clauses(verb) -> set[int]:
    """Tokens inside the objects of an act about another act ('claimed responsibility for an
    attack that killed X'): the act in the object is told of, not reported (gold rule 4)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep") and not dated(c)]
    inside = {t.i for o in objects for t in o.subtree}
    # ', drawing criticism from Z' hung by the parser on a relative clause in the object:
    # the reaction to the act itself, an event of its own
    reactions = {
        t.i for o in objects for r in o.subtree if reaction_participle(r) for t in r.subtree
    }
    return inside - reactions


# participles telling how others reacted to a clause's act: 'X vetoed Y, drawing criticism
# from Z', '..., prompting Z to recall its envoy'
_REACTION_PARTICIPLES = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "earn"})


def reaction_participle(verb) -> bool:
    """A closing '-ing' participle after a comma that tells a reaction to the clause's act."""
    start = verb.left_edge.i
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _REACTION_PARTICIPLES
        and start > 0
        and verb.doc[start - 1].text == ","
    )


def main_verb(verb):
    """The verb of the clause a relative clause's noun sits in ('vetoed a resolution that
    demanded X': 'vetoed'), else ``verb`` itself."""
    node = verb
    while node.dep_ in ("relcl", "acl") or node.pos_ not in ("VERB", "AUX"):
        if node.head.i == node.i:
            return verb
        node = node.head
    return node


# the clause-head relations a verb the tagger read as a noun or adjective may hold
_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl"})


def verb_in_disguise(token, verb_lemmas) -> str | None:
    """The lexicon verb lemma of a word the tagger read as a noun or adjective in a verb's
    place ('Gunmen storm the oil field', 'police arrest the editor', 'X armed Y with
    drones', 'young men open fire'), else None. The parse itself betrays the verb: the word
    heads a clause, takes a direct object, and has a subject before it (or is the conjunct
    of a verb that does). ``verb_lemmas(word)`` gives the verb lemmas a form may have."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.dep_ not in _CLAUSE_HEADS:
        return None
    kids = list(token.children)
    if token.dep_ in ("ccomp", "advcl") and not any(c.dep_ == "mark" for c in kids):
        return (
            None  # only a finite clause ('demanded that X hand over power'), not 'help X battle Y'
        )

    if not any(c.dep_ == "dobj" and c.i > token.i for c in kids):
        return None
    first = _compound_subject(token) if token.dep_ == "ROOT" else None
    if any(
        c.dep_ in ("det", "poss", "case", "nummod") and (first is None or c.i > first.i)
        for c in kids
    ):
        return None  # a noun phrase: 'the attack', 'Russia's seizure' ('The X Army raid Y' is not)
    subject = any(c.dep_ == "nsubj" and c.i < token.i for c in kids)
    if not subject and token.dep_ == "ROOT":
        subject = first is not None
    if not subject and not (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")):
        return None
    lemmas = verb_lemmas(token)
    return lemmas[0] if lemmas else None


def _compound_subject(token):
    """'Islamic State kidnaps X', 'police arrest X': the subject the parser made the first
    half of a compound with the verb (the compound right before it)."""
    before = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return before[-1] if before and before[-1].i == token.i - 1 else None


def retag_verb(token, lemma: str) -> None:
    """Mark ``token`` a verb with ``lemma`` (a finite tense read off its form); a subject
    parsed as the first half of a compound with it becomes its subject."""
    subject = _compound_subject(token) if token.dep_ == "ROOT" else None
    if subject is not None:
        subject.dep_ = "nsubj"
        for c in list(token.children):  # 'The Nigerian Army raid X': the subject's article
            if c.i < subject.i and c.dep_ in ("det", "amod", "compound", "poss"):
                c.head = subject
    low = token.lower_
    if low.endswith("s") and not low.endswith("ss"):
        tag = "VBZ"
    elif low != lemma and low.endswith(("ed", "t", "n")):
        tag = "VBD"
    else:
        tag = "VBP"
    token.pos_, token.tag_, token.lemma_ = "VERB", tag, lemma


# the modifiers that make a word a noun phrase's head, not a verb's
_NOUN_MARKS = frozenset({"det", "poss", "case", "nummod", "amod"})


def _aims(rows, lemma: str) -> set[str]:
    """The prepositions a verb's object-free rows aim with ('fire at', 'fire on'), a row that
    needs a preposition only the one it aims with ('advance on')."""
    return {
        t.rstrip("*")
        for p in rows.get(lemma, ())
        if not p.obj and not p.need and not p.subj
        for t in p.target
        if t.rstrip("*").isalpha()
        and t.rstrip("*") not in ("dobj", "obj", "xcomp", "csubj")
        and p.oprep in (None, t.rstrip("*"))
    }


def _objects(rows, lemma: str) -> set[str]:
    """The object words a verb's rows name ('fire' a 'gas', 'rockets')."""
    return {w for p in rows.get(lemma, ()) if not p.oprep for w in p.obj}


def headline_verb(token, verb_lemmas, rows, actor) -> str | None:
    """A lexicon verb the parser read as a noun in a headline's verb place where
    :func:`verb_in_disguise` sees no object: 'Gunmen fire at a bus', 'Pakistani troops fire
    on Indian posts' (the word heads the sentence with a subject before it and a preposition
    one of the verb's rows aims with), or 'Police fire tear gas at X', 'Navy ships fire
    missiles at Y', 'Syrian jets bombard rebel positions' (the word is a compound before a
    head that is an object one of the verb's rows names, or any object when a row takes
    any, and an actor is the compound before the word). The second shape is
    re-hung here: the object noun becomes the verb's object, the actor its subject, and
    the object's trailing prepositions the verb's. ``rows``: the lexicon's verb rows;
    ``actor(token)``: whether a token names an actor."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    kids = list(token.children)
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.dep_ == "compound":
        return _compound_verb(token, before, verb_lemmas, rows, actor)
    if any(c.dep_ in _NOUN_MARKS for c in kids):
        return None
    if token.dep_ not in ("ROOT", "conj") or any(c.dep_ == "dobj" for c in kids):
        return None
    if token.dep_ == "conj" and token.head.pos_ != "VERB":
        return None
    subject = any(c.dep_ == "nsubj" and c.i < token.i for c in kids)
    if not subject and token.dep_ == "ROOT":
        first = _compound_subject(token)
        subject = first is not None and bool(actor(first))
    if not subject and token.dep_ != "conj":
        return None
    preps = {c.lower_ for c in kids if c.dep_ == "prep" and c.i > token.i}
    for lemma in verb_lemmas(token):
        if preps & _aims(rows, lemma):
            return lemma
    return None


def _compound_verb(token, before, verb_lemmas, rows, actor) -> str | None:
    """'Police fire tear gas at X': see :func:`headline_verb`; re-hangs the parse."""
    head = token.head
    if head.pos_ != "NOUN" or head.dep_ not in ("ROOT", "conj") or head.i <= token.i:
        return None
    if head.dep_ == "conj" and head.head.pos_ != "VERB":
        return None
    between = token.doc[token.i + 1 : head.i]
    if any(t.dep_ not in ("compound", "amod") or t.head.i != head.i for t in between):
        return None
    if before is None or before.dep_ != "compound" or before.head.i not in (token.i, head.i):
        return None  # 'Syrian jets bombard rebel positions' hangs 'jets' on 'positions' too
    if any(c.dep_ in _NOUN_MARKS and c.i > before.i for c in token.children):
        return None
    if before.pos_ not in ("NOUN", "PROPN") or not actor(before):
        return None
    if any(c.dep_ == "det" and c.i > token.i for c in head.children):
        return None
    has_object = any(c.dep_ == "dobj" for c in head.children)  # 'A rocket strikes X'
    lemma = next(
        (
            w
            for w in verb_lemmas(token)
            if _names_object(head, _objects(rows, w)) or (_any_object(rows, w) and not has_object)
        ),
        None,
    )
    if lemma is None:
        return None
    front = [c for c in head.children if c.i < before.i]
    front += [c for c in token.children if c.i < before.i]
    back = [c for c in head.children if c.i > head.i and c.dep_ in ("prep", "punct", "cc", "conj")]
    dep = head.dep_
    token.head = token if dep == "ROOT" else head.head
    token.dep_ = dep
    head.head = token
    head.dep_ = "dobj"
    before.dep_, before.head = "nsubj", token
    for c in front:
        c.head = before
    for c in back:
        c.head = token
    return lemma


def _any_object(rows, lemma: str) -> bool:
    """A row of the verb takes any object: 'Israeli planes bomb targets', 'jets shell X'."""
    return any(
        not (p.obj or p.subj or p.need or p.prt or p.oprep) and "dobj" in p.target
        for p in rows.get(lemma, ())
    )


def _names_object(noun, objects: set[str]) -> bool:
    """The noun is one of a row's object words, or a closed compound ending in one
    ('teargas', 'airstrikes' for 'gas', 'strikes')."""
    low = noun.lower_
    if low in objects or noun.lemma_.lower() in objects:
        return True
    return any(len(w) >= 3 and " " not in w and low.endswith(w) for w in objects)


def named_as(noun, words: frozenset[str]) -> bool:
    """Whether ``noun`` (with its compounds: 'heat wave', 'Hurricane Katrina') is one of
    ``words``."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    names = {noun.lemma_.lower(), noun.lower_}
    names |= {n[: -len(end)] for n in set(names) for end in ("s", "es") if n.endswith(end)}
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if compounds:
        names.add(" ".join([*(c.lower_ for c in compounds), noun.lemma_.lower()]))
        names.add(f"{compounds[-1].lower_} {noun.lemma_.lower()}")  # 'a methane gas explosion'
        if noun.pos_ == "PROPN":  # 'Typhoon Haiyan', 'Cyclone Idai': the kind before a name
            names.add(compounds[0].lower_)
    return not names.isdisjoint(words)
