#!/usr/bin/env python3
"""Remakes samples/: the CP932 copy of the units file, a label batch made from
samples/units.csv (labels/), and phone-like photos of those labels (photos/); or
turns any label batch into phone-like photos.

    swift build --product remo && python3 scripts/make-samples.py
    python3 scripts/make-samples.py --from-batch OUT --photos DIR [--seed N]

The batch is made by `remo labels make --png` with the demo label key
samples/demo.label-key (a fixed key, for the samples and the demo only; never
for real labels), so the labels' claim codes are the same on every run and
match the manifest scripts/demo.sh records: the photos register against it.
`--from-batch` takes any folder `remo labels make --png` wrote.

The photos imitate a phone held over a recorder: the label in perspective and
turned, on a dark chassis, under uneven light, softened by the lens, with
sensor noise, saved as JPEG (one turned by its EXIF orientation tag, as phones
store portrait shots) and as HEIC. Seeded: the same files every run (given the
same library versions).

Needs the dev machine's Python tools (Pillow, numpy, opencv-python-headless,
pillow-heif); CI never runs this, it uses the committed files. At the end every
photo is decoded with remo and the script fails unless each reads exactly the
payloads of the labels in it.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

import cv2
import numpy as np
import pillow_heif
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
LABELS = os.path.join(SAMPLES, "labels")
PHOTOS = os.path.join(SAMPLES, "photos")
DEMO_KEY = os.path.join(SAMPLES, "demo.label-key")
RNG = np.random.default_rng(20240701)
REMO = os.path.join(ROOT, ".build", "debug", "remo")


def remo(*arguments, check=True):
    result = subprocess.run([REMO, *arguments], capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"remo {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def make_cp932_copy():
    """samples/units-cp932.csv: samples/units.csv as Japanese Excel saves it (CP932, CRLF)."""
    with open(os.path.join(SAMPLES, "units.csv"), encoding="utf-8") as source:
        text = source.read().replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(SAMPLES, "units-cp932.csv"), "wb") as target:
        target.write(text.encode("cp932"))


def make_batch(folder):
    """A label batch of samples/units.csv in `folder` (PDF, manifest, a PNG per label), with the demo key."""
    database = os.path.join(folder, "samples.sqlite")
    remo("init", "--simulation", "--db", database, "--json")
    remo("labels", "make", "--db", database, "--csv", os.path.join(SAMPLES, "units.csv"),
         "--out", os.path.join(folder, "out"), "--label-key", DEMO_KEY, "--skip-invalid", "--png",
         "--today", "2025-03-10", "--json")
    return os.path.join(folder, "out")


def copy_labels(batch):
    """samples/labels/: the batch's sheet, manifest, and two of its labels as PNG and SVG."""
    shutil.rmtree(LABELS, ignore_errors=True)
    os.makedirs(LABELS)
    for name in ["labels.pdf", "manifest.csv"]:
        shutil.copy(os.path.join(batch, name), os.path.join(LABELS, name))
    serials = batch_serials(batch)
    shutil.copy(os.path.join(batch, "png", serials[0] + ".png"), os.path.join(LABELS, serials[0] + ".png"))
    with tempfile.TemporaryDirectory() as folder:
        remo("init", "--simulation", "--db", os.path.join(folder, "svg.sqlite"), "--json")
        remo("labels", "make", "--db", os.path.join(folder, "svg.sqlite"), "--csv", os.path.join(SAMPLES, "units.csv"),
             "--out", os.path.join(folder, "out"), "--label-key", DEMO_KEY, "--skip-invalid", "--svg",
             "--layout", "thermal-50x30", "--today", "2025-03-10", "--json")
        shutil.copy(os.path.join(folder, "out", "svg", serials[1] + ".svg"), os.path.join(LABELS, serials[1] + ".svg"))


def batch_serials(batch):
    """The serials of a batch, in the order of its sheets."""
    with open(os.path.join(batch, "manifest.csv"), newline="", encoding="utf-8") as manifest:
        return [row["serial"] for row in csv.DictReader(manifest)]


def payload_of(batch, serial):
    """The payload in a label's QR code, read back from its PNG."""
    report = json.loads(remo("qr", "decode", "--json", os.path.join(batch, "png", serial + ".png")))
    return report[0]["codes"][0]["text"]


def card(batch, serial):
    """A printed label as photographed: the label's PNG on a slightly warm white sticker with a thin edge."""
    label = Image.open(os.path.join(batch, "png", serial + ".png")).convert("L")
    paper = np.array(label, np.float32)[..., None] * np.float32([0.985, 0.98, 0.955]) / 255
    sticker = np.clip(paper * 250, 0, 255)
    sticker[:3, :] = sticker[-3:, :] = sticker[:, :3] = sticker[:, -3:] = (205, 203, 196)
    return sticker


def background(width, height):
    """A dark recorder chassis on a grey desk, with vents and a gradient."""
    base = np.full((height, width, 3), 120, np.float32)
    base += np.linspace(-30, 30, width)[None, :, None]
    base[int(height * 0.15):int(height * 0.9), int(width * 0.08):int(width * 0.92)] = (48, 50, 54)
    for y in range(int(height * 0.2), int(height * 0.85), 24):
        base[y:y + 6, int(width * 0.7):int(width * 0.88)] = (25, 25, 28)
    base += RNG.normal(0, 6, base.shape)
    return base


