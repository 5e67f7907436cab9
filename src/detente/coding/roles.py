"""Who is who in a parsed sentence: actor mentions attached to tokens and noun phrases."""

from __future__ import annotations

from dataclasses import dataclass, replace

from detente.records import Mention

RELATIVE = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him"})
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod", "appos", "npadvmod", "nummod"})
_MOD_PREPS = frozenset({"of", "in", "from", "at"})
_LABELLING = frozenset({"identify", "describe", "name", "designate", "label", "brand", "call"})
_AIMED = frozenset({"against", "at", "on", "over", "toward", "towards", "into", "to"})
_ORGS = ("IGO", "NGO")  # international bodies: their staff act for them


@dataclass(frozen=True, slots=True)
class Arg:
    """One resolved actor: its code, text and character span in the sentence."""

    code: str
    text: str
    span: tuple[int, int]
    pronoun: bool = False
    place: bool = False
    # A private person coded with the bare country (a former office-holder, a named person
    # with no office, a relative, 'French rail workers'): not the state itself, so a state
    # may well act on one, and one may act on the state.
    former: bool = False

    def country_only(self) -> Arg:
        if self.code.startswith("IGO"):
            return self
        return Arg(self.code[:3], self.text, self.span, self.pronoun, self.place, self.former)


class Actors:
    """Coded actor mentions of one parsed sentence, looked up by token."""

    def __init__(
        self,
        doc,
        mentions: list[Mention],
        fallback: list[Arg] | None = None,
        earlier: list | None = None,
    ):
        self.doc = doc
        self.by_token: dict[int, Mention] = {}
        # token start offsets, read once: walking the Doc makes a Token object per step
        starts = doc.to_array("IDX").tolist() if mentions else []
        coded = [
            m for m in mentions if (m.code or m.members) and not _modifier_only(m, doc, starts)
        ]
        coded = _name_tails(coded)
        home = self.home = _home_country(coded)
        if home:  # 'Kyrgyz police detained former president X': a title of the one country
            coded += [_at_home(m, home, doc) for m in mentions if _uncoded_title(m)]
        if coded:
            for i, idx in enumerate(starts):
                for mention in coded:
                    if mention.start <= idx < mention.end:
                        self.by_token[i] = mention
                        break
        if any(" " in m.text for m in coded):  # else no full name for a surname to repeat
            self._surnames(doc, starts)
        self.fallback = fallback or []
        # the document's acts of earlier sentences (:class:`replies.Told`), latest last, for a
        # reaction to one ('Y denied the accusations'); ``told`` gathers this sentence's acts
        # when a document carries them on (None: a lone sentence passes nothing on)
        self.earlier = earlier or []
        self.told: list | None = None if earlier is None else []
        self.reacted: set[int] = set()  # triggers of reactions aimed at an earlier act
        self._visiting: set[int] = set()
        lower = doc.text.lower()
        # 'foreign fighters': the actor layer drops them; their phrase is no one else's
        self.foreigners = "foreign" in lower or "overseas" in lower

    def _surnames(self, doc, starts: list[int]) -> None:
        """'Opposition leader Nikol Pashinyan met ... and Pashinyan was detained': a name
        repeated by its last word alone is the person named in full before it. Read from the
        doc's arrays: a Token object per word would cost more than the rest."""
        strings = doc.vocab.strings
        proper, compound = strings["PROPN"], strings["compound"]
        rows = doc.to_array(["ORTH", "POS", "DEP", "LENGTH"]).tolist()
        last: dict[int, Mention] = {}  # by the word's ORTH id
        for i, ((orth, pos, dep, length), idx) in enumerate(zip(rows, starts, strict=True)):
            mention = self.by_token.get(i)
            if mention is not None:
                end = idx + length == mention.end
                if end and pos == proper and " " in mention.text:
                    last.setdefault(orth, mention)
            elif pos == proper and orth in last and dep != compound:
                full = last[orth]
                self.by_token[i] = Mention(
                    idx,
                    idx + length,
                    strings[orth],
                    full.code,
                    full.country,
                    full.sector,
                    full.how,
                    full.members,
                )

    def _args(self, mention: Mention, location_ok: bool) -> list[Arg]:
        span = (mention.start, mention.end)
        if mention.how == "location":
            if not location_ok or mention.sector == "border":
                return []  # 'near the border with X': X is neither a side nor the place
            code = mention.country or (mention.code or "")[:3]
            return [Arg(code, mention.text, span, place=True)] if code else []
        if mention.members:
            return [Arg(code, mention.text, span) for code in mention.members]
        return [Arg(mention.code, mention.text, span, former=mention.how in _PRIVATE)]

    def _mention_of(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def at(self, token, location_ok: bool = False) -> list[Arg]:
        mention = self.by_token.get(token.i)
        return self._args(mention, location_ok) if mention else []

    def phrase(self, token, location_ok: bool = False, conj: bool = True) -> list[Arg]:
        """Actors of the noun phrase headed by ``token`` (with its coordinated phrases)."""
        if token.i in self._visiting:
            return []
        self._visiting.add(token.i)
        try:
            found = self._head_actors(token, location_ok)
        finally:
            self._visiting.discard(token.i)
        if conj:
            for child in token.children:
                if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    found += self.phrase(child, location_ok)
                elif _listed_appos(child):
                    found += self.phrase(child, location_ok)
        return unique(found)

    def under(self, nodes, deps, *, prep=None, places: bool = False) -> list[Arg]:
        """Actors of the phrases hung from ``nodes`` (a token or several) by one of the
        relations ``deps``, in order; with ``prep`` (words), of those hung from the nodes'
        prepositions of these words instead ('talks with X': ``under(verb, "pobj",
        prep=("with",))``). Places are left out unless ``places``."""
        heads = [nodes] if hasattr(nodes, "children") else nodes
        deps = (deps,) if isinstance(deps, str) else deps
        if prep is not None:
            words = (prep,) if isinstance(prep, str) else prep
            heads = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words]
        return [
            a
            for h in heads
            for c in h.children
            if c.dep_ in deps
            for a in self.phrase(c)
            if places or not a.place
        ]

    def _head_actors(self, token, location_ok: bool) -> list[Arg]:
        low = token.lower_
        if low in RELATIVE and token.head.dep_ == "relcl":
            return self.phrase(token.head.head, location_ok, conj=False)
        if low in PRONOUNS and token.i not in self.by_token:
            return self.pronoun(token)
        if self.foreigners and self.unnamed_foreign(token):
            return []  # 'a foreign forces convoy in the X area': not X's
        if token.i not in self.by_token and _counted(token):
            got = self._counted_group(token, _counted(token))
            if got:
                return got
        found = self.at(token, location_ok) or self._private_people(token, location_ok)
        mention = self.by_token.get(token.i)
        if found and mention is not None and mention.how == "sector":
            found = self._labelled(token) or found  # 'a gunman identified as an X member'
        found = (
            found
            or self.owner(token)
            or self._modifier_actors(token, location_ok, depth=0)
            or self._state_anaphor(token)
        )
        if not found:  # 'a proposal by the regional bloc X': the name the parser split off
            found = self._named_after(token, location_ok)
        if found and not any(a.code.startswith(_ORGS) for a in found):
            found = self._affiliation(token) or found
        if found:
            found = found + self._shared_head(token, found)
            return found + self._coordinated_modifiers(token, found, location_ok)
        return found

    def _named_after(self, token, location_ok: bool) -> list[Arg]:
        """'the regional bloc ECOWAS', 'the militant group X': a common noun that describes
        the actor named right after it (an apposition without a comma), when the parser has
        hung the name elsewhere."""
        if token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
            return []
        name = token.doc[token.i + 1]
        mention = self.by_token.get(name.i)
        if mention is None or mention.start != name.idx or name.head.i == token.i:
            return []
        if not name.text[:1].isupper() or mention.how in ("location", "sector"):
            return []
        return self._args(mention, location_ok)

    def _private_people(self, token, location_ok: bool) -> list[Arg]:
        """'French rail workers', 'Slovak farmers': people named by their trade that no table
        places in a sector, with only a national adjective, are that country's private
        people (the bare country, but not the state)."""
        if token.i in self.by_token or token.tag_ not in _NOUN_TAGS:
            return []
        role = token.head if token.dep_ == "conj" else token
        if not (role.dep_ in _ACTING or role.dep_ == "pobj" and role.head.dep_ == "agent"):
            return []  # people who act or are acted on, not 'from the Russian border'
        # the people, or the first of a list of trades ('French rail and metro workers')
        people = [token, *(c for c in token.children if c.dep_ == "conj")]
        if not any(_private_trade(t) and t.i not in self.by_token for t in people):
            return []
        for child in token.children:
            if child.dep_ not in ("amod", "compound") or child.i > token.i:
                continue
            mention = self.by_token.get(child.i)
            if mention is None or mention.how != "demonym" or len(mention.code or "") != 3:
                continue
            return [replace(a, former=True) for a in self._args(mention, location_ok)]
        return []

    def owner(self, token) -> list[Arg]:
        """'the Russian subsidiaries of France's X', 'a stake held by Y', 'the local assets of
        Z': what a business or state holds stands for its owner, not for the place it is in
        (the adjective on the holding names where it is)."""
        if token.i in self.by_token:
            return []
        for child in token.children:  # 'a convoy belonging to X': whatever the thing is
            if child.dep_ == "acl" and child.lemma_.lower() == "belong":
                owners = [
                    o
                    for to in child.children
                    if to.dep_ == "prep" and to.lower_ == "to"
                    for o in to.children
                    if o.dep_ == "pobj"
                ]
                owners += [c for o in owners for c in o.children if c.dep_ == "conj"]
                got = [  # the owner's own words, not 'in Nigeria' after it or a brand name
                    a  # with a nationality word inside ('Air Chad Travel')
                    for o in owners
                    if not (o.pos_ == "PROPN" and o.i not in self.by_token)
                    for a in self.phrase(o, conj=False)
                    if not a.place and o.left_edge.idx <= a.span[0] < o.idx + len(o)
                ]
                if got:
                    return got
        if token.lemma_.lower() not in _HOLDINGS:
            return []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.lemma_.lower() in _HOLDING_VERBS:
                objects = [
                    o
                    for by in child.children
                    if by.dep_ == "agent"
                    for o in by.children
                    if o.dep_ == "pobj"
                ]
            else:
                continue
            got = [a for o in objects for a in self.phrase(o) if not a.place]
            if got:
                return got
        return []

    def _state_anaphor(self, token) -> list[Arg]:
        """'protested against the kingdom's bombing campaign', 'the emirate's envoy': a
        definite noun for a kind of state refers back to the latest state named before it
        (its government), not to the protesters or people in between."""
        if token.lemma_.lower() not in _STATE_NOUNS or token.i in self.by_token:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = {  # the clause's own subject acts on the state, it is not the state
            t.i
            for c in (verb.children if verb is not None else [])
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
        }
        own_countries = {
            a.code[:3]
            for i in own
            if i in self.by_token
            for a in self._args(self.by_token[i], True)
        }
        for earlier in reversed(self.doc[: token.i]):
            mention = self.by_token.get(earlier.i)
            if mention is None or earlier.i in own:
                continue
            for arg in self._args(mention, False):
                country, sector = arg.code[:3], arg.code[3:6]
                if arg.place or arg.code.startswith(("---", "IGO", "NGO")):
                    continue
                if country in own_countries:
                    continue
                if sector in ("", "GOV"):
                    span = (token.idx, token.idx + len(token.text))
                    return [Arg(country + "GOV", token.text, span)]
        return []

    def _shared_head(self, token, direct: list[Arg]) -> list[Arg]:
        """'the armies of X and Y', 'troops from X and Y': the plural head belongs to each
        country, though the mention coded it with the first one only (the others get its
        sector)."""
        mention = self.by_token.get(token.i)
        if mention is None or len(direct) != 1 or token.tag_ not in ("NNS", "NNPS"):
            return []
        head = direct[0]
        if len(head.code) <= 3 or head.code.startswith(_ORGS) or head.place:
            return []
        found: list[Arg] = []
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for obj in prep.children:
                own = self.by_token.get(obj.i)
                if obj.dep_ != "pobj" or own is None:
                    continue
                if own is not mention and own.code != head.code[:3]:
                    continue
                for conj in obj.conjuncts:
                    other = self.by_token.get(conj.i)
                    if other is None or other is mention or conj.pos_ != "PROPN":
                        continue
                    for a in self._args(other, location_ok=True):
                        if len(a.code) == 3 and a.code != head.code[:3]:
                            found.append(Arg(a.code + head.code[3:], a.text, a.span))
                        elif len(a.code) > 3 and not a.place and a.code != head.code:
                            # 'envoys of the army and the rebels': a side named with an
                            # organ of its own is that organ, not one of the head's sort
                            found.append(a)
        return found

    def _counted_group(self, token, size: int) -> list[Arg]:
        """'the three capitals', 'the two countries': the latest list of exactly that many
        actors named before (each country once)."""
        for earlier in reversed(self.doc[: token.i]):
            if earlier.dep_ == "conj" or not any(c.dep_ == "conj" for c in earlier.children):
                continue
            group = [a for a in self.phrase(earlier) if not a.place]
            if len({a.code[:3] for a in group}) == size == len(group):
                return [_as_pronoun(a) for a in group]
        return []

    def _affiliation(self, token) -> list[Arg]:
        """'an Australian lawyer from the ICC', 'a British official of the UN': a person of an
        international body acts for the body, whatever their nationality."""
        if not agent_noun(token):  # 'Israeli shelling of UNRWA' is Israel's
            return []
        found = [
            a
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for obj in prep.children
            if obj.dep_ == "pobj"
            # the body itself, or its team ('members of the U.N. inspection team'), not 'a
            # member of the IAEA's staff'
            for a in self.at(obj)
            or [a for c in obj.children if c.dep_ == "compound" for a in self.at(c)]
        ]
        return found if found and all(a.code.startswith(_ORGS) for a in found) else []

    def _coordinated_modifiers(self, token, direct: list[Arg], location_ok: bool) -> list[Arg]:
        """'Indian and Chinese commanders': a modifier coordinated inside one noun phrase; also
        an actor joined by 'and' that the parser buried among the head's left modifiers
        ('President A and Prime Minister B met', parsed as one name)."""
        spans = {a.span for a in direct}
        found: list[Arg] = []
        left = [t for t in token.subtree if t.i < token.i and t.i not in self._head_tokens(token)]
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
            for node in left:
                found += [a for a in self.at(node, location_ok) if a.span not in spans]
                spans |= {a.span for a in found}
        for child in token.lefts:
            if child.dep_ in ("amod", "compound", "nmod") and any(
                c.dep_ == "conj" for c in child.children
            ):
                for node in (child, *[c for c in child.children if c.dep_ == "conj"]):
                    found += [a for a in self.at(node, location_ok) if a.span not in spans]
        return found

    def _head_tokens(self, token) -> set[int]:
        """Token indices covered by the mention at ``token``."""
        mention = self.by_token.get(token.i)
        if mention is None:
            return {token.i}
        return {i for i, m in self.by_token.items() if m is mention}

    def _labelled(self, token) -> list[Arg]:
        """'an attacker identified by police as a member of X', 'a man described by officials
        as an X commander': the 'as' phrase tells whose the person is; the by-phrase only
        names who said so."""
        return [
            a
            for child in token.children
            if child.dep_ == "acl" and child.lemma_ in _LABELLING
            for a in self.under(child, "pobj", prep=("as",))
        ]

    def _modifier_actors(self, token, location_ok: bool, depth: int) -> list[Arg]:
        if depth > 2:
            return []
        for child in token.children:
            if child.dep_ in _MODIFIERS:
                got = (
                    self.at(child, location_ok)
                    or self._state_anaphor(child)
                    or self._modifier_actors(child, location_ok, depth + 1)
                )
                if got:
                    return got
        for child in token.children:
            # 'talks between their foreign ministers in Moscow': whose ministers, not where
            if child.dep_ == "poss" and child.lower_ == "their" and agent_noun(token):
                got = [a for a in self.pronoun(child) if not a.place]
                if got:
                    return got
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _MOD_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        # 'the security chiefs of X and Y': both; but the head's own
                        # coordinated phrases are the caller's ('the leader of X and Y's envoy')
                        got = self.phrase(obj, location_ok, conj=child.lower_ in _LISTING)
                        if got:
                            return got
            if child.dep_ == "acl":
                if child.lemma_ in _LABELLING and _has_prep(child, "as"):
                    return self._labelled(token)
                for sub in child.children:
                    if sub.dep_ == "agent":
                        got = self.subtree(sub)
                        if got:
                            return got
        return []

    def unnamed_foreign(self, token, heads: frozenset[str] = frozenset()) -> bool:
        """'foreign troops', 'a foreign forces convoy', 'overseas donors': a party of no
        country the sentence names (the actor layer codes none)."""
        for node in (token, *(c for c in token.children if c.dep_ == "compound")):
            if node.i in self.by_token or node.lower_ not in (heads or _UNPLACED_HEADS):
                continue
            if any(c.dep_ == "amod" and c.lower_ in _UNNAMED_ORIGIN for c in node.children):
                return True
        return False

    def subtree(self, token, location_ok: bool = False) -> list[Arg]:
        """The actors under ``token`` nearest to it, outside embedded clauses: a relative or
        complement clause with its own subject ('a statement that troops had crossed into X',
        'a resolution that would have extended...') tells of another act, not this one's.

        Only the nearest actor (by tree distance) is kept, with those coordinated with it: an
        actor deeper in the phrase is a bystander of it ('a UN resolution sponsored by X',
        'X's role in the massacre of Y', 'its deal with X'). Places are all kept: a caller
        that takes places wants every one."""
        owners = self.owner(token)
        if owners:
            return owners
        if self.foreigners and self.unnamed_foreign(token):
            return []  # 'a foreign forces convoy in X': no country's forces, not X's
        inside, pruned = _outside_clauses(token)
        if self.foreigners:
            inside = _beside_foreigners(inside, self.unnamed_foreign)
        allowed = {t.i for t in inside}
        depth = _depths(token, allowed, self._mention_of)
        actors = {
            t.i: self.at(t, location_ok) or self._state_anaphor(t) or self._named_after(t, False)
            for t in inside
        }
        people = [t for t in inside if any(not a.place for a in actors[t.i])]
        chosen: set[int] = set()
        if people:
            nearest = min(depth[t.i] for t in people)
            chosen = {t.i for t in people if depth[t.i] == nearest}
            chosen = self._coordinated(token.doc, chosen, allowed, actors)
        found = [a for t in inside if t.i in chosen for a in actors[t.i] if not a.place]
        places = [a for t in inside for a in actors[t.i] if a.place]
        found = sorted(found, key=lambda a: a.span) + sorted(places, key=lambda a: a.span)
        if not found and token.i not in self.by_token and _counted(token):
            found = self._counted_group(token, _counted(token))
        if not found:  # 'voted against allowing U.S. troops to use...': the clause's subject
            for clause in pruned:
                for subject in clause.children:
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        found += self.phrase(subject, location_ok)
        return unique(found)

    def clause_countries(self, token) -> set[str]:
        """Countries of the actors and places under ``token``, outside relative clauses
        ('against a bill that critics say mirrors a Russian law': not RUS) and outside the
        phrases that say what an act is aimed at ('demonstrated against a war on X': X is
        the cause, not where the protesters are from)."""
        inside, stack = [], [token]
        while stack:
            node = stack.pop()
            inside.append(node)
            stack += [
                c
                for c in node.children
                if c.dep_ != "relcl" and not (c.dep_ == "prep" and c.lower_ in _AIMED)
            ]
        # 'as they marched against X': the clause's own subject pronoun is where it is set
        subject = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ in _NUMBERED]
        return {
            a.code[:3]
            for args in [self.at(t, location_ok=True) for t in inside]
            + [self.pronoun(c) for c in subject]
            for a in args
            if not a.code.startswith(("---", "IGO", "NGO"))
        }

    def _coordinated(self, doc, chosen: set[int], allowed: set[int], actors) -> set[int]:
        """``chosen`` tokens with the actor tokens coordinated with them or in the same name
        ('senior Indian and Chinese military commanders': Indian joins Chinese)."""
        mentions = {id(self.by_token[i]) for i in chosen if i in self.by_token}
        out = set(chosen) | {
            i for i in allowed if i in self.by_token and id(self.by_token[i]) in mentions
        }
        stack = list(out)
        while stack:
            word = doc[stack.pop()]
            links = [c for c in word.children if c.dep_ in ("conj", "appos")]
            if word.dep_ in ("conj", "appos"):
                links.append(word.head)
            for other in links:
                if other.i in allowed and other.i not in out and actors.get(other.i):
                    out.add(other.i)
                    stack.append(other.i)
        return out

    def pronoun(self, token) -> list[Arg]:
        """Antecedent of a pronoun: the subject of a reporting clause above it, else a subject
        earlier in the sentence, else the previous sentence's subject (``fallback``). An object
        pronoun ('ordered him to leave') is never its own clause's subject: it takes the latest
        earlier actor that is not."""
        if token.lower_ in _OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative"):
            return self._object_antecedent(token)
        head = token.head
        while head.dep_ not in ("ROOT",) and head.head.i != head.i:
            if head.dep_ == "ccomp":
                for child in head.head.children:
                    if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
                        got = self.phrase(child)
                        if got:
                            return [_as_pronoun(a) for a in got]
            head = head.head
        got = self._clause_object(token)
        if got:
            return [_as_pronoun(a) for a in got]
        for earlier in token.doc[: token.i]:
            if earlier.dep_ in ("nsubj", "nsubjpass") and earlier.lower_ not in PRONOUNS:
                got = self.phrase(earlier)
                if got:
                    return [_as_pronoun(a) for a in got]
        return [_as_pronoun(a) for a in self.fallback[:1]]

    def _clause_object(self, token) -> list[Arg]:
        """The subject pronoun of a time clause hung on a verb with an object ('shelled the
        rebels as they withdrew', 'beat a reporter while she filmed') is the object when only
        the object agrees with it in number, or when an armed subject acts on civilians whose
        doing the clause tells ('police charged protesters as they marched')."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in _NUMBERED:
            return []
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _WHILE for c in clause.children
        ):
            return []
        verb = clause.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS:
            return []
        plural = _NUMBERED[token.lower_]
        subject = subjects[0]
        held = [a for a in self.phrase(subject) if not a.place]
        for child in verb.children:
            obj = child
            if child.dep_ == "prep":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ not in ("dobj", "dative"):
                continue
            if obj is None or obj.lower_ in PRONOUNS:
                continue
            got = [a for a in self.phrase(obj) if not a.place]
            if not got or not _agrees(obj, plural):
                continue
            state = held and all(len(a.code) == 3 and not a.former for a in held)
            if not _agrees(subject, plural) or state and not plural:
                return got  # 'Iran held a French tourist as he ...': a state is no 'he'
            armed = held and all(a.code[3:6] in _ARMED for a in held)
            if armed and all(a.code[3:6] in _CIVIL for a in got):
                return got
        return []

    def _object_antecedent(self, token) -> list[Arg]:
        verb = token.head if token.dep_ != "pobj" else token.head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        own = {
            a.code for c in verb.children if c.dep_ == "nsubj" for a in self.phrase(c, conj=True)
        }
        for earlier in reversed(token.doc[: token.i]):
            if earlier.i in self.by_token and earlier.lower_ not in PRONOUNS:
                got = [a for a in self.at(earlier) if a.code not in own]
                if got:
                    return [_as_pronoun(a) for a in got]
        return []


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: subject pronouns and whether they are plural
_NUMBERED = {"they": True, "he": False, "she": False}
#: marks of a clause telling what was going on when the main act happened
_WHILE = frozenset({"as", "while", "whilst", "when", "until"})
#: nouns that take either number ('the police were', 'the government was')
_COLLECTIVE = frozenset({"police", "people", "staff", "crew", "personnel"})
_ARMED = frozenset({"COP", "MIL", "SPY"})
#: people, not armed or governing bodies, whose doings a time clause tells
_CIVIL = frozenset({"CVL", "OPP", "MED", "LAB", "EDU", "REL", "REF", "HLH", "HRI", "NGO"})
_CIVIL = _CIVIL | {"BUS", "AGR", "JUD", "LEG"}


def _agrees(noun, plural: bool) -> bool:
    """Whether a noun can be what a plural or singular personal pronoun refers back to
    ('police' takes 'they'; a country or 'the army' takes 'it', not 'they' or 'he')."""
    if noun.lower_ in _COLLECTIVE:
        return plural
    return _plural(noun) == plural


def _plural(token) -> bool:
    """A noun's grammatical number (a coordination of nouns is plural)."""
    if any(c.dep_ == "conj" for c in token.children):
        return True
    return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number")


