#!/usr/bin/env python3
"""Read the phone-photo corpus with the peer tools and score them against its
ground truth: `zbarimg` (a whole process per photo) and zxing-cpp (the Python
package, image loading included). See docs/corpus.md.

    python3 scripts/bench/peers.py --corpus corpus/photos --runs 3 --json corpus/peers.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata

FORMAT = "remo-photo-bench"
FORMAT_VERSION = 1
TOOLS = ("zbarimg", "zxing-cpp")
ZBARIMG = ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable"]


def median(values: list[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def p90(values: list[float]) -> float:
    """Nearest rank: the smallest value with at least 90% of the values at or below it."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)])


# --- the tools --------------------------------------------------------------------

class Zbarimg:
    """`zbarimg` as an installer's script would run it: one process per photo.
    zbarimg (ImageMagick inside) cannot read HEIC, so each HEIC photo is
    converted to a lossless PNG before the timed part; its time then includes
    decoding that PNG instead of the HEIC."""

    name = "zbarimg"

    def __init__(self, scratch: str):
        self.scratch = scratch
        self.inputs: dict[str, str] = {}

    def version(self) -> str:
        return subprocess.run(["zbarimg", "--version"], capture_output=True, text=True).stdout.strip()

    def describe(self) -> dict:
        return {"version": self.version(), "command": " ".join(ZBARIMG) + " FILE",
                "heic": "converted to a lossless PNG before timing; the time includes decoding that PNG"}

    def prepare(self, path: str) -> None:
        if path.lower().endswith((".heic", ".heif")):
            from PIL import Image
            import pillow_heif
            pillow_heif.register_heif_opener()
            target = os.path.join(self.scratch, f"{len(self.inputs):05d}.png")
            with Image.open(path) as image:
                image.convert("RGB").save(target, compress_level=1)
            self.inputs[path] = target
        else:
            self.inputs[path] = path

    def read(self, path: str) -> tuple[list[str], float, str | None]:
        source = self.inputs[path]
        started = time.perf_counter()
        run = subprocess.run(ZBARIMG + [source], capture_output=True)
        elapsed = (time.perf_counter() - started) * 1000
        if run.returncode not in (0, 4):  # 4: ran, found nothing
            return [], elapsed, run.stderr.decode("utf-8", "replace").strip() or f"exit {run.returncode}"
        texts = [line for line in run.stdout.decode("utf-8", "replace").split("\n") if line]
        return texts, elapsed, None


class ZxingCpp:
    """zxing-cpp from PyPI: open and decode the photo with Pillow (pillow-heif
    for HEIC) straight to greyscale (a JPEG is decoded to its luma plane only,
    `draft("L")`), then `zxingcpp.read_barcodes` restricted to QR codes.
    Loading is inside the timed part. Handing zxing-cpp the RGB image instead
    costs two to four times as long for the same reads."""

    name = "zxing-cpp"

    def __init__(self):
        import zxingcpp
        from PIL import Image
        import pillow_heif
        pillow_heif.register_heif_opener()
        self.zxingcpp, self.Image = zxingcpp, Image

    def describe(self) -> dict:
        return {"version": metadata.version("zxing-cpp"), "pillow": metadata.version("pillow"),
                "pillow-heif": metadata.version("pillow-heif"),
                "call": "Image.open(FILE); draft('L') for JPEG; load(); convert('L'); "
                        "zxingcpp.read_barcodes(image, formats=BarcodeFormat.QRCode)"}

    def prepare(self, path: str) -> None:
        pass

    def read(self, path: str) -> tuple[list[str], float, str | None]:
        started = time.perf_counter()
        try:
            with self.Image.open(path) as image:
                image.draft("L", image.size)  # JPEG: decode the luma plane only; others: no-op
                image.load()
                grey = image if image.mode == "L" else image.convert("L")
                found = self.zxingcpp.read_barcodes(grey, formats=self.zxingcpp.BarcodeFormat.QRCode)
            texts = [barcode.text for barcode in found]
            error = None
        except Exception as failure:  # a peer failing on a photo is a result, not a crash
            texts, error = [], f"{type(failure).__name__}: {failure}"
        return texts, (time.perf_counter() - started) * 1000, error


# --- scoring ----------------------------------------------------------------------

def score(expected: list[str], texts: list[str]) -> dict:
    """Codes read correctly, wrong reads and false positives of one photo.

    Reads are compared as a set (a code read twice counts once). With labels
    in the photo, a distinct text that matches none of them is a wrong read;
    in a photo with no label, every distinct text is a false positive."""
    read = set(texts)
    wanted = set(expected)
    correct = len(read & wanted)
    stray = sorted(read - wanted)
    return {"correct": correct,
            "wrong": stray if wanted else [],
            "falsePositives": stray if not wanted else []}


