"""The rule engine: from one parsed sentence and its actor mentions to drafted events.

Steps: find trigger tokens whose lemma and surroundings match a lexicon pattern
(:mod:`matching`); build each trigger's act, resolving frame verbs through the act they wrap
(:mod:`acts`) and source and target roles from the parse (:mod:`arguments`); refine each
act's roles from the rest of the sentence (:mod:`refine`); assess modality; pair sources with
targets into drafts. Precedence upgrades and duplicate removal come after,
in :mod:`precedence`.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.coding.act import own_side, prefix_lookup
from detente.coding.acts import Act, ActFinder
from detente.coding.agents import VIOLENT
from detente.coding.arguments import Arguments
from detente.coding.dates import TIME_NOUNS, WEEKDAYS
from detente.coding.frames import branch_governor, finite_branch
from detente.coding.implied import GATHERINGS, ON_THE_PUBLIC, time_preps
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.linked import toll_of
from detente.coding.matching import Matcher
from detente.coding.mediation import convened_by_occasion
from detente.coding.modality import Modality, assess
from detente.coding.protests import POLICING, governments_of, main_clause
from detente.coding.refine import Refinements
from detente.coding.roles import Actors, Arg
from detente.coding.sides import each_other, same_side, self_directed
from detente.coding.sports import sport_told
from detente.coding.syntax import (
    LIGHT_PREPS,
    anchor,
    headline_verb,
    main_verb,
    own_subject,
    participle,
    passive,
    reaction_participle,
    reasons,
    retag_verb,
    verb_in_disguise,
    where_host,
)
from detente.coding.visits import guest_visits

# Frame verbs whose coordinated subjects act on each other: 'A and B agreed to X'.
_MUTUAL_FRAMES = frozenset({"agree"})
# adjunct prepositions whose participle is done by the clause's surface subject
_TIME_ADJUNCTS = frozenset({"after", "before", "while", "upon", "on"})
# prepositions that name whom an act is aimed at ('sanctions against X')
_AGAINST = frozenset({"against", "on", "upon"})
# what co-subjects who agree on it do to a third side, never to each other: demands,
# disapproval, threats, protests, force and coercion (cutting ties, 16, may be mutual)
_AGREED_ON_OTHERS = frozenset({"10", "11", "12", "13", "14", "15", "17", "18", "19", "20"})
# Joint intents of gold rule 1: cooperate (030), meet or negotiate (036), settle (037).
_JOINT_INTENTS = frozenset({"030", "036", "037"})
# acts addressed to someone else (appeals, demands, threats): what they wrap is the
# addressee's to do, so their coordinated subjects never act on each other
_ADDRESSED = frozenset({"02", "10", "13"})


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before it becomes a record: codes, args, trigger token, flags."""

    source: Arg
    target: Arg
    code: str
    trigger: object
    modality: Modality
    confidence: float
    priority: int
    # The reverse direction of a joint act that is only the subject's if it is an intent:
    # 'A pledged to swap prisoners with B', 'A will travel for talks with B'.
    mirrored: bool = False


