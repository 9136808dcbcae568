"""One command for the R reference: export the networks, then run brokerage.R on them.

    python tests/reference/regenerate.py

Needs R with the sna package (Debian: r-base-core, r-cran-sna).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_networks import HERE, export  # noqa: E402

if __name__ == "__main__":
    names = export()
    subprocess.run(["Rscript", str(HERE / "brokerage.R"), str(HERE), *names], check=True)
    print(f"{len(names)} networks exported and measured in R; reference files in {HERE / 'expected'}")
