"""Placing country-less agents: give 'protesters' or 'officials' the actor they belong to,
the sentence's place or the country of its first national actor (:func:`localise`)."""

from __future__ import annotations

import re
from functools import cache

from detente.records import Mention


def localise(mentions: list[Mention], text: str = "", home: str | None = None) -> list[Mention]:
    """Give a country-less agent ('protesters', ``---CVL``) the actor it belongs to when one
    follows at once ('judges at the UN court', 'officers of X') or precedes it as a modifier
    ('Red Cross officials'), else the sentence's place or, failing that, the country of the
    first national actor outside quotation marks: news reports agents where they act, and a
    country named in a quote says nothing of the speaker's ('"... Russia ...," an official
    said'). ``home`` is the country of the item's topic header ('Bahraini uprising: the
    regime ...'): below the sentence's own places and the actors an agent belongs to, above
    a guess from the other countries the sentence names."""
    mentions = [_minority(m, mentions, text) for m in mentions]
    beyond = _beyond_border(mentions, text)
    mentions = [
        _as_place(m, "border" if i in beyond else None)
        if i in beyond or _names_place(m, text)
        else m
        for i, m in enumerate(mentions)
    ]
    if not any(
        _unplaced(m) or _lone_ngo(m) or _placed_in(m, text) or _franchise(m) for m in mentions
    ):
        return [_met_abroad(m, mentions, text) for m in mentions]
    mentions = [_belongs_to(m, mentions, text) for m in mentions]
    # a country beyond a border ('near the Afghan border') is not where the agents are, nor
    # is the sea off a place ('seized a tanker off the coast of X')
    at_sea = _offshore(mentions, text) if " off " in text else set()
    places = [m for i, m in enumerate(mentions) if m.code and is_place(m, text) and i not in beyond]
    ashore = [m for m in places if not any(m is mentions[i] for i in at_sea)]
    quoted = _quoted(text)
    named = [
        m
        for m in mentions
        if m.code and m.how != "location" and not m.code.startswith(("---", "IGO", "NGO"))
        if m.code[:3] not in _NO_POPULACE
        if not any(a <= m.start < b for a, b in quoted)
    ]
    aimed = _aimed_list(named, text)
    out = []
    for m in mentions:
        venue = _placed_in(m, text)
        if venue is not None:
            # 'talks with the opposition in Mexico City': a capital is where sides meet,
            # and the side belongs to the government it faces
            tied = _facing(m, named, text) if _is_venue(venue) else None
            if tied is not None:
                m = _with_country(m, tied)
        elif _franchise(m):
            # 'al-Qaeda militants seized a town in Yemen': the network's fighters in a country
            # are that country's rebels (its leaders stay the network's)
            at = _countries(
                [p for p in places if not p.code.startswith(("IGO", "NGO"))], places, text
            )
            country = at[0] if at else home
            if country is not None and not country.startswith("---"):
                m = _with_country(m, country)
        elif _unplaced(m) and _FOREIGN_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            pass  # 'requested foreign troops', 'foreign journalists': not the home country's
        elif _unplaced(m) and m.sector == "GOV" and _MANY_STATES.search(m.text):
            # 'a dozen governments condemned X': a vague collective of states, none of them
            # the venue's, is not coded
            m = Mention(m.start, m.end, m.text, None, None, m.sector, m.how, m.members)
        elif _unplaced(m) and m.sector in _SENT_SECTORS and _sent(m, mentions, text):
            # 'Chad sent 500 soldiers to help in Mali': the sender's, not the host's
            sender = _sender(m, named, places, text)
            if sender is not None:
                m = _with_country(m, sender)
        elif _unplaced(m) and len(listed := _listed_in(m, mentions, text)) > 1:
            # 'sanctions on firms based in X, Y and Z': the agents of each country listed
            code = listed[0] + m.code[3:]
            members = tuple(c + m.code[3:] for c in listed)
            m = Mention(m.start, m.end, m.text, code, listed[0], m.sector, m.how, members)
        elif _unplaced(m):
            named_org = _antecedent(m, mentions, text)
            if named_org is not None:
                out.append(_with_code(m, named_org.code, named_org.country))
                continue
            tied = _tied(m, mentions, named, text)
            if tied is not None:
                igo = tied.startswith("IGO")
                out.append(_with_code(m, tied, None) if igo else _with_country(m, tied))
                continue
            own = _own_state(m, [n for n in named if not is_place(n, text)])
            if own is not None:
                out.append(_with_country(m, own))
                continue
            if _PEACEKEEPERS.search(m.text):
                # peacekeepers are the UN's (or the organisation the sentence names)
                igo = next((n.code for n in mentions if n.code and n.how == "igo"), "IGOUNO")
                out.append(_with_code(m, igo, None))
                continue
            # a court's judges sit where the court is: not in The Hague's country
            chosen = [
                p
                for p in (ashore if m.sector in _ARMED_AT_SEA else places)
                if not (m.sector == "JUD" and _HAGUE.search(p.text))
                if not p.code.startswith(("IGO", "NGO", "---"))
                if not _talks_venue(p, named, text)
            ]
            where = _countries(chosen, places, text)
            # the country of a target after the agent ('gunmen fired on Ukrainian troops') is
            # the last resort: most such acts are domestic, but a country named elsewhere
            # in the sentence says more
            later = [n for n in named if id(n) in aimed and n.start > m.start]
            if len({c[:3] for n in later for c in (n.members or (n.code,))}) > 1:
                # 'protesters denounced the governments of X, Y and Z': several targets'
                # countries say nothing of whose the protesters are
                later = []
                pool = [n for n in named if not (id(n) in aimed and n.start > m.start)]
            else:
                pool = named
            national = [n.code[:3] for n in pool if n not in later] + [n.code[:3] for n in later]
            if m.sector in _STRUCK and pool:
                # 'Saudi air strikes killed 16 people': the attacker's arms are not the
                # victims' country (they are often abroad); no place, no country
                means = {id(n) for n in pool if _attack_means(n, text)}
                national = [n.code[:3] for n in pool if id(n) not in means and n not in later]
                national += [n.code[:3] for n in later if id(n) not in means]
            if not where and home is not None:
                # the header's country: the story's, where its agents are
                national = [home]
            elif not where and _bystander(m, named, text):
                # 'Sweden and Norway urged the militia': no country of the militia is named
                out.append(Mention(m.start, m.end, m.text, None, None, m.sector, m.how, m.members))
                continue
            if not where and _WORLDWIDE.search(text):
                national = []  # 'people around the world protested against X': no one country
            if not where and at_sea and m.sector in _ARMED_AT_SEA:
                national = []  # 'gunmen seized a Greek tanker off X': at sea, of no country
            opposed = _opposed(m, text)
            if opposed is not None:
                # 'clashes with anti-X protesters': whoever they are, they are not X's
                where = [c for c in where if c[:3] != opposed]
                national = [c for c in national if c[:3] != opposed]
            country = (where or national or [None])[0]
            speaker = next((n for n in named if n.start < m.start and n.how != "demonym"), None)
            if m.sector == "GOV" and where and speaker is not None and _domestic(speaker):
                # 'X's attorney general told the government to stop seizing land in Y': a
                # bare 'the government' faced by a home institution (court, parliament,
                # opposition) is its own state's, not that of the place its deeds are done
                country = speaker.country or speaker.code[:3]
            if country is not None:
                m = _with_country(m, country)
        out.append(m)
    return [_met_abroad(m, out, text) for m in out]


