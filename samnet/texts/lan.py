"""The words of the län overview (``lan.html`` and the report's län section): data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``lan.``. Sentences are ``str.format``
templates filled from :class:`samnet.measure.results.LanFigures` only.

Examples
--------
>>> LAN["title"]
('Länet: {lan}', 'The county: {lan}')
"""

from __future__ import annotations

__all__ = ["LAN", "TABLES"]

#: key -> (Swedish, English).
LAN: dict[str, tuple[str, str]] = {
    "title": ("Länet: {lan}", "The county: {lan}"),
    "title_all": ("Alla kommuner i data", "Every municipality in the data"),
    "subtitle": ("Översikt över {kommuner}, skriven av samnet", "Overview of {kommuner}, written by samnet"),
    "noun.structure": ("regional struktur|regionala strukturer", "regional structure|regional structures"),
    "noun.regional_forum": ("regionalt forum|regionala forum", "regional forum|regional forums"),
    "noun.regional_actor": ("regional aktör|regionala aktörer", "regional actor|regional actors"),
    "summary": (
        "Data har {kommuner}. Kommunerna tar del av {structures}: {forums} och {actors} som kommunernas "
        "egna aktörer har band till.",
        "The data holds {kommuner}. The municipalities take part in {structures}: {forums} and {actors} that the "
        "municipalities' own actors are tied to.",
    ),
    "rule": (
        "Regionala strukturer räknas en gång i varje kommun, genom kommunens egna medlemmar; andra kommuners "
        "aktörer ingår aldrig i en kommuns tal.",
        "Regional structures count once in each municipality, through the municipality's own members; other municipalities' "
        "actors never enter a municipality's figures.",
    ),
    "gap.samordnare.some": (
        "Utan samordnare i kartläggningen: {names} ({n} av {total}).",
        "Without a samordnare in the mapping: {names} ({n} of {total}).",
    ),
    "gap.samordnare.none": (
        "Alla {total} kommuner har en samordnare i kartläggningen.",
        "All {total} municipalities have a samordnare in the mapping.",
    ),
    "gap.samordnare.all": (
        "Ingen av de {total} kommunerna har en samordnare i kartläggningen.",
        "None of the {total} municipalities has a samordnare in the mapping.",
    ),
    "gap.local_vinr_forums.some": (
        "Utan eget forum om våld i nära relationer (ett forum som inte är regionalt): {names} ({n} av {total}).",
        "Without a local forum on violence in close relationships (a forum that is not regional): {names} "
        "({n} of {total}).",
    ),
    "gap.local_vinr_forums.none": (
        "Alla {total} kommuner har ett eget forum om våld i nära relationer.",
        "All {total} municipalities have a local forum on violence in close relationships.",
    ),
    "gap.local_vinr_forums.all": (
        "Ingen av de {total} kommunerna har ett eget forum om våld i nära relationer i kartläggningen.",
        "None of the {total} municipalities has a local forum on violence in close relationships in the mapping.",
    ),
    "gap.kvinnojour.some": (
        "Utan samverkan med en kvinnojour: {names} ({n} av {total}).",
        "Without samverkan with a women's shelter: {names} ({n} of {total}).",
    ),
    "gap.kvinnojour.none": (
        "Alla {total} kommuner har samverkan med en kvinnojour.",
        "All {total} municipalities have samverkan with a women's shelter.",
    ),
    "gap.kvinnojour.all": (
        "Ingen av de {total} kommunerna har samverkan med en kvinnojour i kartläggningen.",
        "None of the {total} municipalities has samverkan with a women's shelter in the mapping.",
    ),
    "gap.barnahus.some": (
        "Utan samverkan med Barnahus: {names} ({n} av {total}).",
        "Without samverkan with Barnahus: {names} ({n} of {total}).",
    ),
    "gap.barnahus.none": (
        "Alla {total} kommuner har samverkan med Barnahus.",
        "All {total} municipalities have samverkan with Barnahus.",
    ),
    "gap.barnahus.all": (
        "Ingen av de {total} kommunerna har samverkan med Barnahus i kartläggningen.",
        "None of the {total} municipalities has samverkan with Barnahus in the mapping.",
    ),
    "all_tied": (
        "Alla {total} kommuner möter varandra i minst en regional struktur.",
        "All {total} municipalities meet each other in at least one regional structure.",
    ),
    "most_tied": (
        "Möter flest andra kommuner i regionala strukturer och länkar: {names} ({n} av {others}).",
        "Meeting the most other municipalities in regional structures and links: {names} ({n} of {others}).",
    ),
    "check_most": (
        "Flest luckor mot {norm}: {names} ({n} av {rules} regler).",
        "Most gaps against {norm}: {names} ({n} of {rules} rules).",
    ),
    "check_none": ("Ingen kommun har någon lucka mot {norm}.", "No municipality has a gap against {norm}."),
    # Headings
    "h.table": ("Kommunernas nyckeltal", "Each municipality's key figures"),
    "h.gaps": ("Det som saknas", "What is missing"),
    "h.more": ("Forum, envägslänkar och luckor", "Forums, one-way links and gaps"),
    "h.has": ("Det som finns i varje kommun", "What each municipality has"),
    "h.trappa": ("Samverkanstrappan per kommun", "The samverkan staircase per municipality"),
    "h.check": ("Jämfört med {norm}", "Held against {norm}"),
    "h.map": ("Länets nätverk", "The county network"),
    "table.caption": ("Klicka på en kolumnrubrik för att sortera.", "Click a column heading to sort."),
    "trappa.caption": (
        "Beskrivna band per nivå, 1 samtal till 4 samverkan; alla på samma skala (0–{max}).",
        "Described ties per level, 1 talk to 4 samverkan; all on one scale (0–{max}).",
    ),
    "check.caption": (
        "Varje regel i varje kommun. ej kartlagd: data saknar aktör för ena sidan.",
        "Each rule in each municipality. not mapped: the data has no actor for one side.",
    ),
    "map.caption": (
        "Varje kommun är en ruta med en prick per egen aktör; i mitten de regionala strukturerna, en gång var: "
        "regionala forum (ruta) och regionala aktörer (romb), med antalet kommuner. Ett streck: kommunen tar del "
        "av strukturen, bredare ju fler av kommunens aktörer; ringade prickar är de aktörerna. Prickade streck är "
        "länkar mellan aktörer i två kommuner. Klicka på en kommun eller struktur för att se vilka aktörer.",
        "Each municipality is a box with one dot per actor of its own; in the middle the regional structures, once "
        "each: regional forums (square) and regional actors (diamond), with the number of municipalities. A line: the "
        "municipality takes part in the structure, wider the more of its actors do; ringed dots are those actors. "
        "Dotted lines are links between actors of two municipalities. Click a municipality or a structure to see "
        "which actors.",
    ),
    "map.via": ("genom {names}", "through {names}"),
    "map.own": ("Egna aktörer ({n})", "Own actors ({n})"),
    "map.groups": ("Prickarnas färg", "Colour of the dots"),
    "map.panel": ("Klicka på en kommun eller struktur i kartan.", "Click a municipality or a structure on the map."),
    "map.kommun": ("{name}: {n}", "{name}: {n}"),
    "map.structure": ("{name}: {n}", "{name}: {n}"),
    "map.links_between": ("Länkar mellan kommunerna", "Links between the municipalities"),
    "col.name": ("Kommun", "Municipality"),
    "col.actors": ("Aktörer", "Actors"),
    "col.regional_actors": ("varav regio­nala", "of which regio­nal"),
    "col.samverkan_ties": ("Par i sam­verkan", "Pairs in sam­verkan"),
    "col.described_ties": ("Beskrivna band", "Described ties"),
    "col.forums": ("Forum", "Forums"),
    "col.regional_forums": ("varav regio­nala", "of which regio­nal"),
    "col.density": ("Täthet", "Density"),
    "col.high_share": ("Nivå 3–4", "Level 3–4"),
    "col.one_way_links": ("Envägs­länkar", "One-way links"),
    "col.person_dependent_ties": ("Person­bundna par", "Person-depen­dent pairs"),
    "col.samordnare": ("Sam­ordnare", "Sam­ordnare"),
    "col.local_vinr_forums": ("Eget VINR-forum", "Local VINR forum"),
    "col.kvinnojour": ("Kvinno­jour", "Women's shelter"),
    "col.barnahus": ("Barna­hus", "Barna­hus"),
    "col.tied_kommuner": ("Möter andra kom­muner", "Meets other munici­palities"),
    "col.check_gaps": ("Luckor mot överens­kommel­sen", "Gaps against the agree­ment"),
    "col.rule": ("Regel", "Rule"),
    "more": ("{n} till", "{n} more"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "none": ("–", "–"),
    "legend": ("Teckenförklaring", "Legend"),
    "report.section": ("Länet", "The county"),
    "h.paper": ("Papper och praktik", "Paper and practice"),
    "h.paper_findings": ("Fynden, kommun för kommun", "The findings, municipality by municipality"),
    "paper.no_documents": (
        "Kartläggningen registrerar inga dokument (documents:): papper och praktik kan inte jämföras i någon av {total}.",
        "The mapping records no documents (documents:): paper and practice cannot be compared in any of {total}.",
    ),
    "paper.none": (
        "Inget dokument bara på papper, ingen praxis utan dokument och inget upphört dokument i någon av {total}.",
        "No document on paper only, no practice without a document and no lapsed document in any of {total}.",
    ),
    "paper.some": (
        "Papper och praktik går isär i {n} av {total}: {paper_only}, {unwritten} och {lapsed}.",
        "Paper and practice part ways in {n} of {total}: {paper_only}, {unwritten} and {lapsed}.",
    ),
    "paper.line": ("{kommun}: {finding}", "{kommun}: {finding}"),
    "paper.caption": (
        "Per kommun: dokument som gäller men vars parter saknar band, samverkan som överenskommelsen vill ha "
        "skriven men där inget dokument finns, och upphörda dokument.",
        "Per municipality: documents in force whose parties have no tie, samverkan the agreement wants written "
        "down with no document recorded, and lapsed documents.",
    ),
    "col.paper_only": ("Bara på papper", "On paper only"),
    "col.unwritten": ("Praxis utan dokument", "Practice without document"),
    "col.lapsed": ("Upphörda", "Lapsed"),
    "noun.paper_only": (
        "dokument bara på papper|dokument bara på papper",
        "document on paper only|documents on paper only",
    ),
    "noun.unwritten": (
        "praxis utan dokument|fall av praxis utan dokument",
        "practice without a document|practices without a document",
    ),
    "noun.lapsed": ("upphört dokument|upphörda dokument", "lapsed document|lapsed documents"),
}

TABLES = {"lan.": LAN}
