"""Modality and background of a trigger: negated, hypothetical, future, background."""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.coding.dates import TIME_NOUNS, WEEKDAYS
from detente.coding.syntax import infinitive, own_subject, reaction_participle, word_below

_YEAR = re.compile(r"(19|20)\d\d(s)?")
# the children of a verb that may carry its date ('on Tuesday', 'Tuesday')
_DATING = frozenset({"prep", "npadvmod"})
# Dependencies that stay inside one event's clause chain when walking up from a trigger.
# marks of a clause that tells the circumstances of another deed: its own deed, its own mood
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "whereas", "although", "though"})
_PAST_ONLY_MARKS = frozenset({"when", "after"})
# verbs of getting ready for an act that is still ahead: 'prepared for an offensive'
_PREPARING = frozenset({"prepare", "brace", "gear", "pave"})  # pave: 'paved the way for X'
_CHAIN = frozenset(
    {
        "xcomp",
        "conj",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "acomp",
        "auxpass",
        "advcl",
        "acl",
        "relcl",
        "ccomp",
        "attr",
        "nsubj",
        "nsubjpass",
        "appos",
        "npadvmod",
    }
)


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    background: bool = False
    #: under a verb of planning ('X and Y plan to meet'): an intent when the act cooperates
    #: (gold rule 6), otherwise not yet an act (see :func:`detente.coding.precedence.tense`)
    planned: bool = False


def _aux(token) -> set[str]:
    """Auxiliaries of ``token``; a capitalised one inside the sentence is a name the parser
    took for a modal ('Theresa May hosted X'), not 'may'."""
    return {
        c.lower_
        for c in token.children
        if c.dep_ in ("aux", "auxpass") and not (c.i > 0 and c.text[:1].isupper())
    }


def _is_negated(token, cues, below=None) -> bool:
    """Negated: 'did not', 'no talks were held'; a verb's 'no' object ('saw no chance of
    X') does not negate a conjunct with its own object ('..., and accused Y of Z')."""
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True  # 'no talks were held'; 'no sign that the troops had withdrawn'
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("neither", "nor") and child.dep_ == "preconj":
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True  # 'will no longer provide aid': what stops is not done
        if child.dep_ == "dobj" and below is not None and below.dep_ == "conj":
            continue
        # 'there is no evidence that X ...': the noun after the trigger's own 'be' too (not
        # a clause above it: 'X fire on Y; there are no casualties')
        attr = child.dep_ == "attr" and below is None
        if (child.dep_ in ("nsubj", "dobj", "nsubjpass") or attr) and any(
            g.dep_ == "det" and g.lower_ == "no" for g in child.children
        ):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _neither_nor(child):
            return True  # 'neither X nor Y agreed': both subjects are negated
    return False


def _neither_nor(subject) -> bool:
    """A subject opened by 'neither' and joined by 'nor' ('neither Kenya nor Somalia'); the
    parser hangs 'neither' on the first conjunct as a pre-conjunction or a determiner."""
    opens = any(g.lower_ == "neither" and g.dep_ in ("preconj", "det") for g in subject.children)
    return opens and any(g.lower_ == "nor" for g in subject.children)


def _chain(token):
    """The trigger and the heads above it, each with the dependency that links it upwards."""
    current = token
    while True:
        yield current
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return
        current = current.head


def _for_to_clause(node) -> bool:
    """'for X to V': an infinitive with its own subject after 'for' names what would, could
    or should happen ('paved the way for X to V', 'a precedent for X to V'), never a deed."""
    return infinitive(node) and any(k.dep_ == "mark" and k.lower_ == "for" for k in node.children)