#: home institutions that face their own government ('the attorney general told the
#: government'), unlike a foreign envoy facing the host's
_HOME_SECTORS = frozenset({"JUD", "LEG", "OPP", "LAB", "EDU", "MED", "REL"})


#: al-Qaeda by any spelling, and the fighters of a group
_QAEDA = re.compile(r"\bQa(?:eda|ida|'ida)\b", re.IGNORECASE)
_FIGHTER_NOUN = re.compile(
    r"\b(?:militants?|fighters?|insurgents?|gunmen|jihadists?|operatives|affiliates?)\s*$",
    re.IGNORECASE,
)


def _franchise(m: Mention) -> bool:
    """Fighters of a network with no country ('al-Qaeda militants', ``---REB``): the rebels
    of the country they fight in (``IS`` alone keeps ``---`` by the gold rules)."""
    return (
        m.code == "---REB"
        and m.how == "nonstate"
        and bool(_QAEDA.search(m.text))
        and bool(_FIGHTER_NOUN.search(m.text))
    )


def _domestic(n: Mention) -> bool:
    return n.how == "sector" and (n.sector or n.code[3:6]) in _HOME_SECTORS


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: forces a state sends abroad: soldiers, police, peacekeepers' own contingents
_SENT_SECTORS = frozenset({"MIL", "COP"})
#: verbs of sending forces somewhere
_SEND_VERBS = frozenset(
    "send sends sent sending deploy deploys deployed deploying dispatch dispatches dispatched "
    "dispatching contribute contributes contributed contributing commit commits committed "
    "committing rush rushes rushed rushing airlift airlifts airlifted airlifting".split()
)
#: words that may stand between the verb and the forces: 'sent another 1,000 elite troops'
_SEND_FILLER = frozenset(
    "a an the some about around more than over up to nearly almost additional extra another "
    "further fresh new thousands hundreds dozens of several many few ground combat elite "
    "armed its their own and or extra-large".split()
)
_WORD = re.compile(r"[\w,.-]+")


def _sent(m: Mention, mentions: list[Mention], text: str) -> bool:
    """Is ``m`` the object of a verb of sending ('sent 500 soldiers', 'deploying troops and
    police officers')? Only quantities, a few adjectives and other forces may come between."""
    covered = [(n.start, n.end) for n in mentions if n is not m and n.end <= m.start]
    words = list(_WORD.finditer(text[max(0, m.start - 80) : m.start]))
    base = max(0, m.start - 80)
    for w in reversed(words):
        word = w.group(0).lower().strip(",.")
        if word in _SEND_VERBS:
            return True
        at = base + w.start()
        if any(a <= at < b for a, b in covered):
            continue  # another force: 'soldiers and police officers'
        if word in _SEND_FILLER or word.replace(",", "").isdigit() or not word:
            continue
        return False
    return False


def _sender(m: Mention, named: list[Mention], places: list[Mention], text: str) -> str | None:
    """The country of the last national actor before the forces that is not a place where
    something happens ('asked France to send troops to Bangui': France)."""
    place_ids = {id(p) for p in places}
    before = [n for n in named if n.end <= m.start and id(n) not in place_ids]
    before = [n for n in before if not _aimed_at(text, n.start)]
    return before[-1].code[:3] if before else None


