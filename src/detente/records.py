"""Small frozen records passed between the pipeline's stages.

Every stage is a function over these: ``sources`` yields :class:`Document`, ``actors`` yields
:class:`Mention`, ``coding`` yields :class:`Event`. They carry no spaCy objects, so ``store``,
``analysis`` and the interfaces stay free of NLP imports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

DATE_SOURCES = ("metadata", "header", "dateline", "unknown")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document body; ``start``/``end`` are offsets into ``Document.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned news item.

    ``id`` is a hash of the normalised body text, so an exact repost gets the same id wherever it
    was found. ``date_source`` says how ``date`` was found: one of :data:`DATE_SOURCES`; a date
    that could not be found is ``None`` with ``date_source="unknown"``, never guessed.
    ``origin`` is where this copy was read (a path, a URL, or ``path#n`` for the n-th item of a
    file holding several).
    """

    id: str
    text: str
    sentences: tuple[Sentence, ...]
    kind: str
    origin: str
    title: str | None = None
    date: dt.date | None = None
    date_source: str = "unknown"
    source: str | None = None
    url: str | None = None
    language: str | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention in one sentence; offsets are into the text given to the finder.

    ``code`` is the CAMEO-style actor code (``JPNGOV``, ``IGOWSTNAT``, ``---REB``) or ``None`` for
    an uncoded mention that the NER model found but no table resolved. ``how`` names the rule
    that resolved it (``country``, ``capital``, ``demonym``, ``office``, ``title``, ``surname``,
    ``igo``, ``group``, ``ner``...).
    """

    start: int
    end: int
    text: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    how: str = ""
    members: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return asdict(self)


QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event with its provenance.

    Spans are ``(start, end)`` character offsets into the sentence text. ``quad`` follows the
    GDELT convention (1 verbal cooperation: roots 01-05, 2 material cooperation: 06-09, 3 verbal
    conflict: 10-14, 4 material conflict: 15-20). An event with ``negated`` or ``hypothetical``
    set is kept for inspection but never counted.
    """

    source: str
    target: str
    code: str
    root: str
    goldstein: float
    quad: int
    plover: str | None
    source_text: str
    target_text: str
    trigger_text: str
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    trigger_span: tuple[int, int]
    negated: bool = False
    hypothetical: bool = False
    date: dt.date | None = None
    confidence: float = 1.0
    coder_version: str = ""
    doc_id: str | None = None
    sentence_index: int | None = None

    @property
    def flagged(self) -> bool:
        return self.negated or self.hypothetical

    def to_dict(self) -> dict:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out