class SentenceCoder:
    """Codes one parsed sentence. Stateless between sentences except what is passed in."""

    def __init__(self, lex: Lexicon, doc, actors: Actors):
        self.lex, self.doc, self.actors = lex, doc, actors
        self.matcher = Matcher(lex, actors)
        self.finder = ActFinder(
            lex, actors, self.matcher, Arguments(lex, doc, actors, self.matcher)
        )
        self.consumed: set[int] = set()
        self._shared_joint: set[int] = set()  # conjuncts sharing a joint act's subjects
        # headline verbs the tagger read as nouns: 'Gunmen storm X'
        for i in self.matcher.verb_forms(doc):
            token = doc[i]
            lemma = verb_in_disguise(token, self._verb_lemmas)
            if lemma is None:  # 'Gunmen fire at X', 'Police fire tear gas at Y'
                lemma = headline_verb(token, self._verb_lemmas, lex.verbs, actors.at)
            if lemma is not None:
                retag_verb(token, lemma)
                self.matcher.retagged()
        _repair_parse(doc, lex.verbs)
        # acts whose modality is read off another verb than their own trigger: a closing
        # participle of the speaker that the parser hung on the reported clause
        self._modal_anchor: dict[int, object] = {}
        self.refine = Refinements(lex, actors, self.matcher, self.finder, self._modal_anchor)

    def _verb_lemmas(self, token) -> list[str]:
        """The lexicon verbs a word form may be: its lemma, its form, or the lemma of an
        inflected form ('armed' -> 'arm')."""
        verbs = self.lex.verbs
        found = [w for w in (token.lemma_.lower(), token.lower_) if w in verbs]
        return found + [f for f in self.lex.form_lemmas.get(token.lower_, ()) if f in verbs]

    def code(self) -> list[Draft]:
        acts = []
        doc = self.doc
        for i in self.matcher.possible(doc):  # the other tokens match no pattern
            if i in self.consumed:
                continue
            token = doc[i]
            pattern = self.matcher.match(token)
            if pattern is None or _naming_clause(token) or _done_before(token):
                continue
            received = None if self._noun_ok(token, pattern) else self._received(token, pattern)
            if received is None and not self._noun_ok(token, pattern):
                continue
            act = self.finder.act(token, pattern)
            if act is None or convened_by_occasion(act):
                continue
            if received is not None:
                act.sources, act.targets = received
            self._passive_controller(act)
            self._agreed_matter(act)
            if _state_protest(act):  # 'drew a protest from Japan': a state complains (114)
                act.code = "114"
            if finite_branch(token):  # 'urged X to halt Y and offered to Z': as told, not asked
                self._modal_anchor[token.i] = branch_governor(token)
            self._reporter_adjunct(act)
            self.refine.adjunct_target(act, acts)
            self.refine.dispossessed(act)
            self.refine.culprits(act)
            self.refine.holders(act)
            self.refine.admitting_state(act)
            self.refine.tour_stop(act)
            self.refine.intent_recipient(act)
            self.refine.self_aimed(act)
            if act.code[:2] in ("09", "19") and _on_itself(token):
                act.targets = []  # 'X investigates itself to see if ...': no other party
            if len(act.sources) >= 2 and each_other(token):
                act.targets, act.joint = [], True  # 'A and B freed prisoners to each other'
            if act.targets and _agreed_with(token, act.targets):
                act.joint = True  # 'A agreed with B to expand trade': told as joint (rule 1)
            if act.code[:2] == "14" and not act.sources:
                act.sources = self.refine.crowd(act)
            if act.code[:2] == "14" and act.sources and not act.targets:
                act.targets = self.refine.protest_aim(act)
            if act.code[:2] == "14" and act.sources and not act.targets and main_clause(token):
                act.targets = governments_of(act.sources, self.refine.home(act))
            if act.code[:2] == "15" and not act.sources and passive(token):
                self.refine.deployed_forces(act)
            if act.code[:2] in POLICING and act.sources:
                act.targets = self.refine.dissenters(act) or act.targets
            self._home_public(act)
            self.consumed |= act.consumed | reasons(token)
            acts.append(act)
            if pattern.frame:
                acts += self.finder.frames.coordinated_acts(token, pattern, act)
        acts = [a for a in acts if a.token.i not in self.consumed]
        acts = [a for a in acts if not toll_of(a, acts)]
        for act in acts:
            self._joint_conjunct(act, acts)
            self._facing_side(act, acts)
            self._conjunct_recipient(act, acts)
            self.refine.mediated(act, acts)
            self.refine.visit_host(act, acts)
            self.refine.two_sides(act, acts)
            self.refine.call_told(act, acts)
            self.refine.during_talks(act, acts)
            self.refine.court_venue(act, acts)
            self.refine.answered(act, acts)
            self.refine.walkout_partner(act, acts)
            self.refine.shared_aim(act, acts)
            self.refine.purpose_talks(act, acts)
            self.refine.summed_up(act, acts)
            self._shared_roles(act, acts)
            self._among_victims(act, acts)
            self._threat_aim(act, acts)
            self._conditioned_aim(act)
            self._alleged_doer(act)
        acts += guest_visits(acts) + self.refine.mediation_acts(acts)
        if any(a.code == "040" and self.refine.third_place(a) for a in acts):
            for a in acts:  # one meeting: the summit noun and the verb share the place
                a.code = "044" if a.code == "040" else a.code
        return [d for act in acts for d in self.drafts(act)]

    def drafts(self, act: Act) -> list[Draft]:
        cues = self.lex.cues
        if act.targets and not act.joint and not each_other(act.token):
            # 'Canadian and Somali police probe ...': a mention that does the act is not also
            # the one it is done to; co-doers read as each other's target name no target
            doing = {(s.span, s.code) for s in act.sources}
            if all((t.span, t.code) in doing for t in act.targets):
                act.targets = []
        one_way = self._fought_with(act) or self._one_sided_object(act)
        pairs = [
            (source, target, mirrored)
            for source, target, mirrored in _pairs(
                act, cues["mutual_codes"], self._together(act), one_way
            )
            if not self_directed(source, target)
            and not _press(act, source, target)
            # 'the parliament passed a law allowing the army to ...': letting in international
            # actors, peacekeepers or inspectors (086x) is never done to one's own side
            and not (act.code in cues["international_codes"] and same_side(source, target))
        ]
        if not pairs:  # most acts found in news text name no second side: nothing to assess
            return []
        # force verbs ('beat', 'crush', 'rout', 'defeat') also report matches
        if act.code[:2] in VIOLENT and sport_told(act.token.doc, cues, scored=True):
            return []  # 'Russia beat the Netherlands 3-1 after extra time': a match
        if act.code[:2] in VIOLENT and self.finder.arguments.mishap_clause(act.token):
            return []  # 'mudslides set off by rains in X killed 30': no one's act
        verb = anchor(act.token) if act.token.pos_ == "NOUN" else None
        verb = self._modal_anchor.get(act.token.i, verb)
        # 'sent a team to investigate X': sending investigators is the inquiry under way
        sent_to_do = act.code[:2] in cues["sent_to_do_roots"]
        modality = assess(verb if verb is not None else act.token, cues, sent_to_do=sent_to_do)
        if modality.background:
            return []
        out = []
        one_sided = act.pattern.frame == "intent" and not _agreed_with(act.token, act.targets)
        one_sided = one_sided or act.token.pos_ == "NOUN"
        for source, target, mirrored in pairs:
            confidence = act.confidence - 0.2 * (source.pronoun or target.pronoun)
            out.append(
                Draft(
                    source,
                    target,
                    act.code,
                    act.token,
                    modality,
                    confidence,
                    act.pattern.priority,
                    mirrored and one_sided,
                )
            )
        return out

    def _home_public(self, act: Act) -> None:
        """'the president imposed a curfew on the capital', 'troops were deployed ahead of
        planned protests': a curfew, state of emergency or ban on gatherings that names only
        its own country's places or organs, and a show of force set for a protest whose
        marchers go unnamed, fall on that country's public (gold: source and target of one
        country, the target its civilians)."""
        countries = {s.code[:3] for s in act.sources if s.code[3:6] in _HOME_STATE}
        if len(countries) != 1 or not all(s.code[3:6] in _HOME_STATE for s in act.sources):
            return
        country = next(iter(countries))
        if not all(t.code[:3] == country and t.code[3:6] in _HOME_PLACE for t in act.targets):
            return  # someone else is named: the opposition, rebels, a foreign side
        token = act.token
        if act.code[:4] in ON_THE_PUBLIC and act.targets:
            if act.code[:4] == "1721" and not any(
                o.lemma_.lower() in GATHERINGS for o in self.matcher.objects(token, act.pattern)
            ):
                return
        elif not (act.code[:2] == "15" and self._before_protest(token)):
            return
        act.targets = [Arg(country + "CVL", token.text, (token.idx, token.idx + len(token)))]

    def _before_protest(self, token) -> bool:
        """Whether the act is set 'ahead of', 'before' or 'during' a protest or strike."""
        return any(
            pattern is not None and pattern.code[:2] == "14"
            for prep in time_preps(token)
            for noun in prep.children
            if noun.dep_ == "pobj"
            for pattern in [self.matcher.match(noun)]
        )

    def _fought_with(self, act: Act) -> bool:
        """'A fought running battles with B', 'A clashed with B': the subject's attack on the
        side named after 'with' (gold rule 1 lists no fighting among the reciprocal acts);
        an exchange ('traded fire with B') is mutual by its verb."""
        token = act.token
        if act.code[:2] not in VIOLENT or token.lemma_.lower() in _TRADED:
            return False
        spans = {t.span for t in act.targets}
        return any(
            a.span in spans
            for prep in self.matcher.preps(token, "with")
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.phrase(o)
        )

    def _one_sided_object(self, act: Act) -> bool:
        """'A phoned B', 'A consulted B', 'A fought B': a joint act whose other side is the
        verb's direct object is told as the subject's own (gold rule 1 codes both ways only
        what the sentence presents as joint: 'A and B ...', 'A ... with B'); a meeting is
        mutual by its verb ('A met B')."""
        token = act.token
        if not act.joint or token.pos_ != "VERB" or token.lemma_.lower() in _MET:
            return False
        if not act.targets or act.code in self.lex.cues["mutual_codes"]:
            return False
        if token.lemma_.lower() == "join" or self._joint_purpose(token):
            return False  # 'A joined B's forces for joint drills': told as joint
        preps = [p for word in ("with", "between") for p in self.matcher.preps(token, word)]
        if self.actors.under(preps, "pobj"):
            return False  # 'spoke by phone with X': told as joint
        # the object noun itself is an actor ('phoned X's leader'), not a word whose phrase
        # happens to hold one
        spans = {
            a.span
            for o in token.children
            if o.dep_ == "dobj"
            for a in self.actors.phrase(o)
            if a.span[0] <= o.idx < a.span[1]
        }
        return all(t.span in spans for t in act.targets)

    def _joint_purpose(self, token) -> bool:
        """'A's troops trained with B's forces in joint exercises', 'A's navy hosted B's
        warships for combined drills': a purpose or setting that says the act was joint."""
        return any(
            m.lower_ in ("joint", "combined", "bilateral")
            for prep in self.matcher.preps(token, "for") + self.matcher.preps(token, "in")
            for o in prep.children
            if o.dep_ == "pobj"
            for m in o.children
        )

    def _reporter_adjunct(self, act: Act) -> None:
        """'A said B could play no role, accusing B of ...': the parser hangs a closing
        participle on the reported clause, but when that clause's subject would only act on
        itself, the participle is the speaker's."""
        token = act.token
        if self._pronoun_of_subject(act):
            return
        self._spoken_with(act)
        host = where_host(token) if token.dep_ == "advcl" and participle(token) else None
        if host is not None:
            # 'shelled a town where people had gathered, killing ten': the toll is told as
            # the main clause is, not as the background of the 'where' clause
            self._modal_anchor[token.i] = host
        if not (
            act.targets
            and token.dep_ == "advcl"
            and participle(token)
            and token.head.dep_ == "ccomp"
            # 'declared the envoy persona non grata, accusing him of ...': hung on a clause
            # whose subject is the one accused, the participle is left with no source
            and all(self_directed(s, t) for s in act.sources for t in act.targets)
            and (act.sources or self._accused_subject(act))
        ):
            return
        speakers = self.finder.arguments.sources(token.head.head, None)
        if speakers and not any(self_directed(s, t) for s in speakers for t in act.targets):
            act.sources = speakers
            # 'said X could play no role, accusing X of ...': the speaker's accusation is
            # made, whatever the mood of the clause the parser hung it on
            self._modal_anchor[token.i] = token.head.head

    def _accused_subject(self, act: Act) -> bool:
        """The clause a sourceless participle hangs on has for subject the one it is aimed at
        ('declared the envoy persona non grata, accusing him'), not a thing ('an earthquake
        struck X, killing ...', where no speaker did the killing)."""
        subjects = self.finder.arguments.sources(act.token.head, None)
        return bool(subjects) and all(self_directed(s, t) for s in subjects for t in act.targets)

    def _joint_conjunct(self, act: Act, acts: list[Act]) -> None:
        """'A and B met on Monday and agreed to reopen embassies', '... held talks, two days
        after B won the vote, and pledged to ...': a joint act in a later conjunct with no
        partner of its own shares the coordinated subjects of the joint act it follows
        (the parser may hang it on a clause in between), and is done by each to the other."""
        token = act.token
        if act.targets or not act.joint or token.dep_ != "conj" or each_other(token):
            return
        node = token
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        leads = [node]
        if node.dep_ == "advcl" and node.head.i != node.i:
            leads.append(node.head)  # 'after B won X, and agreed': a clause in between
        own = {s.code for s in act.sources}
        for other in acts:
            if other is act or other.token not in leads or not other.joint or other.targets:
                continue
            codes = {s.code for s in other.sources}
            if len({c[:3] for c in codes}) >= 2 and {c[:3] for c in own} <= {c[:3] for c in codes}:
                act.sources = list(other.sources)
                self._shared_joint.add(token.i)
                if other.token is not node:  # its mood is the lead's, not the clause's between
                    self._modal_anchor.setdefault(token.i, other.token)
                return

    def _facing_side(self, act: Act, acts: list[Act]) -> None:
        """'The envoys of A, B and C met X's foreign minister at a summit to discuss Y': a
        joint act of coordinated subjects that names no partner of its own, told around a
        joint act of the same subjects with a named other party (the verb it depends on, or
        one that depends on it: a purpose clause, a setting noun, a later conjunct), is done
        with that party. The subjects are one side facing it, not partners of each other
        (gold rule 1: a list of subjects acting toward a named party pairs each with it)."""
        if act.targets or not act.joint or len(act.sources) < 2 or each_other(act.token):
            return
        own = {s.code for s in act.sources}
        for other in acts:
            if other is act or not other.targets or not other.sources:
                continue
            if not (other.token.is_ancestor(act.token) or act.token.is_ancestor(other.token)):
                continue
            if other.joint and own <= {s.code for s in other.sources}:
                party = other.targets  # '... met X's envoy at a summit': X is the other side
            elif other.code in _HOSTING and own <= {t.code for t in other.targets}:
                party = other.sources  # 'X hosted A, B and C for talks': X is the other side
            else:
                continue
            targets = [t for t in party if not own_side(t, act.sources)]
            if targets:
                act.targets = targets
                return

    def _conjunct_recipient(self, act: Act, acts: list[Act]) -> None:
        """'X praised Y's reforms and said it would release $800 million', 'X offered its
        condolences to Y and pledged relief supplies': help that names no recipient, told in
        a second verb of the same subject, goes to whom the first verb's friendly act was
        aimed at."""
        if act.code[:2] not in _HELP or not act.sources or act.targets or act.joint:
            return
        node = act.token
        while node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "conj" or node.head.i == node.i or own_subject(node):
            return
        countries = {s.code[:3] for s in act.sources}
        for other in acts:
            if (
                other.token.i == node.head.i
                and other.code[:2] in _FRIENDLY
                and any(s.code[:3] in countries for s in other.sources)
            ):
                act.targets = [t for t in other.targets if t.code[:3] not in countries]
                return

    def _shared_roles(self, act: Act, acts: list[Act]) -> None:
        """'X condemned Y and recalled its ambassador', 'X imposed sanctions on Y, then cut
        ties', 'X expelled Y's envoys, warning that it would retaliate': a later act of the
        same subject (a conjunct or a closing participle with no subject of its own) that
        names no one to act on is aimed at whom the act it follows was aimed at. Its own
        mood stays its own: a negated or hypothetical conjunct is still flagged."""
        if act.targets or not act.sources or act.joint and len(act.sources) >= 2:
            return
        token = act.token
        lead = _lead_act_token(token)
        if lead is None or self._names_other(act) or _own_object(token):
            return
        if token.dep_ == "advcl" and not _aimed_participle(act):
            return
        own = {s.code for s in act.sources}
        for other in acts:
            if other is act or other.token.i != lead.i or not other.targets:
                continue
            if act.code[:2] == "04" and other.code[:2] not in _MEETING_KIN:
                continue  # 'seized a ship, landing commandos on its deck': no visit
            adjunct = token.dep_ == "advcl" or lead.dep_ == "advcl" and lead.tag_ == "VBG"
            if other.code[:2] in VIOLENT and (
                adjunct and act.code[:2] != "18" or act.code[:3] == "171"
            ):
                continue  # 'shelled X, setting homes ablaze', 'raided X and razed it': its toll
            if not own <= {s.code for s in other.sources}:
                continue  # 'X attacked Y and Z retaliated': another subject
            targets = [
                t
                for t in other.targets
                if not own_side(t, act.sources)
                and not any(self_directed(s, t) for s in act.sources)
            ]
            if targets:
                act.targets = targets
                return

    def _names_other(self, act: Act) -> bool:
        """The act's own words name someone else than its doer ('ignoring calls from X to
        ...'): whom it is aimed at lies there, not in the verb it follows. What it is done
        for is only its reason ('apologised for the killing of X's civilians')."""
        return any(
            not own_side(a, act.sources)
            for c in act.token.children
            if c.dep_ not in ("nsubj", "nsubjpass", "conj", "cc", "punct", "advcl")
            and not (c.dep_ == "prep" and c.lower_ in _REASON_PREPS)
            for a in self.actors.subtree(c)
        )

    def _spoken_with(self, act: Act) -> None:
        """'X said it would expel Y's envoy, accusing him of spying': a closing verbal
        participle of the speaker, hung on the clause it reports, is said as that clause is
        told; its mood is the speaking verb's, not the reported clause's."""
        token, clause = act.token, act.token.head
        if not (
            act.sources
            and act.code[:2] in _VERBAL
            and token.dep_ == "advcl"
            and participle(token)
            and clause.dep_ == "ccomp"
            and clause.head.i != clause.i
        ):
            return
        speakers = self.finder.arguments.sources(clause.head, None)
        if speakers and all(any(s.code == x.code for x in speakers) for s in act.sources):
            self._modal_anchor[token.i] = clause.head

    def _pronoun_of_subject(self, act: Act) -> bool:
        """'X demanded that Y's troops leave, accusing them of abuses': a closing participle
        the parser hung on a reported or demanded clause, whose object is a pronoun standing
        for that clause's subject, is not that subject's act on itself but the speaker's act
        on it."""
        token, clause = act.token, act.token.head
        if not (
            act.sources
            and token.dep_ == "advcl"
            and participle(token)
            and clause.dep_ == "ccomp"
            and any(c.dep_ == "dobj" and c.lower_ in _PERSONAL for c in token.children)
        ):
            return False
        subjects = [a for a in self.actors.under(clause, ("nsubj", "nsubjpass")) if not a.pronoun]
        if not subjects or not all(any(s.code == x.code for x in subjects) for s in act.sources):
            return False
        speakers = [a for a in self.finder.arguments.sources(clause.head, None) if not a.place]
        targets = [t for t in subjects if not any(self_directed(s, t) for s in speakers)]
        if not speakers or not targets:
            return False
        act.sources, act.targets = speakers, targets
        self._modal_anchor[token.i] = clause.head
        return True

    def _together(self, act: Act) -> bool:
        """Whether coordinated subjects of a frame verb act on each other: when they agree,
        when the intent is one of the joint ones, or when the act it wraps is itself joint
        ('A and B pledged to sign a deal'). 'A, B and C are proposing ways to expand X' and
        'A and B offered to resign' are each one's own act."""
        if not act.pattern.frame or each_other(act.token):
            return True
        if act.token.i in self._shared_joint:
            return True  # a conjunct of the same subjects' joint act: one joint pledge
        if self._aimed_elsewhere(act):
            return False  # 'A, B and C agreed to cut X's banks off': co-doers aimed at X
        if act.token.lemma_.lower() in _MUTUAL_FRAMES and act.code[:2] in _AGREED_ON_OTHERS:
            return False  # 'A and B agreed on new sanctions': allies against a third party
        if act.token.lemma_.lower() in _MUTUAL_FRAMES or act.code in _JOINT_INTENTS:
            return True
        if act.code[:2] in _ADDRESSED:
            return False  # 'A, B and C urged X to stop fighting': X's fighting, not theirs
        doc = act.token.doc
        if act.code[:2] == "03" and self.lex.frames.get("mutual_words"):
            # 'A and B vowed to strengthen ties', '... pledged to work together': a pledge
            # about their own relations is each one's intent toward the other (gold rule 1)
            wanted = set(self.lex.frames["mutual_words"])
            if any(doc[i].lemma_.lower() in wanted for i in act.consumed - {act.token.i}):
                return True
        return any(
            pattern is not None and pattern.joint
            for i in sorted(act.consumed - {act.token.i})
            for pattern in [self.matcher.match(doc[i])]
        )

    def _agreed_matter(self, act: Act) -> None:
        """'An EU budget was agreed (upon) by A and B': the passive subject of a verb of
        agreeing is the matter agreed, and an actor that only qualifies it ('EU', 'UN') is
        its topic, not the doers' partner."""
        token = act.token
        if token.lemma_.lower() not in _MUTUAL_FRAMES or not passive(token) or not act.targets:
            return
        matter = {
            a.span for c in token.children if c.dep_ == "nsubjpass" for a in self.actors.subtree(c)
        }
        act.targets = [t for t in act.targets if t.span not in matter]

    def _passive_controller(self, act: Act) -> None:
        """'X were shot by police after demanding Y': a participle hung on a passive verb by
        'after', 'before' or 'while' is done by the passive's subject, not by its agent."""
        token = act.token
        if token.tag_ != "VBG" or own_subject(token) or token.dep_ != "pcomp":
            return
        prep = token.head
        verb = prep.head
        if prep.lower_ not in _TIME_ADJUNCTS:
            return
        # 'X was shot and killed by Y after opening fire': a conjoined chain of passives
        # shares the first one's subject
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBN":
            first = first.head
        if not (passive(verb) or passive(first)):
            return
        agents = {
            a.span
            for v in {verb, first}
            for c in v.children
            if c.dep_ == "agent"
            for a in self.actors.subtree(c)
        }
        if not agents or not any(s.span in agents for s in act.sources):
            return
        subjects = [
            a for c in first.children if c.dep_ == "nsubjpass" for a in self.actors.phrase(c)
        ]
        act.sources = subjects
        act.targets = [t for t in act.targets if t.span not in {s.span for s in subjects}]

    def _among_victims(self, act: Act, acts: list[Act]) -> None:
        """'Three soldiers were among those killed in a rebel attack': the participle on
        'those' is done to the main clause's subject, by the attack's author (or its own
        'by' agent), never by the subject itself nor by the victims' noun."""
        token = act.token
        head = token.head
        if token.tag_ != "VBN" or token.dep_ != "acl" or head.lower_ not in _AMONG_HEADS:
            return
        among = head.head
        if head.dep_ != "pobj" or among.lower_ != "among" or among.head.i == among.i:
            return
        victims = [
            a for c in among.head.children if c.dep_ == "nsubj" for a in self.actors.phrase(c)
        ]
        if not victims:
            return
        spans = {v.span for v in victims}
        doers = [a for c in token.children if c.dep_ == "agent" for a in self.actors.subtree(c)]
        if not doers:
            inside = {t.i for c in token.children if c.dep_ == "prep" for t in c.subtree}
            doers = next(
                (o.sources for o in acts if o is not act and o.token.i in inside and o.sources),
                [],
            )
        # the noun the participle hangs on ('the 93 people killed') names victims, never the
        # doer: with no other doer named, the act keeps no source
        lo, hi = head.left_edge.idx, head.idx + len(head)
        act.sources = [d for d in doers if d.span not in spans and not lo <= d.span[0] < hi]
        act.targets = victims

    def _threat_aim(self, act: Act, acts: list[Act]) -> None:
        """'warned it would retaliate against X if ...': a threat naming no target is aimed
        at whom the conflictual deed it promises (its own side's, in its clause) is aimed at
        (gold rule 6: a demand with a penalty is a threat)."""
        if act.code[:2] != "13" or not act.sources or act.targets or act.joint:
            return
        token = act.token
        for other in acts:
            deed = other.token
            if other is act or other.code[:2] not in _THREAT_ROOTS or not other.targets:
                continue
            if not token.is_ancestor(deed) or not any(
                n.dep_ in ("ccomp", "xcomp") and token.is_ancestor(n)
                for n in (deed, *deed.ancestors)
            ):
                continue
            if other.sources and not all(own_side(s, act.sources) for s in other.sources):
                continue
            aimed = [t for t in other.targets if not own_side(t, act.sources)]
            if aimed:
                act.targets = aimed
                if act.code == "130":
                    mapped = prefix_lookup(self.lex.frames["code_maps"]["threat"], other.code)
                    act.code = mapped or act.code
                return

    def _conditioned_aim(self, act: Act) -> None:
        """'X will retaliate if attacked by Y', 'would respond if Y strikes': a deed of force
        promised under a condition and naming no target is aimed at the one whose deed the
        condition names (gold rule 6: a conflictual act promised for the future is a threat)."""
        if act.targets or act.joint or not act.sources or act.code[:2] not in _THREAT_ROOTS:
            return
        token = act.token
        if not any(c.dep_ == "aux" and c.lower_ in _PROMISING_AUX for c in token.children):
            return
        for clause in token.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in _IF_MARKS for m in clause.children
            ):
                continue
            agents = [c for c in clause.children if c.dep_ == "agent"]
            doers = self.actors.under(clause, "nsubj") + self.actors.under(agents, "pobj")
            aimed = [d for d in doers if not d.pronoun and not own_side(d, act.sources)]
            if aimed:
                act.targets = aimed
                return

    def _alleged_doer(self, act: Act) -> None:
        """'The army protested, saying X's helicopters had violated its airspace': an act of
        speech naming no target is aimed at the doer of what its participle of saying alleges
        (gold rule 3: only the protest is coded)."""
        token = act.token
        if act.targets or act.joint or not act.sources or token.pos_ != "VERB":
            return
        if act.code[:2] not in _SPEECH_ROOTS:
            return
        for child in token.children:
            if child.dep_ not in ("advcl", "xcomp", "conj") or child.tag_ != "VBG":
                continue
            if child.lemma_.lower() not in _ALLEGING or own_subject(child):
                continue
            for clause in (c for c in child.children if c.dep_ == "ccomp"):
                doers = [
                    a
                    for c in clause.children
                    if c.dep_ in ("nsubj", "nsubjpass")
                    for a in self.actors.phrase(c)
                    if not own_side(a, act.sources)
                ]
                if doers:
                    act.targets = doers
                    return

    def _aimed_elsewhere(self, act: Act) -> bool:
        """Coordinated doers who agree or pledge to do something to a third party ('A, B
        and C agreed to expel X's diplomats', '... to impose sanctions against X') are
        co-actors of one act, not each other's partners: the act wrapped names its object
        outside their side, and no joint word (talks, ties, cooperation) is among them."""
        if len(act.sources) < 2:
            return False
        doc = act.token.doc
        for verb in act.token.children:
            if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
                continue
            aims = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            aims += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AGAINST]
            sides = {s.code[:3] for s in act.sources}
            others = [
                a
                for c in aims
                for a in self.actors.subtree(c)
                if a.code[:3] not in sides and not a.code.startswith("---") and not a.pronoun
            ]
            if not others:
                continue
            joint = any(
                pattern is not None and pattern.joint
                for t in (verb, *(c for c in verb.subtree if c.i != verb.i))
                for pattern in [self.matcher.match(doc[t.i])]
            )
            mutual = set(self.lex.frames.get("mutual_words") or ())
            if not joint and not any(t.lemma_.lower() in mutual for t in verb.subtree):
                return True
        return False

    def _received(self, token, pattern: Pattern) -> tuple[list[Arg], list[Arg]] | None:
        """'the move drew sharp criticism from X', 'Y faced condemnation from X', 'Y won praise
        from X', 'Y came under attack from X': an event noun that its verb's subject only
        receives is the act of whoever it comes from, aimed at that subject (or, for an
        event, at whoever did it)."""
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_ == "come":
            verb = verb.head  # 'Y came under attack from X', 'came under fire from X'
        elif token.dep_ != "dobj":
            return None
        if pattern.pos != "noun" or verb.pos_ != "VERB":
            return None
        if self.matcher.match(verb) is not None and verb.lemma_.lower() not in _RECEIVING:
            return None
        givers = self.actors.under((verb, token), "pobj", prep=("from",))
        if not givers:
            return None
        arguments = self.finder.arguments
        receivers = [
            a
            for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(subject) or arguments.event_author(subject)
        ]
        if not receivers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # 'X vetoed Y, drawing sharp criticism from Z': the main clause's actor
            main = main_verb(verb.head) if reaction_participle(verb) else verb.head
            receivers = arguments.sources(main, None)
        givers_codes = {g.code for g in givers}
        return givers, [r for r in receivers if r.code not in givers_codes]

    def _noun_ok(self, token, pattern: Pattern) -> bool:
        """An event noun is its own event only where no verb already tells it: not as the
        object of a verb or a modifier, but as a subject or after a light preposition."""
        if pattern.pos != "noun":
            return True
        if self.matcher.carried(token):
            return True
        if token.dep_ in ("dobj", "attr", "oprd") and token.head.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ in ("compound", "amod"):
            return False
        if token.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in token.head.children):
            # 'the arrest of X by Y was condemned by Z': what Z condemns (gold rule 4); with
            # no Z ('was criticised on Monday') the arrest is all the sentence codes
            blame = self.matcher.match(token.head)
            return blame is None or blame.code[:2] != "11"
        if _subject_after_as(token):
            return True  # '..., as a truce between A and B took hold': the clause's subject
        if token.dep_ == "pobj" and token.head.lower_ == "on":
            # 'on a visit to X', 'on a phone call'; but 'focused on X's invasion of Y' and
            # 'no agreement on a ceasefire' only name the topic
            return pattern.code[:2] == "04"
        return token.dep_ != "pobj" or token.head.lower_ in LIGHT_PREPS | {"between", "by"}


