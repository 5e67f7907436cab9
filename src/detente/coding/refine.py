"""Refinements of matched acts: passes that run after each act is built, or once all of a
sentence's acts are, and reassign its sources, targets or code from the rest of the parse
('killing nine' is the toll of the attack it hangs on; a mediator's 045 goes to each party;
a protest with no target is aimed at its purpose's object or the protesters' government).

:class:`Refinements` is held by :class:`detente.coding.engine.SentenceCoder`, which calls its
passes in turn.
"""

from __future__ import annotations

from dataclasses import replace

from detente.coding.act import own_side
from detente.coding.acts import Act
from detente.coding.arguments import VIOLENT
from detente.coding.lexicon import Pattern
from detente.coding.roles import Arg
from detente.coding.syntax import (
    anchor,
    dated,
    main_verb,
    own_subject,
    participle,
    passive,
    reaction_participle,
)
from detente.coding.visits import call_noun, meeting_setting

# demand (1053) or appeal (0253) for the release of persons
_RELEASE_CALLS = frozenset({"1053", "0253"})
# verbs of a go-between: 'mediated talks between A and B', 'a deal brokered by X'
_MEDIATING = frozenset({"mediate", "broker"})
# what a host holds between two other sides: 'hosted talks between A and B'
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "meeting"})
# 'held talks under the mediation of X', 'agreed a truce through the mediation of X'
_MEDIATION_PREPS = frozenset({"under", "through", "with", "after", "following"})
_MEDIATION_NOUNS = frozenset({"mediation"})
# 'mediating between the two sides': the sides are the joint act's own, not named here
_SIDE_NOUNS = frozenset({"side", "party", "camp", "them"})
# verbs of welcoming a guest in person: the welcome implies the guest's visit
_WELCOMES = frozenset({"welcome", "greet", "receive"})
# joint acts a mediator can stand between: talks, agreements, cooperation, concessions
_MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# reactions to an act told in a relative clause on a noun that sums it up
_REACTIONS = frozenset({"01", "02", "05", "10", "11", "12", "13", "16"})
# the part of a tour a place is: 'landed in X, the first stop of a regional tour'
_TOUR_STOPS = frozenset({"stop", "leg", "stopover", "destination"})
# roots of what a visitor says or does on a visit that is aimed at the host when it names no
# one: comments, appeals, intents, consultation, cooperation, aid, yielding, apologies
_HOSTED_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# nouns that tell a joint act's two sides as a pair: 'the two men', 'both sides'
_PAIR_NOUNS = frozenset(
    {"man", "men", "leader", "side", "country", "nation", "president", "minister", "government",
     "delegation", "neighbour", "neighbor", "party", "state", "premier", "counterpart",
     "woman", "women", "envoy", "diplomat", "official"}
)  # fmt: skip
# break-offs aimed at whom the actor meets or talks with: relations, talks, mediation
_BREAK_OFFS = frozenset({"160", "161", "164", "165"})


