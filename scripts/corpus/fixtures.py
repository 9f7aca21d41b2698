#!/usr/bin/env python3
"""Make the committed photo fixtures (and the phone-* samples): a few photos
of the corpus, re-rendered from the same seed and, where the whole 12 MP
photo would be too large to commit, cropped round their labels before they
are encoded (so a crop has exactly the corpus photo's pixels, compressed
once). See docs/corpus.md.

    python3 scripts/corpus/fixtures.py --seed 7 \\
        --out Tests/RemoImagingTests/Fixtures/photos --samples samples/photos
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

import numpy as np

import generate
import photo
from camera import encode
from qrsymbols import QREncoder

# (category, index in the corpus, "full" photo or "crop" round its labels,
#  sample name in samples/photos or None). Chosen from the seed-7 corpus to
# cover every category, both formats and both orientations, and a code only
# the second engine reads.
FIXTURES = (
    ("nominal", 1, "full", "phone-nominal.jpg"),
    ("small", 0, "crop", None),
    ("rotation", 2, "crop", None),
    ("perspective", 0, "crop", "phone-perspective.jpg"),
    ("blur", 1, "crop", None),
    ("low-light", 4, "crop", "phone-low-light.heic"),
    ("uneven-light", 0, "crop", None),
    ("glare-shadow", 1, "crop", None),
    ("heavy-jpeg", 0, "crop", None),
    ("curved", 0, "crop", None),
    ("curved", 2, "crop", None),  # read only by the second engine (zxing-cpp)
    ("multi", 0, "crop", "phone-multi.jpg"),
    ("close-up", 2, "crop", None),  # modules of 16 px: found only at a quarter of the size
    ("no-label", 0, "full", None),
)
CROP_ALIGN = 16  # a JPEG MCU: crops start and end on block edges
CROP_MARGIN = 1.3  # QR sides of context round the labels' codes


def crop_box(truth: list[dict], width: int, height: int, rng) -> tuple[int, int, int, int]:
    """A box round every label's code with room for the printed lines, or a
    random 1600x1200 window for a photo with no label."""
    if not truth:
        w, h = min(width, 1600), min(height, 1200)
        x, y = int(rng.integers(0, width - w + 1)), int(rng.integers(0, height - h + 1))
    else:
        points = np.array([c for label in truth for c in label["corners"]], np.float64)
        side = max(np.linalg.norm(np.array(label["corners"][2]) - np.array(label["corners"][0]))
                   for label in truth) / np.sqrt(2)
        x0, y0 = points.min(axis=0) - CROP_MARGIN * side
        x1, y1 = points.max(axis=0) + CROP_MARGIN * side
        x, y = int(max(0, x0)), int(max(0, y0))
        w, h = int(min(width, x1)) - x, int(min(height, y1)) - y
    x, y = x // CROP_ALIGN * CROP_ALIGN, y // CROP_ALIGN * CROP_ALIGN
    w = min(width - x, -(-w // CROP_ALIGN) * CROP_ALIGN)
    h = min(height - y, -(-h // CROP_ALIGN) * CROP_ALIGN)
    return x, y, w, h


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7, help="the corpus seed (default 7)")
    parser.add_argument("--out", required=True, help="fixture folder (photos and manifest.json)")
    parser.add_argument("--samples", help="also copy the sample photos here, as phone-*")
    args = parser.parse_args(argv)

    encoder = QREncoder()
    per_category = max(index for _, index, _, _ in FIXTURES) + 1
    jobs = {(job.category, job.index): job for job in
            generate.plan_corpus(args.seed, list(photo.CATEGORIES), per_category, generate.DEFAULT_SIZE, None)}
    os.makedirs(args.out, exist_ok=True)
    entries, samples = [], []
    for category, index, mode, sample in FIXTURES:
        job = jobs[(category, index)]
        rgb, truth = generate.render_job(args.seed, job, encoder)
        height, width = rgb.shape[:2]
        entry_crop = None
        if mode == "crop":
            x, y, w, h = crop_box(truth, width, height, photo.photo_seed(args.seed, category, index, 3))
            rgb = np.ascontiguousarray(rgb[y:y + h, x:x + w])
            for label in truth:
                label["corners"] = [[round(cx - x, 1), round(cy - y, 1)] for cx, cy in label["corners"]]
            entry_crop = {"x": x, "y": y, "width": w, "height": h, "photoWidth": width, "photoHeight": height}
        path = os.path.join(args.out, job.file)
        size_bytes = encode(rgb, path, job.plan["format"], job.plan["quality"])
        entry = generate.record(job, truth, size_bytes)
        entry["width"], entry["height"] = rgb.shape[1], rgb.shape[0]
        entry["crop"] = entry_crop
        entries.append(entry)
        print(f"{job.file}: {entry['width']}x{entry['height']} {size_bytes / 1e6:.2f} MB", file=sys.stderr)
        if sample and args.samples:
            os.makedirs(args.samples, exist_ok=True)
            shutil.copyfile(path, os.path.join(args.samples, sample))
            samples.append(dict(entry, file=sample))

    common = {"format": generate.FORMAT, "version": generate.FORMAT_VERSION, "seed": args.seed,
              "perCategory": None, "categories": list(photo.CATEGORIES),
              "size": f"{generate.DEFAULT_SIZE[0]}x{generate.DEFAULT_SIZE[1]}", "encoder": "qrencode",
              "texts": None, "software": generate.software(encoder),
              "subset": "scripts/corpus/fixtures.py"}
    generate.write_json(os.path.join(args.out, generate.MANIFEST), dict(common, photos=entries))
    if samples:
        generate.write_json(os.path.join(os.path.dirname(os.path.abspath(args.samples)), "phone-photos.json"), dict(common, photos=samples))
    total = sum(e["bytes"] for e in entries)
    print(f"fixtures: {len(entries)} photos, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