def assess(token, cues, reporting_ok: bool = True, sent_to_do: bool = False) -> Modality:
    """Modality of the act expressed by ``token`` (a verb, adjective or event noun)."""
    negated = hypothetical = future = background = False
    doc = token.doc
    if _question(doc):
        hypothetical = True
    if _inverted(doc[0]):  # 'Should X attack, ...', 'Had X known, ...': a condition first
        hypothetical = True
    below_report = False
    below = None  # the node one step down the chain
    planned = False
    aimed = False  # a preference or purpose: 'favours expelling X', 'sent troops to seize X'
    offered = False  # an offer on terms: 'would send aid if asked'
    hedged = False  # a hedging adverb or adjective on the act's clause
    for depth, node in enumerate(_chain(token)):
        aux = _aux(node)
        lemma = node.lemma_.lower()
        if depth and node.pos_ in ("VERB", "AUX") and lemma in cues["reporting_verbs"]:
            below_report = True
            if _speech_act_participle(node, cues):
                background = True  # 'protested, saying X had violated Y': only the protest
            if _opinion_subject(node, cues):
                hypothetical = True
            if _earlier_report(node, cues):
                background = True  # 'flew to X after Y said he had asked Z': all background
            break
        if depth == 0 and lemma in cues["speculation_verbs"] and _opinion_subject(node, cues):
            hypothetical = True  # 'some commentators have suggested X may ...': a view (rule 5)
        if depth == 0 and _speculated(node, cues):
            hypothetical = True  # 'X might resume talks, officials suggested': a guess
        if _is_negated(node, cues, below):
            negated = True
        # 'halted the talks and expelled X': a conjunct is an act of its own, not what halted
        if (
            depth
            and lemma in cues["negating_governors"]
            and not _itinerary_stop(node)
            and not _coordinated(below)
        ):
            negated = True
        if depth and _negating_phrasal(node, lemma, cues) and not _coordinated(below):
            negated = True  # 'held back from expelling X', 'has yet to reach a deal'
        adjective = _predicate_adjective(node, below)
        if adjective in cues["negating_governors"]:
            negated = True  # 'X was reluctant on Monday to V', the infinitive hung on 'was'
        elif adjective in cues["hypothetical_governors"]:
            hypothetical = True
        if depth and _excessive(node, below, cues):
            negated = True  # 'it was too early to lift sanctions': what is not (yet) done
        if depth and _speculated_about(node, below, cues):
            hypothetical = True  # 'speculation is mounting that X will', 'rumours that X was'
        if depth and _planning(node, below, cues):
            planned = True  # 'A and B plan to meet': an intent, not a guess
        elif (
            depth
            and (
                lemma in cues["hypothetical_governors"]
                or node.lower_ in cues["hypothetical_governors"]
            )
            and not _wanted_by_law(node)
        ):
            hypothetical = True
        if depth and _admitted(node, below, cues):
            background = True  # 'admitted that its forces shelled X': only the admission (rule 3)
        if depth and below.dep_ == "xcomp" and lemma in cues["threat_governors"]:
            hypothetical = True  # 'threatens to launch an incursion, targeting X': not done
        if depth == 1 and _bargained(node, below, cues):
            aimed = True  # 'is negotiating to buy gas from X', 'in talks to buy': not done
        if (depth == 0 or depth == 1 and below.dep_ == "conj") and _plot_misparsed(node, cues):
            # 'foiled a plot to kill X' with 'to kill' hung on 'foiled'; its conjunct too
            # ('a plot to blow up pipelines and seize ports')
            hypothetical = True
        if depth == 0 and token.pos_ in ("VERB", "AUX") and _hoped_for(node, cues):
            future = True  # the anchor of an event noun: 'hopes to V during talks Tuesday'
        if depth and _imminent(node, below, cues):
            future = True  # 'is about to fly to X', 'on the verge of signing': not yet done
        if (
            aux & cues["future_aux"]
            or (
                depth
                and lemma in cues["future_governors"]
                and not _coordinated(below)
                and not _particle_verb(node)
            )
        ) and not (depth == 1 and _done_subject(node, below, cues)):
            future = True
        if "to" in aux and _scheduled(node, cues):
            future = True  # 'NATO is to meet'; headline 'Judges to charge X'
        if _preparing_for(node, below):
            aimed = True  # 'as X prepared for an offensive': what is got ready for is ahead
        if below is not None and _preferred(node, below, cues):
            aimed = True
        if below is not None and _purpose_phrase(node, below):
            aimed = True  # 'held talks in order to reach a deal': the aim is not yet reached
        if below is not None and _purpose(node, below, cues) and not sent_to_do:
            # 'sent troops to seize X'; but 'sent a team to investigate' does, and 'hit back
            # by sending jets to bomb X' tells the strike made as the reply
            aimed = aimed or not _reply_means(node, cues)
        if depth == 0 and _advisory(node, cues):
            negated = True  # 'warned its citizens against travelling to X': advice at home
        if depth and _in_doubt(node, below, cues):
            negated = True  # 'talks on a deal are now in question', 'the truce collapsed'
        if depth == 0 and _endangers(node, cues):
            negated = True  # 'clashes ..., threatening a peace deal': a danger, not a threat
        if below is not None and _discussed(node, below, depth, cues):
            hypothetical = True  # 'met to discuss sending a mission': a topic, not a deed
        if below is not None and (_prevented(node, below, cues) or _ban_object(node, below, cues)):
            negated = True  # 'barred X from travelling', 'a ban on importing Y'
        if _hedged(node, depth, cues):
            hypothetical = True  # 'will likely meet', 'possible talks' (gold rule 5)
            hedged = True
        if below is not None and _demanded(node, below, cues):
            hypothetical = True  # 'an ultimatum to close its border': what was demanded
        if aux & cues["hedge_aux"]:
            hypothetical = True
        if any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in node.children):
            hypothetical = True
        if _conditioned(node, cues) or (depth == 0 and _conditioned_complement(node, cues)):
            hypothetical = True  # 'in the event of a coup, X would', 'ready to V if Y does'
        if _counterfactual(node):
            hypothetical = True  # 'X would have imposed sanctions had Y not ...'
        if _for_to_clause(node):
            hypothetical = True  # 'the precedent it sets for China to invade X': not done
        if node.dep_ != "ROOT" and any(_inverted(t) for t in (node, *node.children)):
            hypothetical = True  # '..., were X to recognise Y': a condition inside the sentence
        # the act's own clause, or the clause it is the subject of ('the invasion ten years
        # ago toppled X': the noun is dated by its verb's adjunct)
        if (
            depth == 0
            or node.dep_ in ("advcl", "relcl", "acl", "pcomp", "pobj", "xcomp", "conj")
            or (below is not None and below.dep_ in ("nsubj", "nsubjpass"))
        ):
            background = (
                background
                or _background_here(node, cues)
                or _durative(node, cues)
                or _later_than_past(node, cues)
                or _habitual(node, cues)
                or _dated_by_object(node, cues)
                or (below is not None and below.dep_ in ("nsubj", "nsubjpass") and _dated(below))
            )
        if depth == 0 and node.pos_ == "NOUN" and _dated(node):
            background = True  # 'the 2006 war', 'last year's talks': a dated past event
        if below is not None and _commemorated(node, below, cues):
            background = True  # 'the anniversary of the invasion': remembered, not done
        if depth == 0 and node.dep_ == "pcomp" and _alleged(node, cues):
            background = True  # 'a man suspected of spying for X': the deed is not coded
        if any(_offer_condition(c, cues) for c in node.children) or (
            below is not None
            and node.lemma_.lower() in cues["offer_governors"]
            and any(_conditional_clause(c, cues) for c in (*node.children, *below.children))
        ):
            offered = True  # 'would send aid if asked', 'ready to mediate if both sides ask'
        if node.dep_ == "pobj" and node.head.lower_ in cues["background_preps"]:
            background = True
        if node.dep_ == "pcomp" and node.head.lower_ == "since":  # 'ever since ceding X'
            background = True
        if node.dep_ == "pobj" and _reacted_to(node.head, cues):
            background = True  # 'in response to X's resolution': what was answered
        if node.dep_ in ("advcl", "pcomp") and any(_earlier_clause(c, cues) for c in node.children):
            background = True
        if depth == 0 and _misparsed_earlier(node, cues):
            background = True
        if node.dep_ in ("relcl", "advcl", "acl") and "had" in aux:
            background = True
        if _past_beside_present(node, aux):
            background = True  # 'raids pirates who hijacked a ship': what they did before
        if node.dep_ in ("advcl", "pcomp") and "having" in aux:
            background = True  # 'welcomed the deal, having threatened to ban X': done before
        if depth == 0 and _blame_on_noun(node, cues):
            background = True  # 'a bombing that Ankara blamed on the group': background
        if (node.dep_ == "relcl" and _answered_deed(node, cues)) or _answered_misparsed(node, cues):
            background = True  # 'in retaliation for the missiles X fired at Y': what was answered
        if node.dep_ not in _CHAIN or _own_clause(node, cues):
            break
        below = node
    if below_report and hypothetical and not negated:
        # a hedging word stays speculation under a report: 'confirmed that X have likely
        # gone to fight', 'said the jets probably struck Y' (gold rule 5)
        hypothetical = hedged or _hedged_under_report(token, cues)
        future = future or _would(token)
    return Modality(negated, hypothetical or aimed or offered, future, background, planned)


