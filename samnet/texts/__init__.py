"""The ground floor: every sentence, label and message samnet writes, in Swedish and English.

:mod:`~samnet.texts.catalogue` holds the lookup functions (re-exported here: ``from samnet.texts
import text``); the other modules are data only, one per part of samnet, each registered
under the prefix of its keys the first time one of its texts is asked for. Nothing here
imports any other part of samnet.
"""

from __future__ import annotations

# Imported directly, not on first use as the layers above do: every way into samnet loads the
# catalogue anyway (errors.py needs it), and it loads no texts until one is asked for.
from samnet.texts.catalogue import *  # noqa: F403 - the catalogue's public names are the package's
from samnet.texts.catalogue import __all__

#: The module that defines each public name.
_WHERE = dict.fromkeys(__all__, "samnet.texts.catalogue")
