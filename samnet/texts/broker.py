"""Words and sentences about brokerage roles, closeness, the E-I index and key actors: data for the catalogue.

:mod:`samnet.texts.catalogue` registers them under ``broker.``; read them with
:func:`~samnet.texts.catalogue.text`. Fields are filled from figures and from
names in the data only. Keys ending in ``_one`` are the forms English (and
sometimes Swedish) uses with a count of one.

Examples
--------
>>> TABLES["broker."]["role.gatekeeper"]
('grindvakt', 'gatekeeper')
"""

from __future__ import annotations

__all__ = ["TABLES"]

_BROKER: dict[str, tuple[str, str]] = {
    # The five roles of Gould and Fernandez (1989), as Swedish network studies name them.
    "role.coordinator": ("koordinator", "coordinator"),
    "role.itinerant": ("konsult", "itinerant"),
    "role.gatekeeper": ("grindvakt", "gatekeeper"),
    "role.representative": ("representant", "representative"),
    "role.liaison": ("förbindelselänk", "liaison"),
    # Huvudman groups as a sentence names them.
    "group.kommun": ("kommunen", "the municipality"),
    "group.region": ("regionen", "the region"),
    "group.stat": ("staten", "the state"),
    "group.ideell": ("ideell sektor", "the voluntary sector"),
    "group.privat": ("privata aktörer", "private actors"),
    # samnet.present.broker_text: the terminal's and report.md's tables.
    "heading.roles": (
        "Mäklarroller mellan huvudmän (Gould–Fernandez)",
        "Brokerage roles across huvudmän (Gould–Fernandez)",
    ),
    "note.roles": (
        "Antal gånger aktören står mellan två parter som inte samverkar med varandra; varje sådant par "
        "räknas åt båda håll, som i R:s sna::brokerage. Inom parentes: förväntat antal i ett slumpnät "
        "med samma täthet. Forum räknas som samverkan mellan alla medlemmar; envägslänkar räknas inte.",
        "Times the actor stands between two parties that have no samverkan with each other; each such "
        "pair counts in both directions, as in R's sna::brokerage. In brackets: the count expected in a "
        "random network of the same density. A forum counts as samverkan between all its members; "
        "one-way links do not count.",
    ),
    "actor": ("aktör", "actor"),
    "heading.ei": ("E-I-index: samverkan inom eller mellan grupper", "E-I index: samverkan inside or across groups"),
    "note.ei": (
        "(externa par − interna par) ÷ alla par: +1 när all samverkan går mellan grupper, −1 när all stannar inom.",
        "(external pairs − internal pairs) ÷ all pairs: +1 when all samverkan crosses groups, −1 when all stays inside.",
    ),
    "grouping": ("indelning", "grouping"),
    "grouping.huvudman": ("huvudman", "huvudman"),
    "grouping.organisation": ("organisation", "organisation"),
    "group": ("grupp", "group"),
    "all_groups": ("hela nätverket", "whole network"),
    "external": ("mellan grupper", "across groups"),
    "internal": ("inom grupp", "inside a group"),
    "ei": ("E-I", "E-I"),
    "no_ties": ("–", "–"),
    "heading.key": (
        "Nyckelaktörer: vad nätverket förlorar utan aktören",
        "Key actors: what the network loses without the actor",
    ),
    "pairs_lost": ("par som tappar kontakten", "pairs cut apart"),
    "parts_after": ("delar efter", "parts after"),
    "isolated": ("blir utan samverkan", "left without samverkan"),
    "no_key_actors": (
        "Ingen enskild aktör håller ihop nätverket: utan vilken aktör som helst når alla andra varandra som förut.",
        "No single actor holds the network together: without any one actor, all others reach each other as before.",
    ),
    "closeness": ("närhet", "closeness"),
    # The what-if of `samnet analyze --utan ACTOR`, and the key-actor finding.
    "whatif.heading": ("Tänk om: utan {name}", "What if: without {name}"),
    "whatif.pairs_one": (
        "Utan {name} kan {pairs} aktörspar i {place} inte längre nå varandra",
        "Without {name}, {pairs} pair of actors in {place} can no longer reach each other",
    ),
    "whatif.pairs": (
        "Utan {name} kan {pairs} aktörspar i {place} inte längre nå varandra",
        "Without {name}, {pairs} pairs of actors in {place} can no longer reach each other",
    ),
    "whatif.none": (
        "Utan {name} når alla andra aktörer i {place} varandra som förut",
        "Without {name}, all other actors in {place} reach each other as before",
    ),
    "whatif.isolated": ("; {listed} blir helt utan samverkan", "; {listed} would have no samverkan left"),
    "whatif.parts": (
        "; nätverket består av {after} delar i stället för {before}",
        "; the network falls into {after} parts instead of {before}",
    ),
    "whatif.not_here": ("{name} finns inte i {place}.", "{name} is not in {place}."),
    "unknown_actor": (
        'okänd aktör "{value}"{hint}; --utan tar ett aktör-id ur data (se metrics.csv, kolumnen id)',
        'unknown actor "{value}"{hint}; --utan takes an actor id from the data (see metrics.csv, column id)',
    ),
    "did_you_mean": (' (menade du "{word}"?)', ' (did you mean "{word}"?)'),
    # samnet.present.report.findings: the rules on brokers, key actors and the E-I index.
    "finding.sole_one": (
        "I {place} är {name} den enda som förmedlar mellan {a} och {b}: den står mellan {pairs} "
        "aktörspar, en från vardera, som inte samverkar med varandra.",
        "In {place}, {name} is the only actor that brokers between {a} and {b}: it stands between "
        "{pairs} pairs of actors, one from each, that have no samverkan with each other.",
    ),
    "finding.sole_many": (
        "I {place} förmedlar bara en aktör mellan {n} par av huvudmän: {listed}.",
        "In {place}, only one actor brokers between {n} pairs of huvudmän: {listed}.",
    ),
    "finding.sole_clause": ("{name} mellan {a} och {b}", "{name} between {a} and {b}"),
    "finding.key_tied": (
        "I {place} kan {pairs} aktörspar inte längre nå varandra utan någon av {listed} (var och en för sig)",
        "In {place}, {pairs} pairs of actors can no longer reach each other without any one of {listed} "
        "(each on its own)",
    ),
    "finding.ei": (
        "I {place} går {external} av {ties} samverkande aktörspar mellan olika huvudmän (E-I-index {ei}) "
        "och {external_org} mellan olika organisationer (E-I-index {ei_org}); +1 betyder att all "
        "samverkan går över gränsen, −1 att all stannar inom.",
        "In {place}, {external} of {ties} collaborating pairs of actors join different huvudmän (E-I "
        "index {ei}) and {external_org} different organisations (E-I index {ei_org}); +1 means all "
        "samverkan crosses the border, −1 that all stays inside.",
    ),
    # samnet.present.comparison_text: the comparison of two kommuner.
    "compare.heading": ("Mäklare, E-I-index och nyckelaktörer", "Brokers, E-I index and key actors"),
    "compare.ei": (
        "E-I-index över huvudmän: {a} i {place_a} och {b} i {place_b} ({more}).",
        "E-I index across huvudmän: {a} in {place_a} and {b} in {place_b} ({more}).",
    ),
    "compare.ei_more": (
        "samverkan går oftare mellan huvudmän i {place}",
        "samverkan crosses huvudmän more often in {place}",
    ),
    "compare.ei_same": ("lika ofta i båda", "as often in both"),
    "compare.key": (
        "Den aktör vars bortfall skiljer flest aktörspar åt: {a} i {place_a}, {b} i {place_b}.",
        "The actor whose loss cuts most pairs of actors apart: {a} in {place_a}, {b} in {place_b}.",
    ),
    "compare.key_one": ("{name} ({pairs} par)", "{name} ({pairs} pairs)"),
    "compare.key_none": ("ingen (inget par tappar kontakten)", "none (no pair is cut apart)"),
}

#: The tables this module adds to the catalogue, by prefix.
TABLES = {"broker.": _BROKER}
