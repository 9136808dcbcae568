"""Writing a run's files (:mod:`samnet.write.commit`), in Swedish and English: data for :mod:`samnet.texts.catalogue`.

Registered under ``output.``.
"""

from __future__ import annotations

__all__ = ["OUTPUT", "TABLES"]

#: Writing a run's files (samnet.write.commit).
OUTPUT = {
    "sv": {
        "write": "kan inte skriva {path}: {reason}",
        "open": "kan inte ersätta {path}: filen är öppen i ett annat program eller skrivskyddad; "
        "stäng filen i Excel och försök igen",
        "busy": "{folder} används av en annan samnet-körning (pid {pid}, sedan {start}); "
        "vänta tills den är klar och försök igen",
        "interrupted": "avbruten av {signal}",
        "journal": "{path}: en avbruten samnet-körning kan inte slutföras ({reason}); ge skrivrätt till mappen "
        "och kör samnet igen",
        "completed": "{folder}: en avbruten samnet-körning har slutförts; mappen har nu den körningens filer",
        "undone": "{folder}: en avbruten samnet-körning har ångrats; mappen har filerna från före den",
        "unchanged": "; de tidigare filerna är som de var",
        "kept": "; återställningen misslyckades ({reason}), de tidigare filerna finns kvar som {backups}",
        "unknown": "okänd",
    },
    "en": {
        "write": "cannot write {path}: {reason}",
        "open": "cannot replace {path}: the file is open in another program or read-only; "
        "close the file in Excel and try again",
        "busy": "{folder} is in use by another samnet run (pid {pid}, since {start}); "
        "wait for it to finish and try again",
        "interrupted": "interrupted by {signal}",
        "journal": "{path}: an interrupted samnet run cannot be finished ({reason}); give write permission to "
        "the folder and run samnet again",
        "completed": "{folder}: an interrupted samnet run has been completed; the folder now holds that run's files",
        "undone": "{folder}: an interrupted samnet run has been undone; the folder holds the files from before it",
        "unchanged": "; the earlier files are as they were",
        "kept": "; the rollback failed ({reason}), the earlier files are kept as {backups}",
        "unknown": "unknown",
    },
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"output.": OUTPUT}
