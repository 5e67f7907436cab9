"""Event coding: CAMEO events (who did what to whom, when) from sentences.

``code(text, date)`` codes one text; ``code_sentences(items)`` streams many; ``evaluate(gold)``
scores the coder on a hand-coded set the way ``data/gold`` README describes.
``register_component()`` makes the coder a spaCy component: ``nlp.add_pipe("detente_coder")``
then fills ``doc._.events``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections.abc import Iterable, Iterator

from detente.coding.ontology import CodeInfo, code_info
from detente.coding.pipeline import CODER_VERSION, Coder, register_component
from detente.records import Event

__all__ = [
    "CODER_VERSION",
    "CodeInfo",
    "Coder",
    "code",
    "code_info",
    "code_sentences",
    "evaluate",
    "register_component",
]


@functools.cache
def default_coder() -> Coder:
    """The shared coder with the configured spaCy pipeline and the real actor finder.

    Once built, what it loaded (pipeline, lexicon, actor tables: some 160,000 objects that live
    as long as the process) is moved out of the garbage collector's sight (``gc.freeze``): a
    full collection walking it in the middle of a batch cost about 0.1 s."""
    coder = Coder()
    gc.freeze()
    return coder


def code(
    text: str, date: dt.date | str | None = None, *, include_flagged: bool = False
) -> list[Event]:
    """Events in ``text`` (one or several sentences); flagged ones only if asked."""
    return default_coder().code(text, date, include_flagged=include_flagged)


def code_sentences(
    items: Iterable[tuple], *, batch_size: int = 256, include_flagged: bool = True
) -> Iterator[tuple[object, list[Event]]]:
    """Stream ``(key, text, date, context)`` items to ``(key, events)``, order preserved."""
    return default_coder().code_sentences(
        items, batch_size=batch_size, include_flagged=include_flagged
    )


def evaluate(gold_path, *, predict=None):
    """Score a gold JSONL file; see :mod:`detente.coding.scoring`."""
    from detente.coding.scoring import evaluate as run

    return run(gold_path, predict=predict)
