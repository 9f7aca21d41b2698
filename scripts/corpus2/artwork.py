"""Label designs and backgrounds, as linear RGB reflectance (float32, 0..1).

A label is drawn flat at `tpm` texture pixels per module; `draw_label`
returns the texture, its opacity (1 on the label, 0 outside its cut shape)
and the symbol's four outer corners in texture coordinates (pixel edges), in
the symbol's order: top-left, top-right, bottom-right, bottom-left."""

from __future__ import annotations

import cv2
import numpy as np

FONTS = (cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_PLAIN, cv2.FONT_HERSHEY_COMPLEX_SMALL)

# Label stocks: (name, paper colour, ink colour), linear reflectance.
STOCKS = {
    "white": ((0.86, 0.87, 0.85), (0.035, 0.035, 0.04)),
    "cream": ((0.80, 0.74, 0.58), (0.05, 0.04, 0.035)),
    "silver": ((0.52, 0.53, 0.55), (0.03, 0.03, 0.035)),     # metal nameplate, black print
    "yellow": ((0.78, 0.62, 0.08), (0.03, 0.03, 0.06)),
    "blue-ink": ((0.84, 0.85, 0.86), (0.02, 0.04, 0.16)),
    "laser": ((0.045, 0.045, 0.05), (0.42, 0.42, 0.43)),      # light marks on a dark body
}