# heads of 'among those killed': who the participle's victims are counted with
_AMONG_HEADS = frozenset({"those", "people", "victims", "dead", "casualties"})
# auxiliaries and markers of a deed promised under a condition ('will retaliate if ...')
_PROMISING_AUX = frozenset({"will", "would", "'ll", "shall"})
_IF_MARKS = frozenset({"if", "unless"})
# verbs whose particle 'over' the parser may read as 'more than' on a number
_OVER_PARTICLE_VERBS = frozenset({"hand", "turn"})
# roots of a deed a threat may promise, and roots of an act of speech aimed at a wrongdoer
_THREAT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
_SPEECH_ROOTS = frozenset({"10", "11", "12", "13", "14"})
# participles of saying that carry an allegation
_ALLEGING = frozenset({"say", "claim", "allege", "charge", "insist", "argue"})


def _press(act: Act, source: Arg, target: Arg) -> bool:
    """'X met with reporters', 'spoke with journalists in Jeddah': meeting the press is
    no consultation between two actors, and 'X told Reuters that Y must ...' is an
    interview, no demand on the outlet."""
    if act.code[:2] == "10" and act.token.lemma_ == "tell" and target.code[3:6] == "MED":
        return True
    return act.code[:2] == "04" and (source.code[3:6] == "MED" or target.code[3:6] == "MED")


