"""Build constructed event sets in an in-memory store, one sentence per event unless shared."""

from __future__ import annotations

import datetime as dt
import itertools

from detente.records import Document, Event, Sentence
from detente.store import open_store

# One CAMEO code per quad class, with its Goldstein value.
CODES = {1: ("043", 2.8), 2: ("061", 6.4), 3: ("112", -2.0), 4: ("190", -10.0)}


class EventSet:
    """Writes documents and events through the Store's own API."""

    def __init__(self):
        self.store = open_store(":memory:")
        self.con = self.store.con
        self._ids = itertools.count()

    def add(
        self,
        source: str,
        target: str,
        day: dt.date | str,
        *,
        quad: int = 1,
        story: str | None = None,
        doc: str | None = None,
        negated: bool = False,
        hypothetical: bool = False,
        title: str | None = None,
        source_text: str | None = None,
    ) -> str:
        """Store one event in a new document (``doc`` names it, reposts reuse a ``story``).

        ``source_text`` overrides the text recorded for the source span (to fake a bad span).
        """
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        doc = doc or f"doc{next(self._ids)}"
        code, goldstein = CODES[quad]
        text = f"Officials of {source} and envoys of {target} met on {day.isoformat()}."
        s0 = text.index(source)
        t0 = text.index(target, s0 + len(source))
        sentence = Sentence(0, 0, len(text), text)
        document = Document(
            id=doc,
            text=text,
            sentences=(sentence,),
            kind="text",
            origin=f"test:{doc}",
            title=title or f"Report {doc}",
            date=day,
            date_source="metadata",
            source="Test Wire",
            url=f"https://example.org/{doc}",
        )
        event = Event(
            source=source,
            target=target,
            code=code,
            root=code[:2],
            goldstein=goldstein,
            quad=quad,
            plover=None,
            source_text=source_text or source,
            target_text=target,
            trigger_text="met",
            source_span=(s0, s0 + len(source)),
            target_span=(t0, t0 + len(target)),
            trigger_span=(0, 0),
            negated=negated,
            hypothetical=hypothetical,
            date=day,
            coder_version="test",
            doc_id=doc,
            sentence_index=0,
        )
        story = story or doc
        self.store.write_documents([(document, story, None)], [document])
        self.store.write_events([(doc, story, [event])], "test")
        return self.con.execute(
            "SELECT id FROM events WHERE doc_id = ? AND source = ? AND target = ? AND quad = ?",
            [doc, source, target, quad],
        ).fetchall()[0][0]

    def many(self, source: str, target: str, day, n: int, **kwargs) -> list[str]:
        return [self.add(source, target, day, **kwargs) for _ in range(n)]