def _antecedent(m: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """The named organisation 'the broadcaster' or 'the militants' stands for: the last one
    of the same sector before it ('BBC ... the broadcaster said'), if it has a country."""
    if not _THE_BEFORE.search(text[max(0, m.start - 5) : m.start]):
        return None
    before = [n for n in mentions if n.end <= m.start and n.how == "nonstate" and n.code]
    same = [n for n in before if n.sector == m.sector and not n.code.startswith("---")]
    return same[-1] if same else None


def _unplaced(m: Mention) -> bool:
    return bool(m.code and m.code.startswith("---") and m.how == "sector")


def _lone_ngo(m: Mention) -> bool:
    return m.code == "NGO" and m.how == "sector"


def _with_country(m: Mention, country: str) -> Mention:
    return _with_code(m, country + (m.sector or ""), country)


def _with_code(m: Mention, code: str, country: str | None) -> Mention:
    return Mention(m.start, m.end, m.text, code, country, m.sector, m.how, m.members)


#: 'peacekeepers', 'U.N. troops' without a country: the organisation's, not the host's
#: states whose people, troops or rebels a report never means: the Holy See ('Pope Francis
#: urged the army to spare civilians' says nothing of where the civilians are)
_NO_POPULACE = frozenset({"VAT"})


_PEACEKEEPERS = re.compile(
    r"\b(?:peace-?keep\w*|blue helmets|(?:ceasefire|truce|international) (?:monitors|observers))",
    re.IGNORECASE,
)


_WORLDWIDE = re.compile(
    r"\b(?:around|across|throughout|all over) the (?:world|globe)\b|\bworldwide\b|"
    r"\bin (?:dozens of|many|several|scores of) countries\b",
    re.IGNORECASE,
)


#: 'the opposition in Mexico City': a sector word the actor layer placed by an 'in' phrase
_PLACED_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:central|downtown)\s+)?(.+)$")


#: sides of a domestic conflict: they meet their government abroad
_SIDES = frozenset({"OPP", "REB"})


#: words that put a group on one footing with an actor before it: talks, mediation, pairs
_TIE = re.compile(r"\b(?:with|and|between)\b", re.IGNORECASE)


#: 'its troops', 'their police': the possessor's
_POSSESSED = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}$")


#: 'a Kenyan police truck': a vehicle or post of a national force; its crew is that force
_UNIT_AFTER = re.compile(
    r"^\s+(?:truck|trucks|convoy|convoys|vehicle|vehicles|patrol|patrols|post|posts|"
    r"checkpoint|checkpoints|station|stations|base|bases|boat|boats|vessel|vessels|ship|"
    r"helicopter|helicopters|plane|planes|aircraft|jet|camp|barracks|unit|units|outpost)\b"
)


_UNIFORMED = frozenset({"COP", "MIL"})


#: 'foreign troops', 'foreign-backed militias': people of no country the sentence names
_ANTI_BEFORE = re.compile(r"\banti-([A-Z][\w.]*)\s+(?:[a-z-]+\s+)?$")


def _opposed(m: Mention, text: str) -> str | None:
    """The country an 'anti-X' modifier of the agent names ('anti-X protesters')."""
    found = _ANTI_BEFORE.search(text[max(0, m.start - 40) : m.start])
    if found is None:
        return None
    return _country_word(found.group(1))


@cache
def _country_word(word: str) -> str | None:
    from detente.actors.finder import default_finder

    for n in default_finder().find(word):
        if n.code and not n.code.startswith(("---", "IGO", "NGO")):
            return n.country or n.code[:3]
    return None


#: a plural of states with no country of their own ('17 governments', 'Western governments'),
#: not the sub-national ones of one state ('local governments', 'provincial governments')
_MANY_STATES = re.compile(
    r"^(?!.*\b(?:local|provincial|regional|state|municipal|city|county|district|"
    r"federal|prefectural|tribal)\b).*\b(?:governments|nations|states|countries)$",
    re.IGNORECASE,
)
_FOREIGN_BEFORE = re.compile(r"\bforeign(?:-backed)?\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


#: what may stand between a government and the side it is paired with: 'and the
#: Tuareg-led', 'and armed' (lower-case words only: no other actor's name)
_JOINED = re.compile(
    r"(?:'s)?\s*(?:and|or|,)\s+(?:the\s+)?(?:[a-z][\w-]*\s+|[A-Z][a-z]+-led\s+){0,3}"
)


#: 'his troops', 'her ministers': a person's
_HIS = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}$")


#: how the actor layer marks a mention of one person (an office-holder or a named person)
_PERSON_HOW = frozenset({"office", "title", "former", "person", "kin", "surname"})


def _person(n: Mention) -> bool:
    """Can ``n`` be what 'his' or 'her' points back to: a named person or an office-holder
    (not a state, a place or a group)."""
    return bool(n.code) and n.how in _PERSON_HOW and not n.code.startswith(("---", "NGO"))


