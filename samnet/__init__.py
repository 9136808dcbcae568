"""samnet: turn mappings of samverkan into networks that can be measured, drawn and compared.

The package is a small core with a thin command-line shell on top:

- :mod:`samnet.loader` reads and validates ``actors.yaml`` and ``links.yaml``;
- :mod:`samnet.graph` builds the samverkan network of a kommun;
- :mod:`samnet.metrics` measures it (once per run);
- :mod:`samnet.compare` sets two kommuner side by side, as data;
- :mod:`samnet.report`, :mod:`samnet.compare_report` and :mod:`samnet.compare_words`
  present results as tables, JSON, CSV, Markdown and sentences, with the texts of
  :mod:`samnet.texts` and the table writers of :mod:`samnet.tables`;
- :mod:`samnet.render` and :mod:`samnet.compare_page` draw self-contained HTML pages;
- :mod:`samnet.pipeline` decides what each command writes and prints.

Importing :mod:`samnet` itself is cheap: heavy modules are imported by the
command that needs them.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
