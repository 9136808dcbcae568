"""The data format's one field list: every section's fields in order, as YAML keys and workbook columns.

Everything that reads or writes the data format derives from :data:`SHEETS`:
the loader's key checks (:func:`required_keys`, :func:`optional_keys`), the YAML
writer's key order (:func:`section_keys`, used by :mod:`samnet.write.records`),
and the workbook's sheets, columns, drop-down lists and help
(:mod:`samnet.write.workbook`, read back by :mod:`samnet.load.workbook`). A field
added here appears in all of them.

Examples
--------
>>> section_keys("kommuner"), required_keys("actors")
(('id', 'name', 'lan', 'focus', 'ref', 'note'), ('id', 'name', 'type', 'huvudman'))
>>> required_keys("forums"), "level" in optional_keys("forums")
(('id', 'name', 'members'), True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "Column",
    "Sheet",
    "SHEETS",
    "SECTIONS",
    "TITLES",
    "OWN_CHECKS",
    "TOP_LEVEL_COLUMNS",
    "NESTED",
    "REPORT_POINTERS",
    "report_keys",
    "TESTIMONY_SHEETS",
    "TESTIMONY_COLUMNS",
    "section_keys",
    "required_keys",
    "optional_keys",
]


#: Sheet names of the workbook sections, as ``load_documents`` names them in problems.
SECTIONS = {
    "kommuner": "kommuner",
    "actors": "aktörer",
    "informants": "informanter",
    "links": "länkar",
    "forums": "forum",
    "reports": "uppgifter",
    "documents": "dokument",
    "statements": "uttalanden",
}
#: The sheets and columns of testimony (who said what): a workbook of data without testimony leaves them out.
TESTIMONY_SHEETS = ("informanter", "uppgifter", "uttalanden")
TESTIMONY_COLUMNS = ("basis",)
#: Keys of a YAML entry that hold a list of entries of another section: a link's or forum's
#: ``reports`` (in a workbook, rows of ``uppgifter`` pointing at their link or forum).
NESTED = {"links": ("reports",), "forums": ("reports",)}
#: The columns of ``uppgifter`` that point a report at its link (row on ``länkar``) or forum; a YAML
#: report has no such keys: it is written under its link or forum.
REPORT_POINTERS = ("lank", "forum")


@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its YAML key, how a cell is read, width and Swedish help.

    ``kind`` is one of ``id`` (an id this row defines), ``kommun`` / ``actor``
    (an id defined on another sheet), ``kommuner`` / ``actors`` (a list of
    them), ``text``, ``date``, ``choice``, ``choices`` (one word or a list), ``level``
    and ``bool``. ``vocab`` names the drop-down list.
    """

    key: str
    kind: str
    width: int
    required: str
    help: str
    vocab: str | None = None

    @property
    def title(self) -> str:
        """The Swedish header of the column (the YAML key where it is already Swedish).

        Examples
        --------
        >>> Column("person_dependent", "bool", 10, "nej", "").title
        'personbunden'
        """
        return TITLES.get(self.key, self.key)


@dataclass(frozen=True)
class Sheet:
    """A data sheet: its name, the YAML section it holds and its columns."""

    name: str
    section: str
    columns: tuple[Column, ...]
    help: str

    def column(self, key: str) -> Column | None:
        """The column for ``key``, or None.

        Examples
        --------
        >>> SHEETS[2].column("level").vocab
        'level'
        """
        return next((c for c in self.columns if c.key == key), None)


#: Swedish column headers by YAML key; the reader accepts either.
TITLES: dict[str, str] = {
    "name": "namn",
    "lan": "län",
    "type": "typ",
    "source": "från",
    "target": "till",
    "kind": "slag",
    "level": "nivå",
    "scope": "individ/struktur",
    "person_dependent": "personbunden",
    "areas": "våldsområden",
    "members": "medlemmar",
    "ref": "referens",
    "note": "anteckning",
    "title": "titel",
    "author": "författare",
    "year": "år",
    "url": "webbadress",
    "decided_by": "beslutad av",
    "focus": "fokus",
    "ended": "upphörde",
    "colocated": "samlokaliserad",
    "quote": "citat",
    "mandate": "mandat",
}

