"""Texts of reading and writing files, in Swedish and English: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers these tables under their prefixes: ``output.``
(:mod:`samnet.write.commit`: writing a run's files), ``workbook.``
(:mod:`samnet.load.workbook`: reading an Excel workbook) and ``data.``
(:mod:`samnet.load.source`: finding the data). Read them with
:func:`~samnet.texts.catalogue.text` or :func:`~samnet.texts.catalogue.texts`.

Examples
--------
>>> OUTPUT["en"]["unknown"]
'unknown'
"""

from __future__ import annotations

__all__ = ["DATA", "OUTPUT", "TABLES", "WORKBOOK"]

#: Writing a run's files (samnet.write.commit).
OUTPUT = {
    "sv": {
        "write": "kan inte skriva {path}: {reason}",
        "open": "kan inte ersätta {path}: filen är öppen i ett annat program eller skrivskyddad; "
        "stäng filen i Excel och försök igen",
        "busy": "{folder} används av en annan samnet-körning (pid {pid}, sedan {start}); "
        "vänta tills den är klar och försök igen",
        "interrupted": "avbruten av {signal}",
        "unchanged": "; de tidigare filerna är som de var",
        "kept": "; återställningen misslyckades ({reason}), de tidigare filerna finns kvar som {backups}",
        "unknown": "okänd",
    },
    "en": {
        "write": "cannot write {path}: {reason}",
        "open": "cannot replace {path}: the file is open in another program or read-only; "
        "close the file in Excel and try again",
        "busy": "{folder} is in use by another samnet run (pid {pid}, since {start}); "
        "wait for it to finish and try again",
        "interrupted": "interrupted by {signal}",
        "unchanged": "; the earlier files are as they were",
        "kept": "; the rollback failed ({reason}), the earlier files are kept as {backups}",
        "unknown": "unknown",
    },
}

#: Reading an Excel workbook (samnet.load.workbook).
WORKBOOK = {
    "sv": {
        "not-xlsx": "filen går inte att läsa som en Excel-arbetsbok (.xlsx); spara den i Excel som "
        '"Excel-arbetsbok (*.xlsx)"',
        "missing": "filen finns inte",
        "too-large": "filen är {size} MB; samnet läser arbetsböcker på högst {limit} MB",
        "empty": "arbetsboken har inga rader ännu: fyll i bladen kommuner, aktorer, lankar och forum",
        "no-sheet": 'arbetsboken saknar bladet "{sheet}" (blad: {found})',
        "unknown-col": 'kolumnen "{key}" är okänd{hint}; kolumnerna i {sheet} är: {known}',
        "no-header": "kolumnen har värden (t.ex. på rad {row}) men ingen rubrik i rad 1",
        "dup-col": 'kolumnen "{key}" finns redan i {first}; ta bort en av dem',
        "one-row": "bladet kalla tar en enda rad; för över texten på rad {row} till den första",
        "hint": ' (menade du "{word}"?)',
        "excel-date": "Excel har gjort om värdet till ett datum ({value}); formatera cellen som text och "
        "skriv värdet igen",
        "excel-bool": "cellen är {value}, ett sanningsvärde i Excel, där text väntas; formatera cellen som "
        "text och skriv värdet igen",
        # Excel's own words for a true/false cell, as the user's Excel shows them.
        "true": "SANT",
        "false": "FALSKT",
    },
    "en": {
        "not-xlsx": "the file cannot be read as an Excel workbook (.xlsx); save it in Excel as "
        '"Excel Workbook (*.xlsx)"',
        "missing": "no such file",
        "too-large": "the file is {size} MB; samnet reads workbooks of at most {limit} MB",
        "empty": "the workbook holds no rows yet: fill in the sheets kommuner, aktorer, lankar and forum",
        "no-sheet": 'the workbook has no sheet "{sheet}" (sheets: {found})',
        "unknown-col": 'column "{key}" is not known{hint}; the columns of {sheet} are: {known}',
        "no-header": "the column has values (e.g. in row {row}) but no header in row 1",
        "dup-col": 'column "{key}" is already in {first}; remove one of them',
        "one-row": "the sheet kalla takes a single row; move the text in row {row} into the first",
        "hint": ' (did you mean "{word}"?)',
        "excel-date": "Excel turned the value into a date ({value}); format the cell as text and type the value again",
        "excel-bool": "the cell is {value}, an Excel true/false value, where text belongs; format the cell "
        "as text and type the value again",
        "true": "TRUE",
        "false": "FALSE",
    },
}

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

#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {"sv": {key: text}, "en": {key: text}}.
TABLES = {"output.": OUTPUT, "workbook.": WORKBOOK, "data.": DATA}
