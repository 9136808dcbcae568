"""The texts of report.html and report.docx, in Swedish and English: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``document.``; :mod:`samnet.present.report.model`
reads them with :func:`~samnet.texts.catalogue.texts`. The three paragraphs of the
"how to read" box are ``box.1`` to ``box.3``.

Examples
--------
>>> sorted(TABLES["document."]["sv"]) == sorted(TABLES["document."]["en"])
True
"""

from __future__ import annotations

__all__ = ["TABLES"]

#: Where samverkanstrappan and the individ/struktur distinction come from (seed 000).
_CONCEPT_SOURCE = {
    "sv": "FoU Välfärd Region Gävleborgs kartläggning av den lokala operativa samverkan inom "
    "kvinnofridsområdet i Ljusdals och Sandvikens kommun (2022)",
    "en": "FoU Välfärd Region Gävleborg's mapping of local operative samverkan against violence "
    "in close relationships in Ljusdal and Sandviken (2022, in Swedish)",
}

_T = {
    "sv": {
        "title": "Samverkan kring våld i nära relationer",
        "subtitle": "Nätverksanalys av kartlagd samverkan",
        "summary": "Sammanfattning",
        "mapped": "Rapporten bygger på en kartläggning av {kommuner}: {actors}, {links} länkar mellan dem "
        "(varav {one_way} envägslänkar, som inte räknas som samverkan) och {forums} forum.",
        "source": "Källa: {source}.",
        "no_source": "Källa: uppgifterna i mappen {folder}; de anger ingen källa.",
        "findings": "Huvudresultat",
        "compare_title": "Jämförelse: {a} och {b}",
        "compare_more": "Här visas {shown} av {total} skillnader; alla står i {file}.",
        "compare_none": "Kartläggningen visar ingen skillnad mellan kommunerna.",
        "findings_intro": "Varje mening nedan räknas fram ur kartläggningens siffror efter fasta regler; "
        "ingen är skriven för hand.",
        "key_figures": "Nyckeltal",
        "measure": "Mått",
        "value": "Antal",
        "how_to_read": "Så läser du rapporten",
        "kommun_count": "{n} kommuner",
        "one_kommun": "en kommun",
        "actors": "{n} aktörer",
        "figures": "Nyckeltal för {name}",
        "kommun": "Kommun",
        "n_actors": "Aktörer",
        "ties": "Samverkande par",
        "described": "Beskrivna band",
        "one_way": "Envägslänkar",
        "forums": "Forum",
        "pd": "Personbundna par",
        "density": "Täthet",
        "trappa_caption": "Samverkanstrappan i {name}: beskrivna band per nivå, varje länk en gång och varje "
        "forum en gång.",
        "scopes_caption": "Individ- eller strukturnivå per huvudman i {name}: beskrivna band. En länk räknas hos "
        "huvudmännen i dess båda ändar, ett forum hos varje huvudman bland medlemmarna.",
        "network_caption": "Samverkan i {name}. Färg: aktörstyp; storlek: styrka (summan av nivåerna, varje "
        "forum en gång); "
        "linjens bredd och ton: nivå; romb: forum; pil: envägslänk.",
        "central": "Centrala aktörer",
        "central_caption": "De {n} mest centrala aktörerna i {name}, efter styrka (summan av nivåerna, varje "
        "forum en gång).",
        "actor": "Aktör",
        "type": "Typ",
        "degree": "Grad",
        "strength": "Styrka",
        "betweenness": "Mellanhet",
        "flows": "Envägslänkar",
        "flows_caption": "Envägslänkar per aktörstyp i {name}. De räknas inte som samverkan.",
        "from": "Från",
        "to": "Till",
        "kind": "Slag",
        "links": "Länkar",
        "alone": "{alone} av {total} envägslänkar går mellan aktörer som inte samverkar i övrigt.",
        "no_flows": "{name} har inga envägslänkar i kartläggningen.",
        "person": "Personbundna par",
        "person_caption": "Aktörspar i {name} vars samverkan bara vilar på personbundna band (en enskild "
        "persons engagemang).",
        "level": "Nivå",
        "no_person": "Inget aktörspar i {name} har bara personbundna band.",
        "loss": "Utan de personbundna banden: {isolated}; sammanhängande delar {before} → {after}; "
        "{pairs} aktörspar kan inte längre nå varandra.",
        "isolated": "{names} blir isolerade",
        "isolated_one": "{names} blir isolerad",
        "none_isolated": "ingen aktör blir isolerad",
        "forum_section": "Forum",
        "forum_caption": "Forum i {name}: återkommande grupper där alla medlemmar samverkar.",
        "forum": "Forum",
        "members": "Medlemmar",
        "scope": "Individ/struktur",
        "no_forums": "{name} har inga forum i kartläggningen.",
        "individ": "individ",
        "struktur": "struktur",
        "both": "båda",
        "unlabelled": "Utan etikett i figuren: {names}.",
        "box": (
            "Samverkanstrappan har fyra steg: 1 samtal (man rådgör och utbyter information), 2 samsyn "
            "(en gemensam bild av problemet och av varandras arbete), 3 samarbete (parterna anpassar och "
            "samordnar det de gör) och 4 samverkan (ett gemensamt mål som var och en bidrar till). Trappan "
            "beskrivs i avsnitt 4.2, ”Samverkanstrappan”, i {source}. Rapporten räknar band som de beskrivs: "
            "varje länk en gång och varje forum en gång, så ett forum med tolv medlemmar är en samverkan, "
            "inte 66 band. Samverkande par är de aktörspar som har samverkan, direkt eller i ett forum.",
            "Ett band på individnivå gäller enskilda ärenden, till exempel en SIP eller ett samråd om "
            "aktuella barnärenden. Ett band på strukturnivå gäller nätverk, styrgrupper, gemensamma rutiner "
            "och utbildning. Många band finns på båda nivåerna. Skillnaden lyfts i avsnitt 6, ”Avslutande "
            "kommentarer”, i samma kartläggning.",
            "En orosanmälan till socialtjänsten är inte samverkan: den är en skyldighet enligt lag och en "
            "envägskommunikation (avsnitt 6, ”Avslutande kommentarer”). Rapporten räknar därför "
            "orosanmälningar, polisanmälningar, hänvisningar och information för sig. De påverkar inte "
            "täthet, nivåer eller centralitet.",
        ),
    },
    "en": {
        "title": "Samverkan against violence in close relationships",
        "subtitle": "A network analysis of the mapped collaboration",
        "summary": "Summary",
        "mapped": "This report rests on a mapping of {kommuner}: {actors}, {links} links between them "
        "(of which {one_way} one-way links, which do not count as samverkan) and {forums} forums.",
        "source": "Source: {source}.",
        "no_source": "Source: the data in the folder {folder}; it names no source.",
        "findings": "Main findings",
        "compare_title": "Comparison: {a} and {b}",
        "compare_more": "{shown} of {total} differences shown here; all of them are in {file}.",
        "compare_none": "The mapping shows no difference between the municipalities.",
        "findings_intro": "Each sentence below is computed from the mapping's figures by fixed rules; "
        "none is written by hand.",
        "key_figures": "Key figures",
        "measure": "Measure",
        "value": "Count",
        "how_to_read": "How to read this report",
        "kommun_count": "{n} municipalities",
        "one_kommun": "one municipality",
        "actors": "{n} actors",
        "figures": "Key figures for {name}",
        "kommun": "Municipality",
        "n_actors": "Actors",
        "ties": "Collaborating pairs",
        "described": "Described ties",
        "one_way": "One-way links",
        "forums": "Forums",
        "pd": "Person-dependent pairs",
        "density": "Density",
        "trappa_caption": "Samverkanstrappan in {name}: described ties per level, each link once and each forum once.",
        "scopes_caption": "Individual or structural level per huvudman in {name}: described ties. A link "
        "counts for the huvudmän at both ends, a forum for each huvudman among its members.",
        "network_caption": "Samverkan in {name}. Colour: actor type; size: strength (sum of levels, each forum "
        "once); line "
        "width and shade: level; diamond: forum; arrow: one-way link.",
        "central": "Central actors",
        "central_caption": "The {n} most central actors in {name}, by strength (the sum of levels, each forum once).",
        "actor": "Actor",
        "type": "Type",
        "degree": "Degree",
        "strength": "Strength",
        "betweenness": "Betweenness",
        "flows": "One-way links",
        "flows_caption": "One-way links by actor type in {name}. They do not count as samverkan.",
        "from": "From",
        "to": "To",
        "kind": "Kind",
        "links": "Links",
        "alone": "{alone} of {total} one-way links join actors with no samverkan otherwise.",
        "no_flows": "{name} has no one-way links in the mapping.",
        "person": "Person-dependent pairs",
        "person_caption": "Pairs of actors in {name} whose samverkan rests only on person-dependent ties "
        "(one person's engagement).",
        "level": "Level",
        "no_person": "No pair of actors in {name} has only person-dependent ties.",
        "loss": "Without the person-dependent ties: {isolated}; connected components {before} → {after}; "
        "{pairs} pairs of actors can no longer reach each other.",
        "isolated": "{names} left isolated",
        "isolated_one": "{names} left isolated",
        "none_isolated": "no actor is left isolated",
        "forum_section": "Forums",
        "forum_caption": "Forums in {name}: recurring groups in which every member collaborates.",
        "forum": "Forum",
        "members": "Members",
        "scope": "Individual/structural",
        "no_forums": "{name} has no forums in the mapping.",
        "individ": "individual",
        "struktur": "structural",
        "both": "both",
        "unlabelled": "Without a label in the figure: {names}.",
        "box": (
            "Samverkanstrappan, the collaboration staircase, has four steps: 1 talk (consulting and "
            "exchanging information), 2 shared view (a common picture of the problem and of each other's "
            "work), 3 coordination (the parties adjust and coordinate what they do) and 4 common goal "
            '(each party contributes its own part). It is described in section 4.2, "Samverkanstrappan", '
            "of {source}. The report counts ties as they are described: each link once and each forum once, "
            "so a forum of twelve is one samverkan, not 66 ties. Collaborating pairs are the pairs of actors "
            "with samverkan, directly or in a forum.",
            "A tie at the individual level is about single cases, such as a coordinated care plan (SIP) or "
            "a weekly consultation on current child cases. A tie at the structural level is about networks, "
            "steering groups, joint routines and training. Many ties are at both levels. Section 6, "
            '"Avslutande kommentarer" (closing remarks), of the same mapping stresses the difference.',
            "A report of concern to social services is not samverkan: it is a legal duty and one-way "
            'communication (section 6, "Avslutande kommentarer"). The report therefore counts reports '
            "of concern, police reports, referrals and information on their own. They do not change "
            "density, levels or centrality.",
        ),
    },
}


def _flat(by_language: dict[str, dict]) -> dict[str, dict[str, str]]:
    """The tables with the box's paragraphs as ``box.1`` … and the concept source added."""
    out = {}
    for lang, table in by_language.items():
        flat = {key: value for key, value in table.items() if key != "box"}
        flat.update({f"box.{i}": paragraph for i, paragraph in enumerate(table["box"], start=1)})
        flat["concept_source"] = _CONCEPT_SOURCE[lang]
        out[lang] = flat
    return out


#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {"sv": {key: text}, "en": {key: text}}.
TABLES = {"document.": _flat(_T)}
