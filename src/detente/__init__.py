"""detente: sourced, structured CAMEO event data between states, from the news.

The Python API in one place (imported lazily, so ``import detente`` stays cheap):

- ``detente.read(paths)``: documents from pages, e-mail, feeds, text and JSONL.
- ``detente.find_actors(text, date)``: actor mentions resolved as of a date.
- ``detente.code(text, date)``: CAMEO events with their provenance.
- ``detente.open_store(path)``: the DuckDB store; ``detente.api`` ingests, codes and reads it.
"""

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "read": ("detente.sources", "read"),
    "find_actors": ("detente.actors", "find"),
    "code": ("detente.coding", "code"),
    "open_store": ("detente.store", "open_store"),
}


def __getattr__(name: str):
    try:
        module, attr = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'detente' has no attribute {name!r}") from None
    return getattr(import_module(module), attr)


__all__ = ["__version__", *_EXPORTS]
