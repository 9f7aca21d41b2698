#!/usr/bin/env python3
"""Generate the phone-photo corpus: seeded, phone-like photos of remo labels
with a ground-truth manifest. See docs/corpus.md.

    python3 scripts/corpus/generate.py --seed 7 --out corpus/photos
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass

import cv2
import numpy as np

import payloads
import photo
from camera import encode
from qrsymbols import EncoderError, QREncoder

MANIFEST = "manifest.json"
FORMAT = "remo-photo-corpus"
FORMAT_VERSION = 1
DEFAULT_SIZE = (4032, 3024)


@dataclass
class Job:
    category: str
    index: int
    plan: dict
    payloads: list
    file: str


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size {text!r} is not WxH, for example 4032x3024") from None
    if not (320 <= w <= 16384 and 320 <= h <= 16384):
        raise argparse.ArgumentTypeError(f"size {text!r} is out of range: each side 320 to 16384 pixels")
    return (max(w, h), min(w, h))


def parse_categories(values: list[str] | None) -> list[str]:
    if not values:
        return list(photo.CATEGORIES)
    wanted = [name for value in values for name in value.split(",") if name]
    unknown = [name for name in wanted if name not in photo.CATEGORIES]
    if unknown:
        raise SystemExit(f"generate: unknown categories {', '.join(unknown)}; "
                         f"choose from {', '.join(photo.CATEGORIES)}")
    # Canonical order, whatever order they were given in.
    return [name for name in photo.CATEGORIES if name in wanted]


def plan_corpus(seed: int, categories: list[str], per_category: int, size: tuple[int, int],
                texts: list[str] | None) -> list[Job]:
    """Plan every photo, in order, handing out payload texts as it goes."""
    jobs: list[Job] = []
    used: set[str] = set()
    supplied = iter(texts) if texts is not None else None
    for category in categories:
        for index in range(per_category):
            plan = photo.plan(category, photo.photo_seed(seed, category, index, 0), size)
            text_rng = photo.photo_seed(seed, category, index, 1)
            chosen = []
            for _ in plan["labels"]:
                if supplied is None:
                    chosen.append(payloads.synthetic(text_rng, used))
                else:
                    try:
                        chosen.append(payloads.from_text(next(supplied)))
                    except StopIteration:
                        needed = sum(len(j.plan["labels"]) for j in jobs) + len(plan["labels"])
                        raise SystemExit(
                            f"generate: --texts has {len(texts)} texts but the corpus needs at least {needed}; "
                            "add texts or lower --per-category") from None
            ext = "heic" if plan["format"] == "heic" else "jpg"
            jobs.append(Job(category, index, plan, chosen, f"{category}-{index:03d}.{ext}"))
    return jobs


def render_job(seed: int, job: Job, encoder: QREncoder):
    """The developed photo (8-bit RGB) and the ground truth of its labels."""
    rng = photo.photo_seed(seed, job.category, job.index, 2)
    return photo.render(job.plan, job.payloads, encoder, rng)


def record(job: Job, truth: list[dict], size_bytes: int, file: str | None = None) -> dict:
    plan = job.plan
    return {
        "file": file or job.file,
        "category": job.category,
        "index": job.index,
        "width": plan["width"],
        "height": plan["height"],
        "format": plan["format"],
        "quality": plan["quality"],
        "bytes": size_bytes,
        "labels": truth,
        "conditions": photo.conditions(plan),
    }


def software(encoder: QREncoder) -> dict:
    import PIL
    versions = {"python": sys.version.split()[0], "numpy": np.__version__, "opencv": cv2.__version__,
                "pillow": PIL.__version__, "encoder": encoder.describe()}
    try:
        import pillow_heif
        versions["pillow-heif"] = pillow_heif.__version__
        versions["libheif"] = pillow_heif.libheif_version()
    except ImportError:
        pass
    return versions


def write_json(path: str, document: dict) -> None:
    temporary = path + ".part"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    os.replace(temporary, path)


_worker: dict = {}


def _init_worker(seed, encoder, out):
    cv2.setNumThreads(1)
    _worker.update(seed=seed, encoder=encoder, out=out)


def _make(job: Job):
    started = time.monotonic()
    rgb, truth = render_job(_worker["seed"], job, _worker["encoder"])
    size_bytes = encode(rgb, os.path.join(_worker["out"], job.file), job.plan["format"], job.plan["quality"])
    return record(job, truth, size_bytes), time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True, help="corpus seed (any integer >= 0)")
    parser.add_argument("--out", required=True, help="output folder (created; files in it are replaced)")
    parser.add_argument("--per-category", type=int, default=20, help="photos per category (default 20)")
    parser.add_argument("--categories", nargs="+", metavar="NAME",
                        help=f"categories to make (default all): {', '.join(photo.CATEGORIES)}")
    parser.add_argument("--size", type=parse_size, default=DEFAULT_SIZE,
                        help="photo size WxH (default 4032x3024; portrait photos get HxW)")
    parser.add_argument("--encoder", choices=["qrencode", "remo"], default="qrencode",
                        help="what makes the QR symbols (default qrencode)")
    parser.add_argument("--remo", metavar="PATH", help="the remo executable, for --encoder remo")
    parser.add_argument("--texts", metavar="FILE", help="payload texts, one per line, used in order")
    parser.add_argument("--jobs", type=int, default=1, help="photos made in parallel (default 1)")
    args = parser.parse_args(argv)

    if args.seed < 0:
        parser.error("--seed must be 0 or more")
    if args.per_category < 1:
        parser.error("--per-category must be at least 1")
    categories = parse_categories(args.categories)
    try:
        encoder = QREncoder(args.encoder, args.remo)
        versions = software(encoder)
    except EncoderError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    texts = None
    if args.texts:
        try:
            texts = payloads.read_texts(args.texts)
        except (OSError, ValueError) as error:
            print(f"generate: cannot use --texts: {error}", file=sys.stderr)
            return 1

    jobs = plan_corpus(args.seed, categories, args.per_category, args.size, texts)
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()
    photos: list[dict] = []
    _init_worker(args.seed, encoder, args.out)
    if args.jobs > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(args.jobs, _init_worker, (args.seed, encoder, args.out)) as pool:
            results = pool.imap(_make, jobs)
            for k, (entry, seconds) in enumerate(results, start=1):
                photos.append(entry)
                print(f"[{k}/{len(jobs)}] {entry['file']} {seconds:.1f} s", file=sys.stderr)
    else:
        for k, job in enumerate(jobs, start=1):
            entry, seconds = _make(job)
            photos.append(entry)
            print(f"[{k}/{len(jobs)}] {entry['file']} {seconds:.1f} s", file=sys.stderr)

    manifest = {
        "format": FORMAT, "version": FORMAT_VERSION,
        "seed": args.seed, "perCategory": args.per_category, "categories": categories,
        "size": f"{args.size[0]}x{args.size[1]}", "encoder": args.encoder,
        "texts": os.path.basename(args.texts) if args.texts else None,
        "software": versions, "photos": photos,
    }
    write_json(os.path.join(args.out, MANIFEST), manifest)
    labels = sum(len(p["labels"]) for p in photos)
    print(f"generate: {len(photos)} photos, {labels} labels in {args.out} "
          f"({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
