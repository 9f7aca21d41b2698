#!/usr/bin/env python3
"""Remakes samples/labels/ and samples/photos/: label images made by remo's own
encoder (`remo qr encode`), and phone-like photos of them.

The photos imitate a phone held over a recorder: the label card in perspective
and turned, on a cluttered background, under uneven light, softened by the lens,
with sensor noise, saved as JPEG (one turned by its EXIF orientation tag, as
phones store portrait shots) and as HEIC. Seeded: the same files every run
(given the same library versions). The texts are arbitrary placeholders until
the recorder payload format exists (issue 3).

Needs the dev machine's Python tools (Pillow, numpy, opencv-python-headless,
pillow-heif); CI never runs this, it uses the committed files. At the end every
photo is decoded with remo and the script fails if a text is missing.

    swift build --product remo && python3 scripts/make-samples.py [.build/debug/remo]
"""
import json
import os
import subprocess
import sys

import cv2
import numpy as np
import pillow_heif
from PIL import Image, ImageDraw

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REMO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "remo")
LABELS = os.path.join(ROOT, "samples", "labels")
PHOTOS = os.path.join(ROOT, "samples", "photos")
RNG = np.random.default_rng(20240701)

TEXTS = {
    "label-nx400.png": "REMO SAMPLE WJ-NX400 SN:A1B2C3D4",
    "label-japanese.png": "サンプル: レコーダー WJ-NX300 機器ID番号 0123-4567",
    "label-nx510.svg": "REMO SAMPLE WJ-NX510 SN:E5F6G7H8",
    "label-nx200.pdf": "REMO SAMPLE WJ-NX200 SN:J9K0L1M2",
}


def remo(*arguments):
    return subprocess.run([REMO, *arguments], check=True, capture_output=True, text=True).stdout


def make_labels():
    for name, text in TEXTS.items():
        remo("qr", "encode", "--text", text, "-o", os.path.join(LABELS, name), "--module-px", "6")


def card(text, caption):
    """A printed label: the QR code (from remo, as PNG) on a white card with a caption."""
    path = os.path.join(PHOTOS, ".card.png")
    remo("qr", "encode", "--text", text, "-o", path, "--module-px", "8")
    code = Image.open(path).convert("RGB")
    os.remove(path)
    width, height = code.width + 260, code.height + 20
    image = Image.new("RGB", (width, height), (250, 250, 246))
    image.paste(code, (10, 10))
    draw = ImageDraw.Draw(image)
    for line, y in zip(caption, range(40, height, 36)):
        draw.text((code.width + 24, y), line, fill=(30, 30, 30))
    draw.rectangle([0, 0, width - 1, height - 1], outline=(180, 180, 180), width=2)
    return np.array(image)


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


def make_photos():
    shots = []

    text = TEXTS["label-nx400.png"]
    photo = background(1280, 960)
    label = card(text, ["WJ-NX400", "S/N A1B2C3D4"])
    photo = place(photo, label, quad((640, 470), 620, 290, 12, 0.12))
    finish(photo).save(os.path.join(PHOTOS, "desk-tilted.jpg"), quality=86)
    shots.append(("desk-tilted.jpg", [text]))

    # Portrait shot: stored turned, with EXIF orientation 6 (turn clockwise to view).
    text = TEXTS["label-japanese.png"]
    photo = background(960, 1280)
    label = card(text, ["WJ-NX300", "ID 0123-4567"])
    photo = place(photo, label, quad((480, 660), 700, 330, -8, 0.08))
    upright = finish(photo, light=0.9)
    exif = Image.Exif()
    exif[0x0112] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(
        os.path.join(PHOTOS, "portrait-exif-rotated.jpg"), quality=85, exif=exif.tobytes())
    shots.append(("portrait-exif-rotated.jpg", [text]))

    texts = [TEXTS["label-nx510.svg"], TEXTS["label-nx200.pdf"]]
    photo = background(1280, 960)
    photo = place(photo, card(texts[0], ["WJ-NX510", "S/N E5F6G7H8"]), quad((380, 320), 470, 220, -25, 0.05))
    photo = place(photo, card(texts[1], ["WJ-NX200", "S/N J9K0L1M2"]), quad((880, 660), 470, 220, 35, 0.1))
    finish(photo).save(os.path.join(PHOTOS, "two-labels.jpg"), quality=84)
    shots.append(("two-labels.jpg", texts))

    text = "REMO SAMPLE HEIC WJ-NX400 SN:N3P4Q5R6"
    photo = background(1280, 960)
    photo = place(photo, card(text, ["WJ-NX400", "S/N N3P4Q5R6"]), quad((620, 500), 600, 280, 48, 0.15))
    pillow_heif.register_heif_opener()
    finish(photo, light=0.8, noise=2).save(os.path.join(PHOTOS, "angled.heic"), quality=55)
    shots.append(("angled.heic", [text]))

    text = "REMO SAMPLE DIM WJ-NX300 SN:S7T8U9V0"
    photo = background(1280, 960)
    photo = place(photo, card(text, ["WJ-NX300", "S/N S7T8U9V0"]), quad((600, 480), 560, 260, -4, 0.2))
    finish(photo, light=0.55, noise=7, blur=1.4).save(os.path.join(PHOTOS, "dim.jpg"), quality=72)
    shots.append(("dim.jpg", [text]))
    return shots


def check(shots):
    files = [os.path.join(PHOTOS, name) for name, _ in shots]
    report = json.loads(remo("qr", "decode", "--json", *files))
    for (name, texts), entry in zip(shots, report):
        found = sorted(code["text"] for code in entry["codes"])
        if found != sorted(texts):
            sys.exit(f"{name}: remo read {found}, expected {sorted(texts)}")
        print(f"{os.path.getsize(os.path.join(PHOTOS, name)):8d}  {name}  {found}")


make_labels()
check(make_photos())
for name in sorted(os.listdir(LABELS)):
    print(f"{os.path.getsize(os.path.join(LABELS, name)):8d}  labels/{name}")
