#!/usr/bin/env python3
"""Whole-folder time of each tool: one process reads every photo of a corpus
folder (manifest.json), loading included, start-up included, wall clock.

    python3 scripts/bench/whole_folder.py --corpus /work/corpus2 --remo .build/release/remo

remo: `remo qr decode --raw DIR`; zxing-cpp: one Python process (Pillow,
pillow-heif, zxingcpp.read_barcodes as in peers.py); zbarimg: one
`zbarimg --raw -q -Sdisable -Sqrcode.enable FILE...` over every photo, HEIC
photos converted to lossless PNG before timing (zbarimg cannot read HEIC).
The texts each tool printed are scored against the manifest (codes read,
wrong texts), so the time is of a run that read what it says. `--runs R`
runs the tools alternately R times (times to the ms, then each tool's median);
`--tools` picks some of them."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ZXING = r"""
import sys, zxingcpp
from PIL import Image
import pillow_heif
pillow_heif.register_heif_opener()
for path in sys.argv[1:]:
    with Image.open(path) as image:
        image.draft("L", image.size)
        image.load()
        grey = image if image.mode == "L" else image.convert("L")
        for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode):
            print(code.text)
"""


def timed(command: list[str]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True)
    return time.perf_counter() - started, run.stdout.decode("utf-8", "replace").splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--remo", required=True, help="the remo executable (a release build)")
    parser.add_argument("--runs", type=int, default=1,
                        help="runs, the tools alternately within each; with more than one, each time to the ms and the median")
    parser.add_argument("--tools", default="remo,zxing-cpp,zbarimg", help="comma-separated subset of remo, zxing-cpp, zbarimg")
    args = parser.parse_args()
    tools = args.tools.split(",")
    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    files = [os.path.join(args.corpus, p["file"]) for p in manifest["photos"]]
    expected = {label["text"] for p in manifest["photos"] for label in p["labels"]}
    with tempfile.TemporaryDirectory(prefix="remo-folder-") as scratch:
        zbar_inputs = []
        for k, path in enumerate(files):
            if "zbarimg" in tools and path.lower().endswith((".heic", ".heif")):
                from PIL import Image
                import pillow_heif
                pillow_heif.register_heif_opener()
                target = os.path.join(scratch, f"{k:05d}.png")
                with Image.open(path) as image:
                    image.convert("RGB").save(target, compress_level=1)
                zbar_inputs.append(target)
            else:
                zbar_inputs.append(path)
        runs = {
            "remo": [args.remo, "qr", "decode", "--raw", "--quiet"] + files,
            "zxing-cpp": [sys.executable, "-c", ZXING] + files,
            "zbarimg": ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable"] + zbar_inputs,
        }
        print(f"{args.corpus}: {len(files)} photos, {len(expected)} codes")
        times: dict[str, list[float]] = {tool: [] for tool in tools}
        for run in range(max(1, args.runs)):
            for tool in tools:
                seconds, texts = timed(runs[tool])
                times[tool].append(seconds)
                read = set(texts)
                shown = f"{seconds:6.1f}" if args.runs <= 1 else f"{seconds:7.3f}"
                print(f"{tool:10s} {shown} s  read {len(read & expected):3d}  wrong {len(read - expected)}")
        if args.runs > 1:
            for tool in tools:
                print(f"{tool:10s} median {statistics.median(times[tool]):.3f} s over {args.runs} runs "
                      f"({min(times[tool]):.3f} to {max(times[tool]):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
