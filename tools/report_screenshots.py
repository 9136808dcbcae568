"""Make the README's pictures of the written report: two A4 pages of report.html, printed by Chromium.

    python tools/report_screenshots.py            # writes docs/report-summary.png, docs/report-kommun.png

The report is made from the bundled data, printed to PDF with headless
Chromium (``--print-to-pdf``, offline), and two pages are turned into PNG
with pdftoppm (poppler-utils): the summary page and the first page of the
first kommun.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

__all__ = ["main"]


def _first_kommun_page(pdf: Path, name: str, pages: int) -> int:
    for n in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        # The kommun's own section: its running heading names it (the summary has a sub-heading of the same name).
        if lines[1:2] == [name] and lines[0].endswith(f"– {name}"):
            return n
    raise SystemExit(f"no page starts with {name}")


def main() -> None:
    from samnet.load.dataset import load_dataset
    from samnet.measure.metrics import analyze
    from samnet.present.report.model import report_files

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    dataset = load_dataset(ROOT / "data")
    result = analyze(dataset)
    first = next(iter(result["kommuner"].values()))["name"]
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "report.html"
        html.write_text(report_files(dataset, result)["report.html"], encoding="utf-8")
        pdf = Path(folder) / "report.pdf"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        for page, name in ((1, "report-summary"), (_first_kommun_page(pdf, first, pages), "report-kommun")):
            stem = ROOT / "docs" / name
            subprocess.run(
                ["pdftoppm", "-r", "75", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)],
                check=True,
            )
            print(f"wrote {stem}.png (page {page} of {pages})")


if __name__ == "__main__":
    main()
