"""After the engine: tense mapping, precedence upgrades and duplicate removal."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import NamedTuple

from detente.coding.act import prefix_lookup
from detente.coding.engine import Draft
from detente.coding.lexicon import Lexicon
from detente.coding.ontology import code_info

_COOPERATIVE = frozenset({"04", "05", "06", "07", "08"})
_CONFLICT = frozenset({"15", "16", "17", "18", "19", "20"})
# 'any conflictual behavior forecasted using future tense' is a threat (CAMEO 130): verbal
# conflict too ('will veto', 'will protest'); a future threat stays the threat
_FUTURE_THREAT = _CONFLICT | {"10", "11", "12", "14"}
# the codes the gold rules single out as taking precedence over the weapon or manner of an
# attack: targeted killing, suicide attack, chemical weapons, ceasefire breach, ethnic cleansing
_PRECEDENCE = frozenset({"186", "1831", "2041", "196", "203"})
# one verbal act of these roots, told by one word, is one event for a pair however many
# things it names: 'accused X of torching villages and executing civilians' is one accusation
_ONE_PER_WORD = frozenset({"10", "11"})
_BREACHING = frozenset({"violate", "breach", "break"})
_COUNT_WORDS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2000000}


def tense(draft: Draft, lex: Lexicon) -> Draft:
    """Future cooperative acts become intents (03x), future conflictual ones threats (13x).
    A planned cooperative act ('A and B plan to meet') is an intent (036); any other planned
    act is not yet one ('plans to impose tariffs' is no threat made)."""
    root = draft.code[:2]
    if draft.modality.planned and not draft.modality.negated:
        if root not in _COOPERATIVE:
            return replace(draft, modality=replace(draft.modality, hypothetical=True))
        draft = replace(draft, modality=replace(draft.modality, future=True))
    if not draft.modality.future or draft.modality.negated:
        return draft
    frames = lex.frames
    if root in _COOPERATIVE:
        category = prefix_lookup(frames["categories"], draft.code)
        code = frames["frames"]["intent"]["codes"].get(category or "", "030")
        return replace(draft, code=code)
    if root in _FUTURE_THREAT:
        return replace(
            draft, code=prefix_lookup(frames["code_maps"]["threat"], draft.code) or "130"
        )
    return draft


def refusal(draft: Draft, lex: Lexicon) -> Draft:
    """Not permitting is an act of its own: 'did not allow inspectors in' refuses (12x)."""
    if not draft.modality.negated or draft.modality.hypothetical:
        return draft
    lemma = draft.trigger.lemma_.lower()
    if draft.code[:2] == "12" and lemma in lex.cues["refusing_when_negated"]:
        # 'will not accept X's plan': already coded as the refusal it is
        return replace(draft, modality=replace(draft.modality, negated=False))
    if lemma not in lex.cues["permission_verbs"]:
        return draft
    frames = lex.frames
    category = prefix_lookup(frames["categories"], draft.code) or ""
    code = frames["frames"]["reject"]["codes"].get(category, "120")
    return replace(draft, code=code, modality=replace(draft.modality, negated=False))


def upgrade(draft: Draft, lex: Lexicon) -> Draft:
    """Apply the first matching precedence rule (chemical weapons, suicide bombing...)."""
    words = subject = None  # read off the parse only once a rule fits the code
    for rule in lex.upgrades:
        if "roots" in rule and draft.code[:2] not in rule["roots"]:
            continue
        if "codes" in rule and draft.code not in rule["codes"]:
            continue
        if words is None:
            words = _clause_words(draft.trigger, lex.cues["reporting_verbs"])
        if "any" in rule and not any(_has(words, w) for w in rule["any"]):
            continue
        # a word that rules the row out: 'clashes between police and tribesmen' are fighting
        # between armed men, whatever sector the tribesmen are coded with
        if "none" in rule and any(_has(words, w) for w in rule["none"]):
            continue
        # every group names a word of the clause: 'fire ... in violation of a ceasefire'
        if "all" in rule and not all(any(_has(words, w) for w in g) for g in rule["all"]):
            continue
        if subject is None:
            subject = {
                t.lemma_.lower()
                for c in draft.trigger.children
                if c.dep_ in ("nsubj", "agent")
                for t in c.subtree
            } | _singulars(draft.source.text)
        if "source_any" in rule and not subject & set(rule["source_any"]):
            continue
        # the doer's kind by its code: a state, its government or forces, an IGO ('Israel
        # bombed X', 'NATO bombed Y'), not a rebel group or a lone man
        if "source_sectors" in rule and _sector(draft.source.code) not in rule["source_sectors"]:
            continue
        # the target's kind by its code: 'police fired on Kurdish villagers' (COP -> CVL)
        # whatever noun names the victims
        if "target_sectors" in rule and _sector(draft.target.code) not in rule["target_sectors"]:
            continue
        if "agent_any" in rule and not _agent_heads(draft.trigger) & set(rule["agent_any"]):
            continue
        if "target_any" in rule and not _singulars(draft.target.text) & set(rule["target_any"]):
            continue
        # a state's forces against its own people: 'troops fired on protesters in the capital',
        # not foreign troops in a war ('shelled villages in X, killing X protesters')
        if rule.get("same_country") and draft.source.code[:3] != draft.target.code[:3]:
            continue
        # the target or the title it is named by: 'X, the founder of Y', 'the head of Y's wing'
        if "title_any" in rule and not _target_words(draft) & set(rule["title_any"]):
            continue
        if "target_min" in rule and _target_count(draft) < rule["target_min"]:
            continue
        # every group names a verb or object the act governs: 'vowed to press on with the
        # offensive' (press, offensive), 'agreed to halt all firing' (halt, firing)
        if "complement_all" in rule:
            told = _complement(draft.trigger)
            if not all(told & set(g) for g in rule["complement_all"]):
                continue
        if "governor_any" in rule and not _governed(draft.trigger, rule["governor_any"]):
            continue
        if rule.get("truce_broken") and not _breaks_truce(draft.trigger, lex.cues):
            continue
        return replace(draft, code=rule["code"], priority=max(draft.priority, 2))
    return draft


_TIMING_MARKS = frozenset({"after", "since"})


def _breaks_truce(trigger, cues) -> bool:
    """The act's sentence tells it as a truce breach (196) by timing, contrast or a breach told
    beside it, where the row with breach words in the act's own clause misses it: 'shelled X
    hours after a truce took effect', '... since a truce halted the fighting', 'despite a truce
    declared by Y', 'fighting raged, shattering a truce', 'came under fire in a fresh violation
    of the ceasefire'. Read over the whole clause the act is told in (``_clause_words`` leaves
    out 'after' and 'since' clauses as other events). Not after a truce that is over or only
    sought ('after the truce collapsed', 'since X rejected a truce'), nor after talks or calls
    for one (the truce is then no clause's subject, object or prepositional noun)."""
    top = trigger
    while top.head.i != top.i and (
        top.pos_ not in ("VERB", "AUX")
        or (top.dep_ in ("advcl", "xcomp", "conj", "pcomp") and not _own_subject(top))
    ):
        top = top.head
    # the parser may hang the act on the timing clause: 'fired at X, a day after a truce came
    # into force' (fired ccomp of came)
    if top.dep_ == "ccomp" and _timed(top.head):
        top = top.head
    for truce in top.subtree:
        if truce.lemma_.lower() not in cues["truce_nouns"]:
            continue
        head = truce.head
        if truce.dep_ == "dobj" and head.lemma_.lower() in cues["truce_breaches"]:
            return True  # ', shattering a truce'
        if truce.dep_ == "pobj":
            if head.lower_ == "of" and head.head.lemma_.lower() in cues["truce_breaches"]:
                return True  # 'in violation of the ceasefire'
            if head.lower_ == "despite":
                if not _lemmas(truce) & cues["truce_over"]:
                    return True  # 'despite a truce declared by X'
                continue
            if head.lower_ in _TIMING_MARKS:
                # 'its first attack since a truce halted the fighting', not a truce only named
                # as a landmark in time ('the worst clashes since a 1994 truce')
                if _in_force(_lemmas(truce), cues):
                    return True
                continue
            head = head.head  # 'after the two sides agreed to a truce'
        if _timed(head) and _in_force(_lemmas(head), cues):
            return True
    return False


def _lemmas(token) -> set[str]:
    return {t.lemma_.lower() for t in token.subtree}


def _in_force(told: set[str], cues) -> bool:
    """The words around a truce tell it taking effect, not ending or only sought."""
    return bool(told & cues["truce_in_force"]) and not told & cues["truce_over"]


def _timed(verb) -> bool:
    """A clause marked as before the act: 'after a truce took effect', 'since X declared one'."""
    return any(c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in verb.children)


def _sector(code: str) -> str:
    """The kind of actor a code names: 'IGO' for an international body, else the first
    sector after the country ('' for a bare country: 'ISR', 'RUSMIL' -> 'MIL')."""
    return "IGO" if code.startswith("IGO") else code[3:6]


def _complement(trigger) -> set[str]:
    """Verbs the act governs down a chain of complements ('vowed to press on', 'agreed to
    halt') and the heads of their objects ('the offensive', 'all firing and military action',
    'to a cessation of hostilities'), as lemmas and words. Not the objects of those objects:
    'agreed to hold talks on a truce' names talks, not a truce."""
    told: set[str] = set()
    heads, seen = [trigger], set()
    while heads:
        head = heads.pop()
        if head.i in seen:
            continue
        seen.add(head.i)
        for child in head.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
                told |= {child.lemma_.lower(), child.lower_}
                heads.append(child)
            elif child.dep_ in ("dobj", "attr", "oprd", "pcomp") or (
                child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN")
            ):
                told |= _with_conjuncts(child)
            elif child.dep_ == "prep":
                told |= {w for p in child.children if p.dep_ == "pobj" for w in _with_conjuncts(p)}
    return told


def _with_conjuncts(token) -> set[str]:
    """An object head, its conjuncts and the nouns that qualify them ('all firing and military
    action' names firing as well as action)."""
    tokens = [token, *token.conjuncts]
    # the parser often reads a gerund before a noun as a modifier: 'halt all shelling and
    # military action' (shelling amod of action)
    qualifiers = [c for t in tokens for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
    tokens += qualifiers + [q for c in qualifiers for q in c.conjuncts]
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _target_root(draft: Draft):
    doc = draft.trigger.doc
    start, end = draft.target.span
    if not 0 <= start < end <= len(doc.text):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _target_words(draft: Draft) -> set[str]:
    """Words of the target and of the title it is named by: 'Raul Reyes, the rebels'
    second-in-command', 'the head of the group's armed wing', 'the rebels' chief'."""
    words = _singulars(draft.target.text)
    root = _target_root(draft)
    if root is None:
        return words
    # the head of an apposition ('Osama bin Laden, the founder of al Qaeda'), not every word
    # in it ('X, the cousin of the president' is no president)
    titles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        titles.append(root.head)
    token = root  # up the title the target qualifies: "the head of the group's armed wing"
    for _ in range(3):
        if token.dep_ in ("poss", "compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head
        else:
            break
        titles.append(token)
    titles += [c for t in list(titles) for c in t.children if c.dep_ in ("amod", "compound")]
    return words | {t.lower_ for t in titles} | {t.lemma_.lower() for t in titles}


def _target_count(draft: Draft) -> int:
    """How many people the target counts: 'more than 1,300 migrants', 'thousands of
    refugees'; 0 when no number is given."""
    root = _target_root(draft)
    if root is None:
        return 0
    numbers = [c for c in root.children if c.dep_ in ("nummod", "quantmod")]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        numbers.append(root.head.head)
    best = 0
    for token in numbers:
        text = token.lower_.replace(",", "")
        if text.isdigit():
            best = max(best, int(text))
        best = max(best, _COUNT_WORDS.get(text, 0))
    return best


def _agent_heads(trigger) -> set[str]:
    """Head nouns of the doer (subject or passive 'by' agent) and their conjuncts: 'jets' in
    'French jets destroyed X' or 'pounded by Turkish warplanes', not 'drones' in 'forces,
    backed by drones, shelled X'. A verb with no subject of its own has its head's doer: 'jets
    bombed a market, killing 40 civilians'."""
    if (
        trigger.dep_ in ("advcl", "conj")
        and trigger.head.pos_ == "VERB"
        and not _own_subject(trigger)
    ):
        trigger = trigger.head
    heads = [c for c in trigger.children if c.dep_ == "nsubj"]
    heads += [p for a in trigger.children if a.dep_ == "agent" for p in a.children]
    heads += [c for h in heads for c in h.conjuncts]
    return {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}


def _governed(trigger, lemmas) -> bool:
    """The trigger is the purpose or manner of a verb in ``lemmas``: 'rallied to demand X',
    'marched through the city demanding X'."""
    head = trigger.head
    return (
        head.i != trigger.i
        and trigger.dep_ in ("advcl", "xcomp")
        and head.lemma_.lower() in lemmas
        # 'protested to/with X': an official complaint, not a street protest
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in head.children)
    )


def _singulars(text: str) -> set[str]:
    """Words of an actor's text and their singulars ('protesters' -> 'protester')."""
    words = {w.lower() for w in text.split()}
    return words | {w[:-1] for w in words if w.endswith("s")}


def _has(words: _ClauseWords, phrase: str) -> bool:
    parts = _parts(phrase)
    if parts[0] not in words.members:
        return False
    if len(parts) == 1:
        return True
    first, size, seq = parts[0], len(parts), words.seq
    return any(w == first and seq[i : i + size] == parts for i, w in enumerate(seq))


@functools.cache
def _parts(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.split())


class _ClauseWords(NamedTuple):
    """The lemmas, then the lower-case forms, of a trigger's clause in order (``seq``: for
    phrases), and the same as a set (``members``: for words, and the first word of a phrase)."""

    seq: tuple[str, ...]
    members: frozenset[str]


# clause marks that tell another event before, after or beside the act: 'A killed B before
# C's jets bombed D'; 'when'/'as' clauses ('killed when a suicide bomber blew himself up')
# tell the act itself and keep their words
_SEQUENCE_MARKS = frozenset({"before", "after", "until", "since", "while", "whereas", "although"})


def _own_subject(node) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _other_event(node, reporting) -> bool:
    """A clause with a subject of its own telling another event: a conjunct ('..., and
    later C's jets struck D'; not one reporting on the act: '..., and police said it was a
    suicide attack') or a clause marked as before, after or beside it."""
    if not _own_subject(node):
        return False
    if node.dep_ == "conj":
        return node.lemma_.lower() not in reporting
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in node.children
    )


def _clause_words(trigger, reporting=frozenset()) -> _ClauseWords:
    """The words of the trigger's clause (of its head's for a subjectless participle or
    conjunct: 'jets struck X, killing Y'), less another event's clause (``_other_event``):
    in 'A killed B before C's jets bombed D' the jets are not A's weapon."""
    base = trigger
    if (
        trigger.dep_ in ("advcl", "xcomp", "conj", "pcomp")
        and trigger.head.i != trigger.i
        and not _own_subject(trigger)
    ):
        base = trigger.head
    # a breach is read with its means: 'breached the truce by shelling X' (196 over the
    # weapon); no other deed ('foiled an assassination plot by killing X' is no attempt)
    if base.dep_ == "prep" and base.lower_ == "by" and base.head.lemma_.lower() in _BREACHING:
        base = base.head
    # a passive act takes its manner from its clauses: 'were killed after a bomber blew
    # himself up'; an active one has its own ('kill X before jets bomb Y')
    passive = any(c.dep_ == "nsubjpass" for c in trigger.children)
    kept, stack = [], [base]
    while stack:
        node = stack.pop()
        kept.append(node)
        stack += [
            c
            for c in node.children
            if c.i == trigger.i or not _other_event(c, reporting) or (passive and c.dep_ == "advcl")
        ]
    tokens = sorted(kept, key=lambda t: t.i)
    seq = tuple(t.lemma_.lower() for t in tokens) + tuple(t.lower_ for t in tokens)
    return _ClauseWords(seq, frozenset(seq))


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One event per actor pair and code; among violent roots one per pair, by precedence."""
    best: dict[tuple, Draft] = {}
    for draft in drafts:
        root = draft.code[:2]
        group = "violent" if root in {"14", *_CONFLICT} - {"16"} else draft.code
        if root == "17" and _coordinated_act(draft, drafts):
            group = "coerce"  # 'beat X and took him into custody': an arrest besides the beating
        elif _own_arrest(draft, drafts):
            group = "arrest"  # 'fired tear gas at crowds ..., and hundreds were detained'
        key = (  # one violent event per pair of countries: 'tried to kill President X,
            draft.source.code,  # opening fire on a parade in Y' is one attack, not two
            draft.target.code[:3] if group in ("violent", "arrest") else draft.target.code,
            group,
            draft.modality.negated or draft.modality.hypothetical,
        )
        if key not in best or _rank(draft) > _rank(best[key]):
            best[key] = draft
    kept = [
        d
        for d in best.values()
        if not _vaguer(d, best.values()) and not _sentence_of(d, best.values())
    ]
    if any(d.target.place for d in kept) and len(kept) > 1:
        kept = [d for d in kept if not _place_beside_actor(d, kept)]
    if sum(d.code in _TRADED_CODES for d in kept) > 2:
        kept = [d for d in kept if not _told_elsewhere(d, kept)]
    return sorted(_one_per_root(kept), key=lambda d: (d.trigger.i, d.source.span))


def _family(code: str) -> str:
    root = code[:2]
    return "violent" if root in {"14", *_CONFLICT} - {"16"} else root


def _place_beside_actor(draft: Draft, drafts: list[Draft]) -> bool:
    """'a bomber struck the gates of X's airport, killing 13 Y troops', 'Z was killed by a
    strike on his home in X', 'flew him to X's capital and handed him to the court': a place
    that stands in for the target only says where the act fell when the same side's act of
    the same kind names whom it fell on (an actor of another country)."""
    if not draft.target.place:
        return False
    family, country = _family(draft.code), draft.target.code[:3]
    return any(
        not other.target.place
        and other.source.code == draft.source.code
        and other.target.code[:3] != country
        and _family(other.code) == family
        and (other.modality.negated or other.modality.hypothetical)
        == (draft.modality.negated or draft.modality.hypothetical)
        for other in drafts
    )


#: releases that a swap makes mutual: 'A freed X in exchange for Y' is both sides' release
_TRADED_CODES = frozenset({"0841"})


def _sides(draft: Draft) -> tuple[str, str]:
    return draft.source.code[:3], draft.target.code[:3]


def _told_elsewhere(draft: Draft, drafts: list[Draft]) -> bool:
    """'A freed X and B released Y in a swap': the swap makes each told release mutual, so
    B's release comes back reversed as A's. A reversed release (one of a pair told by one
    word, each side's target the other's source) is that release told twice when another
    word's release names the same two sides, or when a state of the same side releases the
    same captives by the same word (the parser may read 'X and B' as the subjects of
    'released': the captives X release no one)."""
    if draft.code not in _TRADED_CODES:
        return False
    trigger, sides = draft.trigger.i, _sides(draft)
    reversed_pair = any(
        other.trigger.i == trigger
        and other.code == draft.code
        and other.source.span == draft.target.span
        and other.target.span == draft.source.span
        for other in drafts
    )
    if not reversed_pair:
        return False
    for other in drafts:
        if other is draft or other.code != draft.code or _sides(other) != sides:
            continue
        if other.trigger.i != trigger or (_state(other.source) and not _state(draft.source)):
            return True
    return False


def _state(arg) -> bool:
    """A state itself: a bare country or its government."""
    return len(arg.code) == 3 or arg.code[3:6] == "GOV"


def _coordinated_act(draft: Draft, drafts: list[Draft]) -> bool:
    """A coercive act (17x) told by a verb of its own that is coordinated with the verb of
    a violent act on the same side ('beat X unconscious and took him into custody'): two
    acts, not one attack told twice."""
    return any(
        other.code[:2] in ("18", "19", "20")
        and other.source.code == draft.source.code
        and other.trigger.pos_ == "VERB"
        and draft.trigger.pos_ == "VERB"
        and _coordinated(draft.trigger, other.trigger)
        for other in drafts
    )


def _own_arrest(draft: Draft, drafts: list[Draft]) -> bool:
    """An arrest or detention (173) told by a verb of its own besides another violent act of
    the same side ('police fired tear gas at the crowd and detained scores', 'was beaten by
    police after being detained'): two acts, the force used and the arrest, not one attack
    told twice. Not when the same word tells both ('seized': an abduction or an arrest)."""
    if not draft.code.startswith("173") or draft.trigger.pos_ != "VERB":
        return False
    mine = draft.trigger.i
    if any(o.trigger.i == mine and o.code[:2] != "17" for o in drafts):
        return False
    return any(
        other.trigger.i != mine
        and _family(other.code) == "violent"
        and not other.code.startswith("173")
        and other.source.code == draft.source.code
        for other in drafts
    )


def _one_per_root(drafts: list[Draft]) -> list[Draft]:
    """A root's bare code told by the same word for the same pair as a specific code of that
    root: 'urged X to show restraint and avoid further action' is one appeal for restraint
    (0256), not also a plain appeal (020). Two specific codes ('to halt the fighting and
    return to talks': 0256 and 026) are two requests and both stay."""
    return [
        d
        for d in drafts
        if not _subsumed(d, drafts)
        and not _told_by_purpose(d, drafts)
        and not _penalised(d, drafts)
        and not _in_call(d, drafts)
        and not _one_speech_act(d, drafts)
        and not _voiced_by_protest(d, drafts)
    ]


# what marchers say while they march: appeals, demands, denunciations
_VOICED = frozenset({"02", "10", "11"})


def _voiced_by_protest(draft: Draft, drafts) -> bool:
    """'thousands filled the squares, demanding that the premier quit', 'took to the streets
    to denounce the government': what a protest demands, calls for or denounces, told by a
    participle or purpose clause on the protest's own verb, is that protest (gold rule 7:
    protest forms override verbal demands), not a second, verbal act."""
    trigger = draft.trigger
    if draft.code[:2] not in _VOICED or trigger.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    if trigger.dep_ == "conj" and trigger.tag_ != "VBG":
        return False
    return any(
        other.code[:2] == "14"
        and other.trigger.i == trigger.head.i
        and other.source.code[:3] == draft.source.code[:3]
        and other.target.code[:3] == draft.target.code[:3]
        and not (other.modality.negated or other.modality.hypothetical)
        for other in drafts
    )


def _one_speech_act(draft: Draft, drafts) -> bool:
    """'accused X of torturing and killing civilians', 'demanded that X withdraw its troops and
    remove its missiles': one accusation, one demand, told by one word for the pair; the
    best-ranked code of the root stays."""
    if draft.code[:2] not in _ONE_PER_WORD:
        return False
    flagged = draft.modality.negated or draft.modality.hypothetical
    mine = (_rank(draft), -int(draft.code))
    return any(
        other is not draft
        and other.trigger.i == draft.trigger.i
        and other.code[:2] == draft.code[:2]
        and other.source.code == draft.source.code
        and other.target.code == draft.target.code
        and (other.modality.negated or other.modality.hypothetical) == flagged
        and (_rank(other), -int(other.code)) > mine
        for other in drafts
    )


def _in_call(draft: Draft, drafts) -> bool:
    """'In a telephone conversation, A and B discussed X': what they discussed is the call
    already coded (041), not a second consultation (040) between the same pair."""
    return draft.code == "040" and any(
        other.code == "041"
        and other.source.code[:3] == draft.source.code[:3]
        and other.target.code[:3] == draft.target.code[:3]
        for other in drafts
    )


def _penalised(draft: Draft, drafts) -> bool:
    """'demanded that X reverse its decision, warning that X would bear the consequences': a
    demand with a penalty attached is one threat (13x), not also a demand (10x)."""
    if draft.code[:2] != "10":
        return False
    return any(
        other.code[:2] == "13"
        # 'demanded that X reverse its decision, warning ...': the warning may hang on the
        # demand or, as the parser often has it, on the clause of what is demanded
        and (other.trigger.head.i == draft.trigger.i or draft.trigger.is_ancestor(other.trigger))
        and other.trigger.dep_ in ("advcl", "xcomp", "conj")
        and other.source.code == draft.source.code
        and other.target.code[:3] == draft.target.code[:3]
        and not (other.modality.negated or other.modality.hypothetical)
        for other in drafts
    )


def _told_by_purpose(draft: Draft, drafts) -> bool:
    """'marched through Seoul to protest against Japan': the march is the protest its purpose
    clause names, aimed at whom that clause names; one protest, not a second one at a guess."""
    if draft.code[:2] != "14":
        return False
    return any(
        other.code[:2] == "14"
        and other.trigger.head.i == draft.trigger.i
        and other.trigger.i != draft.trigger.i
        and other.trigger.dep_ in ("advcl", "xcomp")
        and other.source.code == draft.source.code
        and not (other.modality.negated or other.modality.hypothetical)
        for other in drafts
    )


def _subsumed(draft: Draft, drafts) -> bool:
    if len(draft.code) != 3 or not draft.code.endswith("0"):
        return False
    flagged = draft.modality.negated or draft.modality.hypothetical
    return any(
        other.trigger.i == draft.trigger.i
        and other.code != draft.code
        and other.code[:2] == draft.code[:2]
        and other.source.code == draft.source.code
        and other.target.code == draft.target.code
        and (other.modality.negated or other.modality.hypothetical) == flagged
        for other in drafts
    )


def _sentence_of(draft: Draft, drafts) -> bool:
    """'found X guilty of spying and sentenced X to five years': the sentence is part of the
    verdict already coded as the finding of guilt (116), not a second act of detention."""
    trigger = draft.trigger
    if draft.code != "173" or trigger.lemma_.lower() != "sentence":
        return False
    return any(
        other.code == "116"
        and other.source.code == draft.source.code
        and other.target.code[:3] == draft.target.code[:3]
        and (_coordinated(trigger, other.trigger) or _participle_of(trigger, other.trigger))
        for other in drafts
    )


def _participle_of(one, two) -> bool:
    """'convicted X of fraud, sentencing her to six years': the sentence told as a participle
    on the verdict."""
    return one.dep_ == "advcl" and one.tag_ == "VBG" and one.head.i == two.i


def _coordinated(one, two) -> bool:
    """Two verbs joined by 'and' (either way round)."""
    return (one.dep_ == "conj" and one.head.i == two.i) or (
        two.dep_ == "conj" and two.head.i == one.i
    )


def _vaguer(draft: Draft, drafts) -> bool:
    """A country-only target ('travel to Russia') when the same source does the same act to an
    actor of that country ('for talks with Putin'): one event, told twice."""
    target = draft.target.code
    return len(target) == 3 and any(
        other.code == draft.code
        and other.source.code == draft.source.code
        and other.target.code != target
        and other.target.code.startswith(target)
        for other in drafts
    )


def _rank(draft: Draft) -> tuple:
    info = code_info(draft.code)
    specific = not info.code.endswith("0")  # 'tried to assassinate X, opening fire': 185
    ruled = draft.code in _PRECEDENCE  # 'a drone strike killed a senior commander': 186
    # a side named beside a struck place of the doer's own country: the side, not the place
    named = not (draft.target.place and draft.target.former)
    return (
        ruled,
        draft.priority,
        specific,
        -info.goldstein,
        len(draft.code),
        named,
        -draft.trigger.i,
    )