def _lead_act_token(token):
    """The verb whose act a later verb of the same subject follows: the first conjunct
    ('condemned X and recalled ...', 'condemned X, then recalled ...') or the clause a closing
    participle is set off from ('expelled X's envoys, warning that ...'); None when the verb
    has a subject of its own or is neither."""
    head = token.head
    if head.i == token.i or token.pos_ not in ("VERB", "AUX") or own_subject(token):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i > token.i:
        return None
    before = token.doc[token.i - 1] if token.i > 0 else token
    if before.pos_ in ("PROPN", "NOUN", "PRON"):
        return None  # '... on Monday and India condemned it': a subject the parser missed
    if token.dep_ == "conj" or token.dep_ == "dep" and _then(token):
        return head
    if token.dep_ == "advcl" and token.tag_ == "VBG" and participle(token):
        return head
    return None


def _agreed_with(token, targets: list[Arg]) -> bool:
    """'A agreed with B to expand trade', 'A agreed with B on a truce': an agreement whose
    other party is named after 'with' is presented as joint, as 'A and B agreed' is; not
    when what follows 'with' is only that party's proposal or position ('agreed with B's
    plan'): the party itself must head the phrase; not in a clause that only describes
    something ('the package the government agreed with X')."""
    if token.lemma_.lower() not in _MUTUAL_FRAMES or token.dep_ == "relcl":
        return False  # 'the package the government agreed with X': what the thing is
    return any(
        t.span[0] <= o.idx < t.span[1]
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
        for t in targets
    )


