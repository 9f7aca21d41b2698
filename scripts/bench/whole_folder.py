#!/usr/bin/env python3
"""Whole-folder time of each tool: one process reads every photo of a corpus
folder (manifest.json), loading included, start-up included, wall clock.

    python3 scripts/bench/whole_folder.py --corpus /work/corpus2 --remo .build/release/remo

remo: `remo qr decode --raw DIR`; zxing-cpp: one Python process (Pillow,
pillow-heif, zxingcpp.read_barcodes as in peers.py); zbarimg: one
`zbarimg --raw -q -Sdisable -Sqrcode.enable FILE...` over every photo, HEIC
photos converted to lossless PNG before timing (zbarimg cannot read HEIC).
The texts each tool printed are scored against the manifest (codes read,
wrong texts), so the time is of a run that read what it says."""

from __future__ import annotations

import argparse
import json
import os
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
    args = parser.parse_args()
    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    files = [os.path.join(args.corpus, p["file"]) for p in manifest["photos"]]
    expected = {label["text"] for p in manifest["photos"] for label in p["labels"]}
    with tempfile.TemporaryDirectory(prefix="remo-folder-") as scratch:
        zbar_inputs = []
        for k, path in enumerate(files):
            if path.lower().endswith((".heic", ".heif")):
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
        for tool, command in runs.items():
            seconds, texts = timed(command)
            read = set(texts)
            print(f"{tool:10s} {seconds:6.1f} s  read {len(read & expected):3d}  wrong {len(read - expected)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
