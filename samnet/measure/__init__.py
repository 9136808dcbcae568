"""Networks in, typed results out: numbers only, no words and no language.

Centrality and the trappa profile (:mod:`samnet.measure.metrics`), forum weighting, reach,
person-dependence, organisations, the comparison of two kommuner and the norm check. Each
figure is measured once per run; presenters read the results.
"""