#: 'ethnic Albanians', 'Tzotzil Indians': people named by their ethnic group, who live
#: where the sentence places them, not in the country the word names
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_GROUP_NAME_BEFORE = re.compile(r"(?<=\s)([A-Z][a-z]+)\s+$")
#: faiths and broad words before a demonym that still leave the people in their country
_NOT_ETHNIC = frozenset(
    "Sunni Shiite Shia Muslim Muslims Christian Catholic Orthodox Protestant Hindu Jewish "
    "Buddhist Sikh Coptic Arab Many Most Some All Other Young Ordinary Native Indigenous "
    "Northern Southern Eastern Western Central Rural Urban Poor Rich".split()
)


def _minority(m: Mention, mentions: list[Mention], text: str) -> Mention:
    """A demonym for civilians of an ethnic group ('ethnic Albanians in Kosovo', 'Tzotzil
    Indians'): gold codes them as the country they live in, so they are placed like any
    country-less group (the sentence's place, else none) and not given the demonym's
    country."""
    if m.how not in ("people", "demonym") or m.sector != "CVL" or not m.code:
        return m
    before = text[max(0, m.start - 30) : m.start]
    named = _GROUP_NAME_BEFORE.search(before)
    if named is not None:
        start = m.start - len(named.group(0))
        if named.group(1) in _NOT_ETHNIC or any(n.start <= start < n.end for n in mentions):
            named = None
    if not (_ETHNIC_BEFORE.search(before) or named):
        return m
    return Mention(m.start, m.end, m.text, "---CVL", None, "CVL", "sector", m.members)


def _placed_in(m: Mention, text: str) -> str | None:
    """The place of a sector phrase the actor layer placed by its own 'in' phrase ('rebels in
    Algiers' -> 'Algiers'), or None."""
    if m.how != "sector" or not m.code or m.code.startswith(("---", "IGO", "NGO")):
        return None
    if m.sector not in _SIDES:
        return None
    found = _PLACED_IN.search(m.text)
    return found.group(1) if found else None


@cache
def _venues() -> frozenset[str]:
    from detente.actors.tables import default_tables

    return frozenset(c.lower() for k in default_tables().countries for c in k.capitals)


def _is_venue(place: str) -> bool:
    """A capital: where talks are held (a country or a region is where the sides live)."""
    return place.lower() in _venues()


def _facing(m: Mention, named: list[Mention], text: str) -> str | None:
    """The country of the government a conflict side meets or is paired with before it
    ('X's government suspended talks with the opposition', 'mediated between X's government
    and rebels'), if it is another country than the side's place."""
    before = [n for n in named if n.end <= m.start and n.sector == "GOV"]
    if not before:
        return None
    gov = before[-1]
    if any(gov.end <= n.start and n.code[:3] != gov.code[:3] for n in named if n.end <= m.start):
        return None  # another country's actor comes between
    if not _TIE.search(text[gov.end : m.start]):
        return None
    return gov.code[:3]


def _owns(n: Mention) -> bool:
    """Can ``n`` be what 'its' or 'their' points back to? Not a place, and not a bare
    adjective of a thing ('rejected Armenian calls ... its forces': Azerbaijan's)."""
    if not n.code or n.how == "location" or (n.how == "nonstate" and n.sector == "MED"):
        return False  # 'officials told Reuters its forces would ...': not the outlet's
    return not (n.how == "demonym" and len(n.code) == 3)


def _tied(m: Mention, mentions: list[Mention], named: list[Mention], text: str) -> str | None:
    """The country (or IGO code) of the actor an unplaced group belongs to, before any place: the
    possessor ('Turkey must pull its troops out') or the vehicle or post a uniformed group
    serves in ('a bomb hit a Kenyan police truck, killing four officers')."""
    before = [n for n in named if n.end <= m.start]
    if before and _HIS.search(text[max(0, m.start - 40) : m.start]):
        # 'the president said his troops would move': the latest person named before
        person = next((n for n in reversed(before) if _person(n)), None)
        if person is not None:
            return person.code if person.code.startswith("IGO") else person.code[:3]
    if before and _POSSESSED.search(text[max(0, m.start - 40) : m.start]):
        owner = next((n for n in reversed(mentions) if n.end <= m.start and _owns(n)), None)
        if owner is not None and not owner.code.startswith(("---", "NGO")):
            return owner.code if owner.code.startswith("IGO") else owner.code[:3]
    if m.sector in _SIDES and before and before[-1].sector == "GOV":
        # 'a go-between for X's government and the rebels': the government's own rebels
        gov = before[-1]
        if _JOINED.fullmatch(text[gov.end : m.start]):
            return gov.code[:3]
    if m.sector in _UNIFORMED:
        for n in reversed(before):
            if n.sector in _UNIFORMED and _UNIT_AFTER.match(text[n.end : n.end + 20]):
                return n.code[:3]
    return None