def _past_beside_present(node, aux) -> bool:
    """A simple-past relative clause on a noun of a present-tense clause ('the navy raids
    pirates who hijacked a ship', 'frees a fisherman whom it seized on Monday', 'returns a
    vessel that was seized'): the tenses tell the clause is what that noun's people did
    before, background to the sentence's act (gold rule 4)."""
    if node.dep_ != "relcl" or not (node.tag_ == "VBD" or aux & {"was", "were"}):
        return False
    verb = node.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ in ("VBG", "VBN") and bool(_aux(verb) & {"is", "are", "has", "have"})
    )


def _earlier_report(node, cues) -> bool:
    """A reporting verb in an earlier clause ('after X said ...', 'following Y's claim
    that ...'): what it reports is background to the main act, like the report itself."""
    return node.dep_ in ("advcl", "pcomp") and any(_earlier_clause(c, cues) for c in node.children)


def _admitted(node, below, cues) -> bool:
    """The act is what a verb of admission owns up to ('admitted that its troops fired on X',
    'confessed to spying for Y'): the admission is coded, not the deed (gold rule 3)."""
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in cues["admission_verbs"]:
        return False
    if below.dep_ == "ccomp":
        # 'acknowledged that it bore responsibility for X': the clause is the admission itself
        return not any(t.lemma_.lower() in cues["owning_words"] for t in below.subtree)
    return below.dep_ == "prep" and below.lower_ == "to"  # 'confessed to spying'


def _planning(node, below, cues) -> bool:
    """A verb of planning over the act's infinitive: 'plan to meet', 'are planning to
    sign', 'intends to visit' (not the noun 'a plan to', nor 'plans' said of a third party's
    view)."""
    return (
        node.pos_ == "VERB"
        and node.lemma_.lower() in cues["intent_governors"]
        and below is not None
        and below.dep_ == "xcomp"
        and infinitive(below)
    )


def _negating_phrasal(node, lemma, cues) -> bool:
    """A governor that with its particle says the act did not happen: 'held back from',
    'held off on', 'has yet to', 'stopped short of', 'shied away from'."""
    phrasals = cues["negating_phrasals"]
    if node.dep_ in ("advmod", "prt") and node.head.i != node.i:  # 'held back from': on 'back'
        if f"{node.head.lemma_.lower()} {node.lower_}" in phrasals:
            return True
    return any(
        c.dep_ in ("advmod", "prt", "acomp") and f"{lemma} {c.lower_}" in phrasals
        for c in node.children
    )


def _durative(node, cues) -> bool:
    """A standing state summed up over a past span: 'has claimed X ever since', 'has
    produced little since it began in 2011' (a perfect with a since-clause dated by a year,
    as 'since 2011' is)."""
    doc = node.doc
    for child in node.children:
        if child.lower_ == "since" and child.i > 0:
            if f"{doc[child.i - 1].lower_} since" in cues["durative_words"]:
                return True
        if child.dep_ != "advcl" or not (_aux(node) & {"has", "have", "'ve"}):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children) and any(
            _YEAR.fullmatch(t.text) or t.lower_ == "ago" for t in child.subtree
        ):
            return True
    return False


def _later_than_past(node, cues) -> bool:
    """'... in 1995 and signed a treaty three years later': a time counted from a past date
    elsewhere in the sentence is past too ('hours later' after 'on Friday' is not)."""
    if not any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in cues["relative_later"]
        for c in node.children
    ):
        return False
    inside = {t.i for t in node.subtree}
    return any(
        t.i not in inside
        and t.dep_ in ("prep", "npadvmod", "advmod")
        and t.lower_ not in cues["relative_later"]
        and _is_past_time(t, cues)
        for t in node.doc
    )


_INVERTING = frozenset({"should", "had", "were"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


_ORDINALS = frozenset({"first", "second", "third", "fourth", "last", "final", "next", "latest"})


def _itinerary_stop(node) -> bool:
    """'the first stop of a tour': a place on an itinerary, not a halt."""
    return node.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _ORDINALS for c in node.children
    )


def _own_clause(node, cues) -> bool:
    """A clause that tells another act than the one it hangs on, whose modality is its own:
    a relative clause with a subject of its own ('a plan Y would endorse': what X did is not
    hypothetical), or a closing reaction participle ('X would have vetoed Y, drawing...')."""
    if node.dep_ == "relcl":
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES for c in node.children
        )
    return reaction_participle(node) or _circumstance(node, cues)


def _circumstance(node, cues) -> bool:
    """'the vote was postponed as X's fighters killed a general', 'talks were called off
    while Y shelled the city': a finite clause of circumstance with a subject of its own
    tells another deed, done whatever the clause it hangs on says was not or might be done.
    'when' and 'after' count only in the past ('will respond when X attacks' is a
    condition)."""
    if node.dep_ != "advcl" or node.pos_ != "VERB" or not own_subject(node):
        return False
    lemma = node.lemma_.lower()
    if lemma in cues["reporting_verbs"] or lemma in cues["speculation_verbs"]:
        return False  # 'as analysts suggest that X would': a view, no deed of its own
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if marks & _CIRCUMSTANCE_MARKS:
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in node.children)
    past = node.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children
    )
    return bool(marks & _PAST_ONLY_MARKS) and past


def _inverted(token) -> bool:
    """A conditional told by inversion: 'Were X to recognise Y', 'Had X known', 'Should X
    attack': 'were', 'had' or 'should' opening its clause, before the clause's own subject."""
    if token.lower_ not in _INVERTING or token.i != token.left_edge.i:
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ not in (",", ";", "--", "-", "\u2014"):
        return False  # only at the start of the sentence or of a clause set off by a comma
    verb = token if token.dep_ not in ("aux", "auxpass") else token.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > token.i for c in verb.children
    ) or (token.i == 0 and token.dep_ in ("aux", "auxpass", "ROOT"))


