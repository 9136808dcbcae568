#!/usr/bin/env python3
"""Generate a realistic synthetic samverkan mapping in samnet's data format.

The benchmarks and the scaling tests need datasets far larger than the
bundled Ljusdal/Sandviken mapping. This script writes ``actors.yaml`` and
``links.yaml`` for *N* invented kommuner grouped in the real Swedish län,
with the actor mix, samverkan levels, one-way reports and forums that the
seed documents describe (000 ch. 5, 001 appendix, 004).

Usage::

    python benchmarks/generate.py --kommuner 290 --out /tmp/national [--seed 1]

or from Python::

    actors_text, links_text = generate(290, seed=1)

It uses the standard library only and writes the YAML text itself, so the
output is byte-for-byte identical for the same ``(n_kommuner, seed)``.
Every string value that is free text (names, län, ref) is written as a
JSON-style double-quoted string, which is valid YAML.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time

__all__ = ["generate", "LAN", "main"]

# The 21 län with their real number of kommuner (sum 290); at N = 290 the
# generated distribution equals the real one.
LAN: tuple[tuple[str, int], ...] = (
    ("Stockholm", 26),
    ("Uppsala", 8),
    ("Södermanland", 9),
    ("Östergötland", 13),
    ("Jönköping", 13),
    ("Kronoberg", 8),
    ("Kalmar", 12),
    ("Gotland", 1),
    ("Blekinge", 5),
    ("Skåne", 33),
    ("Halland", 6),
    ("Västra Götaland", 49),
    ("Värmland", 16),
    ("Örebro", 12),
    ("Västmanland", 10),
    ("Dalarna", 15),
    ("Gävleborg", 10),
    ("Västernorrland", 7),
    ("Jämtland", 8),
    ("Västerbotten", 15),
    ("Norrbotten", 14),
)

REF = "synthetic"
AREAS = ("vinr", "hrv", "unga", "barn")

# --------------------------------------------------------------------------
# Actor catalogue
# --------------------------------------------------------------------------

# Fixed actors of every kommun: (id suffix, name, type, huvudman, probability).
CORE_ACTORS: tuple[tuple[str, str, str, str, float], ...] = (
    ("ifo-mottagning", "IFO mottagning", "ifo", "kommun", 1.0),
    ("ifo-barn", "IFO barn och familj", "ifo", "kommun", 1.0),
    ("ifo-vuxen", "IFO vuxenenhet", "ifo", "kommun", 1.0),
    ("ifo-placering", "IFO placering och familjehem", "ifo", "kommun", 1.0),
    ("ifo-familjebehandling", "IFO familjebehandling", "ifo", "kommun", 0.6),
    ("ekonomiskt-bistand", "Ekonomiskt bistånd", "socialtjanst", "kommun", 0.7),
    ("socialjour", "Socialjouren", "socialtjanst", "kommun", 0.3),
    ("kvinnofridssamordnare", "Kvinnofridssamordnare", "strateg", "kommun", 0.85),
    ("preventionsstrateg", "Preventionsstrateg", "strateg", "kommun", 0.5),
    ("kommunledning", "Kommunledningsförvaltningen", "kommun", "kommun", 0.5),
    ("elevhalsa", "Elevhälsan", "elevhalsa", "kommun", 1.0),
    ("faltverksamhet", "Fältverksamheten", "faltverksamhet", "kommun", 0.8),
    ("bostadsbolag", "Kommunala bostadsbolaget", "bostadsbolag", "kommun", 0.9),
    ("familjecentral", "Familjecentralen", "familjecentral", "region", 0.7),
    ("bvc", "BVC", "bvc", "region", 1.0),
    ("mvc", "MVC", "mvc", "region", 1.0),
    ("barn-och-familjehalsa", "Barn- och familjehälsan", "barn-och-familjehalsa", "region", 0.6),
    ("ungdomsmottagning", "Ungdomsmottagningen", "ungdomsmottagning", "region", 0.9),
    ("vuxenpsykiatri", "Vuxenpsykiatrisk öppenvård", "vuxenpsykiatri", "region", 0.8),
    ("beroendevard", "Beroendecentrum", "beroendevard", "region", 0.7),
    ("kvinnojour", "Kvinnojouren", "kvinnojour", "ideell", 0.8),
    ("tjejjour", "Tjejjouren", "tjejjour", "ideell", 0.4),
    ("brottsofferjour", "Brottsofferjouren", "brottsofferjour", "ideell", 0.6),
    ("tandvard", "Folktandvården", "tandvard", "region", 0.3),
)

# Actors a kommun has several of; filled after the core up to the target size.
# (id stem, name stem, type, huvudman, minimum, fill weight)
MULTI_ACTORS: tuple[tuple[str, str, str, str, int, float], ...] = (
    ("skola", "Skola", "skola", "kommun", 4, 10.0),
    ("forskola", "Förskola", "forskola", "kommun", 2, 6.0),
    ("fritid", "Fritidsgård", "fritid", "kommun", 1, 2.0),
    ("halsocentral", "Hälsocentral", "primarvard", "region", 1, 2.5),
    ("trossamfund", "Trossamfund", "trossamfund", "ideell", 0, 1.0),
    ("forening", "Förening", "forening", "ideell", 0, 1.5),
)

# Regional actors of every län, without kommun: (id suffix, name template, type, huvudman).
REGIONAL_ACTORS: tuple[tuple[str, str, str, str], ...] = (
    ("polis", "Polisen {lan}", "polis", "stat"),
    ("aklagare", "Åklagarkammaren {lan}", "aklagare", "stat"),
    ("barnahus", "Barnahus {lan}", "barnahus", "region"),
    ("bup", "BUP {lan}", "bup", "region"),
    ("vuxenpsykiatri", "Vuxenpsykiatrin specialistmottagning {lan}", "vuxenpsykiatri", "region"),
    ("lansstyrelse", "Länsstyrelsen {lan}", "lansstyrelse", "stat"),
)

# How strongly an actor type draws samverkan ties (product of both ends, times a pair bonus).
TYPE_WEIGHT: dict[str, float] = {
    "ifo": 3.0,
    "socialtjanst": 1.0,
    "strateg": 2.5,
    "kommun": 1.0,
    "elevhalsa": 2.0,
    "skola": 0.45,
    "forskola": 0.25,
    "fritid": 0.8,
    "faltverksamhet": 1.5,
    "bostadsbolag": 0.8,
    "familjecentral": 1.2,
    "bvc": 1.0,
    "mvc": 1.0,
    "barn-och-familjehalsa": 1.2,
    "ungdomsmottagning": 1.2,
    "primarvard": 0.8,
    "vuxenpsykiatri": 1.1,
    "beroendevard": 1.2,
    "kvinnojour": 1.5,
    "tjejjour": 1.0,
    "brottsofferjour": 1.0,
    "trossamfund": 0.4,
    "forening": 0.5,
    "tandvard": 0.3,
    "polis": 2.2,
    "aklagare": 0.5,
    "barnahus": 1.2,
    "bup": 1.3,
    "lansstyrelse": 0.7,
}

# Pair bonuses (symmetric). A bonus >= 3 marks a close, deeper collaboration.
_PAIR_BONUS_LIST: tuple[tuple[str, str, float], ...] = (
    ("ifo", "ifo", 2.5),
    ("ifo", "socialtjanst", 2.0),
    ("ifo", "polis", 3.0),
    ("ifo", "kvinnojour", 2.5),
    ("ifo", "barnahus", 3.5),
    ("ifo", "bup", 2.0),
    ("ifo", "elevhalsa", 2.0),
    ("ifo", "skola", 0.6),
    ("ifo", "forskola", 0.3),
    ("ifo", "familjecentral", 2.0),
    ("ifo", "beroendevard", 2.0),
    ("ifo", "vuxenpsykiatri", 2.0),
    ("ifo", "bostadsbolag", 1.5),
    ("ifo", "faltverksamhet", 2.0),
    ("ifo", "strateg", 2.0),
    ("ifo", "tjejjour", 1.5),
    ("ifo", "aklagare", 1.5),
    ("ifo", "barn-och-familjehalsa", 2.0),
    ("elevhalsa", "skola", 4.0),
    ("elevhalsa", "bup", 2.5),
    ("elevhalsa", "forskola", 1.5),
    ("elevhalsa", "ungdomsmottagning", 2.0),
    ("elevhalsa", "faltverksamhet", 2.0),
    ("skola", "skola", 0.3),
    ("forskola", "forskola", 0.4),
    ("skola", "fritid", 1.5),
    ("bvc", "mvc", 3.5),
    ("bvc", "familjecentral", 3.5),
    ("mvc", "familjecentral", 3.5),
    ("forskola", "familjecentral", 2.0),
    ("bvc", "barn-och-familjehalsa", 3.0),
    ("faltverksamhet", "polis", 3.0),
    ("faltverksamhet", "fritid", 3.0),
    ("faltverksamhet", "skola", 2.0),
    ("strateg", "lansstyrelse", 5.0),
    ("strateg", "kvinnojour", 2.0),
    ("strateg", "polis", 2.0),
    ("strateg", "kommun", 2.0),
    ("strateg", "strateg", 2.0),
    ("kvinnojour", "polis", 2.0),
    ("kvinnojour", "socialtjanst", 1.5),
    ("tjejjour", "ungdomsmottagning", 3.0),
    ("tjejjour", "skola", 1.5),
    ("brottsofferjour", "polis", 3.0),
    ("beroendevard", "vuxenpsykiatri", 3.0),
    ("primarvard", "vuxenpsykiatri", 2.0),
    ("primarvard", "beroendevard", 1.5),
    ("bostadsbolag", "polis", 1.5),
    ("polis", "barnahus", 3.0),
    ("bup", "barnahus", 2.5),
    ("socialtjanst", "bostadsbolag", 1.5),
    ("trossamfund", "forening", 1.5),
)
PAIR_BONUS: dict[tuple[str, str], float] = {}
for _a, _b, _w in _PAIR_BONUS_LIST:
    PAIR_BONUS[(_a, _b)] = _w
    PAIR_BONUS[(_b, _a)] = _w

STRUCTURAL_TYPES = frozenset({"strateg", "lansstyrelse", "kommun"})
IDEELL_TYPES = frozenset({"kvinnojour", "tjejjour", "brottsofferjour", "trossamfund", "forening"})

# Areas an actor type is usually concerned with (a tie draws from the union of both ends).
TYPE_AREAS: dict[str, tuple[str, ...]] = {
    "ifo": ("vinr", "barn", "unga"),
    "socialtjanst": ("vinr",),
    "strateg": ("vinr", "hrv", "unga", "barn"),
    "kommun": ("vinr",),
    "elevhalsa": ("barn", "unga"),
    "skola": ("barn", "unga"),
    "forskola": ("barn",),
    "fritid": ("unga",),
    "faltverksamhet": ("unga",),
    "bostadsbolag": ("vinr",),
    "familjecentral": ("barn",),
    "bvc": ("barn",),
    "mvc": ("vinr", "barn"),
    "barn-och-familjehalsa": ("barn",),
    "ungdomsmottagning": ("unga",),
    "primarvard": ("vinr",),
    "vuxenpsykiatri": ("vinr",),
    "beroendevard": ("vinr",),
    "kvinnojour": ("vinr", "barn"),
    "tjejjour": ("unga",),
    "brottsofferjour": ("vinr",),
    "trossamfund": ("hrv",),
    "forening": ("hrv", "unga"),
    "tandvard": ("barn",),
    "polis": ("vinr", "barn"),
    "aklagare": ("vinr", "barn"),
    "barnahus": ("barn",),
    "bup": ("barn",),
    "lansstyrelse": ("vinr", "hrv"),
}

# One-way links: kind -> list of (source type, target type or IFO unit, weight).
# Target "ifo:<suffix>" means that IFO unit of the kommun.
OROSANMALAN_SOURCES: dict[str, float] = {
    "forskola": 3.0,
    "skola": 3.0,
    "elevhalsa": 4.0,
    "bvc": 2.5,
    "mvc": 1.5,
    "primarvard": 2.0,
    "familjecentral": 1.5,
    "fritid": 1.0,
    "faltverksamhet": 1.5,
    "tandvard": 1.0,
    "vuxenpsykiatri": 1.5,
    "beroendevard": 1.5,
    "kvinnojour": 1.0,
    "tjejjour": 0.5,
    "bostadsbolag": 1.0,
    "trossamfund": 0.3,
    "forening": 0.3,
    "ungdomsmottagning": 1.5,
    "barn-och-familjehalsa": 1.0,
    "polis": 5.0,
    "bup": 1.5,
}
POLISANMALAN_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("ifo", "polis", 4.0),
    ("kvinnojour", "polis", 1.5),
    ("skola", "polis", 1.0),
    ("elevhalsa", "polis", 1.0),
    ("bostadsbolag", "polis", 1.0),
    ("socialtjanst", "polis", 0.5),
    ("brottsofferjour", "polis", 0.5),
    ("tjejjour", "polis", 0.5),
)
HANVISNING_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("ifo", "kvinnojour", 3.0),
    ("primarvard", "kvinnojour", 1.5),
    ("polis", "brottsofferjour", 2.0),
    ("polis", "kvinnojour", 2.0),
    ("ungdomsmottagning", "tjejjour", 1.5),
    ("ifo", "beroendevard", 1.5),
    ("elevhalsa", "bup", 2.0),
    ("primarvard", "vuxenpsykiatri", 1.5),
    ("skola", "elevhalsa", 1.0),
    ("socialtjanst", "ifo", 1.0),
    ("bvc", "familjecentral", 0.5),
    ("ifo", "tjejjour", 0.5),
    ("mvc", "kvinnojour", 1.0),
    ("faltverksamhet", "ungdomsmottagning", 1.0),
)
INFORMATION_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("strateg", "skola", 1.5),
    ("strateg", "forskola", 1.0),
    ("ifo", "skola", 1.0),
    ("lansstyrelse", "strateg", 2.0),
    ("polis", "ifo", 1.5),
    ("strateg", "bostadsbolag", 0.5),
    ("ifo", "forskola", 0.5),
    ("strateg", "trossamfund", 0.5),
    ("kvinnojour", "skola", 0.5),
    ("barnahus", "ifo", 1.0),
)
ONE_WAY_KIND_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("orosanmalan", 0.68),
    ("polisanmalan", 0.10),
    ("hanvisning", 0.14),
    ("information", 0.08),
)

# Kommun forum templates: (id suffix, name, level, scope, areas, member slots).
# A member slot is (type, how many of that type at most); "ifo:<suffix>" selects one IFO unit;
# "regional:<type>" the län's regional actor.
FORUM_TEMPLATES: tuple[tuple[str, str, int, tuple[str, ...], tuple[str, ...], tuple[tuple[str, int], ...]], ...] = (
    (
        "vinr-natverk",
        "Samverkansgrupp våld i nära relationer",
        2,
        ("struktur",),
        ("vinr",),
        (
            ("strateg", 2),
            ("ifo:vuxen", 1),
            ("ifo:barn", 1),
            ("ifo:mottagning", 1),
            ("kvinnojour", 1),
            ("brottsofferjour", 1),
            ("regional:polis", 1),
            ("primarvard", 1),
            ("vuxenpsykiatri", 1),
            ("beroendevard", 1),
            ("bostadsbolag", 1),
            ("socialtjanst", 1),
        ),
    ),
    (
        "spindelgrupp",
        "Spindelgrupp barn och unga",
        2,
        ("individ", "struktur"),
        ("barn", "unga"),
        (
            ("elevhalsa", 1),
            ("skola", 4),
            ("fritid", 2),
            ("faltverksamhet", 1),
            ("ifo:barn", 1),
            ("regional:polis", 1),
            ("ungdomsmottagning", 1),
        ),
    ),
    (
        "samrad-barn",
        "Veckovis samråd barnärenden",
        3,
        ("individ",),
        ("barn",),
        (
            ("ifo:mottagning", 1),
            ("ifo:barn", 1),
            ("elevhalsa", 1),
            ("bvc", 1),
            ("barn-och-familjehalsa", 1),
            ("regional:bup", 1),
        ),
    ),
    (
        "familjecentral-grupp",
        "Familjecentralens samverkansgrupp",
        3,
        ("individ", "struktur"),
        ("barn",),
        (("familjecentral", 1), ("bvc", 1), ("mvc", 1), ("forskola", 3), ("ifo:barn", 1), ("ifo:familjebehandling", 1)),
    ),
    (
        "fri-fran-vald",
        "En kommun fri från våld, styrgrupp",
        2,
        ("struktur",),
        ("vinr", "hrv", "unga", "barn"),
        (
            ("strateg", 2),
            ("kommun", 1),
            ("ifo:mottagning", 1),
            ("ifo:vuxen", 1),
            ("bostadsbolag", 1),
            ("fritid", 1),
            ("trossamfund", 1),
            ("forening", 2),
            ("regional:polis", 1),
            ("kvinnojour", 1),
        ),
    ),
    (
        "beroende-psykiatri",
        "Samverkan beroende och psykiatri",
        3,
        ("individ", "struktur"),
        ("vinr",),
        (
            ("ifo:vuxen", 1),
            ("beroendevard", 1),
            ("vuxenpsykiatri", 1),
            ("primarvard", 2),
            ("socialtjanst", 1),
            ("regional:vuxenpsykiatri", 1),
        ),
    ),
    (
        "hrv-natverk",
        "Nätverk mot hedersrelaterat våld",
        2,
        ("struktur",),
        ("hrv", "unga"),
        (
            ("strateg", 1),
            ("ifo:barn", 1),
            ("ifo:vuxen", 1),
            ("elevhalsa", 1),
            ("skola", 2),
            ("tjejjour", 1),
            ("forening", 2),
            ("trossamfund", 1),
            ("regional:polis", 1),
        ),
    ),
)
FORUM_COUNT_WEIGHTS: tuple[tuple[int, float], ...] = ((2, 0.35), (3, 0.4), (4, 0.18), (5, 0.07))

_SLUG = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-"})


def _slug(name: str) -> str:
    return name.lower().translate(_SLUG)


def _q(text: str) -> str:
    """A JSON string literal, which is also a valid YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def _flow(items) -> str:
    return "[" + ", ".join(items) + "]"


