"""Responsibility told as a predicate: 'X said Y was behind the blast', 'X says Y is responsible
for / to blame for the attack', 'X holds Y responsible', 'X has evidence that Y shelled Z'.

Said of someone else under a verb of saying or asserting, the predicate is the speaker's
accusation of its subject (112; gold rule 3: a neutral 'said' codes what it reports, and what it
reports here is an accusation); the deed blamed is only what the accusation is about, not an
event of its own (rule 4). Said by a group of itself ('X said it was behind the bombing') it is a
claim of responsibility (015) aimed at whom the attack hit.
"""

from __future__ import annotations

from detente.coding.act import Act, own_side, prefix_lookup
from detente.coding.agents import VIOLENT
from detente.coding.lexicon import Pattern
from detente.coding.syntax import clause_tokens, passive

ACCUSATION = "112"
CLAIM = "015"
# nouns that count deeds: 'behind a wave of cyber attacks', 'a series of bombings'
_COUNTING = frozenset({"wave", "series", "spate", "string", "number", "spree", "flurry"})
# roots of the deeds whose doer is accused: protests, force, coercion, assault, fighting
_BLAMED_ROOTS = VIOLENT | {"14", "15", "17"}
# a speaker's words for itself and its own: 'said it was behind', 'said its fighters were'
_OWN_WORDS = frozenset({"it", "they", "we", "its", "their", "our"})
# nouns of proof: 'has evidence that Y ...', 'there is proof that Y ...'
_EVIDENCE = frozenset({"evidence", "proof"})
# trigger lemmas whose 015 and 112 rows only this module reads
_OWN_ROWS = frozenset({"be", "have", "responsible"})


def predicate(token):
    """The responsibility predicate ``token`` triggers, as (clause, deeds): the clause whose
    subject is blamed (the copula of 'Y was behind Z', 'Y is responsible for / to blame for
    Z'; the adjective in 'holds Y responsible', which the parser may give a subject of its
    own; the that-clause of 'has evidence that Y shelled Z') and what it blames; else None."""
    lemma = token.lemma_.lower()
    head = token.head
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in token.children):
        return token, _deeds(token, "behind")
    if lemma in ("have", "be"):
        for noun in token.children:
            if noun.dep_ in ("dobj", "attr") and noun.lemma_.lower() in _EVIDENCE:
                for clause in noun.children:
                    if clause.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                    ):
                        return clause, [clause]
        return None
    if lemma == "responsible" and token.pos_ == "ADJ" and token.dep_ == "acomp":
        return (head, _deeds(token, "for")) if head.lemma_.lower() == "be" else None
    if lemma == "blame" and token.dep_ == "xcomp" and head.lemma_.lower() == "be":
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        return (head, _deeds(token, "for")) if to else None
    if lemma == "hold" and token.pos_ == "VERB" and not passive(token):
        for adj in token.children:
            if adj.lemma_.lower() == "responsible" and adj.dep_ in ("ccomp", "oprd", "xcomp"):
                return adj, _deeds(adj, "for")
    return None


