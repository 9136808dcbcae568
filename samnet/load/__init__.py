"""Reading user files into a validated :class:`~samnet.core.model.Dataset` or norm.

YAML (:mod:`samnet.load.dataset`, :mod:`samnet.load.yaml_reader`, :mod:`samnet.load.fields`),
workbooks (:mod:`samnet.load.workbook`), finding the data (:mod:`samnet.load.source`) and norms
(:mod:`samnet.load.norm`). Every problem is collected with its position; nothing here measures.
"""
