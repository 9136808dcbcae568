"""The map pages' own texts, Swedish and English, looked up as ``text(key, lang)``.

A render-local catalogue in the shape of the project's text catalogue
(``text(key, lang)``), so that the two can be merged into one without
touching the callers. Texts from the data never come from here.

Examples
--------
>>> text("legend", "sv"), text("legend", "en")
('Teckenförklaring', 'Legend')
"""

from __future__ import annotations

from samnet.errors import UsageError

__all__ = ["LANGS", "check_lang", "text", "texts"]

#: Languages of the page's own texts.
LANGS = ("sv", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Samverkanskarta",
        "all": "Alla kommuner",
        "filters": "Filter",
        "levels": "Nivå i samverkanstrappan",
        "scopes": "Individ- eller strukturnivå",
        "areas": "Område",
        "show": "Visa",
        "one_way": "Envägslänkar (orosanmälan m.m.)",
        "forums": "Forum",
        "pd_only": "Endast personbundna band",
        "size_by": "Nodstorlek efter",
        "search": "Sök aktör",
        "search_go": "Visa",
        "search_placeholder": "Skriv ett namn …",
        "no_match": "Ingen träff",
        "fit": "Visa hela kartan",
        "legend": "Teckenförklaring",
        "node_colors": "Aktörstyp (färg)",
        "node_marks": "Markeringar",
        "edges": "Linjer",
        "forum_node": "Forum: alla medlemmar samverkar",
        "one_way_only": "Nås bara via envägslänkar",
        "person_only": "Isoleras utan personbundna band",
        "level_width": "Linjens bredd = nivå",
        "struktur_line": "Strukturnivå (heldragen)",
        "individ_line": "Endast individnivå (streckad)",
        "one_way_line": "Envägslänk (pil): inte samverkan",
        "person_line": "Personbundet band",
        "forum_line": "Medlem i forum",
        "highlight_line": "Skiljer kommunerna åt",
        "size_note": "Stor nod = central (se Nodstorlek efter)",
        "size_strength": "styrka (summa av nivåer)",
        "size_degree": "antal samverkanspartner",
        "size_betweenness": "mellanliggande (brobyggare)",
        "size_eigenvector": "egenvektor (band till centrala)",
        "actors": "aktörer",
        "ties": "samverkansband",
        "one_way_links": "envägslänkar",
        "forum_count": "forum",
        "pd_ties": "personbundna band",
        "visible": "Visar {v} av {n} linjer",
        "central": "Mest centrala",
        "reached_one_way": "Nås bara via envägslänkar",
        "hangs": "Hänger på en person",
        "hangs_count": "{n} personbundna band",
        "none": "inga",
        "more": "och {n} till",
        "type": "Typ",
        "group": "Grupp",
        "huvudman": "Huvudman",
        "kommun": "Kommun",
        "several": "flera kommuner",
        "ref": "Källa",
        "note": "Anteckning",
        "metrics": "Mått",
        "degree": "Antal partner",
        "strength": "Styrka",
        "betweenness": "Mellanliggande",
        "eigenvector": "Egenvektor",
        "tie_list": "Band",
        "level": "nivå",
        "members": "medlemmar",
        "person_dependent": "personbundet",
        "close": "Stäng",
        "forum": "Forum",
        "map_of": "Karta",
        "wait": "Kartan ritas …",
        "no_js": "Kartan behöver JavaScript.",
        "cmp_figures": "Nyckeltal",
        "cmp_trappa": "Samverkanstrappan (band per nivå)",
        "cmp_differences": "Skillnader",
        "cmp_hint": "Klicka på en skillnad: kartorna lyfter fram de aktörer och band den gäller.",
        "cmp_clear": "Visa allt igen",
        "cmp_none": "Inga skillnader.",
        "cmp_more": "Fler skillnader ({n})",
        "cmp_same_places": "Samma plats i båda kartorna betyder samma slags aktör.",
        "fig_actors": "Aktörer",
        "fig_ties": "Samverkansband",
        "fig_one_way": "Envägslänkar",
        "fig_forums": "Forum",
        "fig_pd": "Personbundna band",
        "fig_structural": "Andel band på strukturnivå",
        "fig_high": "Andel band på nivå 3–4",
    },
    "en": {
        "title": "Collaboration map",
        "all": "All municipalities",
        "filters": "Filters",
        "levels": "Level on the collaboration staircase",
        "scopes": "Individual or structural level",
        "areas": "Area",
        "show": "Show",
        "one_way": "One-way links (reports of concern etc.)",
        "forums": "Forums",
        "pd_only": "Person-dependent ties only",
        "size_by": "Node size by",
        "search": "Find actor",
        "search_go": "Show",
        "search_placeholder": "Type a name …",
        "no_match": "No match",
        "fit": "Show whole map",
        "legend": "Legend",
        "node_colors": "Actor type (colour)",
        "node_marks": "Marks",
        "edges": "Lines",
        "forum_node": "Forum: all members collaborate",
        "one_way_only": "Reached only by one-way links",
        "person_only": "Isolated without person-dependent ties",
        "level_width": "Line width = level",
        "struktur_line": "Structural level (solid)",
        "individ_line": "Individual level only (dashed)",
        "one_way_line": "One-way link (arrow): not collaboration",
        "person_line": "Person-dependent tie",
        "forum_line": "Member of a forum",
        "highlight_line": "Differs between the municipalities",
        "size_note": "Large node = central (see Node size by)",
        "size_strength": "strength (sum of levels)",
        "size_degree": "number of partners",
        "size_betweenness": "betweenness (bridging)",
        "size_eigenvector": "eigenvector (ties to central actors)",
        "actors": "actors",
        "ties": "collaboration ties",
        "one_way_links": "one-way links",
        "forum_count": "forums",
        "pd_ties": "person-dependent ties",
        "visible": "Showing {v} of {n} lines",
        "central": "Most central",
        "reached_one_way": "Reached only by one-way links",
        "hangs": "Hangs on one person",
        "hangs_count": "{n} person-dependent ties",
        "none": "none",
        "more": "and {n} more",
        "type": "Type",
        "group": "Group",
        "huvudman": "Run by",
        "kommun": "Municipality",
        "several": "several municipalities",
        "ref": "Source",
        "note": "Note",
        "metrics": "Metrics",
        "degree": "Partners",
        "strength": "Strength",
        "betweenness": "Betweenness",
        "eigenvector": "Eigenvector",
        "tie_list": "Ties",
        "level": "level",
        "members": "members",
        "person_dependent": "person-dependent",
        "close": "Close",
        "forum": "Forum",
        "map_of": "Map",
        "wait": "Drawing the map …",
        "no_js": "The map needs JavaScript.",
        "cmp_figures": "Key figures",
        "cmp_trappa": "Collaboration staircase (ties per level)",
        "cmp_differences": "Differences",
        "cmp_hint": "Click a difference: the maps bring out the actors and ties it is about.",
        "cmp_clear": "Show everything again",
        "cmp_none": "No differences.",
        "cmp_more": "More differences ({n})",
        "cmp_same_places": "The same place in both maps means the same kind of actor.",
        "fig_actors": "Actors",
        "fig_ties": "Collaboration ties",
        "fig_one_way": "One-way links",
        "fig_forums": "Forums",
        "fig_pd": "Person-dependent ties",
        "fig_structural": "Share of ties at structural level",
        "fig_high": "Share of ties at level 3–4",
    },
}


def check_lang(lang: str) -> None:
    """Raise :class:`UsageError` for a language the catalogue does not have.

    Examples
    --------
    >>> check_lang("sv")
    >>> check_lang("de")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: unknown language "de"; choose one of: sv, en
    """
    if lang not in LANGS:
        raise UsageError(f'unknown language "{lang}"; choose one of: {", ".join(LANGS)}')


def text(key: str, lang: str) -> str:
    """The text ``key`` in ``lang`` (``"sv"`` or ``"en"``).

    Examples
    --------
    >>> text("fit", "en")
    'Show whole map'
    """
    check_lang(lang)
    return _TEXTS[lang][key]


def texts(lang: str) -> dict[str, str]:
    """Every text in ``lang``, as a new dict (the page's script reads them by key).

    Examples
    --------
    >>> texts("sv")["title"]
    'Samverkanskarta'
    """
    check_lang(lang)
    return dict(_TEXTS[lang])
