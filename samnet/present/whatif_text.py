"""What a network loses without one actor, as one sentence: ``samnet analyze --utan`` and the key-actor finding.

The sentence reads one row of ``key_actors`` (:mod:`samnet.measure.key_actors`)
and the actors' names; it computes nothing.

Examples
--------
>>> from types import SimpleNamespace
>>> k = SimpleNamespace(components_before=1, centrality=[{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
...                     key_actors=[{"id": "b", "pairs_disconnected": 0, "components_after": 1, "isolated": ["a"]}])
>>> whatif_sentence(k, "b", "K")
'Utan B når alla andra aktörer i K varandra som förut; A blir helt utan samverkan.'
"""

from __future__ import annotations

from samnet.texts.catalogue import join, text

__all__ = ["whatif_sentence"]


def _b(key: str, lang: str, **fields) -> str:
    return text("broker." + key, lang, **fields)


def whatif_sentence(k, actor_id: str, place: str, lang: str = "sv") -> str:
    """What the network loses without one actor, as one sentence (``samnet analyze --utan``).

    Examples
    --------
    >>> class K:
    ...     components_before = 1
    ...     key_actors = [{"id": "a", "pairs_disconnected": 0, "components_after": 1, "isolated": []}]
    ...     centrality = [{"id": "a", "name": "A"}]
    >>> whatif_sentence(K(), "a", "K", "en")
    'Without A, all other actors in K reach each other as before.'
    >>> whatif_sentence(K(), "x", "K")
    'x finns inte i K.'
    """
    names = {r["id"]: r["name"] for r in k.centrality}
    row = next((r for r in k.key_actors if r["id"] == actor_id), None)
    if row is None:
        return _b("whatif.not_here", lang, name=names.get(actor_id, actor_id), place=place)
    name, pairs = names[actor_id], row["pairs_disconnected"]
    if not pairs:
        head = _b("whatif.none", lang, name=name, place=place)
    else:
        head = _b("whatif.pairs_one" if pairs == 1 else "whatif.pairs", lang, name=name, pairs=pairs, place=place)
    isolated = [names[i] for i in row["isolated"]]
    tail = _b("whatif.isolated", lang, listed=join(isolated, lang)) if isolated else ""
    # Losing an actor without samverkan removes a part; only a split is worth a clause.
    if row["components_after"] > k.components_before:
        tail += _b("whatif.parts", lang, before=k.components_before, after=row["components_after"])
    return f"{head}{tail}."
