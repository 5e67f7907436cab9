"""Protests and policing at home: a protest that names no target is aimed at whoever its
purpose names, else at the protesters' own government in a clause about one country; forces
deployed with no agent stand for the state that moves them; and a state's show of force or
crackdown at home is aimed at the dissenters acting beside it."""

from __future__ import annotations

from detente.coding.act import Act
from detente.coding.places import VICTIM_NOUNS, PlaceTargets
from detente.coding.roles import Actors, Arg
from detente.coding.sides import DISSENT_SECTORS, STATE_SECTORS

# force postures and crackdowns (15, 17) a state may turn on its own people
POLICING = frozenset({"15", "17"})
# a protest's doers told as a number ('thousands protest in X')
_CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})
# verbs a protest noun is the subject of when it starts or goes on ('protests erupt in X')
_OUTBREAK = frozenset({"break", "erupt", "spread", "flare", "continue", "resume", "sweep"})
# people who protest against their own state: civilians, opposition, labour, media, business
_CIVIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "MED", "BUS", "EDU", "REL"})


class Protests:
    """Passes over protests and a state's policing of its own people."""

    def __init__(self, actors: Actors, places: PlaceTargets):
        self.actors, self.places = actors, places

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
        if main_clause(node) and node.dep_ == "acl":  # 'farmers protesting against X blocked'
            node = node.head.head
        while (
            node.dep_ in ("xcomp", "advcl")
            and node.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            node = node.head
        countries = self.actors.clause_countries(node)
        return countries.pop() if len(countries) == 1 else None

    def crowd(self, act: Act) -> list[Arg]:
        """'Thousands protest in X against Y', 'protests break out in X': a protest whose only
        doers are a number or the protest noun itself is by the civilians of the one country
        its clause names (the place, not whatever the protest is against)."""
        token = act.token
        if token.pos_ == "NOUN":
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _OUTBREAK:
                return []
            node = token.head
        else:
            crowd = [c for c in token.children if c.dep_ == "nsubj"]
            if len(crowd) != 1 or crowd[0].lower_ not in _CROWD_WORDS or not main_clause(token):
                return []
            if token.dep_ == "advcl":  # 'X fired on Y as thousands protested': set beside X's act
                return []
            node = token
        countries = self.actors.clause_countries(node)
        if len(countries) != 1:
            return []
        (country,) = countries
        if not country.isalpha():
            return []
        if node is not token and not act.targets:  # 'protests break out in X against Y'
            act.targets = self.actors.under([node], "pobj", prep=("against",))
        start = token.idx
        return [Arg(country + "CVL", token.text, (start, start + len(token.text)))]

    def deployed_forces(self, act: Act) -> None:
        """'12,000 police were deployed in X', 'troops were put on alert': with no agent
        named, the forces a posture moves stand for the state that moves them."""
        subjects = self.actors.under(act.token, "nsubjpass", places=True)
        forces = [a for a in subjects if a.code[3:6] in ("MIL", "COP")]
        if forces:
            act.sources = forces
            act.targets = [t for t in act.targets if t.span not in {a.span for a in forces}]
            self.places.posture_at_border(act)

    def dissenters(self, act: Act) -> list[Arg]:
        """'police were deployed in the capital as protesters marched': a show of force or
        a crackdown by a state's own forces that names no outside target (at most its own
        places or organs) is aimed at the protesters, strikers or rebels of the same state
        acting in an adverbial clause hung on it."""
        countries = {s.code[:3] for s in act.sources if s.code[3:6] in STATE_SECTORS}
        if not countries or any(t.code[:3] not in countries for t in act.targets):
            return []
        return [
            a
            for clause in act.token.children
            if clause.dep_ == "advcl"
            for subject in clause.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors.phrase(subject)
            if a.code[:3] in countries and a.code[3:6] in DISSENT_SECTORS
            # 'after 20 people were killed': a toll, not protesters
            if not (subject.dep_ == "nsubjpass" and VICTIM_NOUNS.match(a.text))
        ]


def main_clause(token) -> bool:
    """A verb that tells its own event, not a participle describing a noun ('beat
    protesters marching near X': the marching is no act of its own here)."""
    if token.dep_ == "ccomp" and token.tag_ == "VBG":  # 'beat X marching': X is the object
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "nsubj":
        # 'truckers protesting against X blocked a bridge': the subject's own protest
        return token.head.head.pos_ in ("VERB", "AUX")
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl", "amod")


def governments_of(sources: list[Arg], home: str | None) -> list[Arg]:
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