def _aimed_participle(act: Act) -> bool:
    """A closing participle that is an act on someone by its own nature: a coercive or
    hostile deed ('..., expelling its diplomats', '..., freezing its assets'), or a threat
    that says what the doer will do ('..., warning that it would use force', '..., vowing to
    retaliate'). Insisting, seeking, objecting or warning of a risk address no one."""
    root = act.code[:2]
    if root in _DEEDS:
        return True
    if root in ("11", "12") and any(
        c.dep_ in ("dobj", "nsubj") and c.lower_ in _PERSONAL for c in act.token.children
    ):
        return True  # '..., calling it a violation', '..., branding them terrorists'
    return root == "13" and any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in act.token.children
    )


def _own_object(token) -> bool:
    """'... and praised its own farmers': an object the doer calls its own is aimed at
    itself, not at the first act's target."""
    return any(
        c.dep_ in ("dobj", "dative") and any(g.lower_ == "own" for g in c.children)
        for c in token.children
    )


def _then(token) -> bool:
    """', then recalled its ambassador': a second act the parser leaves unattached."""
    return any(c.dep_ == "advmod" and c.lower_ == "then" for c in token.children)


def _repair_parse(doc, rows=None) -> None:
    """Misparses mended before any rule reads the parse (see :func:`_reattach_conjunct`,
    :func:`_complement_clause`, :func:`_passive_complement`, :func:`_noun_object`,
    :func:`_passive_subject`, :func:`_compound_subject_of`, :func:`_relative_subject`;
    ``rows``, the lexicon's verb rows, enables :func:`_noun_object`). Reads the doc's arrays
    once: the other tokens cost no Token object (the repairs move heads and relabel the
    tokens they mend, never the labels read here of the tokens still to come)."""
    strings = doc.vocab.strings
    conj, verb = strings["conj"], strings["VERB"]
    on_nouns = {strings["relcl"], strings["acl"]}
    acomp, vbn = strings["acomp"], strings["VBN"]
    clauses, root = {strings["ccomp"], strings["advcl"]}, strings["ROOT"]
    vbz, over = strings["VBZ"], strings["over"]
    table = doc.to_array(["DEP", "POS", "TAG", "LOWER"]).tolist()
    for i, (dep, pos, tag, _lower) in enumerate(table):
        if pos != verb:
            continue
        if dep == conj:
            _reattach_conjunct(doc[i])
        elif dep in on_nouns:
            _complement_clause(doc[i])
        elif dep == acomp:
            _passive_complement(doc[i])
        elif dep in clauses and tag == vbz and rows:
            _noun_object(doc[i], rows)
        if tag == vbn:
            _passive_subject(doc[i])
        elif dep == root:
            _compound_subject_of(doc[i])
        if i + 1 < len(table) and table[i + 1][3] == over:
            _over_particle(doc[i], doc[i + 1])
    words = [row[3] for row in table]
    relative = {strings["which"], strings["who"], strings["whose"]}
    comma = strings[","]
    for i in range(2, len(words) - 2):
        if words[i] in relative and words[i - 1] == comma:
            _relative_subject(doc, i, comma, words)


