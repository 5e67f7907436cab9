"""Who is who in a parsed sentence: actor mentions attached to tokens and noun phrases."""

from __future__ import annotations

from dataclasses import dataclass

from detente.records import Mention

RELATIVE = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him"})
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod", "appos", "npadvmod", "nummod"})
_MOD_PREPS = frozenset({"of", "in", "from", "at"})


@dataclass(frozen=True, slots=True)
class Arg:
    """One resolved actor: its code, text and character span in the sentence."""

    code: str
    text: str
    span: tuple[int, int]
    pronoun: bool = False
    place: bool = False
    # A former office-holder, coded with the bare country: a state may well act on one.
    former: bool = False

    def country_only(self) -> Arg:
        if self.code.startswith("IGO"):
            return self
        return Arg(self.code[:3], self.text, self.span, self.pronoun, self.place, self.former)


class Actors:
    """Coded actor mentions of one parsed sentence, looked up by token."""

    def __init__(self, doc, mentions: list[Mention], fallback: list[Arg] | None = None):
        self.doc = doc
        self.by_token: dict[int, Mention] = {}
        coded = [m for m in mentions if (m.code or m.members) and not _modifier_only(m, doc)]
        if coded:
            for token in doc:
                idx = token.idx
                for mention in coded:
                    if mention.start <= idx < mention.end:
                        self.by_token[token.i] = mention
                        break
        self.fallback = fallback or []
        self._visiting: set[int] = set()

    def _args(self, mention: Mention, location_ok: bool) -> list[Arg]:
        span = (mention.start, mention.end)
        if mention.how == "location":
            if not location_ok:
                return []
            code = mention.country or (mention.code or "")[:3]
            return [Arg(code, mention.text, span, place=True)] if code else []
        if mention.members:
            return [Arg(code, mention.text, span) for code in mention.members]
        return [Arg(mention.code, mention.text, span, former=mention.how == "former")]

    def at(self, token, location_ok: bool = False) -> list[Arg]:
        mention = self.by_token.get(token.i)
        return self._args(mention, location_ok) if mention else []

    def phrase(self, token, location_ok: bool = False, conj: bool = True) -> list[Arg]:
        """Actors of the noun phrase headed by ``token`` (with its coordinated phrases)."""
        if token.i in self._visiting:
            return []
        self._visiting.add(token.i)
        try:
            found = self._head_actors(token, location_ok)
        finally:
            self._visiting.discard(token.i)
        if conj:
            for child in token.children:
                if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    found += self.phrase(child, location_ok)
                elif _listed_appos(child):
                    found += self.phrase(child, location_ok)
        return _unique(found)

    def _head_actors(self, token, location_ok: bool) -> list[Arg]:
        low = token.lower_
        if low in RELATIVE and token.head.dep_ == "relcl":
            return self.phrase(token.head.head, location_ok, conj=False)
        if low in PRONOUNS and token.i not in self.by_token:
            return self.pronoun(token)
        found = self.at(token, location_ok) or self._modifier_actors(token, location_ok, depth=0)
        if found:
            return found + self._coordinated_modifiers(token, found, location_ok)
        return found

    def _coordinated_modifiers(self, token, direct: list[Arg], location_ok: bool) -> list[Arg]:
        """'Indian and Chinese commanders': a modifier coordinated inside one noun phrase; also
        an actor joined by 'and' that the parser buried among the head's left modifiers
        ('President A and Prime Minister B met', parsed as one name)."""
        spans = {a.span for a in direct}
        found: list[Arg] = []
        left = [t for t in token.subtree if t.i < token.i and t.i not in self._head_tokens(token)]
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
            for node in left:
                found += [a for a in self.at(node, location_ok) if a.span not in spans]
                spans |= {a.span for a in found}
        for child in token.lefts:
            if child.dep_ in ("amod", "compound", "nmod") and any(
                c.dep_ == "conj" for c in child.children
            ):
                for node in (child, *[c for c in child.children if c.dep_ == "conj"]):
                    found += [a for a in self.at(node, location_ok) if a.span not in spans]
        return found

    def _head_tokens(self, token) -> set[int]:
        """Token indices covered by the mention at ``token``."""
        mention = self.by_token.get(token.i)
        if mention is None:
            return {token.i}
        return {i for i, m in self.by_token.items() if m is mention}

    def _modifier_actors(self, token, location_ok: bool, depth: int) -> list[Arg]:
        if depth > 2:
            return []
        for child in token.children:
            if child.dep_ in _MODIFIERS:
                got = self.at(child, location_ok) or self._modifier_actors(
                    child, location_ok, depth + 1
                )
                if got:
                    return got
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _MOD_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        got = self.phrase(obj, location_ok, conj=False)
                        if got:
                            return got
            if child.dep_ == "acl":
                for sub in child.children:
                    if sub.dep_ == "agent":
                        got = self.subtree(sub)
                        if got:
                            return got
        return []

    def subtree(self, token, location_ok: bool = False) -> list[Arg]:
        """Every actor under ``token`` in text order, outside embedded clauses: a relative or
        complement clause with its own subject ('a statement that troops had crossed into X',
        'a resolution that would have extended...') tells of another act, not this one's."""
        inside, pruned = _outside_clauses(token)
        found: list[Arg] = []
        for sub in sorted(inside, key=lambda t: t.i):
            found += self.at(sub, location_ok)
        if not found:  # 'voted against allowing U.S. troops to use...': the clause's subject
            for clause in pruned:
                for subject in clause.children:
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        found += self.phrase(subject, location_ok)
        return _unique(found)

    def pronoun(self, token) -> list[Arg]:
        """Antecedent of a pronoun: the subject of a reporting clause above it, else a subject
        earlier in the sentence, else the previous sentence's subject (``fallback``). An object
        pronoun ('ordered him to leave') is never its own clause's subject: it takes the latest
        earlier actor that is not."""
        if token.lower_ in _OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative"):
            return self._object_antecedent(token)
        head = token.head
        while head.dep_ not in ("ROOT",) and head.head is not head:
            if head.dep_ == "ccomp":
                for child in head.head.children:
                    if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
                        got = self.phrase(child)
                        if got:
                            return [_as_pronoun(a) for a in got]
            head = head.head
        for earlier in token.doc[: token.i]:
            if earlier.dep_ in ("nsubj", "nsubjpass") and earlier.lower_ not in PRONOUNS:
                got = self.phrase(earlier)
                if got:
                    return [_as_pronoun(a) for a in got]
        return [_as_pronoun(a) for a in self.fallback[:1]]

    def _object_antecedent(self, token) -> list[Arg]:
        verb = token.head if token.dep_ != "pobj" else token.head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        own = {
            a.code for c in verb.children if c.dep_ == "nsubj" for a in self.phrase(c, conj=True)
        }
        for earlier in reversed(token.doc[: token.i]):
            if earlier.i in self.by_token and earlier.lower_ not in PRONOUNS:
                got = [a for a in self.at(earlier) if a.code not in own]
                if got:
                    return [_as_pronoun(a) for a in got]
        return []


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl"})


