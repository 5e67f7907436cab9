"""Frame acts: a frame verb (appeal, demand, intent, threat, reject, accuse...) wraps another
act in its complements; the wrapped act decides the frame's code and often its target.

:class:`Frames` builds the wrapped act with the ``act`` callable it is given
(:meth:`detente.coding.acts.ActFinder.act`), which in turn asks :meth:`Frames.frame_act` for
a frame pattern's act: the two kinds of act resolve each other recursively.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.act import Act, _phase_inner, own_side, prefix_lookup
from detente.coding.arguments import Arguments
from detente.coding.implied import contraband
from detente.coding.lexicon import Lexicon, Pattern
from detente.coding.matching import Matcher
from detente.coding.roles import Actors, Arg
from detente.coding.syntax import clause_tokens, infinitive, own_subject, participle, penalty
from detente.coding.visits import MEETING_SETTINGS, meeting_setting

_MEANS_PREPS = frozenset({"through", "via"})

# frames whose direct object is the one asked, told or ordered to act
_ADDRESSED = frozenset({"appeal", "demand", "order"})


# roots of a conflictual act: promised for the future it is a threat (gold rule 6, CAMEO 130)
_CONFLICTUAL = frozenset({"10", "11", "12", "14", "15", "16", "17", "18", "19", "20"})


# verbs that turn a conflictual act into its opposite: 'pledged to end the raids'
_UNDOING = frozenset({"end", "lift", "suspend", "abandon", "renounce", "drop", "ease", "scale"})


# nouns of undoing an act: 'ordered the lifting of sanctions' wraps no sanction
_UNDOING_NOUNS = frozenset({"lifting", "easing", "removal", "scrapping", "rollback"})


# frames for which a sum of money asked for or pledged is economic aid
_SUM_FRAMES = frozenset({"appeal", "appeal_for", "intent"})


# frames whose wrapped 'stop', 'shut down', 'curb' asks for a halt: of fighting, de-escalation;
# of anything else, a policy change, but only in a demand proper: what 'urged X to stop' or
# 'told X to stop' halts is too often personal conduct, a crackdown or executions (rights)
_HALTS = frozenset({"appeal", "appeal_for", "demand"})


# what one 'puts' or 'brings' to something to halt it: 'put a stop to X', 'bring an end to X'
_STOP_NOUNS = frozenset({"stop", "end", "halt"})


# what an investigation is 'over': 'questioned X over the bribery scandal' names the probe's topic
_TOPIC_PREPS = frozenset({"over", "about"})


# prepositions whose object can carry a frame's act: 'appealed for calm', 'warned against'
_COMPLEMENT_PREPS = frozenset(
    {"to", "of", "for", "on", "against", "from", "with", "in", "into", "upon", "out"}
)


# intent verbs by which a body enacts what it decides ('agreed to include X in its inquiry')
_ENACTING = frozenset({"agree", "decide", "vote"})


_TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "silence"})


_COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


# mentions that stand for people, not places or things ('seized two Canadians', 'the minister')
_PEOPLE_HOWS = frozenset(
    {"demonym", "people", "person", "office", "former", "title", "surname", "kin"}
)


# verbs whose subject undergoes what is warned of: 'X faces tariffs unless ...'
_SUFFERING = frozenset({"face", "risk", "suffer", "incur", "receive", "get"})


# auxiliaries of a promise: 'warned that it would quit the talks'
_PROMISING = frozenset({"will", "would", "'ll", "shall"})
# hedging auxiliaries that still promise an act when a condition is attached:
# 'warned that it could use force if ...' (gold rule 6: a demand with a penalty is a threat)
_HEDGED = frozenset({"could", "might", "may", "can"})


# subjects of a warned act that stand for the speaker: 'warned that it/they/we would ...'
_SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})


# bare verbs of what is demanded that the tagger may read as an adjective or noun after a
# that-clause subject ('demanded that Beijing free X', 'that Ankara return ...')
_BARE_ACTS = frozenset(
    {"free", "release", "return", "hand", "open", "end", "stop", "halt", "withdraw", "pull"}
    | {"lift", "apologise", "apologize", "pay", "cease", "drop", "compensate", "extradite"}
)


# frames whose clause may declare someone a target, and the threat that makes (gold rule 6)
_MARKING = frozenset({"intent", "warn", "threat"})
_MARKED_CODE = "1384"
_BECOMING = frozenset({"be", "become", "remain"})
_TARGET_NOUNS = frozenset({"target"})


# roots of force and coercion a vow may send against a place or a foe
_FORCE = frozenset({"15", "17", "18", "19", "20"})


# the state's own arms: a speaker's troops, police or officials are its means, never its aim
_STATE_ARMS = frozenset({"GOV", "MIL", "COP", "SPY"})


# frames that ask someone else to act: their target is who must act
_ASKING = frozenset({"demand", "appeal", "warn"})
# verbs of holding someone: their subject is who must free them
_DETAINING = frozenset(
    {"detain", "arrest", "hold", "jail", "imprison", "seize", "capture", "abduct", "kidnap"}
    | {"intern", "sentence", "convict"}
)


# what a demand for someone's freedom asks for ('demanded their release')
_RELEASE_WORDS = frozenset({"release", "free", "freedom", "freeing", "releasing"})


_ASKED_DEPS = frozenset({"dobj", "prep", "advcl", "nsubjpass", "ccomp", "xcomp"})


def _release_asked(token, comps) -> bool:
    """The demand asks that someone be freed ('demanded their swift release', 'called for
    the release of ...', 'urged X to free ...')."""
    nodes = [t for c in comps for t in c.subtree]
    nodes += [t for c in token.children if c.dep_ in _ASKED_DEPS for t in c.subtree]
    return any(t.lemma_.lower() in _RELEASE_WORDS for t in nodes)


def _own_nationals(targets: list[Arg], sources: list[Arg]) -> bool:
    """Every target is one of the sources' own people, not an arm of their state ('its
    nationals', 'its reporter', 'its citizens')."""
    own = {s.code[:3] for s in sources}
    return bool(targets) and all(
        a.code[:3] in own and a.code[3:6] not in _STATE_ARMS for a in targets
    )


# sectors of a state's own coercive arms: people they seize are arrested, not abducted
_HOLDING_ARMS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _state_held(sources: list[Arg]) -> bool:
    """Every source is a state or one of its coercive arms ('police captured X', 'the army
    seized five suspects'): people it takes are detained (173), not taken hostage (181)."""
    return bool(sources) and all(len(a.code) == 3 or a.code[3:6] in _HOLDING_ARMS for a in sources)


# frame verbs that put an act at someone's disposal
_OFFERING = frozenset({"offer", "volunteer"})


# verbs of excluding an option: refusing to rule one out rejects nothing ('refused to rule
# out closing its embassy', 'declined to exclude sanctions')
_EXCLUDING = frozenset({"exclude", "discount", "preclude"})


class Frames:
    """Builds the Act of a matched frame verb in one parsed sentence."""

    def __init__(
        self,
        lex: Lexicon,
        actors: Actors,
        matcher: Matcher,
        arguments: Arguments,
        act: Callable[..., Act | None],
    ):
        self.lex, self.actors, self.matcher, self.arguments = lex, actors, matcher, arguments
        self.act = act  # the act of any trigger: ActFinder.act
        keyed = [lex.frames["keywords"], *lex.frames["frame_keywords"].values()]
        self._phrases = {w for words in keyed for w in words if " " in w or "-" in w}

    def frame_act(self, token, pattern: Pattern, sources: list[Arg], branch=None) -> Act | None:
        """The act of a frame verb, coded from the act it wraps (under one coordinated
        ``branch`` of its complements if given); None when nothing gives it a code."""
        if token.lemma_.lower() in self.lex.cues["directive_verbs"] and not self._directive(token):
            return None  # 'told reporters (that) ...': a statement, not a demand
        if _content_of_noun(token):
            return None  # 'dismissed a report alleging that X ...': what the report says
        if _agreed_view(token, self.lex.cues):
            return None  # 'agrees with analysts who say X plans an attack': a view shared
        if pattern.frame == "reject" and any(_excluding(c) for c in _complements(token)):
            # 'refused to rule out closing its embassy': a refusal to exclude an option is
            # neither a rejection nor the option itself; the act takes its clause with it
            # and, holding its own token, is dropped with everything it consumed
            act = Act(token, pattern, pattern.code, sources, [], False, 0.0)
            act.consumed = {token.i} | {i for c in _complements(token) for i in clause_tokens(c)}
            return act
        frame = "reject" if _refused(token, pattern, self.lex.cues) else pattern.frame
        spec = self.lex.frames["frames"][frame]
        direct = self.arguments.targets(token, ("dobj",), pattern)
        controller = direct if pattern.frame in _ADDRESSED else sources
        inner, comps = self._embedded(token, pattern, controller, branch)
        words = self._words(token, pattern.frame, comps)
        code = self._frame_code(frame, spec, inner, words)
        if frame == "appeal" and inner is not None and inner.code == "154":
            if _warned_off(comps):
                code = spec["codes"]["yield_deescalate"]  # 'urged X not to send troops to Y'
            elif not any(c.dep_ == "dobj" for c in inner.token.children):
                # 'asked that troops be moved', 'called on Y to mobilise': no forces are
                # sent to the one who asks (0234 is 'asked X to send troops')
                code = self._frame_code(frame, spec, None, words)
        generic = (spec.get("default"), spec["codes"].get("aid"))
        if code in generic and self._sum_asked(token, frame, comps):
            code = spec["codes"]["aid_econ"]  # 'pledged 1.7 billion euros', 'asked X for $2bn'
        if spec["codes"].get("reform_policy") and self._policy_change(comps):
            code = spec["codes"]["reform_policy"]  # 'demanded that X reverse its decision to ...'
        halted = self._halted(comps) if code == spec.get("default") and frame in _HALTS else None
        if halted == "reform_policy" and (
            frame != "demand" or token.lemma_.lower() in self.lex.cues["directive_verbs"]
        ):
            halted = None  # 'urged X to stop ...', 'told X to stop ...': see _HALTS
        if halted:  # 'demanded that X stop handing out passports', 'urged X to halt fire'
            code = spec["codes"][halted]
        if spec["codes"].get("yield_involve") and self._visitors_let(comps):
            code = spec["codes"]["yield_involve"]  # 'refused to let the UN envoy meet X'
        penalty_code = self._penalty_code(pattern.frame, comps)
        if penalty_code and branch is None:  # 'told X to do Y or face Z': a threat
            code = penalty_code
        leader = bool(spec["codes"].get("reform_leader")) and self._leader_change(comps)
        if leader:  # 'urged the army to abandon the president': a change of leadership
            code = spec["codes"]["reform_leader"]
        if spec.get("place_code") and self._place_object(token, pattern):
            code = spec["place_code"]
        if pattern.frame == "seize" and contraband(self.lex, self.matcher.objects(token, pattern)):
            return None  # 'seized two tonnes of ivory smuggled from X': no one's property
        if spec.get("person_code") and self._person_object(token, pattern):
            code = spec["person_code"]  # 'gunmen seized two tourists': an abduction
            if spec.get("held_code") and _state_held(sources):
                code = spec["held_code"]  # 'police captured the fugitive': an arrest
        if pattern.frame == "warn" and self._someone_elses(inner, sources):
            return None  # 'warned that militants may be planning attacks': a warning, no threat
        if pattern.frame == "warn" and self._own_promise(token, inner, sources):
            # 'warned that it would blacklist X', 'warned it would quit the talks': the
            # speaker's own promised conflictual act is a threat (gold rule 6)
            code = prefix_lookup(self.lex.frames["code_maps"]["threat"], inner.code) or code
        if (
            code is None
            and pattern.frame == "warn"
            and self._conditional_promise(token, comps, sources)
        ):
            code = "130"  # 'warned it would walk away from the talks if X ...': a threat
        if (
            code is None
            and pattern.frame == "warn"
            and direct
            and not _own_nationals(direct, sources)
            and _warned_off(comps)
        ):
            code = spec.get("warned_off")  # 'warned Greece not to proceed': a warning to X (130)
        faced = self._faced_penalty(comps) if pattern.frame in ("warn", "demand") else None
        if faced is not None:  # 'warned X would face sanctions if', 'told X it would pay a price'
            code = self._penalty_kind(faced) or "130"
        marked = self._declared_targets(comps, sources) if pattern.frame in _MARKING else []
        if marked:
            code = _MARKED_CODE  # 'vowed that X's bases had become legitimate targets'
        if code is None:
            return None
        if code == spec.get("default") and _all_in_sectors(sources, spec.get("criminal_sectors")):
            code = spec["criminal_code"]  # 'police questioned X', 'prosecutors opened an inquiry'
        if pattern.frame == "intent" and inner and inner.code[:2] == "09":
            # 'the court agreed to include X in its inquiry': a body's decision to
            # investigate is the investigation under way (no 03x code for it); a vow is not
            code = inner.code if token.lemma_.lower() in _ENACTING else code
        if (
            pattern.frame == "intent"
            and token.lemma_.lower() in _ENACTING
            and words & _TRUCE_WORDS
            and (inner is None or inner.code[:2] in _COOPERATIVE_ROOTS)
        ):  # 'agreed to observe the ceasefire': agreeing to a truce (0871), not a vow of one
            code = "0871"
        if pattern.frame == "intent" and _offered_forces(token, inner):
            # 'offered to send aircraft/troops': help, not a threat; protection when the forces
            # are a peacekeeping or multinational force (0334)
            code = code if code == spec["codes"]["aid_protect"] else spec["codes"]["aid"]
        elif pattern.frame == "intent" and self._promised_conflict(token, inner):
            code = prefix_lookup(self.lex.frames["code_maps"]["threat"], inner.code) or "130"
        targets, joint = self._frame_targets(token, spec, pattern, inner, comps, sources)
        if pattern.frame == "intent" and code[:2] == "03" and self._punitive(comps):
            code = "130"  # 'vowed to punish X', 'vowed that X would regret it': a threat
        if (
            pattern.frame == "intent"
            and not targets
            and self._force_or_punishment(code, inner, comps)
        ):
            # 'vowed to send troops against militants in northern X', 'promised to punish X':
            # a threat is aimed at whom or where its promised deed is aimed
            targets = self._threatened(comps, sources)
            joint = joint and not targets
        if not targets and inner is None and pattern.frame in ("demand", "appeal"):
            # 'demanded that Beijing free writer X, who ...': the parser read the clause's verb
            # as an adjective and lost the clause; its subject is still the one asked
            targets, asked = self._garbled_clause(token, sources)
            if targets:
                code = self._frame_code(pattern.frame, spec, None, words | asked) or code
        if not targets and (not joint or len(sources) < 2):
            targets = self._first_conjunct_targets(token, sources)
        joint = joint and not targets  # 'A failed to attend talks with B': A's act alone
        if (
            pattern.frame in _ASKING
            and (not targets and not joint or _own_nationals(targets, sources))
            and _release_asked(token, comps)
        ):
            # 'X demanded that Y free X's nationals it holds': the demand is aimed at the
            # state that must act (the holder), never only at the demander's own people
            holder = self._holder(token, direct, inner, sources)
            if holder:
                targets, joint = holder, False
        if marked:
            targets, joint = marked, False
        third = spec.get("third_party", {})
        if inner and inner.targets and third and not leader and prefix_lookup(third, inner.code):
            if {a.code for a in inner.targets} - {a.code for a in targets}:
                code, targets = prefix_lookup(third, inner.code), inner.targets
        act = Act(token, pattern, code, sources, targets, joint, 0.8 if inner else 0.7)
        act.consumed = {i for c in comps for i in clause_tokens(c)} - {
            i
            for c in comps
            for t in c.subtree
            if _free_adjunct(t) or finite_branch(t) or self._visit_setting(t) or self.meeting(t)
            for i in clause_tokens(t)
        }
        return act

    def _holder(self, token, direct: list[Arg], inner: Act | None, sources) -> list[Arg]:
        """Who must act on a demand for the demander's own people: the one asked to free
        them ('unless it freed X', 'demanded that Y free X'), the one told ('warned Y'),
        else whoever detained them elsewhere in the sentence ('a day after Y arrested him')."""
        own = {s.code[:3] for s in sources}

        def other(args: list[Arg]) -> list[Arg]:
            return [a for a in args if a.code[:3] not in own and not a.place]

        for args in (inner.sources if inner else [], direct):
            if other(args):
                return other(args)
        got, _ = self._garbled_clause(token, sources)
        if other(got):
            return other(got)
        asked = [
            t.head
            for c in token.children
            if c.dep_ == "prep"
            for t in c.subtree
            if t.dep_ == "pobj" and t.head.lower_ in ("from", "to", "on", "upon")
        ]
        if other(self.actors.under(asked, "pobj")):
            return []  # 'asked for help from Y to free X': Y is asked, not the holder
        for node in token.doc:
            if node.lemma_.lower() not in _DETAINING or node.pos_ != "VERB":
                continue
            for child in node.children:
                if child.dep_ == "nsubj" or child.dep_ == "agent":
                    slot = child if child.dep_ == "nsubj" else next(iter(child.children), None)
                    if slot is not None and other(self.actors.phrase(slot)):
                        return other(self.actors.phrase(slot))
            held = self.actors.under([node], ("pobj",), prep=("in",), places=True)
            held = [a.country_only() for a in held if a.code[:3] not in own]
            if held and len({a.code for a in held}) == 1:
                return held[:1]  # 'two citizens held in Iran': the state they are held in
        return []

    def _declared_targets(self, comps, sources: list[Arg]) -> list[Arg]:
        """Who a vow or warning declares a target ('vowed that X's interests had become
        legitimate targets', 'warned that Y's bases would be targets'): a threat of attack
        (gold rule 6) aimed at the clause's subject, not at the speaker's own side."""
        for comp in comps:
            if comp.dep_ != "ccomp" or comp.lemma_.lower() not in _BECOMING:
                continue
            if any(c.dep_ == "neg" for c in comp.children):
                continue
            if not any(
                c.dep_ in ("attr", "oprd") and c.lemma_.lower() in _TARGET_NOUNS
                for c in comp.children
            ):
                continue
            subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [a for s in subjects for a in self.actors.subtree(s, True)]
            return [a for a in found if not own_side(a, sources)]
        return []

    def _punitive(self, comps) -> bool:
        """A vow whose wrapped words are punitive ('vowed to respond forcefully to any
        provocation', 'promised to punish X', 'vowed that X would regret it'): a threat
        (gold rule 6), whatever verb carries it; not when the words are negated."""
        words = set(self.lex.frames.get("punitive_words", ()))
        nodes = [t for c in comps for t in c.subtree]
        if any(t.dep_ == "neg" for t in nodes):
            return False
        return any(t.lemma_.lower() in words or t.lower_ in words for t in nodes)

    def _force_or_punishment(self, code: str, inner: Act | None, comps) -> bool:
        """A threat told as a vow of punishment, or of force its verb carries itself
        ('vowed to send troops', 'pledged to step up air strikes'); not a threat the frame
        read off some noun deep in an adjunct ('willing to accept X after an accusation')."""
        if code[:2] != "13":
            return False
        if code == "130" and inner is None or self._punitive(comps):
            return True  # a punitive vow: its words, not a wrapped act, made it a threat
        return (
            inner is not None
            and inner.code[:2] in _FORCE
            and inner.token.pos_ in ("VERB", "AUX")
            and inner.token.dep_ in ("xcomp", "ccomp", "conj")
        )

    def _threatened(self, comps, sources: list[Arg]) -> list[Arg]:
        """Whom a promised deed with no target of its own is aimed at: the nearest actor
        in its clause, or the place its force is sent to, that is not the speaker's side."""
        own = {s.code[:3] for s in sources}

        def aimed(args: list[Arg]) -> list[Arg]:
            return [
                a
                for a in args
                if not own_side(a, sources)
                and not (a.code[:3] in own and a.code[3:6] in _STATE_ARMS)  # its own troops
            ]

        for comp in comps:
            got = aimed(self.actors.subtree(comp, True))
            if got:
                return got
            # 'to send troops against militants in northern X': past its own forces, the
            # first actor or place further along the deed's own clause
            for node in sorted(comp.subtree, key=lambda t: t.i):
                if any(
                    a.dep_ in ("relcl", "ccomp", "acl") and comp.is_ancestor(a)
                    for a in node.ancestors
                ):
                    continue  # another clause's actors
                got = aimed(self.actors.at(node, True))
                if got:
                    return got
        return []

    def _garbled_clause(self, token, sources: list[Arg]) -> tuple[list[Arg], set[str]]:
        """The subject of a that-clause the parser broke up: an actor right after 'that' and
        right before a bare verb it tagged as something else ('that Beijing free X')."""
        doc = token.doc
        own = {s.code[:3] for s in sources}
        for child in token.children:
            if child.i < token.i or child.dep_ in ("prep", "punct", "cc", "conj", "advcl"):
                continue
            nodes = sorted(child.subtree, key=lambda t: t.i)
            mark = next((t for t in nodes if t.lower_ == "that" and t.dep_ == "mark"), None)
            if mark is None:
                continue
            for node in nodes:
                if node.i <= mark.i or node.i + 1 >= len(doc):
                    continue
                after = doc[node.i + 1]
                if after.lower_ not in _BARE_ACTS or after.pos_ == "VERB":
                    continue
                found = [a for a in self.actors.at(node) if a.code[:3] not in own]
                if found:
                    return found, {t.lemma_.lower() for t in nodes} | {t.lower_ for t in nodes}
                break  # only the first actor word of the clause is its subject
        return [], set()

    def _promised_conflict(self, token, inner: Act | None) -> bool:
        """A vow, pledge or offer of a conflictual act ('vowed to expel X's envoys', 'pledged
        to impose sanctions') is a threat, not an intent; not when the act is being undone
        ('pledged to end the raids', 'promised to stop the shelling')."""
        if inner is None or inner.code[:2] not in _CONFLICTUAL or inner.code[:2] == "13":
            return False
        undoing = self.lex.cues["negating_governors"] | _UNDOING
        node = inner.token
        while node.i != token.i and node.head.i != node.i:
            undone = node.i != inner.token.i and node.lemma_.lower() in undoing
            if undone or any(c.dep_ == "neg" for c in node.children):
                return False  # the wrapped trigger itself may be a halt ('would halt aid')
            node = node.head
        return True

    def _someone_elses(self, inner: Act | None, sources: list[Arg]) -> bool:
        """A warning about a conflictual act that a named third party may do: the speaker
        foresees it, it does not threaten it."""
        if inner is None or inner.code[:2] not in _CONFLICTUAL or not sources:
            return False
        countries = {s.code[:3] for s in sources}
        doers: list[Arg] = []
        node = inner.token  # 'warned that militants may be planning attacks'
        while not doers and node.lemma_.lower() != "warn":
            if node.lemma_.lower() in _SUFFERING:
                return False  # 'X faces tariffs unless ..., Y warned': X is the one threatened
            doers = self.actors.under(node, "nsubj", places=True)
            if node.head.i == node.i:
                break
            node = node.head
        return bool(doers) and all(s.code[:3] not in countries and not s.pronoun for s in doers)

    def _own_promise(self, token, inner: Act | None, sources: list[Arg]) -> bool:
        """A warning whose wrapped act is a conflictual one that the warner itself will do:
        done by its own side (or by no one named) and told with 'will' or 'would'."""
        if not sources or not self._promised_conflict(token, inner):
            return False
        countries = {s.code[:3] for s in sources}
        if any(s.code[:3] not in countries for s in inner.sources):
            return False  # 'warned that militants may attack': someone else's act
        # 'warned that it could cut off aid if X ...': a hedged act on a condition is promised too
        promising = _PROMISING | (_HEDGED if self._conditioned(token) else frozenset())
        node = inner.token
        while node.i != token.i and node.head.i != node.i:
            if any(a.dep_ == "aux" and a.lower_ in promising for a in node.children):
                return True
            node = node.head
        return False

    def _conditional_promise(self, token, comps, sources: list[Arg]) -> bool:
        """A warning that the speaker's own side will do something if a condition is met,
        whatever the act: 'warned that Turkey would open its gates if the bloc ...'.
        A penalty attached to a condition is a threat (gold rule 6)."""
        if not sources or not self._conditioned(token):
            return False
        countries = {s.code[:3] for s in sources}
        for comp in comps:
            if comp.dep_ != "ccomp" or not any(
                a.dep_ == "aux" and a.lower_ in _PROMISING for a in comp.children
            ):
                continue
            for subject in (c for c in comp.children if c.dep_ == "nsubj"):
                if subject.lower_ in _SPEAKER_PRONOUNS:
                    return True
                doers = self.actors.phrase(subject)
                if doers and all(d.code[:3] in countries for d in doers):
                    return True
        return False

    def _faced_penalty(self, comps):
        """The penalty the warned clause says someone will face, risk or pay ('that X would
        face sweeping sanctions', 'that it would pay a heavy price'): a demand with a penalty
        attached, a threat (gold rule 6); not a hardship no one deals ('could face famine')."""
        words = set(self.lex.frames.get("penalty_words", ()))
        for comp in comps:
            if comp.dep_ != "ccomp":
                continue
            for node in (n for n in comp.subtree if n.pos_ in ("VERB", "AUX")):
                if node.lemma_.lower() not in _SUFFERING | {"pay"}:
                    continue
                for obj in node.children:
                    if obj.dep_ == "dobj" and obj.lemma_.lower() in words:
                        return obj
        return None

    def _penalty_kind(self, noun) -> str | None:
        """The threat code a named penalty gives, read from the noun and its modifiers:
        'economic measures', 'visa bans' (1312), 'suspension' (1313), 'isolation', 'legal
        action' (131), 'military action' (138)."""
        codes = self.lex.frames["penalty_codes"]
        words = [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound", "conj")]
        return next((codes[w.lemma_.lower()] for w in words if w.lemma_.lower() in codes), None)

    def _first_conjunct_targets(self, token, sources: list[Arg]) -> list[Arg]:
        """'X broke off ties with Y and vowed to ...', 'X condemned Y and demanded ...': a frame
        verb coordinated under an act of the same subject, naming no target of its own, is
        aimed at that act's target."""
        head = token.head
        if token.dep_ != "conj" or head.i == token.i or head.pos_ != "VERB" or own_subject(token):
            return []
        first = self.matcher.match(head)
        if first is None:
            return []
        act = self.act(head, first)
        if act is None:
            return []
        return [a for a in act.targets if not own_side(a, sources)]

    def coordinated_acts(self, token, pattern: Pattern, first: Act) -> list[Act]:
        """One more act per coordinated complement with its own code: 'urged X to halt the
        fighting and (to) return to talks' is two appeals to X."""
        codes, out = {first.code}, []
        for comp in _complements(token):
            for branch in (c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                if penalty(branch) or finite_branch(branch):
                    continue
                act = self.frame_act(token, pattern, first.sources, branch=branch)
                if act is not None and act.code not in codes:
                    codes.add(act.code)
                    out.append(act)
        return out

    # ---- the wrapped act -----------------------------------------------------------------

    def _embedded(
        self, token, pattern: Pattern, inner_sources, branch=None
    ) -> tuple[Act | None, list]:
        """The first act under the frame's complements (or under one coordinated ``branch``
        of them, not crossing into the other branches)."""
        comps = [branch] if branch is not None else _complements(token)
        queue = list(comps)
        while queue:
            node = queue.pop(0)
            if node.dep_ == "pobj" and node.head.lower_ in _MEANS_PREPS and node.head.i > token.i:
                continue  # 'to resolve the dispute through dialogue': the means, not the act
            if self._visit_setting(node) or self.meeting(node):
                continue  # 'on the first day of a visit to X, said he would ...': the setting
            if node.pos_ == "NOUN" and node.lower_ in _UNDOING_NOUNS:
                continue  # 'ordered the lifting of sanctions': not the sanctions themselves
            # a relative clause on the one asked ('ask members which do not recognize X to
            # reject Y') tells who they are, not the act asked for; the clause the parser
            # hung on it may be
            addressee = (
                pattern.frame in _ADDRESSED
                and node.dep_ == "relcl"
                and node.head.dep_ == "dobj"
                and node.head.head == token
            )
            inner = None if addressee else self.matcher.match(node)
            if (
                inner is not None
                and node.i != token.i
                and not (inner.frame and inner.frame == pattern.frame)
            ):
                act = self.act(node, inner, inner_sources)
                if act is not None:
                    return act, comps
            queue.extend(
                c
                for c in node.children
                if (branch is None or c.dep_ != "conj")
                and not _free_adjunct(c)
                and not finite_branch(c)
                and not self._condition(c)
            )
        return None, comps

    def _condition(self, node) -> bool:
        """'... if X attacked', 'unless X renounced violence': the condition a frame's act
        hangs on, never the act it wraps."""
        marks = set(self.lex.cues["conditional_marks"]) - {"whether"}
        return node.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in marks for m in node.children
        )

    def _conditioned(self, token) -> bool:
        """A condition told under the frame verb: an 'if'/'unless' clause, or 'in the event
        of', 'in case of', 'or else', 'otherwise'."""
        for t in token.subtree:
            if self._condition(t):
                return True
            if t.lower_ == "event" and t.head.lower_ == "in" and t.dep_ == "pobj":
                return True
            if (
                t.lower_ == "case"
                and t.head.lower_ == "in"
                and any(c.lower_ == "of" for c in t.children)
            ):
                return True
            if t.lower_ in ("otherwise", "else") and t.i > token.i:
                return True
        return False

    def _visit_setting(self, node) -> bool:
        """'during a visit to X', 'on the first day of a trip to X': a preposition that sets
        an act within a visit (an event of its own, gold rule 4), not what a frame wraps."""
        prep = node.head if node.dep_ == "pobj" else node
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "on", "at"):
            return False
        for noun in [node] if node.dep_ == "pobj" else prep.children:
            if noun.dep_ != "pobj":
                continue
            inner = _phase_inner(noun)
            if prep.lower_ != "during" and inner is noun:
                continue  # 'agreed on a visit': the visit is what is agreed
            found = self.matcher.match(inner)
            if found is not None and found.pos == "noun" and found.code[:3] in ("042", "043"):
                return True
        return False

    def meeting(self, node) -> bool:
        """'agreed to X after talks with Y', 'pledged to X following a meeting with Y': a
        meeting set beside the act (an event of its own), not what a frame wraps."""
        prep = node.head if node.dep_ == "pobj" else node
        if prep.dep_ != "prep" or prep.lower_ not in MEETING_SETTINGS:
            return False
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        nouns += [g for n in nouns for p in n.children if p.lower_ == "of" for g in p.children]
        for noun in nouns:
            if noun.dep_ == "pobj" and meeting_setting(noun) is not None:
                found = self.matcher.match(noun)
                if found is not None and found.pos == "noun" and found.code[:2] == "04":
                    return True
        return False

    def _directive(self, token) -> bool:
        """'told X to leave' or 'told X that it must leave': an instruction, not a report."""
        aux = self.lex.cues["directive_aux"]
        marks = self.lex.cues["conditional_marks"]
        for child in token.children:
            if (
                child.dep_ == "xcomp"
                and child.tag_ != "VBG"  # 'told visiting X that ...': a visitor, not an order
                or child.dep_ == "ccomp"
                and child.tag_ == "VB"
                and infinitive(child)
            ):
                return True
            if (
                child.dep_ == "ccomp"
                and child.i > token.i  # 'X should V, he told reporters': a view told, no order
                and not any(c.dep_ == "mark" and c.lower_ in marks for c in child.subtree)
                and any(
                    a.dep_ == "aux" and a.lower_ in aux and not _perfect(a) for a in child.children
                )
            ):
                return True  # not 'told Y that if X does V, it should W': advice on a condition
        return False

    # ---- the frame's code ----------------------------------------------------------------

    def _words(self, token, frame: str, comps) -> set[str]:
        """The lemmas and forms of the wrapped clauses, with the multiword cues their lemmas
        spell ('hand over power', 'no-fly zone'); a probe also reads what it is over
        ('questioned X over the bribery scandal'); a clause 'with X saying ...' is X's own
        statement, not the wrapped act ('rejected demands that it never join NATO, with its
        president saying it had the right to')."""
        nodes = [c for c in comps if not _with_statement(c.head)]
        if frame == "probe":
            nodes += [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ]
        said = {d.i for c in nodes for t in c.subtree if _with_statement(t) for d in t.subtree}
        spans = [[t for t in c.subtree if t.i not in said] for c in nodes]
        words = {t.lemma_.lower() for s in spans for t in s} | {t.lower_ for s in spans for t in s}
        spelt = " ".join(
            " ".join("".join(t.lemma_.lower() + t.whitespace_ for t in s).split()) for s in spans
        )
        return words | {p for p in self._phrases if f" {p} " in f" {spelt} "}

    def _frame_code(self, frame: str, spec: dict, inner: Act | None, words: set[str]) -> str | None:
        """The code the wrapped act maps to, else one keyed by a word in the complements,
        else the frame's default."""
        frames = self.lex.frames
        # words that decide the code before the wrapped act: 'ordered the troops to be ready to
        # fire' puts forces on alert (152); the firing itself is only conditional
        for word, code in frames.get("frame_first", {}).get(frame, {}).items():
            if word in words:
                return code
        if inner is not None:
            mapped = prefix_lookup(frames["code_maps"].get(frame, {}), inner.code)
            if mapped:
                return inner.code if mapped == "=" else mapped
            category = prefix_lookup(frames["categories"], inner.code)
            if category and spec["codes"].get(category):
                return spec["codes"][category]
        for word, code in frames["frame_keywords"].get(frame, {}).items():
            if word in words:
                return code
        for word, category in frames["keywords"].items():
            if word in words and spec["codes"].get(category):
                return spec["codes"][category]
        return spec.get("default")

    def _leader_change(self, comps) -> bool:
        """The wrapped act changes who leads: deserting, removing or reinstating a leader ('to
        abandon the president', 'to oust the prime minister', 'to reinstate the president'),
        recognising another as leader ('to recognise X as president'), the leader's own going
        ('that X resign', 'that he step down'); CAMEO 0241/1041/1231 whatever the verb's own
        code."""
        cues = self.lex.cues
        deserting = cues["deserting_verbs"] | cues["reinstating_verbs"]
        for verb in _wrapped_verbs(comps, cues):
            lemma = verb.lemma_.lower()
            if lemma in ("call", "hold") and any(  # 'to call a new presidential election'
                o.dep_ == "dobj"
                and o.lemma_.lower() == "election"
                and any(m.lower_ == "presidential" for m in o.children)
                for o in verb.children
            ):
                return True
            if (
                lemma in cues["resigning_verbs"]
                or lemma == "step"
                and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside")
                    for c in verb.children
                )
            ):
                return True
        for node in (t for c in comps for t in c.subtree):
            lemma = node.lemma_.lower()
            if lemma in deserting and node.pos_ == "VERB":
                for obj in (c for c in node.children if c.dep_ == "dobj"):
                    titles = [obj] + [c for c in obj.children if c.dep_ == "compound"]
                    if any(self.lex.in_class(t.lemma_, "leader") for t in titles) or any(
                        a.code[3:6] == "GOV" and not a.pronoun for a in self.actors.phrase(obj)
                    ):
                        return True
            if lemma in ("recognise", "recognize", "accept", "install") and node.pos_ == "VERB":
                for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "as"):
                    if any(self.lex.in_class(o.lemma_, "leader") for o in prep.children):
                        return True
        return False

    def _sum_asked(self, token, frame: str, comps) -> bool:
        """An appeal or pledge whose object is a sum of money ('pledged $90 million to X',
        'offered a $700 million aid package', 'asked X for 2 billion euros'): economic aid
        (0231/0331); not a sum some wrapped act handles ('agreed to pay $198 million', 'urged
        X to build a $2 billion line') nor one named deeper in the object ('offered a reward
        for news of X, after rewards of $5 million')."""
        if frame not in _SUM_FRAMES or token.lemma_.lower() in self.lex.cues["agreeing_verbs"]:
            return False  # 'A and B agreed on a $300 million deal': a bargain, not aid
        currency = self.lex.cues["currency_words"]
        return any(
            t.lower_ in currency and c in (t, t.head, t.head.head)
            for c in comps
            if c.pos_ != "VERB"
            for t in c.subtree
        )

    def _policy_change(self, comps) -> bool:
        """The wrapped act undoes a policy: 'that X reverse its decision', 'to repeal the law',
        'calls to withdraw the bill', 'that Y tear up the deal' (CAMEO 0242/1042/1232,
        whatever the undone policy's own topic)."""
        cues = self.lex.cues
        for verb in _wrapped_verbs(comps, cues):
            lemma = verb.lemma_.lower()
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if lemma in cues["repealing_verbs"] and objects:
                return True
            if lemma in cues["dropping_verbs"] and any(
                o.lemma_.lower() in cues["policy_nouns"] for o in objects
            ):
                return True
        return False

    def _visitors_let(self, comps) -> bool:
        """The wrapped act lets foreign envoys, inspectors or monitors in or at work ('to let
        the special envoy meet X', 'to allow inspectors to visit'): international involvement
        (0255/1055/1245/0355), whatever they are let do."""
        cues = self.lex.cues
        verbs = _wrapped_verbs(comps, cues)
        let = [v for v in verbs if v.lemma_.lower() in cues["permission_verbs"]]
        # the one let: its object, or the subject of the clause it is let do
        objects = [o for v in let for o in v.children if o.dep_ == "dobj"] + [
            s
            for v in let
            for c in v.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in c.children
            if s.dep_ == "nsubj"
        ]
        return any(  # or a noun compounded into it (the parser's 'envoy meet X')
            t.lemma_.lower() in cues["visitor_nouns"]
            for o in objects
            for t in o.subtree
            if t is o or t.dep_ == "compound"
        )

    def _halted(self, comps) -> str | None:
        """What a wrapped 'stop', 'shut down', 'curb' or 'put an end to' halts: military
        activity alone ('to halt all military activity', 'stop sending warships') is
        de-escalation (0256/1056), anything else a policy ('that X shut down the network',
        'stop handing out passports': 0242/1042). None when the clause halts nothing named."""
        cues = self.lex.cues
        objects = []
        for verb in _wrapped_verbs(comps, cues):
            lemma = verb.lemma_.lower()
            kids = list(verb.children)
            if lemma in cues["halting_verbs"]:
                doing = [g for c in kids if c.dep_ == "xcomp" for g in c.children]  # 'stop doing X'
                objects += [o for o in kids + doing if o.dep_ == "dobj"]
            elif lemma in ("put", "bring"):  # 'put an (immediate) stop to X', 'bring an end to X'
                stops = [o for o in kids if o.dep_ == "dobj" and o.lemma_.lower() in _STOP_NOUNS]
                objects += [
                    g
                    for p in [*kids, *(c for o in stops for c in o.children)]
                    if stops and p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        if not objects:
            return None
        military = cues["military_nouns"]
        if all(
            any(t.pos_ in ("NOUN", "ADJ") and t.lemma_.lower() in military for t in o.subtree)
            for o in objects
        ):
            return "yield_deescalate"
        return "reform_policy"

    def _penalty_code(self, frame: str, comps) -> str | None:
        """A demand or appeal with a penalty attached ('... or face sanctions') is a threat."""
        if frame not in ("demand", "appeal", "order"):
            return None
        for comp in comps:
            for branch in (c for c in comp.children if c.dep_ == "conj" and penalty(c)):
                for obj in (c for c in branch.children if c.dep_ == "dobj"):
                    if kind := self._penalty_kind(obj):
                        return kind  # 'or face suspension', 'or face legal action'
                words = {t.lemma_.lower() for t in branch.subtree}
                keywords = self.lex.frames["frame_keywords"]["threat"]
                return next((keywords[w] for w in sorted(words) if w in keywords), "131")
        return None

    def _person_object(self, token, pattern: Pattern) -> bool:
        """The (direct or passive) object is people: a person noun or a people mention."""
        for obj in self.matcher.objects(token, pattern):
            if obj.dep_ == "attr":
                continue
            if self.lex.in_class(obj.lemma_, "person") or self.lex.in_class(obj.lemma_, "wanted"):
                return True  # 'seized two tourists', 'captured a fugitive trafficker'
            mention = self.actors.by_token.get(obj.i)
            if mention is None or obj.pos_ == "ADJ":
                continue
            if mention.how in _PEOPLE_HOWS or (mention.code or "").endswith("CVL"):
                return True
        return False

    def _place_object(self, token, pattern: Pattern) -> bool:
        """The object is a place: a location mention or a territory noun."""
        for obj in self.matcher.objects(token, pattern) or [
            c for c in token.children if c.dep_ == "prep" for c in c.children
        ]:
            mention = self.actors.by_token.get(obj.i)
            if mention is not None and mention.how == "location":
                return True
            if self.lex.in_class(obj.lemma_, "territory"):
                return True
        return False

    # ---- the frame's target --------------------------------------------------------------

    def _frame_targets(
        self, token, spec, pattern, inner: Act | None, comps, sources: list[Arg]
    ) -> tuple[list[Arg], bool]:
        """The frame's targets from the first of its target slots that names any, and whether
        the act stays joint."""
        for name in spec["target"]:
            if name in ("embedded", "embedded_target") and inner is not None:
                # 'warned X ... if it threatened the United States': the speaker's own side
                # is the inner act's target, not this act's
                others = [a for a in inner.targets if not own_side(a, sources)]
                if others:
                    return others, inner.joint
                if inner.joint and name == "embedded":
                    return [], True
            elif name == "embedded_source" and inner is not None and inner.sources:
                return inner.sources, False
            elif name == "condition":
                got = self._condition_subjects(comps)
                own = {s.code[:3] for s in sources}
                if got and all(a.code[:3] in own for a in got) and inner and inner.targets:
                    # 'warned it might cut aid to Y if the junta ...': a condition read as the
                    # speaker's own side gives way to the target of the act it threatens
                    continue
                if got:
                    return got, False
            elif name == "charge*":
                got = self.arguments.charge_makers(token, pattern)
                if got:
                    return got, False
            elif name == "accuser":
                got = self.arguments.accusers(token)
                if got:
                    return got, False
            elif name == "comp*":
                got = [a for c in comps for a in self.actors.subtree(c)]
                if got:
                    return got, False
            elif name not in ("embedded", "embedded_target", "embedded_source"):
                got = self.arguments.targets(token, (name,), pattern)
                if spec.get("own_agents"):  # 'ordered its navy to ...': the orderer's own forces
                    got = [a for a in got if not any(a.code[:3] == s.code[:3] for s in sources)]
                # 'NATO launched its investigation into ...': the actor itself is never the
                # target; the next slot may name one
                got = [a for a in got if not any(a.code == s.code for s in sources)]
                if got:
                    return got, False
        return [], bool(inner and inner.joint) or bool(spec.get("joint_without_target"))

    def _condition_subjects(self, comps) -> list[Arg]:
        """'warned that it would retaliate if X attacked': the threat is aimed at X."""
        marks = set(self.lex.cues["conditional_marks"])
        clauses = [
            t
            for c in comps
            for t in c.subtree
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in t.children)
        ]
        subjects = self.actors.under(clauses, ("nsubj", "nsubjpass"), places=True)
        return [a for a in subjects if not a.pronoun]