def text_block(lines: list[str], height_px: float, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """White-on-black coverage of some printed lines, `height_px` per line."""
    font = FONTS[rng.integers(len(FONTS))]
    scale = height_px / 22.0
    thickness = max(1, int(round(height_px / 12)))
    sizes = [cv2.getTextSize(line, font, scale, thickness)[0] for line in lines]
    width = max(w for w, _ in sizes) + 4
    pitch = int(height_px * 1.5)
    canvas = np.zeros((pitch * len(lines) + 4, width), np.uint8)
    for k, line in enumerate(lines):
        cv2.putText(canvas, line, (2, pitch * k + int(height_px) + 2), font, scale, 255, thickness, cv2.LINE_AA)
    return canvas.astype(np.float32) / 255.0, pitch


def draw_label(matrix: np.ndarray, lines: list[str], tpm: int, design: dict,
               rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    paper, ink = (np.array(c, np.float32) for c in STOCKS[design["stock"]])
    if design.get("mirrored"):
        matrix = matrix[:, ::-1]
    n = matrix.shape[0]
    quiet = design["quiet"]  # modules of paper round the symbol, may be fractional
    side = n * tpm
    margin = int(round(quiet * tpm))
    code = np.kron(matrix.astype(np.float32), np.ones((tpm, tpm), np.float32))
    # Thermal or laser marking: soft edges and a little dot gain.
    code = cv2.GaussianBlur(code, (0, 0), 0.18 * tpm)
    code = np.clip((code - 0.5) * 1.15 + 0.5 + design["gain"], 0, 1)
    text = None
    if lines:
        text, _ = text_block(lines, tpm * design["text"], rng)
    layout = design["layout"] if text is not None else "none"
    width = side + 2 * margin
    height = side + 2 * margin
    gap = max(tpm, margin)
    if layout == "side":
        width += text.shape[1] + gap
        height = max(height, text.shape[0] + 2 * margin)
    elif layout in ("under", "above"):
        width = max(width, text.shape[1] + 2 * margin)
        height += text.shape[0] + gap
    coverage = np.zeros((height, width), np.float32)
    top = 0 if layout != "above" else text.shape[0] + gap
    left = 0
    if layout in ("under", "above"):
        left = (width - (side + 2 * margin)) // 2
    coverage[top + margin:top + margin + side, left + margin:left + margin + side] = code
    if layout == "side":
        y = (height - text.shape[0]) // 2
        coverage[y:y + text.shape[0], side + 2 * margin:side + 2 * margin + text.shape[1]] = text
    elif layout == "under":
        coverage[side + 2 * margin + gap - margin:side + 2 * margin + gap - margin + text.shape[0], margin:margin + text.shape[1]] = text
    elif layout == "above":
        coverage[0:text.shape[0], margin:margin + text.shape[1]] = text
    if design.get("frame") and margin >= tpm:
        cv2.rectangle(coverage, (tpm // 2, tpm // 2), (width - 1 - tpm // 2, height - 1 - tpm // 2), 1.0, max(1, tpm // 3))
    texture = paper[None, None, :] * (1 - coverage[..., None]) + ink[None, None, :] * coverage[..., None]
    if design["stock"] == "silver":  # brushed metal streaks along the plate
        streak = cv2.GaussianBlur(rng.normal(0, 1, (height, 1)).astype(np.float32), (0, 0), 1.5)
        texture = texture * (1 + 0.06 * np.repeat(streak, width, 1)[..., None])
    alpha = np.ones((height, width), np.float32)
    x0, y0 = left + margin, top + margin
    corners = np.array([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]], np.float64)
    if design.get("mirrored"):  # the symbol's own top-left is drawn at the texture's top-right
        corners = corners[[1, 0, 3, 2]]
    return np.clip(texture, 0, 1).astype(np.float32), alpha, corners


def background(width: int, height: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    """A full-frame surface with clutter, drawn at a quarter size and enlarged."""
    w, h = width // 4, height // 4
    if kind == "dark-body":
        base = rng.uniform(0.03, 0.08)
        tint = rng.uniform(0.9, 1.1, 3)
    elif kind == "metal":
        base = rng.uniform(0.3, 0.5)
        tint = rng.uniform(0.95, 1.05, 3)
    elif kind == "light-plastic":
        base = rng.uniform(0.45, 0.7)
        tint = rng.uniform(0.92, 1.05, 3)
    else:  # painted wall or desk
        base = rng.uniform(0.2, 0.6)
        tint = rng.uniform(0.8, 1.15, 3)
    low = cv2.resize(rng.normal(0, 1, (h // 32 + 2, w // 32 + 2)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    image = base * (1 + 0.12 * low)[..., None] * tint[None, None, :]
    if kind == "metal":
        streaks = cv2.GaussianBlur(rng.normal(0, 1, (h, 1)).astype(np.float32), (0, 0), 0.8)
        image = image * (1 + 0.08 * np.repeat(streaks, w, 1))[..., None]
    image = np.ascontiguousarray(image, dtype=np.float32)
    # Clutter: panels, vents, LEDs, cables and printed words.
    for _ in range(int(rng.integers(4, 10))):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        colour = tuple(float(v) for v in rng.uniform(0.02, 0.8) * rng.uniform(0.8, 1.2, 3))
        what = rng.integers(4)
        if what == 0:
            cv2.rectangle(image, (x, y), (x + int(rng.integers(30, 300)), y + int(rng.integers(20, 200))), colour, -1)
        elif what == 1:
            for k in range(int(rng.integers(4, 12))):
                cv2.rectangle(image, (x + 8 * k, y), (x + 8 * k + 4, y + 40), tuple(c * 0.3 for c in colour), -1)
        elif what == 2:
            pts = np.cumsum(rng.normal(0, 40, (6, 2)), 0).astype(np.int32) + [x, y]
            cv2.polylines(image, [pts], False, colour, int(rng.integers(3, 12)), cv2.LINE_AA)
        else:
            word = "".join(rng.choice(list("ABCDEFGHKMNPRSTUVWXYZ0123456789- "), int(rng.integers(4, 14))))
            ink = np.zeros((h, w), np.uint8)  # putText draws 8-bit images only
            cv2.putText(ink, word, (x, y), FONTS[rng.integers(len(FONTS))], rng.uniform(0.4, 1.5), 255, 1, cv2.LINE_AA)
            cover = (ink.astype(np.float32) / 255)[..., None]
            image = image * (1 - cover) + np.array(colour, np.float32) * cover
    if rng.random() < 0.5:
        cv2.circle(image, (int(rng.integers(0, w)), int(rng.integers(0, h))), 3, (0.1, 0.9, 0.2), -1)
    image = cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)
    grain = rng.normal(0, 0.015, (height, width)).astype(np.float32)
    return np.clip(image * (1 + grain)[..., None], 0, 1)
