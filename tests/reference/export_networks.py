"""Export the networks the R reference is computed on: one node and one edge list per kommun.

Run ``python tests/reference/regenerate.py`` (this export, then ``brokerage.R``)
after the bundled data or a fixture changes; the tests compare samnet's
brokerage, closeness, E-I index and key actors with the numbers R writes.
Only the samverkan pair graph is exported: forums as ties between every pair
of their members, one-way links left out, as samnet measures them.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samnet.core.network import kommun_networks
from samnet.load.dataset import load_dataset
from samnet.measure.organisations import organisations

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

#: Name of each exported dataset, and its folder.
DATASETS = {
    "brokerage": ROOT / "tests" / "fixtures" / "brokerage",
    "small": ROOT / "tests" / "fixtures" / "small",
    "disconnected": ROOT / "tests" / "fixtures" / "disconnected",
    "bundled": ROOT / "data",
}


def export(out: Path = HERE / "networks") -> list[str]:
    """Write ``<dataset>-<kommun>.nodes.csv`` and ``.edges.csv``; return the network names."""
    out.mkdir(exist_ok=True)
    names = []
    for dataset_name, folder in DATASETS.items():
        for kommun_id, network in kommun_networks(load_dataset(folder)).items():
            name = f"{dataset_name}-{kommun_id}"
            orgs = organisations(network)
            with open(out / f"{name}.nodes.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(["id", "huvudman", "type", "organisation"])
                for actor_id, actor in network.actors.items():
                    writer.writerow([actor_id, actor.huvudman, actor.type, orgs[actor_id]])
            with open(out / f"{name}.edges.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(["source", "target"])
                writer.writerows(sorted(network.samverkan.edges))
            names.append(name)
    return names


if __name__ == "__main__":
    sys.stdout.write("\n".join(export()) + "\n")