def _agreed_view(token, cues) -> bool:
    """'agreed with ex-agents who say X is planning an attack': agreeing with someone's view
    is no intent and no event (gold rule 5: analysts' views are not coded); 'agreed with X
    to V' or 'agreed that ...' still wrap an act."""
    if token.lemma_.lower() not in cues["agreeing_verbs"]:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    return any(
        r.dep_ == "relcl" and r.lemma_.lower() in cues["reporting_verbs"]
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
        for r in o.children
    )


def _refused(token, pattern: Pattern, cues) -> bool:
    """'will not accept X's plan', 'the proposal will never be accepted': a frame verb of
    consent told negated is a refusal (gold rule 5: refusals are 12x)."""
    if token.lemma_.lower() not in cues["refusing_when_negated"] or pattern.frame == "reject":
        return False
    return any(c.dep_ == "neg" for c in token.children)


def _perfect(aux) -> bool:
    """'has finished handing over X': a perfect tense, not 'has to' (an obligation)."""
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return aux.lower_ in ("has", "have", "had") and (nxt is None or nxt.lower_ != "to")


def _warned_off(comps) -> bool:
    """'warned X not to send troops', 'warned X never to return': the warner tells someone
    to refrain from an act, a warning aimed at them whatever the act."""
    return any(
        c.dep_ == "xcomp" and any(n.dep_ == "neg" and n.i < c.i for n in c.children) for c in comps
    )