def _weighted(rng: random.Random, pairs):
    """Pick one value from ``(value, weight)`` pairs."""
    total = 0.0
    for _, w in pairs:
        total += w
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def _lan_distribution(n: int, rng: random.Random) -> list[tuple[str, int]]:
    """Split ``n`` kommuner over län: 21 län when n >= 21, else about n/14 (at least 1)."""
    if n >= 21:
        extra = n - 21
        weights = [c - 1 for _, c in LAN]
        total = sum(weights)
        quotas = [extra * w / total for w in weights]
        counts = [1 + int(math.floor(q)) for q in quotas]
        left = n - sum(counts)
        order = sorted(range(len(LAN)), key=lambda i: (-(quotas[i] - math.floor(quotas[i])), i))
        for i in order[:left]:
            counts[i] += 1
        return [(LAN[i][0], counts[i]) for i in range(len(LAN))]
    n_lan = max(1, min(21, round(n / 14)))
    chosen = sorted(rng.sample(range(len(LAN)), n_lan))
    base, rest = divmod(n, n_lan)
    return [(LAN[i][0], base + (1 if j < rest else 0)) for j, i in enumerate(chosen)]


class _Actor:
    __slots__ = ("id", "name", "type", "huvudman", "kommun", "regional")

    def __init__(self, id_, name, type_, huvudman, kommun):
        self.id = id_
        self.name = name
        self.type = type_
        self.huvudman = huvudman
        self.kommun = kommun
        self.regional = kommun is None