_ID_HELP = "id: små bokstäver a-z, siffror och bindestreck (skriv å, ä, ö som a, a, o)"
_TIE = (
    Column(
        "level", "level", 8, "ja", "nivå i samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan", "level"
    ),
    Column(
        "scope",
        "choices",
        18,
        "ja",
        "individ (kring ett ärende), struktur (rutiner, nätverk, utbildning) eller båda",
        "scope",
    ),
    Column(
        "person_dependent",
        "bool",
        17,
        "nej",
        "ja om samverkan hänger på en person (personbunden, eldsjälsstyrd); tomt betyder nej",
        "janej",
    ),
    Column("areas", "choices", 20, "nej", "våldsområden, flera med komma: vinr, hrv, unga, barn", "areas"),
)
_TAIL = (
    Column("ref", "text", 14, "nej", "var källan beskriver det, t.ex. 000 §5.3.1"),
    Column("note", "text", 60, "nej", "fri text"),
)
_BASIS = Column(
    "basis",
    "choice",
    12,
    "nej",
    "vad bandet vilar på: intervju (standard när bladet uppgifter har rader för det), dokument "
    "(en skriven överenskommelse eller rutin) eller harledd (ingen informant beskrev det; den som "
    "kodade drog slutsatsen)",
    "basis",
)
#: Whether a tie still exists, and whether its parties sit together: after the tail, so that
#: the columns before keep their letters.
_STATE = (
    Column(
        "status",
        "choice",
        12,
        "nej",
        "tomt (aktiv) eller upphört: ett upphört band finns kvar men räknas inte i dagens siffror",
        "status",
    ),
    Column("ended", "text", 18, "nej", "när det upphörde: ett datum eller stället i källan; krävs med upphört"),
    Column("colocated", "bool", 12, "nej", "ja om parterna sitter samlokaliserade; tomt betyder nej", "janej"),
)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "kommuner",
        "kommuner",
        (
            Column("id", "id", 16, "ja", f"kommunens {_ID_HELP}, unikt"),
            Column("name", "text", 28, "ja", "namn som visas, t.ex. Ljusdals kommun"),
            Column("lan", "text", 16, "nej", "länet; samnet map --lan ritar en karta över hela länet"),
            Column(
                "focus",
                "choices",
                16,
                "nej",
                "våldsområden kommunen har ett uttalat fokus på, t.ex. hrv; inget om källan säger att det saknas",
                "areas",
            ),
        )
        + _TAIL,
        "En rad per kommun som kartläggs.",
    ),
    Sheet(
        "aktörer",
        "actors",
        (
            Column("id", "id", 28, "ja", f"aktörens {_ID_HELP}, unikt bland aktörer och forum"),
            Column("name", "text", 40, "ja", "namn som visas"),
            Column(
                "type",
                "choice",
                22,
                "ja",
                "aktörstyp: välj ur listan (alla typer och deras koder står på bladet hjälp)",
                "type",
            ),
            Column("huvudman", "choice", 12, "ja", "kommun, region, stat, ideell eller privat", "huvudman"),
            Column(
                "kommun",
                "kommun",
                14,
                "nej",
                "kommunens id från bladet kommuner; tomt för aktörer som tjänar flera kommuner (Polisen, Barnahus)",
                "kommun-ids",
            ),
            Column(
                "organisation",
                "actor",
                20,
                "nej",
                "ett id som enheterna i samma organisation delar (t.ex. polisen för polisens grupper)",
            ),
        )
        + _TAIL,
        "En rad per aktör (organisation eller enhet).",
    ),
    Sheet(
        "länkar",
        "links",
        (
            Column("source", "actor", 28, "ja", "aktör (id från bladet aktörer) som länken går från", "actor-ids"),
            Column("target", "actor", 28, "ja", "aktör (id) som länken går till; inte samma som från", "actor-ids"),
            Column(
                "kind",
                "choice",
                14,
                "nej",
                "samverkan (tomt betyder samverkan) eller en enkelriktad länk: "
                "orosanmalan, polisanmalan, hanvisning, information",
                "kind",
            ),
        )
        + tuple(
            Column(
                c.key,
                c.kind,
                c.width,
                "för samverkan" if c.required == "ja" else c.required,
                c.help + ("; lämna tomt för enkelriktade länkar" if c.key == "level" else ""),
                c.vocab,
            )
            for c in _TIE
        )
        + (
            Column(
                "kommun",
                "kommuner",
                20,
                "nej",
                "kommun-id, flera med komma; tomt betyder aktörernas kommuner",
                "kommun-ids",
            ),
        )
        + _TAIL
        + (_BASIS,)
        + _STATE,
        "En rad per band mellan två aktörer: samverkan eller en enkelriktad länk.",
    ),
    Sheet(
        "forum",
        "forums",
        (
            Column("id", "id", 28, "ja", f"forumets {_ID_HELP}, unikt bland aktörer och forum"),
            Column("name", "text", 36, "ja", "namn som visas, t.ex. Spindelgrupper"),
            Column("members", "actors", 50, "ja", "minst två olika aktörs-id, med komma emellan", "actor-ids"),
        )
        + _TIE
        + (
            Column(
                "kommun",
                "kommuner",
                20,
                "nej",
                "kommun-id, flera med komma; tomt betyder medlemmarnas kommuner",
                "kommun-ids",
            ),
            Column(
                "regional",
                "bool",
                10,
                "nej",
                "ja för en struktur som tjänar flera kommuner (räknas en gång per kommun, genom kommunens egna "
                "medlemmar); tomt betyder nej, men ett forum med medlemmar från flera kommuner är regionalt ändå",
                "janej",
            ),
        )
        + _TAIL
        + (_BASIS,)
        + _STATE,
        "En rad per återkommande grupp (nätverk, styrgrupp, samråd) med dess medlemmar.",
    ),
    Sheet(
        "dokument",
        "documents",
        (
            Column("id", "id", 24, "ja", f"dokumentets {_ID_HELP}, unikt bland dokument"),
            Column("name", "text", 40, "ja", "namn som visas, t.ex. Rutin för sekretess mellan IFO och BUP"),
            Column(
                "kind",
                "choice",
                16,
                "ja",
                "overenskommelse, avtal, rutin, policy, handlingsplan eller riktlinje",
                "document-kind",
            ),
            Column("parties", "actors", 40, "ja", "parternas aktörs-id, med komma emellan", "actor-ids"),
            Column(
                "kommun",
                "kommun",
                14,
                "nej",
                "kommunens id; tomt för ett regionalt dokument (t.ex. Barnahus samverkansavtal)",
                "kommun-ids",
            ),
            Column("decided", "date", 12, "nej", "beslutsdatum: ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM, ÅÅÅÅ)"),
            Column("decided_by", "text", 24, "nej", "vem som beslutade, t.ex. Socialnämnden"),
            Column(
                "status",
                "choice",
                12,
                "nej",
                "gallande (tomt betyder gallande), utkast eller upphort",
                "document-status",
            ),
            Column("areas", "choices", 20, "nej", "våldsområden, flera med komma: vinr, hrv, unga, barn", "areas"),
        )
        + _TAIL,
        "En rad per skriftlig överenskommelse, avtal, rutin, policy, handlingsplan eller riktlinje (frivilligt).",
    ),
    Sheet(
        "källa",
        "source",
        (
            Column("title", "text", 40, "nej", "rapportens eller kartläggningens titel"),
            Column("author", "text", 30, "nej", "vem som gjort den"),
            Column("year", "text", 8, "nej", "år, t.ex. 2024"),
            Column("url", "text", 40, "nej", "var den finns att läsa"),
            Column("text", "text", 60, "nej", "fri text, t.ex. hur kartläggningen gjordes"),
            Column(
                "norm",
                "text",
                20,
                "nej",
                "normen kartläggningen ska hållas mot, t.ex. dalarna-2024; tomt: ingen jämförelse",
            ),
        ),
        "Varifrån kartläggningen kommer (frivilligt): en enda rad.",
    ),
    Sheet(
        "informanter",
        "informants",
        (
            Column("id", "id", 20, "ja", f"informantens {_ID_HELP}, unikt; inte samma som en aktörs id"),
            Column(
                "actor", "actor", 28, "ja", "aktören (id från bladet aktörer) som informanten talar för", "actor-ids"
            ),
            Column("role", "choice", 14, "nej", "chef, medarbetare, samordnare, politiker eller annan", "role"),
        )
        + _TAIL,
        "Vem som intervjuades (frivilligt). Finns bladet räknas varje aktör utan informant som ej intervjuad.",
    ),
    Sheet(
        "uppgifter",
        "reports",
        (
            Column(
                "lank", "row", 8, "nej", "radnumret i bladet länkar för länken uppgiften gäller (eller fyll i forum)"
            ),
            Column(
                "forum",
                "forum",
                24,
                "nej",
                "forumets id (från bladet forum) om uppgiften gäller ett forum",
                "forum-ids",
            ),
            Column(
                "by",
                "actor",
                20,
                "ja",
                "vem som sa det: en informants id, eller en aktörs id (en informant därifrån)",
                "by-ids",
            ),
            Column(
                "level",
                "level",
                8,
                "för samverkan",
                "0-4: 0 betyder att informanten säger att samverkan inte finns; tomt för enkelriktade länkar",
                "level0",
            ),
        )
        + tuple(Column(c.key, c.kind, c.width, "nej", c.help, c.vocab) for c in _TIE[1:])
        + _TAIL,
        "En rad per informants uppgift om en länk eller ett forum (frivilligt): vem, vilken nivå, var.",
    ),
    Sheet(
        "uttalanden",
        "statements",
        (
            Column(
                "role",
                "choice",
                14,
                "ja",
                "vilken grupp som sa det: chef, medarbetare, samordnare, politiker eller annan",
                "role",
            ),
            Column("quote", "text", 60, "ja", "informantens ord, som källan återger dem"),
            Column(
                "mandate",
                "choice",
                12,
                "ja",
                "vad orden säger om mandat för samverkan: fullt, begränsat, varierar eller oklart",
                "mandate",
            ),
            Column(
                "basis",
                "choice",
                12,
                "nej",
                "harledd när mandatet är den som kodade läsning av orden (informanten sa inte ordet själv)",
                "basis",
            ),
            Column(
                "kommun", "kommun", 14, "nej", "kommunens id; tomt när källan inte säger vilken kommun", "kommun-ids"
            ),
        )
        + _TAIL,
        "Vad grupper av informanter (chefer, medarbetare) säger om mandat, när källan inte namnger vem (frivilligt).",
    ),
)