def _excluding(node) -> bool:
    """'to rule out X', 'to exclude X': an infinitive of excluding an option."""
    if node.pos_ != "VERB" or node.dep_ not in ("xcomp", "ccomp"):
        return False
    lemma = node.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children) or any(
            c.lower_ == "out" and c.i == node.i + 1 for c in node.children
        )
    return lemma in _EXCLUDING


def _complements(token) -> list:
    """Tokens that carry the act a frame verb wraps."""
    out = []
    for child in token.children:
        if child.dep_ == "advcl" and (participle(child) or _fronted_participle(child)):
            continue  # 'rejected X, calling Y a puppet': a second act, not the wrapped one
        if child.dep_ == "advcl" and _adverbial_clause(child):
            continue  # 'urged X to show restraint, while Z cut ties with W': Z's own act
        if child.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "attr", "advcl", "acomp"):
            out.append(child)
        elif child.dep_ in ("prep", "prt", "dative", "agent") and child.lower_ in _COMPLEMENT_PREPS:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp", "xcomp")]
    return out


_ADVERBIAL_MARKS = frozenset(
    "while whereas although though after before when because since as".split()
)


def _with_statement(node) -> bool:
    """'with X saying ...': someone's statement set beside the clause, not part of it (a
    participle with a subject of its own; 'charged X with spying' names the charge)."""
    return (
        node.dep_ == "prep"
        and node.lower_ == "with"
        and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" and any(g.dep_ == "nsubj" for g in c.children)
            for c in node.children
        )
    )