def _make_kommun_actors(rng: random.Random, kid: str) -> list[_Actor]:
    actors: list[_Actor] = []
    for suffix, name, type_, huvudman, p in CORE_ACTORS:
        if p >= 1.0 or rng.random() < p:
            if suffix == "ungdomsmottagning" and rng.random() < 0.35:
                huvudman = "kommun"
            if suffix == "beroendevard" and rng.random() < 0.3:
                huvudman = "kommun"
                name = "Kommunal beroendeenhet"
            actors.append(_Actor(f"{kid}-{suffix}", name, type_, huvudman, kid))
    target = int(round(rng.triangular(30, 60, 42)))
    counts = {stem: minimum for stem, _, _, _, minimum, _ in MULTI_ACTORS}
    fill = [(stem, w) for stem, _, _, _, _, w in MULTI_ACTORS]
    while len(actors) + sum(counts.values()) < target:
        counts[_weighted(rng, fill)] += 1
    for stem, name, type_, huvudman, _, _ in MULTI_ACTORS:
        for i in range(1, counts[stem] + 1):
            actors.append(_Actor(f"{kid}-{stem}-{i}", f"{name} {i}", type_, huvudman, kid))
    return actors


def _pair_weight(a: _Actor, b: _Actor) -> float:
    return TYPE_WEIGHT.get(a.type, 0.5) * TYPE_WEIGHT.get(b.type, 0.5) * PAIR_BONUS.get((a.type, b.type), 1.0)


