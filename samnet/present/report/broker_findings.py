"""The report's findings about brokers, key actors and the E-I index: rules like those of :mod:`.findings`.

=================  ====================================================================
rule               fires when
=================  ====================================================================
``sole_broker``    for some pair of huvudman groups exactly one actor brokers between
                   them (stands between a member of each who have no samverkan)
``key_actor``      without some actor, some pairs of other actors can no longer reach
                   each other (``key_actors[0]["pairs_disconnected"] > 0``)
``ei_index``       the kommun has at least one samverkan pair
=================  ====================================================================

Examples
--------
>>> m = {"name": "K", "huvudman_brokers": [
...     {"groups": ["ideell", "region"], "brokers": [{"id": "v", "pairs": 2}], "direct": 0}],
...     "centrality": [{"id": "v", "name": "Kvinnojouren Viljan"}]}
>>> print(sole_broker(m).text)
I K är Kvinnojouren Viljan den enda som förmedlar mellan ideell sektor och regionen: den står mellan 2 aktörspar, en från vardera, som inte samverkar med varandra.
"""

from __future__ import annotations

from samnet.core.network import Network
from samnet.texts.catalogue import decimal, text

__all__ = ["sole_broker", "key_actor", "ei_index", "BROKER_RULES"]


def _metric(m, name: str):
    return m[name] if isinstance(m, dict) else getattr(m, name)


def _names(m) -> dict[str, str]:
    return {row["id"]: row["name"] for row in _metric(m, "centrality")}


def _b(key: str, lang: str, **fields) -> str:
    return text("broker." + key, lang, **fields)


def sole_broker(m, network: Network | None = None, lang: str = "sv"):
    """Pairs of huvudman groups with exactly one broker between them, and who it is.

    Examples
    --------
    >>> m = {"name": "K", "centrality": [], "huvudman_brokers": [
    ...     {"groups": ["ideell", "region"], "brokers": [{"id": "a", "pairs": 1}, {"id": "b", "pairs": 1}], "direct": 0}]}
    >>> sole_broker(m) is None
    True
    """
    from samnet.present.report.findings import Finding, join_names

    sole = [row for row in _metric(m, "huvudman_brokers") if len(row["brokers"]) == 1]
    if not sole:
        return None
    names, place = _names(m), _metric(m, "name")

    def fields(row: dict) -> dict:
        a, b = row["groups"]
        broker = row["brokers"][0]
        return {"name": names.get(broker["id"], broker["id"]), "a": _b(f"group.{a}", lang), "b": _b(f"group.{b}", lang)}

    if len(sole) == 1:
        sentence = _b("finding.sole_one", lang, place=place, pairs=sole[0]["brokers"][0]["pairs"], **fields(sole[0]))
    else:
        clauses = [_b("finding.sole_clause", lang, **fields(row)) for row in sole]
        sentence = _b("finding.sole_many", lang, place=place, n=len(sole), listed=join_names(clauses, lang))
    return Finding(
        "sole_broker", sentence, {"group_pairs": len(sole), "brokers": len({r["brokers"][0]["id"] for r in sole})}
    )


def key_actor(m, network: Network | None = None, lang: str = "sv"):
    """The actor (or actors, when tied) whose loss cuts most pairs of other actors apart.

    Examples
    --------
    >>> m = {"name": "K", "components_before": 1, "centrality": [{"id": "i", "name": "IFO:s samordnare"}],
    ...      "key_actors": [{"id": "i", "pairs_disconnected": 38, "components_after": 2, "isolated": []}]}
    >>> key_actor(m).text
    'Utan IFO:s samordnare kan 38 aktörspar i K inte längre nå varandra; nätverket består av 2 delar i stället för 1.'
    >>> m["key_actors"][0]["pairs_disconnected"] = 0
    >>> key_actor(m) is None
    True
    """
    from samnet.present.broker_text import whatif_sentence
    from samnet.present.report.findings import Finding, join_names

    rows = _metric(m, "key_actors")
    if not rows or not rows[0]["pairs_disconnected"]:
        return None
    best = rows[0]["pairs_disconnected"]
    tied = [r for r in rows if r["pairs_disconnected"] == best]
    place = _metric(m, "name")
    if len(tied) == 1:
        sentence = whatif_sentence(m if not isinstance(m, dict) else _Figures(m), tied[0]["id"], place, lang)
    else:
        names = _names(m)
        listed = join_names([names.get(r["id"], r["id"]) for r in tied], lang)
        sentence = _b("finding.key_tied", lang, place=place, pairs=best, listed=listed) + "."
    return Finding("key_actor", sentence, {"pairs_disconnected": best, "tied": len(tied)})


class _Figures:
    """Attribute access over a dict of figures, for the what-if sentence."""

    def __init__(self, figures: dict):
        self.__dict__.update(figures)


def ei_index(m, network: Network | None = None, lang: str = "sv"):
    """How many samverkan pairs cross huvudman and organisation borders, with the E-I indices.

    Examples
    --------
    >>> m = {"name": "K", "ei_groups": {"huvudman": {"index": None, "external": 0, "internal": 0},
    ...                                 "organisation": {"index": None, "external": 0, "internal": 0}}}
    >>> ei_index(m) is None
    True
    """
    from samnet.present.report.findings import Finding

    groups = _metric(m, "ei_groups")
    huvudman, organisation = groups["huvudman"], groups["organisation"]
    if huvudman["index"] is None:
        return None
    sentence = _b(
        "finding.ei",
        lang,
        place=_metric(m, "name"),
        external=huvudman["external"],
        ties=huvudman["external"] + huvudman["internal"],
        ei=decimal(huvudman["index"], lang, 2),
        external_org=organisation["external"],
        ei_org=decimal(organisation["index"], lang, 2),
    )
    return Finding("ei_index", sentence, {"external": huvudman["external"], "ei": huvudman["index"]})


#: The rules of this module, in the order the report lists their sentences.
BROKER_RULES = (sole_broker, key_actor, ei_index)
