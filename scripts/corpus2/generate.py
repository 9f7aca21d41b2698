#!/usr/bin/env python3
"""The second phone-photo corpus generator, written apart from the first
(scripts/corpus): another camera model (a Bayer sensor with photon and read
noise, demosaicing, the phone's denoise, tone curve and sharpening), other
label designs and cases (inverted, mirrored, no quiet zone), segno symbols.
Same manifest format, so peers.py and `remo-bench photos` read it. See
docs/corpus.md.

    python3 scripts/corpus2/generate.py --seed 19 --out /work/corpus2 --per-category 8 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import cv2
import numpy as np

import payload
import scene
import sensor


def make(job: tuple) -> tuple[dict, float]:
    seed, category, index, out, size = job
    started = time.monotonic()
    cv2.setNumThreads(1)
    plan = scene.plan(category, scene.stream(seed, category, index, 0), size)
    used: set[str] = set()
    texts_rng = scene.stream(seed, category, index, 1)
    texts = [payload.unit(texts_rng, used) for _ in plan["labels"]]
    rgb, truth = scene.render(plan, texts, scene.stream(seed, category, index, 2))
    file = f"{category}-{index:03d}.{'heic' if plan['format'] == 'heic' else 'jpg'}"
    size_bytes = sensor.encode(rgb, os.path.join(out, file), plan["format"], plan["quality"])
    entry = {"file": file, "category": category, "index": index, "width": plan["width"], "height": plan["height"],
             "format": plan["format"], "quality": plan["quality"], "bytes": size_bytes, "labels": truth,
             "conditions": {k: plan[k] for k in ("background", "camera", "blur", "glare", "illumination")}}
    return entry, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--per-category", type=int, default=20)
    parser.add_argument("--categories", help=f"comma-separated, default all: {','.join(scene.CATEGORIES)}")
    parser.add_argument("--size", default="4032x3024", help="WxH of a landscape photo (portrait ones get HxW)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    categories = scene.CATEGORIES if not args.categories else args.categories.split(",")
    unknown = sorted(set(categories) - set(scene.CATEGORIES))
    if unknown:
        parser.error(f"unknown categories {', '.join(unknown)}")
    categories = [c for c in scene.CATEGORIES if c in categories]
    w, h = (int(v) for v in args.size.lower().split("x"))
    os.makedirs(args.out, exist_ok=True)
    jobs = [(args.seed, c, i, args.out, (max(w, h), min(w, h))) for c in categories for i in range(args.per_category)]
    started = time.monotonic()
    photos = []
    if args.jobs > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.imap(make, jobs)
            for k, (entry, seconds) in enumerate(results, 1):
                photos.append(entry)
                print(f"[{k}/{len(jobs)}] {entry['file']} {seconds:.1f} s", file=sys.stderr)
    else:
        for k, job in enumerate(jobs, 1):
            entry, seconds = make(job)
            photos.append(entry)
            print(f"[{k}/{len(jobs)}] {entry['file']} {seconds:.1f} s", file=sys.stderr)
    texts = [label["text"] for p in photos for label in p["labels"]]
    if len(set(texts)) != len(texts):
        print("generate: two labels got the same text; change the seed", file=sys.stderr)
        return 1
    import PIL
    import pillow_heif
    import segno
    manifest = {"format": "remo-photo-corpus", "version": 1, "generator": "corpus2",
                "seed": args.seed, "perCategory": args.per_category, "categories": categories,
                "size": f"{max(w, h)}x{min(w, h)}", "encoder": "segno", "texts": None,
                "software": {"python": sys.version.split()[0], "numpy": np.__version__, "opencv": cv2.__version__,
                             "pillow": PIL.__version__, "encoder": f"segno {segno.__version__}",
                             "pillow-heif": pillow_heif.__version__, "libheif": pillow_heif.libheif_version()},
                "photos": photos}
    with open(os.path.join(args.out, "manifest.json") + ".part", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
        handle.write("\n")
    os.replace(os.path.join(args.out, "manifest.json") + ".part", os.path.join(args.out, "manifest.json"))
    print(f"generate: {len(photos)} photos, {len(texts)} labels in {args.out} ({time.monotonic() - started:.0f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