def _reacted_to(prep, cues) -> bool:
    """'in response to', 'in retaliation for': the object is the earlier act."""
    noun = prep.head
    return (
        prep.dep_ == "prep"
        and noun.i != prep.i
        and noun.lower_ in cues["reaction_nouns"]
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
    )


def _blame_on_noun(verb, cues) -> bool:
    """A relative clause that tells who was blamed for the noun it hangs on ('a car bomb that
    the government blamed on the rebels', 'Belarus, which Brussels accuses of engineering
    the crisis'): the blame describes the noun and is background, not the sentence's act.
    The relative word is the clause's object; a clause with an object noun of its own
    ('officials who accused X of Y') is an act of its subject's."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in cues["blame_verbs"]:
        return False
    subject = any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVES for c in verb.children)
    own_object = any(c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in verb.children)
    return subject and not own_object


def _answered_deed(clause, cues) -> bool:
    """A relative clause on what a reaction answers: 'in retaliation for the barrage of
    missiles X fired at Y', 'in response to the sanctions Z imposed': the earlier deed that
    the main act answers is background, like the noun itself."""
    noun = clause.head
    for _ in range(4):
        if noun.dep_ != "pobj":
            return False
        if _reacted_to(noun.head, cues):
            return True
        if noun.head.lower_ != "of":  # 'the barrage of missiles': go up to the barrage
            return False
        noun = noun.head.head
    return False


def _answered_misparsed(verb, cues) -> bool:
    """The same relative clause parsed as the verb's own clause, with the reaction phrase
    hung on it before its subject ('in retaliation for the missiles Tehran fired at X'):
    the subject comes right after the answered noun phrase."""
    if verb.pos_ != "VERB" or verb.dep_ == "ROOT" or verb.head.i > verb.i:
        return False  # the misparse hangs the clause on a main verb before it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < subject.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                noun is not None
                and noun.lower_ in cues["reaction_nouns"]
                and prep.i > verb.head.i
                and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in noun.children)
                and prep.right_edge.i + 1 == subject.left_edge.i
            ):
                return True
    return False


#: days that date an event noun to the news of the day ('Tuesday's handover')
_NEWS_DAYS = frozenset(WEEKDAYS) | {"yesterday", "today"}


def _done_subject(node, below, cues) -> bool:
    """'Tuesday's handover of maize will help feed 300,000 people', 'the recent delivery
    of fuel will ease shortages': an event noun dated to the news of the day (or 'recent')
    that is the subject of a verb telling its effect happened; only the effect is ahead."""
    if below.dep_ not in ("nsubj", "nsubjpass") or below.pos_ != "NOUN":
        return False
    if node.lemma_.lower() not in cues["effect_verbs"]:
        return False
    return any(
        c.dep_ == "poss" and c.lower_ in _NEWS_DAYS or c.dep_ == "amod" and c.lower_ == "recent"
        for c in below.children
    )


def _scheduled(node, cues) -> bool:
    """'X is/was to V' (an arranged act), or a headline 'NP to V' whose root is the noun."""
    head = node.head
    if node.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.i != node.i:
        if node.lemma_.lower() == "blame":  # 'X is to blame': a present judgement
            return False
        return not any(  # 'the aim is to V' is no schedule
            c.dep_ == "nsubj" and c.lemma_.lower() in cues["hypothetical_governors"]
            for c in head.children
        )
    if node.dep_ == "ROOT":  # 'Prosecutors to charge X': an infinitive as the main verb
        return node.tag_ == "VB" and any(c.dep_ == "nsubj" for c in node.children)
    return node.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")


def _particle_verb(node) -> bool:
    """'the bank is set up under an accord signed by A and B': a verb with a particle ('set
    up', 'set out') is another verb than the governor of a plan ('is set to sign')."""
    return any(c.dep_ == "prt" for c in node.children)


def _coordinated(below) -> bool:
    """'set buses ablaze and fired at police': a verb coordinated with a future governor
    ('set', 'plan') is a second act of its own, not what is set or planned."""
    return below is not None and below.dep_ == "conj"


def _preferred(node, below, cues) -> bool:
    """A preference verb over a gerund: 'favours expelling', 'advocates imposing'."""
    return (
        node.lemma_.lower() in cues["preference_governors"]
        and below.tag_ == "VBG"
        and below.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")
    )


def _endangers(node, cues) -> bool:
    """'threaten' in the sense 'put at risk': a participle with no subject of its own or a
    subject that is an event or a state ('clashes ..., threatening a truce', 'the fighting
    threatens the peace deal'), whose object is something at stake, not an actor; 'threatened
    to V' and 'threatened X with Y' stay threats."""
    if node.lemma_.lower() not in cues["endangering_verbs"]:
        return False
    kids = list(node.children)
    if any(c.dep_ == "xcomp" for c in kids) and _abstract_subject(node, cues):
        return True  # 'sanctions and pressure threaten to stifle X': a risk, no one's threat
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in kids
    ):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in cues["at_stake_nouns"] for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return node.tag_ == "VBG" and node.dep_ in ("advcl", "acl", "xcomp", "relcl", "conj")
    return all(s.lemma_.lower() in cues["abstract_subjects"] for s in subjects)


