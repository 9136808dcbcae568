"""samnet: turn mappings of samverkan into networks that can be measured, drawn and compared.

The package is a small core with a thin command-line shell on top:

- :mod:`samnet.load.dataset` reads and validates ``actors.yaml`` and ``links.yaml``;
- :mod:`samnet.core.network` builds the samverkan network of a kommun;
- :mod:`samnet.measure.metrics` measures it (once per run);
- :mod:`samnet.measure.comparison` sets two kommuner side by side, as data;
- :mod:`samnet.present.analysis_text`, :mod:`samnet.present.compare_report` and :mod:`samnet.present.compare_words`
  present results as tables, JSON, CSV, Markdown and sentences, with the texts of
  :mod:`samnet.texts.catalogue` and the table writers of :mod:`samnet.present.tables`;
- :mod:`samnet.present.maps.page` and :mod:`samnet.present.compare_page` draw self-contained HTML pages;
- :mod:`samnet.runs` decides what each command writes and prints.

Importing :mod:`samnet` itself is cheap: heavy modules are imported by the
command that needs them.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
