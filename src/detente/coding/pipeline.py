"""From text to events: actor lookup, cheap pre-filter, batched parsing, the rule engine."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from detente.coding import dates
from detente.coding.engine import Draft, SentenceCoder
from detente.coding.lexicon import Lexicon, lexicon
from detente.coding.localise import localise, places_of
from detente.coding.ontology import code_info
from detente.coding.precedence import dedupe, refusal, tense, upgrade
from detente.coding.purposes import purpose
from detente.coding.replies import SUMMING_WORDS, Told, main_act
from detente.coding.roles import PRONOUNS, Actors, Arg
from detente.records import Event, Mention

CODER_VERSION = "detente-coder 0.1"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PARSE_BATCH = 64  # measured: 32-64 best (BLIS: ~15% faster than 256; OpenBLAS: flat 16-128)

MentionFinder = Callable[..., list[Mention]]


def default_finder() -> MentionFinder:
    from detente import actors

    return actors.find


@dataclass
class _Item:
    key: object
    text: str
    date: dt.date | None
    context: object
    mentions: list[Mention]
    parse: bool
    shift: int = 0  # characters of a topic header cut from the front of the original text
    # parsed only for a reaction to an earlier sentence's act: no other event is taken from it
    reacting: bool = False
    # the one country a cut topic header names ('Bahraini uprising: ...'): where the item's
    # country-less agents ('the regime', 'police') are, unless the sentence says otherwise
    home: str | None = None


def words_of(text: str) -> set[str]:
    """Lower-case words of ``text``, hyphenated words also in parts (the tokenizer splits them)."""
    words = {w.lower() for w in _WORD.findall(text)}
    return words | {part for w in words if "-" in w for part in w.split("-")}


def has_trigger(text: str, lex: Lexicon) -> bool:
    """True if some pattern could match (trigger form and constraint words present)."""
    return lex.could_trigger(words_of(text))


def worth_parsing(
    mentions: list[Mention],
    text: str,
    lex: Lexicon,
    *,
    carried: bool = True,
    words: set[str] | None = None,
    triggered: bool = False,
) -> bool:
    """Parse only what can hold an event: an actor that can be a source (not a mere place),
    a second, different actor (or a group of several members, or, when an actor may be
    ``carried`` over from the sentence before, a pronoun to stand for it), and a trigger
    whose constraints can hold. One actor is enough when it is a country's people or organ
    and a trigger of an act inside one country is present ('Peruvian teachers went on
    strike', 'Tunisian authorities imposed a curfew'), or a country named by itself and a
    curfew it sets on its own public ('Kenya imposed a curfew'): the coder implies its
    target (see :func:`lexicon.domestic`). ``words`` saves recomputing :func:`words_of`
    ``text``, and ``triggered`` says the caller already found ``lex.could_trigger(words)``
    true."""
    coded = [m for m in mentions if m.code or m.members]
    if not any(m.how != "location" for m in coded):
        return False
    if words is None:
        words = words_of(text)
    # a titled person no table places ('opposition leader X') is the home country's, once parsed
    titled = any(m.how == "title" and not m.code and not m.members for m in mentions)
    enough = (
        len({m.code for m in coded}) >= 2
        or titled
        or any(m.members for m in coded)
        or (carried and bool(words & PRONOUNS))
    )
    if enough:
        return triggered or lex.could_trigger(words)
    if any(_at_home(m) for m in coded) and lex.could_trigger(words, domestic=True):
        return True
    # a country named by itself stands for its state, which may set a curfew on its own
    # public ('Ethiopia extended the curfew in Amhara')
    return any(_state(m) for m in coded) and lex.could_trigger(words, by_state=True)


#: sectors of a country's own people and organs: who may protest, strike, deploy or impose a
#: curfew inside it
_HOME_SECTORS = frozenset(
    {"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "REL", "GOV", "MIL", "COP", "JUD"}
)


def _state(mention: Mention) -> bool:
    """A country named by itself ('Kenya'), not a place, a person or a demonym."""
    code = mention.code
    return mention.how == "country" and code is not None and len(code) == 3 and code.isalpha()


def _at_home(mention: Mention) -> bool:
    """A named actor of one country with a sector, not a place ('Chilean dockworkers')."""
    code = mention.code
    return (
        mention.how != "location"
        and code is not None
        and code[3:6] in _HOME_SECTORS
        and not code.startswith(("---", "IGO", "NGO"))
    )


class Coder:
    """Holds the pipeline, the lexicon and the mention finder; codes batches of texts."""

    def __init__(
        self, *, nlp=None, finder: MentionFinder | None = None, lex: Lexicon | None = None
    ):
        if nlp is None:
            from detente.nlp import load_nlp

            nlp = load_nlp()
        self.nlp = nlp
        self.finder = finder or default_finder()
        self.lex = lex or lexicon()

    def code(
        self, text: str, date: dt.date | None = None, *, include_flagged: bool = False, context=None
    ) -> list[Event]:
        items = [(0, text, date, context)]
        return next(iter(self.code_sentences(items, include_flagged=include_flagged)))[1]

    def code_sentences(
        self, items: Iterable[tuple], *, batch_size: int = 256, include_flagged: bool = True
    ) -> Iterator[tuple[object, list[Event]]]:
        """Code ``(key, text, date, context)`` items, yielding ``(key, events)`` in input order."""
        batch: list[_Item] = []
        for key, text, date, context in items:
            batch.append(self._item(key, text, _as_date(date), context))
            if len(batch) >= batch_size:
                yield from self._run(batch, include_flagged)
                batch = []
        if batch:
            yield from self._run(batch, include_flagged)

    def code_doc(
        self, doc, date: dt.date | str | None = None, *, include_flagged: bool = False
    ) -> list[Event]:
        """Events in ``doc``, a text already run through a spaCy pipeline that tags and parses
        (the ``detente_coder`` component's path): the same gate and rules as :meth:`code`."""
        item = self._item(0, doc.text, _as_date(date), None, strip=False)
        if not item.parse:
            return []
        events, _previous, _earlier = self._code_doc(doc, item, [], None)
        return events if include_flagged else [e for e in events if not e.flagged]

    def _item(self, key, text: str, date: dt.date | None, context, *, strip: bool = True) -> _Item:
        """Find the actors of a text and decide whether it is worth parsing. A topic header
        ('Syrian civil war: ...') is cut off first; spans still index the original text."""
        shift = topic_header(text) if strip else 0
        home = self._header_country(text[:shift], date) if shift else None
        text = text[shift:]
        words = words_of(text)
        if context is None and not self.lex.could_trigger(words):
            # alone and with no trigger word: nothing to find actors for
            return _Item(key, text, date, context, [], False, shift)
        mentions = list(self.finder(text, date, context=context))
        alone = context is None  # then could_trigger(words) held above
        wanted = worth_parsing(
            mentions, text, self.lex, carried=not alone, words=words, triggered=alone
        )
        reacting = not wanted and not alone and _may_react(mentions, words, self.lex)
        return _Item(key, text, date, context, mentions, wanted or reacting, shift, reacting, home)

    def _header_country(self, header: str, date: dt.date | None) -> str | None:
        """The single country a topic header names ('2011 Syrian protests', 'Bahraini
        uprising'), or None when it names none or several ('Israeli-Palestinian conflict')."""
        countries = {
            m.country or m.code[:3]
            for m in self.finder(header, date)
            if m.code and not m.code.startswith(("---", "IGO", "NGO"))
        }
        return countries.pop() if len(countries) == 1 else None

    def _run(self, batch: list[_Item], include_flagged: bool):
        wanted = [item for item in batch if item.parse]
        docs = dict(
            zip(
                (id(i) for i in wanted),
                self.nlp.pipe((i.text for i in wanted), batch_size=_PARSE_BATCH),
                strict=True,
            )
        )
        previous: list[Arg] = []
        earlier: list[Told] | None = None
        last_context = object()
        for item in batch:
            if item.context is None or item.context is not last_context:  # no context: alone
                previous, earlier, last_context = [], None, item.context
            doc = docs.get(id(item))
            events: list[Event] = []
            if doc is not None:
                events, previous, earlier = self._code_doc(doc, item, previous, earlier)
            else:
                previous = _first_actor(item.mentions) or previous
            if not include_flagged:
                events = [e for e in events if not e.flagged]
            yield item.key, events

    def _code_doc(self, doc, item: _Item, previous: list[Arg], earlier: list[Told] | None):
        """Events of a parsed text, sentence by sentence; ``previous`` (the last sentence's
        subject, for a pronoun) and ``earlier`` (the document's acts so far, for a reaction to
        one, see :meth:`Replies._answered_earlier`) are carried on within a document only."""
        events: list[Event] = []
        sents = _sentences(doc)
        several = len(sents) > 1
        if earlier is None and (several or item.context is not None):
            earlier = []  # a lone sentence passes nothing on
        seen: set[str] = set()  # countries the item's earlier sentences place things in
        for index, sent in enumerate(sents):
            # the doc's text is the item's: a slice of it is the span's text, without a walk
            # over its tokens (``doc.text`` and ``sent.text`` walk them)
            text = item.text[sent.start_char : sent.end_char] if several else item.text
            offset = sent.start_char if several else 0
            mentions = _shift(item.mentions, offset, len(text))
            # 'A train was attacked near Aachen, Germany. Police arrested an Iraqi man.': the
            # police are where the item's story is, its header's or its earlier sentences' one
            # country (several or none: no guess)
            home = item.home or (next(iter(seen)) if len(seen) == 1 else None)
            if several:
                seen |= places_of(mentions, text)
            reacting = item.reacting
            if several and not worth_parsing(
                mentions, text, self.lex, carried=bool(previous) or item.context is not None
            ):
                reacting = bool(earlier) and _may_react(mentions, words_of(text), self.lex)
                if not reacting:  # copying the sentence into a Doc costs more than coding it
                    previous = _first_actor(mentions, countryless=True) or previous
                    continue
            span = sent.as_doc() if several else doc
            mentions = localise(mentions, text, home=home)
            actors = Actors(span, mentions, previous, earlier)
            drafts = SentenceCoder(self.lex, span, actors).code()
            drafts = [
                purpose(upgrade(refusal(tense(d, self.lex), self.lex), self.lex), self.lex)
                for d in drafts
            ]
            drafts = dedupe([d for d in drafts if not (d.mirrored and d.code.startswith("03"))])
            # an act dated weeks before the document ('met in Riyadh on Feb. 18') is background
            drafts = [d for d in drafts if not dates.dated_before(d.trigger, item.date)]
            if reacting:  # parsed for a reaction to an earlier act only
                drafts = [d for d in drafts if d.trigger.i in actors.reacted]
            dated = item.date is not None and dates.may_name_day(text)
            events += [
                to_event(d, item.date, offset + item.shift, index, dated=dated) for d in drafts
            ]
            if several or item.context is not None:  # a lone text passes nothing on
                previous = _main_subject(span, actors) or previous
            if earlier is not None and actors.told:
                earlier = _carried_acts(earlier, actors.told, drafts)
        return events, previous, earlier


#: 'Israeli-Palestinian conflict: ...', 'Syrian uprising (2011-present): ...': a short topic
#: name before a colon, then a sentence that starts with a capital letter
_HEADER = re.compile(r"([^:;\"'“”‘’,.!?]{3,70}?)\s*:\s+(?=[A-Z\"“])")
#: a word that makes the part before the colon a clause ('The minister said: ...')
_CLAUSE_WORD = frozenset(
    "said says say told tells added warned stated declared announced wrote writes is are was "
    "were has have had will would can could should may might must did does do".split()
)


def topic_header(text: str) -> int:
    """Length of a verbless topic header at the start of ``text`` (0 if none): two to eight
    words before a colon, at least one of them lower case (a topic, not a speaker's name as
    in 'Putin: ...'), none of them a verb of saying or an auxiliary, and a sentence after it."""
    found = _HEADER.match(text)
    if found is None:
        return 0
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", found.group(1))
    if not 2 <= len(words) <= 8 or any(w.lower() in _CLAUSE_WORD for w in words):
        return 0
    if not any(w[0].islower() for w in words):
        return 0
    rest = text[found.end() :]
    if len(_WORD.findall(rest)) < 4:
        return 0
    return found.end()


COMPONENT = "detente_coder"


def register_component() -> None:
    """Register the ``detente_coder`` spaCy factory and the ``Doc._.events`` / ``Doc._.date``
    extensions (idempotent). Then ``nlp.add_pipe("detente_coder")`` on any pipeline that tags
    and parses codes each doc into ``doc._.events``; a ``doc._.date`` set on a Doc passed to
    ``nlp`` anchors relative dates ('on Monday'). Config: ``include_flagged`` (default False)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for name in ("events", "date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Language.has_factory(COMPONENT):
        Language.factory(
            COMPONENT,
            default_config={"include_flagged": False},
            requires=["token.tag", "token.dep", "token.lemma", "token.pos"],
            assigns=["doc._.events"],
            func=make_component,
        )


def make_component(nlp, name: str, include_flagged: bool = False) -> CoderComponent:
    """The ``detente_coder`` factory (also usable as a ``spacy_factories`` entry point)."""
    register_component()
    return CoderComponent(Coder(nlp=nlp), include_flagged=include_flagged)


class CoderComponent:
    """spaCy pipeline component: ``doc._.events`` = :meth:`Coder.code_doc` of the doc."""

    def __init__(self, coder: Coder, *, include_flagged: bool = False):
        self.coder, self.include_flagged = coder, include_flagged

    def __call__(self, doc):
        doc._.events = self.coder.code_doc(doc, doc._.date, include_flagged=self.include_flagged)
        return doc


def _main_subject(span, actors: Actors) -> list[Arg]:
    """The first actor subject of the main clause: who a later pronoun most likely means."""
    for token in span:
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
            named = [a for a in actors.phrase(token) if not a.pronoun]
            if named:
                return named[:1]
    return []


#: how many acts of earlier sentences a document keeps for a later reaction to reach
_TOLD_KEPT = 8


def _may_react(mentions: list[Mention], words: set[str], lex: Lexicon) -> bool:
    """A sentence of a document with one actor that may react to an earlier sentence's act
    ('The ministry rejected the claims'): an actor that can be a source, a noun that sums up
    an act, and a trigger."""
    return (
        bool(words & SUMMING_WORDS)
        and any((m.code or m.members) and m.how != "location" for m in mentions)
        and lex.could_trigger(words)
    )


def _carried_acts(earlier: list[Told], acts: list, drafts: list[Draft]) -> list[Told]:
    """The document's acts so far with this sentence's added: each act that gave an
    unflagged event, or that named no target (its modality assessed only if a later reaction
    reaches for it); not one that gave only flagged or background events."""
    plain = {d.trigger.i for d in drafts if not (d.modality.negated or d.modality.hypothetical)}
    drafted = {d.trigger.i for d in drafts}
    added = []
    for act in sorted(acts, key=lambda a: a.token.i):
        doers = [s for s in act.sources if not s.place]
        if not doers or not main_act(act.token):
            continue
        i = act.token.i
        if i in plain:
            added.append(Told(act.code, doers, act.token, True))
        elif not act.targets and i not in drafted:
            added.append(Told(act.code, doers, act.token, False))
    return (earlier + added)[-_TOLD_KEPT:] if added else earlier


def _sentences(doc) -> list:
    """The sentence spans of ``doc`` (``doc.sents`` walks the token array in C and makes one
    Span per sentence: cheap); the whole doc as one if it has no sentence boundaries."""
    if not doc.has_annotation("SENT_START"):
        return [doc[:]]
    return list(doc.sents)


def _first_actor(mentions: list[Mention], *, countryless: bool = False) -> list[Arg]:
    for m in mentions:
        if m.code and m.how != "location" and (countryless or not m.code.startswith("---")):
            return [Arg(m.code, m.text, (m.start, m.end))]
    return []


def _shift(mentions: list[Mention], offset: int, length: int) -> list[Mention]:
    if not offset and all(m.end <= length for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if offset <= m.start and m.end <= offset + length:
            out.append(
                Mention(
                    m.start - offset,
                    m.end - offset,
                    m.text,
                    m.code,
                    m.country,
                    m.sector,
                    m.how,
                    m.members,
                )
            )
    return out


def to_event(
    draft: Draft, anchor: dt.date | None, offset: int, index: int, *, dated: bool = True
) -> Event:
    """The record of ``draft``; ``dated=False`` says the sentence names no weekday, so the
    event date is the ``anchor`` unless the act carries a calendar date of its own (see
    :func:`dates.may_name_day`, :func:`dates.past_date`)."""
    info = code_info(draft.code)
    trigger = draft.trigger
    start = trigger.idx + offset
    date = dates.past_date(trigger, anchor)
    if date is None:
        date = dates.event_date(trigger, anchor) if dated else anchor
    return Event(
        source=draft.source.code,
        target=draft.target.code,
        code=info.code,
        root=info.root,
        goldstein=info.goldstein,
        quad=info.quad,
        plover=info.plover,
        source_text=draft.source.text,
        target_text=draft.target.text,
        trigger_text=trigger.text,
        source_span=(draft.source.span[0] + offset, draft.source.span[1] + offset),
        target_span=(draft.target.span[0] + offset, draft.target.span[1] + offset),
        trigger_span=(start, start + len(trigger.text)),
        negated=draft.modality.negated,
        hypothetical=draft.modality.hypothetical,
        date=date,
        confidence=round(max(0.1, min(1.0, draft.confidence)), 2),
        coder_version=CODER_VERSION,
        sentence_index=index,
    )


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