def _level(rng: random.Random, close: bool, a: _Actor, b: _Actor) -> int:
    if close:
        weights = ((1, 0.12), (2, 0.30), (3, 0.38), (4, 0.20))
    elif a.type in IDEELL_TYPES or b.type in IDEELL_TYPES or a.type == "polis" or b.type == "polis":
        weights = ((1, 0.40), (2, 0.35), (3, 0.20), (4, 0.05))
    else:
        weights = ((1, 0.38), (2, 0.34), (3, 0.20), (4, 0.08))
    return _weighted(rng, weights)


def _scope(rng: random.Random, a: _Actor, b: _Actor) -> tuple[str, ...]:
    if a.type in STRUCTURAL_TYPES or b.type in STRUCTURAL_TYPES:
        weights = ((("struktur",), 0.72), (("individ", "struktur"), 0.22), (("individ",), 0.06))
    else:
        weights = ((("individ",), 0.48), (("struktur",), 0.25), (("individ", "struktur"), 0.27))
    return _weighted(rng, weights)


def _areas(rng: random.Random, a: _Actor, b: _Actor, hrv_focus: bool) -> tuple[str, ...]:
    pool = set(TYPE_AREAS.get(a.type, ("vinr",))) | set(TYPE_AREAS.get(b.type, ("vinr",)))
    chosen = [x for x in AREAS if x in pool and rng.random() < 0.65]
    if rng.random() < (0.35 if hrv_focus else 0.06) and "hrv" not in chosen:
        chosen.append("hrv")
    if not chosen:
        chosen = [next(x for x in AREAS if x in pool)]
    return tuple(x for x in AREAS if x in chosen)