def _over_particle(verb, over) -> None:
    """'hands over 22 suspects to X': the parser reads 'over' as 'more than' on the number,
    or as a preposition with the object its noun; after a verb whose particle it is ('hand
    over', 'turn over'), it is the particle, and a 'to' phrase hung on the object is the
    verb's."""
    if verb.lemma_.lower() not in _OVER_PARTICLE_VERBS:
        return
    if over.dep_ == "prep" and over.head.i == verb.i:  # 'hands over the suspects to X'
        noun = next((c for c in over.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lower_ in WEEKDAYS or noun.lemma_.lower() in TIME_NOUNS:
            return  # 'handed ... over the weekend'
        noun.head, noun.dep_ = verb, "dobj"
    elif over.dep_ == "quantmod":  # 'hands over 22 suspects to X'
        noun = over.head.head
        if noun.head.i != verb.i or noun.dep_ != "dobj":
            return
    else:
        return
    over.head, over.dep_ = verb, "prt"
    for c in list(noun.children):
        if c.dep_ == "prep" and c.lower_ == "to":
            c.head = verb


def _passive_complement(token) -> None:
    """'Students were tear-gassed by police', 'the envoys are pepper-sprayed by guards': the
    parser reads a hyphenated participle as an adjective complement of 'be'; with an agent
    ('by police') it is a passive verb, re-hung as the clause's head with 'be' its passive
    auxiliary and the subject its passive subject."""
    be = token.head
    if token.tag_ != "VBN" or be.lemma_.lower() != "be" or be.i >= token.i:
        return
    if not any(c.dep_ == "agent" for c in token.children):
        return
    kids = [c for c in be.children if c.i != token.i]
    dep = be.dep_
    token.head = token if dep == "ROOT" else be.head
    token.dep_ = dep
    be.head = token
    be.dep_ = "auxpass"
    for c in kids:
        c.head = token
        if c.dep_ == "nsubj":
            c.dep_ = "nsubjpass"


def _noun_object(token, rows) -> None:
    """'X imposed asset freezes on Y', 'X imposes travel bans and asset freezes on Y': the
    parser reads a plural noun after a bare noun as a verb ('asset freezes' as 'the asset
    freezes', or 'imposed asset' and then 'freezes') in a clause hung on a verb; when a row
    of that verb names the phrase (or the plural) as its object, it is re-read as the
    verb's object, the bare noun its compound, and its prepositions the verb's.
    ``rows``: the lexicon's verb rows."""
    verb = token.head
    if verb.pos_ != "VERB" or verb.i >= token.i:
        return
    kids = list(token.children)
    if any(c.dep_ in ("dobj", "mark", "aux", "auxpass", "neg", "advmod") for c in kids):
        return
    last = token.doc[token.i - 1]
    if last.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in last.children):
        return
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if subject is None and objects != [last]:
        return  # 'imposed asset' then 'freezes': the bare noun is the verb's object
    if subject is not None and (objects or subject.right_edge.i != last.i):
        return
    phrase = f"{last.lower_} {token.lower_}"
    if not any(phrase in p.obj or token.lower_ in p.obj for p in rows.get(verb.lemma_.lower(), ())):
        return
    if subject is None or last.i == subject.i:
        last.head = token
    elif last.dep_ == "conj" and last.head.i == subject.i:
        subject.head = verb  # 'travel bans and asset freezes'
        subject.dep_ = "dobj"
        token.head = subject
        last.head = token
    else:
        return
    token.dep_ = "dobj" if token.head.i == verb.i else "conj"
    last.dep_ = "compound"
    for c in kids:
        if c.dep_ == "prep":
            c.head = verb
    token.pos_, token.tag_ = "NOUN", "NNS"


def _compound_subject_of(verb) -> None:
    """'The Turkish Armed Forces attack rebel positions': a headline's verb the parser gives
    no subject, its subject hung on it as a compound (and the subject's article as its
    own); the compound right before the verb is its subject, the verb a finite one."""
    kids = list(verb.children)
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux") for c in kids):
        return
    subject = verb.doc[verb.i - 1]
    if subject.head.i != verb.i or subject.dep_ != "compound":
        return
    if subject.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "dobj" for c in kids):
        return
    if any(_no_headline_subject(t) for t in verb.doc[verb.sent.start : verb.i]):
        return  # 'a court in Baghdad, Iraq sentences X': no plain noun phrase before the verb
    subject.dep_ = "nsubj"
    for c in kids:
        if c.i < subject.i and c.dep_ in ("det", "amod", "compound"):
            c.head = subject
    if verb.tag_ == "VB":
        verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"