class Refinements:
    """Post-matching passes over one parsed sentence's acts, held by its
    :class:`~detente.coding.engine.SentenceCoder`; ``modal_anchor`` is the coder's own map of
    acts whose mood is read off another verb, which a pass may extend."""

    def __init__(self, lex, actors, matcher, finder, modal_anchor: dict[int, object]):
        self.lex, self.actors, self.matcher, self.finder = lex, actors, matcher, finder
        self._modal_anchor = modal_anchor

    def adjunct_target(self, act: Act, acts: list[Act]) -> None:
        """'X cut ties with Y, accusing its neighbour of ...', 'X banned the Y broadcaster,
        calling the network a ...': a closing participle whose object is a description with
        no actor of its own ('its neighbour', 'the network'), or only the speaker's own, speaks of
        the main act's target."""
        token = act.token
        if not act.sources or token.dep_ != "advcl" or not participle(token):
            return

        def mine(arg: Arg) -> bool:
            return any(_self_directed(s, arg) for s in act.sources)

        if not all(mine(t) for t in act.targets):
            return
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not all(
            (_description(o) or _pronoun(o)) and all(mine(a) for a in self.actors.phrase(o))
            for o in objects
        ):  # 'the government' the actor layer gave the speaker's own country
            return
        own = {s.code for s in act.sources}
        for other in acts:
            if other.token.i == token.head.i:
                act.targets = [t for t in other.targets if t.code not in own and not t.place]
                if act.targets and token.head.dep_ == "ccomp" and token.head.head.i != token.i:
                    # 'said it would expel X's envoy, accusing him of spying': the accusation
                    # is made as it is said, whatever the mood of the clause it hangs on
                    self._modal_anchor[token.i] = token.head.head
                return

    def dispossessed(self, act: Act) -> None:
        """'X seized a stake in company Y from Z': a confiscation is aimed at whoever loses
        the property (Z), not at the property itself."""
        if act.code[:3] != "171" or not act.sources:
            return
        token = act.token
        losers = [
            a
            for prep in token.subtree
            if prep.dep_ == "prep" and prep.lower_ == "from" and _within_phrase(prep, token)
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]
        losers = [a for a in losers if not any(_same_actor(a, s) for s in act.sources)]
        if losers:
            act.targets = losers

    def culprits(self, act: Act) -> None:
        """'an inquiry into killings of X by Y': an investigation is aimed at whoever is said
        to have done the deed (Y), not at its victims."""
        if act.code[:2] != "09" or len(act.targets) < 2:
            return
        token = act.token
        doers = [
            a
            for agent in token.subtree
            if agent.dep_ in ("prep", "agent")
            and agent.lower_ == "by"
            and agent.head.pos_ == "NOUN"  # the deed's agent, not the probe's own
            and _within_phrase(agent, token)
            for obj in agent.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]
        kept = [t for t in act.targets if any(_same_actor(t, a) for a in doers)]
        if kept:
            act.targets = kept

    def holders(self, act: Act) -> None:
        """'demanded that the sailors seized by X be freed', 'urged the release of activists
        jailed by X': a call for release is aimed at whoever holds the people (X), not at
        the people themselves."""
        if act.code not in _RELEASE_CALLS or not act.sources or not act.targets:
            return
        spans = {t.span for t in act.targets}
        holders = [
            a
            for node in act.token.subtree
            if node.dep_ == "acl"
            and node.tag_ == "VBN"
            and any(a.span in spans for a in self.actors.phrase(node.head))
            for by in node.children
            if by.dep_ == "agent"
            for obj in by.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]
        holders = [h for h in holders if not any(_same_actor(h, s) for s in act.sources)]
        if holders:
            act.targets = holders

    def shared_aim(self, act: Act, acts: list[Act]) -> None:
        """'X cut ties with Z, while Y recalled its ambassador', 'X broke off talks with Z and
        Y froze its aid': a non-violent clause of the same kind that names no target of its
        own is aimed at the counterpart of the clause it hangs on."""
        token = act.token
        if not act.sources or act.targets or act.joint or token.pos_ != "VERB":
            return
        if act.code[:2] in VIOLENT:
            return
        if token.dep_ not in ("advcl", "conj") or not own_subject(token):
            return
        by_token = {a.token.i: a for a in acts}
        head = token.head
        if head.i not in by_token and head.dep_ == "advcl" and participle(head):
            head = head.head  # 'X cut ties with Z, citing ..., while Y recalled its envoy'
        for other in acts:
            if other.token.i != head.i or other.code[:2] != act.code[:2]:
                continue
            if any(_same_actor(s, o) for s in act.sources for o in other.sources):
                return  # the same side's second act: its own roles, not a shared aim
            doc = token.doc
            act.targets = [  # a counterpart ('ties with Z'), not a patient ('expelled Z')
                t
                for t in other.targets
                if not t.place
                and not any(_self_directed(s, t) for s in act.sources)
                and _counterpart(doc.char_span(*t.span, alignment_mode="expand"))
            ]
            return

    def purpose_talks(self, act: Act, acts: list[Act]) -> None:
        """'A and B recalled their ambassadors for consultations': talks named as the purpose
        of another kind of act are held at home, not between the coordinated subjects."""
        token = act.token
        if not (act.joint and act.code[:2] == "04" and act.pattern.pos == "noun"):
            return
        if token.dep_ != "pobj" or token.head.lower_ != "for":
            return
        verb = token.head.head
        if any(o.token.i == verb.i and o.code[:2] != "04" for o in acts):
            act.sources, act.targets = [], []

    def admitting_state(self, act: Act) -> None:
        """'inspectors were allowed back into X's nuclear site', 'aid convoys were let into
        X': with no agent, an admission is the act of the state whose ground is entered."""
        token = act.token
        if act.code[:3] != "086" or act.sources or not passive(token):
            return
        places = [
            a
            for node in (token, *token.children)
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ in ("into", "to", "in")
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj, location_ok=True)
        ]
        countries = {a.code[:3] for a in places if not a.code.startswith(("---", "IGO", "NGO"))}
        if len(countries) == 1:
            country = countries.pop()
            arg = next(a for a in places if a.code[:3] == country)
            act.sources = [Arg(country + "GOV", arg.text, arg.span)]
            admitted = act.targets or self.actors.under(token, "nsubjpass")
            act.targets = [t for t in admitted if t.code[:3] != country]

    def protest_aim(self, act: Act) -> list[Arg]:
        """'X marched through the capital to protest against Y's plan', 'rioters burned
        factories, venting fury over Y's move': a protest with no target of its own is aimed
        at whoever its purpose or closing participle names."""
        found: list[Arg] = []
        for clause in act.token.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
                continue
            heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            # 'venting anger over X'
            found += self.actors.under(heads, "pobj", prep=("against", "over"))
        return found

    def home(self, act: Act) -> str | None:
        """The one country the act's clause names (in its actors and places), if one; the
        clause of a purpose or participle with no subject of its own is its head verb's
        ('thronged the avenue outside parliament in X to protest against a bill'), and that
        of a participle on the subject is the subject's verb's ('farmers protesting ...')."""
        node = act.token
        if _main_clause(node) and node.dep_ == "acl":  # 'farmers protesting against X blocked'
            node = node.head.head
        while (
            node.dep_ in ("xcomp", "advcl")
            and node.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            node = node.head
        countries = self.actors.clause_countries(node)
        return countries.pop() if len(countries) == 1 else None

    def deployed_forces(self, act: Act) -> None:
        """'12,000 police were deployed in X', 'troops were put on alert': with no agent
        named, the forces a posture moves stand for the state that moves them."""
        subjects = self.actors.under(act.token, "nsubjpass", places=True)
        forces = [a for a in subjects if a.code[3:6] in ("MIL", "COP")]
        if forces:
            act.sources = forces
            act.targets = [t for t in act.targets if t.span not in {a.span for a in forces}]
            self._posture_at_border(act)

    def dissenters(self, act: Act) -> list[Arg]:
        """'police were deployed in the capital as protesters marched': a show of force or
        a crackdown by a state's own forces that names no outside target (at most its own
        places or organs) is aimed at the protesters, strikers or rebels of the same state
        acting in an adverbial clause hung on it."""
        countries = {s.code[:3] for s in act.sources if s.code[3:6] in _STATE_SECTORS}
        if not countries or any(t.code[:3] not in countries for t in act.targets):
            return []
        return [
            a
            for clause in act.token.children
            if clause.dep_ == "advcl"
            for subject in clause.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(subject)
            if a.code[:3] in countries and a.code[3:6] in _DISSENT_SECTORS
        ]

    def mediated(self, act: Act, acts: list[Act]) -> None:
        """'X-mediated talks between A and B', 'A and B agreed a truce, mediated by X',
        'X's mediators opened talks between A and B', 'A and B signed a pact in a deal
        brokered by X', 'X hosted talks between A and B': the mediator's 045 goes to each
        party (gold: a named mediator is coded toward each side)."""
        token = act.token
        lemma = token.lemma_.lower()
        # 'offered to host and mediate talks between A and B': the offer is made to each side
        mediator = lemma in _MEDIATING and act.code == "045" or act.code == "039"
        if lemma == "host" and act.code == "043" and not act.targets and self._hosted_talks(act):
            mediator, act.code, act.joint = True, "045", False
        if not mediator:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            mediator = act.code[:2] == "04" and any(
                s.lemma_.lower() in ("mediator", "broker") for s in subjects
            )
            if not mediator or act.targets:
                return
            act.code, act.joint = "045", False
        if not act.sources:
            act.sources = self.actors.under(token, ("npadvmod", "compound", "nmod"))
        own = {s.code[:3] for s in act.sources}
        if (
            act.targets
            and token.dep_ == "pcomp"
            and _sides([t for t in act.targets if t.code[:3] not in own]) < 2
        ):  # 'with X mediating between the two sides': the sides read off a place
            act.targets = []
        if act.targets or not act.sources:
            return
        parties = [
            a
            for prep in (token.head if token.dep_ == "amod" else token).subtree
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lemma_.lower() not in _SIDE_NOUNS
            for a in self.actors.phrase(obj)
        ]
        frame = token.head
        if token.dep_ == "pcomp" and frame.lower_ == "with":
            frame = frame.head  # 'A and B opened talks, with X's envoys mediating'
        if not parties and (token.dep_ in ("advcl", "acl") or frame is not token.head):
            parties = [a for other in acts if other.token.i == frame.i for a in other.sources]
        if not parties and token.dep_ == "acl" and token.head.dep_ == "pobj":
            # 'A freed X and B freed Y in an exchange brokered by Z': the acts the deal is
            verb = anchor(token.head)
            verbs = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj"} if verb else set()
            if verb is not None and verb.dep_ == "conj":
                verbs |= {verb.head.i} | {c.i for c in verb.head.children if c.dep_ == "conj"}
            parties = [a for other in acts if other.token.i in verbs for a in other.sources]
        act.targets = [a for a in parties if not a.place and a.code[:3] not in own]

    def intent_recipient(self, act: Act) -> None:
        """'X offered to send troops to help restore order in Y', 'X pledged two billion
        euros to help Y rebuild', 'X agreed to a rescue for Y', 'X accepted a Y offer to
        mediate', 'X will hand tanks to Y, its minister pledged': one side's intent that names
        no target is aimed at the other side the promised act concerns, the nearest actor of
        another country in what is promised (gold rule 6). Coordinated subjects ('A and B
        pledged to ...') keep acting on each other."""
        if act.code[:2] != "03" or act.pattern.frame != "intent":
            return
        if not act.sources or act.targets or _sides(act.sources) != 1:
            return
        others = self._content_actors(act, foreign=True)
        if others and len(_sides(others, places=True)) <= 2:
            act.targets, act.joint = others, False

    def self_aimed(self, act: Act) -> None:
        """'NATO opened an investigation into a strike called in by German troops', 'the
        court authorised an inquiry into killings in X's drug war': a target that is only
        the source itself (the inner act's actor taken for the frame's) tells nothing; the
        act is aimed at the nearest other actor in what it is about."""
        self._posture_at_border(act)
        self._own_side_targets(act)
        self._recognised_atrocity(act)
        self._contested_place(act)
        self._place_aimed(act)
        if act.code[:2] not in _ABOUT_ROOTS or not act.sources or not act.targets:
            return
        if not all(_self_directed(s, t) for s in act.sources for t in act.targets):
            return
        others = self._content_actors(act, foreign=False)
        if others and len(_sides(others, places=True)) <= 2:
            act.targets = others

    def _place_aimed(self, act: Act) -> None:
        """'deployed police across the capital Y', 'flooded Y with riot police', 'rebels
        gunned down a mayor in central X', 'jets struck a camp near the X town of Y': a force
        posture, assault, fight or mass violence that names no one it is aimed at is aimed
        at the place where it is done (its object, or its 'in/across/into/through/near'
        place, or its object's). Done abroad, the target is that country alone (no sector);
        by a non-state side at home, the country; by a state's own organs at home, only a
        posture (15) aimed at the dissenters the sentence names (protesters, opposition,
        rebels of that state): a show of force on one's own land aimed at no one is a
        domestic act with no second actor and is not coded. A posture is aimed only at a
        region or city of a country, not at a country named whole ('moved troops to Y' may
        be to an ally)."""
        root, token = act.code[:2], act.token
        if root not in _PLACE_ROOTS or not act.sources or act.targets or act.joint:
            return
        if token.pos_ != "VERB" or token.dep_ in ("acl", "relcl", "amod"):
            return
        if root == "15" and act.code[:3] not in _MOVED_FORCES:
            return  # drills and shows of force (150) are aimed at a rival, not the venue
        if not _agent_told(token, act.sources):
            return  # 'a tourist was attacked in Y': the one it befell is no agent
        if self._toll_follows(token):
            return  # 'bombed a market in Y, killing 12 people': the toll names whom it hit
        kinds = _PLACE_KINDS if root != "15" else _REGION_KINDS
        # territory seized (192) is what is seized, never where: 'was seized by X in Y'
        place = self._done_at(token, kinds, near=root != "15", seized=act.code[:3] == "192")
        if place is None:
            return
        code, text, span = place
        homes = {s.code[:3] for s in act.sources if not s.code.startswith(("---", "IGO", "NGO"))}
        state = any(s.code[3:6] in _STATE_SECTORS for s in act.sources)
        if not homes or homes == {code} and state:
            if root == "15" and homes == {code}:
                act.targets = self._home_dissenters(token, code)
            return
        if code in homes and len(homes) > 1:
            return  # some sources at home, some not: no side told
        act.targets = [Arg(code, text, span, place=True)]

    def _toll_follows(self, token) -> bool:
        """A closing participle of violence hangs on the act ('..., killing nine')."""
        for child in token.children:
            if child.dep_ == "advcl" and child.tag_ == "VBG":
                pattern = self.matcher.match(child)
                if pattern is not None and pattern.code[:2] in VIOLENT:
                    return True
        return False

    def _done_at(
        self, token, kinds, near: bool, seized: bool = False
    ) -> tuple[str, str, tuple[int, int]] | None:
        """The country of the place an act is done at: its object when a place, else the
        first place of its 'in/across/...' phrases or of those of its object (one step down
        through objects and prepositions, never into a clause)."""
        # a posture moves forces to a region ('sent troops to the X region'); force is done
        # near a town ('struck a camp near the Y town of Z')
        preps = _PLACE_PREPS | ({"near"} if near else {"to"})
        heads, seen = [token], 0
        while heads and seen < 12:
            node = heads.pop(0)
            seen += 1
            for child in node.children:
                if child.dep_ in ("dobj", "nsubjpass") and node.i == token.i:
                    got = self._place_in(child, kinds)
                    if got is not None:
                        return got
                    heads.append(child)
                elif seized and node.i == token.i:
                    continue
                elif child.dep_ == "prep" and child.lower_ in preps and not dated(child):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            got = self._place_in(obj, kinds)
                            if got is not None:
                                return got
                            heads.append(obj)
        return None

    def _place_in(self, noun, kinds) -> tuple[str, str, tuple[int, int]] | None:
        """The country of the place a noun phrase names ('the central X', 'X's Y province',
        'the X town of Y'), outside the clauses and the aims hung on it; never a border."""
        stack = [noun]
        while stack:
            node = stack.pop()
            mention = self.actors.by_token.get(node.i)
            if (
                mention is not None
                and mention.code
                and mention.how in kinds
                and mention.sector != "border"
                and not mention.code.startswith(("---", "IGO", "NGO"))
            ):
                country = mention.country or mention.code[:3]
                return country, mention.text, (mention.start, mention.end)
            stack += [
                c
                for c in reversed(list(node.children))
                if c.dep_ in ("compound", "amod", "poss", "pobj", "prep", "appos", "nmod")
                and not (c.dep_ == "prep" and c.lower_ not in _PLACE_OF_PREPS)
            ]
        return None

    def _home_dissenters(self, token, country: str) -> list[Arg]:
        """The protesters, opposition or rebels of ``country`` the sentence names ('ahead of
        a march by X's supporters', 'to stop Y's followers'), outside the posture's subject."""
        subject = {c.i for s in token.children if s.dep_ == "nsubj" for c in s.subtree}
        found = []
        for word in token.doc:
            mention = self.actors.by_token.get(word.i)
            if word.i in subject or mention is None or not mention.code:
                continue
            if mention.code[:3] == country and mention.code[3:6] in _DISSENT_SECTORS:
                found.append(Arg(mention.code, mention.text, (mention.start, mention.end)))
        return _unique_args(found)

    def _contested_place(self, act: Act) -> None:
        """'X's troops shelled the town of Y', 'X's jets bombed Y overnight': a place of the
        state's own country struck by its forces is held by those it fights, not the state
        itself; the place is kept as the side struck (the country alone, never its
        government), so that the act is not dropped as self-directed. Only a place that is
        what the force is done to (object of the verb, or 'fire on/at Y'), never where."""
        if act.code[:2] not in _FORCE_ROOTS or not act.sources or not act.targets:
            return
        if not all(s.code[3:6] in _FORCE_SECTORS and not s.place for s in act.sources):
            return
        if any(not _self_directed(s, t) for s in act.sources for t in act.targets):
            return  # 'bombed X's capital, targeting a rebel leader's house': the side is named
        doc, token = act.token.doc, act.token
        own = {s.code[:3] for s in act.sources}
        targets = []
        for target in act.targets:
            if target.place and len(target.code) == 3 and target.code in own:
                head = _head_at(doc, target.span)
                if head is not None and _struck_place(head, token):
                    target = replace(target, former=True)
            targets.append(target)
        act.targets = targets

    def _recognised_atrocity(self, act: Act) -> None:
        """'a motion recognising the massacres of 1937 as genocide', 'formally recognised that
        Y is committing genocide': recognising a past or present atrocity is no diplomatic
        recognition (054) of the state or people the atrocity names; it is not coded."""
        token = act.token
        if act.code != "054" or token.pos_ != "VERB" or not act.targets:
            return
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [o for c in token.children if c.dep_ == "ccomp" for o in c.children]
        nouns += [o for n in list(nouns) for o in n.conjuncts]
        nouns += [  # 'recognised the killings as genocide'
            o
            for n in (token, *nouns)
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(self._atrocity(n) for n in nouns):
            act.targets = []

    def _atrocity(self, noun) -> bool:
        """A noun of mass violence: a crime of the atrocity lexicon, or an event noun whose
        act is an assault or mass killing ('the 1994 genocide', 'the massacres')."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.lemma_.lower() in self.lex.cues["atrocity_nouns"]:
            return True
        pattern = self.matcher.match(noun)
        return pattern is not None and pattern.pos == "noun" and pattern.code[:2] in ("18", "20")

    def _own_side_targets(self, act: Act) -> None:
        """Targets of the source's own country that the wording shows are not what the act is
        aimed at: the one kept from acting ('refused to let X meet Y': X), the victims of a harm
        the act is about ('denied a role in the poisoning of an opposition leader', 'probing
        whether a missile downed its airline's jet': not the opposition or the airline), the
        source's own organ by a possessive ('warned that his army would ...'), and, for a
        private group, a place of its own country ('rioters torched factories in X province')."""
        if not act.sources or act.code[:2] not in _OWN_SIDE_ROOTS:
            return
        permitted = self._permitted(act.token, act.sources) if act.code[:2] == "12" else []
        if permitted:
            act.targets = permitted
            return
        if not act.targets:
            return
        doc = act.token.doc
        kept: list[Arg] = []
        placed: list[Arg] = []
        for target in act.targets:
            own = [s for s in act.sources if s.code[:3] == target.code[:3]]
            if not own or target.code.startswith(("---", "IGO", "NGO")) or target.former:
                kept.append(target)
                continue
            head = _head_at(doc, target.span)
            sector = target.code[3:6]
            state = all(s.code[3:6] in _STATE_SECTORS for s in own)
            verbal = act.code[:2] < "14"
            if head is None:
                kept.append(target)
            elif state and verbal and sector in _HARMED_SECTORS and self._harmed(head, act):
                continue  # the victims of the harm the act is about
            elif state and sector in _STATE_SECTORS and _possessed(head):
                continue  # 'his army', 'its troops': the speaker's own organ
            elif target.place and not state:
                placed.append(target)  # 'rioters in X province': where, maybe not at whom
            else:
                kept.append(target)
        if len(kept) == len(act.targets):
            return
        others = self._content_actors(act, foreign=True) if not kept else []
        if others and _sides(others) == 1:
            act.targets = others
        else:
            act.targets = kept + placed

    def _permitted(self, token, sources: list[Arg]) -> list[Arg]:
        """'refused to let X meet Y', 'declined to allow X to send Y': the one not permitted."""
        perm = self.lex.cues["permission_verbs"]
        out = []
        for verb in token.children:
            if verb.dep_ not in ("xcomp", "ccomp") or verb.lemma_.lower() not in perm:
                continue
            heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubj")]
            heads += [
                s
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
            ]
            got = [a for h in heads for a in self.actors.phrase(h) if not a.place]
            if all(_same_side(s, a) for s in sources for a in got):
                # 'let X's envoy meet Y' parsed as one noun phrase: the other side in it
                got = [
                    a
                    for h in heads
                    for t in h.subtree
                    for a in self.actors.at(t)
                    if not a.place and not any(_same_side(s, a) for s in sources)
                ][:1]
            out += got
        return out

    def _harmed(self, head, act: Act) -> bool:
        """A phrase that suffers the harm another deed does: 'the killing of X', 'the release
        of X', or the object of a violent verb ('whether a missile downed X')."""
        nouns = self.lex.cues["harm_nouns"]
        node = head
        while node.dep_ in ("compound", "conj", "appos", "amod") and node.head.i != node.i:
            node = node.head
        if node.head.i == act.token.i or node.head.head.i == act.token.i:
            return False  # the act's own object: 'condemned the arrest of X' is about X
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            return node.head.head.lower_ in nouns or node.head.head.lemma_.lower() in nouns
        if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
            pattern = self.matcher.match(node.head)
            return pattern is not None and pattern.code[:2] in _HARM_ROOTS
        return False

    def _posture_at_border(self, act: Act) -> None:
        """'Russia massed troops near the border with X', 'X shut a crossing on the Y border': a
        show of force at a border, or its closing, is aimed at the country beyond it (a border
        country is otherwise only a place, never the side of an act)."""
        if act.code[:2] not in _BORDER_ROOTS or not act.sources:
            return
        if act.targets and act.code[:2] != "15":
            return  # a threat or a closing aimed at a side already named
        own = {s.code[:3] for s in act.sources}
        below = {t.i for t in act.token.subtree}
        beyond = [
            Arg(m.code[:3], m.text, (m.start, m.end))
            for i, m in self.actors.by_token.items()
            if i in below and m.how == "location" and m.sector == "border" and m.code
            if _own_phrase(self.actors.doc[i], act.token)
            if m.code[:3] not in own
        ]
        if len(_sides(beyond, places=True)) == 1:
            act.targets = beyond[:1]

    def _content_actors(self, act: Act, foreign: bool) -> list[Arg]:
        """The nearest actors (by tree distance from the trigger) in the act's own content:
        its objects, complements and adjuncts and the clause a frame wraps, not its subject,
        not a background adjunct ('after X ...'), not a clause with a subject of its own;
        people before places. ``foreign``: of another country than the sources."""
        token, cues = act.token, self.lex.cues
        banned: set[int] = set()
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent"):
                banned |= {t.i for t in child.subtree}
        for t in token.doc:
            if t.dep_ == "prep" and t.lower_ in cues["background_preps"]:
                banned |= {x.i for x in t.subtree}
            elif t.dep_ in ("relcl", "advcl") and own_subject(t) and t.i != token.i:
                banned |= {x.i for x in t.subtree}
        spans = {s.span for s in act.sources}
        near: dict[str, tuple[int, Arg]] = {}
        own = 999  # the nearest mention of the source's own side in the content
        content = set(act.consumed)
        for child in token.children:  # not its setting ('at a conference in X'), not a conjunct
            if child.dep_ in _CONTENT_DEPS or child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS:
                content |= {t.i for t in child.subtree}
        for i in sorted(content - banned - {token.i}):
            mention = self.actors.by_token.get(i)
            if (
                foreign
                and mention is not None
                and mention.how == "sector"
                and mention.text.islower()
            ):
                continue  # 'sent 500 soldiers to Y': a bare sector word placed by a guess
            for arg in self.actors.at(token.doc[i], location_ok=True):
                if arg.span in spans or arg.code.startswith("---"):
                    continue
                if any(_self_directed(s, arg) for s in act.sources):
                    if not foreign and not arg.place:
                        own = min(own, _distance(token, token.doc[i]))
                    continue
                if arg.pronoun:
                    continue
                if foreign and any(_same_side(s, arg) for s in act.sources):
                    continue
                if arg.place and (not foreign or _venue(token.doc[i])):
                    continue  # 'talks in X', 'a conference at X': where, not with whom
                depth = _distance(token, token.doc[i]) + (100 if arg.place else 0)
                if arg.code not in near or depth < near[arg.code][0]:
                    near[arg.code] = (depth, arg)
        if not near:
            return []
        best = min(d for d, _a in near.values())
        if own <= best:  # 'probing abuses by its own soldiers in Y': about its own side
            return []
        # the nearest phrase with what is coordinated with it ('between A and B')
        return [a for d, a in sorted(near.values(), key=lambda x: x[1].span) if d <= best + 1]

    def tour_stop(self, act: Act) -> None:
        """'X landed in Y on Monday, the first stop of a regional tour': the tour noun set
        after the clause as the stop's whole is X's visit to the place the clause names."""
        token = act.token
        if act.code not in ("042", "043") or token.pos_ != "NOUN" or act.sources or act.targets:
            return
        stop = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if stop is None or stop.lemma_.lower() not in _TOUR_STOPS or stop.left_edge.i == 0:
            return
        comma = stop.left_edge.i - 1
        if stop.doc[comma].text != ",":
            return
        verb = stop.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > comma:
            return
        places = [
            a
            for t in reversed(stop.doc[verb.i + 1 : comma])
            for a in self.actors.at(t, True)
            if a.place or t.dep_ == "pobj"
        ]
        sources = [s for s in self.finder.arguments.sources(verb, None) if not s.place]
        if places and sources and not any(_same_actor(places[0], s) for s in sources):
            act.sources, act.targets = sources, places[:1]

    def _hosted_talks(self, act: Act) -> bool:
        """'X hosted talks in Y between A and B': the host of talks between two other sides
        (not 'X hosted Y', a visit, nor 'X hosted talks with Y', its own meeting)."""
        token = act.token
        objects = [o for o in token.children if o.dep_ == "dobj"]
        objects += [  # 'hosted two days of talks between A and B'
            g
            for o in objects
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        talks = [o for o in objects if o.lemma_.lower() in _TALK_NOUNS]
        if not talks:
            return False
        own = {s.code[:3] for s in act.sources}
        parties = {a.code for a in self.actors.under((token, *objects), "pobj", prep=("between",))}
        return len({p for p in parties if p[:3] not in own}) >= 2

    def mediation_acts(self, acts: list[Act]) -> list[Act]:
        """'A and B held talks under the mediation of X', 'A and B agreed a truce through
        the mediation of X': the mediator named in a 'mediation' noun that frames two
        sides' joint act mediates between them (045 toward each side)."""
        out = []
        for act in acts:
            token = act.token
            if len(act.sources) < 2 or act.targets or act.code[:2] not in _MEDIATED_ROOTS:
                continue
            # the frame hangs on the verb or on its object ('resumed talks under X mediation')
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for prep in [p for node in (token, *objects) for p in node.children]:
                if prep.dep_ != "prep" or prep.lower_ not in _MEDIATION_PREPS:
                    continue
                for noun in prep.children:
                    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _MEDIATION_NOUNS:
                        continue
                    mediators = self.actors.under(noun, "pobj", prep=("of", "by"))
                    mediators = mediators or self.actors.under(noun, "poss", places=True)
                    # 'under Qatari mediation': a country's mediation is its government's
                    mediators = mediators or [
                        Arg(a.code + "GOV", a.text, a.span) if len(a.code) == 3 else a
                        for a in self.actors.under(noun, ("amod", "compound", "nmod"))
                    ]
                    own = {m.code[:3] for m in mediators}
                    parties = [s for s in act.sources if s.code[:3] not in own]
                    if mediators and len(parties) >= 2:
                        pattern = Pattern("noun", noun.lemma_.lower(), "045")
                        out.append(Act(noun, pattern, "045", mediators, parties, False))
        return out + self._set_meetings(acts)

    def _set_meetings(self, acts: list[Act]) -> list[Act]:
        """'Y pledged to X after talks with Z', 'A and B agreed a truce after ten hours of
        talks between their ministers', 'X laid a wreath before talks with Z': a meeting noun
        that sets the clause's act is a meeting of that day (gold rule 4), held by the
        clause's subject with whom the noun names ('with Z'), or between the clause's joint
        subjects; its mood is the clause's (a pledge does not make the talks hypothetical).
        Returns the meetings no other pass has built; those already built get the roles."""
        if not acts:
            return []
        built = {a.token.i: a for a in acts}
        out = []
        doc = acts[0].token.doc
        for i in self.matcher.possible(doc):  # no other token can be a meeting noun
            token = doc[i]
            if token.dep_ != "pobj" or token.pos_ != "NOUN":
                continue
            setting = meeting_setting(token)
            if setting is None:
                continue
            pattern = self.matcher.match(token)
            if pattern is None or pattern.pos != "noun" or pattern.code[:2] != "04":
                continue
            verb = setting.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # 'agreed to resume X after talks': the agreement's clause
            act = built.get(token.i)
            if act is None:
                act = Act(token, pattern, pattern.code, [], [], True)
            if not (act.joint and len(act.sources) >= 2 and not act.targets):
                holders = [s for s in self.finder.arguments.sources(verb, None) if not s.place]
                partners = [
                    a
                    for a in self.actors.under(token, "pobj", prep=("with",))
                    if not a.place and not any(_same_actor(a, h) for h in holders)
                ]
                if partners and holders:
                    act.sources, act.targets, act.joint = holders, partners, True
                elif len(holders) >= 2 and not partners:
                    act.sources, act.targets, act.joint = holders, [], True
                else:
                    continue
            self._modal_anchor[token.i] = verb
            if token.i not in built:
                out.append(act)
        return out

    def summed_up(self, act: Act, acts: list[Act]) -> None:
        """'X did Y on Monday, a move Z condemned as hostile', '..., an arrest Z denounced':
        a reaction told in a relative clause on a noun that sums up the clause before it is
        aimed at whoever did that clause's act (gold: Z -> X with the reaction's code)."""
        token = act.token
        if not act.sources or act.code[:2] not in _REACTIONS:
            return
        if any(not own_side(t, act.sources) for t in act.targets):
            return  # a target of its own ('its own envoy' is the speaker's: none)
        objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp")]
        if token.dep_ in ("xcomp", "ccomp") and reaction_participle(token.head):
            # '..., prompting Z to call the remarks irresponsible': aimed at the main clause's actor
            clause = main_verb(token.head.head)
        elif token.pos_ != "VERB" or any(c.lower_ not in ("which", "that") for c in objects):
            clause = self._misparsed_summary(token)
            if clause is None:
                return
        else:
            noun = token.head
            if noun.dep_ == "appos" and noun.head.i < noun.i:
                # ', a move the agency's director general, X, condemned': the parser hangs the
                # clause on the subject it took for an apposition of the summing noun
                noun = noun.head if self._summary_noun(noun.head) else noun
            if token.dep_ not in ("relcl", "acl") or not self._summary_noun(noun):
                return
            clause = noun.head
        while clause is not None:
            if clause.pos_ in ("VERB", "AUX"):
                done = [a for a in acts if a.token.i == clause.i and a is not act and a.sources]
                authors = done[0].sources if done else []
                if not authors and not any(a.token.i == clause.i for a in acts):
                    authors = self.finder.arguments.sources(clause, None)
                if authors:
                    act.targets = [a for a in authors if not own_side(a, act.sources)]
                    return
            if clause.head.i == clause.i:
                return
            clause = clause.head

    def _summary_noun(self, noun) -> bool:
        """', a move ...', ', an arrest ...': an event noun set off by a comma after a clause,
        with no actor of its own."""
        start = noun.left_edge.i
        if noun.pos_ != "NOUN" or start == 0 or noun.doc[start - 1].text != ",":
            return False
        if noun.dep_ not in ("appos", "npadvmod", "dobj", "conj") or noun.head.i > noun.i:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return False
        if self.actors.at(noun):
            return False
        return self.lex.in_class(noun.lemma_, "summary") or self.matcher.match(noun) is not None

    def _misparsed_summary(self, verb):
        """', a move Z condemned' parsed with 'a move Z' as the subject of 'condemned' and the
        clause before as its complement: that clause, else None."""
        if any(c.dep_ == "dobj" for c in verb.children):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        first = subjects[0].left_edge
        if first.lower_ not in ("a", "an") or first.i + 1 >= len(first.doc) or first.i == 0:
            return None
        noun = first.doc[first.i + 1]
        if first.doc[first.i - 1].text != "," or not self.lex.in_class(noun.lemma_, "summary"):
            return None
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < first.i]
        return clauses[0] if clauses else None

    def during_talks(self, act: Act, acts: list[Act]) -> None:
        """'During a phone call, X pressed Y to ...', 'X praised Y during talks in Z', 'told Y
        in a telephone call that ...': a joint meeting noun that frames the clause's act is
        held with whom that act is aimed at."""
        token = act.token
        prep = token.head
        if token.pos_ != "NOUN" or not act.joint or act.targets or not act.sources:
            return
        if token.dep_ != "pobj" or prep.head.pos_ != "VERB":
            return
        if prep.lower_ != "during" and not (prep.lower_ in ("in", "on") and call_noun(token)):
            return
        verb = prep.head
        # whom the act addresses, not whom it asks something of ('called for X and Y to
        # end the fighting' names no counterpart of the meeting)
        asked = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp", "xcomp")
        ]
        aimed = [
            t
            for other in acts
            if other.token.i == verb.i
            for t in other.targets
            if not any(b <= t.span[0] < e for b, e in asked)
        ]
        if not aimed:
            aimed = self.actors.under(verb, "dobj", places=True)
        act.targets = [
            t for t in aimed if not t.place and not any(_same_actor(t, s) for s in act.sources)
        ]

    def call_told(self, act: Act, acts: list[Act]) -> None:
        """'In a telephone conversation, A and B discussed X's activity': a meeting verb set in
        a call tells the call itself (one event, the call's code, between its sides), not a
        meeting with what is discussed."""
        token = act.token
        if act.code[:2] != "04" or token.pos_ != "VERB":
            return
        calls = [
            other
            for other in acts
            if other.token.dep_ == "pobj"
            and other.token.head.head.i == token.i
            and other.token.head.lower_ in ("in", "during", "on")
            and other.code[:2] == "04"
            and call_noun(other.token)
        ]
        if not calls:
            return
        act.code = calls[0].code
        if act.joint and len({s.code[:3] for s in act.sources}) >= 2:
            act.targets = []

    def visit_host(self, act: Act, acts: list[Act]) -> None:
        """'On a visit to X, Y laid a wreath and acknowledged ...', 'Y apologised during a
        state visit to X', 'Y touched down in X, saying he was confident ...': what a visitor
        says or does on a visit of that day, naming no one it is aimed at, is aimed at the
        host (the visit's destination, as the gold codes it) when the visit is told in the
        act's own clause or one it hangs on (a setting adjunct, the arrival verb)."""
        if act.targets or act.joint or not act.sources or act.code[:2] not in _HOSTED_ROOTS:
            return
        if act.code[:3] in ("042", "043"):
            return
        own = {s.code[:3] for s in act.sources if not s.place}
        if not own or any(s.code.startswith("---") for s in act.sources):
            return
        path = _clause_path(act.token)
        for visit in acts:
            if visit.code[:3] != "042" or visit is act or not visit.targets:
                continue
            if not any(s.code[:3] in own and not s.place for s in visit.sources):
                continue
            hosts = [
                t.country_only()
                for t in visit.targets
                if t.code[:3] not in own and not t.code.startswith(("---", "IGO", "NGO"))
            ]
            if len({h.code for h in hosts}) != 1:
                continue
            verb = visit.token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.i in path:
                act.targets = hosts[:1]
                return

    def two_sides(self, act: Act, acts: list[Act]) -> None:
        """'X greeted Y in Z, and the two men signed a treaty', 'talks between the two
        countries' delegations', 'both leaders pledged ...': a joint act told of 'the two X'
        or 'both X' is between the two sides the sentence named before it (gold rule 1);
        none when it names more or fewer than two."""
        if not act.joint or len({s.code[:3] for s in act.sources if not s.place}) >= 2:
            return
        phrase = _pair_phrase(act.token)
        if phrase is None:
            return
        sides: dict[str, Arg] = {}
        named = [
            a for other in acts if other.token.i < phrase.i for a in other.sources + other.targets
        ]
        named += [
            a
            for t in act.token.doc[: phrase.left_edge.i]
            for a in self.actors.at(t, location_ok=True)
        ]
        for arg in named:
            if arg.code.startswith(("---", "NGO")) or len(arg.code) < 3 or arg.former:
                continue
            held = sides.get(arg.code[:3])
            if held is None or (held.place or len(held.code) == 3) and not arg.place:
                sides[arg.code[:3]] = arg if not arg.place else arg.country_only()
        if len(sides) == 2:
            act.sources, act.targets = list(sides.values()), []

    def court_venue(self, act: Act, acts: list[Act]) -> None:
        """'took X to the World Court', 'vowed to take the case to the ICJ': the court a
        lawsuit is brought before is where it is heard; the suit is aimed at the other party,
        named in the act or, for 'the case', by the act it is coordinated with."""
        doc = act.token.doc
        if not any(_court(t) for t in act.targets) or not any(
            p is not None and p.code.startswith("115")
            for i in act.consumed | {act.token.i}
            for p in [self.matcher.match(doc[i])]
        ):
            return
        others = [t for t in act.targets if not _court(t)]
        if not others:
            own = {s.code[:3] for s in act.sources}
            heads = {h.i for h in act.token.ancestors}
            others = [
                t
                for other in acts
                if other.token.i in heads
                for t in other.targets
                if not _court(t) and t.code[:3] not in own
            ]
        act.targets = others

    def answered(self, act: Act, acts: list[Act]) -> None:
        """'X shelled Y's posts, and Y hit back with air strikes', '... and police responded
        with tear gas', '... and Y retaliated by shelling X's camps': a reply that names no one
        is aimed at whoever did the earlier act of the sentence that it answers. A reply verb
        whose means ('by shelling ...') is an act with a target of its own leaves the event
        to it."""
        if not act.sources or act.code[:2] not in _REPLY_ROOTS:
            return
        reply = self._reply_verb(act.token)
        if reply is None:
            return
        motion = self.lex.cues["motion_verbs"]
        inner = [
            a
            for a in acts
            if a is not act
            and a.token.i != reply.i
            and (
                _means_of(a.token, reply)
                # 'hit back by sending jets to bomb X': the purpose of the means, done
                or a.token.dep_ in ("xcomp", "advcl")
                and a.token.head.lemma_.lower() in motion
                and _means_of(a.token.head, reply)
            )
        ]
        if act.token.i == reply.i and any(a.targets for a in inner):
            act.targets = []  # the means clause tells the event
            return
        if any(not _self_directed(s, t) for s in act.sources for t in act.targets):
            return
        mine = {s.code[:3] for s in act.sources}
        for other in sorted(acts, key=lambda a: -a.token.i):
            if other is act or other.token.i >= reply.i or other in inner:
                continue
            hit = self._struck(other, reply)
            if hit and not mine & hit:
                continue  # 'X shelled Y and Z hit back': Z answers no one here
            doers = [
                d
                for d in other.sources
                if not d.place
                and not any(
                    _same_actor(s, d) or _self_directed(s, d) or _one_state(s, d)
                    for s in act.sources
                )
            ]
            if doers:
                act.targets = doers
                return

    def _struck(self, act: Act, reply) -> set[str]:
        """The countries an earlier act was aimed at or told within ('bombed hideouts inside
        X'), outside its doer and the clauses joined to it (where the reply is told)."""
        hit = {t.code[:3] for t in act.targets}
        joined = {t.i for c in act.token.children if c.dep_ in _NOT_STRUCK for t in c.subtree}
        joined |= {t.i for t in reply.subtree}
        for t in act.token.subtree:
            if t.i not in joined:
                hit |= {a.code[:3] for a in self.actors.at(t, location_ok=True)}
        return hit

    def _reply_verb(self, token):
        """The verb of replying that ``token`` is, or is the means of ('hit back by
        shelling', 'responded by sending jets to bomb'), else None."""
        cues = self.lex.cues
        node = token
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                lemma = node.lemma_.lower()
                if lemma in cues["reply_verbs"] or (
                    lemma in cues["reply_back_verbs"]
                    and any(c.lower_ == "back" for c in node.children)
                ):
                    return node
                if lemma == "return" and any(
                    c.dep_ == "dobj" and c.lower_ == "fire" for c in node.children
                ):
                    return node
            if node.dep_ in ("pcomp", "xcomp", "advcl", "prep", "pobj", "dobj"):
                node = node.head
            else:
                return None
        return None

    def walkout_partner(self, act: Act, acts: list[Act]) -> None:
        """'A met B ..., but B walked out after an hour': a break-off that names no one is
        aimed at whom the same sentence has its actor meeting or talking with. Only a
        break-off of ties or talks is aimed at a partner by nature: sanctions, aid cuts or
        expulsions announced during a visit are aimed at someone else ('during a visit to X,
        Y announced new sanctions': X is where it is said, not whom it hits)."""
        if act.code[:3] not in _BREAK_OFFS or not act.sources or act.targets:
            return
        for other in acts:
            if other is act or other.code[:2] != "04":
                continue
            sides = other.sources + other.targets
            if any(_same_actor(s, a) for s in act.sources for a in sides):
                act.targets = [a for a in sides if not any(_same_actor(s, a) for s in act.sources)]
                return

    def third_place(self, act: Act) -> bool:
        """A meeting held in a country that is neither side's: CAMEO 044, not 040."""
        sides = {a.code[:3] for a in act.sources + act.targets}
        if len(sides) < 2:
            return False
        heads = [act.token, *(c for c in act.token.children if c.dep_ == "dobj")]
        places = [
            a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at") and not dated(prep)
            for o in prep.children
            if o.dep_ == "pobj"
            for a in self.actors.subtree(o, location_ok=True)
        ]
        return any(p.code[:3] not in sides and not p.code.startswith("IGO") for p in places)


# acts aimed across a border: force postures, threats, closing it ('shut the X border'),
# pulling back from it
_BORDER_ROOTS = frozenset({"08", "13", "15", "16"})


_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


# people who protest against their own state: civilians, opposition, labour, media, business
# force postures and crackdowns (15, 17) a state may turn on its own people
_POLICING = frozenset({"15", "17"})


_DISSENT_SECTORS = frozenset({"CVL", "OPP", "LAB", "REB"})

# acts aimed at the place where they are done when they name no one: force postures (15),
# assaults (18), fights (19), mass violence (20)
_PLACE_ROOTS = frozenset({"15", "18", "19", "20"})
# where an act is done: 'in X', 'across the capital', 'into Y region', 'through Z'
_PLACE_PREPS = frozenset(
    {"in", "inside", "outside", "at", "across", "into", "through", "throughout"}
)
# the phrases a place may sit in below a noun: 'the town of Y', 'his home in X'
_PLACE_OF_PREPS = frozenset({"of", "in"})
# mentions that name a place: a country, a capital or another city or region
_PLACE_KINDS = frozenset({"country", "capital", "seat", "location"})
_REGION_KINDS = frozenset({"capital", "location"})
# postures that move or alert forces: police and military alert and mobilisation
_MOVED_FORCES = frozenset({"151", "152", "153", "154"})


def _agent_told(verb, sources: list[Arg]) -> bool:
    """The act's sources are its doers: those of an active verb, or of a passive one ('was
    seized by rebels', 'held by X') only when its 'by' phrase names them all."""
    bare = verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children)
    # 'nurses held hostage by X', parsed as active: a 'by' phrase is still the agent
    spans = [
        (t.idx, t.idx + len(t))
        for c in verb.children
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and not dated(c)
        for t in c.subtree
    ]
    if not spans:
        return not passive(verb) and not bare
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    return all(start <= s.span[0] and s.span[1] <= end for s in sources)