def _in_doubt(node, below, cues) -> bool:
    """The act is (inside) the subject of a predicate of failure or doubt: 'the talks
    collapsed', 'the peace deal broke down', 'negotiations for a deal are now in question',
    'the truce is in doubt': no deal or talks to code. 'in question' as the topic of an
    act ('the region in question') is no predicate of its subject."""
    if below is None or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if below.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = node.lemma_.lower()
    kids = list(node.children)
    held = below.lemma_.lower() in cues["held_meetings"]  # 'the talks broke down': held
    failing = cues["failing_verbs"]
    if node.pos_ == "VERB" and lemma in failing and not held:
        return True
    if not held and any(f"{lemma} {c.lower_}" in failing for c in kids if c.dep_ == "prt"):
        return True
    if lemma != "be":
        return False
    for c in kids:
        if c.dep_ == "acomp" and c.lemma_.lower() in cues["doubt_adjectives"]:
            return not any(g.dep_ in ("xcomp", "ccomp") for g in c.children)
        if c.dep_ == "prep" and c.lower_ in ("in", "on"):
            objects = [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
            if (c.lower_ == "in" and set(objects) & cues["doubt_nouns"]) or (
                c.lower_ == "on" and "hold" in objects
            ):
                return True
    return False


def _advisory(node, cues) -> bool:
    """'X warned its citizens against travelling to Y', 'urged their nationals to leave Y':
    advice a state gives its own people is a travel advisory about Y, neither a threat nor
    an appeal to anyone abroad."""
    if node.lemma_.lower() not in cues["advisory_verbs"]:
        return False
    return any(
        c.dep_ in ("dobj", "dative")
        and c.lemma_.lower() in cues["own_people_nouns"]
        and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
        for c in node.children
    )


def _abstract_subject(node, cues) -> bool:
    """Every subject of ``node`` (conjuncts included) is a state, an event or a measure
    ('the crisis', 'U.S. sanctions ... and pressure'), not a party that could make a threat."""
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
    subjects += [g for s in subjects for g in s.conjuncts]
    words = cues["abstract_subjects"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and (s.lemma_.lower() in words or s.lower_ in words) for s in subjects
    )


def _discussed(node, below, depth, cues) -> bool:
    """What a discussion is about: 'met to discuss sending a mission', 'debated imposing
    sanctions', 'talks on the release of prisoners' name a topic, not an act done. Only the
    topic itself: 'discussed the progress of X's offensive' leaves the offensive under way."""
    words = cues["discussion_words"]
    if node.lemma_.lower() not in words and node.lower_ not in words:
        return False
    if depth == 1 and below.dep_ in ("dobj", "xcomp", "ccomp", "pcomp"):
        return node.pos_ in ("VERB", "AUX")
    return depth == 2 and below.dep_ == "prep" and below.lower_ in cues["topic_preps"]


def _prevented(node, below, cues) -> bool:
    """What a ban or a barrier keeps from happening: 'barred X from travelling', 'stopped
    ships from entering', 'a ban on importing Y', 'a moratorium on executions'."""
    if below.dep_ != "prep":
        return False
    lemma = node.lemma_.lower()
    if node.pos_ in ("VERB", "AUX"):
        if below.lower_ in ("against", "about") and lemma in cues["dissuading_verbs"]:
            return True  # 'warned X against joining NATO', 'voted against sending troops'
        return lemma in cues["preventing_words"] and below.lower_ == "from"
    return (
        node.pos_ == "NOUN"
        and lemma in cues["preventing_nouns"]
        and below.lower_ in ("on", "against")
    )


def _bargained(node, below, cues) -> bool:
    """What is still being negotiated: 'negotiating to import X', 'in talks to buy Y'."""
    if below.dep_ == "xcomp" and node.pos_ == "VERB":
        return node.lemma_.lower() in cues["bargaining_verbs"]
    return (
        below.dep_ == "acl"
        and node.pos_ == "NOUN"
        and node.lower_ in cues["discussion_words"]
        and infinitive(below)
    )


def _imminent(node, below, cues) -> bool:
    """An act about to happen: 'is about to travel', 'poised to sign', 'on the verge of
    signing' (not 'talked about visiting': there the act hangs on 'about' as its pcomp)."""
    if node.lemma_.lower() not in cues["imminence_words"]:
        return False
    if below.dep_ == "xcomp":
        return True
    return node.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ == "of"


def _preparing_for(node, below) -> bool:
    """'prepared for an offensive', 'braced for talks', 'paved the way for a withdrawal':
    the act got ready for (the verb's for-object, or an event noun whose mood is read off that
    verb) is not yet done."""
    if node.pos_ == "NOUN" and node.lower_ == "way" and node.head.lemma_.lower() == "pave":
        return below is not None and below.dep_ == "prep" and below.lower_ == "for"
    if node.pos_ != "VERB" or node.lemma_.lower() not in _PREPARING:
        return False
    if below is not None:
        return below.dep_ == "prep" and below.lower_ == "for"
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in node.children)


def _ban_object(node, below, cues) -> bool:
    """'imposed a ban on deporting X': the parser hangs the ban's 'on' on the verb."""
    return (
        node.pos_ in ("VERB", "AUX")
        and below.dep_ == "prep"
        and below.lower_ in ("on", "against")
        and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in cues["preventing_nouns"]
            for c in node.children
        )
    )


def _hedged(node, depth, cues) -> bool:
    """A hedging adverb on the clause ('will likely meet', 'probably attacked') or, on the
    event noun itself, a hedging adjective ('possible talks', 'a potential attack')."""
    # 'X was likely behind Y': the parser makes the adverb the trigger copula's complement
    copula = depth == 0 and node.lemma_.lower() == "be"
    for child in node.children:
        if child.dep_ == "advmod" or child.dep_ == "acomp" and copula:
            if child.lower_ in cues["hedge_adverbs"]:
                return True
        if node.pos_ != "NOUN" or child.dep_ != "amod":
            continue
        if depth == 0 and child.lower_ in cues["hedge_adjectives"]:
            return True
        # 'an alleged plot to kill X', 'Y's purported use of ships to import Z': content
        # alleged or reported, on the act or on the noun it hangs from (gold rule 5)
        if child.lower_ in cues["allegation_adjectives"]:
            return True
    return False


def _plot_misparsed(node, cues) -> bool:
    """An infinitive the parser hung on the verb although it completes the noun just before
    it ('uncovered a scheme to smuggle arms', 'foiled a plot to kill X'): what a plot, an
    attempt or a plan is for is not done."""
    if node.dep_ not in ("advcl", "xcomp") or not infinitive(node):
        return False
    left = node.left_edge
    if left.i == 0:
        return False
    noun = node.doc[left.i - 1]
    return (
        noun.pos_ == "NOUN"
        and noun.head.i == node.head.i
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in cues["hypothetical_governors"]
    )


