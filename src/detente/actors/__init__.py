"""The actor layer: find who acts in a sentence and resolve it to a CAMEO-style code by date.

Public API::

    find(text, date=None, *, context=None, ents=()) -> list[Mention]
    ActorFinder(tables).find(...)                 # same, over chosen tables
    ActorFinder.from_tables(*csv_paths, petrarch=(dictionary paths...))
    DocumentContext()                             # pass one per document, sentence by sentence
    petrarch.load(path) -> list[PetrarchEntry]    # PETRARCH/TABARI dictionaries

Codes: a country is its ISO 3166 alpha-3 code, optionally followed by one sector (GOV MIL COP
JUD LEG OPP REB BUS MED CVL NGO LAB EDU HLH REF SPY); IGOs are ``IGO`` + organisation
(``IGOUNO``, ``IGOWSTNAT``); an actor without a country is ``---`` + sector, and international
NGOs are ``NGO``. ``Mention.how`` names the rule that resolved a mention; the rules are
documented in :mod:`detente.actors.compose` (noun phrases, capitals, titles),
:mod:`detente.actors.people` (office-holders by date, surnames) and
:mod:`detente.actors.finder` (groups, uncoded NER mentions). A mention with
``how="location"`` is a place (a capital after "in", a city, a region): its ``code`` is the bare
country, for destinations, and the coder should not make it the agent of an event.

Tables live in ``detente/data/actors/`` (CSV, ``|`` between list items): ``countries.csv``,
``seats.csv``, ``igos.csv``, ``nonstate.csv``, ``sectors.csv``, ``titles.csv``, ``groups.csv``,
``places.csv``, ``stoplist.csv`` and every ``officeholders/*.csv``.
"""

from detente.actors import petrarch
from detente.actors.finder import ActorFinder, default_finder, find
from detente.actors.people import DocumentContext

__all__ = ["ActorFinder", "DocumentContext", "default_finder", "find", "petrarch"]
