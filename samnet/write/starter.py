"""``samnet init``: a small starter mapping, every field commented in Swedish, that validates as it is.

One kommun, five actors, one samverkan link, one orosanmälan and one forum:
enough to see every part of the format and to run ``samnet analyze`` at once,
small enough to replace with one's own kommun line by line.

Examples
--------
>>> sorted(starter_files())
['actors.yaml', 'links.yaml']
>>> import pathlib, tempfile
>>> from samnet.load.dataset import load_dataset
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> for name, text in starter_files().items():
...     _ = (d / name).write_text(text, encoding="utf-8")
>>> ds = load_dataset(d)
>>> len(ds.actors), len(ds.links), len(ds.forums)
(5, 2, 1)
"""

from __future__ import annotations

from samnet.load.source import DEFAULT_WORKBOOK

__all__ = ["STARTER_ACTORS", "STARTER_LINKS", "STARTER_WORKBOOK", "starter_files", "starter_workbook"]

STARTER_WORKBOOK = DEFAULT_WORKBOOK

STARTER_ACTORS = """\
# Aktörerna i kartläggningen. Byt ut exemplen mot er egen kommun.
# Id skrivs med små bokstäver a-z, siffror och bindestreck (å, ä, ö skrivs a, a, o).
# Kontrollera filen med:  samnet validate

# Varifrån kartläggningen kommer (allt frivilligt).
source:
  title: Kartläggning av samverkan mot våld i nära relationer  # rapportens titel
  author: Kvinnofridssamordnaren                                # vem som gjort den
  year: 2025                                                    # år

kommuner:
  - id: minkommun          # kommunens id, används av aktörerna nedan
    name: Min kommun       # namnet som visas i rapporter och kartor
    lan: Mitt län          # länet (frivilligt)

actors:
  - id: minkommun-ifo                  # aktörens id, unikt
    name: Individ- och familjeomsorgen # namnet som visas
    type: ifo                          # aktörstyp, se README (Actor types)
    huvudman: kommun                   # kommun, region, stat, ideell eller privat
    kommun: minkommun                  # kommunens id; utelämna för aktörer som tjänar flera kommuner
    ref: intervju 1                    # var källan beskriver aktören (frivilligt)
    note: Tar emot orosanmälningar.    # fri text (frivilligt)
  - id: minkommun-skola
    name: Grundskolan
    type: skola
    huvudman: kommun
    kommun: minkommun
  - id: minkommun-kvinnojour
    name: Kvinnojouren
    type: kvinnojour
    huvudman: ideell
    kommun: minkommun
  - id: minkommun-bvc
    name: Barnavårdscentralen
    type: bvc
    huvudman: region
    kommun: minkommun
  - id: polisen                        # Polisen tjänar flera kommuner: ingen kommun här
    name: Polisen
    type: polis
    huvudman: stat
"""

STARTER_LINKS = """\
# Banden mellan aktörerna i actors.yaml: samverkan, enkelriktade länkar och forum.
# Kontrollera filen med:  samnet validate

links:
  # Samverkan: två aktörer som arbetar tillsammans.
  - source: minkommun-ifo          # aktörens id (från actors.yaml)
    target: minkommun-kvinnojour   # den andra aktörens id
    level: 3                       # samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan
    scope: individ                 # individ (kring ett ärende), struktur, eller [individ, struktur]
    person_dependent: true         # true om bandet hänger på en person (personbundet)
    areas: [vinr]                  # våldsområden: vinr, hrv, unga, barn (frivilligt)
    ref: intervju 1                # källa (frivilligt)
    note: Kontakten går genom en handläggare.   # fri text (frivilligt)
  # En enkelriktad länk: en orosanmälan är ingen samverkan och har ingen nivå.
  - source: minkommun-skola
    target: minkommun-ifo
    kind: orosanmalan              # orosanmalan, polisanmalan, hanvisning eller information
    areas: [barn]

forums:
  # Ett forum: en återkommande grupp där alla medlemmar samverkar med varandra.
  - id: minkommun-samverkansgrupp            # forumets id, unikt bland aktörer och forum
    name: Samverkansgruppen mot våld         # namnet som visas
    members: [minkommun-ifo, minkommun-bvc, polisen]   # minst två aktörer
    level: 2                                 # som för länkar
    scope: struktur                          # som för länkar
    areas: [vinr, barn]
"""


def starter_files() -> dict[str, str]:
    """The starter mapping as ``{file name: text}``: ``actors.yaml`` and ``links.yaml``.

    Examples
    --------
    >>> "orosanmalan" in starter_files()["links.yaml"]
    True
    """
    return {"actors.yaml": STARTER_ACTORS, "links.yaml": STARTER_LINKS}


def starter_workbook() -> bytes:
    """The starter mapping as an Excel workbook in the layout of ``samnet template``.

    Examples
    --------
    >>> starter_workbook()[:2]
    b'PK'
    """
    import tempfile
    from pathlib import Path

    from samnet.load.dataset import load_dataset
    from samnet.write.workbook import dataset_workbook

    with tempfile.TemporaryDirectory(prefix="samnet-init-") as folder:
        for name, text in starter_files().items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        return dataset_workbook(load_dataset(folder))