def _all_in_sectors(sources, sectors) -> bool:
    """Every source is of one of ``sectors``: a probe by police or prosecutors is a criminal
    inquiry (CAMEO 091) whatever it is into, unless its topic names another kind."""
    return bool(sectors and sources) and all(s.code[3:6] in sectors for s in sources)


def _wrapped_verbs(comps, cues) -> list:
    """The verbs heading a frame's wrapped clauses, also those hung on a request noun
    ('rejected demands that he resign', 'dismissed calls to withdraw the bill')."""
    out = []
    for comp in comps:
        if comp.pos_ == "VERB":
            out.append(comp)
        elif comp.lemma_.lower() in cues["request_nouns"]:
            out += [c for c in comp.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"]
    return out


def _adverbial_clause(node) -> bool:
    """A clause with its own subject, introduced by a time, cause or contrast word, tells a
    separate act, not what the frame verb wraps."""
    return any(k.dep_ in ("nsubj", "nsubjpass") for k in node.children) and any(
        k.dep_ == "mark" and k.lower_ in _ADVERBIAL_MARKS for k in node.children
    )


def finite_branch(node) -> bool:
    """'urged X to halt the fighting and offered to mediate': a finite verb the parser
    coordinated with an infinitive complement is the frame subject's own second act, not a
    second thing asked for. Likewise a verb the parser coordinated with the verb of a
    that-clause whose form it cannot share (see ``_stray_conjunct``)."""
    head = node.head
    if (
        node.dep_ != "conj"
        or head.i == node.i
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    ):
        return False
    if (
        node.tag_ in ("VBD", "VBZ")
        and node.lower_ != node.lemma_.lower()  # 'to close X and cut Y': 'cut' may be bare
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "ccomp")
        and infinitive(head)
    ):
        return True
    return _stray_conjunct(node, head)