def _hoped_for(node, cues) -> bool:
    """The verb an event noun is anchored to is itself a present hope or plan ('X hopes to
    settle the row during talks on Tuesday'): the talks are still ahead, an intent; a past
    one ('hoped to settle it during talks') tells talks that were held."""
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in cues["hoping_anchors"]:
        return False
    if not any(c.dep_ == "xcomp" for c in node.children):
        return False
    return node.tag_ in ("VBZ", "VBP") or bool(_aux(node) & set(cues["future_aux"]))


def _purpose(node, below, cues) -> bool:
    """A purpose infinitive under a verb of movement or deployment."""
    return (
        node.lemma_.lower() in cues["motion_verbs"]
        and below.dep_ in ("advcl", "xcomp")
        and infinitive(below)
    )


def _speech_act_participle(node, cues) -> bool:
    """'X protested, saying Y had violated its airspace', 'Z condemned the move, claiming
    ...': a participle of saying (cue ``alleging_participles``) with no subject of its own,
    hung on a verb whose own act is a complaint, charge or denial (``speech_act_verbs``),
    tells what that act alleges, which is not coded (gold rule 3)."""
    head = node.head
    return (
        node.tag_ == "VBG"
        and node.lemma_.lower() in cues["alleging_participles"]
        and node.dep_ in ("advcl", "xcomp", "conj")
        and head.i != node.i
        and head.pos_ == "VERB"
        and head.lemma_.lower() in cues["speech_act_verbs"]
        and not own_subject(node)
    )


# nouns whose infinitive names an aim: 'in order to', 'with the aim/goal/intention of'
_PURPOSE_NOUNS = frozenset({"order", "aim", "goal", "intention", "purpose", "hope", "view"})


def _purpose_phrase(node, below) -> bool:
    """'in order to reach a deal', 'so as to end the row', 'with the aim of capturing X':
    an act named as the purpose of another is not done (gold rule 5)."""
    if node.lemma_.lower() in _PURPOSE_NOUNS and node.dep_ == "pobj":
        prep = node.head.lower_
        if prep == "in" and node.lower_ == "order":
            return below.dep_ == "acl" and infinitive(below)
        return prep in ("with", "for") and below.dep_ == "prep" and below.lower_ == "of"
    # 'so as to V': the parser hangs 'as' on the infinitive, or the infinitive on 'as'
    if below.dep_ in ("advcl", "xcomp") and infinitive(below):
        kids = [c.lower_ for c in below.children if c.i < below.i]
        return "so" in kids and "as" in kids
    return False


def _reply_means(node, cues) -> bool:
    """'hit back by sending jets to bomb X', 'retaliated by dispatching drones to strike X':
    a deployment told as the means of a reply, whose purpose is the reply itself, done."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.lower_ != "by" or prep.head.i == prep.i:
        return False
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return lemma in cues["reply_verbs"] or (
        lemma in cues["reply_back_verbs"] and any(c.lower_ == "back" for c in verb.children)
    )


def _misparsed_earlier(node, cues) -> bool:
    """An 'after' clause the parser made the main verb: '..., a day after X cut ties with Y'
    parsed with 'cut' as the root (its 'after' a mark) or as a subjectless conjunct whose
    'a day after X' adjunct comes before it. A real main clause has neither."""
    if node.dep_ in ("ROOT", "conj") and any(
        c.dep_ == "mark" and _earlier_clause(c, cues) for c in node.children
    ):
        return True
    if node.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    for child in node.children:
        if child.i > node.i or child.dep_ not in ("npadvmod", "prep"):
            continue
        preps = [child] if child.dep_ == "prep" else list(child.children)
        if any(p.dep_ == "prep" and p.i < node.i and _earlier_clause(p, cues) for p in preps):
            return True
    return False


def _demanded(node, below, cues) -> bool:
    """An infinitive spelling out a demand: 'a call to free X', 'handed Y an ultimatum to
    close its border', 'gave Y a deadline to withdraw'. The demand is the act, not its content."""
    if below.dep_ not in ("acl", "advcl", "xcomp") or not infinitive(below):
        return False
    nouns = set(cues["request_nouns"]) | {"deadline"}
    if below.dep_ == "acl":
        return node.pos_ == "NOUN" and node.lemma_.lower() in nouns
    return node.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in node.children
    )


# nouns of a stretch of time: 'after a year of hostilities' measures, it tells no earlier act
_SPANS = frozenset({"hour", "day", "week", "month", "year", "decade", "night", "weeks", "months"})


def _earlier_clause(child, cues) -> bool:
    """'after X met Y' puts the clause before the main event; 'after which X met Y' after it."""
    if child.dep_ not in ("mark", "prep") or child.lower_ not in cues["background_preps"]:
        return False
    if (
        child.dep_ == "prep"
        and child.lower_ in cues["circumstance_preps"]
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.head.children)
    ):  # 'seized X, taking over its assets amid turmoil': a setting of the participle's act
        return False
    if child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SPANS for g in child.children
    ):
        return False  # 'took hold after more than a year of fighting': a span, not an act
    return not (
        child.lower_ in ("after", "following")
        and any(g.dep_ == "pobj" and g.lower_ == "which" for g in child.children)
    )


def _question(doc) -> bool:
    """The text ends with a question mark (read from the last tokens: ``doc.text`` is costly)."""
    for token in reversed(doc):
        if not token.is_space:
            return token.text.endswith("?")
    return False


def _would(token) -> bool:
    return any("would" in _aux(node) for node in _chain(token) if node.dep_ != "ROOT")


def _hedged_under_report(token, cues) -> bool:
    """Under a reporting verb, 'would' is reported future; other hedges still count."""
    hedges = cues["hedge_aux"] - {"would"}
    if _inverted(token.doc[0]):
        return True
    for node in _chain(token):
        if node.dep_ != "ROOT" and any(_inverted(t) for t in (node, *node.children)):
            return True
        # the act's own verb may be one of reporting ('said X should declare an emergency')
        reporting = node.i != token.i and node.lemma_.lower() in cues["reporting_verbs"]
        if reporting and node.pos_ in ("VERB", "AUX"):
            return _opinion_subject(node, cues)
        if _aux(node) & hedges:
            return True
        if node.i != token.i and node.lemma_.lower() in cues["hypothetical_governors"] - {"would"}:
            return True
        if any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in node.children):
            return True
        if _conditioned(node, cues) or (node.i == token.i and _conditioned_complement(node, cues)):
            return True
        if _counterfactual(node) or _speculated_about(node, None, cues):
            return True
        if _consequent(node, cues):
            return True
    return False


