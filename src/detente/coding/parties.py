"""The party an act is aimed at or done by, read inside the act's own phrase rather than its
slots: whoever loses what is seized, the culprits of a probed deed, the holders of the people
whose release is called for, and the state whose ground one is let into."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.roles import Actors, Arg
from detente.coding.sides import same_actor
from detente.coding.syntax import passive

# demand (1053) or appeal (0253) for the release of persons
_RELEASE_CALLS = frozenset({"1053", "0253"})


class Parties:
    """Passes that swap an act's roles for a party its own phrase names."""

    def __init__(self, actors: Actors):
        self.actors = actors

    def dispossessed(self, act: Act) -> None:
        """'X seized a stake in company Y from Z': a confiscation is aimed at whoever loses
        the property (Z), not at the property itself."""
        if act.code[:3] != "171" or not act.sources:
            return
        token = act.token
        losers = self._objects_of(
            prep
            for prep in token.subtree
            if prep.dep_ == "prep" and prep.lower_ == "from" and _within_phrase(prep, token)
        )
        losers = [a for a in losers if not any(same_actor(a, s) for s in act.sources)]
        if losers:
            act.targets = losers

    def culprits(self, act: Act) -> None:
        """'an inquiry into killings of X by Y': an investigation is aimed at whoever is said
        to have done the deed (Y), not at its victims."""
        if act.code[:2] != "09" or len(act.targets) < 2:
            return
        token = act.token
        doers = self._objects_of(
            agent
            for agent in token.subtree
            if agent.dep_ in ("prep", "agent")
            and agent.lower_ == "by"
            and agent.head.pos_ == "NOUN"  # the deed's agent, not the probe's own
            and _within_phrase(agent, token)
        )
        kept = [t for t in act.targets if any(same_actor(t, a) for a in doers)]
        if kept:
            act.targets = kept

    def holders(self, act: Act) -> None:
        """'demanded that the sailors seized by X be freed', 'urged the release of activists
        jailed by X': a call for release is aimed at whoever holds the people (X), not at
        the people themselves."""
        if act.code not in _RELEASE_CALLS or not act.sources or not act.targets:
            return
        spans = {t.span for t in act.targets}
        holders = self._objects_of(
            by
            for node in act.token.subtree
            if node.dep_ == "acl"
            and node.tag_ == "VBN"
            and any(a.span in spans for a in self.actors.phrase(node.head))
            for by in node.children
            if by.dep_ == "agent"
        )
        holders = [h for h in holders if not any(same_actor(h, s) for s in act.sources)]
        if holders:
            act.targets = holders

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

    def _objects_of(self, preps) -> list[Arg]:
        """The actors, not places, that the objects of ``preps`` name, in order."""
        return [
            a
            for prep in preps
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors.phrase(obj)
            if not a.place
        ]


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
