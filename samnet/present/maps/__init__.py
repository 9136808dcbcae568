"""The interactive maps: layout, the data a page carries, and the self-contained HTML page.

Every public name is also here, e.g. ``from samnet.present.maps import render_map``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.present.maps.cache": ("map_texts", "remembered"),
    "samnet.present.maps.data": (
        "EDGE_COLOR",
        "FORUM_BORDER",
        "FORUM_EDGE_COLOR",
        "FORUM_FILL",
        "FORUM_PAIR_COLOR",
        "HIGHLIGHT_COLOR",
        "LAYOUTS",
        "LEVEL_COLOR",
        "LEVEL_WIDTH",
        "ONE_WAY_COLOR",
        "PERSON_COLOR",
        "SIZE_CHOICES",
        "TOP_LABELS",
        "actor_group",
        "actor_nodes",
        "forum_edges",
        "forum_nodes",
        "forum_pair_edges",
        "map_positions",
        "network_data",
        "node_boxes",
        "one_way_edges",
        "pair_edges",
        "top_actors",
    ),
    "samnet.present.maps.kommun_layout": (
        "GROUPED_MAX",
        "GROUPED_MIN",
        "grouped",
        "kommun_groups",
        "kommun_of_nodes",
        "kommun_positions",
    ),
    "samnet.present.maps.label_boxes": (
        "CHAR_WIDTH",
        "LABEL_GAP",
        "MARGIN",
        "SEPARATE_MAX",
        "node_box",
        "overlaps",
        "separate",
    ),
    "samnet.present.maps.layout": (
        "GOLDEN_ANGLE",
        "KK_MAX",
        "MIN_DISTANCE",
        "PIVOTS",
        "STRETCH",
        "UNIT",
        "component_positions",
        "large_layout",
        "one_blas_thread",
        "spread",
    ),
    "samnet.present.maps.page": ("render_map", "render_maps_page"),
    "samnet.present.maps.sector_layout": (
        "ASPECT",
        "CENTRE",
        "SECTOR_ORDER",
        "Slot",
        "forum_positions",
        "sector_positions",
    ),
    "samnet.present.maps.testimony": (
        "DISPUTED_COLOR",
        "GROUPS",
        "GROUP_DASHES",
        "STATUS_GROUP",
        "add_testimony",
        "with_testimony",
    ),
    "samnet.present.maps.ties": (
        "drawn_counts",
        "drawn_pairs",
        "forum_members",
        "forum_node_id",
        "forum_only_pairs",
        "tie_json",
    ),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