#: Columns a sheet holds that are top-level keys in YAML, not keys of the sheet's section:
#: ``norm`` sits on ``källa`` in a workbook and at the top of ``actors.yaml``.
TOP_LEVEL_COLUMNS = ("norm",)

#: Required fields whose absence the loader reports with a code of its own (``missing-level``,
#: ``missing-scope``) rather than ``missing-key``: a forum's level and scope.
OWN_CHECKS = ("level", "scope")


def _sheet(section: str) -> Sheet:
    return next(sheet for sheet in SHEETS if sheet.section == section)


@cache
def section_keys(section: str) -> tuple[str, ...]:
    """Every key of a YAML section (``kommuner``, ``actors``, ``links``, ``forums``, ``source``), in order.

    A link's and a forum's ``reports`` come last: a list of entries, not a column.

    Examples
    --------
    >>> section_keys("source")
    ('title', 'author', 'year', 'url', 'text')
    """
    keys = tuple(column.key for column in _sheet(section).columns if column.key not in TOP_LEVEL_COLUMNS)
    return keys + NESTED.get(section, ())


@cache
def required_keys(section: str) -> tuple[str, ...]:
    """The keys an entry of ``section`` must have (else ``missing-key``).

    Examples
    --------
    >>> required_keys("links")
    ('source', 'target')
    """
    return tuple(c.key for c in _sheet(section).columns if c.required == "ja" and c.key not in OWN_CHECKS)


@cache
def optional_keys(section: str) -> tuple[str, ...]:
    """The other keys an entry of ``section`` may have, in order.

    Examples
    --------
    >>> optional_keys("kommuner")
    ('lan', 'focus', 'ref', 'note')
    """
    required = required_keys(section)
    return tuple(key for key in section_keys(section) if key not in required)


def report_keys() -> tuple[str, ...]:
    """The keys of one report in YAML (``by`` first), from the columns of ``uppgifter``.

    Examples
    --------
    >>> report_keys()
    ('by', 'level', 'scope', 'person_dependent', 'areas', 'ref', 'note')
    """
    return tuple(key for key in section_keys("reports") if key not in REPORT_POINTERS)
