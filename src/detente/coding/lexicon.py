"""Loaders for the coder's data tables in ``detente/data/verbs``.

``acts.jsonl`` holds verb and adjective patterns, ``nouns.jsonl`` nominal events; the ``*_broad``
files beside them add breadth (the common synonyms of every code, with default roles) and are read
the same way. ``frames.json``
the verbs that wrap another act (appeal, demand, intent, threat, reject...) with the tables that
turn the wrapped act into the frame's code, ``classes.json`` noun classes referenced as ``@name``,
``cues.json`` the words of modality and background, ``upgrades.jsonl`` the precedence rules.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources

from detente.coding.ontology import codebook
from detente.errors import DictionaryError

_DIR = "verbs"
_ACT_FILES = ("acts.jsonl", "acts_broad.jsonl")
_NOUN_FILES = ("nouns.jsonl", "nouns_broad.jsonl")
_ACT_KEYS = {
    "pos",
    "lemma",
    "prt",
    "obj",
    "oprep",
    "target",
    "source",
    "joint",
    "pair",
    "priority",
    "frame",
    "dest",
    "code",
    "need",
    "need_all",
    "subj",
}
_POS = {"verb", "adj", "noun"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: a lemma plus the constraints that must hold around it."""

    pos: str
    lemma: str
    code: str
    prt: str | None = None
    obj: tuple[str, ...] = ()
    oprep: str | None = None
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ("nsubj",)
    joint: bool = False
    pair: bool = False
    priority: int = 1
    frame: str | None = None
    dest: bool = False
    need: tuple[str, ...] = ()
    need_all: tuple[str, ...] = ()
    subj: tuple[str, ...] = ()
    line: int = 0
    #: sets of lower-case words of which the sentence must hold one each for the pattern to
    #: fit (see :func:`_cooccurring`); filled when the lexicon is built, empty: no check
    words: tuple[frozenset[str], ...] = field(default=(), compare=False, repr=False)

    @property
    def specificity(self) -> int:
        needs = bool(self.need or self.need_all)
        return 2 * bool(self.prt) + 3 * bool(self.obj or self.subj) + bool(self.oprep) + needs


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    frames: dict
    classes: dict[str, frozenset[str]]
    cues: dict[str, frozenset[str]]
    upgrades: tuple[dict, ...]
    forms: frozenset[str] = field(default=frozenset())
    form_lemmas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    requirements: dict[str, tuple[tuple[frozenset[str], ...], ...]] = field(default_factory=dict)
    #: the same, for the patterns of acts inside one country whose target the coder can
    #: imply when the sentence names only the actor (see :func:`domestic`)
    domestic_requirements: dict[str, tuple[tuple[frozenset[str], ...], ...]] = field(
        default_factory=dict
    )
    #: the same, for those a country named by itself does to its public (:func:`by_state`)
    state_requirements: dict[str, tuple[tuple[frozenset[str], ...], ...]] = field(
        default_factory=dict
    )

    def in_class(self, word: str, name: str) -> bool:
        return word.lower() in self.classes.get(name, ())

    def could_trigger(
        self, words: set[str], *, domestic: bool = False, by_state: bool = False
    ) -> bool:
        """True if some pattern could match among these lower-case words: its trigger form is
        present and so is a word of each of its constraints (object, particle, preposition,
        needed word). A necessary condition for :meth:`Matcher.match`, checked unparsed.
        With ``domestic``, only the patterns of :func:`domestic` acts count; with
        ``by_state``, only those of :func:`by_state` acts."""
        if by_state:
            table = self.state_requirements
        else:
            table = self.domestic_requirements if domestic else self.requirements
        return any(present(needs, words) for word in words for needs in table.get(word, ()))


def present(needs: tuple[frozenset[str], ...], words: frozenset[str] | set[str]) -> bool:
    """Whether ``words`` hold one word of each set in ``needs`` (a pattern's :attr:`words`)."""
    for need in needs:
        if need.isdisjoint(words):
            return False
    return True


def _read(name: str) -> tuple[str, str]:
    path = f"detente/data/{_DIR}/{name}"
    return path, resources.files("detente.data").joinpath(f"{_DIR}/{name}").read_text(
        encoding="utf-8"
    )


