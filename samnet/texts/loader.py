"""The loader's messages in Swedish and English, keyed by problem code: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers these tables under ``loader.`` (messages) and
``loader.word.`` (words used inside messages); the loader reads
them back with :func:`~samnet.texts.catalogue.text`. Values from the data are passed in
already quoted (:func:`samnet.errors.quote`), so no template shows raw user text.

Examples
--------
>>> MESSAGES["missing-file"]
('filen finns inte', 'no such file')
"""

from __future__ import annotations

__all__ = ["MESSAGES", "TABLES", "WORDS"]

#: message key -> (Swedish template, English template); ``str.format`` fields.
MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the file.
    "missing-file": ("filen finns inte", "no such file"),
    "missing-folder": ("mappen finns inte", "no such folder"),
    "near-miss": (
        "filen finns inte, men hittade `{found}` — döp om den till `{wanted}`",
        "no such file, but found `{found}` — rename it to `{wanted}`",
    ),
    "unreadable": ("filen kan inte läsas: {reason}", "cannot read the file: {reason}"),
    "too-large": (
        "filen är {size} MB; samnet läser filer på högst {limit} MB (dela upp data eller kontrollera "
        "att det är rätt fil)",
        "the file is {size} MB; samnet reads files of at most {limit} MB (split the data or check "
        "that it is the right file)",
    ),
    "not-regular": (
        "är ingen vanlig fil (en FIFO, en enhet eller en mapp); ange en sparad fil",
        "is not a regular file (a FIFO, a device or a folder); give a saved file",
    ),
    "too-long": (
        "värdet har {n} tecken; samnet läser högst {limit} (lika mycket som en cell i Excel rymmer); korta det",
        "the value has {n} characters; samnet reads at most {limit} (what one Excel cell holds); shorten it",
    ),
    "id-too-long": (
        "id:t har {n} tecken; ett id har högst {limit} (det blir namn på filer och mappar); korta det",
        "the id has {n} characters; an id has at most {limit} (it names files and folders); shorten it",
    ),
    "hopeless": (
        "läsningen avbröts på rad {line}: posterna dittills har fler än {limit} okända nycklar, så filen liknar inte en "
        "kartläggning; kontrollera att det är rätt fil",
        "reading stopped at line {line}: the entries up to there hold more than {limit} unknown keys, so the file does not look "
        "like a mapping; check that it is the right file",
    ),
    "too-deep": (
        "listor och poster är inbäddade i fler än {limit} nivåer; formatet använder fyra",
        "lists and entries are nested more than {limit} levels deep; the format uses four",
    ),
    "too-many-aliases": (
        "filen har fler än {limit} alias (*namn); skriv ut värdena",
        "the file has more than {limit} aliases (*name); write the values out",
    ),
    "encoding": (
        "byte {byte} är inte UTF-8; spara filen som UTF-8 (i Anteckningar: Spara som, Kodning: UTF-8)",
        "byte {byte} is not UTF-8; save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)",
    ),
    "empty-file": ("filen innehåller inga data", "the file holds no data"),
    "tab": ("raden är indragen med tabb; använd mellanslag", "the line is indented with a tab; use spaces"),
    "yaml-syntax": ("ogiltig YAML: {what} (kolumn {column})", "invalid YAML: {what} (column {column})"),
    "colon-in-value": (
        "ett kolon följt av mellanslag mitt i ett värde (kolumn {column}); sätt hela värdet inom "
        'citattecken, t.ex. note: "Obs: …"',
        "a colon followed by a space inside a value (column {column}); put the whole value in "
        'quotes, e.g. note: "Obs: …"',
    ),
    "nbsp": (
        "raden har ett hårt mellanslag (NBSP) där YAML väntar sig ett vanligt (kolumn {column}); skriv om mellanslaget",
        "the line has a non-breaking space where YAML expects a plain one (column {column}); retype the space",
    ),
    "control-character": (
        "filen innehåller ett styrtecken ({char}, kolumn {column}) som inte får finnas i text; ta bort det",
        "the file holds a control character ({char}, column {column}) that text may not contain; remove it",
    ),
    "several-documents": (
        "filen innehåller mer än ett YAML-dokument (en rad med ---); behåll ett",
        "the file holds more than one YAML document (a line with ---); keep one",
    ),
    "duplicate-key": (
        "nyckeln {key} finns två gånger i samma post (första på rad {first}); ta bort en av dem",
        "key {key} appears twice in this entry (first on line {first}); remove one of them",
    ),
    "key-not-word": ("en nyckel måste vara ett ord", "a key must be a plain word"),
    "yaml-tag": (
        "taggen {tag} tillåts inte; ta bort den (samnet läser bara text, tal, listor och poster)",
        "the tag {tag} is not allowed; remove it (samnet reads only text, numbers, lists and entries)",
    ),
    "undefined-alias": (
        "aliaset *{name} hänvisar inte till något &{name} ovanför; skriv ut värdet",
        "the alias *{name} refers to no &{name} above it; write the value out",
    ),
    # Shape of the document.
    "top-shape": (
        "filen måste vara en post med {allowed} överst, men är {got}",
        "the file must be a mapping with {allowed} at the top, got {got}",
    ),
    "unknown-section": ("{key} är ingen känd del av filen{hint}", "{key} is not a known section{hint}"),
    "section-missing": ('filen behöver en lista "{key}:"', 'the file needs a "{key}:" list'),
    "section-not-list": (
        '"{key}" måste vara en lista med poster ("- ...")',
        '"{key}" must be a list of entries ("- ...")',
    ),
    "entry-shape": ("väntade en post med nycklar, fick {got}", "expected an entry with keys, got {got}"),
    "source-shape": (
        "väntade en post med title, author, year, url, fick {got}",
        "expected a mapping with title, author, year, url, got {got}",
    ),
    "unknown-key": ("{key} är ingen känd nyckel{hint}", "{key} is not a known key{hint}"),
    "missing-key": ("{key} saknas men måste finnas", "{key} is required"),
    # Values.
    "empty-value": ("{key} är tomt; skriv {what}", "{key} is empty; write {what}"),
    "expected-text": ("väntade text, fick {got}", "expected text, got {got}"),
    "bool-as-text": (
        '{value} läses som sant/falskt; skriv "{value}" inom citattecken',
        '{value} is read as true/false; write "{value}" in quotes',
    ),
    "expected-id": ("väntade ett id, fick {got}", "expected an id, got {got}"),
    "number-as-id": (
        '{value} läses som ett tal; ett id är text: skriv "{value}" inom citattecken '
        "(i Excel: formatera cellen som text)",
        '{value} is read as a number; an id is text: write "{value}" in quotes (in Excel: format the cell as text)',
    ),
    "bad-id": (
        "{value} är inget giltigt id: skriv med små bokstäver a-z, siffror och enkla bindestreck "
        "(å, ä, ö som a, a, o){hint}",
        "{value} is not a valid id: use lower-case a-z, digits and single dashes (write å, ä, ö as a, a, o){hint}",
    ),
    "name-as-id": (
        '{value} är inget id; här hör ett id hemma (menade du "{ident}"?)',
        '{value} is not an id; an id belongs here (did you mean "{ident}"?)',
    ),
    "control-in-text": (
        "{value} innehåller styrtecknet {char}; ta bort det (radbrytning och tabb går bara i note)",
        "{value} holds the control character {char}; remove it (line breaks and tabs belong only in note)",
    ),
    "expected-word": ("väntade ett ord, fick {got}", "expected one word, got {got}"),
    "not-in-vocab": ("{value} är {unknown}{hint}", "{value} is not a known {what}{hint}"),
    "choose-one": ("; välj en av: {choices}", "; choose one of: {choices}"),
    "type-group": (
        "; ingen typ passar säkert, närmast ligger {group}: {codes}",
        "; no type fits for certain; nearest is {group}: {codes}",
    ),
    "type-none": (
        "; skriv en kod eller ett svenskt namn på en aktörstyp (listan står i mallens hjälpblad och i README under Actor types)",
        "; write a code or a Swedish name of an actor type (listed on the template's help sheet and in the README under Actor types)",
    ),
    "one-of": ("ett av orden {words}", "one of the words {words}"),
    "did-you-mean": (' (menade du "{word}"?)', ' (did you mean "{word}"?)'),
    "empty-list": ("listan är tom; ange minst en {what}", "the list is empty; give at least one {what}"),
    "expected-in-list": ("väntade en {what}, fick {got}", "expected a {what}, got {got}"),
    "expected-bool": ("väntade ja eller nej, fick {got}", "expected yes or no (ja/nej, true/false), got {got}"),
    "level-on-one-way": (
        "en {label} är enkelriktad och har ingen samverkansnivå; ta bort level (lägg till en egen "
        "samverkanslänk om de två också samverkar)",
        "an {label} is one-way and has no samverkan level; remove the level (add a separate "
        "samverkan link if the two also work together)",
    ),
    "missing-ended": (
        "ett band med status upphört behöver ended: när det upphörde (ett datum eller stället i källan)",
        "a tie with status upphört needs ended: when it ended (a date or the passage in the source)",
    ),
    "ended-on-current": (
        "ended: {value} står på ett band som inte har status: upphört; lägg till status: upphört eller ta bort ended",
        "ended: {value} is given on a tie without status: upphört; add status: upphört or remove ended",
    ),
    "colocated-one-way": (
        "en {label} är enkelriktad och kan inte vara samlokalisering; ange colocated på en samverkanslänk "
        "eller ett forum",
        "an {label} is one-way and cannot be co-location; put colocated on a samverkan link or a forum",
    ),
    "missing-level": (
        "samverkan behöver en nivå 1-4 (samverkanstrappan)",
        "samverkan needs a level from 1 to 4 (samverkanstrappan)",
    ),
    "expected-level": (
        'väntade en nivå 1-4 (t.ex. 3 eller "nivå 3"), fick {got}',
        'expected a level 1-4 (e.g. 3 or "nivå 3"), got {got}',
    ),
    "level-range": (
        "{value} ligger utanför samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
        "{value} is outside samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
    ),
    "missing-scope": (
        "samverkan behöver scope: individ, struktur eller [individ, struktur]",
        "samverkan needs a scope: individ, struktur or [individ, struktur]",
    ),
    # References and uniqueness.
    "duplicate-id": ("{what} {ident} finns redan (rad {first})", "{what} {ident} is already defined on line {first}"),
    "forum-id-is-actor": (
        "{ident} är redan id för en aktör; forum behöver egna id",
        "{ident} is already the id of an actor; forums need their own ids",
    ),
    "self-link": ("länken går från {ident} till sig själv", "the link goes from {ident} to itself"),
    "unknown-actor": ("{value} finns inte i {where}{hint}", "{value} is not defined in {where}{hint}"),
    "unknown-kommun": (
        "{value} finns inte {where}{hint} (definierade: {defined})",
        "{value} is not defined {where}{hint} (defined: {defined})",
    ),
    "kommuner-in-file": ("under kommuner: i {file}", "under kommuner: in {file}"),
    "in-sheet": ("i {sheet}", "in {sheet}"),
    "expected-members": ("väntade en lista med aktörs-id, fick {got}", "expected a list of actor ids, got {got}"),
    "duplicate-member": ("{member} står två gånger", "{member} is listed twice"),
    "forum-too-small": ("ett forum behöver minst 2 medlemmar, fick {n}", "a forum needs at least 2 members, got {n}"),
    "forum-too-large": (
        "forumet har {n} medlemmar; samnet tar högst {limit} i ett forum: dela upp det i de grupper som faktiskt möts",
        "the forum has {n} members; samnet takes at most {limit} in one forum: split it into "
        "the groups that actually meet",
    ),
    "bad-date": (
        "{value} är inget datum; skriv ÅÅÅÅ-MM-DD (t.ex. 2024-03-01), ÅÅÅÅ-MM eller ÅÅÅÅ",
        "{value} is not a date; write YYYY-MM-DD (e.g. 2024-03-01), YYYY-MM or YYYY",
    ),
    "norm-shape": (
        "norm ska vara namnet på en norm (t.ex. dalarna-2024) eller en sökväg till en normfil, fick {got}",
        "norm must name a norm (e.g. dalarna-2024) or the path of a norm file, got {got}",
    ),
    "parties-shape": ("väntade en lista med aktörs-id, fick {got}", "expected a list of actor ids, got {got}"),
    # Testimony: informants, reports and basis.
    "unknown-informant": (
        "{value} är varken en informant under informants: eller en aktör {where}{hint}",
        "{value} is neither an informant under informants: nor an actor {where}{hint}",
    ),
    "unknown-informant-actor": (
        "informanten talar för {value}, som inte finns {where}{hint}",
        "the informant speaks for {value}, which is not defined {where}{hint}",
    ),
    "report-level-range": (
        "{value} ligger utanför 0-4: 0 ingen samverkan, 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
        "{value} is outside 0-4: 0 no samverkan, 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
    ),
    "report-level-on-one-way": (
        "en uppgift om en {label} har ingen samverkansnivå; ta bort level",
        "a report of an {label} has no samverkan level; remove the level",
    ),
    "expected-reports": (
        "väntade en lista med uppgifter (by, level, …), fick {got}",
        "expected a list of reports (by, level, …), got {got}",
    ),
    "report-missing-level": (
        "uppgiften behöver en nivå 0-4 (0 betyder att informanten säger att samverkan inte finns)",
        "the report needs a level from 0 to 4 (0 means the informant says there is no such samverkan)",
    ),
    "inferred-with-reports": (
        "basis: härledd betyder att ingen informant beskrev bandet, men det har {n} uppgifter; "
        "ta bort basis eller uppgifterna",
        "basis: härledd means no informant described the tie, but it has {n} reports; remove the basis or the reports",
    ),
    "duplicate-informant": (
        "informanten {ident} finns redan (på {first})",
        "informant {ident} is already defined (at {first})",
    ),
    "informant-is-actor": (
        "{ident} är redan id för en aktör; ge informanten ett eget id (t.ex. {ident}-chef)",
        "{ident} is already an actor's id; give the informant an id of its own (e.g. {ident}-chef)",
    ),
    # Usage errors of the loader and graph.
    "unknown-kommun-usage": (
        "okänd kommun {value}{hint}; data definierar: {defined}",
        "unknown kommun {value}{hint}; the data defines: {defined}",
    ),
    "unknown-lan-usage": (
        "ingen kommun i data hör till län {value}; data nämner: {defined}",
        "no kommun in the data belongs to län {value}; the data names: {defined}",
    ),
}