def _outside_clauses(token) -> tuple[list, list]:
    """Tokens under ``token`` outside embedded clauses, and the heads of the complement
    clauses (not relative or adverbial ones) that were left out."""
    out, pruned, stack = [], [], [token]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if not _embedded_clause(child):
                stack.append(child)
            elif child.dep_ in ("ccomp", "acl"):
                pruned.append(child)
    return out, pruned


def _modifier_only(mention: Mention, doc) -> bool:
    """'halt the military operation': a bare sector word used as an adjective of a thing is
    no actor (a named one, 'Chinese military drills', still is)."""
    if mention.how != "sector" or not mention.text.islower():
        return False
    tokens = [t for t in doc if mention.start <= t.idx < mention.end]
    return bool(tokens) and all(t.dep_ == "amod" and t.pos_ == "ADJ" for t in tokens)


def _listed_appos(token) -> bool:
    """'Saudi Arabia, the United Arab Emirates and Egypt': the parser reads the second item of a
    list of names as an apposition of the first; a proper-name apposition that heads its own
    'and' list is a list item, not a second name for the first."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and any(c.dep_ == "conj" for c in token.children)
    )


def _embedded_clause(node) -> bool:
    if node.dep_ not in _CLAUSES:
        return False
    if node.dep_ in ("relcl", "advcl"):
        return True
    if node.dep_ == "acl" and not any(c.dep_ == "agent" for c in node.children):
        return True  # 'two men accused of attacks on X'; but 'crimes committed by X' stays
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _as_pronoun(arg: Arg) -> Arg:
    return Arg(arg.code, arg.text, arg.span, True, arg.place, arg.former)


def _unique(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for arg in args:
        if (arg.code, arg.span) not in seen:
            seen.add((arg.code, arg.span))
            out.append(arg)
    return out
