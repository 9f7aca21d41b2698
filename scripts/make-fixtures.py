#!/usr/bin/env python3
"""Remakes the imaging test fixtures in Tests/RemoImagingTests/Fixtures/.

Every QR code comes from remo's own encoder (`remo qr encode`); Pillow, OpenCV
and heif-enc only change the container (bit depth, palette, alpha, CMYK, EXIF,
HEIC), as other software would. The exception is the two GB2312 codes, made by
segno and qrencode on purpose (what other encoders write without an ECI).
Deterministic: no randomness.

Needs the dev machine's Python tools (Pillow, numpy, opencv-python-headless) and
heif-enc; CI never runs this, it uses the committed files. docs/fixtures.md lists
each file and what it is for.

    swift build --product remo && python3 scripts/make-fixtures.py [.build/debug/remo]
"""
import os
import subprocess
import sys
import tempfile

import cv2
import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "RemoImagingTests", "Fixtures")
REMO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "remo")
TMP = tempfile.mkdtemp()


def qr(text, px=4, ec="M"):
    """A QR code PNG from remo, as a Pillow grey image."""
    path = os.path.join(TMP, "qr.png")
    subprocess.run([REMO, "qr", "encode", "--text", text, "-o", path, "--module-px", str(px), "--ec", ec],
                   check=True, stdout=subprocess.DEVNULL)
    return Image.open(path).convert("L")


def out(name):
    return os.path.join(OUT, name)


# 1-bit grey PNG.
qr("FIXTURE 1-BIT").convert("1").save(out("qr-1bit.png"))

# Palette PNG: dark blue modules on yellow.
grey = qr("FIXTURE PALETTE")
rgb = Image.merge("RGB", [grey.point(lambda v: 250 if v > 127 else 20),
                          grey.point(lambda v: 220 if v > 127 else 30),
                          grey.point(lambda v: 60 if v > 127 else 120)])
rgb.quantize(colors=4).save(out("qr-palette.png"))

# Grey + alpha PNG: black modules on a fully transparent background.
grey = qr("FIXTURE ALPHA")
alpha = grey.point(lambda v: 0 if v > 127 else 255)
Image.merge("LA", [Image.new("L", grey.size, 0), alpha]).save(out("qr-gray-alpha.png"))

# 16-bit grey PNG.
grey = np.array(qr("FIXTURE 16-BIT GRAY"), dtype=np.uint16) * 257
cv2.imwrite(out("qr-gray16.png"), grey)

# 16-bit RGBA PNG, half-transparent background over dark-red modules.
grey = np.array(qr("FIXTURE 16-BIT RGBA"), dtype=np.uint16)
dark = grey < 128
bgra = np.zeros(grey.shape + (4,), dtype=np.uint16)
bgra[..., 2] = np.where(dark, 30000, 65535)
bgra[..., 3] = np.where(dark, 65535, 20000)
cv2.imwrite(out("qr-rgba16.png"), bgra)

# CMYK JPEG (Pillow writes Adobe-style inverted CMYK with an APP14 segment).
qr("FIXTURE CMYK").convert("CMYK").save(out("qr-cmyk.jpg"), quality=92)

# Colour (YCbCr) JPEG: dark green modules on a pale blue card.
grey = qr("FIXTURE COLOR JPEG")
rgb = Image.merge("RGB", [grey.point(lambda v: 200 if v > 127 else 10),
                          grey.point(lambda v: 225 if v > 127 else 70),
                          grey.point(lambda v: 250 if v > 127 else 30)])
rgb.save(out("qr-color.jpg"), quality=85)

# EXIF orientation 6: the stored pixels are turned a quarter counter-clockwise;
# upright, the picture is 360x200 with the code at its left.
grey = qr("FIXTURE EXIF 6", px=4)
upright = Image.new("L", (360, 200), 255)
upright.paste(grey, (0, (200 - grey.height) // 2))
stored = upright.transpose(Image.Transpose.ROTATE_90)
exif = Image.Exif()
exif[0x0112] = 6
stored.save(out("qr-exif6.jpg"), quality=90, exif=exif.tobytes())

# HEIC (x265 through heif-enc), with Japanese text.
path = os.path.join(TMP, "heic.png")
qr("FIXTURE HEIC 日本語", px=6).convert("RGB").save(path)
subprocess.run(["heif-enc", "-q", "90", path, "-o", out("qr.heic")], check=True, stdout=subprocess.DEVNULL)

# GB2312 text with no ECI header, from two other encoders (segno, byte mode;
# qrencode -8): what a Chinese label printer writes. The first is also valid
# Shift_JIS (half-width katakana), as zxing-cpp 3.1 reads it; the second is not.
# Grey PNGs, 3 px a module, a 4-module quiet zone.
import segno  # noqa: E402 (only this fixture needs it)

segno.make("中文型号 WJ-NX300", encoding="gb2312", error="m", micro=False).save(
    out("qr-gb2312-segno.png"), scale=3, border=4)
Image.open(out("qr-gb2312-segno.png")).convert("L").save(out("qr-gb2312-segno.png"))
subprocess.run(["qrencode", "-8", "-l", "M", "-s", "3", "-m", "4", "-o", out("qr-gb2312-qrencode.png")],
               input="录像机型号 WJ-NX300 序列号 AB1234".encode("gb2312"), check=True)
Image.open(out("qr-gb2312-qrencode.png")).convert("L").save(out("qr-gb2312-qrencode.png"))

for name in sorted(os.listdir(OUT)):
    print(f"{os.path.getsize(out(name)):8d}  {name}")