def _consequent(node, cues) -> bool:
    """'If X does Y, Z would push for W, officials said': a reported 'would' with an
    if-clause of its own is conditional, unless the speaker tells its own terms ('it would')."""
    if "would" not in _aux(node) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in node.children
    ):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in cues["conditional_marks"] for m in c.children)
        for c in node.children
    )


def _wanted_by_law(node) -> bool:
    """'two men wanted over a murder', 'a suspect wanted in X for fraud': the participle
    of the sought, not a wish (the parser may make it the head of the whole sentence)."""
    return (
        node.lemma_.lower() == "want"
        and node.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "xcomp") for c in node.children)
        and any(c.dep_ == "prep" and c.lower_ in ("over", "for", "in", "by") for c in node.children)
    )


def _speculated(verb, cues) -> bool:
    """A verb of guessing whose clause is hedged ('officials suggested X might ...',
    'diplomats speculated that Y could ...'): what may happen, not what was proposed."""
    if verb.lemma_.lower() not in cues["speculation_verbs"]:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        clauses.append(verb.head)  # 'X might ..., officials suggested': the clause is the head
    speculative = set(cues["speculation_aux"])
    return any(_aux(c) & speculative for c in clauses)


def _opinion_subject(verb, cues) -> bool:
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lemma_.lower() in cues["opinion_nouns"]:
            return True
        if c.lower_ in ("who", "that") and verb.dep_ == "relcl" and shared_view(verb.head, cues):
            return True  # 'agreed with ex-officials who say X is planning ...': a view (rule 5)
    return False


def shared_view(noun, cues) -> bool:
    """'analysts who say', 'agrees with ex-officials who say': the holders of a view, whose
    saying is an opinion, not a report of a deed."""
    if noun.lemma_.lower() in cues["opinion_nouns"]:
        return True
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lemma_.lower() in cues["agreeing_verbs"]
    )


def _background_here(node, cues) -> bool:
    """A time adjunct on this node that places it in the past ('last year', 'in 2014', 'ago')."""
    for child in node.children:
        if child.dep_ in ("npadvmod", "advmod", "prep", "pobj", "nmod", "amod") and _is_past_time(
            child, cues
        ):
            if _year_of_another(node, child, cues):
                continue
            return True
    return False


def _year_of_another(node, prep, cues) -> bool:
    """'X has placed Y under investigation over a murder in 2016', 'during a visit on
    Tuesday, X apologised for abuses during the 1945-49 war': a year the parser hung on a
    verb that is in the present perfect, or dated to a weekday, is not that verb's time (a
    perfect takes no past date) but a noun's before it; 'ago' and 'last year' still are."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    words = {t.lower_ for t in prep.subtree}
    if words & ({"ago", "earlier", "previously", "last"} | set(cues["background_words"])):
        return False
    if _aux(node) & {"has", "have", "'ve"}:
        return True
    if not word_below(node, cues["weekday_words"], _DATING):
        return False  # no weekday on the verb at all: no need to know under which adjunct
    return any(
        c.i != prep.i
        and c.dep_ in _DATING
        and any(t.lower_ in cues["weekday_words"] for t in c.subtree)
        for c in node.children
    )


def _is_past_time(node, cues) -> bool:
    words = [t for t in node.subtree][:6]
    lowers = {t.lower_ for t in words}
    if node.dep_ == "prep" and node.lower_ in ("in", "since", "during", "until", "by", "from"):
        # the year dates the adjunct's own noun ('in 2014', 'since the 2008 war'), not a
        # noun further down ('in violation of a 2003 accord': the violation is today's)
        dated = [
            t
            for g in node.children
            if g.dep_ == "pobj"
            for t in (g, *g.children)
            if t is g or t.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod")
        ]
        if any(_YEAR.fullmatch(t.text) for t in dated):
            return True
    if node.dep_ == "prep" and node.lower_ in cues["background_preps"]:
        return False  # 'met X after the vote': the adjunct is background, not the act it is on
    if node.dep_ == "prep" and any(t.dep_ == "poss" and t.lower_ in TIME_NOUNS for t in words):
        return False  # 'sued X over last week's raid': the date is the raid's, not the suit's
    return bool(lowers & {"ago", "earlier", "previously"}) or (
        "last" in lowers
        and bool(
            lowers
            & {
                "year",
                "month",
                "week",
                "weekend",
                "decade",
                "summer",
                "winter",
                "spring",
                "autumn",
                "fall",
            }
        )
    )


def _excessive(node, below, cues) -> bool:
    """'too early to lift sanctions', 'too weak to retaliate': a degree word over an
    adjective whose infinitive is the act says the act is not done."""
    return (
        below is not None
        and below.dep_ == "xcomp"
        and (node.pos_ in ("ADJ", "ADV") or node.dep_ == "acomp")  # 'too divided to'
        and any(c.dep_ == "advmod" and c.lower_ in cues["excess_words"] for c in node.children)
    )


def _speculated_about(node, below, cues) -> bool:
    """A clause told as hearsay: under a noun of speculation ('rumours that X was about to
    expel Y') or the complement of a verb whose subject is one ('speculation is mounting
    that X will ...', 'rumours swirled that ...')."""
    nouns = cues["speculation_nouns"]
    if node.lemma_.lower() in nouns or node.lower_ in nouns:
        return below is not None
    if below is not None and below.dep_ != "ccomp":
        return False
    return node.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        for c in node.children
    )


def _conditioned(node, cues) -> bool:
    """A condition told by a prepositional phrase: 'in the event of an attack', 'in case of
    escalation', 'in the event that X ...' ('in the case of X' is about X, 'in any event'
    and 'in the event, X did Y' are no condition)."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in cues["condition_nouns"]:
                continue
            dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
            if not any(  # 'in the event, X did Y' ('as it turned out') tells no condition
                c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ == "of"
                for c in noun.children
            ):
                continue
            if noun.lemma_.lower() == "event" and dets == {"the"}:
                return True
            if noun.lemma_.lower() != "event" and not dets:
                return True
    return False


def _conditioned_complement(node, cues) -> bool:
    """'X would be ready to lift sanctions if Y ...': the condition hangs on the infinitive
    an adjective of readiness governs, and conditions the readiness too ('vowed to V unless
    Y ...' is a threat with its terms, not a condition on the vow)."""
    if node.pos_ != "ADJ":
        return False
    for comp in node.children:
        if comp.dep_ != "xcomp":
            continue
        for clause in comp.children:
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in cues["conditional_marks"] and m.lower_ != "unless"
                for m in clause.children
            ):
                return True
    return False


