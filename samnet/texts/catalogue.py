"""Every Swedish and English sentence part samnet writes, and the formatters of numbers in them.

One catalogue, one language check, one decimal and one percent formatter.
The vocabularies of the data format (actor types, kinds, levels, areas,
scopes) stay in :mod:`samnet.core.vocab`; this module holds the words around them.

The API
-------
``CATALOGUE``
    ``{key: (swedish, english)}``. Keys are dotted by where the text is used:
    plain keys (``"actors"``, ``"density"``) are the headings of the analysis
    report, which other outputs reuse so that one figure reads the same
    everywhere; ``compare.*`` the comparison's headings, ``compare.sentence.*``
    one template per kind of difference (keyed like
    :data:`samnet.measure.comparison.WEIGHTS`), ``noun.*`` countable nouns written
    ``"singular|plural"``, ``cli.*`` the command line's own lines; ``map.*`` is
    the map pages' (:mod:`samnet.texts.map`). Other modules' texts live in small
    data modules that this one registers at import, so every text is here
    however samnet is entered: :mod:`samnet.texts.loader` (``loader.*``, the
    loader's problem messages keyed by problem code, ``loader.word.*``,
    ``problems.*`` the lines under a list of problems),
    :mod:`samnet.texts.norm` (``norm.*`` the norm loader's messages,
    ``check.*`` the check's words), :mod:`samnet.texts.check` (``check.text.*``,
    the check's sentences and tables), :mod:`samnet.texts.io` (``output.*``,
    ``workbook.*``, ``data.*``: writing files, reading a workbook, finding the
    data), :mod:`samnet.texts.findings` (``findings.*``, the comparison by
    function), :mod:`samnet.texts.figures` (``figure.*``, the figures' legends),
    :mod:`samnet.texts.report` (``report.*``, ``fair.*``, ``docs.*``),
    :mod:`samnet.texts.document` (``document.*``, report.html/docx)
    and :mod:`samnet.texts.testimony` (``testimony.*``, who said so).
    Templates use :meth:`str.format` fields, filled from figures only.
:func:`text`
    ``text(key, lang, **fields)``: the text in one language, fields filled in.
:func:`texts`
    ``texts("map.", lang)``: every entry under a prefix as a plain dict (prefix
    removed), e.g. for the strings a page's script needs.
:func:`pick`
    ``pick((swedish, english), lang)``: one half of a pair, e.g. a vocabulary name.
:data:`LANGS`, :func:`language_index`
    The languages samnet writes; a command checks its ``--lang`` with :func:`samnet.errors.check_lang`.
:func:`decimal`, :func:`percent`, :func:`count`, :func:`join`
    Numbers and lists as the reader writes them (decimal comma and "25 %" in Swedish).

Moving another module's texts in
--------------------------------
A table shaped ``{"sv": {key: text}, "en": {key: text}}`` (such as the map's)
moves in with :func:`add` under its own prefix, e.g.
``add("map.", {"sv": {...}, "en": {...}})``; it is
then read with ``text("map.title", lang)`` or ``texts("map.", lang)``. Both
languages must have the same keys. A bigger module's texts go to a data module
``texts_<name>.py`` (plain data, importing nothing of samnet) with a ``TABLES``
mapping ``{prefix: table}``, each table in either shape above or
``{key: (swedish, english)}``; add it to the list at the end of this module.
A module never tests ``lang == "en"`` itself: it reads :func:`text`,
:func:`texts` or (for a vocabulary entry's two names) :func:`pick`; a test
(tests/test_texts.py) finds any module that does.

Examples
--------
>>> text("actors"), text("actors", "en")
('Aktörer', 'Actors')
>>> text("compare.title", "en", a="Ljusdal", b="Sandviken")
'Comparison: Ljusdal and Sandviken'
>>> percent(0.25, "sv"), percent(0.25, "en"), count(2, "noun.actor", "sv")
('25 %', '25%', '2 aktörer')
"""

from __future__ import annotations

__all__ = [
    "CATALOGUE",
    "LANGS",
    "add",
    "count",
    "decimal",
    "join",
    "language_index",
    "percent",
    "pick",
    "text",
    "texts",
]

#: The languages samnet writes.
LANGS = ("sv", "en")