# 'dismissed claims that ...': a noun of content the parser reads as a present-tense verb
_CONTENT_VERBS = frozenset(
    {"claims", "charges", "allegations", "accusations", "reports", "suggestions", "assertions"}
)


def _stray_conjunct(node, head) -> bool:
    """'demanded that Y free X and recalled its envoy', 'dismissed claims that it was
    arming rebels and accused Y of ...', 'saying Y would have no contact and deriding ...':
    a past-tense verb (or a participle) joined to the verb of a complement clause whose tense
    or auxiliary it cannot share (a present or modal head, a progressive head) has no subject
    of its own there: it is the main clause's second act."""
    if head.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or head.head.i == head.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children):
        return False  # 'that X had ... and would ...': a verb with its own auxiliary
    head_aux = {c.lemma_.lower() for c in head.children if c.dep_ in ("aux", "auxpass")}
    if node.tag_ == "VBD" and node.lower_ != node.lemma_.lower():
        if head.tag_ in ("VB", "VBP", "VBZ"):
            return "to" not in {c.lower_ for c in head.children}
        return head.tag_ == "VBG" and "be" in head_aux
    if node.tag_ == "VBG":
        return head.tag_ in ("VB", "VBP", "VBZ", "VBD") and not head_aux & {"be", "have"}
    return False