def summarise(photos: list[dict], tool: str) -> dict:
    def block(entries: list[dict]) -> dict:
        times = [e["results"][tool]["medianMs"] for e in entries]
        return {
            "photos": len(entries),
            "expected": sum(len(e["expected"]) for e in entries),
            "correct": sum(e["results"][tool]["correct"] for e in entries),
            "wrong": sum(len(e["results"][tool]["wrong"]) for e in entries),
            "falsePositives": sum(len(e["results"][tool]["falsePositives"]) for e in entries),
            "errors": sum(1 for e in entries if e["results"][tool]["error"]),
            "medianMs": round(median(times), 1),
            "p90Ms": round(p90(times), 1),
        }
    categories: dict[str, list[dict]] = {}
    for entry in photos:
        categories.setdefault(entry["category"], []).append(entry)
    return {"categories": {name: block(entries) for name, entries in categories.items()},
            "overall": block(photos)}


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def table(summary: dict, tools: list[str], order: list[str]) -> str:
    header = ["category", "photos", "codes"]
    for tool in tools:
        header += [f"{tool} read", "wrong", "fp", "median ms", "p90 ms"]
    rows = [header]
    for name in order + ["overall"]:
        any_tool = summary[tools[0]]
        block = any_tool["overall"] if name == "overall" else any_tool["categories"].get(name)
        if block is None:
            continue
        row = [name, str(block["photos"]), str(block["expected"])]
        for tool in tools:
            b = summary[tool]["overall"] if name == "overall" else summary[tool]["categories"][name]
            read = f"{b['correct']} ({percent(b['correct'], b['expected'])})" if b["expected"] else "-"
            row += [read, str(b["wrong"]), str(b["falsePositives"]), f"{b['medianMs']:.0f}", f"{b['p90Ms']:.0f}"]
        rows.append(row)
    widths = [max(len(r[k]) for r in rows) for k in range(len(header))]
    lines = []
    for i, r in enumerate(rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(widths[k]) for k, c in enumerate(r) if k > 0]
        lines.append("  ".join(cells))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="a folder made by scripts/corpus/generate.py")
    parser.add_argument("--runs", type=int, default=3, help="runs over the corpus; times are per-photo medians (default 3)")
    parser.add_argument("--json", metavar="OUT", help="write the per-photo results here")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {', '.join(TOOLS)}")
    parser.add_argument("--categories", nargs="+", metavar="NAME", help="only these categories")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    tools = [t for t in args.tools.split(",") if t]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown or not tools:
        parser.error(f"unknown tools {', '.join(unknown) or '(none)'}; choose from {', '.join(TOOLS)}")

    manifest_path = os.path.join(args.corpus, "manifest.json")
    try:
        with open(manifest_path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"peers: cannot read {manifest_path}: {error}; make a corpus with scripts/corpus/generate.py",
              file=sys.stderr)
        return 1
    photos = manifest["photos"]
    if args.categories:
        wanted = {c for value in args.categories for c in value.split(",")}
        photos = [p for p in photos if p["category"] in wanted]
    missing = [p["file"] for p in photos if not os.path.exists(os.path.join(args.corpus, p["file"]))]
    if missing:
        print(f"peers: {len(missing)} photos of the manifest are missing from {args.corpus}, "
              f"first {missing[0]}; regenerate the corpus", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="remo-peers-") as scratch:
        readers = {"zbarimg": lambda: Zbarimg(scratch), "zxing-cpp": ZxingCpp}
        active = [readers[name]() for name in tools]
        entries = [{"file": p["file"], "category": p["category"], "format": p["format"],
                    "expected": [label["text"] for label in p["labels"]],
                    "results": {}} for p in photos]
        paths = [os.path.join(args.corpus, p["file"]) for p in photos]
        for reader in active:
            for path in paths:
                reader.prepare(path)
        started = time.monotonic()
        for run in range(args.runs):
            for reader in active:
                for k, (entry, path) in enumerate(zip(entries, paths), start=1):
                    texts, ms, error = reader.read(path)
                    result = entry["results"].setdefault(reader.name, {"texts": texts, "ms": [], "error": error})
                    result["ms"].append(round(ms, 2))
                    if sorted(set(texts)) != sorted(set(result["texts"])):
                        result["unstable"] = True  # a tool that reads differently from run to run
                    if sys.stderr.isatty():
                        print(f"\rrun {run + 1}/{args.runs} {reader.name} {k}/{len(paths)}  ",
                              end="", file=sys.stderr, flush=True)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        for entry in entries:
            for name, result in entry["results"].items():
                result["medianMs"] = round(median(result["ms"]), 2)
                result.update(score(entry["expected"], result["texts"]))
        descriptions = {reader.name: reader.describe() for reader in active}

    summary = {name: summarise(entries, name) for name in tools}
    order = [c for c in manifest.get("categories", []) if any(e["category"] == c for e in entries)]
    print(f"corpus {args.corpus}: {len(entries)} photos, "
          f"{sum(len(e['expected']) for e in entries)} codes, seed {manifest.get('seed')}; "
          f"{args.runs} runs, times are per-photo medians, loading included "
          f"({time.monotonic() - started:.0f} s)")
    print(table(summary, tools, order))
    for name in tools:
        errors = summary[name]["overall"]["errors"]
        if errors:
            print(f"{name}: {errors} photos failed with an error (see the JSON)", file=sys.stderr)

    if args.json:
        document = {
            "format": FORMAT, "version": FORMAT_VERSION,
            "corpus": {"path": args.corpus, "seed": manifest.get("seed"), "size": manifest.get("size"),
                       "photos": len(entries), "codes": sum(len(e["expected"]) for e in entries)},
            "runs": args.runs,
            "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
            "tools": descriptions,
            "categories": order,
            "photos": entries,
            "summary": summary,
        }
        temporary = args.json + ".part"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=1, ensure_ascii=False)
            handle.write("\n")
        os.replace(temporary, args.json)
        print(f"peers: wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