#: prepositions whose list of objects all own the head: 'the chiefs of X and Y', 'relief
#: supplies from X and Y'
_LISTING = frozenset({"of", "from"})
#: mentions of a person, not an organ of the state: a former leader, someone with no
#: office on the date ('opposition lawmaker X'), a relative of someone ('X's husband')
_PRIVATE = frozenset({"former", "person", "kin"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
# kinds of state that a definite noun phrase refers back to: 'the kingdom', 'the emirate'
# what a business or state holds abroad: its owner, not the place, is acted on
_HOLDINGS = frozenset(
    {
        "subsidiary",
        "asset",
        "operation",
        "stake",
        "share",
        "branch",
        "affiliate",
        "unit",
        "property",
        "holding",
        "plant",
        "factory",
        "refinery",
        "port",
        "airport",
        "facility",
    }
)
_HOLDING_VERBS = frozenset({"hold", "own", "operate", "run", "control"})
_STATE_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "principality", "monarchy"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl"})


def _depths(root, allowed: set[int], mention_of) -> dict[int, int]:
    """Tree distance of each allowed token below ``root``. Coordination and apposition cost
    nothing ('X, Y and Z' are one slot), nor does a step inside one actor's name, nor a step
    to a modifier that names the actor of a noun with none of its own ('Muslim Brotherhood
    supporters, police and opponents': the Brotherhood stands with the police)."""
    depth = {root.i: 0}
    stack = [root]
    while stack:  # a tree: every token is reached once, by its one path from the root
        node = stack.pop()
        for child in node.children:
            if child.i not in allowed:
                continue
            mention = mention_of(child)
            free = (
                child.dep_ in ("conj", "appos")
                or mention is not None
                and mention is mention_of(node)
                or child.dep_ in _MODIFIERS
                and child.i < node.i
                and mention_of(node) is None
            )
            depth[child.i] = depth[node.i] + (0 if free else 1)
            stack.append(child)
    return depth


#: 'foreign fighters', 'overseas troops': of some country the sentence does not name
_UNNAMED_ORIGIN = frozenset({"foreign", "overseas"})
#: the people and bodies such a word leaves unplaced (not 'foreign minister', 'foreign policy')
_UNPLACED_HEADS = frozenset(
    {
        "force", "forces", "troops", "fighters", "soldiers", "militants", "mercenaries",
        "governments", "powers", "donors", "investors", "companies", "firms",
        "convoy", "convoys",
    }
)  # fmt: skip


def _beside_foreigners(inside: list, unnamed) -> list:
    """The tokens of a phrase that are not under an unplaced foreign party ('gifts from
    foreign governments, including those from X': X is not the act's other side)."""
    blocked = [t for t in inside if unnamed(t)]
    if not blocked:
        return inside
    return [t for t in inside if not any(b.i != t.i and b.is_ancestor(t) for b in blocked)]


#: how the actor layer marks a named person or office-holder
_NAMED_HOW = frozenset({"office", "title", "former", "person", "kin"})


def _name_tails(coded: list[Mention]) -> list[Mention]:
    """'Emir Sheikh Tamim bin Hamad al-Thani': a surname read on its own right after a named
    person is the end of that person's name, not another person of the same surname."""
    if not any(m.how == "surname" for m in coded):
        return coded
    return [
        m
        for m in coded
        if m.how != "surname"
        or not any(n.how in _NAMED_HOW and 0 <= m.start - n.end <= 1 for n in coded)
    ]


def _outside_clauses(token) -> tuple[list, list]:
    """Tokens under ``token`` outside embedded clauses, and the heads of the complement
    clauses (not relative or adverbial ones) that were left out."""
    out, pruned, stack = [], [], [token]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if not _embedded_clause(child):
                stack.append(child)
            elif child.dep_ in ("ccomp", "acl"):
                pruned.append(child)
    return out, pruned


def _home_country(mentions: list[Mention]) -> str | None:
    """The one country a sentence names, if it names only one (places included)."""
    countries = {
        (m.country or m.code or "")[:3]
        for m in mentions
        if m.code and not m.code.startswith(("---", "IGO", "NGO"))
    }
    countries |= {c[:3] for m in mentions for c in m.members if not c.startswith(("---", "IGO"))}
    return countries.pop() if len(countries) == 1 else None


def _uncoded_title(mention: Mention) -> bool:
    """A person named by an office the actor layer could not place ('president X', with no
    country word and no dictionary entry for the date)."""
    return not mention.code and not mention.members and mention.how == "title"


def _at_home(mention: Mention, home: str, doc) -> Mention:
    """An unplaced title in a sentence about one country is that country's: its office
    (``home`` + sector), or the bare country for a former holder ('former president X')."""
    before = [t for t in doc if t.idx < mention.start][-2:]
    if any(
        t.lower_ in ("former", "ex", "ex-", "late") for t in before
    ) or mention.text.lower().startswith(("former", "ex-")):
        code, how = home, "former"
    else:
        code, how = home + (mention.sector or ""), mention.how
    return Mention(
        mention.start, mention.end, mention.text, code, home, mention.sector, how, mention.members
    )


def _modifier_only(mention: Mention, doc, starts: list[int]) -> bool:
    """'halt the military operation': a bare sector word used as an adjective of a thing is
    no actor (a named one, 'Chinese military drills', still is). ``starts``: the tokens'
    character offsets."""
    if mention.how != "sector" or not mention.text.islower():
        return False
    tokens = [doc[i] for i, idx in enumerate(starts) if mention.start <= idx < mention.end]
    return bool(tokens) and all(t.dep_ == "amod" and t.pos_ == "ADJ" for t in tokens)


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ive", "at", "man", "woman", "ee")
_AGENT_NOUNS = frozenset(
    {"staff", "chief", "head", "envoy", "delegate", "expert", "judge", "official", "aide"}
)


def agent_noun(token) -> bool:
    """A noun for a person by what they do ('lawyer', 'inspector', 'official', 'diplomat'),
    by its form: not an act ('shelling') or a thing ('statement')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN":
        return False
    if lemma in _AGENT_NOUNS:
        return True
    return lemma.endswith(_AGENT_SUFFIXES) and not lemma.endswith(("ment", "ing"))


def _private_trade(token) -> bool:
    """A person named by a trade that is not the state's own ('workers', 'controllers',
    'farmers'; not 'officials' or 'envoy', nor a thing or a war machine that only looks
    like one: 'border', 'bombers')."""
    lemma = token.lemma_.lower()
    return agent_noun(token) and lemma not in _AGENT_NOUNS and lemma not in NOT_PEOPLE


#: the roles of people who act or are acted on
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj"})
#: nouns with a person's ending that name things or the state's machines of war
NOT_PEOPLE = frozenset(
    "border order power water center centre number matter letter paper computer quarter "
    "river tower shelter charter disaster container reactor sector factor corridor motor "
    "tractor generator register cluster barrier trailer tanker carrier bomber fighter "
    "destroyer helicopter launcher monitor interceptor minister officer commander "
    "ambassador governor senator legislator prosecutor inspector regulator operator".split()
)


def _listed_appos(token) -> bool:
    """'Saudi Arabia, the United Arab Emirates and Egypt', 'two Britons, a Dane and a Swiss
    woman': the parser reads the second item of a list as an apposition of the first; an
    apposition (a name, or a person named by nationality) that heads its own 'and' list is a
    list item, not a second name for the first."""
    return (
        token.dep_ == "appos"
        and token.pos_ in ("PROPN", "ADJ", "NOUN")
        and any(c.dep_ == "conj" for c in token.children)
    )


def _embedded_clause(node) -> bool:
    if node.dep_ not in _CLAUSES:
        return False
    if node.dep_ in ("relcl", "advcl"):
        return True
    if node.dep_ == "acl" and not any(c.dep_ == "agent" for c in node.children):
        return True  # 'two men accused of attacks on X'; but 'crimes committed by X' stays
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _counted(token) -> int:
    """N for a definite plural counted noun that refers back ('the three capitals', 'the
    two neighbours', 'both countries'), else 0."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return 0
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in children):
        return 0
    for c in children:
        if c.lower_ in _NUMBERS and c.dep_ in ("nummod", "det", "predet"):
            return _NUMBERS[c.lower_]
    return 0


def _as_pronoun(arg: Arg) -> Arg:
    return Arg(arg.code, arg.text, arg.span, True, arg.place, arg.former)


def unique(args: list[Arg]) -> list[Arg]:
    """The args in order, each (code, span) once."""
    seen, out = set(), []
    for arg in args:
        if (arg.code, arg.span) not in seen:
            seen.add((arg.code, arg.span))
            out.append(arg)
    return out


def _has_prep(token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in token.children)
