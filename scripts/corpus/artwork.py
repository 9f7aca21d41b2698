"""Flat artwork drawn before it goes into a photo: remo labels, the device
faces they are stuck on, and the clutter stickers (1D barcodes, matrix-code-like
grids, warning signs, text) that are not QR codes.

Artwork is a `Surface`: an albedo image (display-referred RGB in [0, 1]), an
alpha mask, and, for a label, where its QR symbol is. Coordinates are pixel
edges: (0, 0) is the top-left corner of the top-left pixel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

QUIET_ZONE = 4  # modules, as remo prints them

_fonts: dict[int, ImageFont.FreeTypeFont] = {}


def font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's embedded font (Aileron), so text renders the same on every machine."""
    size = max(6, int(size))
    if size not in _fonts:
        _fonts[size] = ImageFont.load_default(size=size)
    return _fonts[size]


@dataclass
class Surface:
    albedo: np.ndarray            # (h, w, 3) float32, display-referred, 0..1
    alpha: np.ndarray             # (h, w) float32, 0..1
    qr_corners: np.ndarray | None = None   # (4, 2): symbol TL, TR, BR, BL
    label_corners: np.ndarray | None = None  # (4, 2): the label paper
    module_px: float = 0.0
    modules: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def size(self) -> tuple[int, int]:
        return self.albedo.shape[1], self.albedo.shape[0]


def _grey_to_rgb(value: float, tint) -> np.ndarray:
    return np.clip(np.asarray(tint, dtype=np.float32) * value, 0, 1)