def _no_headline_subject(token) -> bool:
    """A word no plain headline subject holds: a comma or other stop, a preposition, or a
    verb of its own (a participle modifying a noun, 'the ruling junta', is held)."""
    return (
        token.pos_ in ("PUNCT", "ADP", "AUX", "SCONJ", "PRON")
        and token.tag_ != "HYPH"
        or (token.pos_ == "VERB" and token.dep_ != "amod")
    )


def _passive_subject(token) -> None:
    """'Supporters in Kampala are tear gassed by police': a passive participle (with a
    passive auxiliary and an agent) whose subject the parser labels active is its passive
    subject, the one the act is done to."""
    kids = list(token.children)
    if not any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ == "agent" for c in kids):
        return
    for c in kids:
        if c.dep_ == "nsubj" and c.i < token.i:
            c.dep_ = "nsubjpass"


def _relative_subject(doc, i: int, comma: int, words: list[int]) -> None:
    """'X, which hosted talks last year, offered to mediate ...', 'X, whose party led the
    rallies, asked Y to ...': the parser hangs the verb after the closing comma inside the
    relative clause (as a participle of its last noun) or makes the antecedent the subject
    of the relative clause's own verb; the antecedent is the subject of that verb."""
    ante = doc[i - 2]
    if ante.pos_ not in ("PROPN", "NOUN") or ante.dep_ not in ("ROOT", "nsubj"):
        return
    rel = doc[i].head if doc[i].dep_ != "poss" else doc[i].head.head
    if rel.pos_ not in ("VERB", "AUX") or rel.i <= i:
        return
    close = next((j for j in range(rel.i + 1, len(doc) - 1) if words[j] == comma), None)
    if close is None:
        return
    verb = doc[close + 1]
    if verb.pos_ == "ADV" and close + 2 < len(doc):
        verb = doc[close + 2]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return
    if ante.dep_ == "ROOT" and verb.dep_ == "acl" and i < verb.head.i < close:
        # 'X, which hosted the contacts that paved the way for the deal, offered ...'
        verb.head = verb
        verb.dep_ = "ROOT"
        ante.head = verb
        ante.dep_ = "nsubj"
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"
    elif ante.head.i == rel.i and rel.dep_ == "ccomp" and rel.head.i == verb.i:
        # 'X, whose party organised the rallies, asked Y ...' read as 'X organised'
        ante.head = verb
        rel.head = ante
        rel.dep_ = "relcl"


#: prepositions of the setting a reported clause may be told after ('during a call that ...')
_SETTING_PREPS = frozenset({"during", "in", "at", "on"})


def _complement_clause(token) -> None:
    """'warned X during a video call that Russia would face ...': the parser hangs the
    reported clause on the noun of the setting before it, as a relative or noun clause. A
    'that' clause with a subject of its own is no relative clause ('the call that lasted an
    hour' has 'that' for subject), and a call or a meeting has no content clause, so it is
    re-read as the complement of the verb the setting hangs on."""
    noun = token.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTING_PREPS or prep.head.pos_ != "VERB":
        return
    children = list(token.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i for c in children):
        return
    if any(c.dep_ == "ccomp" for c in prep.head.children):
        return
    token.head = prep.head
    token.dep_ = "ccomp"


