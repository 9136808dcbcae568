"""The vocabulary of the field, the data model, the data format and the samverkan network of a kommun.

:mod:`~samnet.core.vocab` (types, levels, scopes, kinds), :mod:`~samnet.core.model` (actors,
links, forums, a dataset), :mod:`~samnet.core.format` (the data format's one field list),
:mod:`~samnet.core.norm` (an agreement's rules as data), :mod:`~samnet.core.network` (a
kommun's network) and :mod:`~samnet.core.suggest` (near-miss suggestions). Imports only
:mod:`samnet.errors` and :mod:`samnet.texts`. Every public name is also here, e.g.
``from samnet.core import Dataset, build_network``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.core.format": (
        "Column",
        "NESTED",
        "OWN_CHECKS",
        "REPORT_POINTERS",
        "SECTIONS",
        "SHEETS",
        "Sheet",
        "TESTIMONY_COLUMNS",
        "TESTIMONY_SHEETS",
        "optional_keys",
        "report_keys",
        "required_keys",
        "section_keys",
    ),
    "samnet.core.model": (
        "Actor",
        "Dataset",
        "Forum",
        "Informant",
        "Kommun",
        "KommunIndex",
        "Link",
        "Report",
        "Source",
        "Statement",
        "build_index",
        "scope_class",
    ),
    "samnet.core.network": (
        "Network",
        "build_lan",
        "build_network",
        "build_region",
        "chosen_kommuner",
        "kommun_networks",
        "lan_kommuner",
        "select_kommuner",
        "tie_pairs",
    ),
    "samnet.core.norm": ("EACH", "FORUM", "Norm", "Rule", "SELECTOR_KEYS", "Selector"),
    "samnet.core.roster": (
        "ANSWER_COLUMNS",
        "FORM_VERSION",
        "FORUM_COLUMNS",
        "MISSING_COLUMNS",
        "Roster",
        "kommun_roster",
        "kommun_rosters",
    ),
    "samnet.core.suggest": ("NameIndex", "Suggester", "fold", "id_suggestion"),
    "samnet.core.testimony": ("actor_levels", "endpoints", "level_used", "resolve_tie"),
    "samnet.core.vocab": (
        "AREAS",
        "ActorType",
        "BASES",
        "FUNCTIONS",
        "FUNCTION_OF",
        "Function",
        "GROUPS",
        "HUVUDMAN",
        "ID_PATTERN",
        "INFERRED",
        "KINDS",
        "LEVELS",
        "Level",
        "MANDATES",
        "ONE_WAY_KINDS",
        "SAMVERKAN",
        "SCOPES",
        "STATUSES",
        "TYPES",
        "TypeGroup",
        "area_name",
        "best_status",
        "function_name",
        "in_language",
        "kind_name",
        "type_name",
        "name_order",
    ),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