_HAGUE = re.compile(r"\bHague\b")
# 'talks with the opposition in Geneva', 'a summit at Sharm el-Sheikh': the town talks are held in
# (not 'a meeting in X': a club's or elders' meeting is often where its people are)
_TALKS_BEFORE = re.compile(
    r"\b(?:talks|negotiations|summit|conference|consultations)\b[^.;,]{0,40}"
    r"\b(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _talks_venue(place: Mention, named: list[Mention], text: str) -> bool:
    """A place where talks are held, in a sentence naming another state ('talks with the
    opposition delegation ... in Geneva'): where the sides meet, not whose the agents are."""
    if not _TALKS_BEFORE.search(text[max(0, place.start - 80) : place.start]):
        return False
    country = place.country or place.code[:3]
    return any(n.code[:3] != country and not is_place(n, text) for n in named)


#: those strikes and raids fall on: civilians and armed groups
_STRUCK = frozenset({"CVL", "REB"})
#: the arms or means of an attack a national adjective may qualify ('Israeli air strikes',
#: 'a Turkish drone strike', 'Saudi-led raids')
_MEANS = (
    r"(?:air\s*strikes?|airstrikes?|air\s+raids?|strikes?|raids?|shelling|bombing|bombardment|"
    r"missiles?|rockets?|drones?|artillery|warplanes|jets|aircraft|shells|barrages?)"
)
_MEANS_IN = re.compile(rf"\b{_MEANS}\b", re.IGNORECASE)
_MEANS_AFTER = re.compile(rf"(?:[\s-](?:led|backed))?\s+(?:[a-z-]+\s+)?{_MEANS}\b", re.IGNORECASE)


def _attack_means(n: Mention, text: str) -> bool:
    """A national actor named only as the arms of an attack: 'Saudi airstrikes' (one
    mention) or 'an Israeli raid' (the adjective before the noun)."""
    if n.how == "demonym" and len(n.code or "") == 3:
        return bool(_MEANS_AFTER.match(text, n.end))
    return n.sector == "MIL" and bool(_MEANS_IN.search(n.text))


_COMPASS = (
    r"(?:(?:north|south)(?:ern|east|eastern|west|western)?|east(?:ern)?|west(?:ern)?|"
    r"central|downtown|rural|remote|neighbouring|neighboring|war-torn)"
)


# 'in northeastern Syria': a country after "in" is where the agents act
_IN_BEFORE = re.compile(
    rf"\b(?:in|near|inside|outside|across|throughout)\s+(?:the\s+)?(?:{_COMPASS}\s+)?$",
    re.IGNORECASE,
)


_QUANTITY_WORDS = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"millions|many|several|some|few|all|other)"
)


# 'fired on Ukrainian troops', 'a protest against Israeli settlers': the target's country
_TARGET_BEFORE = re.compile(
    rf"\b(?:against|at|on|into|toward|towards|of)\s+(?:the\s+)?(?:{_QUANTITY_WORDS}\s+)?"
    rf"(?:of\s+)?$",
    re.IGNORECASE,
)


def _countries(chosen: list[Mention], places: list[Mention], text: str) -> list[str]:
    """The countries of places; a town followed by a country's name ('Tripoli in northern
    Lebanon', 'Rada, Yemen') is that country's, whatever other country's town it names."""
    out = []
    for p in chosen:
        country = p.country or p.code[:3]
        if p.how == "location":
            after = (q for q in places if q.how == "country" and q.start >= p.end)
            named = next((q for q in after if _IN_COUNTRY.fullmatch(text, p.end, q.start)), None)
            if named is not None:
                country = named.country or named.code[:3]
        out.append(country)
    return out


#: between an agent and the first of the countries it is in or from: 'firms based in'
_LISTED_IN = re.compile(
    r"\s+(?:(?:based|located|headquartered|registered|operating)\s+)?(?:in|from)\s+(?:the\s+)?"
)
#: between two countries of a list: ', ', ' and ', ', and '
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?")


def _listed_in(m: Mention, mentions: list[Mention], text: str) -> list[str]:
    """The countries of a list right after a country-less agent ('companies based in X, Y
    and Z', 'students from A and B'), in order; empty unless one follows."""
    out: list[str] = []
    end, gap = m.end, _LISTED_IN
    for p in mentions:
        if p.start < end:
            continue
        if p.how != "country" or not p.code or not gap.fullmatch(text, end, p.start):
            break
        out.append(p.country or p.code[:3])
        end, gap = p.end, _LIST_GAP
    return out


#: between a town and its country: ', ' or ' in (the) northern '
_IN_COUNTRY = re.compile(r"\s*(?:,|\bin)\s+(?:the\s+)?(?:[a-z]+ern\s+)?")


def places_of(mentions: list[Mention], text: str) -> set[str]:
    """Countries a sentence names, as places or actors ('near Aachen, Germany', 'a Syrian
    court'); outside quotation marks."""
    quoted = _quoted(text)
    return {
        m.country or m.code[:3]
        for m in mentions
        if m.code and not m.code.startswith(("---", "IGO", "NGO"))
        if m.code[:3] not in _NO_POPULACE
        if not any(a <= m.start < b for a, b in quoted)
    }


def is_place(m: Mention, text: str) -> bool:
    """A place, or a country named where something happens ('in Syria')."""
    if m.how == "location":
        return True
    # 'in Syria', 'near Syria', 'in the French countryside'
    named = m.how == "country" or (m.how == "demonym" and m.code == m.country)
    if m.how == "demonym" and len(m.code or "") == 3 and _PLACE_AFTER.match(text[m.end :]):
        return True  # 'stormed southern Israeli towns', 'in the northern Syrian towns of'
    if m.how == "demonym" and _attack_means(m, text):
        return False  # 'killed in Russian strikes in X': the attacker's arms, not a place
    before = text[max(0, m.start - 40) : m.start]
    # 'in Kampala, Uganda', 'near Aachen, Germany': the country of a town named before it
    return named and bool(_IN_BEFORE.search(before) or _TOWN_BEFORE.search(before))


