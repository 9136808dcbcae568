"""Everyday Swedish words for each actor type: plain data for :mod:`samnet.core.vocab`.

Examples
--------
>>> "frivård" in TYPE_WORDS["kriminalvard"]
True
"""

from __future__ import annotations

__all__ = ["TYPE_WORDS"]

#: Everyday Swedish words a coordinator writes for each actor type, besides the type's id and
#: display name: synonyms, units and common names of the same function. Written in the
#: indefinite singular; definite and plural forms (``frivården``, ``vårdcentralerna``) are
#: derived by :func:`type_forms`. A word that could mean two functions is left out, so that
#: reading it never codes an actor as a different function than the one meant.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "ifo": ("individ- och familjeomsorg", "individ och familjeomsorg", "socialkontor", "myndighetsutövning"),
    "socialtjanst": (
        "socialförvaltning",
        "socialnämnd",
        "familjerätt",
        "socialjour",
        "våldsteam",
        "stödenhet",
        "försörjningsstöd",
        "ekonomiskt bistånd",
        "barn och familj",
        "barn- och familjeenhet",
        "vuxenenhet",
    ),
    "strateg": (
        "samordnare",
        "kvinnofridssamordnare",
        "våldssamordnare",
        "kvinnofridsstrateg",
        "våldsstrateg",
        "utvecklingsledare",
        "folkhälsostrateg",
        "folkhälsosamordnare",
        "samordning",
    ),
    "faltverksamhet": ("fältare", "fältgrupp", "fältassistent", "fältsekreterare", "fältverksamhet"),
    "fritid": ("fritidsgård", "fritidsförvaltning", "ungdomsgård", "fritidsverksamhet"),
    "bostadsbolag": ("bostadsföretag", "hyresvärd", "allmännytta", "fastighetsbolag"),
    "kommun": (
        "kommunledning",
        "kommunstyrelse",
        "kommunförvaltning",
        "förvaltning",
        "äldreomsorg",
        "omsorgsförvaltning",
        "kommunledningskontor",
        "övrig förvaltning",
    ),
    "elevhalsa": ("skolkurator", "skolsköterska", "skolhälsovård", "elevhälsoteam", "skolpsykolog", "elevhälsan"),
    "skola": (
        "grundskola",
        "gymnasium",
        "gymnasieskola",
        "rektor",
        "skolförvaltning",
        "utbildningsförvaltning",
        "barn- och utbildningsförvaltning",
        "högstadium",
        "lågstadium",
    ),
    "forskola": ("förskoleverksamhet", "förskoleförvaltning"),
    "bvc": ("barnavårdscentral", "barnhälsovård", "barnavård"),
    "mvc": ("mödravårdscentral", "mödravård", "mödrahälsovård", "barnmorskemottagning"),
    "familjecentral": ("familjecentral",),
    "barn-och-familjehalsa": ("barn och familjehälsa",),
    "ungdomsmottagning": ("umo",),
    "primarvard": ("primärvård", "hälsocentral", "vårdcentral", "husläkarmottagning", "distriktsläkare"),
    "bup": ("barn- och ungdomspsykiatri", "barn och ungdomspsykiatri", "barnpsykiatri"),
    "vuxenpsykiatri": ("psykiatri", "allmänpsykiatri", "psykiatrisk klinik", "psykiatrimottagning"),
    "beroendevard": ("missbruksvård", "beroendemottagning", "beroendecentrum", "beroendeklinik"),
    "somatisk-vard": (
        "sjukhus",
        "akutmottagning",
        "akut",
        "kvinnoklinik",
        "lasarett",
        "gynekologisk mottagning",
        "somatik",
        "länssjukhus",
    ),
    "tandvard": ("folktandvård", "tandläkare", "tandvårdsklinik"),
    "polis": (
        "polis",
        "polismyndighet",
        "kommunpolis",
        "lokalpolisområde",
        "polisområde",
        "brottsutredare",
        "närpolis",
        "polisstation",
    ),
    "aklagare": ("åklagarmyndighet", "åklagarkammare"),
    "barnahus": (),
    "kriminalvard": ("frivård", "frivårdskontor", "anstalt", "häkte"),
    "kvinnojour": ("kvinnofridsjour", "kvinnohus"),
    "tjejjour": (),
    "brottsofferjour": ("brottsofferstöd",),
    "ideell": ("ideell", "frivilligorganisation", "ideell förening"),
    "trossamfund": ("församling", "kyrka", "svenska kyrkan", "moské"),
    "forening": ("idrottsförening", "idrottsklubb", "föreningsliv"),
    "lansstyrelse": ("länsstyrelse",),
    "myndighet": ("statlig myndighet",),
    "forsakringskassa": ("försäkringskassa",),
    "arbetsformedling": ("arbetsförmedling",),
    "migrationsverket": ("migrationsverk",),
}
