"""What a protest is for. CAMEO splits each protest form (141 demonstrate, 142 hunger strike,
143 strike or boycott, 144 blockade, 145 riot) by the change it asks for: of leader (1411),
of policy (1412), rights (1413) or institutions (1414). The purpose is what the protest's clause
says it demands, presses for or stands against ('marched ... demanding that the president
resign', 'walked off the job over pay', 'blocked highways to press the government to scrap a
fuel tax'), read through the cue lists ``purpose_*`` of ``cues.json``.

A protest aimed at a foreign state ('rallied outside the embassy against X's bombing campaign')
keeps its base code unless it asks for a leader's fall: a foreign government's acts are not the
protesters' own state's policy to change."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.engine import Draft
from detente.coding.lexicon import Lexicon
from detente.coding.syntax import infinitive

_FORMS = frozenset({"141", "142", "143", "144", "145"})
# cue list, then the fourth digit it gives; a leader's fall is looked for first ('demanding
# that he step down and call a new election')
_CHANGES = (
    ("purpose_leader", "1"),
    ("purpose_rights", "3"),
    ("purpose_regime", "4"),
    ("purpose_policy", "2"),
)
# links by which a demand or a protest verb hangs on the protest it tells the purpose of
_PURPOSE_LINKS = frozenset({"advcl", "xcomp"})
# what a purpose verb asks for, and the prepositions after a bare "in protest"
_ASKING = frozenset({"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "acomp"})
_PROTEST_PREPS = frozenset({"at", "against", "over"})


def purpose(draft: Draft, lex: Lexicon) -> Draft:
    """The protest draft with its purpose's sub-code, if its clause states one."""
    if draft.code not in _FORMS:
        return draft
    words = purpose_words(draft.trigger, lex)
    domestic = draft.source.code[:3] == draft.target.code[:3]
    for cues, digit in _CHANGES:
        if words & lex.cues[cues] and (domestic or digit == "1"):
            # a stronger form is ranked as an upgrade: 'blocked roads, calling for X's
            # resignation' is one blockade for a leader's fall (1441), not the demonstration
            # its demand makes (1411)
            priority = max(draft.priority, 2) if draft.code != "141" else draft.priority
            return replace(draft, code=draft.code + digit, priority=priority)
    return draft


def purpose_words(trigger, lex: Lexicon) -> set[str]:
    """Lemmas of what the trigger's clause demands, presses for or protests against: the words
    under a purpose verb ('demanding that X resign', 'to press X to cut prices', 'protesters
    demanding the withdrawal of a bill stormed ...') or a purpose preposition ('a strike over
    pay', 'a march against the law'). The clause is the protest verb's: a demand that tells
    a march's purpose ('marched ..., demanding X') is read from the march."""
    clause = trigger
    while clause.dep_ in _PURPOSE_LINKS and clause.head.i != clause.i:
        clause = clause.head
    verbs, preps = lex.cues["purpose_verbs"], lex.cues["purpose_preps"]
    words: set[str] = set()
    for token in clause.subtree:
        if token.dep_ == "prep" and token.lower_ in preps:
            words |= _words(token)
        elif token.lemma_.lower() in verbs:
            for child in _asked(token):
                words |= _words(child) | {child.lemma_.lower(), child.lower_}
    return words


def _asked(token) -> list:
    """What a purpose verb or noun asks for: its complements, object and prepositions, not
    its subject or a clause beside it ('forced their way in as lawmakers passed a bill' asks
    for nothing). A bare 'in protest' followed by the preposition the parser hung elsewhere
    ('in protest at X's plan') asks for that preposition's object."""
    asked = [
        c
        for c in token.children
        # 'to press the government to scrap a tax': the parser makes the infinitive a clause
        if c.dep_ in _ASKING or (c.dep_ == "advcl" and infinitive(c))
    ]
    if not asked and token.i + 1 < len(token.doc):
        after = token.doc[token.i + 1]
        if after.dep_ == "prep" and after.lower_ in _PROTEST_PREPS:
            asked = [after]
    return asked


def _words(token) -> set[str]:
    """Lemmas and word forms under a token ('taxes' may lemmatise to 'taxis'), less the
    participles that only describe someone ('the ousted president' asks for no ouster)."""
    under = [
        t for t in token.subtree if t.i != token.i and not (t.dep_ == "amod" and t.tag_ == "VBN")
    ]
    return {t.lemma_.lower() for t in under} | {t.lower_ for t in under}
