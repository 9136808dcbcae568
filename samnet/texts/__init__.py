"""The ground floor: every sentence, label and message samnet writes, in Swedish and English.

:mod:`samnet.texts.catalogue` holds the lookup functions; the other modules are data only,
one per part of samnet (``check``, ``document``, ``figures``, ``findings``, ``io``, ``loader``,
``map``, ``norm``, ``report``). Nothing here imports any other part of samnet.
"""
