"""Reading an Excel workbook (:mod:`samnet.load.workbook`), in Swedish and English: data for :mod:`samnet.texts.catalogue`.

Registered under ``workbook.``.
"""

from __future__ import annotations

__all__ = ["TABLES", "WORKBOOK"]

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

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"workbook.": WORKBOOK}
