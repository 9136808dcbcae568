"""The report's main findings: short sentences generated from a kommun's figures by fixed rules.

Each rule is a pure function ``rule(metrics, network, lang) -> Finding | None``:
it reads a few figures, returns ``None`` when its condition does not hold,
and otherwise one sentence that carries those figures. No sentence is
written for any particular dataset; the README lists the rules, and
``tests/test_report_findings.py`` checks each on fixtures where it must fire and
where it must not.

=====================  ===================================================================
rule                   fires when
=====================  ===================================================================
``orosanmalan``        the kommun has at least one orosanmälan
``social_only``        some actor reaches social services only by one-way links
``forum_reports``      some actor meets social services only in forums and sends them one-way links
``one_way_only``       some actor has one-way links and no samverkan at all
``person_dependent``   at least one samverkan tie is person-dependent
``trappa``             the kommun has at least one described tie (a link or a forum)
``scopes``             the kommun has at least one described tie
``central``            some actor has samverkan (strength above 0)
``forums``             the kommun has at least one forum
``sole_broker``        exactly one actor brokers between some pair of huvudmän
``key_actor``          without some actor, some pairs of other actors can no longer reach each other
``ei_index``           the kommun has at least one samverkan pair
=====================  ===================================================================

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> from samnet.measure.metrics import analyze_network
>>> ds = Dataset({"k": Kommun("k", "Kommun K")},
...              {"f": Actor("f", "Förskolan", "forskola", "kommun", "k"),
...               "i": Actor("i", "IFO", "ifo", "kommun", "k")},
...              (Link(0, "f", "i", "orosanmalan", kommuner=frozenset({"k"})),))
>>> net = build_network(ds, "k")
>>> print(orosanmalan(analyze_network(net), net).text)
I Kommun K är den enda envägslänken en orosanmälan; den går mellan aktörer som inte samverkar i övrigt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samnet.core.network import Network
from samnet.present.whatif_text import whatif_sentence
from samnet.texts.catalogue import count, decimal, text

__all__ = [
    "Finding",
    "RULES",
    "findings",
    "join_names",
    "orosanmalan",
    "social_only",
    "forum_reports",
    "one_way_only",
    "person_dependent",
    "trappa",
    "scopes",
    "central",
    "forums",
    "sole_broker",
    "key_actor",
    "ei_index",
]

#: Names a sentence lists before "och N till".
_MAX_NAMES = 4


@dataclass(frozen=True)
class Finding:
    """One generated sentence, the rule that made it and the figures it carries."""

    rule: str
    text: str
    figures: dict = field(default_factory=dict)


def join_names(names: list[str], lang: str = "sv") -> str:
    """ "A, B och C", with at most four names and "och N till" for the rest.

    Examples
    --------
    >>> join_names(["A", "B", "C"]), join_names(["A", "B"], "en")
    ('A, B och C', 'A and B')
    >>> join_names(list("ABCDEF"))
    'A, B, C, D och 2 till'
    """
    shown = list(names[:_MAX_NAMES])
    if len(names) > _MAX_NAMES:
        shown.append(_t("more_names", lang, n=len(names) - _MAX_NAMES))
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} {text('word.and', lang)} {shown[-1]}"


def _names(m) -> dict[str, str]:
    return {row["id"]: row["name"] for row in m.centrality}


def _t(key: str, lang: str, **fields) -> str:
    """The catalogue's finding text ``key`` (under ``report.finding.``)."""
    return text("report.finding." + key, lang, **fields)


def _one(key: str, n: int) -> str:
    """``key_one`` when English agrees a verb or noun with a count of one, else ``key``."""
    return f"{key}_one" if n == 1 else key


def _actors(n: int, lang: str) -> str:
    return count(n, "report.finding.noun.actor", lang)


def _percent(part: int, whole: int, lang: str) -> str:
    return text("word.percent", lang, value=round(100 * part / whole))


