"""Results in, what a person reads out: tables, JSON, CSV, sentences, pages, maps, the report.

Presenters read measured results and never measure again. :mod:`samnet.present.maps` draws
the interactive maps, :mod:`samnet.present.report` the written report (HTML and Word).
"""
