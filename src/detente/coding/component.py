"""Importing this module registers the ``detente_coder`` spaCy factory.

It is the target of the package's ``spacy_factories`` entry point: spaCy imports every such
target when it builds a pipeline, so with detente installed ``nlp.add_pipe("detente_coder")``
works without importing detente first.
"""

from detente.coding.pipeline import make_component, register_component

register_component()

__all__ = ["make_component"]