class _Out:
    """Accumulates the YAML text of links and forums."""

    def __init__(self):
        self.links: list[str] = []
        self.forums: list[str] = []
        self.counts: dict[str, int] = {}

    def link(self, source, target, kind, *, level=None, scope=None, person_dependent=False, areas=None, kommun=None):
        lines = [f"  - source: {source}", f"    target: {target}"]
        lines.append(f"    kind: {kind}")
        if level is not None:
            lines.append(f"    level: {level}")
        if scope:
            lines.append(f"    scope: {scope[0] if len(scope) == 1 else _flow(scope)}")
        if person_dependent:
            lines.append("    person_dependent: true")
        if areas:
            lines.append(f"    areas: {_flow(areas)}")
        if kommun:
            lines.append(f"    kommun: {kommun if isinstance(kommun, str) else _flow(kommun)}")
        self.links.append("\n".join(lines))
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def forum(self, id_, name, members, level, scope, areas, *, person_dependent=False, kommun=None):
        lines = [f"  - id: {id_}", f"    name: {_q(name)}"]
        if kommun:
            lines.append(f"    kommun: {kommun if isinstance(kommun, str) else _flow(kommun)}")
        lines.append(f"    members: {_flow(members)}")
        lines.append(f"    level: {level}")
        lines.append(f"    scope: {scope[0] if len(scope) == 1 else _flow(scope)}")
        if person_dependent:
            lines.append("    person_dependent: true")
        if areas:
            lines.append(f"    areas: {_flow(areas)}")
        lines.append(f"    ref: {_q(REF)}")
        self.forums.append("\n".join(lines))