def render_label(payload, modules: np.ndarray, module_px: int, rng, layout: str) -> Surface:
    """A printed recorder label: the QR code with its quiet zone, and the
    human-readable lines beside it (layout "side") or under it ("under")."""
    m = int(module_px)
    n = modules.shape[0]
    qr_block = (n + 2 * QUIET_ZONE) * m
    size = max(7, int(round(m * rng.uniform(2.3, 3.0))))
    head_size = int(size * 1.15)
    f, fh = font(size), font(head_size)
    header = "i-PRO Remo."
    lines = list(payload.lines)
    line_gap = int(size * 0.45)
    widths = [f.getbbox(line)[2] for line in lines] + [fh.getbbox(header)[2]]
    text_w = max(widths)
    text_h = head_size + line_gap + len(lines) * (size + line_gap)
    margin = m * 2
    if layout == "side":
        width = qr_block + text_w + margin
        height = max(qr_block, text_h + 2 * margin)
        qr_x, qr_y = 0, (height - qr_block) // 2
        text_x, text_y = qr_block, (height - text_h) // 2
    else:
        width = max(qr_block, text_w + 2 * margin)
        height = qr_block + text_h + margin
        qr_x, qr_y = (width - qr_block) // 2, 0
        text_x, text_y = margin, qr_block
    ink = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(ink)
    # The symbol, module by module (nearest-neighbour upscale of the matrix).
    symbol = np.repeat(np.repeat(modules.astype(np.uint8) * 255, m, axis=0), m, axis=1)
    ink.paste(Image.fromarray(symbol), (qr_x + QUIET_ZONE * m, qr_y + QUIET_ZONE * m))
    draw.text((text_x, text_y), header, font=fh, fill=255, stroke_width=max(1, size // 14),
              stroke_fill=255)
    y = text_y + head_size + line_gap
    for line in lines:
        draw.text((text_x, y), line, font=f, fill=255)
        y += size + line_gap
    if rng.random() < 0.5:  # a printed frame round the label, outside the quiet zone
        inset = max(1, m // 2)
        draw.rounded_rectangle((inset, inset, width - 1 - inset, height - 1 - inset),
                               radius=2 * m, outline=255, width=max(1, m // 3))
    ink_a = np.asarray(ink, dtype=np.float32) / 255.0
    # Thermal print: slightly soft edges and a little dot gain.
    ink_a = cv2.GaussianBlur(ink_a, (0, 0), max(0.3, 0.12 * m))
    gain = rng.uniform(0.0, 0.08)
    ink_a = np.clip((ink_a - 0.5) * 1.6 + 0.5 + gain, 0, 1)

    paper_tint = (1.0, rng.uniform(0.97, 1.0), rng.uniform(0.92, 1.0))
    paper = _grey_to_rgb(rng.uniform(0.86, 0.97), paper_tint)
    ink_rgb = _grey_to_rgb(rng.uniform(0.04, 0.14), (1.0, 1.0, rng.uniform(1.0, 1.3)))
    grain = rng.normal(0, 0.012, (height, width)).astype(np.float32)
    albedo = (paper[None, None, :] * (1 - ink_a[..., None]) + ink_rgb[None, None, :] * ink_a[..., None])
    albedo = np.clip(albedo + grain[..., None], 0, 1).astype(np.float32)

    shape = Image.new("L", (width, height), 0)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, width - 1, height - 1), radius=int(2.5 * m), fill=255)
    alpha = cv2.GaussianBlur(np.asarray(shape, dtype=np.float32) / 255.0, (0, 0), 0.6)

    x0, y0 = qr_x + QUIET_ZONE * m, qr_y + QUIET_ZONE * m
    s = n * m
    qr_corners = np.array([[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s]], dtype=np.float64)
    label_corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float64)
    return Surface(albedo, alpha, qr_corners, label_corners, float(m), n)


def fractal_noise(rng, height: int, width: int, base: int = 8, octaves: int = 5) -> np.ndarray:
    """Smooth value noise in 0..1, built from upscaled random grids."""
    out = np.zeros((height, width), np.float32)
    total = 0.0
    for k in range(octaves):
        cells = base * 2 ** k
        gh, gw = max(2, int(cells * height / max(height, width))), max(2, int(cells * width / max(height, width)))
        grid = rng.random((gh, gw), dtype=np.float32)
        weight = 0.55 ** k
        out += weight * cv2.resize(grid, (width, height), interpolation=cv2.INTER_CUBIC)
        total += weight
    return np.clip(out / total, 0, 1)


DEVICE_COLOURS = ((0.16, 0.16, 0.17), (0.09, 0.09, 0.10), (0.55, 0.56, 0.57), (0.80, 0.80, 0.78),
                  (0.30, 0.31, 0.33), (0.70, 0.70, 0.72))


def on_device(label: Surface, rng, margin_ratio: tuple[float, float]) -> Surface:
    """The label stuck on the front face of a recorder: a larger plastic or
    metal panel with vent slots, screws and a maker's mark around it."""
    lw, lh = label.size
    mx = int(lw * rng.uniform(*margin_ratio))
    my = int(lh * rng.uniform(*margin_ratio))
    ox = int(mx * rng.uniform(0.4, 1.6))
    oy = int(my * rng.uniform(0.4, 1.6))
    width, height = lw + mx * 2, lh + my * 2
    colour = np.array(DEVICE_COLOURS[int(rng.integers(0, len(DEVICE_COLOURS)))], np.float32)
    texture = fractal_noise(rng, height, width, base=4, octaves=4)
    albedo = colour[None, None, :] * (0.85 + 0.3 * texture[..., None])
    face = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(face)
    label_box = (ox, oy, ox + lw, oy + lh)
    step = max(8, int(min(lw, lh) * rng.uniform(0.06, 0.12)))
    slot_w, slot_h = max(3, step // 3), step * 2
    for y in range(step, height - step - slot_h, int(slot_h * 1.5)):
        for x in range(step, width - step - slot_w, step):
            if x + slot_w > label_box[0] - step and x < label_box[2] + step and \
               y + slot_h > label_box[1] - step and y < label_box[3] + step:
                continue
            if rng.random() < 0.75:
                draw.rectangle((x, y, x + slot_w, y + slot_h), fill=255)
    vents = cv2.GaussianBlur(np.asarray(face, np.float32) / 255.0, (0, 0), 0.8)
    albedo = albedo * (1 - 0.85 * vents[..., None])
    albedo = np.clip(albedo, 0, 1).astype(np.float32)
    # The label itself, with a faint contact shadow.
    region = albedo[oy:oy + lh, ox:ox + lw]
    shadow = cv2.GaussianBlur(label.alpha, (0, 0), 2.0)[..., None]
    region[:] = region * (1 - 0.25 * shadow)
    a = label.alpha[..., None]
    region[:] = region * (1 - a) + label.albedo * a
    alpha = np.ones((height, width), np.float32)
    offset = np.array([ox, oy], np.float64)
    moved = lambda corners: None if corners is None else corners + offset
    return Surface(albedo, alpha, moved(label.qr_corners), moved(label.label_corners),
                   label.module_px, label.modules)


def turned(surface: Surface) -> Surface:
    """The artwork turned a quarter turn anticlockwise (corners follow it)."""
    w, _ = surface.size
    turn = lambda c: None if c is None else np.stack([c[:, 1], w - c[:, 0]], axis=1)
    return Surface(np.ascontiguousarray(np.rot90(surface.albedo)),
                   np.ascontiguousarray(np.rot90(surface.alpha)),
                   turn(surface.qr_corners), turn(surface.label_corners),
                   surface.module_px, surface.modules)


# --- clutter stickers -------------------------------------------------------------

_EAN_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
          "0110001", "0101111", "0111011", "0110111", "0001011")
_EAN_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
               "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")