def _counterfactual(node) -> bool:
    """'would have imposed': a past that did not happen (under 'said' too, unlike 'would')."""
    aux = _aux(node)
    return "would" in aux and "have" in aux and node.tag_ == "VBN"


def _predicate_adjective(node, below) -> str:
    """'X was reluctant on Monday to expel Y': an adverbial between the adjective and its
    infinitive makes the parser hang the infinitive on 'was'; the adjective still governs it.
    Returns the adjective's lemma, or '' when ``node`` is no such copula."""
    if (
        below is None
        or node.lemma_.lower() != "be"
        or below.dep_ not in ("advcl", "xcomp")
        or not infinitive(below)
    ):
        return ""
    for child in node.children:
        if child.dep_ == "acomp" and child.i < below.i:
            return child.lemma_.lower()
    return ""


# events whose year names the occasion, not a past deed ('the 2023 summit opened today')
_OCCASIONS = frozenset({"summit", "conference", "forum", "session", "games", "olympics", "cup"})
# prepositions of place or direction whose noun may carry the clause's date ('in Doha in 2020')
_PLACES = frozenset({"in", "at", "to", "from", "into", "near", "across", "inside", "outside"})
# those that only place a thing, and whose noun may carry the date of the act on the thing
_LOCATIVE = frozenset({"in", "at", "near", "across", "inside", "outside"})


def _habitual(node, cues) -> bool:
    """A habit or a standing state summed up over years: 'has for decades fought X',
    'routinely strikes Y', 'has long supplied Z', 'over the years', 'every year'."""
    if word_below(node, cues["weekday_words"]):
        return False  # 'on Tuesday X again struck Y': today's act
    for child in node.children:
        if child.dep_ == "advmod" and child.lower_ in cues["habitual_adverbs"]:
            if not any(True for _ in child.children):  # not 'as long as', 'long before'
                return True
        if child.dep_ == "prep" and child.lower_ in ("for", "over", "in"):
            for noun in child.children:
                if noun.dep_ != "pobj":
                    continue
                mods = {g.lower_ for g in noun.children}
                if noun.lower_ in cues["span_plurals"] and not any(
                    g.dep_ == "nummod" for g in noun.children
                ):
                    if child.lower_ != "in" or "recent" in mods:
                        return True  # 'for decades', 'over the years', 'in recent years'
                if noun.lemma_.lower() in ("decade", "century") and "past" in mods:
                    return child.lower_ != "in"  # 'over the past decade'
        if child.dep_ == "npadvmod" and any(
            g.dep_ == "det" and g.lower_ == "every" for g in child.children
        ):
            return child.lemma_.lower() in TIME_NOUNS  # 'visits Moscow every year'
    return False


def _dated(noun) -> bool:
    """An event noun dated to the past by its own modifier: 'the 2006 war', 'last year's
    talks', 'the 1990s occupation' (not 'the 2023 summit', an occasion's name)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _OCCASIONS:
        return False
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ in ("nummod", "compound", "amod", "nmod", "npadvmod") and _YEAR.fullmatch(
            child.text
        ):
            return True
        if child.dep_ == "poss" and child.lemma_.lower() in TIME_NOUNS:
            words = {t.lower_ for t in child.subtree}
            if words & {"last", "previous", "ago"}:
                return True
    return False


def _dated_by_object(node, cues) -> bool:
    """'hosted talks between X and Y in Doha in 2020', 'closed its embassy in Bamako in
    2022': the parser hangs the clause's date on the object or on the place, not on the verb.
    A perfect takes no past date, and a weekday on the verb keeps it today's."""
    if node.pos_ not in ("VERB", "AUX") or _aux(node) & {"has", "have", "'ve"}:
        return False
    if word_below(node, cues["weekday_words"], _DATING):
        return False
    holders = [c for c in node.children if c.dep_ == "dobj"]
    holders += [
        g
        for p in node.children
        if p.dep_ == "prep" and p.lower_ in _PLACES
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for holder in list(holders):  # 'in Bamako in 2022', not 'an inquiry into a strike a day before'
        holders += [
            g
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ in _LOCATIVE and p.i > holder.i
            for g in p.children
            if g.dep_ == "pobj"
        ]
    for holder in holders:
        for prep in holder.children:
            # 'in 2022' only: an adverb the parser hangs on the object ('an inquiry into a
            # strike two days earlier') dates the thing, not the act
            if prep.i < holder.i or prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            if _is_past_time(prep, cues):
                return True
    return False


def _commemorated(node, below, cues) -> bool:
    """'the anniversary of the invasion', 'a memorial to the victims of the bombing'."""
    return (
        below.dep_ == "prep"
        and below.lower_ in ("of", "to")
        and node.lemma_.lower() in cues["commemoration_nouns"]
    )


def _alleged(node, cues) -> bool:
    """'suspected of firing at X', 'arrested for spying on Y', 'accused of attacking Z': a
    deed named as the ground of a suspicion or a charge is not itself coded."""
    prep = node.head
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    governor = prep.head
    return (
        governor.lower_ in cues["allegation_words"]
        or governor.lemma_.lower() in cues["allegation_words"]
    )


def _conditional_clause(clause, cues) -> bool:
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in cues["conditional_marks"] and m.lower_ != "unless"
        for m in clause.children
    )


def _offer_condition(clause, cues) -> bool:
    """An offer's terms: 'if asked', 'if requested', 'if the UN approves', 'if necessary'.
    A threat's terms ('if attacked', 'unless X withdraws') are not an offer's."""
    if not _conditional_clause(clause, cues):
        return False
    words = cues["offer_conditions"]
    return clause.lemma_.lower() in words or any(
        c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in words for c in clause.children
    )