def _samverkan_links(rng, out: _Out, kid: str, local: list[_Actor], regional: list[_Actor], hrv_focus: bool):
    n_ties = int(round(len(local) * rng.uniform(1.7, 2.3)))
    # Weighted sampling without replacement (Efraimidis-Spirakis): key = u ** (1 / w).
    keyed = []
    rnd = rng.random
    everyone = local + regional
    n_local = len(local)
    for i in range(n_local):
        a = local[i]
        for j in range(i + 1, len(everyone)):
            b = everyone[j]
            w = _pair_weight(a, b)
            keyed.append((rnd() ** (1.0 / w), i, j))
    keyed.sort(reverse=True)
    chosen = sorted((i, j) for _, i, j in keyed[:n_ties])
    for i, j in chosen:
        a, b = everyone[i], everyone[j]
        if rnd() < 0.5:
            a, b = b, a
        close = PAIR_BONUS.get((a.type, b.type), 1.0) >= 3.0
        pd_p = 0.22 if (a.type in IDEELL_TYPES or b.type in IDEELL_TYPES) else 0.08
        out.link(
            a.id,
            b.id,
            "samverkan",
            level=_level(rng, close, a, b),
            scope=_scope(rng, a, b),
            person_dependent=rnd() < pd_p,
            areas=_areas(rng, a, b, hrv_focus) if rnd() < 0.9 else None,
            kommun=kid if (a.regional or b.regional) else None,
        )