def _jsonl(name: str):
    path, text = _read(name)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield path, number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise DictionaryError(path, number, f"bad JSON: {exc.msg}") from exc


def parse_pattern(row: dict, path: str, line: int, default_pos: str = "verb") -> Pattern:
    """Validate one pattern row; errors name the file and line."""
    unknown = set(row) - _ACT_KEYS
    if unknown:
        raise DictionaryError(path, line, f"unknown keys {sorted(unknown)}")
    code, pos = row.get("code"), row.get("pos", default_pos)
    if code not in codebook():
        raise DictionaryError(path, line, f"unknown CAMEO code {code!r}")
    if pos not in _POS or not row.get("lemma"):
        raise DictionaryError(path, line, f"bad pos {pos!r} or missing lemma")
    tuples = {
        k: tuple(row[k])
        for k in ("obj", "target", "source", "need", "need_all", "subj")
        if k in row
    }
    plain = {k: row[k] for k in row if k not in tuples and k not in ("pos", "lemma", "code")}
    return Pattern(pos=pos, lemma=row["lemma"].lower(), code=code, line=line, **plain, **tuples)


def _index(patterns) -> dict[str, tuple[Pattern, ...]]:
    grouped = defaultdict(list)
    for pattern in patterns:
        grouped[pattern.lemma].append(pattern)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in grouped.items()}


def _check_frames(frames: dict, verbs, path: str) -> None:
    names = frames["frames"]
    for pattern in verbs:
        if pattern.frame and pattern.frame not in names:
            raise DictionaryError(path, pattern.line, f"unknown frame {pattern.frame!r}")
    book = codebook()
    for name, spec in names.items():
        for code in [spec.get("default"), *spec.get("codes", {}).values()]:
            if code is not None and code not in book:
                raise DictionaryError(path, None, f"frame {name}: unknown code {code!r}")


@functools.cache
def lexicon() -> Lexicon:
    """Load and validate all coder tables once."""
    verbs = [parse_pattern(row, p, n) for f in _ACT_FILES for p, n, row in _jsonl(f)]
    nouns = [parse_pattern(row, p, n, "noun") for f in _NOUN_FILES for p, n, row in _jsonl(f)]
    frames_path, frames_text = _read("frames.json")
    frames = json.loads(frames_text)
    _check_frames(frames, verbs, frames_path)
    classes = {k: frozenset(v) for k, v in json.loads(_read("classes.json")[1]).items()}
    verbs = [replace(p, words=_cooccurring(p, classes)) for p in verbs]
    nouns = [replace(p, words=_cooccurring(p, classes)) for p in nouns]
    cues = {k: frozenset(v) for k, v in json.loads(_read("cues.json")[1]).items()}
    upgrades = tuple(row for _p, _n, row in _jsonl("upgrades.jsonl"))
    surface = _surface_forms({p.lemma for p in verbs} | {p.lemma for p in nouns})
    return Lexicon(
        verbs=_index(p for p in verbs if p.pos != "noun"),
        nouns=_index(nouns),
        frames=frames,
        classes=classes,
        cues=cues,
        upgrades=upgrades,
        **surface,
        requirements=_requirements([*verbs, *nouns], surface["form_lemmas"]),
        domestic_requirements=_requirements(
            [p for p in [*verbs, *nouns] if domestic(p)], surface["form_lemmas"]
        ),
        state_requirements=_requirements(
            [p for p in [*verbs, *nouns] if by_state(p)], surface["form_lemmas"]
        ),
    )


#: codes of acts inside one country that a sentence naming one actor may hold, each with a
#: target the coder implies: protests and strikes (14) at the protesters' own government,
#: force postures (15) at the protest they are set for, curfews, bans on gatherings and
#: states of emergency (1721, 1723, 1724) at the public
_DOMESTIC_ROOTS = frozenset({"14", "15"})
_DOMESTIC_CODES = frozenset(
    {"1721", "1723", "1724", "0813", "0814"}
    # coercion of a state's own people: seizures, demolitions, penalties, bans on parties,
    # arrests and crackdowns, aimed at whom they fall on (see ``implied.py``)
    | {"170", "171", "1711", "1712", "172", "1722", "173", "175"}
    # and the easing of both: dissent called off (at the government), bans on the
    # opposition or the press lifted (at them)
    | {"082", "081", "0811", "0812"}
)


