"""samnet: turn mappings of samverkan into networks that can be measured, drawn and compared.

The package is a small core with a thin command-line shell on top:

- :mod:`samnet.loader` reads and validates ``actors.yaml`` and ``links.yaml``;
- :mod:`samnet.graph` builds the samverkan network of a kommun;
- :mod:`samnet.metrics` measures it;
- :mod:`samnet.compare` sets two kommuner side by side;
- :mod:`samnet.render` draws self-contained HTML maps;
- :mod:`samnet.report` formats results as tables, JSON, CSV and Markdown.

Importing :mod:`samnet` itself is cheap: heavy modules are imported by the
command that needs them.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
