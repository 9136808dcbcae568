"""The vendored vis-network: the files are the ones tools/fetch_vis_network.py recorded."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

from conftest import ROOT

VENDOR = resources.files("samnet.present.maps") / "vendor"
#: The sha256 of vis-network 9.1.2's dist/vis-network.min.js on npm, written here by hand
#: as well, so a changed VERSIONS file cannot hide a changed script.
VIS_SHA256 = "6e30a2350474cdf92a0932c6d55b8adcb91929066817ed3eec7b87907a4612f3"


def recorded() -> tuple[str, dict[str, str]]:
    lines = (VENDOR / "VERSIONS").read_text(encoding="utf-8").splitlines()
    version = lines[0].split()[1]
    sums = {name: digest for kind, digest, name in (line.split() for line in lines[2:]) if kind == "sha256"}
    return version, sums


def test_every_vendored_file_has_the_recorded_sha256():
    _, sums = recorded()
    assert set(sums) == {"vis-network.min.js", "LICENSE-MIT", "LICENSE-APACHE-2.0"}
    for name, digest in sums.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


def test_the_script_is_the_pinned_npm_file():
    data = (VENDOR / "vis-network.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == VIS_SHA256
    version, _ = recorded()
    assert version == "9.1.2"
    # The script names its own version in its licence header.
    assert re.search(rb"@version\s+" + re.escape(version.encode()), data[:600])


def test_the_fetch_script_pins_the_same_version():
    tool = (ROOT / "tools" / "fetch_vis_network.py").read_text(encoding="utf-8")
    assert f'PINNED = "{recorded()[0]}"' in tool


def test_nothing_else_is_vendored():
    # Package data is vendor/*: a stray file would ship to every user.
    names = {p.name for p in VENDOR.iterdir() if not p.name.startswith(".")}
    assert names == {"VERSIONS", "vis-network.min.js", "LICENSE-MIT", "LICENSE-APACHE-2.0"}