def orosanmalan(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """How many one-way links are orosanmälningar, and how many of those join actors with no samverkan.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "one_way_links": 3, "one_way_by_kind": {"orosanmalan": 2},
    ...      "one_way": [{"kind": "orosanmalan", "also_samverkan": False},
    ...                  {"kind": "orosanmalan", "also_samverkan": True}]}
    >>> orosanmalan(NS(**m)).text
    'I K är 2 av 3 envägslänkar orosanmälningar; 1 av dem går mellan aktörer som inte samverkar i övrigt.'
    >>> m["one_way"][0]["source"] = "bvc"
    >>> m["social_services_reach"] = [{"id": "bvc", "tier": "direct"}]
    >>> orosanmalan(NS(**m), lang="en").text.split("; ")[1]
    '1 of them joins actors with no samverkan otherwise (1 of them from an actor that works with another unit of social services).'
    """
    total = m.one_way_links
    n = m.one_way_by_kind.get("orosanmalan", 0)
    if not total or not n:
        return None
    lonely = [r for r in m.one_way if r["kind"] == "orosanmalan" and not r["also_samverkan"]]
    alone = len(lonely)
    # A report to one unit from an actor that works with another unit of socialtjänsten is not
    # contact "only by orosanmälan" (000 §5.3: every reporter also works with IFO): say how many.
    direct = {r["id"] for r in getattr(m, "social_services_reach", None) or [] if r["tier"] == "direct"}
    elsewhere = sum(1 for r in lonely if r.get("source") in direct)
    place = m.name
    key = "only" if total == 1 else "all" if n == total else "some" if n > 1 else "one"
    head = (
        _t(f"oro.{key}", lang, place=place, total=total, n=n)
        if key == "some"
        else _t(f"oro.{key}", lang, place=place, total=total)
    )
    if n == 1:
        tail = _t("oro.it_alone" if alone else "oro.pair_also", lang)
    else:
        tail = (
            _t("oro.none_alone", lang)
            if alone == 0
            else _t("oro.all_alone", lang)
            if alone == n
            else _t(_one("oro.some_alone", alone), lang, alone=alone)
        )
    if elsewhere:
        tail += _t("oro.elsewhere", lang, elsewhere=elsewhere)
    values = {"orosanmalan": n, "one_way_links": total, "alone": alone, "alone_but_working_with_social": elsewhere}
    return Finding("orosanmalan", f"{head}; {tail}.", values)


def _named(m, ids: list[str]) -> list[str]:
    """The display names of actor ids (the id where the metrics name none)."""
    if not ids:
        return []  # metrics of an empty listing need not carry the actor rows
    names = _names(m)
    return [names.get(i, i) for i in ids]


def _listing(rule: str, m, names: list[str], lang: str) -> Finding | None:
    """The sentence of a rule that names actors ("I K når 2 aktörer …: A och B"), or None for none."""
    if not names:
        return None
    sentence = _t(
        _one(rule, len(names)),
        lang,
        place=m.name,
        actors=_actors(len(names), lang),
        listed=join_names(names, lang),
    )
    return Finding(rule, sentence, {"actors": len(names)})


def social_only(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """Actors that reach social services only through orosanmälan or another one-way link (000 §6).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "social_services_only_one_way": ["f"], "centrality": [{"id": "f", "name": "Förskolan"}]}
    >>> social_only(NS(**m)).text
    'I K når 1 aktör socialtjänsten bara genom orosanmälan eller annan envägslänk: Förskolan.'
    """
    return _listing("social_only", m, _named(m, m.social_services_only_one_way), lang)


def forum_reports(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """Actors that meet social services only in forums and otherwise only send them one-way links (000 §6).

    Informants describe an orosanmälan as samverkan; these actors have no
    samverkan link with social services, only a seat beside them in a forum.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "social_services_reach": [
    ...     {"name": "BVC", "tier": "forum_only", "one_way_to_social": 1},
    ...     {"name": "Polis", "tier": "direct", "one_way_to_social": 1}]}
    >>> forum_reports(NS(**m)).text
    'I K möter 1 aktör socialtjänsten bara i forum och skickar i övrigt bara orosanmälan eller annan envägslänk dit: BVC.'
    """
    rows = [r for r in m.social_services_reach if r["tier"] == "forum_only" and r["one_way_to_social"]]
    return _listing("forum_reports", m, [r["name"] for r in rows], lang)


def one_way_only(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """Actors whose every tie is one-way: they take part in no samverkan.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> one_way_only(NS(name="K", one_way_only=[])) is None
    True
    """
    return _listing("one_way_only", m, _named(m, m.one_way_only), lang)


def person_dependent(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """How many ties hang on one person, and what the network loses without them.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "person_dependent_ties": 1, "samverkan_ties": 3,
    ...      "isolated_without_person_dependent": [], "pairs_disconnected": 0, "centrality": []}
    >>> person_dependent(NS(**m)).text
    'I K är 1 av 3 samverkande aktörspar personbundet; utan dem förlorar inga aktörspar kontakten med varandra.'

    "No pair loses contact" is all ``pairs_disconnected == 0`` says: the
    network may already be in several parts (``components_before``), so the
    sentence never claims that every pair can reach every other.
    """
    number = m.person_dependent_ties
    if not number:
        return None
    ties = m.samverkan_ties
    isolated = m.isolated_without_person_dependent
    pairs = m.pairs_disconnected
    listed = join_names(_named(m, isolated), lang)
    place = m.name
    head = _t(_one("pd.head", number), lang, place=place, count=number, ties=ties)
    lost = _t(_one("pd.lost", pairs), lang, pairs=pairs)
    if isolated:
        tail = _t(
            _one("pd.isolated", len(isolated)), lang, actors=_actors(len(isolated), lang), listed=listed, lost=lost
        )
    elif pairs:
        tail = _t("pd.no_isolated", lang, lost=lost)
    else:
        tail = _t("pd.no_loss", lang)
    return Finding(
        "person_dependent",
        f"{head}; {tail}.",
        {
            "person_dependent_ties": number,
            "samverkan_ties": ties,
            "isolated": len(isolated),
            "pairs_disconnected": pairs,
        },
    )


def trappa(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """The share of described ties at the top of the trappa: samarbete or samverkan (levels 3 and 4).

    Described ties count each link once and each forum once (:mod:`samnet.measure.described`).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "levels": {"1": 1, "2": 1, "3": 1, "4": 1}}
    >>> trappa(NS(**m)).figures
    {'high': 2, 'described_ties': 4, 'level_4': 1}
    """
    levels = m.levels
    ties = sum(levels.values())
    if not ties:
        return None
    high = levels.get("3", 0) + levels.get("4", 0)
    place = m.name
    share = _percent(high, ties, lang)
    top = levels.get("4", 0)
    sentence = _t(
        "trappa",
        lang,
        place=place,
        high=high,
        ties=ties,
        share=share,
        top=top,
        high_verb=_t(_one("reach", high), lang),
        top_verb=_t(_one("reach", top), lang),
    )
    return Finding("trappa", sentence, {"high": high, "described_ties": ties, "level_4": levels.get("4", 0)})


def scopes(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """How many described ties are about single cases only, structural only, or both.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> scopes(NS(name="K", scopes={"individ": 0, "struktur": 0, "both": 0})) is None
    True
    """
    s = m.scopes
    individ, struktur, both = s.get("individ", 0), s.get("struktur", 0), s.get("both", 0)
    ties = individ + struktur + both
    if not ties:
        return None
    place = m.name
    sentence = _t(
        "scopes",
        lang,
        place=place,
        individ=individ,
        struktur=struktur,
        both=both,
        ties=ties,
        be_individ=_t(_one("be", individ), lang),
        be_struktur=_t(_one("be", struktur), lang),
        be_both=_t(_one("be", both), lang),
    )
    return Finding("scopes", sentence, {"individ": individ, "struktur": struktur, "both": both, "described_ties": ties})


def central(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """The actor with the highest strength (sum of levels), or every actor tied for it.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> m = {"name": "K", "actors": 3, "centrality": [{"name": "IFO", "strength": 5, "degree": 2},
    ...                                                {"name": "BVC", "strength": 3, "degree": 1}]}
    >>> central(NS(**m)).text
    'Mest central i K är IFO: samverkan med 2 av 2 andra aktörer, styrka 5 (summan av nivåerna, varje forum en gång).'
    """
    rows = m.centrality
    if not rows or rows[0]["strength"] <= 0:
        return None
    best = rows[0]["strength"]
    tied = [r for r in rows if r["strength"] == best]
    place = m.name
    others = m.actors - 1
    if len(tied) == 1:
        r = tied[0]
        partners = (
            _t("central.only_other", lang)
            if others == 1
            else _t("central.partners", lang, degree=r["degree"], others=others)
        )
        sentence = _t("central.one", lang, place=place, name=r["name"], partners=partners, best=best)
    else:
        sentence = _t(
            "central.tied",
            lang,
            place=place,
            n=len(tied),
            best=best,
            listed=join_names([r["name"] for r in tied], lang),
        )
    return Finding("central", sentence, {"strength": best, "tied": len(tied), "degree": tied[0]["degree"]})


def forums(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """How many forums the kommun has and how large the largest is (needs the network's forums).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> forums(NS(name="K"), None) is None
    True
    """
    if network is None or not network.forums:
        return None
    sizes = {f.id: len(dict.fromkeys(f.members)) for f in network.forums}
    largest = max(sizes.values())
    biggest = [f for f in network.forums if sizes[f.id] == largest]
    place = m.name
    number = len(network.forums)
    head = _t(_one("forums.head", number), lang, place=place, count=number)
    members = count(largest, "report.finding.noun.member", lang)
    if number == 1:
        tail = _t("forums.only", lang, name=biggest[0].name, members=members)
    elif len(biggest) == 1:
        tail = _t("forums.largest", lang, name=biggest[0].name, members=members)
    else:
        tail = _t("forums.largest_tied", lang, largest=largest, listed=join_names([f.name for f in biggest], lang))
    return Finding(
        "forums", f"{head}; {tail}." if number > 1 else f"{head}: {tail}.", {"forums": number, "largest": largest}
    )


# -- brokers, key actors, the E-I index (samnet.measure.brokerage, .key_actors, .cohesion) -----------


def _b(key: str, lang: str, **fields) -> str:
    """The catalogue's broker text ``key`` (under ``broker.``)."""
    return text("broker." + key, lang, **fields)


def sole_broker(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """Pairs of huvudman groups with exactly one actor brokering between them, and who it is.

    An actor brokers between groups A and B when it stands between a member of
    each who have no samverkan with each other (``huvudman_brokers``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> m = SimpleNamespace(name="K", centrality=[{"id": "v", "name": "Kvinnojouren Viljan"}], huvudman_brokers=[
    ...     {"groups": ["ideell", "region"], "brokers": [{"id": "v", "pairs": 2}], "direct": 0}])
    >>> print(sole_broker(m).text)
    I K är Kvinnojouren Viljan den enda som förmedlar mellan ideell sektor och regionen: den står mellan 2 aktörspar, en från vardera, som inte samverkar med varandra.
    >>> m.huvudman_brokers[0]["brokers"].append({"id": "b", "pairs": 1})
    >>> sole_broker(m) is None
    True
    """
    sole = [row for row in m.huvudman_brokers if len(row["brokers"]) == 1]
    if not sole:
        return None
    names = {row["id"]: row["name"] for row in m.centrality}

    def fields(row: dict) -> dict:
        a, b = row["groups"]
        broker = row["brokers"][0]["id"]
        return {"name": names.get(broker, broker), "a": _b(f"group.{a}", lang), "b": _b(f"group.{b}", lang)}

    if len(sole) == 1:
        sentence = _b("finding.sole_one", lang, place=m.name, pairs=sole[0]["brokers"][0]["pairs"], **fields(sole[0]))
    else:
        clauses = [_b("finding.sole_clause", lang, **fields(row)) for row in sole]
        sentence = _b("finding.sole_many", lang, place=m.name, n=len(sole), listed=join_names(clauses, lang))
    brokers = len({row["brokers"][0]["id"] for row in sole})
    return Finding("sole_broker", sentence, {"group_pairs": len(sole), "brokers": brokers})


def key_actor(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """The actor (or actors, when tied) whose loss cuts most pairs of other actors apart.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> m = SimpleNamespace(name="K", components_before=1, centrality=[{"id": "i", "name": "IFO:s samordnare"}],
    ...     key_actors=[{"id": "i", "pairs_disconnected": 38, "components_after": 2, "isolated": []}])
    >>> key_actor(m).text
    'Utan IFO:s samordnare kan 38 aktörspar i K inte längre nå varandra; nätverket består av 2 delar i stället för 1.'
    >>> m.key_actors[0]["pairs_disconnected"] = 0
    >>> key_actor(m) is None
    True
    """
    rows = m.key_actors
    if not rows or not rows[0]["pairs_disconnected"]:
        return None
    best = rows[0]["pairs_disconnected"]
    tied = [r for r in rows if r["pairs_disconnected"] == best]
    if len(tied) == 1:
        sentence = whatif_sentence(m, tied[0]["id"], m.name, lang)
    else:
        names = {row["id"]: row["name"] for row in m.centrality}
        listed = join_names([names.get(r["id"], r["id"]) for r in tied], lang)
        sentence = _b("finding.key_tied", lang, place=m.name, pairs=best, listed=listed) + "."
    return Finding("key_actor", sentence, {"pairs_disconnected": best, "tied": len(tied)})


def ei_index(m, network: Network | None = None, lang: str = "sv") -> Finding | None:
    """How many samverkan pairs cross huvudman and organisation borders, with both E-I indices.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> none = {"index": None, "external": 0, "internal": 0}
    >>> ei_index(SimpleNamespace(name="K", ei_groups={"huvudman": none, "organisation": none})) is None
    True
    """
    huvudman, organisation = m.ei_groups["huvudman"], m.ei_groups["organisation"]
    if huvudman["index"] is None:
        return None
    sentence = _b(
        "finding.ei",
        lang,
        place=m.name,
        external=huvudman["external"],
        ties=huvudman["external"] + huvudman["internal"],
        ei=decimal(huvudman["index"], lang, 2),
        external_org=organisation["external"],
        ei_org=decimal(organisation["index"], lang, 2),
    )
    return Finding("ei_index", sentence, {"external": huvudman["external"], "ei": huvudman["index"]})


#: Every rule, in the order the report lists their sentences.
RULES = (
    orosanmalan,
    social_only,
    forum_reports,
    one_way_only,
    person_dependent,
    trappa,
    scopes,
    central,
    forums,
    sole_broker,
    key_actor,
    ei_index,
)


def findings(m, network: Network | None = None, lang: str = "sv") -> list[Finding]:
    """Run every rule of :data:`RULES` on one kommun; the sentences of those that fire.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> net = build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    >>> findings(analyze_network(net), net)
    []
    """
    out = []
    for rule in RULES:
        found = rule(m, network, lang)
        if found is not None:
            out.append(found)
    return out