def place(photo, label, corners):
    """Warps `label` onto `photo` so its corners land on `corners` (TL, TR, BR, BL)."""
    height, width = label.shape[:2]
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    matrix = cv2.getPerspectiveTransform(source, np.float32(corners))
    size = (photo.shape[1], photo.shape[0])
    warped = cv2.warpPerspective(label.astype(np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((height, width), np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    return photo * (1 - mask[..., None]) + warped * mask[..., None]


def quad(centre, width, height, degrees, tilt):
    """Corners of a `width`×`height` card turned by `degrees`, its far edge shrunk by `tilt`."""
    w, h = width / 2, height / 2
    points = np.array([[-w * (1 - tilt), -h], [w * (1 - tilt), -h], [w, h], [-w, h]])
    angle = np.radians(degrees)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return points @ rotation.T + np.array(centre)


def finish(photo, light=1.0, noise=4.0, blur=1.1):
    """Uneven light, lens softness and sensor noise."""
    height, width = photo.shape[:2]
    yy, xx = np.mgrid[0:height, 0:width]
    vignette = 1 - 0.35 * (((xx - width / 2) / width) ** 2 + ((yy - height / 2) / height) ** 2)
    photo = photo * vignette[..., None] * light
    photo = cv2.GaussianBlur(photo, (0, 0), blur)
    photo += RNG.normal(0, noise, photo.shape)
    return Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))


def make_photos(batch, folder, serials):
    """Five phone-like photos of the batch's labels in `folder`; returns (file, [serials]) per photo."""
    os.makedirs(folder, exist_ok=True)
    shots = []
    pick = lambda index: serials[index % len(serials)]

    photo = background(1280, 960)
    photo = place(photo, card(batch, pick(0)), quad((640, 470), 700, 366, 12, 0.12))
    finish(photo).save(os.path.join(folder, "desk-tilted.jpg"), quality=86)
    shots.append(("desk-tilted.jpg", [pick(0)]))

    # Portrait shot: stored turned, with EXIF orientation 6 (turn clockwise to view).
    photo = background(960, 1280)
    photo = place(photo, card(batch, pick(6)), quad((480, 660), 760, 398, -8, 0.08))
    upright = finish(photo, light=0.9)
    exif = Image.Exif()
    exif[0x0112] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(
        os.path.join(folder, "portrait-exif-rotated.jpg"), quality=85, exif=exif.tobytes())
    shots.append(("portrait-exif-rotated.jpg", [pick(6)]))

    photo = background(1280, 960)
    photo = place(photo, card(batch, pick(2)), quad((380, 320), 560, 293, -25, 0.05))
    photo = place(photo, card(batch, pick(7)), quad((880, 660), 560, 293, 35, 0.1))
    finish(photo).save(os.path.join(folder, "two-labels.jpg"), quality=84)
    shots.append(("two-labels.jpg", [pick(2), pick(7)]))

    photo = background(1280, 960)
    photo = place(photo, card(batch, pick(4)), quad((620, 500), 680, 356, 48, 0.15))
    pillow_heif.register_heif_opener()
    finish(photo, light=0.8, noise=2).save(os.path.join(folder, "angled.heic"), quality=55)
    shots.append(("angled.heic", [pick(4)]))

    photo = background(1280, 960)
    photo = place(photo, card(batch, pick(9)), quad((600, 480), 660, 346, -4, 0.2))
    finish(photo, light=0.55, noise=7, blur=1.4).save(os.path.join(folder, "dim.jpg"), quality=72)
    shots.append(("dim.jpg", [pick(9)]))
    return shots


def check(shots, folder, batch):
    """Fails unless remo reads from each photo exactly the payloads of its labels."""
    files = [os.path.join(folder, name) for name, _ in shots]
    report = json.loads(remo("qr", "decode", "--json", *files, check=False))
    for (name, serials), entry in zip(shots, report):
        found = sorted(code["text"] for code in entry["codes"])
        expected = sorted(payload_of(batch, serial) for serial in serials)
        if found != expected:
            sys.exit(f"{name}: remo read {found}, expected {expected}")
        print(f"{os.path.getsize(os.path.join(folder, name)):8d}  {name}  {', '.join(serials)}")


def main():
    global REMO, RNG
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--remo", default=REMO, help="the remo executable (default: .build/debug/remo)")
    parser.add_argument("--from-batch", metavar="OUT", help="a folder remo labels make --png wrote")
    parser.add_argument("--photos", metavar="DIR", help="where the photos of --from-batch go")
    parser.add_argument("--seed", type=int, default=20240701, help="the generator's seed")
    arguments = parser.parse_args()
    REMO = arguments.remo
    RNG = np.random.default_rng(arguments.seed)
    if arguments.from_batch:
        if not arguments.photos:
            sys.exit("--from-batch needs --photos DIR")
        serials = batch_serials(arguments.from_batch)
        check(make_photos(arguments.from_batch, arguments.photos, serials), arguments.photos, arguments.from_batch)
        return
    make_cp932_copy()
    with tempfile.TemporaryDirectory() as folder:
        batch = make_batch(folder)
        copy_labels(batch)
        shutil.rmtree(PHOTOS, ignore_errors=True)
        check(make_photos(batch, PHOTOS, batch_serials(batch)), PHOTOS, batch)
    for name in sorted(os.listdir(LABELS)):
        print(f"{os.path.getsize(os.path.join(LABELS, name)):8d}  labels/{name}")


if __name__ == "__main__":
    main()
