#!/usr/bin/env python3
"""Per-file coverage: each Swagger file's scenarios (SCENARIOS.md) hit in the last run's
target/conformance/hits.tsv, as a Markdown table. Run from tests/conformance after `run`."""
import re

hits = {}
for line in open("target/conformance/hits.tsv"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 3 and parts[2].isdigit():
        hits[(parts[0], parts[1])] = int(parts[2])
text = open("SCENARIOS.md").read()
sections = {m.group(1): m.group(2) for m in re.finditer(r"^## (\S+\.json)\n(.*?)(?=^## |\Z)", text, re.M | re.S)}
unhit = [(c, n) for (c, n), v in hits.items() if v == 0]
print("| Swagger file | vanilla | azure | optional |")
print("| --- | ---: | ---: | ---: |")
for m in re.finditer(r"^\| \[(\S+\.json)\]\([^)]*\) \| (\d+) \| (\d+) \| (\d+) \|$", text, re.M):
    name, totals = m.group(1), dict(zip(("vanilla", "azure", "optional"), map(int, m.group(2, 3, 4))))
    missed = {c: sum(1 for k, n in unhit if k == c and f"`{n}`" in sections.get(name, "")) for c in totals}
    cells = ["" if t == 0 else f"{t - missed[c]}/{t}" for c, t in totals.items()]
    print(f"| {name} | " + " | ".join(cells) + " |")
