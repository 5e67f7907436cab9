"""Stage 2 of actor finding: compose phrase hits into resolved actor units.

Rules, in the order they apply:

1. **References.** A country name or alias gives the country code alone (``how="country"``);
   an adjective ("Japanese") the same (``demonym``); an IGO its IGO code (``igo``); a non-state
   group its table code (``nonstate``: Hamas -> PSEREB, Islamic State -> ---REB); a seat of
   power its country and sector (``seat``: the Kremlin -> RUSGOV, the Pentagon -> USAMIL).
2. **Capitals** stand for the government (``capital``: "Moscow said" -> RUSGOV). After a
   preposition of place or a verb of visiting ("in Tokyo", "arrived in Beijing", "a visit to
   Kyiv"), a capital or seat is a place: the bare country code with ``how="location"``, as a
   destination is coded in the gold set. Other cities and regions (``places.csv``) are always
   locations.
3. **People as a nation.** "the Russians", "the Japanese" (article + demonym as a noun) stand
   for the state, like a capital: country + GOV. Without the article ("two Palestinians",
   "Russians voted") they are citizens: country + CVL.
4. **Sector from the noun phrase.** A sector word (``sectors.csv``) or title (``titles.csv``)
   after a demonym or a possessive ("Russian troops", "Japan's foreign ministry", "Niger's new
   military rulers") sets the sector; up to three plain lower-case words may come between, and
   when several sector words follow each other the last (the head noun) wins ("Syrian
   government helicopters" -> SYRMIL, "Japanese Defense Ministry" -> JPNGOV: ministries are
   government). After a country name, capital, IGO or group the sector word must follow at
   once ("U.S. troops"). IGO and non-state codes do not change ("NATO allies" -> IGOWSTNAT,
   "Taliban gunmen" -> AFGREB), but a demonym before a non-state group sets its country
   ("Pakistani Taliban" -> PAKREB). A military "district" or "region" needs a military or
   compass word before it ("Russia's eastern district" -> RUSMIL): ``sectors.csv`` lists only
   such compounds, never a bare "district".
5. **"X of Y" and "X in Y".** A sector word or title followed by "of" and a reference takes
   that country ("commanders of Japan's northern military region" -> JPNMIL, "the governor of
   Iraq's Diyala province" -> IRQGOV); a sector word followed by "in" and a place takes the
   place's country ("police in Hong Kong" -> HKGCOP, "the government in Ankara" -> TURGOV),
   except for sectors often abroad (troops, refugees, aid groups, journalists, spies:
   "peacekeepers in Mali" stay ---MIL). A town's name before an organ's noun is the same
   ("an Istanbul court" -> TURJUD, "Lagos police" -> NGACOP), and a spokesman "for" an actor
   is that actor ("a spokesman for the Houthis" -> YEMREB).
6. **Titles and names.** A title with a country ("the Japanese prime minister", "Russia's
   foreign minister", "the U.S. secretary of state") is country + the title's sector
   (``title``); followed by a name, the name is resolved by date through the office-holders
   table first (:mod:`detente.actors.people`). "former", "ex-" or "ousted" before the phrase
   leaves the country only (``former``).
7. **Coordination.** "Chinese and Russian warships", "Indian and U.S. troops": a demonym or
   country joined by "and", "or" or a comma to a following phrase with a sector shares it.
8. **Lone sector words.** A sector word marked ``alone=yes`` in ``sectors.csv`` (or
   ``alone=the``, after "the", "its", "his", "her" or "their") with no country
   ("insurgents", "protesters", "aid agencies") is ``---`` + sector (international NGOs:
   ``NGO``), ``how="sector"``, so the coder can still see an actor.
9. **Modifiers.** "pro-Russian", "anti-French", "Turkish-made", "U.S.-based" name no actor.
10. **Armed groups in power.** An armed group that held its country's government (its spells
    in ``governing.csv``) is that government on those dates ("the Taliban" in 2023 ->
    AFGGOV, in 2010 -> AFGREB); a sector word after it then applies as for a country
    ("Taliban forces" in 2023 -> AFGMIL).

The passes that join or drop a unit by its neighbours (rule 7, the appositions of rules 2
and 6) are in :mod:`detente.actors.neighbours`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.actors.neighbours import (
    _DETERMINERS,
    _capital_appositions,
    _drop_pact_names,
    _drop_town_surnames,
    _kin_appositions,
    _places_after_city,
    _share_of_sectors,
    _share_sectors,
)
from detente.actors.people import OfficeIndex, Resolved, resolve_terms
from detente.actors.scan import _NOT_GIVEN, Hit
from detente.actors.tokens import Token, normalise

_FUNCTION = frozenset(
    "the a an of in on at to for from by with and or but nor that which who whom whose is are "
    "was were be been being has have had will would could should may might can must shall did "
    "do does said says say told tells its their his her it they he she we this these those as "
    "than not no after before during over under against into onto about between while when "
    "where since until amid despite near across around after also only then there here what "
    "if so per via".split()
)
_PLACE_BEFORE = frozenset(
    "in at to from near into outside inside around across toward towards via through visit "
    "visits visited visiting arrived reached".split()
)
#: 'in central Minsk', 'in northern Kabul': one word of area between the preposition and a city
_AREA = frozenset(
    "central downtown northern southern eastern western northeastern northwestern southeastern "
    "southwestern north south east west greater suburban old".split()
)
#: 'east of Port-au-Prince', 'the outskirts of Algiers': a place near or in the city
_PART_OF = frozenset(
    "north south east west northeast northwest southeast southwest outskirts suburbs suburb "
    "streets centre center heart outside districts district parts part town city village".split()
)
_AIMED_AT = frozenset("aimed directed targeted levelled leveled out back swipe jab dig".split())
_FORMER = frozenset({"former", "ex", "ousted", "deposed", "late", "exiled", "onetime"})
_AFFIX_BEFORE = frozenset({"pro", "anti", "non", "inter", "pan"})  # 'the Pan-American Highway'
_AFFIX_AFTER = frozenset(
    "backed based made funded sponsored supported allied built born educated "
    "speaking style protected administered mandated monitored imposed drafted designated "
    "listed aligned owned trained armed linked affiliated inspired leaning friendly".split()
)
#: irregular past tenses of verbs news tells of people ('a Slovak poet shot the prime
#: minister'): after a modifier word they end the noun phrase
_PAST_FORMS = frozenset(
    "shot met told hit struck fought beat sent led gave took threw read said made won lost "
    "sought caught bought sold held brought stole bit spoke wrote".split()
)
#: a minister's portfolio, or a rank, written capitalised before the title ('Israeli
#: Communications Minister X', 'Chinese Vice Premier Y'): part of the title, not a name
_PORTFOLIOS = frozenset(
    "agriculture aviation commerce communications culture defence defense deputy development "
    "digital economy economic education energy environment environmental finance fisheries "
    "foreign health home housing immigration industry information infrastructure "
    "intelligence interior justice labor labour land migration mines oil petroleum planning "
    "security social sports telecommunications tourism trade transport treasury vice water "
    "welfare women youth acting interim former".split()
)
_QUANTITY = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands millions many "
    "several some few most all other fellow".split()
)
#: last word of a company's name: "Turkish Airlines", "Israel Aerospace Industries", "Iran Air"
_COMPANY_WORDS = frozenset(
    "airlines airways air aerospace industries corporation corp company co bank telecom "
    "telecommunications energy oil petroleum gas motors steel tobacco electric power shipping "
    "lines mining pharmaceuticals pharma inc ltd llc plc ag sa mobile technologies "
    "petrochemical railways railway rail enterprises construction chemicals shipbuilding "
    "nuclear".split()
)
_COMPANY_KINDS = frozenset({"country", "demonym", "capital"})
_FLIGHT = frozenset({"flight", "flights", "-"})
_NAME_PARTICLES = frozenset("al el bin ibn de da dos van von der la le di du ben abu".split())
_LOCAL_SECTORS = frozenset("GOV COP CVL OPP REB JUD LEG LAB".split())
_SECTOR_KINDS = frozenset({"sector", "title"})
#: sectors a following civilian noun does not override ('army doctors' are military)
_STATE_SECTORS = frozenset("MIL COP GOV JUD LEG".split())
#: words for the heads of a group: GOV alone ('Iraqi leaders'), the group's own sector after a
#: group noun ('union leaders' LAB, 'rebel leaders' REB, 'student leaders' CVL)
_HEADS = frozenset("leader leaders leadership official officials chief chiefs".split())
#: a group's head before a name: 'Hamas leader X', 'Islamic State commander Y'
_GROUP_HEADS = frozenset("leader chief commander founder spokesman spokeswoman".split())
_GROUP_SECTORS = frozenset("LAB BUS REB CVL OPP MED NGO EDU HLH REF".split())


@dataclass(slots=True)
class Unit:
    """A mention under construction: tokens ``i`` to ``j`` (exclusive)."""

    i: int
    j: int
    kind: str
    code: str | None
    country: str | None
    sector: str | None
    how: str
    members: tuple[str, ...] = ()
    name: str | None = None
    role: str | None = None  # a group's way of finding members (groups.csv ``resolve``)
    window: int = 0  # how many plain words may separate a following sector word
    of_join: bool = False  # made by "X of Y" (rule 5): "and Z" after it shares X's sector
    nationality: str | None = None  # of a named IGO official the table knows: "former" keeps it
    party: str | None = None  # a non-state row of the unit's own country (its spells in power)
    ruling: bool = False  # an armed group in power on the date (rule 10)


def compose(
    tokens: list[Token], hits: list[Hit], offices: OfficeIndex, day: dt.date | None
) -> list[Unit]:
    """Resolve ``hits`` into units, applying the module's rules 1-9."""
    units: list[Unit] = []
    k = 0
    while k < len(hits):
        hit = hits[k]
        if hit.kind == "stop" or _is_modifier(tokens, hit) or _in_longer_name(tokens, hits, k):
            if _owner(tokens, hit):
                # 'a Greek-owned tanker': the country's business, not its state
                units.append(_owned(tokens, hit))
            k += 1
            continue
        led = _led_end(tokens, hit)
        if led is not None:
            # 'the Saudi-led coalition': the leading country's forces
            country = hit.match.entry.country
            units.append(Unit(hit.i, led, "sector", country + "MIL", country, "MIL", "sector"))
            k += 1
            while k < len(hits) and hits[k].i < led:
                k += 1
            continue
        if hit.kind == "igo" and _igo_members_end(tokens, hit.j) is not None:
            # 'EU member states', 'NATO countries': the members, not the organisation
            end = _igo_members_end(tokens, hit.j)
            k += 1
            while k < len(hits) and hits[k].i < end:
                k += 1
            continue
        if hit.kind in _SECTOR_KINDS:
            unit, k = _lead_sector(tokens, hits, k, offices, day)
        else:
            # 'diplomats in Brussels' are the EU's; 'talks in Brussels' are held in Belgium
            venue = not (units and units[-1].j == hit.i - 1 and units[-1].how == "sector")
            unit = _reference(tokens, hit, offices, day, venue)
            company = _company_end(tokens, hits, k) if hit.kind in _COMPANY_KINDS else None
            if company is not None:
                _as_company(tokens, unit, company)
                k += 1
                while k < len(hits) and hits[k].i < unit.j:
                    k += 1
            else:
                k = _attach(tokens, hits, k + 1, unit, offices, day)
        if unit is not None:
            _mark_former(tokens, unit, offices, day)
            units.append(unit)
    units = _national_envoys(tokens, units)
    _share_sectors(tokens, units)
    units = _share_of_sectors(tokens, units)
    units = _drop_town_surnames(tokens, units)
    units = _drop_demonym_surnames(tokens, units)
    units = _drop_city_surnames(tokens, units)
    units = _drop_pact_names(tokens, units)
    units = _places_after_city(tokens, units)
    units = _capital_appositions(tokens, units)
    return _kin_appositions(tokens, units)


