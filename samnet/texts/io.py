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
        "journal": "{path}: en avbruten samnet-körning kan inte slutföras ({reason}); ge skrivrätt till mappen "
        "och kör samnet igen",
        "completed": "{folder}: en avbruten samnet-körning har slutförts; mappen har nu den körningens filer",
        "undone": "{folder}: en avbruten samnet-körning har ångrats; mappen har filerna från före den",
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
        "journal": "{path}: an interrupted samnet run cannot be finished ({reason}); give write permission to "
        "the folder and run samnet again",
        "completed": "{folder}: an interrupted samnet run has been completed; the folder now holds that run's files",
        "undone": "{folder}: an interrupted samnet run has been undone; the folder holds the files from before it",
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
        "one-row": "the sheet kalla takes a single row; move the text in row {row} into the first",
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
