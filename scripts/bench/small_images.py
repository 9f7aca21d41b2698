#!/usr/bin/env python3
"""A seeded folder of small images (crops, screenshots, scans: under 2 MP) in
the corpus format `remo-bench photos` and `peers.py` read (docs/corpus.md):
the kinds issue 19 names beside plain crops. The images are kept out of git;
this command makes them again.

    python3 scripts/bench/small_images.py --out corpus/small --per-category 20 --seed 19

Categories: plain (a code with its quiet zone, 3 to 6 px a module), small-in-small
(a code of 2 to 3 px a module in a 640x480 frame with noise), inverted (light
modules on dark), mirrored, pure (no quiet zone, 1 to 4 px a module, either
polarity), no-code (noise and shapes), mixed (a printed label, dark on light, and a
laser-marked code, light on dark, side by side on a dark body in one 1024x768 image).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys

import numpy as np
from PIL import Image

# New categories go last: the random streams are shared in this order, so the
# images of the earlier categories stay byte-identical for a seed.
CATEGORIES = ["plain", "small-in-small", "inverted", "mirrored", "pure", "no-code", "mixed"]


def matrix(text: str) -> np.ndarray:
    """The symbol of `text` from the qrencode tool (libqrencode), 1 px a module, no quiet zone: True dark."""
    png = subprocess.run(["qrencode", "-t", "PNG", "-s", "1", "-m", "0", "-o", "-", text],
                         check=True, capture_output=True).stdout
    return np.array(Image.open(io.BytesIO(png)).convert("RGBA").convert("L")) < 128


def printed(symbol: np.ndarray, module: int, quiet: int, ink: int, paper: int) -> np.ndarray:
    big = np.kron(symbol, np.ones((module, module), dtype=bool))
    big = np.pad(big, quiet * module, constant_values=False)
    return np.where(big, ink, paper).astype(np.float32)


def noisy(image: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    return np.clip(image + rng.normal(0, sigma, image.shape), 0, 255)


def both_kinds(index: int, text: str, symbol: np.ndarray, ink: int, paper: int, rng: np.random.Generator,
               pick: random.Random) -> tuple[np.ndarray, list[str]]:
    """A recorder's dark body, 1024x768, with a printed label (dark on light, a quiet zone of 4 modules) in one
    half and a laser-marked code (light marks on the body, no label) in the other, each 3 to 6 px a module."""
    laser = f"REMO:1:WJ-NX400:LM{pick.randrange(10**7):07d}:{pick.randrange(16**16):016X}:2025-03:LASER{index:03d}"
    body, mark = pick.randint(15, 50), pick.randint(110, 180)
    image = np.full((768, 1024), float(body), dtype=np.float32)
    label = printed(symbol, pick.randint(3, 6), 4, ink, paper)
    marked = printed(matrix(laser), pick.randint(3, 6), 4, mark, body)
    halves = [label, marked] if pick.random() < 0.5 else [marked, label]
    for half, code in enumerate(halves):
        top, left = pick.randrange(768 - code.shape[0]), half * 512 + pick.randrange(512 - code.shape[1])
        image[top:top + code.shape[0], left:left + code.shape[1]] = code
    return noisy(image, rng, 6).astype(np.uint8), [text, laser]


def make(category: str, index: int, rng: np.random.Generator, pick: random.Random) -> tuple[np.ndarray, list[str]]:
    text = f"REMO:1:WJ-NX400:AB{pick.randrange(10**7):07d}:{pick.randrange(16**16):016X}:2024-07:SMALL{index:03d}"
    symbol = matrix(text)
    ink, paper = pick.randint(10, 60), pick.randint(190, 245)
    if category == "mixed":
        return both_kinds(index, text, symbol, ink, paper, rng, pick)
    if category == "plain":
        image = noisy(printed(symbol, pick.randint(3, 6), 4, ink, paper), rng, 4)
    elif category == "small-in-small":
        code = printed(symbol, pick.randint(2, 3), 2, ink, paper)
        image = np.full((480, 640), float(pick.randint(120, 200)), dtype=np.float32)
        top, left = pick.randrange(480 - code.shape[0]), pick.randrange(640 - code.shape[1])
        image[top:top + code.shape[0], left:left + code.shape[1]] = code
        image = noisy(image, rng, 8)
    elif category == "inverted":
        image = noisy(255 - printed(symbol, pick.randint(2, 6), 4, ink, paper), rng, 6)
    elif category == "mirrored":
        image = noisy(printed(symbol, pick.randint(3, 6), 4, ink, paper)[:, ::-1], rng, 4)
    elif category == "pure":
        image = printed(symbol, pick.randint(1, 4), 0, ink, paper)
        if pick.random() < 0.5:
            image = 255 - image
    else:
        image = noisy(np.full((360, 480), 180.0, dtype=np.float32), rng, 30)
        for _ in range(6):
            y, x = pick.randrange(300), pick.randrange(420)
            image[y:y + pick.randint(10, 60), x:x + pick.randint(10, 60)] = pick.randint(0, 255)
        return image.astype(np.uint8), []
    return image.astype(np.uint8), [text]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--per-category", type=int, default=20)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng, pick = np.random.default_rng(args.seed), random.Random(args.seed)
    photos = []
    for category in CATEGORIES:
        for index in range(args.per_category):
            image, texts = make(category, index, rng, pick)
            file = f"{category}-{index:03d}.png"
            Image.fromarray(image).save(os.path.join(args.out, file))
            photos.append({"file": file, "category": category, "format": "png", "width": image.shape[1], "height": image.shape[0],
                           "labels": [{"text": t} for t in texts]})
    manifest = {"format": "remo-small-images", "version": 1, "seed": args.seed,
                "perCategory": args.per_category, "categories": CATEGORIES, "photos": photos}
    with open(os.path.join(args.out, "manifest.json"), "w") as out:
        json.dump(manifest, out, indent=1)
    print(f"small_images: {len(photos)} images in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
