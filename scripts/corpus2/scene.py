"""What each category draws (the plan) and the drawing of one photo: labels
placed on a background by homographies, the light on them, glare, the blur of
the lens and the hand, then the sensor and the phone (sensor.py)."""

from __future__ import annotations

import math
import zlib

import cv2
import numpy as np

import artwork
import optics
import payload
import sensor

CATEGORIES = ["nominal", "small", "perspective", "motion-blur", "focus-blur", "low-light", "inverted",
              "mirrored", "no-quiet-zone", "glare", "designs", "multi", "mixed", "no-label"]


def stream(seed: int, category: str, index: int, purpose: int) -> np.random.Generator:
    """Independent random streams: 0 the plan, 1 the payloads, 2 the pixels."""
    return np.random.default_rng([seed, zlib.adler32(category.encode()), index, purpose, 19])


def _design(rng: np.random.Generator, category: str, index: int = 0) -> dict:
    stock = str(rng.choice(["white", "white", "cream"]))
    if category == "designs":
        stock = str(rng.choice(["silver", "yellow", "blue-ink", "cream"]))
    if category == "inverted" or (category == "mixed" and index == 1):
        stock = "laser"
    return {"stock": stock,
            "quiet": float(rng.uniform(0.0, 1.0)) if category == "no-quiet-zone" else float(rng.choice([2, 3, 4, 4, 4])),
            "layout": str(rng.choice(["side", "under", "above", "none"])) if category != "no-quiet-zone" else "none",
            "text": float(rng.uniform(1.2, 2.4)),
            "gain": float(rng.uniform(-0.03, 0.08)),
            "frame": bool(rng.random() < 0.3),
            "mirrored": category == "mirrored"}


def plan(category: str, rng: np.random.Generator, size: tuple[int, int]) -> dict:
    long_side, short_side = size
    portrait = rng.random() < 0.4
    width, height = (short_side, long_side) if portrait else (long_side, short_side)
    kind = "heic" if rng.random() < 0.3 else "jpeg"
    quality = int(rng.integers(60, 86)) if kind == "heic" else int(rng.integers(82, 96))
    count = {"multi": int(rng.integers(2, 5)), "mixed": 2, "no-label": 0}.get(category, 1)
    labels = []
    roll0, tilt0, axis0 = rng.normal(0, 12), rng.uniform(0, 20), rng.uniform(0, 360)
    for index in range(count):
        ppm = {"small": rng.uniform(2.2, 3.2), "perspective": rng.uniform(6.5, 10), "low-light": rng.uniform(5, 8),
               "multi": rng.uniform(3, 5.5), "no-quiet-zone": rng.uniform(4, 8)}.get(category, rng.uniform(4.5, 9))
        tilt = rng.uniform(48, 62) if category == "perspective" else tilt0 + (rng.normal(0, 3) if category == "multi" else 0)
        labels.append({"ppm": float(ppm), "roll": float(roll0 + rng.normal(0, 4) if category == "multi" else rng.uniform(0, 360)),
                       "tilt": float(min(max(tilt, 0), 65)), "axis": float(axis0 if category == "multi" else rng.uniform(0, 360)),
                       "design": _design(rng, category, index)})
    background = "dark-body" if category in ("inverted", "mixed") else str(
        rng.choice(["light-plastic", "painted"]) if category == "no-quiet-zone"
        else rng.choice(["metal", "dark-body"]) if category == "designs"
        else rng.choice(["dark-body", "metal", "light-plastic", "painted"]))
    light = float(math.exp(rng.uniform(math.log(1 / 320), math.log(1 / 90)))) if category == "low-light" else float(rng.uniform(0.5, 1.0))
    camera = {
        "light": light, "readNoise": float(rng.uniform(1.8, 3.2)),
        "brightness": float(rng.uniform(0.55, 0.8) if category == "low-light" else rng.uniform(0.85, 1.05)),
        "demosaic": str(rng.choice(["bilinear", "edge-aware"])),
        "whiteBalance": [float(v) for v in rng.uniform(0.92, 1.08, 3)],
        "contrast": float(rng.uniform(0.1, 0.35)),
        "denoise": float(rng.uniform(0.6, 1.2)), "sharpen": float(rng.uniform(0.3, 1.0)),
        "sharpenRadius": float(rng.uniform(0.8, 1.6)),
        "lens": float(rng.uniform(0.45, 0.75)),
    }
    blur = None
    if category == "motion-blur":
        blur = {"kind": "motion", "modules": float(rng.uniform(0.5, 1.2)), "angle": float(rng.uniform(0, 180))}
    elif category == "focus-blur":
        blur = {"kind": "focus", "modules": float(rng.uniform(0.3, 0.6))}
    elif category == "low-light":
        blur = {"kind": "motion", "modules": float(rng.uniform(0.0, 0.25)), "angle": float(rng.uniform(0, 180))}
    glare = None
    if category == "glare":
        glare = {"radius": float(rng.uniform(0.04, 0.09)), "peak": float(rng.uniform(1.5, 3.5)),
                 "veil": float(rng.uniform(0.05, 0.25)), "at": [float(v) for v in rng.uniform(0.35, 0.8, 2)]}
    return {"category": category, "width": width, "height": height, "format": kind, "quality": quality,
            "labels": labels, "background": background, "camera": camera, "blur": blur, "glare": glare,
            "illumination": {"falloff": float(rng.uniform(0.0, 0.35)), "angle": float(rng.uniform(0, 360)),
                             "vignette": float(rng.uniform(0.1, 0.35))}}