def _one_way_links(rng, out: _Out, kid: str, local: list[_Actor], regional: list[_Actor], hrv_focus: bool):
    by_type: dict[str, list[_Actor]] = {}
    for a in local + regional:
        by_type.setdefault(a.type, []).append(a)
    ifo = {a.id.rsplit("-", 1)[-1]: a for a in by_type.get("ifo", [])}
    oros_sources = [
        (a, OROSANMALAN_SOURCES[a.type] / (2.0 if a.type in ("skola", "forskola") else 1.0))
        for a in local + regional
        if a.type in OROSANMALAN_SOURCES
    ]
    pair_lists = {"polisanmalan": POLISANMALAN_PAIRS, "hanvisning": HANVISNING_PAIRS, "information": INFORMATION_PAIRS}
    n_links = int(round(len(local) * rng.uniform(0.55, 0.8)))
    seen: set[tuple[str, str, str]] = set()
    made = attempts = 0
    while made < n_links and attempts < n_links * 20:
        attempts += 1
        kind = _weighted(rng, ONE_WAY_KIND_WEIGHTS)
        if kind == "orosanmalan":
            src = _weighted(rng, oros_sources)
            tgt = ifo["mottagning"] if rng.random() < 0.8 else ifo["barn"]
        else:
            pairs = [(p, p[2]) for p in pair_lists[kind] if p[0] in by_type and p[1] in by_type]
            if not pairs:
                continue
            st, tt, _ = _weighted(rng, pairs)
            src = rng.choice(by_type[st])
            tgt = rng.choice(by_type[tt])
        if src.id == tgt.id or (src.id, tgt.id, kind) in seen:
            continue
        seen.add((src.id, tgt.id, kind))
        made += 1
        scope = ("individ",) if kind in ("orosanmalan", "polisanmalan", "hanvisning") and rng.random() < 0.3 else None
        if kind == "information" and rng.random() < 0.3:
            scope = ("struktur",)
        areas = None
        if rng.random() < 0.4:
            areas = ("barn",) if kind == "orosanmalan" else _areas(rng, src, tgt, hrv_focus)
        out.link(src.id, tgt.id, kind, scope=scope, areas=areas, kommun=kid if (src.regional or tgt.regional) else None)


def _kommun_forums(rng, out: _Out, kid: str, local: list[_Actor], regional: list[_Actor], hrv_focus: bool):
    by_type: dict[str, list[_Actor]] = {}
    for a in local:
        by_type.setdefault(a.type, []).append(a)
    reg = {a.type: a for a in regional}
    n_forums = _weighted(rng, FORUM_COUNT_WEIGHTS)
    templates = list(FORUM_TEMPLATES)
    if not hrv_focus:
        templates = [t for t in templates if t[0] != "hrv-natverk"]
    rng.shuffle(templates)
    made = 0
    for suffix, name, level, scope, areas, slots in templates:
        if made >= n_forums:
            break
        members: list[str] = []
        for slot, most in slots:
            if slot.startswith("ifo:"):
                aid = f"{kid}-ifo-{slot[4:]}"
                if any(a.id == aid for a in by_type.get("ifo", ())):
                    members.append(aid)
            elif slot.startswith("regional:"):
                a = reg.get(slot[9:])
                if a is not None and rng.random() < 0.7:
                    members.append(a.id)
            elif rng.random() < 0.7:
                pool = by_type.get(slot, [])
                if pool:
                    k = min(most, len(pool))
                    k = rng.randint(1, k) if k > 1 else k
                    members.extend(a.id for a in rng.sample(pool, k))
        members = list(dict.fromkeys(members))[:15]
        if len(members) < 3:
            continue
        lv = max(1, min(4, level + _weighted(rng, ((-1, 0.15), (0, 0.65), (1, 0.2)))))
        out.forum(f"{kid}-{suffix}", name, members, lv, scope, areas, person_dependent=rng.random() < 0.07)
        made += 1