def _unique_args(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if (a.code, a.span) not in seen:
            seen.add((a.code, a.span))
            out.append(a)
    return out


_CIVIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "REL"})


def _clause_path(token) -> set[int]:
    """The verbs from ``token`` up to the root of its sentence (the clause it is told in and
    each clause that clause hangs on), with the token itself."""
    path = {token.i}
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            path.add(node.i)
    return path


def _pair_phrase(token):
    """The phrase that tells a joint act's sides as a pair: its subject 'the two men', 'both
    leaders', 'the two countries' delegations', or for a noun its 'between the two sides'."""
    holders = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.pos_ == "NOUN":
        holders += [
            g
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "between"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        holders += [c for c in token.children if c.dep_ == "poss"]
    if not holders and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return None
    for noun in holders:
        for node in (noun, *(c for c in noun.children if c.dep_ == "poss")):
            if node.lemma_.lower() not in _PAIR_NOUNS and node.lower_ not in _PAIR_NOUNS:
                continue
            marks = {c.lower_ for c in node.children if c.dep_ in ("nummod", "det", "predet")}
            if "both" in marks or "two" in marks and "the" in marks:
                return noun
    return None


def _court(arg: Arg) -> bool:
    """A court or tribunal ('the ICJ', 'the World Court', 'an arbitration tribunal')."""
    text = arg.text.lower()
    judicial = arg.code.startswith("IGO") or arg.code[3:6] == "JUD"
    return judicial and ("court" in text or "tribunal" in text)


def guest_visits(acts: list[Act]) -> list[Act]:
    """'X's president welcomed Y's leader in X's capital', 'Y's premier was greeted by X's
    president': a state's welcome of a foreign official (043) is the guest's visit to that
    country (042) when no other clause tells the visit (gold: both are coded)."""
    out = []
    for act in acts:
        if act.code != "043" or act.token.lemma_.lower() not in _WELCOMES:
            continue
        hosts = {s.code[:3] for s in act.sources if s.code[3:6] == "GOV"}
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        if all(t.code[:3] == host for t in act.targets) and _told_again(act.token):
            # 'landed in X, and X's president greeted him', 'where she was received by X's
            # leader': the guest told by a pronoun is the one visitor whose visit to the host
            # the sentence tells
            visitors = {
                s.code: s
                for o in acts
                if o.code[:3] == "042" and any(t.code[:3] == host for t in o.targets)
                for s in o.sources
                if s.code[:3] != host and s.code[3:6] == "GOV" and not s.place
            }
            if len(visitors) == 1:
                act.targets = list(visitors.values())
        for guest in act.targets:
            if guest.code[:3] == host or guest.code[3:6] != "GOV" or guest.place:
                continue
            visit = Arg(host, act.sources[0].text, act.sources[0].span)
            told = [
                o
                for o in acts
                if o.code[:3] == "042" and any(_same_actor(guest, s) for s in o.sources)
            ]
            for other in told:  # 'was greeted by X as she began a state visit'
                other.targets = other.targets or [visit]
            if not told:  # else 'arrived in X and was greeted by ...': told already
                pattern = Pattern("verb", act.token.lemma_.lower(), "042")
                out.append(Act(act.token, pattern, "042", [guest], [visit], False))
    return out


def _told_again(token) -> bool:
    """The guest of a welcome is told by a pronoun ('greeted him', 'she was received by')
    or not at all."""
    guests = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return not guests or all(g.pos_ == "PRON" for g in guests)


def _toll_of(act: Act, acts: list[Act]) -> bool:
    """'X bombed a bus, killing nine', 'A was struck by a mine, wounding four': the closing
    participle counts the victims of the attack it hangs on; it is no second event. Unless the
    attack names only a place ('shelled villages in X, killing civilians'): then the
    participle says whom it hit."""
    token = act.token
    while token.dep_ == "conj" and token.tag_ == "VBG":  # ', killing two and wounding five'
        token = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or act.code[:2] not in VIOLENT:
        return False
    return any(
        other.token.i == token.head.i
        and other.code[:2] in VIOLENT
        and (
            any(
                len(t.code) > 3
                and not t.place
                and not any(_self_directed(s, t) for s in other.sources)
                for t in other.targets
            )
            or _mutual_fight(other)
        )
        for other in acts
    )


def _mutual_fight(act: Act) -> bool:
    """'A and B traded fire, killing two', 'A and B troops clashed, leaving ten dead': a
    fight between coordinated sides that names no target of its own is aimed at each other,
    and the closing participle counts its toll."""
    sides = {s.code for s in act.sources if not s.place}
    return not act.targets and len(sides) >= 2


def _counterpart(span) -> bool:
    """A phrase that is a preposition's object ('ties with Z'), not a verb's patient."""
    return span is not None and (span.root.dep_ == "pobj" or span.root.head.dep_ == "pobj")


def _each_other(verb) -> bool:
    """Whether the verb's object or a preposition's object is 'each other' / 'one another'."""
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nodes += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for node in nodes:
        if node.lower_ == "other" and any(c.lower_ == "each" for c in node.children):
            return True
        pair = {node.lower_, *(c.lower_ for c in node.children)}
        if {"one", "another"} <= pair:  # parsed either way round
            return True
    return False


def _within_phrase(node, top) -> bool:
    """Whether ``node`` hangs on ``top`` through noun phrases and prepositions only, not
    through another verb's clause."""
    while node.i != top.i:
        node = node.head
        if node.i != top.i and node.pos_ in ("VERB", "AUX"):
            return False
        if node.head.i == node.i:
            return node.i == top.i
    return True


# what a reply to an attack or affront can be: criticism, rejection, threats, protest, force
# postures, cutting ties, coercion and force ('hit back by sending aid' is no reply to aim)
_REPLY_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
# what of an earlier act's clause is not what it struck: its doer, the clauses joined to it
_NOT_STRUCK = frozenset({"conj", "advcl", "nsubj", "nsubjpass", "agent"})
# how a reply's means hangs on its verb: 'by shelling', ', firing rockets', 'with air strikes'
# (not a purpose: in 'responded by sending jets to bomb X' the sending is the means)
_MEANS_DEPS = frozenset({"pcomp", "advcl", "prep", "pobj", "dobj"})


# acts whose own-side targets are checked (not aid, cooperation or a state's acts on its
# own people by force, roots 15-20 other than by place)
_OWN_SIDE_ROOTS = frozenset({"01", "02", "09", "10", "11", "12", "13", "14", "16", "17", "18"})
# people a state's verbal act may be about as victims of another's deed
_HARMED_SECTORS = frozenset({"CVL", "BUS", "MED", "OPP"})
_HARM_ROOTS = frozenset({"17", "18", "19", "20"})


def _head_at(doc, span):
    """The syntactic head of the tokens covering a character ``span``."""
    tokens = [t for t in doc if t.idx >= span[0] and t.idx < span[1]]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return tops[0] if tops else tokens[-1]


def _possessed(noun) -> bool:
    """'his army', 'its troops': a noun owned by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _one_state(a: Arg, b: Arg) -> bool:
    """Two organs of one state ('government forces' and 'the army')."""
    return (
        a.code[:3] == b.code[:3]
        and not a.code.startswith(("---", "IGO", "NGO"))
        and a.code[3:6] in _STATE_SECTORS
        and b.code[3:6] in _STATE_SECTORS
    )


def _means_of(token, verb) -> bool:
    """``token`` is the means or manner of ``verb``: 'hit back by shelling', 'retaliated,
    firing rockets', 'responded by sending jets to bomb'."""
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in _MEANS_DEPS:
            return False
        node = node.head
        if node.i == verb.i:
            return True
    return False


def _same_actor(a: Arg, b: Arg) -> bool:
    """The same actor, or the same person named again by surname ('Sargsyan')."""
    last, other = a.text.split()[-1], b.text.split()[-1]
    return a.code == b.code or last == other and last[:1].isupper() and a.code[:3] == b.code[:3]


def _pronoun(noun) -> bool:
    """'said it would ban X, accusing it of ...': a third-person pronoun object, which
    cannot be the participle's own subject."""
    return noun.pos_ == "PRON" and noun.lower_ in ("it", "them", "him", "her")


def _description(noun) -> bool:
    """A definite common noun phrase that refers back ('the kingdom', 'its neighbour')."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det"
        and c.lower_ in ("the", "this", "that")
        or c.dep_ == "poss"
        and c.tag_ == "PRP$"
        for c in noun.children
    )


def _main_clause(token) -> bool:
    """A verb that tells its own event, not a participle describing a noun ('beat
    protesters marching near X': the marching is no act of its own here)."""
    if token.dep_ == "ccomp" and token.tag_ == "VBG":  # 'beat X marching': X is the object
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "nsubj":
        # 'truckers protesting against X blocked a bridge': the subject's own protest
        return token.head.head.pos_ in ("VERB", "AUX")
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl", "amod")


def _governments_of(sources: list[Arg], home: str | None) -> list[Arg]:
    """A protest that names no one it is aimed at ('thousands marched through X against a
    bill', 'strikers blocked the roads') in a clause about one country (``home``) is aimed
    at the protesters' own government; with a second country named in it ('prisoners in
    Israeli jails'), that country may be the one protested against."""
    out = []
    for arg in sources:
        country, sector = arg.code[:3], arg.code[3:6]
        if country != home or sector not in _CIVIC_SECTORS:
            continue
        if all(a.code != country + "GOV" for a in out):
            out.append(Arg(country + "GOV", arg.text, arg.span))
    return out


def _struck_place(head, token) -> bool:
    """The place phrase at ``head`` is what the act of ``token`` is done to: its object
    ('pounded the capital Y', 'the city of Y'), or the object of 'on/at/against' hung on it."""
    node = head
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != token.i:
        node = node.head.head  # 'the town of Y'
    if node.dep_ in ("dobj", "nsubjpass"):
        return node.head.i == token.i
    if node.dep_ == "pobj" and node.head.lower_ in _STRUCK_PREPS:
        return node.head.head.i == token.i
    return False


def _self_directed(source: Arg, target: Arg) -> bool:
    """The same actor, or a state organ and its own bare country ('UKRGOV' -> 'UKR'): almost
    always a role taken from the wrong phrase, since a state rarely acts on itself (a former
    leader, coded with the bare country, is the exception)."""
    if source.code == target.code:
        return True
    if source.code[:3] != target.code[:3] or source.code.startswith(("---", "IGO", "NGO")):
        return False
    short, other = sorted((source, target), key=lambda a: len(a.code))
    return len(short.code) == 3 and not short.former and other.code[3:6] in _STATE_SECTORS


# roots whose target is what the act is about: investigate (09); a self-aimed target there is
# the inner act's actor taken for the frame's
_ABOUT_ROOTS = frozenset({"09"})
# force done by a state's armed organs on a place of its own country: held by others
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV"})
_STRUCK_PREPS = frozenset({"on", "at", "against"})


# what an act is about or aimed at, among its dependents: objects and complements, and the
# prepositions of a recipient or a matter ('offered aid to X', 'an inquiry into X')
_CONTENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "attr", "oprd", "acomp", "pobj"})
_ABOUT_PREPS = frozenset(
    {"to", "for", "with", "between", "into", "over", "toward", "towards", "against", "about", "of"}
)
# prepositions of a venue
_VENUE_PREPS = frozenset({"in", "at", "inside", "outside"})