_REPORT: dict[str, tuple[str, str]] = {
    "actors": ("Aktörer", "Actors"),
    "samverkan_ties": ("Samverkansband (aktörspar)", "Samverkan ties (actor pairs)"),
    "one_way_links": ("Envägslänkar", "One-way links"),
    "forums": ("Forum", "Forums"),
    "person_dependent_ties": ("Personbundna par", "Person-dependent pairs"),
    "density": ("Täthet", "Density"),
    "levels": ("Samverkanstrappan (beskrivna band per nivå)", "Samverkanstrappan (described ties per level)"),
    "scopes": ("Nivå: individ eller struktur", "Scope: individual or structural"),
    "areas": ("Områden (beskrivna band)", "Areas (described ties)"),
    "by_type": ("Profil per aktörstyp", "Profile per actor type"),
    "by_huvudman": ("Profil per huvudman", "Profile per huvudman"),
    "central": ("Centrala aktörer", "Central actors"),
    "one_way": ("Envägslänkar (räknas inte som samverkan)", "One-way links (not counted as samverkan)"),
    "one_way_only": ("Aktörer med bara envägslänkar", "Actors whose every tie is one-way"),
    "social_only": (
        "Når socialtjänsten bara genom orosanmälan eller annan envägslänk",
        "Reach social services only by a report of concern or another one-way link",
    ),
    "person_dependent": (
        "Personbundna par (alla parets band personbundna)",
        "Person-dependent pairs (every tie of the pair person-dependent)",
    ),
    "loss": ("Utan de personbundna banden", "Without the person-dependent ties"),
    "isolated": ("blir isolerade", "left isolated"),
    "components": ("sammanhängande delar", "connected components"),
    "pairs_lost": ("aktörspar kan inte längre nå varandra", "pairs of actors can no longer reach each other"),
    "none": ("inga", "none"),
    "type": ("typ", "type"),
    "huvudman": ("huvudman", "huvudman"),
    "actor": ("aktör", "actor"),
    "ties": ("band", "ties"),
    "individ": ("individ", "individual"),
    "struktur": ("struktur", "structural"),
    "both": ("båda", "both"),
    "degree": ("grad", "degree"),
    "strength": ("styrka", "strength"),
    "betweenness": ("mellanhet", "betweenness"),
    "eigenvector": ("egenvektor", "eigenvector"),
    "kind": ("slag", "kind"),
    "from": ("från", "from"),
    "to": ("till", "to"),
    "links": ("länkar", "links"),
    "level": ("nivå", "level"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "all_kommuner": ("Alla kommuner", "All municipalities"),
    "lan_title": ("{lan} ({kommuner})", "{lan} ({kommuner})"),
    "report_title": (
        "Samverkan kring våld i nära relationer: nätverksanalys",
        "Samverkan against violence in close relationships: network analysis",
    ),
    "report_intro": (
        "Rapporten är skapad av samnet från kartläggningen i {source}. Samverkanstrappan och "
        "profilerna räknar beskrivna band: varje länk en gång och varje forum en gång, så ett forum med "
        "tolv medlemmar är en samverkan, inte 66 band. Samverkansband räknas per aktörspar (högsta "
        "nivån när flera band förenar paret). Orosanmälningar, polisanmälningar, hänvisningar och "
        "information är enkelriktade och räknas inte som samverkan.",
        "This report was made by samnet from the mapping in {source}. Samverkanstrappan and the "
        "profiles count described ties: each link once and each forum once, so a forum of twelve is "
        "one samverkan, not 66 ties. Samverkan ties are counted per pair of actors (the highest level "
        "where several ties join the pair). Reports of concern, police reports, referrals and "
        "information are one-way and are not counted as samverkan.",
    ),
    "more_rows": ("… och {n} till (hela listan i metrics.csv)", "… and {n} more (the full list is in metrics.csv)"),
    "also_samverkan": ("paret har också samverkan", "the pair also has samverkan"),
    "one_way_alone": ("Envägslänkar där paret saknar samverkan", "One-way links where the pair has no samverkan"),
    "flows": ("Envägslänkar per aktörstyp", "One-way flows by actor type"),
    "ranked_by": (
        "rangordnade efter styrka: summan av nivåerna, varje forum en gång",
        "ranked by strength: the sum of levels, each forum once",
    ),
}

_COMPARE: dict[str, tuple[str, str]] = {
    "compare.title": ("Jämförelse: {a} och {b}", "Comparison: {a} and {b}"),
    "compare.differences": ("Största skillnader", "Largest differences"),
    "compare.no_differences": ("Inga skillnader.", "No differences."),
    "compare.more_differences": ("Övriga skillnader", "Other differences"),
    "compare.more_in_markdown": (
        "… och {n} skillnader till (alla finns i --format markdown).",
        "… and {n} more differences (all of them in --format markdown).",
    ),
    "compare.figures": ("Nyckeltal", "Key figures"),
    "compare.scopes": ("Individ eller struktur (band)", "Individual or structural (ties)"),
    "compare.types": ("Aktörstyper", "Actor types"),
    "compare.types_only": ("Bara i {x}", "Only in {x}"),
    "compare.types_both": ("I båda", "In both"),
    "compare.pairs": ("Typpar som skiljer sig", "Type pairs that differ"),
    "compare.pair": ("Typpar", "Type pair"),
    "compare.one_way_share": ("Andel envägslänkar per aktörstyp", "Share of one-way links per actor type"),
    "compare.type": ("Aktörstyp", "Actor type"),
    "compare.no_tie": ("inget band", "no tie"),
    "compare.missing_type": ("typen saknas", "type absent"),
    "compare.structural_share": ("Andel beskrivna band på strukturnivå", "Share of described ties at structural level"),
    "compare.high_level_share": ("Andel beskrivna band på nivå 3–4", "Share of described ties at level 3–4"),
    "compare.person_dependent_share": ("Andel personbundna par", "Share of person-dependent pairs"),
    "compare.one_way_share_total": ("Andel envägslänkar av alla band", "Share of one-way links among all ties"),
    "compare.level_name": ("Nivå {n} ({name})", "Level {n} ({name})"),
    "compare.intro": (
        "Kommunerna jämförs per funktion (IFO och socialtjänst är båda socialtjänst), inte per aktör. "
        "Band räknas som de beskrivs: varje länk en gång, varje forum en gång. Envägslänkar "
        "(orosanmälan, polisanmälan, hänvisning, information) räknas inte som samverkan. Varje "
        "skillnad visar siffrorna för båda kommunerna; de väsentligaste står först.",
        "The kommuner are compared by function (IFO and socialtjänst are both social services), not by "
        "actor. Ties are counted as described: each link once, each forum once. One-way links (report "
        "of concern, police report, referral, information) are not counted as samverkan. Every "
        "difference shows the figures of both kommuner; the most substantive come first.",
    ),
    "compare.mapped": ("Kartlagda aktörer", "Mapped actors"),
    "compare.mapped_intro": (
        "Funktioner som bara finns i den ena kartläggningen. Det är en skillnad i vad som kartlades, "
        "inte nödvändigtvis i hur kommunerna arbetar.",
        "Functions found in one mapping only. This is a difference in what was mapped, not "
        "necessarily in how the kommuner work.",
    ),
    "compare.described_ties": ("Beskrivna band (länkar + forum)", "Described ties (links + forums)"),
    "compare.forum_only_ties": ("Par som bara möts i forum", "Pairs that meet only in forums"),
    "compare.person_dependent_links": ("Personbundna länkar", "Person-dependent links"),
    # Parts of sentences and table cells.
    "compare.level_phrase": ("samverkan på nivå {level} ({detail})", "samverkan at level {level} ({detail})"),
    "compare.both_scopes": ("individ- och strukturnivå", "individual and structural level"),
    "compare.top_level_phrase": (
        "samverkan högst på nivå {level} ({detail})",
        "samverkan at level {level} at most ({detail})",
    ),
    # How many of a type pair's ties are person-dependent: one tie, all of several, some of several.
    "compare.person_dependent_one": (", personbundet", ", person-dependent"),
    "compare.person_dependent_all": (", alla personbundna", ", all person-dependent"),
    "compare.person_dependent_some": (", varav {n} personbundna", ", {n} of them person-dependent"),
    "compare.person_dependent_some_one": (", varav 1 personbundet", ", 1 of them person-dependent"),
    "compare.share.structural_share": ("samverkansband på strukturnivå", "samverkan ties at structural level"),
    "compare.share.person_dependent_share": ("personbundna samverkansband", "person-dependent samverkan ties"),
    "compare.share.one_way_share": ("envägslänkar bland alla band", "one-way links among all ties"),
    "compare.tail.one_way": ("i {y} bara envägslänkar ({kinds})", "only one-way links in {y} ({kinds})"),
    "compare.tail.nothing": ("ingen i {y}", "none in {y}"),
}

# One template per kind of difference; the keys after the prefix are those of compare.WEIGHTS.
_SENTENCES: dict[str, tuple[str, str]] = {
    "area_only": (
        "{x} har samverkan kring {area} ({ties}), {y} har inga.",
        "{x} has samverkan on {area} ({ties}); {y} has none.",
    ),
    "areas_unrecorded": (
        "{x} har inga band märkta med område, så täckningen av områden kan inte jämföras.",
        "{x} has no tie tagged with an area, so coverage of areas cannot be compared.",
    ),
    "type_only": ("{what} finns bara i {x} ({parts}).", "{what} is present only in {x} ({parts})."),
    "type_no_samverkan": (
        "{what} har samverkan i {x} ({ties}) men {tail}.",
        "{what} has samverkan in {x} ({ties}) but {tail}.",
    ),
    "type_structural": (
        "{what} deltar i strukturell samverkan i {x} ({ties}) men inte i {y}.",
        "{what} takes part in structural samverkan in {x} ({ties}) but not in {y}.",
    ),
    "type_forum": (
        "{what} sitter med i samverkansgrupper (forum) i {x} ({forums}) men inte i {y}.",
        "{what} sits in collaboration groups (forums) in {x} ({forums}) but not in {y}.",
    ),
    "type_structural_share": (
        "För {what} är {pa} av samverkansbanden på strukturnivå i {a}, mot {pb} i {b}.",
        "For {what}, {pa} of samverkan ties are at structural level in {a}, against {pb} in {b}.",
    ),
    "type_one_way_share": (
        "För {what} är {pa} av banden envägslänkar i {a}, mot {pb} i {b}.",
        "For {what}, {pa} of ties are one-way links in {a}, against {pb} in {b}.",
    ),
    "area_share": (
        "Samverkan kring {area}: {ta} ({pa} av alla) i {a}, {tb} ({pb}) i {b}.",
        "Samverkan on {area}: {ta} ({pa} of all) in {a}, {tb} ({pb}) in {b}.",
    ),
    "level_profile": (
        "Samverkanstrappan: flest band ligger på nivå {modal_a} i {a} och på nivå {modal_b} i {b}; "
        "nivå 1–4 har {profile_a} av banden i {a}, {profile_b} i {b}.",
        "Samverkanstrappan: most ties are at level {modal_a} in {a} and at level {modal_b} in {b}; "
        "levels 1–4 hold {profile_a} of the ties in {a}, {profile_b} in {b}.",
    ),
    "structural_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "person_dependent_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "one_way_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "density": ("Nätverkets täthet är {va} i {a} och {vb} i {b}.", "Network density is {va} in {a} and {vb} in {b}."),
    "actors": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "samverkan_ties": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "one_way_links": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "forums": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "person_dependent_ties": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "pair_samverkan_vs_one_way": (
        "{pair}: {level} i {x}; i {y} bara {kinds}.",
        "{pair}: {level} in {x}; in {y} only {kinds}.",
    ),
    "pair_only": ("{pair}: {level} i {x}; inget band alls i {y}.", "{pair}: {level} in {x}; no tie at all in {y}."),
    "pair_one_way_only": (
        "{pair}: bara {kinds} i {x}; inget band alls i {y}.",
        "{pair}: only {kinds} in {x}; no tie at all in {y}.",
    ),
    "pair_level": (
        "{pair}: högsta nivå {la} ({na}) i {a}, {lb} ({nb}) i {b}.",
        "{pair}: highest level {la} ({na}) in {a}, {lb} ({nb}) in {b}.",
    ),
    "pair_scope": (
        "{pair}: samverkan på {sa} i {a}, på {sb} i {b}.",
        "{pair}: samverkan at {sa} in {a}, at {sb} in {b}.",
    ),
    "pair_person_dependent": (
        "{pair}: samverkan är personbunden i {x} men inte i {y}.",
        "{pair}: samverkan is person-dependent in {x} but not in {y}.",
    ),
    "pair_one_way_kinds": (
        "{pair}: envägslänkar i {a}: {fa}; i {b}: {fb}.",
        "{pair}: one-way links in {a}: {fa}; in {b}: {fb}.",
    ),
}

_NOUNS: dict[str, tuple[str, str]] = {
    "noun.actor": ("aktör|aktörer", "actor|actors"),
    "noun.kommun": ("kommun|kommuner", "municipality|municipalities"),
    "noun.link": ("länk|länkar", "link|links"),
    "noun.tie": ("band|band", "tie|ties"),
    "noun.one_way_link": ("envägslänk|envägslänkar", "one-way link|one-way links"),
    "noun.forum": ("forum|forum", "forum|forums"),
    "noun.samverkan_tie": ("samverkansband|samverkansband", "samverkan tie|samverkan ties"),
    "noun.person_dependent_tie": (
        "personbundet samverkansband|personbundna samverkansband",
        "person-dependent samverkan tie|person-dependent samverkan ties",
    ),
    "word.and": ("och", "and"),
    # Språkrådet writes a space before the per cent sign; English does not.
    "unit.percent": ("{value} %", "{value}%"),
}

_CLI: dict[str, tuple[str, str]] = {
    "cli.usage_error": ("Fel i kommandot", "Usage error"),
    "cli.wrote": ("skrev {path}", "wrote {path}"),
    "cli.wrote_many": (
        "skrev {files} filer i {folders} mappar under {root}",
        "wrote {files} files in {folders} folders under {root}",
    ),
    "cli.next": ("nästa steg: {hint}", "next: {hint}"),
    "cli.drawing_maps": ("ritar kartor …", "drawing maps …"),
    "cli.writing_report": ("skriver report.html och report.docx …", "writing report.html and report.docx …"),
    "cli.interrupted": ("avbruten", "aborted"),
    "cli.validate_ok": (
        "OK: {data} innehåller {kommuner}, {actors}, {links} och {forums}; inga problem hittades",
        "OK: {data} holds {kommuner}, {actors}, {links} and {forums}; no problems found",
    ),
}

_CHECK: dict[str, tuple[str, str]] = {
    "check.via_forums": ("; paren möts också i forum: {forums}", "; the pairs also meet in forums: {forums}"),
    "check.via_forums_only": (
        "; {n} av paren når det bara genom forum: {forums}",
        "; {n} of the pairs reach it only through forums: {forums}",
    ),
}

#: Every text, ``{key: (swedish, english)}``; see the module docstring for the keys.
CATALOGUE: dict[str, tuple[str, str]] = {
    **_REPORT,
    **_COMPARE,
    **{f"compare.sentence.{key}": pair for key, pair in _SENTENCES.items()},
    **_NOUNS,
    **_CLI,
    **_CHECK,
}


def language_index(lang: str) -> int:
    """The position of ``lang`` in :data:`LANGS` (0 Swedish, 1 English).

    A command's ``--lang`` is checked by :func:`samnet.errors.check_lang` before any text is
    fetched; an unknown language here is a programming error.

    Raises
    ------
    ValueError
        For anything but ``"sv"`` and ``"en"``.

    Examples
    --------
    >>> language_index("sv"), language_index("en")
    (0, 1)
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; samnet writes {' and '.join(LANGS)}")
    return LANGS.index(lang)


def pick(pair: tuple[str, str], lang: str) -> str:
    """The ``lang`` half of a ``(swedish, english)`` pair, e.g. a vocabulary entry's names.

    Examples
    --------
    >>> pick(("ja", "yes"), "en")
    'yes'
    """
    return pair[language_index(lang)]


def text(key: str, lang: str = "sv", **fields) -> str:
    """The catalogue text ``key`` in ``lang``, with ``fields`` filled in when given.

    Examples
    --------
    >>> text("one_way_only"), text("one_way_only", "en")
    ('Aktörer med bara envägslänkar', 'Actors whose every tie is one-way')
    >>> text("more_rows", "en", n=3)
    '… and 3 more (the full list is in metrics.csv)'
    """
    template = CATALOGUE[key][language_index(lang)]
    return template.format(**fields) if fields else template


def texts(prefix: str, lang: str = "sv") -> dict[str, str]:
    """Every text whose key starts with ``prefix``, in ``lang``, keyed without the prefix.

    Examples
    --------
    >>> texts("compare.share.", "en")["one_way_share"]
    'one-way links among all ties'
    """
    index = language_index(lang)
    return {key[len(prefix) :]: pair[index] for key, pair in CATALOGUE.items() if key.startswith(prefix)}


def add(prefix: str, by_language: dict[str, dict[str, str]]) -> None:
    """Add a table ``{"sv": {key: text}, "en": {key: text}}`` to the catalogue under ``prefix``.

    Raises
    ------
    ValueError
        When the languages do not have the same keys, or a key is already taken.

    Examples
    --------
    >>> add("example.", {"sv": {"hej": "Hej"}, "en": {"hej": "Hello"}})
    >>> text("example.hej", "en")
    'Hello'
    """
    sv, en = by_language["sv"], by_language["en"]
    if set(sv) != set(en):
        raise ValueError(f"{prefix}: the languages differ in keys: {sorted(set(sv) ^ set(en))}")
    taken = sorted(prefix + key for key in sv if prefix + key in CATALOGUE)
    if taken:
        raise ValueError(f"already in the catalogue: {taken}")
    CATALOGUE.update({prefix + key: (sv[key], en[key]) for key in sv})


def decimal(value: float, lang: str, digits: int = 3) -> str:
    """A decimal number as its reader writes it: 0,164 in Swedish, 0.164 in English.

    Examples
    --------
    >>> decimal(0.16385, "sv"), decimal(0.16385, "en"), decimal(61.2, "sv", 0)
    ('0,164', '0.164', '61')
    """
    formatted = f"{value:.{digits}f}"
    # The decimal comma of Swedish; language_index also rejects an unknown language here.
    return formatted.replace(".", ",") if language_index(lang) == 0 else formatted


def percent(share: float, lang: str, digits: int = 0) -> str:
    """A share (0–1) as a percentage: "25 %" in Swedish, "25%" in English.

    Examples
    --------
    >>> percent(0.1234, "sv", 1), percent(0.1234, "en", 1)
    ('12,3 %', '12.3%')
    """
    return text("unit.percent", lang, value=decimal(share * 100, lang, digits))


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and the catalogue noun ``noun`` (``"singular|plural"``) in the right number.

    Examples
    --------
    >>> count(1, "noun.tie", "en"), count(3, "noun.tie", "en"), count(3, "noun.forum", "sv")
    ('1 tie', '3 ties', '3 forum')
    """
    singular, plural = text(noun, lang).split("|")
    return f"{n} {singular if n == 1 else plural}"


def join(items: list[str], lang: str) -> str:
    """A list in words: "a, b och c" in Swedish, "a, b and c" in English.

    Examples
    --------
    >>> join(["a", "b", "c"], "sv"), join(["a"], "en"), join([], "en")
    ('a, b och c', 'a', '')
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {text('word.and', lang)} " + items[-1]


def _register(tables: dict[str, dict]) -> None:
    """Add a data module's tables to the catalogue: ``{prefix: table}``, each table either
    ``{"sv": {key: text}, "en": {key: text}}`` or ``{key: (swedish, english)}``."""
    for prefix, table in tables.items():
        if set(table) != set(LANGS):
            table = {"sv": {k: pair[0] for k, pair in table.items()}, "en": {k: pair[1] for k, pair in table.items()}}
        add(prefix, table)


# Other modules' texts, kept in small data modules (texts_*.py) so that this one stays short;
# registered here so that every text is in the catalogue however samnet is entered.
from samnet.texts import check as _texts_check  # noqa: E402
from samnet.texts import document as _texts_document  # noqa: E402  (data only, no imports back)
from samnet.texts import figures as _texts_figures  # noqa: E402
from samnet.texts import findings as _texts_findings  # noqa: E402
from samnet.texts import io as _texts_io  # noqa: E402
from samnet.texts import loader as _texts_loader  # noqa: E402
from samnet.texts import map as _texts_map  # noqa: E402
from samnet.texts import norm as _texts_norm  # noqa: E402
from samnet.texts import report as _texts_report  # noqa: E402
from samnet.texts import testimony as _texts_testimony  # noqa: E402
from samnet.texts import usage as _texts_usage  # noqa: E402

for _module in (
    _texts_check,
    _texts_document,
    _texts_figures,
    _texts_findings,
    _texts_io,
    _texts_loader,
    _texts_map,
    _texts_norm,
    _texts_report,
    _texts_testimony,
    _texts_usage,
):
    _register(_module.TABLES)