def ean13_bits(digits: str) -> str:
    """The 95 modules of an EAN-13 barcode for 12 digits (the check digit is added)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    digits = digits[:12] + str((10 - total % 10) % 10)
    left, right = "", ""
    for d, parity in zip(digits[1:7], _EAN_PARITY[int(digits[0])]):
        code = _EAN_L[int(d)]
        left += code if parity == "L" else "".join("1" if c == "0" else "0" for c in code)[::-1]
    for d in digits[7:]:
        right += "".join("1" if c == "0" else "0" for c in _EAN_L[int(d)])
    return "101" + left + "01010" + right + "101"


_WORDS = ("POWER", "LAN", "PoE", "12V DC", "CAUTION", "HDD", "MADE IN JAPAN", "WARNING", "FAN",
          "NETWORK", "RESET", "CONSOLE", "ALARM IN", "ALARM OUT", "USB", "CH1-4", "GND", "AC100-240V",
          "50/60Hz", "CLASS A", "SERVICE", "DO NOT REMOVE", "RACK 2", "UPS", "SWITCH", "PATCH 24",
          "Ver. 2.10", "i-PRO", "STORAGE", "BACKUP", "RECORDER 3", "SITE B", "FLOOR 2")


def random_code(rng, length: int) -> str:
    return "".join("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"[i] for i in rng.integers(0, 33, length))


def clutter_sticker(rng, scale: float) -> Surface:
    """A sticker that is not a remo label: an asset tag with a 1D barcode, a
    matrix-code-like grid (not a QR code), a warning sign, or printed text."""
    kind = rng.choice(["ean", "bars", "grid", "warning", "text", "ean"])
    u = max(2, int(round(scale)))  # one narrow bar / grid cell, in px
    bg = (255, 255, 255) if rng.random() < 0.7 else (250, 225, 60) if kind == "warning" or rng.random() < 0.3 else (215, 218, 222)
    if kind in ("ean", "bars"):
        bits = ean13_bits("".join(str(d) for d in rng.integers(0, 10, 12))) if kind == "ean" else \
            "".join("1" if b else "0" for b in rng.random(int(rng.integers(60, 140))) < 0.5)
        bar_h = u * int(rng.integers(18, 40))
        width, height = (len(bits) + 20) * u, bar_h + u * 22
        image = Image.new("RGB", (width, height), bg)
        draw = ImageDraw.Draw(image)
        for i, bit in enumerate(bits):
            if bit == "1":
                draw.rectangle((10 * u + i * u, 5 * u, 10 * u + (i + 1) * u - 1, 5 * u + bar_h), fill=(15, 15, 15))
        f = font(u * 6)
        draw.text((10 * u, 7 * u + bar_h), random_code(rng, int(rng.integers(8, 14))), font=f, fill=(20, 20, 20))
    elif kind == "grid":
        cells = int(rng.integers(10, 27)) // 2 * 2
        grid = rng.random((cells, cells)) < 0.5
        grid[:, 0] = True          # solid L finder (left and bottom)
        grid[-1, :] = True
        grid[0, :] = np.arange(cells) % 2 == 0   # clock tracks (top and right)
        grid[:, -1] = np.arange(cells) % 2 == 1
        c = u * 2
        width, height = (cells + 4) * c + u * 40, (cells + 4) * c
        image = Image.new("RGB", (width, height), bg)
        pixels = np.repeat(np.repeat(np.where(grid, 15, 255).astype(np.uint8), c, 0), c, 1)
        image.paste(Image.fromarray(np.stack([pixels] * 3, -1)), (2 * c, 2 * c))
        draw = ImageDraw.Draw(image)
        f = font(u * 5)
        for k in range(3):
            draw.text(((cells + 6) * c, 2 * c + k * u * 8), random_code(rng, int(rng.integers(6, 11))), font=f, fill=(20, 20, 20))
    elif kind == "warning":
        side = u * int(rng.integers(30, 60))
        width, height = side * 3, side
        image = Image.new("RGB", (width, height), (250, 215, 40))
        draw = ImageDraw.Draw(image)
        draw.polygon([(side * 0.5, side * 0.1), (side * 0.92, side * 0.9), (side * 0.08, side * 0.9)],
                     outline=(10, 10, 10), width=max(2, side // 14))
        draw.text((side * 0.45, side * 0.3), "!", font=font(side // 2), fill=(10, 10, 10))
        draw.text((side * 1.05, side * 0.2), str(rng.choice(_WORDS)), font=font(side // 4), fill=(10, 10, 10))
        draw.text((side * 1.05, side * 0.55), str(rng.choice(_WORDS)), font=font(side // 6), fill=(10, 10, 10))
    else:
        size = u * int(rng.integers(5, 12))
        lines = [str(rng.choice(_WORDS)) if rng.random() < 0.6 else random_code(rng, int(rng.integers(6, 16)))
                 for _ in range(int(rng.integers(1, 5)))]
        width = max(font(size).getbbox(line)[2] for line in lines) + size * 2
        height = int(len(lines) * size * 1.5 + size)
        image = Image.new("RGB", (width, height), bg)
        draw = ImageDraw.Draw(image)
        for k, line in enumerate(lines):
            draw.text((size, size // 2 + int(k * size * 1.5)), line, font=font(size), fill=(20, 20, 20))
    albedo = np.asarray(image, np.float32) / 255.0
    alpha = np.ones(albedo.shape[:2], np.float32)
    return Surface(albedo.astype(np.float32), alpha)