def domestic(pattern: Pattern) -> bool:
    """Whether ``pattern`` triggers, by itself (not as a frame over another act), an act
    inside one country whose target the coder can fill when no second actor is named."""
    code = pattern.code
    return pattern.frame is None and (code[:2] in _DOMESTIC_ROOTS or code in _DOMESTIC_CODES)


#: of those, what a country named by itself imposes on its own public: a curfew, or its
#: lifting ('Ethiopia extended the curfew'). A state of emergency a country declares is as
#: often aimed at migrants, a war or a crisis as at its people, and other coercion is told
#: with the organ that does it (WCEP: most such acts by a bare country were no coercion)
_BY_STATE_CODES = frozenset({"1723", "0813"})


def by_state(pattern: Pattern) -> bool:
    """Whether ``pattern`` is a :func:`domestic` act a country named by itself does to its
    own public, whom the coder takes for its target (see ``implied.py``)."""
    return domestic(pattern) and pattern.code in _BY_STATE_CODES


def _requirements(patterns, form_lemmas) -> dict:
    """Per trigger form, each pattern's constraints (its :attr:`Pattern.words`)."""
    by_lemma: dict[str, set] = defaultdict(set)
    for pattern in patterns:
        by_lemma[pattern.lemma].add(pattern.words)
    out = {
        form: tuple({needs for lemma in lemmas for needs in by_lemma.get(lemma, ())})
        for form, lemmas in form_lemmas.items()
    }
    return {form: needs for form, needs in out.items() if needs}  # forms of no such pattern


def _needs(pattern: Pattern, classes) -> tuple[frozenset[str], ...]:
    from detente.coding.inflect import inflections

    def words(wanted: tuple[str, ...]) -> frozenset[str] | None:
        out: set[str] = set()
        for want in wanted:
            if want in ("@person", "@state"):
                return None  # any actor mention may be the object
            members = classes.get(want[1:], ()) if want.startswith("@") else (want,)
            for member in members:
                last = member.split()[-1]
                out |= inflections(last) | set(last.split("-"))
        return frozenset(out)

    needs = [
        words(pattern.obj) if pattern.obj else None,
        words(pattern.subj) if pattern.subj else None,
        words(pattern.need) or None,
        *(words((want,)) for want in pattern.need_all),
    ]
    needs += [frozenset({w}) for w in (pattern.prt, pattern.oprep) if w]
    return tuple(n for n in needs if n is not None)


def _cooccurring(pattern: Pattern, classes) -> tuple[frozenset[str], ...]:
    """The words :meth:`Matcher._fits` cannot do without, as sets of which the sentence must
    hold one each: :func:`_needs` less what a parse can supply otherwise. A pattern with an
    object fits the passive without its preposition ('a truce was agreed'), and 'to' may be
    'toward'. Both the pre-parse filter (:meth:`Lexicon.could_trigger`) and the matcher check
    them."""
    prep = frozenset({pattern.oprep}) if pattern.oprep else None
    needs = [n for n in _needs(pattern, classes) if n != prep or pattern.prt == pattern.oprep]
    if pattern.oprep and not pattern.obj:
        needs.append(_TOWARD if pattern.oprep == "to" else frozenset({pattern.oprep}))
    return tuple(needs)


_TOWARD = frozenset({"to", "toward", "towards"})


def _surface_forms(lemmas: set[str]) -> dict:
    """Inflected forms of the trigger lemmas: the pre-parse filter's word set, and a map back to
    the lemmas for words the statistical lemmatizer gets wrong ('lambasted' -> 'lambast')."""
    from detente.coding.inflect import inflections

    form_lemmas: dict[str, set[str]] = defaultdict(set)
    for lemma in lemmas:
        for form in inflections(lemma):
            form_lemmas[form].add(lemma)
    return {
        "forms": frozenset(form_lemmas),
        "form_lemmas": {k: tuple(sorted(v)) for k, v in form_lemmas.items()},
    }


def reset_caches() -> None:
    lexicon.cache_clear()