#: 'in Kampala, ' before a country's name: the country is a place too
_TOWN_BEFORE = re.compile(
    r"\b(?:in|near|outside)\s+(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+,\s+(?:[A-Z][\w'-]+,\s+)?$"
)


#: nouns of inhabited places after a national adjective: the adjective names a place
_PLACE_AFTER = re.compile(
    r"^\s+(?:border\s+)?(?:towns?|villages?|city|cities|regions?|provinces?|territory|"
    r"territories|soil|countryside|settlements?|communities|kibbutzim|districts?|hamlets?)\b"
)


def _aimed_at(text: str, start: int) -> bool:
    """The mention follows a preposition that marks a target ('against', 'at', 'on', 'of'):
    its country must not lend itself to a country-less source."""
    before = text[max(0, start - 40) : start]
    found = _TARGET_BEFORE.search(before)
    if found is None:
        return False
    if found.group(0).lower().startswith("of"):  # 'thousands of Iraqis', 'a group of'
        return not re.search(
            rf"\b(?:{_QUANTITY_WORDS}|group|members?|tens)\s*$", before[: found.start()], re.I
        )
    return True


#: what joins the items of a list of targets: 'against X, Y and the Z'
_LIST_COMMA = re.compile(r"^\s*,\s*(?:the\s+)?$")
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)


def _aimed_list(named: list[Mention], text: str) -> set[int]:
    """Ids of the national actors an act is aimed at (:func:`_aimed_at`), with the items of a
    list that follow one ('at the governments of X, Y and the Z': Y and Z too); items joined by
    commas alone count only when 'and' or 'or' closes the list ('fired on X, Y officials
    said' is no list)."""
    aimed: set[int] = set()
    chain: list[Mention] = []
    for n in sorted(named, key=lambda n: n.start):
        if chain and _LIST_END.match(text[chain[-1].end : n.start]):
            aimed.update(id(c) for c in chain + [n])
            chain = []
        elif chain and _LIST_COMMA.match(text[chain[-1].end : n.start]):
            chain.append(n)
            continue
        else:
            chain = []
        if _aimed_at(text, n.start):
            aimed.add(id(n))
            chain = [n]
    return aimed


