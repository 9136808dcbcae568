"""Writing files: the atomic commit of a run's outputs, YAML and workbook writers, convert, init.

:mod:`samnet.write.commit` stages every file of a run and swaps them in at once, so a run's
outputs are one commit; the user's own files are never replaced without ``--force``.
"""
