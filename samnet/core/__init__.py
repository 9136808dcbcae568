"""The vocabulary of the field, the data model and the samverkan network of a kommun.

:mod:`samnet.core.vocab` (types, levels, scopes, kinds), :mod:`samnet.core.model` (actors,
links, forums, a dataset), :mod:`samnet.core.network` (a kommun's network) and
:mod:`samnet.core.suggest` (near-miss suggestions). Imports only :mod:`samnet.errors` and
:mod:`samnet.texts`.
"""
