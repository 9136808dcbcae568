"""Fetch vis-network from npm into samnet/vendor/ and record its version and sha256.

The maps inline vis-network's JavaScript, so samnet ships one pinned copy of
it (no CDN, nothing downloaded at runtime). This script is the only way that
copy changes: it runs ``npm pack vis-network@VERSION`` in a scratch folder,
takes ``package/dist/vis-network.min.js`` (the standalone build that exposes
``vis.Network`` and ``vis.DataSet``, the one pyvis 0.3.2 shipped too) and the
two licence files, and writes ``samnet/vendor/VERSIONS`` with the version,
the npm tarball's integrity string and the sha256 of every file.
``tests/test_vendor.py`` checks the files against that record.

    python tools/fetch_vis_network.py            # refetch the pinned version
    python tools/fetch_vis_network.py 9.1.9      # move to another version

Moving to another version changes every map's bytes: rerun the browser tests
and ``benchmarks/map_bench.py`` before committing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

__all__ = ["PINNED", "FILES", "sha256", "fetch", "main"]

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "samnet" / "present" / "maps" / "vendor"
#: The version pyvis 0.3.2 bundled as ``vis-9.1.2``: maps keep the same library.
PINNED = "9.1.2"
#: Tarball member -> file name under samnet/vendor/.
FILES = {
    "package/dist/vis-network.min.js": "vis-network.min.js",
    "package/LICENSE-APACHE-2.0": "LICENSE-APACHE-2.0",
    "package/LICENSE-MIT": "LICENSE-MIT",
}


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``.

    Examples
    --------
    >>> sha256(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def fetch(version: str) -> tuple[dict[str, bytes], str]:
    """The vendored files of ``vis-network@version`` from npm, and the tarball's integrity."""
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            ["npm", "pack", f"vis-network@{version}", "--json"], cwd=scratch, check=True, capture_output=True, text=True
        )
        info = json.loads(done.stdout)[0]
        with tarfile.open(Path(scratch) / info["filename"]) as tar:
            files = {name: tar.extractfile(member).read() for member, name in FILES.items()}
    return files, info["integrity"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("version", nargs="?", default=PINNED)
    args = parser.parse_args(argv)
    files, integrity = fetch(args.version)
    VENDOR.mkdir(parents=True, exist_ok=True)
    lines = [f"vis-network {args.version}", f"npm-integrity {integrity}"]
    for name, data in sorted(files.items()):
        (VENDOR / name).write_bytes(data)
        lines.append(f"sha256 {sha256(data)} {name}")
    (VENDOR / "VERSIONS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(files)} files and VERSIONS to {VENDOR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