def _reattach_conjunct(token) -> None:
    """'X demanded that Y free the sailors, and recalled its ambassador', 'X urged Y to
    free the sailors and imposed sanctions': the parser coordinates the finite verb with the
    demanded or wished clause's own verb; a finite past or present form with no subject and
    no auxiliary of its own cannot continue a bare infinitive or subjunctive ('free', 'would
    respond'), so it is the head verb's sibling, and is re-read as such (tense agreeing with
    the head verb). A conjunct agreeing with the clause verb ('said rebels attacked X and
    killed Y') stays in the clause."""
    clause = token.head
    if clause.i == token.i:
        return
    if clause.dep_ not in ("ccomp", "xcomp") or clause.tag_ != "VB":
        return
    main = clause.head
    if main.i == clause.i or main.pos_ != "VERB" or main.tag_ not in ("VBD", "VBZ"):
        return
    if token.lower_ == token.lemma_.lower():
        return  # 'to close X and cut Y': a bare form may be the infinitive's own
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return
    finite = token.tag_ == main.tag_ or token.tag_ == "VBN" and main.tag_ == "VBD"
    if not finite:
        return
    for c in list(clause.children):
        if c.dep_ == "cc" and c.i < token.i and c.i > clause.i:
            c.head = main
    token.head = main


def _subject_after_as(token) -> bool:
    """'X went quiet as a ceasefire between A and B took effect', parsed with 'as' a
    preposition and 'took' a conjunct of the main verb: the noun is the subject of that
    verb, which has none of its own."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    verb = token.doc[after]
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.i == prep.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _in_exchange(verb) -> bool:
    """'freed X in exchange for Y', 'released X in a prisoner swap': a trade of prisoners,
    mutual though one side's release is told (gold rule 1)."""
    return any(
        o.lemma_.lower() in ("exchange", "swap", "trade")
        for prep in verb.children
        if prep.dep_ == "prep"
        for o in prep.children
        if o.dep_ == "pobj"
    )


# protest words that a state's own act turns from a demonstration (141) into an official
# complaint (114): 'Egypt protested against the raid', 'drew a protest from Tokyo'
_PROTEST_WORDS = frozenset({"protest", "protests"})


def _on_itself(token) -> bool:
    """The act's only object is a reflexive pronoun ('investigates itself', 'shoots
    himself'): the doer acts on itself, so an actor in its purpose or time clause is no
    target."""
    objs = [c for c in token.children if c.dep_ == "dobj"]
    return (
        len(objs) == 1
        and objs[0].lower_ in ("itself", "himself", "herself", "themselves")
        and not any(c.dep_ == "conj" for c in objs[0].children)
    )


def _state_protest(act: Act) -> bool:
    """A demonstration (140/141) whose protesters are all states, governments or IGOs: a
    state does not march; its protest is an official complaint (114)."""
    if act.code not in ("140", "141") or not act.sources:
        return False
    if act.token.lemma_.lower() not in _PROTEST_WORDS and act.token.lower_ not in _PROTEST_WORDS:
        return False
    return all(
        a.code.startswith("IGO")
        or a.code[3:6] == "GOV"
        or len(a.code) == 3
        and not a.former
        and not a.pronoun
        and not a.place
        for a in act.sources
    )


# a state's own organs that impose curfews and deploy forces; and what of its own a
# restriction may name besides its public (the capital, read as the government; the country)
_HOME_STATE = frozenset({"GOV", "MIL", "COP", "JUD"})
_HOME_PLACE = frozenset({"", "GOV"})
# verbs whose object the subject gets from someone else ('received praise from X')
_RECEIVING = frozenset({"receive", "face", "draw", "earn", "win", "attract", "get", "meet"})
# help given (06x-08x) and the friendly acts whose target it may share (01x-08x)
_HELP = frozenset({"06", "07", "08"})
_FRIENDLY = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# acts whose later conjunct may be a meeting or visit aimed at the same side
_MEETING_KIN = frozenset({"01", "02", "03", "04", "05"})
# what an act is done for or over: its reason, not whom it is aimed at
_REASON_PREPS = frozenset({"for", "over"})
# deeds a closing participle does to someone: reduced relations, coercion, force
_DEEDS = frozenset({"16", "17", "18", "19", "20"})
# verbal acts (statements, appeals, demands, disapprovals, rejections): done as they are said
_VERBAL = frozenset({"01", "02", "10", "11", "12"})
# personal pronouns that stand for someone else than the clause's own subject
_PERSONAL = frozenset({"them", "it", "him", "her"})
# hosting a visit: the host is the other side of what its guests do there together
_HOSTING = frozenset({"043"})
# naming verbs: 'what X called an act of aggression' says how X saw the main act
_NAMING = frozenset({"call", "describe", "term", "dub", "brand", "label", "characterise"})


def _naming_clause(token) -> bool:
    """'launched what it called anti-terror measures', 'in what officials called the worst
    attack': a free relative that names the main act is no act of the namer's own."""
    return token.lemma_.lower() in _NAMING and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in token.children
    )


#: what a mediator's hyphened participle may describe while the mediation goes on
_ONGOING = frozenset({"talk", "negotiation", "dialogue", "consultation", "mediation"})


def _done_before(token) -> bool:
    """'despite a U.S.-brokered truce', 'rejects a Qatar-mediated plan': a participle glued
    to its doer by a hyphen and modifying a noun tells who made the thing earlier, not a
    current act (unless the thing is talks still held: 'UN-mediated talks')."""
    i = token.i
    return (
        token.tag_ == "VBN"
        and token.dep_ == "amod"
        and i >= 2
        and token.doc[i - 1].text == "-"
        and token.head.pos_ in ("NOUN", "PROPN")
        and not any(t.lemma_.lower() in _ONGOING for t in (token.head, *token.doc[i + 1 : i + 3]))
    )


# a joint act whose direct object is as much its doer as its subject ('A met B')
_MET = frozenset({"meet"})
# exchanges: mutual by their verb ('traded fire with B')
_TRADED = frozenset({"trade", "exchange", "swap"})


def _pairs(
    act: Act, mutual: frozenset[str] = frozenset(), together: bool = True, one_way: bool = False
) -> list[tuple[Arg, Arg, bool]]:
    """Source-target pairs; coordinated subjects with no target act on each other when the
    act is joint (and ``together``: see ``SentenceCoder._together``), or when its code is one
    that two sides can only do together ('A and B halted hostilities')."""
    sources, targets = act.sources, act.targets
    joint = act.joint and together or act.code in mutual
    if joint and not targets and len(sources) >= 2:
        return [(a, b, False) for a in sources for b in sources if a.code != b.code]
    pairs = [(s, t, False) for s in sources for t in targets]
    if act.joint and not one_way or act.code in mutual and _in_exchange(act.token):
        pairs += [(t, s, True) for s, t, _m in pairs]
    return pairs