def _venue(token) -> bool:
    """A place named as where something happens ('talks in X'), not as its aim ('operations
    around X')."""
    node = token
    while node.dep_ in ("compound", "conj", "appos", "amod") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _VENUE_PREPS


def _sides(args: list[Arg], places: bool = False) -> set[str] | int:
    """The countries (or IGOs) of ``args``; without ``places``, how many there are."""
    sides = {a.code if a.code.startswith(("IGO", "NGO")) else a.code[:3] for a in args}
    return sides if places else len(sides)


def _same_side(source: Arg, arg: Arg) -> bool:
    """Of the source's own country (or the same IGO)."""
    if source.code.startswith(("IGO", "NGO")) or arg.code.startswith(("IGO", "NGO")):
        return source.code == arg.code
    return source.code[:3] == arg.code[:3]


def _distance(a, b) -> int:
    """Tree distance between two tokens of one sentence."""
    up = {}
    node, step = a, 0
    while True:
        up[node.i] = step
        if node.head.i == node.i:
            break
        node, step = node.head, step + 1
    node, step = b, 0
    while node.i not in up:
        if node.head.i == node.i:
            return 99
        node, step = node.head, step + 1
    return step + up[node.i]


def _own_phrase(token, top) -> bool:
    """``token`` hangs from ``top`` without a clause between ('the force that patrols the
    border with X' is not where the troops were sent)."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        node = node.head
    return node.i == top.i
