"""The comparison's sentences on the E-I index and key actors of two kommuner.

Two rules, each written from the figures of both kommuner
(``comparison.brokers``, :func:`samnet.measure.comparison.compare_networks`):

``ei``
    fires when both kommuner have at least one samverkan pair (an E-I index
    across huvudmän); says which kommun's samverkan crosses huvudmän more
    often, or that it does so as often in both.
``key``
    always: the actor whose loss cuts most pairs of actors apart in each
    kommun, or "none" where no single actor does.

Examples
--------
>>> from samnet.measure.results import Comparison, ComparisonSide
>>> c = Comparison(ComparisonSide("a", "A", "A"), ComparisonSide("b", "B", "B"), brokers={
...     "a": {"ei_index": {"huvudman": 0.2}, "key_actor": {"name": "IFO", "pairs_disconnected": 38}},
...     "b": {"ei_index": {"huvudman": 0.5}, "key_actor": None}})
>>> for sentence in broker_sentences(c): print(sentence)
E-I-index över huvudmän: 0,20 i A och 0,50 i B (samverkan går oftare mellan huvudmän i B).
Den aktör vars bortfall skiljer flest aktörspar åt: IFO (38 par) i A, ingen (inget par tappar kontakten) i B.
"""

from __future__ import annotations

from samnet.measure.results import Comparison
from samnet.texts.catalogue import decimal, text

__all__ = ["broker_sentences"]


def _b(key: str, lang: str, **fields) -> str:
    return text("broker." + key, lang, **fields)


def _key(side: dict, lang: str) -> str:
    actor = side["key_actor"]
    if actor is None:
        return _b("compare.key_none", lang)
    return _b("compare.key_one", lang, name=actor["name"], pairs=actor["pairs_disconnected"])


def broker_sentences(comparison: Comparison, lang: str = "sv") -> list[str]:
    """The E-I sentence (when both kommuner have ties) and the key-actor sentence.

    Examples
    --------
    >>> from samnet.measure.results import Comparison, ComparisonSide
    >>> c = Comparison(ComparisonSide("a", "A", "A"), ComparisonSide("b", "B", "B"), brokers={
    ...     "a": {"ei_index": {"huvudman": None}, "key_actor": None},
    ...     "b": {"ei_index": {"huvudman": 0.5}, "key_actor": None}})
    >>> len(broker_sentences(c, "en"))
    1
    """
    brokers = comparison.brokers
    if not brokers:
        return []
    place_a, place_b = comparison.a.label, comparison.b.label
    a, b = brokers["a"], brokers["b"]
    out = []
    ei_a, ei_b = a["ei_index"]["huvudman"], b["ei_index"]["huvudman"]
    if ei_a is not None and ei_b is not None:
        more = (
            _b("compare.ei_same", lang)
            if ei_a == ei_b
            else _b("compare.ei_more", lang, place=place_a if ei_a > ei_b else place_b)
        )
        shown_a, shown_b = decimal(ei_a, lang, 2), decimal(ei_b, lang, 2)
        out.append(_b("compare.ei", lang, a=shown_a, b=shown_b, place_a=place_a, place_b=place_b, more=more))
    out.append(_b("compare.key", lang, a=_key(a, lang), b=_key(b, lang), place_a=place_a, place_b=place_b))
    return out
