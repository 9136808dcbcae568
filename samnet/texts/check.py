"""The words of a norm check's output (:mod:`samnet.present.check_text`): data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``check.`` (the check's words: levels,
the map's side panel) and ``check.text.``: the sentence on what a
rule's status rests on, and the headings and lines of the check as a table,
Markdown or a report section.

Examples
--------
>>> DETAIL["example"]
('t.ex. {x} {arrow} {y}', 'e.g. {x} {arrow} {y}')
"""

from __future__ import annotations

__all__ = ["CHECK", "DETAIL", "TABLES"]

#: key -> (Swedish, English); ``str.format`` fields.
DETAIL: dict[str, tuple[str, str]] = {
    # The sentence on one result (check_text.rule_detail).
    "more": (" … (+{n} till)", " … (+{n} more)"),
    "pairs_one": ("{n} par", "{n} pair"),
    "pairs_many": ("{n} par", "{n} pairs"),
    "example": ("t.ex. {x} {arrow} {y}", "e.g. {x} {arrow} {y}"),
    "not_mapped": ("Kan inte bedömas: kartläggningen saknar {absent}", "Cannot be judged: the mapping has no {absent}"),
    "not_mapped_and": (" och ", " and no "),
    "not_mapped_not_interviewed": (
        "Kan inte bedömas: ingen från {actors} intervjuades",
        "Cannot be judged: nobody from {actors} was interviewed",
    ),
    "not_mapped_not_described": (
        "Kan inte bedömas: ingen beskrev {actors} i kartläggningen",
        "Cannot be judged: nobody described {actors} in the mapping",
    ),
    "not_mapped_no_documents": (
        "Kan inte bedömas: kartläggningen har inga dokument (documents:)",
        "Cannot be judged: the mapping records no documents (documents:)",
    ),
    "or": (" eller ", " or "),
    "any_document": ("dokument", "document"),
    "document.met": ("Gällande: {documents}", "In force: {documents}"),
    "document.draft": ("Bara utkast: {documents}", "Only drafts: {documents}"),
    "document.none": (
        "Ingen gällande {kind} mellan {parties} i kartläggningen",
        "No {kind} in force between {parties} in the mapping",
    ),
    "document.lapsed": ("; upphört: {documents}", "; lapsed: {documents}"),
    "person_only": (", men bara genom ett personbundet band", ", but only through a person-dependent tie"),
    "forum_only": (", bara genom gemensamt forum", ", only through a shared forum"),
    "excluded_forums": (
        "; forum räknas inte här (regeln kräver mer än att sitta i samma forum): {forums}",
        "; forums do not count here (the rule asks for more than sitting in the same forum): {forums}",
    ),
    "unmapped_actors": (
        "; ej kartlagda (ingen beskrev dem): {actors}",
        "; not mapped (nobody described them): {actors}",
    ),
    "paper.title": ("Papper och praktik", "Paper and practice"),
    "paper.none": (
        "Inget dokument bara på papper, ingen praxis utan dokument och inget upphört dokument.",
        "No document on paper only, no practice without a document and no lapsed document.",
    ),
    "paper.no_documents": (
        "Kartläggningen har inga dokument (documents:); papper och praktik kan inte jämföras.",
        "The mapping records no documents (documents:); paper and practice cannot be compared.",
    ),
    "paper.paper_only": (
        "Finns på papper: {document} gäller, men {pairs} har inget band i kartläggningen",
        "On paper only: {document} is in force, but {pairs} have no tie in the mapping",
    ),
    "paper.unwritten": (
        "Praxis utan dokument: {pairs} samverkar, men ingen {kind} är registrerad ({rule})",
        "Practice without paper: {pairs} work together, but no {kind} is recorded ({rule})",
    ),
    "paper.lapsed": ("Upphört: {document}{decided}", "Lapsed: {document}{decided}"),
    "paper.decided": (" (beslutad {date})", " (decided {date})"),
    "modality": ("{verb}", "{verb}"),
    "other_lan": (
        "Obs: {norm} gäller {norm_lan}s län; data är från {data_lan}. Jämförelsen visar hur kartläggningen "
        "står sig mot en annan regions överenskommelse.",
        "Note: {norm} applies to {norm_lan}; the data is from {data_lan}. The check shows how the mapping "
        "stands against another region's agreement.",
    ),
    "and": (" och ", " and "),
    "at": (" på {scope}", " at {scope}"),
    "nothing": ("inget{where}", "nothing{where}"),
    "highest": ("högst nivå {level}{where}", "highest level {level}{where}"),
    "forum.more_one": (" (och {n} forum till)", " (and {n} more forum)"),
    "forum.more_many": (" (och {n} forum till)", " (and {n} more forums)"),
    "forum.met": ("{first}{more} har alla parter ({req})", "{first}{more} holds every party ({req})"),
    "forum.below": (
        "{forums} har alla parter men når inte kravet ({req}): {found}",
        "{forums} holds every party but not as asked ({req}): {found}",
    ),
    "forum.none": (
        "Inget forum i kartläggningen har någon av parterna",
        "No forum in the mapping holds any of the parties",
    ),
    "forum.closest": (
        "Inget forum har alla parter; närmast är {forum}, där {absent} saknas",
        "No forum holds every party; the closest, {forum}, lacks {absent}",
    ),
    "met.any_one": ("{n} når kravet ({req}), {example}", "{n} meets it ({req}), {example}"),
    "met.any_many": ("{n} når kravet ({req}), {example}", "{n} meet it ({req}), {example}"),
    "met.only": ("Den enda aktören ({side}) har det ({req}); {n}", "The only actor ({side}) has it ({req}); {n}"),
    "met.all": ("Alla {side} har det ({req}); {n}", "All {side} have it ({req}); {n}"),
    "no_kind": ("ingen {kind}", "no {kind}"),
    "shortfall.below": ("under kravet", "below"),
    "shortfall.one_way": ("bara envägs", "one-way only"),
    "shortfall.none": ("ingen kontakt", "no tie"),
    "partly": (
        "{matched} av {side} har det ({req}); saknas för: {lacking}",
        "{matched} of {side} have it ({req}); lacking: {lacking}",
    ),
    "none_of": ("Ingen av {side} har det; ", "None of {side} has it; "),
    "below": (
        "{none_of}samverkan finns i {n} men når inte kravet ({req}); {found}, {example}",
        "{none_of}samverkan in {n} but short of what is asked ({req}); {found}, {example}",
    ),
    "one_way_only": (
        "{none_of}bara envägslänkar ({kinds}) i {n}, ingen samverkan: {x} – {y}",
        "{none_of}only one-way links ({kinds}) in {n}, no samverkan: {x} – {y}",
    ),
    "no_kind_between": (
        "{none_of}ingen {kind} från {a} till {b} i kartläggningen",
        "{none_of}no {kind} from {a} to {b} in the mapping",
    ),
    "no_tie_within": (
        "{none_of}ingen kontakt mellan två enheter inom {a} i kartläggningen",
        "{none_of}no tie between two units of {a} in the mapping",
    ),
    "no_tie": (
        "{none_of}ingen kontakt mellan {a} och {b} i kartläggningen",
        "{none_of}no tie between {a} and {b} in the mapping",
    ),
    # The check as a table, Markdown or a section.
    "against": ("{kommun} mot {norm} ({id})", "{kommun} against {norm} ({id})"),
    "required": ("Krav ({n}): {summary}", "Required ({n}): {summary}"),
    "recommendations": ("Rekommendationer ({n}): {summary}", "Recommendations ({n}): {summary}"),
    "mark_comma": (", rekommendation", ", recommendation"),
    "mark": (" (rekommendation)", " (recommendation)"),
    "head.status": ("Status", "Status"),
    "head.rule": ("Regel", "Rule"),
    "head.agreement": ("Överenskommelsen", "The agreement"),
    "head.source": ("Källa", "Source"),
    "head.grounds": ("Underlag", "Grounds"),
    "title": ("Jämfört med den regionala överenskommelsen", "Compared with the regional agreement"),
    "intro": (
        "Kartläggningen hålls mot {norm}{ref}, regel för regel. Brister kommer först; en regel som inte "
        "kan bedömas räknas aldrig som brist.",
        "The mapping is held against {norm}{ref}, rule by rule. Gaps come first; a rule that cannot be "
        "judged never counts as a gap.",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {key: (Swedish, English)}.
#: The check against a norm (samnet.measure.check, samnet.present.check_page, samnet.core.norm.Selector).
CHECK: dict[str, tuple[str, str]] = {
    "min_level": ("nivå {level} eller högre", "level {level} or higher"),
    "how_to": (
        "Ingen regional överenskommelse angiven, så rapporten jämför inte mot någon. Kör `samnet check --data "
        "DATA` (eller skriv `norm: dalarna-2024` i actors.yaml, eller ge `--norm FIL`) för att hålla "
        "kartläggningen mot en.",
        "No regional agreement named, so the report checks against none. Run `samnet check --data DATA` (or "
        "write `norm: dalarna-2024` in actors.yaml, or give `--norm FILE`) to hold the mapping against one.",
    ),
    "or": (" eller ", " or "),
    "with_huvudman": ("med huvudman", "with huvudman"),
    "page.title": ("Jämfört med överenskommelsen", "Compared with the agreement"),
    "page.hint": ("Klicka för att markera paren på kartan.", "Click to light up the pairs on the map."),
    "page.all": ("Alla par under kravet eller bara envägs ({n})", "Every pair below or one-way only ({n})"),
    "page.clear": ("Ta bort markeringen", "Clear the highlight"),
    "page.gaps": ("Saknas eller delvis", "Missing or partly met"),
    "page.none": (
        "Inga brister mot överenskommelsen i kartläggningen.",
        "No gaps against the agreement in the mapping.",
    ),
    "via_forums": ("; paren möts också i forum: {forums}", "; the pairs also meet in forums: {forums}"),
    "via_forums_only": (
        "; {n} av paren når det bara genom forum: {forums}",
        "; {n} of the pairs reach it only through forums: {forums}",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"check.": CHECK, "check.text.": DETAIL}
