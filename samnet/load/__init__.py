"""Reading user files into a validated :class:`~samnet.core.model.Dataset` or :class:`~samnet.core.norm.Norm`.

YAML (:mod:`~samnet.load.dataset`, :mod:`~samnet.load.yaml_reader`, :mod:`~samnet.load.fields`),
workbooks (:mod:`~samnet.load.workbook`), finding the data (:mod:`~samnet.load.source`) and norms
(:mod:`~samnet.load.norm`). Every problem is collected with its position; nothing here measures.
Every public name is also here, e.g. ``from samnet.load import load_data``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.load.dataset": (
        "ACTORS_FILE",
        "ERROR_CODES",
        "LINKS_FILE",
        "MAX_FORUM_MEMBERS",
        "SECTIONS",
        "load_dataset",
        "load_documents",
    ),
    "samnet.load.fields": ("Checker", "MAX_ID_CHARS", "Sink", "VOCABULARIES", "hint", "valid_id"),
    "samnet.load.forms": (
        "ActorAnswer",
        "FormAnswers",
        "ForumAnswer",
        "MissingAnswer",
        "form_paths",
        "level_answer",
        "read_form",
        "read_forms",
        "yes_no",
    ),
    "samnet.load.norm": ("BUNDLED_NORM", "NORM_ERROR_CODES", "bundled_norm", "bundled_norm_path", "load_norm"),
    "samnet.load.norm_messages": ("quote", "suggest"),
    "samnet.load.source": ("NoDataError", "bundled_data_dir", "is_workbook", "load_data"),
    "samnet.load.testimony": ("REPORT_KEYS", "TESTIMONY_CODES", "read_basis", "read_informants", "read_reports"),
    "samnet.load.workbook": ("read_workbook", "workbook_documents"),
    "samnet.load.xlsx_reader": (
        "ClippedText",
        "ExcelError",
        "MAX_CELL_CHARS",
        "MAX_PART_BYTES",
        "MAX_RATIO",
        "SheetCells",
        "WorkbookUnreadable",
        "XlsxBook",
        "column_number",
    ),
    "samnet.load.yaml_reader": (
        "FileRefused",
        "INVALID",
        "MAX_ALIASES",
        "MAX_DEPTH",
        "MAX_FILE_BYTES",
        "MAX_SCALAR_CHARS",
        "PositionedList",
        "PositionedMap",
        "near_miss",
        "open_regular",
        "read_bounded",
        "read_yaml",
        "written",
    ),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