def _lan_links_and_forums(
    rng, out: _Out, lan: str, regional: dict[str, _Actor], kommun_actors: dict[str, list[_Actor]]
):
    """Ties among a län's regional actors and the län-level forums."""
    ids = {t: a.id for t, a in regional.items()}
    # Regional ties belong to no kommun (kommun-less actors add none); they show in the national network.
    for s, t, lv, sc in (
        ("polis", "aklagare", 3, ("individ",)),
        ("polis", "barnahus", 4, ("individ", "struktur")),
        ("aklagare", "barnahus", 4, ("individ",)),
        ("bup", "barnahus", 3, ("individ",)),
        ("lansstyrelse", "polis", 2, ("struktur",)),
        ("bup", "vuxenpsykiatri", 2, ("struktur",)),
    ):
        out.link(ids[s], ids[t], "samverkan", level=lv, scope=sc, areas=_areas(rng, regional[s], regional[t], False))

    kommuner = list(kommun_actors)
    # Barnahus styrgrupp: the regional actors around Barnahus and IFO barn of (up to 8) kommuner.
    chosen = kommuner if len(kommuner) <= 8 else sorted(rng.sample(kommuner, 8))
    members = [ids["barnahus"], ids["polis"], ids["aklagare"], ids["bup"]]
    members += [f"{k}-ifo-barn" for k in chosen]
    out.forum(
        f"{_slug(lan)}-barnahus-styrgrupp",
        f"Barnahus {lan} styrgrupp",
        members,
        3,
        ("struktur",),
        ("barn",),
        kommun=chosen,
    )
    # Regional kvinnofrid network: Länsstyrelsen and the kommuner's strateger (up to 10).
    strateg = [a for k in kommuner for a in kommun_actors[k] if a.type == "strateg"]
    if len(strateg) >= 2:
        if len(strateg) > 10:
            strateg = sorted(rng.sample(strateg, 10), key=lambda a: a.id)
        members = [ids["lansstyrelse"]] + [a.id for a in strateg]
        ks = list(dict.fromkeys(a.kommun for a in strateg))
        out.forum(
            f"{_slug(lan)}-kvinnofridsnatverk",
            f"Regionalt nätverk för kvinnofrid, {lan}",
            members,
            2,
            ("struktur",),
            ("vinr", "hrv"),
            kommun=ks,
        )


def generate(n_kommuner: int, seed: int = 1) -> tuple[str, str]:
    """Return ``(actors_yaml_text, links_yaml_text)`` for ``n_kommuner`` synthetic kommuner.

    The result depends only on ``(n_kommuner, seed)``.
    """
    if not isinstance(n_kommuner, int) or n_kommuner < 1:
        raise ValueError("n_kommuner must be a positive integer")
    rng = random.Random(seed)
    width = max(3, len(str(n_kommuner)))
    lans = _lan_distribution(n_kommuner, rng)

    kommun_lines: list[str] = []
    actor_lines: list[str] = []
    out = _Out()

    def emit_actor(a: _Actor):
        lines = [f"  - id: {a.id}", f"    name: {_q(a.name)}", f"    type: {a.type}", f"    huvudman: {a.huvudman}"]
        if a.kommun:
            lines.append(f"    kommun: {a.kommun}")
        lines.append(f"    ref: {_q(REF)}")
        actor_lines.append("\n".join(lines))

    number = 0
    for lan, count in lans:
        slug = _slug(lan)
        regional = {
            t: _Actor(f"{slug}-{suffix}", tmpl.format(lan=lan), t, hm, None) for suffix, tmpl, t, hm in REGIONAL_ACTORS
        }
        for a in regional.values():
            emit_actor(a)
        reg_list = list(regional.values())
        kommun_actors: dict[str, list[_Actor]] = {}
        for _ in range(count):
            number += 1
            kid = f"k{number:0{width}d}"
            kname = f"Kommun {number:0{width}d}"
            kommun_lines.append(f"  - id: {kid}\n    name: {_q(kname)}\n    lan: {_q(lan)}")
            local = _make_kommun_actors(rng, kid)
            kommun_actors[kid] = local
            for a in local:
                emit_actor(a)
            hrv_focus = rng.random() < 0.3
            _samverkan_links(rng, out, kid, local, reg_list, hrv_focus)
            _one_way_links(rng, out, kid, local, reg_list, hrv_focus)
            _kommun_forums(rng, out, kid, local, reg_list, hrv_focus)
        _lan_links_and_forums(rng, out, lan, regional, kommun_actors)

    header = (
        f"# Synthetic samverkan data generated by benchmarks/generate.py "
        f"(kommuner={n_kommuner}, seed={seed}). Not real organisations.\n"
    )
    actors_text = header + "kommuner:\n" + "\n".join(kommun_lines) + "\nactors:\n" + "\n".join(actor_lines) + "\n"
    links_text = header + "links:\n" + "\n".join(out.links) + "\nforums:\n" + "\n".join(out.forums) + "\n"
    return actors_text, links_text


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate synthetic samnet data (actors.yaml, links.yaml).")
    parser.add_argument("--kommuner", type=_positive_int, required=True, help="number of kommuner (e.g. 29, 145, 290)")
    parser.add_argument("--out", required=True, help="output folder (created if missing)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    actors_text, links_text = generate(args.kommuner, args.seed)
    os.makedirs(args.out, exist_ok=True)
    for name, text in (("actors.yaml", actors_text), ("links.yaml", links_text)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print(
        f"wrote {args.out}/actors.yaml and links.yaml for {args.kommuner} kommuner "
        f"in {time.perf_counter() - start:.2f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
