"""Cluttered backgrounds: procedural surfaces, boxes and panels, cables,
screws, printed text, and stickers that are not QR codes."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from artwork import _WORDS, font, fractal_noise, random_code

PALETTE = ((0.78, 0.74, 0.66), (0.55, 0.55, 0.56), (0.25, 0.25, 0.27), (0.52, 0.38, 0.24),
           (0.85, 0.85, 0.83), (0.42, 0.47, 0.52), (0.62, 0.60, 0.52), (0.12, 0.12, 0.13),
           (0.70, 0.66, 0.58), (0.35, 0.42, 0.35))

CABLE_COLOURS = ((0.08, 0.08, 0.08), (0.2, 0.3, 0.7), (0.85, 0.8, 0.2), (0.85, 0.85, 0.85),
                 (0.15, 0.5, 0.25), (0.7, 0.15, 0.1), (0.5, 0.5, 0.52))


def _colour(rng, palette=PALETTE) -> np.ndarray:
    base = np.asarray(palette[int(rng.integers(0, len(palette)))], np.float32)
    return np.clip(base * rng.uniform(0.85, 1.15) + rng.normal(0, 0.02, 3), 0, 1).astype(np.float32)


def _surface_texture(rng, height: int, width: int) -> np.ndarray:
    """A full-frame base surface: fabric, wood, brushed metal, painted wall or a rack."""
    kind = rng.choice(["fabric", "wood", "metal", "wall", "rack"])
    small_h, small_w = height // 4, width // 4
    colour = _colour(rng)
    if kind == "wood":
        y, x = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
        angle = rng.uniform(0, math.pi)
        turbulence = fractal_noise(rng, small_h, small_w, base=3, octaves=4) * rng.uniform(8, 20)
        rings = np.sin((x * math.cos(angle) + y * math.sin(angle)) / rng.uniform(6, 18) + turbulence)
        shade = 0.8 + 0.2 * rings
    elif kind == "metal":
        noise = rng.random((small_h, small_w), dtype=np.float32)
        length = int(rng.integers(30, 90))
        kernel = np.ones((1, length), np.float32) / length
        if rng.random() < 0.5:
            kernel = kernel.T
        shade = 0.85 + 0.3 * cv2.filter2D(noise, -1, kernel)
    elif kind == "rack":
        shade = np.ones((small_h, small_w), np.float32) * 0.9
        colour = np.asarray((0.1, 0.1, 0.11), np.float32) * rng.uniform(0.8, 1.5)
        pitch = int(rng.integers(20, 40))
        for x in range(int(rng.integers(5, 20)), small_w, int(small_w / rng.uniform(2.5, 4))):
            shade[:, x:x + 6] = 2.5
            shade[::pitch, x + 1:x + 4] = 0.3
    else:
        shade = 0.85 + 0.3 * fractal_noise(rng, small_h, small_w, base=int(rng.integers(3, 10)), octaves=5)
    texture = shade[..., None] * colour[None, None, :]
    return cv2.resize(np.clip(texture, 0, 1), (width, height), interpolation=cv2.INTER_LINEAR)


def background(rng, width: int, height: int, clutter: float = 1.0) -> np.ndarray:
    """The scene behind the labels, display-referred RGB float32 in 0..1."""
    base = _surface_texture(rng, height, width)
    image = Image.fromarray((base * 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    area = width * height / (4032 * 3024)
    scale = max(width, height) / 4032
    # Boxes and panels (other devices, cabinet parts), some with shading.
    for _ in range(int(rng.integers(3, 10) * clutter * max(area, 0.3))):
        x0, y0 = rng.uniform(-0.2, 1.0) * width, rng.uniform(-0.2, 1.0) * height
        w, h = rng.uniform(0.08, 0.6) * width, rng.uniform(0.05, 0.5) * height
        fill = tuple(int(v * 255) for v in _colour(rng))
        if rng.random() < 0.5:
            draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=int(rng.uniform(0, 40) * scale), fill=fill)
        else:
            points = [(x0 + rng.uniform(0, w), y0 + rng.uniform(0, h)) for _ in range(int(rng.integers(3, 7)))]
            draw.polygon(points, fill=fill)
        if rng.random() < 0.4:  # screws, LEDs
            for _ in range(int(rng.integers(2, 8))):
                cx, cy, r = x0 + rng.uniform(0, w), y0 + rng.uniform(0, h), rng.uniform(6, 20) * scale
                tone = tuple(int(v * 255) for v in _colour(rng, ((0.6, 0.6, 0.62), (0.1, 0.8, 0.2), (0.9, 0.3, 0.1))))
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=tone)
    array = np.asarray(image).copy()
    # Cables: thick smooth curves across the frame.
    for _ in range(int(rng.integers(1, 7) * clutter)):
        points = rng.uniform([-0.1 * width, -0.1 * height], [1.1 * width, 1.1 * height], (4, 2))
        t = np.linspace(0, 1, 80)[:, None]
        curve = ((1 - t) ** 3 * points[0] + 3 * (1 - t) ** 2 * t * points[1]
                 + 3 * (1 - t) * t ** 2 * points[2] + t ** 3 * points[3]).astype(np.int32)
        colour = tuple(int(v * 255) for v in _colour(rng, CABLE_COLOURS))
        cv2.polylines(array, [curve], False, colour, int(rng.uniform(8, 45) * scale), cv2.LINE_AA)
    image = Image.fromarray(array)
    # Printed text: model names, ports, warnings, codes.
    for _ in range(int(rng.integers(6, 20) * clutter * max(area, 0.3))):
        size = int(rng.uniform(18, 110) * scale)
        text = str(rng.choice(_WORDS)) if rng.random() < 0.6 else random_code(rng, int(rng.integers(5, 14)))
        bbox = font(size).getbbox(text)
        patch = Image.new("L", (bbox[2] + 4, bbox[3] + 4), 0)
        ImageDraw.Draw(patch).text((2, 0), text, font=font(size), fill=255)
        patch = patch.rotate(float(rng.choice([0, 0, 90, 270, rng.uniform(-30, 30)])), expand=True,
                             resample=Image.BICUBIC)
        x, y = int(rng.uniform(0, width - patch.width)), int(rng.uniform(0, height - patch.height))
        tone = (20, 20, 20) if rng.random() < 0.6 else (235, 235, 235)
        image.paste(Image.new("RGB", patch.size, tone), (x, y), patch)
    result = np.asarray(image, np.float32) / 255.0
    grain = cv2.resize(rng.normal(0, 0.02, (height // 2, width // 2)).astype(np.float32), (width, height))
    return np.clip(result + grain[..., None], 0, 1)