#: a state's diplomats at an organisation: 'China's U.N. envoy', 'the French NATO delegation'
_ENVOY_WORDS = frozenset(
    "envoy envoys ambassador ambassadors representative representatives delegate delegates "
    "delegation negotiator negotiators diplomat diplomats".split()
)


def _national_envoys(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """A country or demonym right before an IGO's envoy ('China's U.N. envoy X', 'the
    French U.N. ambassador', 'Sweden's EU delegation') is that state's diplomat: the
    country's government, not the organisation."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and unit.kind == "igo"
            and prev.kind in ("country", "demonym")
            and prev.how in ("country", "demonym")
            and prev.country is not None
            and prev.j == unit.i
            and any(t.norm in _ENVOY_WORDS for t in tokens[unit.i : unit.j + 1])
        ):
            # the envoy word may be the IGO phrase's own end or the word right after it
            end = unit.j + (unit.j < len(tokens) and tokens[unit.j].norm in _ENVOY_WORDS)
            country = prev.country
            out[-1] = Unit(
                prev.i, end, "title", country + "GOV", country, "GOV", "title", name=unit.name
            )
            continue
        out.append(unit)
    return out


def _is_modifier(tokens: list[Token], hit: Hit) -> bool:
    """True for "pro-Russian", "anti-U.S.", "Turkish-made", "U.N.-protected" and the like
    (rule 9)."""
    if hit.kind not in ("country", "demonym", "people", "capital", "igo"):
        return False
    i, j = hit.i, hit.j
    before = i >= 2 and tokens[i - 1].norm == "-" and tokens[i - 2].norm in _AFFIX_BEFORE
    after = j + 1 < len(tokens) and tokens[j].norm == "-" and tokens[j + 1].norm in _AFFIX_AFTER
    return before or after


#: capitalised heads that make a country's name part of a place's ('Niger State', 'the Niger
#: River delta', 'Jordan Valley', 'Congo Basin'): a feature of the land, often another state's
_PLACE_HEADS = frozenset({"State", "River", "Delta", "Basin", "Valley"})
#: capitalised words that open a state's own council ('National Security Council', 'Supreme
#: Security Council'): the IGO's name inside them is not the IGO
_COUNCIL_OPENERS = frozenset(
    "national supreme federal state presidential revolutionary military defence defense "
    "transitional provisional".split()
)
#: capitalised function words (a sentence's first word), not part of a proper name
_FUNCTION_WORDS = frozenset("the a an in on at of for and but as after when while by".split())


def _in_longer_name(tokens: list[Token], hits: list[Hit], k: int) -> bool:
    """A country word inside a longer proper name is not the country: a place named after it
    ('Niger State', 'the Jordan Valley'), a person's or town's hyphenated name ('Datu
    Saudi-Ampatuan', between capitalised words that are no actors), and a state body named
    like an IGO ('Iran's Supreme National Security Council' is not the UN's)."""
    hit = hits[k]
    i, j = hit.i, hit.j
    if hit.kind == "igo":
        return i > 0 and tokens[i - 1].shape == 1 and tokens[i - 1].norm in _COUNCIL_OPENERS
    if hit.kind not in ("country", "demonym"):
        return False
    if hit.kind == "country" and j < len(tokens) and tokens[j].raw in _PLACE_HEADS:
        # not a body or firm named after the state ('Bangladesh State Minister', 'China State
        # Construction'), nor a head that is an actor of its own
        named_on = j + 1 < len(tokens) and tokens[j + 1].shape == 1
        return not named_on and not (k + 1 < len(hits) and hits[k + 1].i == j)
    if not (j + 1 < len(tokens) and tokens[j].norm == "-" and tokens[j + 1].shape == 1):
        return False
    if i == 0 or tokens[i - 1].shape != 1 or tokens[i - 1].norm in _FUNCTION_WORDS:
        return False
    # the word after the hyphen is no actor of its own ('the Russia-Ukraine war')
    return not any(h.i <= j + 1 < h.j for h in hits)


def _owner(tokens: list[Token], hit: Hit) -> bool:
    """ "Greek-owned", "Chinese-owned": a country or demonym that owns the thing after it."""
    j = hit.j
    return (
        hit.kind in ("country", "demonym")
        and hit.match.entry.country is not None
        and j + 1 < len(tokens)
        and tokens[j].norm == "-"
        and tokens[j + 1].norm == "owned"
        and not (hit.i and tokens[hit.i - 1].norm == "-")
    )


#: what a country leads with its forces: 'the Saudi-led coalition', 'U.S.-led forces'
_LED_FORCES = frozenset("coalition forces force alliance troops".split())


def _led_end(tokens: list[Token], hit: Hit) -> int | None:
    """ "the Saudi-led coalition", "U.S.-led special forces": a country at the head of armed
    forces; up to two plain words may describe them ("multinational", "special", "military").
    Returns where the forces' noun ends."""
    j = hit.j
    if not (
        hit.kind in ("country", "demonym")
        and hit.match.entry.country is not None
        and j + 2 < len(tokens)
        and tokens[j].norm == "-"
        and tokens[j + 1].norm == "led"
        and not (hit.i and tokens[hit.i - 1].norm == "-")
    ):
        return None
    for end in range(j + 2, min(j + 5, len(tokens))):
        tok = tokens[end]
        if tok.norm in _LED_FORCES:
            return end + 1
        if tok.shape or not tok.norm.isalpha() or tok.norm in _FUNCTION:
            return None
    return None


def _owned(tokens: list[Token], hit: Hit) -> Unit:
    country = hit.match.entry.country
    return Unit(hit.i, hit.j + 2, "sector", country + "BUS", country, "BUS", "sector", window=-1)


def _reference(tokens: list[Token], hit: Hit, offices, day, venue: bool = True) -> Unit:
    """A unit for a reference hit (rules 1-3), with its possessive marked in ``window``."""
    entry, kind = hit.match.entry, hit.kind
    unit = Unit(hit.i, hit.j, kind, entry.code, entry.country, entry.sector, kind)
    possessive = hit.glued_possessive or (hit.j < len(tokens) and tokens[hit.j].norm in ("'s", "'"))
    if hit.resolved is not None:
        _apply(unit, hit.resolved)
        unit.name = "".join(t.raw for t in tokens[hit.i : hit.j])
    elif kind == "person":
        _apply(unit, resolve_terms(offices.terms_of(entry.person), day))
        unit.name = entry.person.name
    elif kind == "petrarch":
        _petrarch(unit, hit, day)
    elif kind in ("capital", "seat"):
        if not possessive and (
            _after_place_word(tokens, hit.i)
            or _named_capital(tokens, hit.i)
            or _place_noun_after(tokens, hit.j)
            or _region_after_town(tokens, hit.i)
        ):
            unit.code, unit.sector, unit.how = entry.country, None, "location"
        elif possessive and kind == "capital" and _city_part_after(tokens, hit):
            unit.code, unit.sector, unit.how = entry.country, None, "location"
            unit.j += 0 if hit.glued_possessive else 1
            return unit  # 'near Jerusalem's Old City': where, and no one's possessor
        elif kind == "capital":
            unit.code, unit.sector = entry.country + "GOV", "GOV"
    elif kind == "igo" and venue and _igo_venue(tokens, hit):
        seat = _IGO_SEATS[tokens[hit.i].norm]
        unit.code, unit.country, unit.sector, unit.how = seat, seat, None, "location"
    elif kind == "place":
        unit.how = "location"
    elif kind == "people":
        _people(tokens, unit)
    elif kind == "demonym" and entry.country and _crowd_before(tokens, hit.i):
        # 'tens of thousands of Sudanese', '200 Congolese': a demonym with no plural form
        # counted as people names civilians (a sector noun after it still decides)
        unit.code, unit.sector = entry.country + "CVL", "CVL"
    elif kind == "group":
        unit.code, unit.how, unit.members, unit.role = None, "group", entry.members, entry.role
    elif kind == "nonstate":
        unit.party = entry.party
        _ruling(unit, entry, day)
    if possessive:
        unit.j += 0 if hit.glued_possessive else 1
        unit.window = 3
    elif kind in ("demonym", "igo"):
        unit.window = 3  # an IGO's: "U.N. human rights chief X" (see _staff_gap)
    elif kind == "country" and _short_form_adjective(tokens, hit):
        unit.window = 1  # "U.S. gun makers", "UK aid workers"
    elif unit.how == "location" or kind in ("people", "group"):
        unit.window = -1
    return unit


def _short_form_adjective(tokens: list[Token], hit: Hit) -> bool:
    """ "a group of U.S. gun makers": a country's short form without "the" is an adjective, so
    a plain word may come before the sector word ("the U.S. hit rebels" is a noun and verb)."""
    if hit.j - hit.i != 1 or tokens[hit.i].shape != 2:
        return False
    return not (hit.i and tokens[hit.i - 1].norm == "the")


def _company_end(tokens: list[Token], hits: list[Hit], k: int) -> int | None:
    """Rule 1: a country, demonym or capital inside a company's name ("Turkish Airlines",
    "China National Petroleum Corporation", "Iran Air", "Air France") names a business, not
    the state. Returns the end of the name, or None. The name is capitalised words ending in a
    company word; only a business sector word may be matched inside it ("Central Bank" is
    the government, not a company)."""
    hit = hits[k]
    if hit.i and tokens[hit.i - 1].norm == "-":
        return None  # "Inter-American Development Bank"
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    start = end = hit.j
    if hit.kind == "country" and end < len(tokens) and tokens[end].norm == "'s":
        start = end = end + 1  # "Japan's Toyota Motor Corp", "Korea's Hyundai Heavy Industries"
    while end < len(tokens) and end - start < 4 and tokens[end].shape == 1:
        end += 1
        if tokens[end - 1].norm in _COMPANY_WORDS:
            while (
                end < len(tokens) and tokens[end].shape == 1 and tokens[end].norm in _COMPANY_WORDS
            ):
                end += 1  # "Israel Aerospace Industries"
            if end < len(tokens) and tokens[end].shape and tokens[end].norm not in _FLIGHT:
                return None  # "Iraqi Oil Ministry", "Japan Air Self-Defense Force"
            if (
                nxt is not None
                and nxt.i < end
                and not (nxt.kind == "sector" and nxt.match.entry.sector == "BUS" and nxt.j == end)
            ):
                return None
            return end
    before = tokens[hit.i - 1] if hit.i else None
    if before is not None and before.norm == "air" and before.shape == 1:
        return hit.j  # "Air France", "Air India"
    return None


def _as_company(tokens: list[Token], unit: Unit, end: int) -> None:
    if unit.i and tokens[unit.i - 1].norm == "air" and tokens[unit.i - 1].shape == 1:
        unit.i -= 1
    unit.j = end
    unit.code, unit.sector, unit.how, unit.window = unit.country + "BUS", "BUS", "sector", -1


def _petrarch(unit: Unit, hit: Hit, day: dt.date | None) -> None:
    """Of a dictionary phrase's codes, take the one whose dates hold (undated ones last)."""
    dated = [e for e in hit.match.entries if e.start or e.end]
    plain = [e for e in hit.match.entries if not (e.start or e.end)]
    held = [e for e in dated if day and (e.start or day) <= day <= (e.end or day)]
    entry = (held or plain or [None])[0]
    if entry is None:
        unit.code = None
    else:
        unit.code, unit.country, unit.sector = entry.code, entry.country, entry.sector


def _ruling(unit: Unit, entry, day: dt.date | None) -> None:
    """Rule 10: an armed group that held its country's government (``governing.csv``) is the
    government on those dates: the Taliban are AFGREB in 2010 and AFGGOV in 1998 and 2023."""
    if day is None or unit.sector != "REB" or unit.country is None:
        return
    if any(start <= day and (end is None or day <= end) for start, end in entry.ruled):
        unit.sector, unit.code, unit.ruling = "GOV", unit.country + "GOV", True


def _apply(unit: Unit, res: Resolved) -> None:
    unit.code, unit.country, unit.sector, unit.how = res.code, res.country, res.sector, res.how


#: nouns after an IGO's name for its member states ('EU member states', 'NATO countries')
_MEMBER_NOUNS = frozenset("members countries nations states governments capitals".split())


def _igo_members_end(tokens: list[Token], j: int) -> int | None:
    """ "EU member states", "the bloc's member countries", "NATO nations": an IGO's members are
    not the IGO (a vague collective, left uncoded); the end of the phrase, or None."""
    if j < len(tokens) and tokens[j].norm in ("'s", "'"):
        j += 1
    if j < len(tokens) and tokens[j].norm == "member":
        j += 1
        if j >= len(tokens) or tokens[j].norm not in _MEMBER_NOUNS:
            return j if j < len(tokens) and tokens[j].shape else None  # 'EU member Malta'
    return j + 1 if j < len(tokens) and tokens[j].norm in _MEMBER_NOUNS else None


#: nouns after a capital that make it a place ('Kabul airport', 'the Beirut port')
_PLACE_AFTER = frozenset(
    "airport airports airbase port harbour harbor province region oblast governorate suburb "
    "suburbs outskirts".split()
)


def _place_noun_after(tokens: list[Token], j: int) -> bool:
    if j < len(tokens) and tokens[j].norm == "international":
        j += 1
    return j < len(tokens) and tokens[j].norm in _PLACE_AFTER


#: parts of a city named after its possessive: "Kabul's airport", "X's Old City"
_CITY_PARTS = frozenset(
    "airport port harbour harbor suburb suburbs outskirts city market markets district "
    "neighbourhood neighborhood quarter streets square mosque prison hospital downtown "
    "centre center slum slums".split()
)


def _city_part_after(tokens: list[Token], hit: Hit) -> bool:
    """ "near Jerusalem's Old City", "in Mogadishu's Bakara market", "Tripoli's only
    functioning airport": a capital's possessive before a part of the city names a place,
    not the government; up to three words may name or describe the part."""
    start = hit.j + (0 if hit.glued_possessive else 1)
    for tok in tokens[start : start + 4]:
        if tok.norm in _CITY_PARTS:
            return True
        if tok.norm in _FUNCTION or not tok.norm.replace("-", "").isalpha():
            return False  # "Tehran's threat to close the port": the city's government
    return False


#: cities that also name an IGO ('Brussels says' is the EU) and the country they are in
_IGO_SEATS = {"brussels": "BEL"}
_VENUE_BEFORE = frozenset("in at near outside around across".split())


def _igo_venue(tokens: list[Token], hit: Hit) -> bool:
    """ "talks in Brussels", "a summit at Brussels": the city where something happens, not the
    IGO it also names (a visit "to Brussels" stays the IGO: visitors go there to meet it)."""
    i = hit.i
    return (
        hit.j - i == 1
        and tokens[i].norm in _IGO_SEATS
        and i > 0
        and tokens[i - 1].norm in _VENUE_BEFORE
        and not (hit.j < len(tokens) and tokens[hit.j].norm in ("'s", "'"))
    )


def _after_place_word(tokens: list[Token], i: int) -> bool:
    k = i - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k >= 0 and tokens[k].norm in _AREA:
        k -= 1  # 'in central Minsk', 'across northern Kabul'
    if k >= 1 and tokens[k].norm == "of" and tokens[k - 1].norm in _PART_OF:
        return True  # 'east of Port-au-Prince', 'on the outskirts of Algiers'
    if k >= 1 and tokens[k].norm == "at" and tokens[k - 1].norm in _AIMED_AT:
        return False  # 'a show of force aimed at Pyongyang': the government, not the city
    return k >= 0 and tokens[k].norm in _PLACE_BEFORE


def _named_capital(tokens: list[Token], i: int) -> bool:
    """'the Ukrainian capital Kiev', 'the capital, Kabul': the name of a city, not its
    government."""
    k = i - 1
    if k >= 0 and tokens[k].norm == ",":
        k -= 1
    return k >= 0 and tokens[k].norm == "capital"


def _region_after_town(tokens: list[Token], i: int) -> bool:
    """'a student from Olympia, Washington': a capital's name after a town's name and a comma
    is the region of that name (the US state), not the seat of government; in a list of
    places ('in Tokyo, Washington and Seoul') it stays the capital."""
    if i < 3 or tokens[i - 1].norm != "," or tokens[i - 2].shape != 1:
        return False
    if tokens[i - 3].norm not in ("from", "in", "of", "near"):
        return False
    after = [t for t in tokens[i + 1 : i + 3]]
    if after and after[0].norm in ("and", "or"):
        return False
    return not (len(after) == 2 and after[0].norm == "," and after[1].shape == 1)


#: counts of people: 'thousands of X', 'dozens of X', 'many X'
_CROWDS = frozenset("dozens hundreds thousands millions scores tens many".split())
#: what may follow a demonym counted by a number for it to be the noun: '300 Togolese who'
_AFTER_COUNTED = frozenset(", . ; : who were have had are was died".split())


def _crowd_before(tokens: list[Token], i: int) -> bool:
    """A demonym with no plural form of its own ('Sudanese', 'Swiss') counted as people:
    'thousands of X', 'many X', or a number with the demonym as the noun ('300 X who ...');
    not 'Indian and Chinese troops', '2012 Malian coup', '17 Chinese firms'."""
    word = tokens[i].norm
    if not (word.endswith("ese") or word == "swiss"):
        return False
    after = tokens[i + 1].norm if i + 1 < len(tokens) else "."
    if after in ("and", "or", "-"):
        return False
    k = i - 1
    if k >= 1 and tokens[k].norm == "of":
        k -= 1
    if k < 0:
        return False
    count = tokens[k].norm
    if count in _CROWDS:
        return True
    return count.replace(",", "").isdigit() and k == i - 1 and after in _AFTER_COUNTED


def _people(tokens: list[Token], unit: Unit) -> None:
    before = tokens[unit.i - 1].norm if unit.i else ""
    if before == "the":
        unit.i -= 1
        unit.code, unit.sector = unit.country + "GOV", "GOV"
    else:
        unit.code, unit.sector = unit.country + "CVL", "CVL"
    unit.how = "demonym" if before == "the" or before in _QUANTITY or before.isdigit() else "people"


def _attach(tokens, hits, k, unit: Unit, offices, day) -> int:
    """Absorb sector words, titles and a name after a reference (rules 4 and 6)."""
    if unit.window < 0 and not _local_office(tokens, unit, hits, k):
        return k
    budget = max(unit.window, 0)
    pos = unit.j
    if unit.kind == "igo" and pos < len(tokens) and tokens[pos].norm in _IGO_BODIES:
        if tokens[pos].shape == 1:  # 'African Union Commission chairwoman X': the IGO's staff
            unit.j = pos = pos + 1
    while k < len(hits):
        hit = hits[k]
        if (
            hit.i == pos
            and unit.kind == "country"
            and unit.window == 3
            and _is_modifier(tokens, hit)
        ):
            # "Yemen's Saudi-backed government": the backer names no actor; Yemen's still
            pos, k = hit.j + 2, k + 1
            continue
        # an unknown capitalised word before a title is an organisation ("Thai Society
        # president"), not a group of people: only sector nouns may follow one
        names = unit.kind == "demonym" and pos == unit.j and hit.kind != "title"
        gap = _plain_gap(tokens, pos, hit.i, names=names)
        if hit.kind == "title" and pos < hit.i and _portfolio(tokens[pos : hit.i]):
            gap = 0  # 'Israeli Communications Minister X', 'Argentina Education Minister Y'
        arms = unit.kind == "country" and gap and _arms_gap(tokens, pos, hit)
        if (gap is None or gap > budget) and not arms:
            break
        if unit.kind in ("igo", "country") and gap and not (arms or _staff_gap(tokens, pos, hit.i)):
            break
        if hit.kind == "nonstate" and gap == 0 and _owns_group(unit, hit):
            unit.code = unit.country + (hit.match.entry.sector or "")
            unit.sector, unit.how, unit.j, k = hit.match.entry.sector, "nonstate", hit.j, k + 1
            if unit.country == hit.match.entry.country:
                unit.party = hit.match.entry.party  # 'Turkey's AKP', not 'Norway's Labour'
                _ruling(unit, hit.match.entry, day)
            break
        if unit.kind == "igo" and hit.kind == "group" and gap == 0:
            unit.j, k = hit.j, k + 1  # "NATO allies", "EU partners"
            break
        if hit.kind not in _SECTOR_KINDS:
            break
        if _verb_after_name(tokens, unit, hit):
            k += 1  # the verb is no actor by itself either
            break
        if unit.kind == "capital" and unit.window != 3 and tokens[hit.j - 1].norm in _POSTS:
            # 'its London embassy': a city names where a mission is, not whose it is
            unit.code, unit.country, unit.sector, unit.how = "---GOV", None, "GOV", "sector"
            unit.j = hit.j
            return k + 1
        sector = hit.match.entry.sector
        if tokens[hit.i].norm in _CRAFT_WORDS and _designators(tokens, pos, hit.i):
            sector = "MIL"  # 'Chinese J-20 fighters' are aircraft, not armed men
        word = " ".join(t.norm for t in tokens[hit.i : hit.j])
        _set_sector(unit, sector, "title" if hit.kind == "title" else None, word)
        # 'the EU's civilian monitoring mission': an IGO's staff phrase goes on after an
        # adjective-like sector word; a country's ends at its head noun
        budget = budget if unit.kind == "igo" and hit.kind != "title" else 0
        unit.j, pos, k = hit.j, hit.j, k + 1
        if hit.kind == "title":
            return _name_after_title(tokens, hits, k, unit, offices, day)
        if _private_name_after(hits, k, unit, offices, day):
            # 'jailed Iranian rights lawyer X': the description says who the private person is
            unit.name = hits[k].match.entry.person.name
            unit.j = hits[k].j
            return k + 1
        if word in _GROUP_HEADS and (unit.kind == "nonstate" or unit.how == "nonstate"):
            # 'Hezbollah leader X': the group's, unless X holds a state office on the date
            if k < len(hits) and hits[k].i == unit.j and hits[k].kind == "person":
                return _name_after_title(tokens, hits, k, unit, offices, day)
    return k


#: people nouns that are also verbs ('China engineers a deal', 'Iran fans tensions'): after a
#: bare country name or capital they are read as the verb; a demonym or possessive keeps them
_HOMOGRAPHS = frozenset("engineers fans volunteers nurses exiles authors mothers parents".split())
#: sector nouns that are verbs only when an object follows: 'Russia forces Ukraine to ...'
_VERBISH = frozenset("forces crowds".split())
_OBJECT_START = frozenset("a an the its his her their to out up back into him them".split())


def _verb_after_name(tokens: list[Token], unit: Unit, hit: Hit) -> bool:
    """A one-word sector noun right after a country's name or capital, with no possessive,
    that is rather the sentence's verb."""
    if unit.kind not in ("country", "capital") or unit.window == 3 or hit.j - hit.i != 1:
        return False
    word = tokens[hit.i].norm
    if word in _HOMOGRAPHS:
        return True
    if word not in _VERBISH or hit.j >= len(tokens):
        return False
    after = tokens[hit.j]
    return after.norm in _OBJECT_START or (after.shape == 1 and after.raw[:1].isupper())


def _owns_group(unit: Unit, hit: Hit) -> bool:
    """Rule 4: a demonym before a non-state group ('Pakistani Taliban'), or a country's
    possessive before a national party or armed group ('Israel's Labour Party', 'Nepal's
    Maoists'), says whose the group is; a possessive leaves transnational groups (``---``)
    and international NGOs as they are. A country's name before one of its own bodies is part
    of its name ('the United States Border Patrol'; 'Afghanistan Taliban talks' name two
    sides)."""
    if unit.kind == "demonym":
        return True
    entry = hit.match.entry
    return unit.kind == "country" and (
        unit.window == 3
        and entry.country is not None
        or entry.country == unit.country
        and entry.sector in _STATE_SECTORS | {"SPY"}
    )


def _plain_gap(tokens: list[Token], start: int, end: int, names: bool = False) -> int | None:
    """How many plain modifier words lie between ``start`` and ``end``; None if anything else.
    With ``names`` (right after a demonym) one capitalised word may stand among them: an
    ethnic or religious group the table does not know ("Congolese Tutsi refugees", "Iraqi
    Yazidi women") belongs to the same noun phrase."""
    count = 0
    capitalised = 0
    skip = _designators(tokens, start, end)
    for k, tok in enumerate(tokens[start:end], start):
        if k in skip:
            if k - 1 not in skip:
                count += 1  # a model designator is one modifier word: 'Russian Su-34 bombers'
            continue
        if tok.norm == "-":
            continue
        if (
            names
            and tok.shape == 1
            and tok.norm.replace("'", "").isalpha()  # "Iraqi Shi'ite militias"
            and tok.norm not in _FUNCTION
        ):
            capitalised += 1
            if capitalised > 1:
                return None
            count += 1
            continue
        if tok.shape or not tok.norm.isalpha() or tok.norm in _FUNCTION:
            return None
        if count and tok.norm in _QUANTITY:
            return None  # 'the Malian border killed six soldiers': a count starts a new phrase
        if count and tok.norm.endswith("ed") and tokens[k - 1].norm.endswith("s"):
            return None  # 'Israeli strikes killed civilians': a plural noun, then its verb
        if count and tok.norm in _PAST_FORMS:
            return None  # 'a Slovak poet shot Prime Minister X': a noun, then its verb
        count += 1
    return count


#: words that name armed men, or aircraft when a model designator precedes them
_CRAFT_WORDS = frozenset({"fighters", "fighter", "bombers", "bomber", "interceptors"})


def _designators(tokens: list[Token], start: int, end: int) -> set[int]:
    """Indices of the tokens of weapon model designators between ``start`` and ``end``: one to
    three capitalised letters, a hyphen and a number ("F-16", "Su-34", "MiG-29", "B-52s",
    "J-20"). Such a code names a platform, so it may stand between a demonym and the sector
    word it modifies ("Turkish F-16 jets", "Chinese J-20 fighters")."""
    out: set[int] = set()
    for k in range(start, end - 2):
        letters, dash, number = tokens[k], tokens[k + 1], tokens[k + 2]
        if (
            letters.shape
            and letters.norm.isalpha()
            and len(letters.norm) <= 3
            and letters.norm not in _FUNCTION
            and dash.norm == "-"
            and number.norm[:1].isdigit()
        ):
            out.update((k, k + 1, k + 2))
    return out


#: a diplomatic post: the city or country it is in is its host, not its owner
_POSTS = frozenset({"embassy", "embassies", "consulate", "consulates"})
#: an IGO's executive body, capitalised after its name: its staff are the IGO's
_IGO_BODIES = frozenset({"commission", "secretariat"})
#: plural words that may name an IGO body's field: "U.N. human rights chief", "U.N. weapons
#: inspectors"; other words ending in -s or -ed after an IGO are likely its verb ("NATO warns")
_FIELD_PLURALS = frozenset("rights affairs weapons arms operations".split())


#: sectors whose noun a town's name before it makes the town's country's ('Lagos police', 'an
#: Istanbul court', 'Kandahar police chief', 'Donetsk separatists'); not troops, who may be
#: another state's posted there, nor people who travel. Armed men only by a plural that
#: stands alone: 'the Delhi gang rape', 'a Darfur rebel base' are things, not actors
_TOWN_SECTORS = frozenset("GOV COP JUD REB".split())


def _local_office(tokens: list[Token], unit: Unit, hits, k: int) -> bool:
    """'Oregon governor X', 'Okinawa Governor Y', 'Borno State Senator Z': a title right
    after a region's name is an office of the region's state; so is a town's organ ('an
    Istanbul court') unless the town is where something happens ('in Lagos police ...') or
    the noun is a mission, which may be another state's ('the Istanbul consulate')."""
    if unit.how != "location" or unit.country is None or k >= len(hits) or hits[k].i != unit.j:
        return False
    hit = hits[k]
    if hit.kind == "title":
        return True
    entry = hit.match.entry
    return (
        hit.kind == "sector"
        and unit.kind == "place"
        and entry.sector in _TOWN_SECTORS
        and (entry.sector != "REB" or entry.alone == "yes")
        and tokens[hit.i].norm not in _POSTS
        and not _after_place_word(tokens, unit.i)
    )


#: words naming a kind of armed force between a country and its forces' noun
_ARMS_WORDS = frozenset(
    "special operations elite naval airborne commando expeditionary combat assault "
    "ground marine navy army air strike rapid reaction".split()
)


def _arms_gap(tokens: list[Token], start: int, hit: Hit) -> bool:
    """ "United States special operations forces", "Russian elite airborne troops": words
    naming a kind of armed force between a country and an armed sector noun keep the
    forces the country's (a verb there, 'Syria blames rebel forces', is no such word)."""
    if hit.match.entry.sector != "MIL" or not 0 < hit.i - start <= 3:
        return False
    return all(t.norm in _ARMS_WORDS or t.norm == "-" for t in tokens[start : hit.i])


def _portfolio(words: list[Token]) -> bool:
    """Words before a title that name its portfolio or rank ('Communications', 'Vice')."""
    return len(words) <= 3 and all(t.norm in _PORTFOLIOS or t.norm == "-" for t in words)


def _staff_gap(tokens: list[Token], start: int, end: int) -> bool:
    """Rule 4 for IGOs: words between an IGO and a title or sector word name a field of the
    organisation ("U.N. human rights chief Michelle Bachelet", "United Nations aid officials"),
    not a verb ("the UN urges army officers"); the phrase stays the IGO's."""
    for tok in tokens[start:end]:
        word = tok.norm
        if word == "-":
            continue
        if word.endswith("ed") or (word.endswith("s") and word not in _FIELD_PLURALS):
            return False
    return True


def _set_sector(unit: Unit, sector: str | None, how: str | None, word: str = "") -> None:
    if sector is None:
        return
    if unit.ruling:
        sector = "MIL" if sector == "REB" else sector  # 'Taliban fighters' of a Taliban state
        if sector in _STATE_SECTORS:
            unit.sector, unit.code = sector, unit.country + sector
        return
    if unit.kind in ("igo", "nonstate") or unit.how in ("igo", "nonstate"):
        return
    if sector == "CVL" and unit.sector in _STATE_SECTORS and unit.how == "sector":
        return  # 'army doctors', 'navy sailors', 'military engineers' serve the state
    if (
        sector == "GOV"
        and word in _HEADS
        and unit.sector in _GROUP_SECTORS
        and unit.how != "demonym"
    ):
        return  # 'union leaders', 'rebel leaders', 'student leaders' lead their own group
    if unit.country is None:
        unit.sector = sector
        return
    unit.sector, unit.code = sector, unit.country + sector
    if unit.how in ("country", "demonym", "capital", "seat", "location", "person"):
        unit.how = how or "sector"


def _private_name_after(hits: list[Hit], k: int, unit: Unit, offices: OfficeIndex, day) -> bool:
    """A person the tables know only as a private citizen of the unit's own country, with no
    sector of their own on the date, named right after the unit's sector noun ('jailed
    Egyptian blogger X', 'Belarusian lawyer Y'): the description is who the person is."""
    if k >= len(hits) or hits[k].i != unit.j or hits[k].kind != "person":
        return False
    terms = offices.terms_of(hits[k].match.entry.person)
    if any(t.role != "private" for t in terms):
        return False
    resolved = resolve_terms(terms, day)
    return unit.country is not None and resolved.code == resolved.country == unit.country


def _name_after_title(tokens, hits, k, unit: Unit, offices, day) -> int:
    """After a title: a known person, a remembered surname or a run of capitalised words."""
    if k < len(hits) and hits[k].i == unit.j and hits[k].kind in ("person", "surname"):
        person = _reference(tokens, hits[k], offices, day)
        if hits[k].kind == "person":
            unit.nationality = hits[k].match.entry.person.country
        if (
            unit.sector == "OPP"
            and unit.code is None
            and person.how != "office"
            and person.country is not None
        ):
            # 'opposition lawmaker X' before or after X's years in office: the opposition
            unit.code, unit.country, unit.how = person.country + "OPP", person.country, "title"
        elif person.code is not None and (
            (person.how == "office" and (unit.kind != "igo" or person.code.startswith("IGO")))
            or unit.code is None
        ):
            # 'OSCE Chairman X', 'U.N. envoy Y': the title is the organisation's, whatever
            # national office X holds on the date (an IGO office of X's stays X's)
            unit.code, unit.country, unit.sector, unit.how = (
                person.code,
                person.country,
                person.sector,
                person.how,
            )
        unit.j, unit.name = person.j, person.name
        if unit.country is not None and person.window:
            unit.window = person.window
            return _attach(tokens, hits, k + 1, unit, offices, day)
        return k + 1
    end = _name_end(tokens, unit.j, hits[k].i if k < len(hits) else len(tokens))
    while k < len(hits) and _city_surname_after(tokens, hits[k], unit, end):
        # 'Prime Minister Joseph Muscat', 'President Lima': a city's name in a person's name
        end = hits[k].j
        k += 1
        end = _name_end(tokens, end, hits[k].i if k < len(hits) else len(tokens))
    if end > unit.j:
        unit.name = " ".join(t.raw for t in tokens[unit.j : end])
        unit.j = end
    return k


#: kinds of hit that name a city, which may also be a person's surname or given name
_CITY_HITS = frozenset({"capital", "place"})


def _city_surname_after(tokens: list[Token], hit: Hit, unit: Unit, end: int) -> bool:
    """Is the city ``hit`` right after a capitalised title (and a given name) a person's name
    ('Prime Minister Joseph Muscat', 'Governor Paris', 'Secretary Victoria X')?"""
    if hit.kind not in _CITY_HITS or hit.i != end or hit.j - hit.i != 1:
        return False
    if tokens[hit.i].shape != 1 or hit.glued_possessive:
        return False
    return tokens[end - 1].shape == 1 and tokens[end - 1].norm.isalpha()


def _name_end(tokens: list[Token], start: int, limit: int) -> int:
    """End of a personal name starting at ``start`` (capitalised words, particles, hyphens)."""
    end = start
    while end < limit and end - start < 6:
        tok = tokens[end]
        if (
            tok.shape == 1
            or (tok.norm in _NAME_PARTICLES and end + 1 < limit)
            or (tok.norm == "-" and end > start and end + 1 < limit)
        ):
            end += 1
        elif tok.shape == 0 and end > start and tokens[end - 1].norm == "-" and tok.norm.isalpha():
            end += 1  # "Ki-moon"
        else:
            break
    while end > start and tokens[end - 1].shape != 1 and not tokens[end - 1].norm.isalpha():
        end -= 1
    return end


def _lead_sector(tokens, hits, k, offices, day) -> tuple[Unit | None, int]:
    """A sector word or title that no reference came before (rules 5, 6 and 8)."""
    hit = hits[k]
    entry = hit.match.entry
    unit = Unit(hit.i, hit.j, hit.kind, None, None, entry.sector, "sector")
    k += 1
    if hit.kind == "title":
        unit.how = "title"
        k = _name_after_title(tokens, hits, k, unit, offices, day)
        if unit.country is not None:
            return unit, k
        spoken = _spoken_for(tokens, hits, k, unit, offices, day)
        if spoken is not None:
            return spoken
        if unit.name is not None:
            # 'Prime Minister Tom Thabane of Lesotho': the state named after the name
            joined = _maybe_of(tokens, hits, k, unit, offices, day)
            return joined if joined[0].country is not None else (unit, k)
    joined = _maybe_of(tokens, hits, k, unit, offices, day)
    if joined[0].country is not None:
        return joined
    if not _alone(tokens, hit) or (unit.sector != "NGO" and _unnamed_foreigners(tokens, hit)):
        return None, k
    unit.code = "NGO" if unit.sector == "NGO" else "---" + unit.sector
    return unit, k


_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_FOR_LINKS = (["for"], ["for", "the"])


def _spoken_for(tokens, hits, k, unit: Unit, offices, day) -> tuple[Unit, int] | None:
    """Rule 5: 'a spokesman for the Houthis', 'a spokeswoman for the U.N. refugee agency',
    'a spokesman for President X': who speaks for an actor stands for it."""
    if k >= len(hits) or tokens[unit.j - 1].norm not in _SPEAKERS:
        return None
    hit = hits[k]
    link = [t.norm for t in tokens[unit.j : hit.i]]
    if link not in _FOR_LINKS or hit.kind in ("stop", "group") or _is_modifier(tokens, hit):
        return None
    if hit.kind in _SECTOR_KINDS:
        inner, k = _lead_sector(tokens, hits, k, offices, day)
    else:
        inner = _reference(tokens, hit, offices, day, venue=False)
        k = _attach(tokens, hits, k + 1, inner, offices, day)
    if inner is None or inner.code is None or inner.how == "location":
        return None
    if inner.code == inner.country and inner.how != "former":
        _set_sector(inner, "GOV", None)  # 'a spokesman for Saudi Arabia': its government
    inner.i = unit.i
    return inner, k


#: 'foreign fighters', 'overseas troops': words that say the actor is of some other country
_UNNAMED_ORIGIN = frozenset({"foreign", "overseas"})
#: 'foreign ministry officials', 'foreign affairs spokesman': a state's own office, not aliens
_FOREIGN_OFFICE = frozenset(
    "ministry ministries minister ministers office affairs policy service secretary "
    "relations trade intelligence".split()
)


def _unnamed_foreigners(tokens: list[Token], hit: Hit) -> bool:
    """Rule 8: 'foreign fighters', 'foreign troops' (up to one word between) are of some
    country the sentence does not name: no actor, not a stateless group ('foreign aid
    agencies' stay international NGOs)."""
    for i in range(max(hit.i - 2, 0), hit.i):
        if tokens[i].norm in _UNNAMED_ORIGIN:
            return not any(t.norm in _FOREIGN_OFFICE for t in tokens[i + 1 : hit.j])
    return False


def _alone(tokens: list[Token], hit: Hit) -> bool:
    """Rule 8: may this sector word stand for an actor by itself here?"""
    entry = hit.match.entry
    if entry.alone == "the":
        ok = hit.i > 0 and tokens[hit.i - 1].norm in _DETERMINERS
    else:
        ok = entry.alone == "yes"
    hyphenated = (hit.i > 0 and tokens[hit.i - 1].norm == "-") or (
        hit.j < len(tokens) and tokens[hit.j].norm == "-"
    )
    return ok and not hyphenated and not _in_a_name(tokens, hit)


def _in_a_name(tokens: list[Token], hit: Hit) -> bool:
    """'the People's Party', 'Students for Peace': a capitalised sector word that goes on
    into a name, or that a capitalised word comes before, is part of the name, not an actor
    by itself."""
    if tokens[hit.i].shape != 1:
        return False
    before = tokens[hit.i - 1] if hit.i else None
    if before is not None and before.shape == 1 and before.norm not in _FUNCTION:
        return True  # 'Kachin Independence Army positions'
    if hit.j >= len(tokens):
        return False
    nxt = tokens[hit.j]
    return nxt.norm in ("'s", "'") or (nxt.shape == 1 and nxt.norm not in _FUNCTION)


#: the words that join rule 5's "X of Y" / "X in Y": "executives of a Turkish firm"
_OF_LINKS = (["of"], ["of", "the"], ["of", "a"], ["of", "an"], ["in"], ["in", "the"])
#: "rebels from Chad", "gunmen from the Central African Republic": armed men named by the
#: state they come from (only the rebel sector: 'pulled troops from Iraq' is no Iraqi army)
_FROM_LINKS = (["from"], ["from", "the"])


#: people often away from home: "X in Y" does not make them Y's (rule 5)
_TRAVELLERS = frozenset(
    "smugglers traffickers kidnappers hikers backpackers climbers mountaineers travellers "
    "travelers seafarers seamen missionaries expatriates expats immigrants emigrants exiles "
    "defectors diaspora fans migrants".split()
)


#: words of allegiance: 'supporters of X', 'opponents of President Y' are X's or Y's country's
#: people, but not X's or Y's office: their own sector (the opposition) holds
_ALLEGIANCE = frozenset(
    "supporters followers loyalists backers sympathisers sympathizers opponents critics".split()
)
#: of these, the ones who stand by the person named (the government's supporters are civilians)
_BACKING = frozenset("supporters followers loyalists backers sympathisers sympathizers".split())


def _allegiance_link(tokens, start: int, end: int) -> bool:
    """'of', 'of the', or 'of' and up to two lower-case words ('supporters of jailed
    former prime minister X', 'opponents of the ousted president')."""
    words = [t for t in tokens[start:end]]
    if not words or words[0].norm != "of" or len(words) > 3:
        return False
    return all(t.shape == 0 and t.norm.isalpha() for t in words[1:])


def _maybe_of(tokens, hits, k, unit: Unit, offices, day) -> tuple[Unit, int]:
    """Join "X of [the] Y" and "X in Y" (rule 5); otherwise return ``unit`` as it is."""
    if k >= len(hits) or unit.country is not None:
        return unit, k
    if _is_modifier(tokens, hits[k]):
        return unit, k  # 'members of an Iran-backed militia': not Iran's
    link = [t.norm for t in tokens[unit.j : hits[k].i]]
    head = tokens[unit.j - 1].norm
    # 'Saudi-backed forces in Yemen': a foreign power's proxies are the place's own fighters
    if len(link) > 1 and link[0] == "in" and link[-1] in _AREA:
        link = link[:-1]  # 'civilians in northern Gaza', 'police in the eastern Congo'
    proxy = unit.i >= 2 and tokens[unit.i - 1].norm in _PROXY and tokens[unit.i - 2].norm == "-"
    if head in _ALLEGIANCE and _allegiance_link(tokens, unit.j, hits[k].i):
        link = ["of"]
        if hits[k].kind in ("title", "sector") and hits[k].match.entry.sector:
            # 'supporters of opposition leader X': the title's phrase is the one they back
            inner, k2 = _lead_sector(tokens, hits, k, offices, day)
            if inner is not None and inner.country is not None:
                return _allegiant(unit, inner, head), k2
            return unit, k
    if link in _FROM_LINKS:
        if unit.sector != "REB" or head in _TRAVELLERS or hits[k].kind != "country":
            return unit, k
    elif link not in _OF_LINKS or hits[k].kind in (
        "stop",
        "sector",
        "title",
        "group",
    ):
        return unit, k
    # 'officials in Brussels' are the EU's: the city stays the IGO after a sector word
    inner = _reference(tokens, hits[k], offices, day, venue=False)
    if inner.country is None and inner.kind != "igo":
        return unit, k
    k = _attach(tokens, hits, k + 1, inner, offices, day)
    # 'civilians in the Malian town of X': a demonym that names the town's country
    # (people only: 'talks with the government in the Sudanese town of X' is a venue)
    town = (
        inner.how == "demonym"
        and unit.sector not in _STATE_SECTORS
        and _town_noun_after(tokens, inner.j)
    )
    if link[0] == "in" and (
        tokens[unit.j - 1].norm in _POSTS  # 'the embassy in London' is not Britain's
        or (inner.how not in ("location", "country") and not town)
        or (unit.sector not in _LOCAL_SECTORS and not proxy)
        or head in _TRAVELLERS  # 'smugglers in Uganda', 'tourists in Egypt': from anywhere
        or unit.kind == "title"  # 'talks between the foreign ministers in Moscow'
    ):
        return unit, k - 1
    if head in _ALLEGIANCE and link[0] == "of":
        return _allegiant(unit, inner, head), k
    sector = inner.sector if link[0] == "of" and inner.sector else unit.sector
    inner.i, inner.name = unit.i, unit.name
    if inner.kind == "igo":
        return inner, k
    inner.code, inner.sector = inner.country + (sector or ""), sector
    inner.how = "title" if unit.kind == "title" else "sector"
    inner.of_join = link[0] == "of" and sector is not None
    return inner, k


#: 'X-backed' words that make the armed men after them a foreign power's local proxies
_PROXY = frozenset("backed funded sponsored supported armed trained".split())
#: nouns after a demonym that make it name a place's country ('the Malian town of Moura')
_TOWN_NOUNS = frozenset(
    "town towns city cities village villages province region district county capital "
    "port island state".split()
)


def _town_noun_after(tokens: list[Token], j: int) -> bool:
    if j < len(tokens) and tokens[j].norm in _AREA:
        j += 1  # 'the Nigerian northeastern town of X'
    return j < len(tokens) and tokens[j].norm in _TOWN_NOUNS


def _allegiant(unit: Unit, inner: Unit, head: str) -> Unit:
    """'supporters of X' (X's country): the opposition, or civilians when X governs."""
    sector = unit.sector
    if head in _BACKING and inner.sector in ("GOV", "MIL"):
        sector = "CVL"
    if inner.kind == "igo" or inner.country is None:
        return unit
    country = inner.country
    return Unit(unit.i, inner.j, "sector", country + (sector or ""), country, sector, "sector")


def _mark_former(tokens: list[Token], unit: Unit, offices: OfficeIndex, day) -> None:
    """Rule 6: "former"/"ex-" before a person or titled phrase leaves the country only,
    unless the table has the named person in a new office on the date, begun after their
    earlier terms ended ('former president X, now prime minister')."""
    k = unit.i - 1
    if k >= 0 and tokens[k].norm == "-":
        k -= 1
    if k < 0 or tokens[k].norm not in _FORMER:
        return
    if tokens[k].norm == "exiled" and "nonstate" in (unit.kind, unit.how):
        return  # 'exiled Hamas leader X' still leads the group from abroad
    if unit.country is None and unit.kind == "igo" and unit.name is not None:
        # 'former U.N. chief Kofi Annan': no longer the IGO; his nationality if known
        country = unit.nationality
        unit.i, unit.code, unit.country, unit.sector, unit.how = k, country, country, None, "former"
        return
    if unit.country is None:
        return
    if unit.how == "office" and _new_office(unit, offices, day):
        return
    if unit.name is not None or unit.how in ("title", "office", "person"):
        unit.i, unit.code, unit.sector, unit.how = k, unit.country, None, "former"


def _new_office(unit: Unit, offices: OfficeIndex, day) -> bool:
    """The named person of ``unit`` holds a term on ``day`` that began after every one of
    their terms that had ended by then: 'former' names the office they left, not this one."""
    if unit.name is None or day is None:
        return False
    terms = offices.terms.get(normalise(unit.name), ())
    held = [t for t in terms if t.holds(day)]
    ended = [t.end for t in terms if t.end is not None and t.end < day]
    return bool(held and ended) and max(t.start for t in held) > max(ended)


#: words that may follow a personal name but not an adjective: 'Joshua French was jailed'
_AFTER_NAME = frozenset(
    "was is has had have said says told who whose and , . ; : ) 's ' to in on at for with "
    "from by".split()
)


#: capitalised words before a city that leave it a place: 'Greater Beirut', 'Metro Manila'
_CITY_PREFIXES = frozenset(
    "greater metro metropolitan old new upper lower inner outer central downtown north south "
    "east west northern southern eastern western capital city port fort mount saint st "
    "visiting san santa santo sao st saint ciudad puerto sidi ras tel kafr beit deir abu bir "
    "umm ain".split()
)


def _drop_city_surnames(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """ "Joseph Muscat said", "Andrew Jackson": a capitalised word no table knows before a
    one-word city makes a person's name whose surname is the city: no government is named."""
    covered = {k for u in units for k in range(u.i, u.j)}
    out = []
    for unit in units:
        i = unit.i
        if (
            unit.kind in _CITY_HITS
            and unit.j - i == 1
            and unit.sector in (None, "GOV")
            and i > 0
            and i - 1 not in covered
            and tokens[i - 1].shape == 1
            and tokens[i - 1].norm.isalpha()
            and len(tokens[i - 1].norm) > 2
            and tokens[i - 1].norm not in _NAME_PARTICLES
            and tokens[i - 1].norm not in _FUNCTION
            and tokens[i - 1].norm not in _PLACE_BEFORE
            and tokens[i - 1].norm not in _CITY_PREFIXES
            and tokens[i - 1].norm not in _NOT_GIVEN
            and not tokens[i - 1].norm.endswith(("ing", "ed"))
            and not (i > 1 and tokens[i - 2].norm in _PLACE_BEFORE)  # 'in Kuz Kunar'
            and (unit.j == len(tokens) or tokens[unit.j].norm in _AFTER_NAME)
        ):
            continue
        out.append(unit)
    return out


def _drop_demonym_surnames(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """ "Joshua French was sentenced", "Julia English said": a capitalised word no table
    knows before a one-word demonym, with no noun after it, makes a person's name whose
    surname is the demonym: no country is named."""
    covered = {k for u in units for k in range(u.i, u.j)}
    out = []
    for unit in units:
        i = unit.i
        if (
            unit.how == "demonym"
            and unit.kind == "demonym"
            and i > 0
            and i - 1 not in covered
            and tokens[i - 1].shape == 1
            and tokens[i - 1].norm.isalpha()
            and tokens[i - 1].norm not in _FUNCTION
            and not tokens[i - 1].norm.endswith(("ing", "ed"))
            and (i + 1 == len(tokens) or tokens[i + 1].norm in _AFTER_NAME)
        ):
            continue
        out.append(unit)
    return out
