#!/usr/bin/env python3
"""A Markdown table of `remo-bench photos --json` results of several corpora,
per category: codes read by remo / zxing-cpp / zbarimg, wrong texts (false
positives included) and remo's and zxing-cpp's median and p90 ms a photo.

    python3 scripts/bench/side_by_side.py corpus1=bench1.json corpus2=bench2.json
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    print("| corpus | category | codes | remo | zxing-cpp | zbarimg | wrong r/z/b | remo ms median / p90 | zxing-cpp ms median / p90 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for argument in argv:
        name, path = argument.split("=", 1)
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        summary = document["summary"]
        try:  # the corpus's own category order
            with open(document["corpus"] + "/manifest.json", encoding="utf-8") as handle:
                order = json.load(handle)["categories"]
        except OSError:
            order = sorted(summary["remo"])
        categories = [c for c in order if c in summary["remo"]] + ["overall"]
        for category in categories:
            cells = {tool: summary.get(tool, {}).get(category) for tool in ("remo", "zxing-cpp", "zbarimg")}
            r, z, b = cells["remo"], cells["zxing-cpp"], cells["zbarimg"]
            def read(f):
                return "-" if f is None else ("-" if f["expected"] == 0 else str(f["correct"]))
            def wrong(f):
                return "-" if f is None else str(f["wrong"] + f["falsePositives"])
            def ms(f):
                return "-" if f is None else f"{f['medianMs']:.0f} / {f['p90Ms']:.0f}"
            print(f"| {name} | {category} | {r['expected']} | {read(r)} | {read(z)} | {read(b)} | "
                  f"{wrong(r)}/{wrong(z)}/{wrong(b)} | {ms(r)} | {ms(z)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