_QUOTE = re.compile(r"[\"“”]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans between paired quotation marks."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    return list(zip(marks[::2], marks[1::2], strict=False))


_OF = re.compile(r"\s*(?:at|of|from|belonging\s+to)(?:\s+the)?\s*")


# 'British sailors and marines': one nationality; 'Red Cross officials': the modifier's
_AND = re.compile(r"\s*(?:'s\s*)?(?:,|and|or)?\s*")


#: after a network's name, what makes it a modifier of something else: 'IS-held', 'IS custody'
_HELD_BY = re.compile(
    r"-|\s+(?:custody|captivity|control|territory|territories|strongholds?|areas?|"
    r"prisons?|jails?)\b",
    re.IGNORECASE,
)


def _belongs_to(mention: Mention, mentions: list[Mention], text: str) -> Mention:
    if not (_unplaced(mention) or _lone_ngo(mention)):
        return mention
    after = [m for m in mentions if m.start >= mention.end and m.code and m.how != "location"]
    owner = min(after, key=lambda m: m.start, default=None)
    if owner is None or not _OF.fullmatch(text[mention.end : owner.start]):
        before = [m for m in mentions if m.end <= mention.start and m.code]
        owner = max(before, key=lambda m: m.end, default=None)
        if owner is None or not _AND.fullmatch(text[owner.end : mention.start]):
            return mention
    if _lone_ngo(mention) and not owner.code.startswith("IGO"):
        return mention  # 'the UN's refugee and aid agencies' are the UN's; others stay NGOs
    modifier = owner.end <= mention.start and not text[owner.end : mention.start].strip()
    if _unplaced(owner):
        # 'Republican Guard troops in X': a country-less sector word before the agent gives
        # it nothing; the agent is placed like any country-less agent (Islamic State's
        # fighters stay Islamic State's)
        return mention
    if owner.how == "location" and not owner.code.startswith(("IGO", "NGO", "---")):
        # 'Lagos police', 'Tigray militias': the place's country and the agent's sector
        code, country = owner.code[:3] + mention.code[3:], owner.code[:3]
    elif owner.code.startswith(("IGO", "NGO")) or modifier:
        code, country = owner.code, None
    elif owner.code.startswith("---"):
        if owner.how != "nonstate" or _QAEDA.search(owner.text) or owner.code != mention.code:
            return mention  # al-Qaeda's fighters are the rebels of where they fight
        if _HELD_BY.match(text[owner.end :]):
            return mention  # 'fighters from ISIL-affiliated X', 'freed from IS custody'
        # 'a suicide bomber from the Islamic State group': the network's own, of no country
        code, country = owner.code, None
    else:
        code, country = owner.code[:3] + mention.code[3:], owner.code[:3]
    return Mention(
        mention.start,
        mention.end,
        mention.text,
        code,
        country,
        mention.sector,
        "owner",
        mention.members,
    )


#: nouns of a border: a country named on one is beyond where things happen
_BORDER = r"(?:borders?|frontiers?|boundary|boundaries|line\s+of\s+control|crossing)"
#: what may follow 'the Afghan border' for the country to name the border, not its owner
#: ('the Afghan border area', but not 'Afghan border guards', 'a Pakistani border post')
_BORDER_END = re.compile(
    rf"^(?:[\w-]*-)?\s*{_BORDER}(?![\w-])(?!\s+(?:guards?|police|posts?|outposts?|forces?|troops?|"
    r"patrols?|officials?|officers?|agency|agents?|security|units?|authorities|force|"
    r"checkpoints?|commanders?|personnel|service|towns?|villages?|areas?|regions?|zones?|"
    r"districts?|provinces?|city|cities|closures?|closing|policy|policies|controls?|"
    r"disputes?|row|tensions|walls?|fences?|crossings?|posts?|guards?|states?)\b)",
    re.IGNORECASE,
)
#: 'the border with Niger', 'a district bordering Afghanistan', 'near the border of X'
_BORDER_BEFORE = re.compile(
    rf"\b(?:{_BORDER}\s+(?:with|between|of)|bordering|borders)\s+(?:the\s+)?$", re.IGNORECASE
)
#: 'a town near Niger', 'the tri-border area near Mali': a country near a place named before
_NEAR_PLACE_BEFORE = re.compile(
    r"\b(?:towns?|villages?|areas?|regions?|districts?|camps?|bases?|posts?|outposts?|"
    r"positions?|hills|mountains|forests?|islands?|lake|river|zone|province|state|city)\s+"
    r"(?:near|close\s+to|along)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a word one of the three patterns above cannot match without
_BORDER_WORD = re.compile(rf"{_BORDER}|bordering|near|close\s+to|along", re.IGNORECASE)
#: the words that join a second border country: 'between Israel and Syria'
_PAIR = re.compile(r"^\s*(?:-|–|,|and|,\s*and)\s*$")


def _beyond_border(mentions: list[Mention], text: str) -> set[int]:
    """Indices of the countries that only name a border or lie beyond the place of the events
    ('near the border with Niger', 'along the Afghan border', 'the Syria-Lebanon border', 'a
    district bordering Iran', 'a town near Mali'): they are neither actors nor the place."""
    found: set[int] = set()
    if not _BORDER_WORD.search(text):  # what each pattern below needs: most sentences lack it
        return found
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for k, i in enumerate(order):
        m = mentions[i]
        if not _national(m):
            continue
        before = text[max(0, m.start - 40) : m.start]
        after = text[m.end : m.end + 40]
        if _BORDER_BEFORE.search(before) or _NEAR_PLACE_BEFORE.search(before):
            found.add(i)
        elif _BORDER_END.match(after):
            found.add(i)
        # the first of a pair ('the Kenya-Somalia border', 'between Israel and Syria')
        for j in order[k + 1 : k + 2]:
            n = mentions[j]
            if _national(n) and _PAIR.match(text[m.end : n.start]):
                if _BORDER_END.match(text[n.end : n.end + 40]):
                    found.add(i)
        prev = order[k - 1] if k else None
        if prev is not None and prev in found and _PAIR.match(text[mentions[prev].end : m.start]):
            found.add(i)
    return found


#: 'off the coast of X', 'in waters off X', 'off X's coast': the sea beside a place, where
#: ships are seized or sink; it says nothing of who the agents are
_OFFSHORE_BEFORE = re.compile(
    r"\boff\s+(?:the\s+)?(?:[\w-]+\s+)?(?:coasts?|shores?|coastline)\s+of\s+(?:the\s+)?$"
    r"|\b(?:waters|seas?|ocean)\s+off\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFSHORE_AFTER = re.compile(r"^(?:'s?|’s?)?\s+(?:[\w-]+\s+)?(?:coast|shores?|coastline)\b")
#: 'off the coast of Abidjan in the Ivory Coast', 'off Mombasa, Kenya': the same sea
_OFFSHORE_CHAIN = re.compile(r"^(?:,|\s+in)\s+(?:the\s+)?$|^,\s*$")
#: agents whom the sea off a place says nothing of; passengers and crews are left alone
_ARMED_AT_SEA = frozenset({"REB", "MIL", "COP", "UAF"})
_OFFSHORE_KINDS = ("country", "demonym", "capital", "location")


def _offshore(mentions: list[Mention], text: str) -> set[int]:
    """Indices of the places that only name the sea off them (see ``_OFFSHORE_BEFORE``)."""
    found: set[int] = set()
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    last = None
    for i in order:
        m = mentions[i]
        if not m.code or m.how not in _OFFSHORE_KINDS:
            last = None
            continue
        before = text[max(0, m.start - 40) : m.start]
        if (
            _OFFSHORE_BEFORE.search(before)
            or (" off " in before and _OFFSHORE_AFTER.match(text[m.end : m.end + 30]))
            or (last is not None and _OFFSHORE_CHAIN.match(text[mentions[last].end : m.start]))
        ):
            found.add(i)
            last = i
        else:
            last = None
    return found


def _national(m: Mention) -> bool:
    """A bare country or its adjective (not a sector phrase)."""
    return bool(m.code) and m.how in ("country", "demonym") and len(m.code or "") == 3


#: place nouns a country's name or adjective can qualify: 'Nigeria's Borno state',
#: 'the Sudanese town of Juba'
_PLACE_NOUN_AFTER = re.compile(
    rf"^(?:'s?|’s?)?\s+(?:(?:[A-Z][\w-]+\s+){{1,2}}(?i:state)\b|(?:(?:{_COMPASS}|[A-Z][\w-]+)\s+){{0,2}}"
    r"(?i:province|region|district|town|city|village|county|prefecture|capital|oblast|"
    r"port|island|border\s+town|enclave|governorate)\b)(?!\s+(?:of\s+)?(?i:officials?|"
    r"authorities|police|council|government|governor|administration))",
)


#: an agent placed by the phrase: the country of its place is its own
_AGENT_IN_BEFORE = re.compile(
    r"\b(?:courts?|tribunal|police|policemen|authorities|officials|government|prosecutors?|"
    r"judges?|forces|troops|soldiers|army|officers|administration|council|governor|mayor|"
    r"legislators|lawmakers|parliament|assembly)\s+(?:in|at|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _names_place(m: Mention, text: str) -> bool:
    """A country that only qualifies a place named after it ('a blast in Nigeria's Gombe
    state', 'the southern Sudanese town of Juba'): it says where, not who."""
    if not _national(m):
        return False
    place = _PLACE_NOUN_AFTER.match(text[m.end : m.end + 60])
    if place is None:
        return False
    # only a place with a name ('Nigeria's Gombe state', 'the Sudanese town of Juba'); 'the
    # Chilean port' or 'a Djiboutian town' is the country's own and may be the target
    rest = text[m.end + place.end() : m.end + place.end() + 6]
    if not (re.search(r"[A-Z]", place.group(0)) or re.match(r"\s+of\s+[A-Z]", rest)):
        return False
    if _AGENT_IN_BEFORE.search(text[max(0, m.start - 60) : m.start]):
        return False  # 'a court in the Russian city of X', 'police in Kenya's Y county': X's
    # 'Nigeria's Gombe state': the possessive must be a place ('in', 'at', 'of' before it)
    return bool(_IN_BEFORE.search(text[max(0, m.start - 40) : m.start])) or bool(
        re.search(
            r"\b(?:in|at|of|near|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
            text[max(0, m.start - 40) : m.start],
            re.I,
        )
    )


def _as_place(m: Mention, mark: str | None) -> Mention:
    """``m`` as a place: roles leave places out of the sides of an act; a country beyond a
    border is marked ``border`` in the sector slot, and no act is aimed at it."""
    country = m.country or (m.code or "")[:3]
    return Mention(m.start, m.end, m.text, m.code, country, mark, "location", m.members)


#: a bare organ of state the actor layer placed by its 'in' phrase ('the government in X')
_BARE_ORGAN = re.compile(
    r"^(?:the\s+)?(?:government|regime|authorities|envoys|negotiators)\s+in\b", re.I
)


def _met_abroad(m: Mention, mentions: list[Mention], text: str) -> Mention:
    """'rebels pulled out of talks with the government in neighbouring Tanzania': a bare
    government met abroad is the government of the side that faces it, not the host's."""
    if m.sector != "GOV" or not m.code or not _BARE_ORGAN.match(m.text):
        return m
    sides = [n for n in mentions if n.end <= m.start and n.code and n.code[3:6] in _SIDES]
    if not sides:
        return m
    side = sides[-1]
    home = side.country or side.code[:3]
    if home == m.code[:3] or home.startswith(("---", "IGO", "NGO")):
        return m
    between = text[side.end : m.start]
    if not (_TIE.search(between) or _MEET.search(between)) or any(
        n.code and side.end <= n.start < m.start and n.code[:3] != home for n in mentions
    ):
        return m
    return Mention(m.start, m.end, m.text, home + "GOV", home, "GOV", m.how, m.members)


#: a meeting verb between a side and the officials it meets
_MEET = re.compile(r"\b(?:met|meets?|meeting|talks)\b", re.IGNORECASE)


#: sectors of a state's own organs
_ORGANS = frozenset({"GOV", "MIL", "COP"})
#: sides of a domestic conflict that have their own state
_OWN_SIDES = frozenset({"REB", "OPP", "CVL", "LAB"})


def _own_state(m: Mention, named: list[Mention]) -> str | None:
    """'Uganda's LRA rebels accused the army of ...': a bare state organ in a sentence whose
    only national actors are one country's own sides (rebels, opposition, citizens) is that
    country's, wherever the events are placed."""
    if m.sector not in _ORGANS:
        return None
    countries = {n.code[:3] for n in named if not n.code.startswith("---")}
    if len(countries) != 1:
        return None
    if not any(n.code[3:6] in _OWN_SIDES and n.start < m.start for n in named):
        return None
    return countries.pop()


#: 'Saudi led air strikes', 'Iranian-backed militias': a coalition or proxies another
#: country leads or backs (the mention may stop before the participle)
_LED_AFTER = re.compile(r"[\s-](?:led|backed)\b", re.IGNORECASE)


def _bystander(m: Mention, named: list[Mention], text: str) -> bool:
    """An unplaced group after a list of countries ('Sweden, Finland and Denmark called on the
    militia') or after a coalition another country leads ('Saudi-led air strikes killed
    people'): none of them is the group's country."""
    before = [n for n in named if n.end <= m.start]
    if not before:
        return False
    first = before[0]
    if re.search(r"[\s-]led\b", first.text) or _LED_AFTER.match(text, first.end):
        return True
    for n in before[1:]:
        if n.code[:3] != first.code[:3] and _PAIR.match(text[first.end : n.start]):
            return True
        break
    return False
