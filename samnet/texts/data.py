"""Finding the data (:mod:`samnet.load.source`), in Swedish and English: data for :mod:`samnet.texts.catalogue`.

Registered under ``data.``.
"""

from __future__ import annotations

__all__ = ["DATA", "TABLES"]

#: Finding the data (samnet.load.source).
DATA = {
    "sv": {
        "start": (
            "Hittar ingen data: {path} finns inte. Börja med `samnet init` (en liten kartläggning att fylla i), \n"
            "eller prova på exempeldata från Ljusdal och Sandviken: `samnet analyze --example`."
        ),
        "near-miss": "finns inte, men hittade `{name}` — menade du `--data {found}`?",
        "not-xlsx": "samnet läser Excel-arbetsböcker i formatet .xlsx; spara {name} som .xlsx",
        "not-a-file": "--data tar en mapp eller en .xlsx-arbetsbok, inte en enskild fil; ange --data {folder}",
    },
    "en": {
        "start": (
            "No data: {path} does not exist. Start with `samnet init` (a small mapping to fill in), \n"
            "or try the bundled Ljusdal and Sandviken data: `samnet analyze --example`."
        ),
        "near-miss": "does not exist, but found `{name}` — did you mean `--data {found}`?",
        "not-xlsx": "samnet reads Excel workbooks in the .xlsx format; save {name} as .xlsx",
        "not-a-file": "--data takes a folder or an .xlsx workbook, not a single file; give --data {folder}",
    },
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"data.": DATA}
