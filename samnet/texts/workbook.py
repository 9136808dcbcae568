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
        "one-row": "bladet källa tar en enda rad; för över texten på rad {row} till den första",
        "report-target": "uppgiften behöver antingen lank (ett radnummer i {sheet}) eller forum (ett id i {forums})",
        "report-no-target": 'rad "{value}" finns inte i {sheet}',
        "hint": ' (menade du "{word}"?)',
        "not-regular": "är ingen vanlig fil (en FIFO, en enhet eller en mapp); ange en sparad arbetsbok",
        "missing-part": "arbetsboken saknar delen {part}; filen är skadad eller inte sparad av Excel. Öppna och "
        "spara den i Excel igen",
        "damaged": "delen {part} går inte att packa upp; filen är skadad eller avklippt. Spara den i Excel igen",
        "xml": "delen {part} är inte giltig XML (rad {line}, kolumn {column}); filen är skadad eller avklippt. "
        "Spara den i Excel igen",
        "doctype": "arbetsboken innehåller en dokumenttypsdeklaration (<!DOCTYPE>/<!ENTITY>), som Excel aldrig "
        "skriver; samnet läser den inte. Spara den i Excel igen",
        "bomb": "delen {part} packas upp till {size} MB från {packed} MB; samnet läser högst {limit} MB per del och "
        "inte delar som packar ihop mer än {ratio} gånger. Kontrollera att det är rätt fil",
        "excel-error": "cellen visar Excel-felet {value} (en formel som inte kan räknas ut); skriv in värdet",
        "merged": "cellerna {cells} är sammanfogade över flera kolumner; dela upp dem (Start, Sammanfoga och "
        "centrera, Dela upp celler)",
        "repeated": "raderna {first}–{last} är likadana som rad {of} (ifyllda nedåt?); ta bort dem",
        "repeated-one": "rad {first} är likadan som rad {of}; ta bort den",
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
        "one-row": "the sheet källa takes a single row; move the text in row {row} into the first",
        "report-target": "the report needs either lank (a row number on {sheet}) or forum (an id on {forums})",
        "report-no-target": '"{value}" is not a row of {sheet}',
        "hint": ' (did you mean "{word}"?)',
        "not-regular": "is not a regular file (a FIFO, a device or a folder); give a saved workbook",
        "missing-part": "the workbook lacks its part {part}; the file is damaged or not saved by Excel. Open and "
        "save it in Excel again",
        "damaged": "the part {part} cannot be unpacked; the file is damaged or cut off. Save it in Excel again",
        "xml": "the part {part} is not valid XML (line {line}, column {column}); the file is damaged or cut off. "
        "Save it in Excel again",
        "doctype": "the workbook holds a document type declaration (<!DOCTYPE>/<!ENTITY>), which Excel never "
        "writes; samnet does not read it. Save it in Excel again",
        "bomb": "the part {part} unpacks to {size} MB from {packed} MB; samnet reads at most {limit} MB per part "
        "and no part that packs more than {ratio} times. Check that it is the right file",
        "excel-error": "the cell shows the Excel error {value} (a formula that cannot be worked out); type the value in",
        "merged": "the cells {cells} are merged across columns; unmerge them (Home, Merge & Center, Unmerge Cells)",
        "repeated": "rows {first}–{last} are the same as row {of} (filled down?); delete them",
        "repeated-one": "row {first} is the same as row {of}; delete it",
        "excel-date": "Excel turned the value into a date ({value}); format the cell as text and type the value again",
        "excel-bool": "the cell is {value}, an Excel true/false value, where text belongs; format the cell "
        "as text and type the value again",
        "true": "TRUE",
        "false": "FALSE",
    },
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"workbook.": WORKBOOK}
