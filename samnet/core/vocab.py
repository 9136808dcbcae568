"""The controlled vocabularies of the data format, kept in one place.

Every list the loader checks against, the README documents and the maps
colour by lives here, so adding an actor type is a one-line change.

Examples
--------
>>> TYPES["ifo"].group
'social'
>>> "orosanmalan" in ONE_WAY_KINDS
True
>>> LEVELS[3].sv
'samarbete'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from samnet.core.type_words import TYPE_WORDS
from samnet.texts.catalogue import pick

__all__ = [
    "in_language",
    "type_name",
    "name_order",
    "kind_name",
    "area_name",
    "ActorType",
    "TypeGroup",
    "Level",
    "TYPES",
    "GROUPS",
    "HUVUDMAN",
    "KINDS",
    "ONE_WAY_KINDS",
    "SAMVERKAN",
    "SCOPES",
    "AREAS",
    "DOCUMENT_KINDS",
    "DOCUMENT_STATUSES",
    "MODALITIES",
    "TIE_STATUSES",
    "ENDED",
    "LEVELS",
    "ROLES",
    "BASES",
    "INFERRED",
    "MANDATES",
    "STATUSES",
    "best_status",
    "ID_PATTERN",
    "Function",
    "FUNCTIONS",
    "FUNCTION_OF",
    "function_name",
    "BROKERAGE_ROLES",
    "BROKERAGE_GROUPINGS",
    "EI_GROUPINGS",
    "TYPE_WORDS",
    "type_forms",
    "read_type",
    "TypeReading",
]

#: Ids of kommuner, actors and forums: lower-case ASCII letters, digits and dashes.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


@dataclass(frozen=True)
class TypeGroup:
    """A group of actor types that share a colour on the maps."""

    id: str
    sv: str
    en: str
    color: str


@dataclass(frozen=True)
class ActorType:
    """One actor type of the vocabulary, with its display names and group."""

    id: str
    sv: str
    en: str
    group: str


@dataclass(frozen=True)
class Level:
    """One step of samverkanstrappan (000 §4.2)."""

    number: int
    sv: str
    en: str


# Colours are from the Okabe-Ito palette, which stays distinguishable for the
# common forms of colour blindness; warning and one-way colours are kept out of it.
GROUPS: dict[str, TypeGroup] = {
    g.id: g
    for g in [
        TypeGroup("social", "Kommunens socialtjänst", "Municipal social services", "#0072B2"),
        TypeGroup("kommun", "Kommunen i övrigt", "Other municipal services", "#56B4E9"),
        TypeGroup("school", "Skola och förskola", "School and preschool", "#009E73"),
        TypeGroup("health", "Hälso- och sjukvård", "Health care", "#CC79A7"),
        TypeGroup("justice", "Polis och rättsväsende", "Police and justice", "#332288"),
        TypeGroup("civil", "Civilsamhället", "Civil society", "#E69F00"),
        TypeGroup("regional", "Regionala och statliga organ", "Regional and state bodies", "#999999"),
    ]
}

TYPES: dict[str, ActorType] = {
    t.id: t
    for t in [
        ActorType("ifo", "Individ- och familjeomsorg (IFO)", "Individual and family care (IFO)", "social"),
        ActorType("socialtjanst", "Socialtjänst", "Social services", "social"),
        ActorType("strateg", "Strateg / samordnare", "Strategist / coordinator", "kommun"),
        ActorType("faltverksamhet", "Fältverksamhet", "Outreach youth work", "kommun"),
        ActorType("fritid", "Fritid", "Leisure services", "kommun"),
        ActorType("bostadsbolag", "Bostadsbolag", "Housing company", "kommun"),
        ActorType("kommun", "Kommun, övrig förvaltning", "Municipality, other department", "kommun"),
        ActorType("elevhalsa", "Elevhälsa", "Pupil health", "school"),
        ActorType("skola", "Skola", "School", "school"),
        ActorType("forskola", "Förskola", "Preschool", "school"),
        ActorType("bvc", "Barnavårdscentral (BVC)", "Child health centre (BVC)", "health"),
        ActorType("mvc", "Mödravårdscentral (MVC)", "Maternity clinic (MVC)", "health"),
        ActorType("familjecentral", "Familjecentral", "Family centre", "health"),
        ActorType("barn-och-familjehalsa", "Barn- och familjehälsa", "Child and family health", "health"),
        ActorType("ungdomsmottagning", "Ungdomsmottagning", "Youth clinic", "health"),
        ActorType("primarvard", "Primärvård / hälsocentral", "Primary care / health centre", "health"),
        ActorType("bup", "Barn- och ungdomspsykiatri (BUP)", "Child and adolescent psychiatry (BUP)", "health"),
        ActorType("vuxenpsykiatri", "Vuxenpsykiatri", "Adult psychiatry", "health"),
        ActorType("beroendevard", "Beroendevård", "Addiction care", "health"),
        ActorType("somatisk-vard", "Somatisk vård", "Somatic care", "health"),
        ActorType("tandvard", "Tandvård", "Dental care", "health"),
        ActorType("polis", "Polisen", "Police", "justice"),
        ActorType("aklagare", "Åklagare", "Prosecutor", "justice"),
        ActorType("barnahus", "Barnahus", "Barnahus (child advocacy centre)", "justice"),
        ActorType("kriminalvard", "Kriminalvård", "Prison and probation", "justice"),
        ActorType("kvinnojour", "Kvinnojour", "Women's shelter", "civil"),
        ActorType("tjejjour", "Tjejjour", "Girls' shelter", "civil"),
        ActorType("brottsofferjour", "Brottsofferjour", "Victim support", "civil"),
        ActorType("ideell", "Ideell organisation", "Non-profit organisation", "civil"),
        ActorType("trossamfund", "Trossamfund", "Faith community", "civil"),
        ActorType("forening", "Förening", "Association", "civil"),
        ActorType("lansstyrelse", "Länsstyrelsen", "County administrative board", "regional"),
        ActorType("myndighet", "Myndighet", "Government agency", "regional"),
        ActorType("forsakringskassa", "Försäkringskassan", "Social insurance agency", "regional"),
        ActorType("arbetsformedling", "Arbetsförmedlingen", "Public employment service", "regional"),
        ActorType("migrationsverket", "Migrationsverket", "Migration agency", "regional"),
    ]
}

#: Who runs an actor.
HUVUDMAN: dict[str, tuple[str, str]] = {
    "kommun": ("kommun", "municipality"),
    "region": ("region", "region"),
    "stat": ("stat", "state"),
    "ideell": ("ideell", "non-profit"),
    "privat": ("privat", "private"),
}

#: The kind of a link that is real samverkan; every other kind is one-way.
SAMVERKAN = "samverkan"

#: Link kinds with Swedish and English labels.
KINDS: dict[str, tuple[str, str]] = {
    "samverkan": ("samverkan", "collaboration"),
    "orosanmalan": ("orosanmälan", "report of concern"),
    "polisanmalan": ("polisanmälan", "police report"),
    "hanvisning": ("hänvisning", "referral"),
    "information": ("information", "information handed over"),
}

#: One-way kinds: a legal duty or a hand-over, never counted as samverkan (000 §6).
ONE_WAY_KINDS: tuple[str, ...] = tuple(k for k in KINDS if k != SAMVERKAN)

#: Scope of a tie: around a case, or structural work.
SCOPES: dict[str, tuple[str, str]] = {
    "individ": ("individnivå", "individual level"),
    "struktur": ("strukturnivå", "structural level"),
}

#: Whether a link or forum still exists: ``aktiv`` (the default) or ``upphort``, ended.
TIE_STATUSES: dict[str, tuple[str, str]] = {
    "aktiv": ("aktiv", "current"),
    "upphort": ("upphört", "ended"),
}

#: The status of a tie that has ended: it stays in the data, out of current figures.
ENDED = "upphort"

#: Areas of violence the sources distinguish.
AREAS: dict[str, tuple[str, str]] = {
    "vinr": ("våld i nära relationer", "violence in close relationships"),
    "hrv": ("hedersrelaterat våld och förtryck", "honour-related violence and oppression"),
    "unga": ("våld i ungas parrelationer", "violence in young people's relationships"),
    "barn": ("barn som upplevt våld", "children who experience violence"),
}

#: Kinds of written documents a mapping may record (agreements, routines, policies).
DOCUMENT_KINDS: dict[str, tuple[str, str]] = {
    "overenskommelse": ("överenskommelse", "agreement between huvudmän"),
    "avtal": ("avtal", "contract"),
    "rutin": ("rutin", "routine"),
    "policy": ("policy", "policy"),
    "handlingsplan": ("handlingsplan", "action plan"),
    "riktlinje": ("riktlinje", "guideline"),
}

#: Whether a document is in force, a draft or has lapsed.
DOCUMENT_STATUSES: dict[str, tuple[str, str]] = {
    "gallande": ("gällande", "in force"),
    "utkast": ("utkast", "draft"),
    "upphort": ("upphört", "lapsed"),
}

#: How an agreement words an obligation: ``ska`` is a requirement, ``bör`` a recommendation
#: or general advice (allmänt råd). The words are Swedish in both languages: they are quoted.
MODALITIES: dict[str, tuple[str, str]] = {
    "ska": ("ska", "ska (requirement)"),
    "bor": ("bör", "bör (recommendation)"),
}

LEVELS: dict[int, Level] = {
    lv.number: lv
    for lv in [
        Level(1, "samtal", "talk"),
        Level(2, "samsyn", "shared view"),
        Level(3, "samarbete", "coordination"),
        Level(4, "samverkan", "common goal"),
    ]
}


#: What an informant does in the organisation it speaks for (000 §5.9: "medarbetare och chefer";
#: 001 interviewed samordnare, socialchefer and politiker).
ROLES: dict[str, tuple[str, str]] = {
    "chef": ("chef", "manager"),
    "medarbetare": ("medarbetare", "staff member"),
    "samordnare": ("samordnare", "coordinator"),
    "politiker": ("politiker", "politician"),
    "annan": ("annan", "other"),
}

#: What a link or forum rests on: an interview, a written agreement or routine, or the coder's inference.
BASES: dict[str, tuple[str, str]] = {
    "intervju": ("intervju", "interview"),
    "dokument": ("dokument", "document"),
    "harledd": ("härledd", "inferred"),
}

#: The basis of a tie that no informant described: the person encoding the data concluded it.
INFERRED = "harledd"

#: What a statement about mandate says (000 §5.9 "Mandat för samverkan"): the mandate the
#: speaker describes for those who take part in samverkan, in the order figures list them.
MANDATES: dict[str, tuple[str, str]] = {
    "fullt": ("fullt", "full"),
    "begransat": ("begränsat", "limited"),
    "varierar": ("varierar", "varies"),
    "oklart": ("oklart", "unclear"),
}

#: The testimony status of a described tie, in the order figures list them.
STATUSES: tuple[str, ...] = (
    "confirmed",
    "disputed",
    "one_sided",
    "third_party",
    "inferred",
    "document",
    "unattributed",
)


#: From best to least supported: a pair joined by several ties is as well supported as its best.
_SUPPORT = ("confirmed", "document", "one_sided", "third_party", "inferred", "unattributed", "disputed")


def best_status(statuses: list[str]) -> str:
    """The best-supported of several statuses (``unattributed`` for none).

    Examples
    --------
    >>> best_status(["inferred", "one_sided"])
    'one_sided'
    """
    return min(statuses, key=_SUPPORT.index) if statuses else "unattributed"


def in_language(pair: tuple[str, str], lang: str) -> str:
    """Pick the Swedish or English word of a ``(sv, en)`` pair.

    Examples
    --------
    >>> in_language(KINDS["orosanmalan"], "sv"), in_language(KINDS["orosanmalan"], "en")
    ('orosanmälan', 'report of concern')
    """
    return pick(pair, lang)


def type_name(type_id: str, lang: str = "sv", *, short: bool = False) -> str:
    """The display name of an actor type; ``short`` gives the acronym where the name ends in one.

    Examples
    --------
    >>> type_name("ifo"), type_name("ifo", short=True), type_name("polis", "en")
    ('Individ- och familjeomsorg (IFO)', 'IFO', 'Police')
    """
    entry = TYPES.get(type_id)
    if entry is None:
        return type_id
    name = pick((entry.sv, entry.en), lang)
    if short and name.endswith(")") and "(" in name:
        acronym = name[name.rindex("(") + 1 : -1]
        if len(acronym) >= 2 and acronym.isupper():
            return acronym
    return name


def kind_name(kind: str, lang: str = "sv") -> str:
    """The display name of a link kind.

    Examples
    --------
    >>> kind_name("hanvisning"), kind_name("hanvisning", "en")
    ('hänvisning', 'referral')
    """
    return in_language(KINDS[kind], lang)


def area_name(area: str, lang: str = "sv") -> str:
    """The display name of an area of violence.

    Examples
    --------
    >>> area_name("hrv")
    'hedersrelaterat våld och förtryck'
    """
    return in_language(AREAS[area], lang)


@dataclass(frozen=True)
class Function:
    """A job in samverkan that several actor types may do (IFO and socialtjänst are both social services).

    A comparison of two kommuner claims presence or absence only per
    function, never per type: one kommun's data may type its social services
    ``ifo`` and the other's ``socialtjanst``.
    """

    id: str
    sv: str
    en: str
    types: tuple[str, ...]


#: Functions of the actor types, next to the groups: every type belongs to exactly one.
FUNCTIONS: dict[str, Function] = {
    f.id: f
    for f in [
        Function("social", "Socialtjänst", "Social services", ("ifo", "socialtjanst")),
        Function("samordning", "Strateg / samordnare", "Strategist / coordinator", ("strateg",)),
        Function("ungdom", "Fältverksamhet och fritid", "Outreach and leisure", ("faltverksamhet", "fritid")),
        Function("bostad", "Bostadsbolag", "Housing company", ("bostadsbolag",)),
        Function("forvaltning", "Kommun, övrig förvaltning", "Municipality, other department", ("kommun",)),
        Function("skola", "Skola och elevhälsa", "School and pupil health", ("skola", "elevhalsa")),
        Function("forskola", "Förskola", "Preschool", ("forskola",)),
        Function(
            "barnhalsa",
            "Mödra- och barnhälsovård",
            "Maternal and child health",
            ("bvc", "mvc", "familjecentral", "barn-och-familjehalsa"),
        ),
        Function("ungdomsmottagning", "Ungdomsmottagning", "Youth clinic", ("ungdomsmottagning",)),
        Function("primarvard", "Primärvård", "Primary care", ("primarvard",)),
        Function(
            "psykiatri",
            "Psykiatri och beroendevård",
            "Psychiatry and addiction care",
            ("bup", "vuxenpsykiatri", "beroendevard"),
        ),
        Function("sjukvard", "Somatisk vård och tandvård", "Somatic and dental care", ("somatisk-vard", "tandvard")),
        Function("polis", "Polisen", "Police", ("polis",)),
        Function("aklagare", "Åklagare", "Prosecutor", ("aklagare",)),
        Function("barnahus", "Barnahus", "Barnahus", ("barnahus",)),
        Function("kriminalvard", "Kriminalvård", "Prison and probation", ("kriminalvard",)),
        Function("jour", "Kvinno- och tjejjour", "Women's and girls' shelter", ("kvinnojour", "tjejjour")),
        Function("brottsofferjour", "Brottsofferjour", "Victim support", ("brottsofferjour",)),
        Function(
            "civil",
            "Föreningar och trossamfund",
            "Associations and faith communities",
            ("ideell", "trossamfund", "forening"),
        ),
        Function("lansstyrelse", "Länsstyrelsen", "County administrative board", ("lansstyrelse",)),
        Function(
            "myndighet",
            "Statliga myndigheter",
            "Government agencies",
            ("myndighet", "forsakringskassa", "arbetsformedling", "migrationsverket"),
        ),
    ]
}

#: The function of each actor type.
FUNCTION_OF: dict[str, str] = {t: f.id for f in FUNCTIONS.values() for t in f.types}


def function_name(function_id: str, lang: str = "sv") -> str:
    """The display name of a function.

    Examples
    --------
    >>> FUNCTION_OF["ifo"] == FUNCTION_OF["socialtjanst"] == "social"
    True
    >>> function_name("jour"), function_name("jour", "en")
    ('Kvinno- och tjejjour', "Women's and girls' shelter")
    """
    entry = FUNCTIONS[function_id]
    return pick((entry.sv, entry.en), lang)


#: Gould and Fernandez's five brokerage roles (samnet.measure.brokerage), in R sna's column
#: order w_I, w_O, b_OI, b_IO, b_O: the keys of each actor's ``brokerage`` counts.
BROKERAGE_ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")

#: The groupings brokerage is counted over: the actors' huvudman and their type.
BROKERAGE_GROUPINGS = ("huvudman", "type")

#: The groupings the E-I index is computed for (samnet.measure.cohesion).
EI_GROUPINGS = ("huvudman", "organisation")

# Endings of the definite and plural forms: skola → skolan, skolor; polis → polisen;
# barnahus → barnahuset; vårdcentral → vårdcentralerna; samordnare → samordnaren.
_ENDINGS = ("", "en", "n", "et", "t", "na", "er", "erna", "ar", "arna", "or", "orna", "s")


def _fold(word: str) -> str:
    """Lower case without accents, spaces around dashes and repeated spaces (``Barn - och`` → ``barn- och``)."""
    decomposed = unicodedata.normalize("NFKD", word.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"\s*-\s+", "- ", plain)
    return re.sub(r"\s+", " ", plain)


def _names_of(entry: ActorType) -> list[str]:
    """The display name split into what a coordinator might write: ``Primärvård / hälsocentral``, its
    parts, the name without its acronym, and the acronym."""
    names = [entry.id, entry.id.replace("-", " "), entry.sv]
    for part in re.split(r"\s*/\s*|,\s*", entry.sv):
        names.append(part)
    acronym = re.match(r"(.*?)\s*\(([^)]+)\)\s*$", entry.sv)
    if acronym:
        names += [acronym.group(1), acronym.group(2)]
    return names + list(TYPE_WORDS.get(entry.id, ()))


def _inflected(word: str) -> set[str]:
    """``word`` with the endings of its definite and plural forms (on the last word of a phrase)."""
    forms = {word + ending for ending in _ENDINGS}
    if word.endswith(("a", "e")):
        forms |= {word[:-1] + ending for ending in ("or", "orna", "ar", "arna", "na")}
    return forms


@lru_cache(maxsize=1)
def type_forms() -> dict[str, str]:
    """Every accepted spelling of an actor type, folded, to its id; a form two types share is left out.

    Examples
    --------
    >>> forms = type_forms()
    >>> forms["frivarden"], forms["socialtjansten"], forms["vardcentralerna"], forms["halsocentral"]
    ('kriminalvard', 'socialtjanst', 'primarvard', 'primarvard')
    """
    owners: dict[str, set[str]] = {}
    for entry in TYPES.values():
        for name in _names_of(entry):
            for form in _inflected(_fold(name)):
                owners.setdefault(form, set()).add(entry.id)
    # An id is always its own type, even when another type's inflected word happens to match it.
    table = {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}
    table.update({type_id: type_id for type_id in TYPES})
    return table


@dataclass(frozen=True)
class TypeReading:
    """What a written type means: ``type`` when it is read, else a ``suggestion`` (a near spelling of
    one function) or the ``group`` nearest to it, whose types a message lists."""

    type: str | None
    suggestion: str | None = None
    group: str | None = None


def read_type(written: str) -> TypeReading:
    """Read an actor type as a coordinator writes it: id, Swedish name, definite form or synonym.

    A word that is not read gets a suggestion only when it is a near spelling of
    words of one function (a typo); otherwise only the nearest group is named,
    never a code of another function.

    Examples
    --------
    >>> read_type("Frivården").type, read_type("Kvinnojouren").type
    ('kriminalvard', 'kvinnojour')
    >>> read_type("Vårdcentarl").suggestion
    'primarvard'
    >>> r = read_type("Sjukgymnast"); r.type, r.suggestion, r.group
    (None, None, 'health')
    """
    folded = _fold(written)
    forms = type_forms()
    if folded in forms:
        return TypeReading(forms[folded])
    near = difflib.get_close_matches(folded, _candidates(folded), n=8, cutoff=0.5)
    if not near:
        stem = next((group for group, stems in _GROUP_STEMS for s in stems if s in folded), None)
        return TypeReading(None, group=stem)
    best = difflib.SequenceMatcher(None, folded, near[0]).ratio()
    functions = {FUNCTION_OF[forms[form]] for form in near if _ratio(folded, form) >= best - 0.05}
    if best >= 0.85 and len(functions) == 1:
        return TypeReading(None, suggestion=forms[near[0]])
    stem = next((group for group, stems in _GROUP_STEMS for s in stems if s in folded), None)
    return TypeReading(None, group=stem or TYPES[forms[near[0]]].group)


# Word parts that place an unknown word in a group (sjukgymnast → health), checked in this order
# so that "åklagarmyndighet" is justice before "myndighet" makes it regional.
_GROUP_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("social", ("social", "ifo", "familjeratt")),
    ("justice", ("polis", "aklag", "domstol", "krimin", "barnahus")),
    ("health", ("vard", "sjuk", "halsa", "lakar", "psyk", "mottagning", "klinik", "barnmorsk", "region")),
    ("school", ("skol", "elev", "gymnas", "larare", "rektor")),
    ("civil", ("jour", "forening", "ideell", "frivillig", "kyrk", "samfund")),
    ("kommun", ("kommun", "forvaltning", "fritid", "bostad", "samordn", "strateg")),
    ("regional", ("myndighet", "verket", "lans", "kassa", "statlig")),
)


@lru_cache(maxsize=1)
def _trigram_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for form in type_forms():
        for gram in _trigrams(form):
            index.setdefault(gram, []).append(form)
    return {gram: tuple(forms) for gram, forms in index.items()}


def _trigrams(word: str) -> set[str]:
    padded = f" {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _candidates(folded: str) -> list[str]:
    """The forms sharing most trigrams with ``folded``: difflib over all 2,000 forms is too slow."""
    shared: dict[str, int] = {}
    for gram in _trigrams(folded):
        for form in _trigram_index().get(gram, ()):
            shared[form] = shared.get(form, 0) + 1
    return [form for form, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:40]]


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def name_order(name: str) -> tuple[str, str]:
    """A sort key that puts names in the order a Swedish reader looks for them (å, ä, ö last).

    Examples
    --------
    >>> sorted(["Örebro", "Älvdalen", "Avesta", "Åre"], key=name_order)
    ['Avesta', 'Åre', 'Älvdalen', 'Örebro']
    """
    folded = name.casefold()
    # Swedish alphabet order: å, ä, ö after z (Unicode puts them there already, but ä before å).
    return folded.translate({ord("å"): "{", ord("ä"): "|", ord("ö"): "}"}), name
