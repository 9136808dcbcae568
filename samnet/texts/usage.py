"""Usage errors, in Swedish and English: data for :mod:`samnet.texts.catalogue`.

Every :class:`~samnet.errors.UsageError` (exit status 2: a command called in a way that
cannot work) is one of these, registered under ``usage.``. Fields are filled in by the
error: values from the command line arrive quoted where the template has no quotes.

Examples
--------
>>> USAGE["both_data_and_example"][1]
'give either --data or --example, not both'
"""

from __future__ import annotations

__all__ = ["TABLES", "USAGE"]

#: ``{key: (swedish, english)}``.
USAGE = {
    "unknown_language": ("okänt språk {value}; välj sv eller en", "unknown language {value}; choose sv or en"),
    "both_data_and_example": (
        "ange antingen --data eller --example, inte båda",
        "give either --data or --example, not both",
    ),
    "exists_choose_another": (
        "{path} finns redan; välj en annan mapp",
        "{path} already exists; choose another folder",
    ),
    "exists_use_force": (
        "{path} finns redan; ange --force för att ersätta den",
        "{path} already exists; give --force to replace it",
    ),
    "figure_file_format": (
        'kan inte avgöra formatet på "{output}"; låt namnet sluta på .png, .svg eller .pdf',
        'cannot tell the format of "{output}"; end the name in .png, .svg or .pdf',
    ),
    "figure_format": (
        'kan inte skriva en figur som "{fmt}"; välj en av: {choices}',
        'cannot write a figure as "{fmt}"; choose one of: {choices}',
    ),
    "figure_what": ('okänd figur "{what}"; välj en av: {choices}', 'unknown figure "{what}"; choose one of: {choices}'),
    "export_file_name": (
        "{output}: filen måste sluta på .graphml, .gexf, .xlsx eller .json",
        "{output}: the file name must end in .graphml, .gexf, .xlsx or .json",
    ),
    "export_format_mismatch": (
        "{output}: --format {fmt} skriver en .{fmt}-fil; döp den till något som slutar på .{fmt}",
        "{output}: --format {fmt} writes a .{fmt} file; give a name ending in .{fmt}",
    ),
    "export_format": (
        "okänt exportformat '{fmt}'; välj ett av {choices}",
        "unknown export format '{fmt}'; choose one of {choices}",
    ),
    "comparison_format": (
        'okänt jämförelseformat "{fmt}"; välj ett av: {choices}',
        'unknown comparison format "{fmt}"; choose one of: {choices}',
    ),
    "analysis_format": (
        'okänt format "{fmt}"; välj ett av: {choices}',
        'unknown format "{fmt}"; choose one of: {choices}',
    ),
    "map_layout": (
        'okänd layout "{layout}"; välj en av: {choices}',
        'unknown layout "{layout}"; choose one of: {choices}',
    ),
    "map_size_by": (
        'kan inte ge noderna storlek efter "{size_by}"; välj en av: {choices}',
        'cannot size nodes by "{size_by}"; choose one of: {choices}',
    ),
    "convert_target": (
        "{target}: målet måste vara en mapp eller en fil som slutar på .xlsx",
        "{target}: the destination must be a folder or a file ending in .xlsx",
    ),
    "kommun_and_lan": ("ange antingen --kommun eller --lan, inte båda", "give either --kommun or --lan, not both"),
    "html_one_kommun": (
        "-o FIL.html tar exakt en --kommun; ange en mapp för flera",
        "-o FILE.html takes exactly one --kommun; give a folder for several",
    ),
    "same_kommun": (
        "A och B är samma kommun; ange två kommuner, eller --data-b för en ögonblicksbild",
        "A and B are the same kommun; give two kommuner, or --data-b for a snapshot",
    ),
}

#: The tables :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"usage.": USAGE}