#: Words used inside messages: key -> (Swedish, English).
WORDS: dict[str, tuple[str, str]] = {
    "kommun": ("kommunen", "kommun"),
    "actor": ("aktören", "actor"),
    "forum": ("forumet", "forum"),
    "actor type": ("aktörstyp", "actor type"),
    "huvudman": ("huvudman", "huvudman"),
    "link kind": ("länktyp", "link kind"),
    "scope": ("scope (individ eller struktur)", "scope"),
    "area": ("våldsområde", "area"),
    "document kind": ("dokumenttyp", "document kind"),
    "document status": ("dokumentstatus", "document status"),
    "document": ("dokumentet", "document"),
    "status": ("status (aktiv eller upphört)", "status"),
    "a name": ("ett namn", "a name"),
    "an id": ("ett id", "an id"),
    "a word": ("ett ord", "a word"),
    "nothing": ("ingenting", "nothing"),
    "a list": ("en lista", "a list"),
    "a mapping": ("en post med nycklar", "a mapping"),
    "a number": ("ett tal ({value})", "a number ({value})"),
    "text": ("text ({value})", "text ({value})"),
    "true/false": ("sant/falskt ({value})", "true/false ({value})"),
    "none": ("inga", "none"),
    # "x är ingen känd …": Swedish needs the gender of the noun.
    "unknown actor type": ("ingen känd aktörstyp", "unknown actor type"),
    "unknown huvudman": ("ingen känd huvudman", "unknown huvudman"),
    "unknown link kind": ("ingen känd länktyp", "unknown link kind"),
    "unknown scope": ("varken individ eller struktur", "unknown scope"),
    "unknown area": ("inget känt våldsområde", "unknown area"),
    "unknown document kind": ("ingen känd dokumenttyp", "unknown document kind"),
    "unknown document status": ("ingen känd dokumentstatus", "unknown document status"),
    "role": ("roll", "role"),
    "unknown role": ("ingen känd roll", "unknown role"),
    "basis": ("grund", "basis"),
    "unknown basis": ("ingen känd grund", "unknown basis"),
    "mandate": ("mandat", "mandate"),
    "unknown mandate": ("inget känt mandat", "unknown mandate"),
    "unknown status": ("varken aktiv eller upphört", "unknown status"),
    "no kommuner": ("inga kommuner", "no kommuner"),
    "no län": ("inget län", "no län"),
    "and": ("och", "and"),
}


#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"loader.": MESSAGES, "loader.word.": WORDS}
