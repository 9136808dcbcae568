"""The described-tie, forum, reach and organisation figures of one network, by their :class:`samnet.measure.results.NetworkMetrics` names.

One place that gathers what :mod:`samnet.measure.described`, :mod:`samnet.measure.forums`,
:mod:`samnet.measure.dependence`, :mod:`samnet.measure.reach` and
:mod:`samnet.measure.organisations` compute, so :func:`samnet.measure.metrics.analyze_network`
adds them with one call.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
...              (Link(0, "a", "b", "samverkan", 3, frozenset({"individ"}), True),),
...              (Forum("f", "F", ("a", "b", "c"), 1, frozenset({"struktur"})),))
>>> f = fair_figures(build_network(ds))
>>> f["described_ties"], f["direct_ties"], f["forum_only_ties"], f["levels"]
(2, 1, 2, {'1': 1, '2': 0, '3': 1, '4': 0})
>>> f["person_dependent_links"][0]["also_in_forums"]
['f']
"""

from __future__ import annotations

from samnet.core.network import Network
from samnet.measure.dependence import person_dependent_links
from samnet.measure.described import described_areas, described_profile, described_profiles, described_ties, tie_split
from samnet.measure.forums import forum_drivers, forum_figures
from samnet.measure.organisations import internal_external
from samnet.measure.reach import social_services_reach

__all__ = ["fair_figures", "FAIR_KEYS"]

#: The keys :func:`fair_figures` returns.
FAIR_KEYS = (
    "described_ties",
    "direct_ties",
    "forum_only_ties",
    "levels",
    "scopes",
    "areas",
    "profiles",
    "forum_drivers",
    "forum_figures",
    "person_dependent_links",
    "social_services_reach",
    "internal",
    "external",
)


def fair_figures(network: Network) -> dict:
    """Described-tie profiles, the direct/forum-only split, forum drivers and figures,
    person-dependent links, reach of social services and internal/external profiles.

    ``levels``, ``scopes`` and ``areas`` count described ties (each link
    once, each forum once); ``profiles`` are :func:`samnet.measure.described.described_profiles`.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> sorted(fair_figures(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))) == sorted(FAIR_KEYS)
    True
    """
    ties = described_ties(network)
    profile = described_profile(ties)
    split = tie_split(network)
    return {
        "described_ties": profile["ties"],
        "direct_ties": split["direct_ties"],
        "forum_only_ties": split["forum_only_ties"],
        "levels": profile["levels"],
        "scopes": profile["scopes"],
        "areas": described_areas(ties),
        "profiles": described_profiles(network),
        "forum_drivers": forum_drivers(network),
        "forum_figures": forum_figures(network),
        "person_dependent_links": person_dependent_links(network),
        "social_services_reach": social_services_reach(network),
        **internal_external(network),
    }
