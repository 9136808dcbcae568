"""Networks in, typed results out: numbers only, no words and no language.

Centrality and the trappa profile (:mod:`~samnet.measure.metrics`), forum weighting, reach,
person-dependence, organisations, the comparison of two kommuner and the norm check. The
results are the types of :mod:`~samnet.measure.results` (one run's :class:`Analysis`); each
figure is measured once per run and presenters read the results. Every public name is also
here, e.g. ``from samnet.measure import analyze_network``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.measure.check": ("check_network", "check_networks"),
    "samnet.measure.comparison": ("WEIGHTS", "compare_networks"),
    "samnet.measure.comparison_figures": (
        "FINDING_WEIGHTS",
        "MIN_EVIDENCE",
        "MIN_MAGNITUDE",
        "SCHOOL_FUNCTIONS",
        "compare_findings",
        "side_figures",
    ),
    "samnet.measure.dependence": ("person_dependent_links",),
    "samnet.measure.described": (
        "EMPTY_PROFILE",
        "described_areas",
        "described_profile",
        "described_profiles",
        "tie_members",
        "tie_split",
    ),
    "samnet.measure.eigenvector": ("ConvergenceError", "eigenvector_centrality"),
    "samnet.measure.forum_figures": ("FAIR_KEYS", "fair_figures"),
    "samnet.measure.forums": ("DOMINANCE_SHARE", "dominant_forum", "forum_drivers"),
    "samnet.measure.metrics": (
        "BETWEENNESS_SAMPLE",
        "EXACT_BETWEENNESS_LIMIT",
        "analyze",
        "analyze_network",
        "centrality",
        "centrality_rows",
        "level_profile",
        "one_way_figures",
        "person_dependence",
        "person_dependent_loss",
    ),
    "samnet.measure.organisations": ("internal_external", "organisation_of"),
    "samnet.measure.reach": ("reach_counts", "social_services_reach"),
    "samnet.measure.results": (
        "Analysis",
        "CENTRALITY_FIELDS",
        "CheckReport",
        "Comparison",
        "ComparisonSide",
        "GAP_STATUSES",
        "KommunCheck",
        "NetworkMetrics",
        "RuleResult",
        "STATUSES",
        "SUMMARY_KEYS",
        "TIERS",
        "TOP",
    ),
    "samnet.measure.mandate": ("mandate_figures",),
    "samnet.measure.testimony": (
        "HIGH_LEVEL",
        "WEAK_STATUSES",
        "disagreement",
        "finding_support",
        "not_interviewed",
        "role_disagreements",
        "tie_key",
        "tie_status",
    ),
    "samnet.measure.weighting": ("fair_centrality", "fair_eigenvector", "fair_graph", "fair_strength"),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
