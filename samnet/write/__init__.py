"""Writing files: the atomic commit of a run's outputs, YAML and workbook writers, convert, init.

:mod:`~samnet.write.commit` stages every file of a run and swaps them in at once, so a run's
outputs are one commit; the user's own files are never replaced without ``--force``. Every
public name is also here, e.g. ``from samnet.write import write_files``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.write.commit": (
        "BACKUP_PREFIX",
        "JOURNAL_NAME",
        "LOCK_NAME",
        "TEMP_PREFIX",
        "UNDO_NAME",
        "recover",
        "write_atomic",
        "write_files",
    ),
    "samnet.write.convert": ("check_destination", "conversion_files"),
    "samnet.write.forms": (
        "MISSING_ROWS",
        "Respondent",
        "form_workbook",
        "level_choices",
        "questionnaire_files",
        "respondents",
    ),
    "samnet.write.merge_forms": ("CREATED_REF", "MergeResult", "informant_id", "merged_dataset"),
    "samnet.write.records": (
        "ACTOR_KEYS",
        "FORUM_KEYS",
        "INFORMANT_KEYS",
        "KOMMUN_KEYS",
        "LINK_KEYS",
        "REPORT_KEYS",
        "SOURCE_KEYS",
        "actors_yaml",
        "dataset_records",
        "links_yaml",
    ),
    "samnet.write.starter": (
        "STARTER_ACTORS",
        "STARTER_LINKS",
        "STARTER_WORKBOOK",
        "starter_files",
        "starter_workbook",
    ),
    "samnet.write.streams": ("configure_streams",),
    "samnet.write.workbook": ("HELP_SHEET", "LISTS_SHEET", "cell_text", "dataset_workbook", "template_workbook"),
    "samnet.write.xlsx": ("FIXED_DATE", "new_workbook", "normalise_zip", "put", "workbook_bytes", "write_header"),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
