"""The legend of the network figure (:func:`samnet.present.figures.network_figure`), kept apart from the drawing.

Examples
--------
>>> from samnet.present.figures import _new_figure, _texts
>>> fig = _new_figure(16, 10)
>>> network_legend(fig, _texts("sv"), ["kommun"], "sv")
>>> len(fig.legends[0].get_texts())
10
"""

from __future__ import annotations

from samnet.core.vocab import GROUPS, LEVELS, in_language

__all__ = ["network_legend", "FONT_PT", "LEVEL_WIDTH_PT", "FORUM_DASH"]

_INCH = 2.54
#: Line width in points per trappa level; the map's 1, 2.5, 4.5 and 7 px scaled to print.
LEVEL_WIDTH_PT = {1: 0.5, 2: 1.1, 3: 1.9, 4: 3.0}
#: Text size of the figures' labels and legends, in points.
FONT_PT = 7.0
#: A forum's line to a member: dotted, since a thin grey solid line would read as a level-1 tie.
FORUM_DASH = (0, (1, 1.5))


def _map():
    """:mod:`samnet.present.maps.data`: the maps' colours, so that legend, figure and map agree."""
    from samnet.present.maps import data as map_data

    return map_data


def network_legend(fig, t: dict, groups: list[str], lang: str, *, bottom_cm: float = 0.0) -> None:
    """The network figure's legend under its plot: the actor groups present, forums, trappa levels and line kinds."""
    from matplotlib.lines import Line2D

    colors = _map()
    FORUM_BORDER, FORUM_EDGE_COLOR = colors.FORUM_BORDER, colors.FORUM_EDGE_COLOR
    ONE_WAY_COLOR, PERSON_COLOR = colors.ONE_WAY_COLOR, colors.PERSON_COLOR

    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=6,
            markerfacecolor=GROUPS[g].color,
            markeredgecolor="#FFFFFF",
            label=in_language((GROUPS[g].sv, GROUPS[g].en), lang),
        )
        for g in groups
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="D",
            linestyle="",
            markersize=5,
            markerfacecolor="#FFFFFF",
            markeredgecolor=FORUM_BORDER,
            label=t["forum"],
        )
    )
    for n in sorted(LEVELS):
        name = in_language((LEVELS[n].sv, LEVELS[n].en), lang)
        handles.append(
            Line2D(
                [],
                [],
                color=_map().LEVEL_COLOR[n],
                linewidth=LEVEL_WIDTH_PT[n],
                label=t["level"].format(n=n, name=name),
            )
        )
    handles += [
        Line2D(
            [],
            [],
            color=_map().LEVEL_COLOR[2],
            linewidth=LEVEL_WIDTH_PT[2],
            linestyle=(0, (3, 2)),
            label=t["individ_line"],
        ),
        Line2D([], [], color=ONE_WAY_COLOR, linewidth=0.8, marker=">", markersize=4, markevery=[1], label=t["one_way"]),
        Line2D([], [], color=PERSON_COLOR, linewidth=1.1, label=t["person"]),
        Line2D([], [], color=FORUM_EDGE_COLOR, linewidth=0.6, linestyle=FORUM_DASH, label=t["forum_line"]),
    ]
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=3,
        fontsize=FONT_PT,
        frameon=False,
        bbox_to_anchor=(0.5, 0.005 + bottom_cm / _INCH / fig.get_figheight()),
        handlelength=2.4,
        columnspacing=1.5,
    )
