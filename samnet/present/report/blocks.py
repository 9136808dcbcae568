"""The blocks of the written report: sections of paragraphs, lists, tables, charts and boxes.

:mod:`samnet.present.report.model` builds a :class:`Report` of them;
:mod:`samnet.present.report.html` and :mod:`samnet.present.report.docx` write it.

Examples
--------
>>> Report("T", "sv", (Section("S", (Paragraph("p"),)),)).sections[0].blocks[0].text
'p'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Paragraph", "Bullets", "Table", "Chart", "Box", "Section", "Report"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text (escaped by the writers)."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A bulleted list, e.g. the findings of one kommun."""

    items: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class Table:
    """A table with a caption; cells are text."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Chart:
    """A matplotlib figure: ``draw()`` makes it; ``key`` names it (and salts its SVG ids)."""

    key: str
    caption: str
    draw: Callable = field(compare=False)
    alt: str = ""
    #: Drawn wider than the text column on screen (network figures need the room).
    wide: bool = False


@dataclass(frozen=True)
class Box:
    """A framed box of short paragraphs under a title."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A heading and its blocks; ``subsections`` get the next heading level."""

    title: str
    blocks: tuple = ()
    subsections: tuple[Section, ...] = ()
    new_page: bool = True


@dataclass(frozen=True)
class Report:
    """The whole report: title, language and sections in order."""

    title: str
    lang: str
    sections: tuple[Section, ...]
    findings: tuple = ()

    def charts(self) -> list[Chart]:
        """Every chart of the report, in reading order.

        Examples
        --------
        >>> Report("T", "sv", (Section("S", (Chart("c", "C", lambda: None),)),)).charts()[0].key
        'c'
        """
        found: list[Chart] = []

        def walk(section: Section) -> None:
            found.extend(b for b in section.blocks if isinstance(b, Chart))
            for sub in section.subsections:
                walk(sub)

        for section in self.sections:
            walk(section)
        return found