def branch_governor(node):
    """The verb whose subject does a ``finite_branch``'s act: the frame verb above an
    infinitive, the verb above a that-clause (past a content noun misread as its verb)."""
    gov = node.head.head
    if (
        gov.dep_ == "ccomp"
        and gov.lower_ in _CONTENT_VERBS
        and gov.head.i != gov.i
        and gov.head.pos_ == "VERB"
    ):
        return gov.head  # 'dismissed claims that it was X and accused Y'
    return gov


def _fronted_participle(node) -> bool:
    """'Visiting X on Friday, Y pledged to ...': a participle opening the sentence before the
    frame verb tells what its subject was doing, not what the frame wraps."""
    return (
        node.dep_ == "advcl"
        and node.i < node.head.i
        and node.left_edge.i == 0
        and node.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("aux", "mark", "nsubj", "nsubjpass") for c in node.children)
    )


def _free_adjunct(node) -> bool:
    """'vowed to expel X's envoys, accusing X of ...': a participle set off by a comma inside
    a frame's complement is the speaker's second act, neither wrapped nor told by the frame."""
    return node.dep_ == "advcl" and participle(node)


def _offered_forces(token, inner: Act | None) -> bool:
    """An offer to send or deploy forces, aircraft or ships (15x as a plain act) is made to
    whom they would help: an offer of aid (033), never a threat; one does not offer a show
    of force to its target."""
    return (
        inner is not None
        and inner.code[:2] == "15"
        and token.lemma_.lower() in _OFFERING
        and inner.token.lemma_.lower() not in ("mobilise", "mobilize", "mass")
    )


# verbs of alleging whose participle on a noun tells that noun's content, not an act
_ALLEGING = frozenset({"allege"})


def _content_of_noun(token) -> bool:
    """'a report by U.N. experts alleging that X armed rebels': a participle of alleging on a
    noun says what a report or claim holds; the report is what someone acts on (gold rule 4),
    not an accusation made in the sentence. 'X alleged that Y ...' is one."""
    return (
        token.lemma_.lower() in _ALLEGING
        and token.dep_ == "acl"
        and token.head.pos_ in ("NOUN", "PROPN")
    )