class Attribution:
    """Builds the accusation or claim told by a responsibility predicate."""

    def __init__(self, lex, actors, matcher, arguments, fallbacks):
        self.lex, self.actors, self.matcher = lex, actors, matcher
        self.arguments, self.fallbacks = arguments, fallbacks

    def told(self, token, pattern: Pattern, framed: bool) -> bool:
        """Whether this module makes the act of ``token``: always for its own rows (which
        code nothing in other uses: 'the officials responsible for X', 'has evidence of
        X'), and for the rows of 'blame' and 'hold' in a responsibility predicate, unless a
        frame verb wraps it ('alleged that Y was to blame': the frame is the act)."""
        if pattern.code not in (CLAIM, ACCUSATION):
            return False
        if token.lemma_.lower() in _OWN_ROWS:
            return True
        return not framed and predicate(token) is not None

    def act(self, token, pattern: Pattern, framed: bool) -> Act | None:
        """The act of a responsibility predicate's trigger ``token``: a group's own claim,
        else (not under a frame) the speaker's accusation."""
        found = predicate(token)
        if found is None:
            return None  # 'the officials responsible for X': who they are
        if pattern.code == CLAIM:
            claim = self._claim(token, pattern)
            if claim is not None:
                return claim
        return None if framed else self._accusation(token, pattern, *found)

    def _accusation(self, token, pattern: Pattern, clause, deeds) -> Act | None:
        """'X said Y was behind / responsible for Z': X accuses Y, when Z is a misdeed (not
        'responsible for security', 'behind the draft resolution'); 'X holds Y responsible',
        'X says Y is to blame' and 'X has evidence that Y ...' blame by their words alone."""
        lemma = token.lemma_.lower()
        proof = clause.head.lemma_.lower() in _EVIDENCE  # 'evidence that Y ...'
        if lemma in ("be", "responsible") and not proof and not any(map(self._misdeed, deeds)):
            return None
        if lemma == "have":  # 'X has evidence that ...', 'X claims to have proof that ...'
            speakers = [a for a in self.arguments.sources(token, None) if not a.place]
        else:  # 'X says there is proof that ...', 'X said Y was behind ...'
            speakers = self._speakers(token if proof else clause)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(p.dep_ == "poss" and p.lower_ in _OWN_WORDS for s in subjects for p in s.children):
            return None  # 'X said its cells were responsible': owned, not blamed
        accused = [a for s in subjects for a in self.actors.phrase(s) if not a.place]
        if lemma == "hold":
            accused = accused or self.actors.under(token, "dobj")  # 'holds [Y] [responsible]'
        accused = [a for a in accused if not a.pronoun and not own_side(a, speakers)]
        if not speakers or not accused:
            return None
        act = Act(token, pattern, self._charge(deeds), speakers, accused, False)
        act.consumed = {i for d in deeds for i in clause_tokens(d)}
        if lemma == "hold":
            act.consumed.add(clause.i)  # 'responsible', the row's own trigger
        return act

    def _speakers(self, clause) -> list:
        """Who asserts the clause: the subject of the verb of saying or asserting it hangs on
        ('Kyiv said Y was ...', 'Y was ..., Kyiv said', 'holds Y responsible')."""
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # 'said the men were armed and were responsible for X'
        verb = clause.head
        if clause.dep_ not in ("ccomp", "parataxis", "oprd", "xcomp") or verb.i == clause.i:
            return []
        lemma = verb.lemma_.lower()
        cues = self.lex.cues
        if lemma not in cues["reporting_verbs"] and lemma not in cues["asserting_verbs"]:
            return []
        return [a for a in self.arguments.sources(verb, None) if not a.place]

    def _misdeed(self, node) -> bool:
        """A deed one is blamed for: a misdeed noun, or an act of force, coercion or protest
        the lexicon knows ('the blast', 'the shelling of X', 'killing two civilians')."""
        node = _counted(node)
        if node.lemma_.lower() in self.lex.cues["misdeed_nouns"]:
            return True
        found = self.matcher.match(node)
        return found is not None and found.code[:2] in _BLAMED_ROOTS

    def _charge(self, deeds) -> str:
        """The accusation's code by what is blamed, as for 'accused X of ...' (1121-1125 when
        the charge is stated: the deed's own code, else a word of its phrase), else 112."""
        frames = self.lex.frames
        for deed in deeds:
            found = self.matcher.match(_counted(deed))
            mapped = prefix_lookup(frames["code_maps"]["accuse"], found.code) if found else None
            if mapped:
                return mapped
        words = {w for d in deeds for t in d.subtree for w in (t.lemma_.lower(), t.lower_)}
        keywords = frames["frame_keywords"]["accuse"]
        return next((code for word, code in keywords.items() if word in words), ACCUSATION)

    def _claim(self, token, pattern: Pattern) -> Act | None:
        """'X said it was behind the bombing', 'X said its fighters were behind the attack':
        a group owning up to an attack claims responsibility (015), aimed at its victims."""
        speech = token.head
        if token.dep_ != "ccomp" or speech.pos_ != "VERB":
            return None
        speakers = [a for a in self.arguments.sources(speech, None) if not a.place]
        doers = self.actors.under(token, "nsubj", places=True)
        if not speakers or any(not own_side(d, speakers) for d in doers):
            return None
        if not doers and not any(
            c.dep_ == "nsubj"
            and (
                c.lower_ in _OWN_WORDS
                or any(p.dep_ == "poss" and p.lower_ in _OWN_WORDS for p in c.children)
            )
            for c in token.children
        ):
            return None  # 'said the group was behind it': no telling whose the group is
        targets = self.fallbacks.claimed_victims(token, pattern, speakers, "behind")
        return Act(token, pattern, pattern.code, speakers, targets, False)


def _counted(node):
    """The deed a counting noun counts ('a wave of cyber attacks' -> 'attacks')."""
    while node.lemma_.lower() in _COUNTING:
        inner = [o for p in node.children if p.lower_ == "of" for o in p.children]
        if not inner:
            break
        node = inner[0]
    return node


def _deeds(word, prep: str) -> list:
    """What ``word`` blames after ``prep``: 'behind [the blast]', 'responsible for [killing X]'."""
    return [
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == prep
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
