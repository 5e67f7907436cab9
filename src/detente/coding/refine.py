"""Refinements of matched acts: passes that run after each act is built, or once all of a
sentence's acts are, and reassign its sources, targets or code from the rest of the parse
('killing nine' is the toll of the attack it hangs on; a mediator's 045 goes to each party;
a protest with no target is aimed at its purpose's object or the protesters' government).

:class:`Refinements` is held by :class:`detente.coding.engine.SentenceCoder`, which calls its
passes in turn. The passes live by what they are about: :mod:`parties` (the party an act's
own phrase names), :mod:`places` (places as targets, borders), :mod:`self_aimed` (targets of
the source's own side, intents), :mod:`protests` (protests and policing at home),
:mod:`mediation`, :mod:`meetings` (talks, calls, pairs of sides, third-country meetings),
:mod:`visits` (tour stops, hosts, guests), :mod:`linked` (acts read through another act) and
:mod:`replies`.
"""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.linked import LinkedActs, shared_aim
from detente.coding.mediation import Mediation
from detente.coding.meetings import Meetings, call_told, purpose_talks, walkout_partner
from detente.coding.parties import Parties
from detente.coding.places import PlaceTargets
from detente.coding.protests import Protests
from detente.coding.replies import Replies
from detente.coding.roles import Arg
from detente.coding.self_aimed import SelfAimed
from detente.coding.visits import tour_stop, visit_host


class Refinements:
    """Post-matching passes over one parsed sentence's acts, held by its
    :class:`~detente.coding.engine.SentenceCoder`; ``modal_anchor`` is the coder's own map of
    acts whose mood is read off another verb, which a pass may extend."""

    def __init__(self, lex, actors, matcher, finder, modal_anchor: dict[int, object]):
        self.actors, self.finder = actors, finder
        self._parties = Parties(actors)
        self._places = PlaceTargets(actors, matcher)
        self._self_aimed = SelfAimed(lex, actors, matcher, self._places)
        self._protests = Protests(actors, self._places)
        self._mediation = Mediation(actors)
        self._meetings = Meetings(actors, matcher, finder, modal_anchor)
        self._linked = LinkedActs(lex, actors, matcher, finder, modal_anchor)
        self._replies = Replies(lex, actors)

    # passes over each act as it is built
    def adjunct_target(self, act: Act, acts: list[Act]) -> None:
        self._linked.adjunct_target(act, acts)

    def dispossessed(self, act: Act) -> None:
        self._parties.dispossessed(act)

    def culprits(self, act: Act) -> None:
        self._parties.culprits(act)

    def holders(self, act: Act) -> None:
        self._parties.holders(act)

    def admitting_state(self, act: Act) -> None:
        self._parties.admitting_state(act)

    def tour_stop(self, act: Act) -> None:
        tour_stop(act, self.actors, self.finder.arguments)

    def intent_recipient(self, act: Act) -> None:
        self._self_aimed.intent_recipient(act)

    def self_aimed(self, act: Act) -> None:
        self._self_aimed.self_aimed(act)

    def protest_aim(self, act: Act) -> list[Arg]:
        return self._protests.protest_aim(act)

    def crowd(self, act: Act) -> list[Arg]:
        return self._protests.crowd(act)

    def home(self, act: Act) -> str | None:
        return self._protests.home(act)

    def deployed_forces(self, act: Act) -> None:
        self._protests.deployed_forces(act)

    def dissenters(self, act: Act) -> list[Arg]:
        return self._protests.dissenters(act)

    # passes over each act once all of the sentence's acts are built
    def mediated(self, act: Act, acts: list[Act]) -> None:
        self._mediation.mediated(act, acts)

    def visit_host(self, act: Act, acts: list[Act]) -> None:
        visit_host(act, acts)

    def two_sides(self, act: Act, acts: list[Act]) -> None:
        self._meetings.two_sides(act, acts)

    def call_told(self, act: Act, acts: list[Act]) -> None:
        call_told(act, acts)

    def during_talks(self, act: Act, acts: list[Act]) -> None:
        self._meetings.during_talks(act, acts)

    def court_venue(self, act: Act, acts: list[Act]) -> None:
        self._linked.court_venue(act, acts)

    def answered(self, act: Act, acts: list[Act]) -> None:
        self._replies.answered(act, acts)

    def walkout_partner(self, act: Act, acts: list[Act]) -> None:
        walkout_partner(act, acts)

    def shared_aim(self, act: Act, acts: list[Act]) -> None:
        shared_aim(act, acts)

    def purpose_talks(self, act: Act, acts: list[Act]) -> None:
        purpose_talks(act, acts)

    def summed_up(self, act: Act, acts: list[Act]) -> None:
        self._linked.summed_up(act, acts)

    # new acts, and the meeting place, once the sentence's acts are refined
    def mediation_acts(self, acts: list[Act]) -> list[Act]:
        """The mediators that 'mediation' nouns name, then the meetings that set a clause's
        act and no other pass has built."""
        return self._mediation.mediation_acts(acts) + self._meetings.set_meetings(acts)

    def third_place(self, act: Act) -> bool:
        return self._meetings.third_place(act)