def _place(label: dict, texture_size: tuple[int, int], tpm: int, plan_: dict, taken: list,
           rng: np.random.Generator, focal: float):
    """A centre for the label such that it is in the frame and clear of the others."""
    w, h = plan_["width"], plan_["height"]
    tw, th = texture_size
    rot = optics.rotation(label["roll"], label["tilt"], label["axis"])
    outline = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    for _ in range(400):
        spread = 0.3 if plan_["category"] != "multi" else 0.45
        centre = (w / 2 + rng.uniform(-spread, spread) * w, h / 2 + rng.uniform(-spread, spread) * h)
        quad = optics.project(outline, centre, label["ppm"] / tpm, rot, focal, (w / 2, h / 2))
        x0, y0 = quad.min(0)
        x1, y1 = quad.max(0)
        if x0 < 16 or y0 < 16 or x1 > w - 16 or y1 > h - 16:
            continue
        box = (x0 - 20, y0 - 20, x1 + 20, y1 + 20)
        if any(not (box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1]) for b in taken):
            continue
        taken.append(box)
        return centre, rot, quad
    return None


def _composite(scene: np.ndarray, texture: np.ndarray, alpha: np.ndarray, h_tex: np.ndarray, quad: np.ndarray,
               scale: float) -> None:
    """Warp the label into the scene with 2x2 supersampling; `scale` is photo px per texture px."""
    x0, y0 = np.floor(quad.min(0)).astype(int) - 2
    x1, y1 = np.ceil(quad.max(0)).astype(int) + 2
    shift = np.array([[2, 0, -2 * x0 + 0.5], [0, 2, -2 * y0 + 0.5], [0, 0, 1]]) @ np.array(
        [[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]]) @ h_tex  # index to edge, to the doubled ROI's indices
    shift = np.array([[1, 0, -0.5], [0, 1, -0.5], [0, 0, 1]]) @ shift
    sigma = 0.5 / max(scale * 2, 1e-6) - 0.3
    if sigma > 0.2:
        texture = cv2.GaussianBlur(texture, (0, 0), sigma)
    size = (int(2 * (x1 - x0)), int(2 * (y1 - y0)))
    colour = cv2.warpPerspective(texture, shift, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    cover = cv2.warpPerspective(alpha, shift, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    colour = cv2.resize(colour, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    cover = cv2.resize(cover, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)[..., None]
    roi = scene[y0:y1, x0:x1]
    roi[:] = roi * (1 - cover) + colour * cover


def render(plan_: dict, texts: list[tuple[str, list[str]]], rng: np.random.Generator):
    """The 8-bit photo and the ground truth of its labels (manifest entries)."""
    w, h = plan_["width"], plan_["height"]
    focal = 0.75 * max(w, h)
    scene = artwork.background(w, h, plan_["background"], rng)
    taken: list = []
    truth = []
    for label, (text, lines) in zip(plan_["labels"], texts):
        matrix, version = payload.symbol(text, rng)
        n = matrix.shape[0]
        tpm = int(np.clip(round(label["ppm"] * 1.5), 6, 16))
        texture, alpha, corners = artwork.draw_label(matrix, lines, tpm, label["design"], rng)
        th, tw = alpha.shape
        placed = _place(label, (tw, th), tpm, plan_, taken, rng, focal)
        if placed is None:
            raise RuntimeError(f"no room for a label in {plan_['category']}")
        centre, rot, quad = placed
        outline = np.array([[0, 0], [tw, 0], [tw, th], [0, th]], np.float64)
        h_tex = optics.homography(outline, quad)
        _composite(scene, texture, alpha, h_tex, quad, label["ppm"] / tpm)
        symbol = cv2.perspectiveTransform((corners - 0.5)[None].astype(np.float64), h_tex)[0] + 0.5
        sides = [np.linalg.norm(symbol[k] - symbol[(k + 1) % 4]) for k in range(4)]
        truth.append({"text": text, "version": version, "modules": n,
                      "corners": [[round(float(x), 1), round(float(y), 1)] for x, y in symbol],
                      "pxPerModule": round(float(np.mean(sides)) / n, 2), "minPxPerModule": round(min(sides) / n, 2),
                      "lines": lines,
                      "pose": {"ppm": round(label["ppm"], 2), "roll": round(label["roll"], 1), "tilt": round(label["tilt"], 1),
                               "tiltAxis": round(label["axis"], 1), **label["design"]}})
    radiance = light(scene, plan_, truth, rng)
    cam = plan_["camera"]
    radiance = cv2.GaussianBlur(radiance, (0, 0), cam["lens"])
    if plan_["blur"] and truth:
        ppm = float(np.mean([t["pxPerModule"] for t in truth]))
        blur = plan_["blur"]
        if blur["kind"] == "motion" and blur["modules"] * ppm >= 1:
            radiance = cv2.filter2D(radiance, -1, optics.motion_kernel(blur["modules"] * ppm, blur["angle"]))
        elif blur["kind"] == "focus":
            radiance = cv2.filter2D(radiance, -1, optics.disk_kernel(blur["modules"] * ppm))
    return sensor.develop(radiance, cam, rng), truth


def light(scene: np.ndarray, plan_: dict, truth: list[dict], rng: np.random.Generator) -> np.ndarray:
    """Illumination: a gradient across the frame, vignetting, and a specular glare on the first code."""
    h, w = scene.shape[:2]
    ill = plan_["illumination"]
    y, x = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
    a = math.radians(ill["angle"])
    along = ((x - w / 2) * math.cos(a) + (y - h / 2) * math.sin(a)) / max(w, h)
    field = (1 - ill["falloff"] * (along + 0.5)) * (1 - ill["vignette"] * (((x - w / 2) ** 2 + (y - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)))
    field = cv2.resize(field.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    radiance = scene * field[..., None]
    glare = plan_["glare"]
    if glare and truth:
        quad = np.array(truth[0]["corners"])
        u, v = glare["at"]  # in the symbol, away from the three finder corners
        top = quad[0] + (quad[1] - quad[0]) * u
        bottom = quad[3] + (quad[2] - quad[3]) * u
        cx, cy = top + (bottom - top) * v
        side = float(np.mean([np.linalg.norm(quad[k] - quad[(k + 1) % 4]) for k in range(4)]))
        r = glare["radius"] * side
        yy, xx = np.mgrid[0:h, 0:w]
        spot = None
        x0, x1 = int(max(cx - 6 * r, 0)), int(min(cx + 6 * r, w))
        y0, y1 = int(max(cy - 6 * r, 0)), int(min(cy + 6 * r, h))
        d2 = ((xx[y0:y1, x0:x1] - cx) ** 2 + (yy[y0:y1, x0:x1] - cy) ** 2).astype(np.float32)
        spot = glare["peak"] * np.exp(-d2 / (2 * r * r)) + glare["veil"] * np.exp(-d2 / (2 * (3 * r) ** 2))
        radiance[y0:y1, x0:x1] += spot[..., None]
    return radiance
