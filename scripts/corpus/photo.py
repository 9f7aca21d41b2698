"""The categories of the corpus, what each varies, and how one photo is made.

A photo is made in two steps. `plan` draws everything a category decides
(the camera and light conditions, how many labels and how each is posed) from
the photo's own random stream; it is cheap and runs in order, so payload texts
can be handed out in order. `render` draws the scene, places the labels, and
develops and encodes the photo from a second random stream.
"""

from __future__ import annotations

import math
import zlib

import cv2
import numpy as np

import artwork
import camera as phone
import geometry
import scene

# name -> what is hard about it (docs/corpus.md has the full table)
CATEGORIES = {
    "nominal": "a steady, well-lit, roughly square-on photo from 15 to 30 cm",
    "small": "2 to 3 photo pixels per QR module (the label far away or tiny)",
    "rotation": "the label at any angle in the image plane",
    "perspective": "the label tilted 45 to 65 degrees away from the camera",
    "blur": "out of focus (disk) or camera shake (streak) blur of about a module",
    "low-light": "a dim cabinet: 1/250 to 1/80 of the light, high gain, strong noise, noise reduction",
    "uneven-light": "one lamp in a dim cabinet: light falling off 8 to 30 times across the label, its lit side over-exposed, noise",
    "glare-shadow": "a specular highlight on the label, a hard shadow edge across it, or both",
    "heavy-jpeg": "JPEG quality 5 to 15 at 3 to 6 px per module (a photo re-sent through a chat app)",
    "curved": "the label wrapped round a pipe, its QR code spanning 25 to 55 degrees of arc",
    "multi": "2 to 5 labels (a rack of recorders) in one photo",
    "close-up": "the phone a few centimetres from the label: 10 to 28 px per module, the label's text may leave the frame",
    "no-label": "clutter, stickers, 1D barcodes and matrix-code-like grids, and no QR code",
}


def photo_seed(seed: int, category: str, index: int, stream: int) -> np.random.Generator:
    """The random stream `stream` of one photo: it depends only on the corpus
    seed, the category's name and the photo's index, so a smaller corpus is a
    prefix of a larger one and categories do not disturb each other."""
    sequence = np.random.SeedSequence([seed, zlib.crc32(category.encode()), index, stream])
    return np.random.Generator(np.random.PCG64(sequence))


def _round(value, digits=3):
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, (list, tuple)):
        return [_round(v, digits) for v in value]
    if isinstance(value, dict):
        return {k: _round(v, digits) for k, v in value.items()}
    return value


def _label(rng, ppm=(4.5, 9.0), roll=None, tilt=(0.0, 20.0), arc=None, device=0.6) -> dict:
    return {
        "ppm": float(rng.uniform(*ppm)),
        "roll": float(rng.uniform(0, 360)) if roll is None else float(np.clip(rng.normal(0, roll), -35, 35)),
        "tilt": float(rng.uniform(*tilt)),
        "tiltAxis": float(rng.uniform(0, 180)),
        "arc": None if arc is None else float(rng.uniform(*arc)),
        "layout": str(rng.choice(["side", "under"])),
        "device": bool(rng.random() < device),
        "version": int(rng.choice([4, 5, 6])),
    }


def plan(category: str, rng, landscape_size: tuple[int, int]) -> dict:
    """Everything the category decides for one photo (JSON-ready)."""
    w, h = landscape_size
    portrait = bool(rng.random() < 0.5)
    width, height = (h, w) if portrait else (w, h)
    fmt = "heic" if rng.random() < 0.3 else "jpeg"
    quality = int(rng.integers(60, 86)) if fmt == "heic" else int(rng.integers(85, 97))
    cam = {
        "opticsSigma": float(rng.uniform(0.5, 0.8)),
        "defocus": 0.0, "motion": 0.0, "motionAngle": 0.0,
        "exposure": float(rng.uniform(0.9, 1.05)), "gain": 1.0,
        "fullWell": 4500.0, "readNoise": 2.5,
        "denoise": float(rng.uniform(0.0, 0.3)),
        "contrast": float(rng.uniform(0.05, 0.3)),
        "sharpen": float(rng.uniform(0.3, 0.8)), "sharpenSigma": float(rng.uniform(0.8, 1.5)),
        "cast": [1.0, float(rng.uniform(0.95, 1.02)), float(rng.uniform(0.85, 1.05))],
    }
    light = {"level": float(rng.uniform(0.85, 1.0)), "vignette": float(rng.uniform(0.1, 0.3))}
    clutter = float(rng.uniform(0.6, 1.4))
    labels: list[dict]

    if category == "nominal":
        labels = [_label(rng, roll=10)]
    elif category == "small":
        labels = [_label(rng, ppm=(2.0, 3.0), roll=15, tilt=(0, 15))]
    elif category == "rotation":
        labels = [_label(rng, ppm=(3.5, 6.5), roll=None)]
    elif category == "perspective":
        labels = [_label(rng, ppm=(6.0, 9.5), roll=20, tilt=(45, 65))]
        # Foreshortened, a side keeps at least 2.4 px per module (2.9 facing the
        # lens; off-axis the view angle adds to the tilt, placement checks that).
        labels[0]["ppm"] = max(labels[0]["ppm"], 2.9 / math.cos(math.radians(labels[0]["tilt"])))
        labels[0]["minPpm"] = 2.4
    elif category == "blur":
        labels = [_label(rng, ppm=(4.5, 8.0), roll=15)]
        ppm = labels[0]["ppm"]
        if rng.random() < 0.5:
            cam["defocus"] = float(ppm * rng.uniform(0.45, 0.8))
        else:
            cam["motion"] = float(ppm * rng.uniform(0.7, 1.4))
            cam["motionAngle"] = float(rng.uniform(0, 180))
    elif category == "low-light":
        labels = [_label(rng, ppm=(3.5, 7.0), roll=15)]
        cam["exposure"] = float(rng.uniform(0.004, 0.012))
        cam["gain"] = float(rng.uniform(0.45, 0.75) / cam["exposure"])
        cam["denoise"] = float(rng.uniform(0.3, 0.8))
        cam["motion"] = float(labels[0]["ppm"] * rng.uniform(0.0, 0.6))
        cam["motionAngle"] = float(rng.uniform(0, 180))
        if rng.random() < 0.5:
            cam["cast"] = [1.0, float(rng.uniform(0.75, 0.9)), float(rng.uniform(0.5, 0.7))]
    elif category == "uneven-light":
        labels = [_label(rng, ppm=(3.5, 7.0), roll=15)]
        light["gradient"] = {"ratio": float(rng.uniform(8, 30)), "angle": float(rng.uniform(0, 360)),
                             "peak": float(rng.uniform(1.0, 2.5))}
        light["vignette"] = float(rng.uniform(0.3, 0.6))
        if rng.random() < 0.6:
            light["spot"] = {"gain": float(rng.uniform(0.8, 2.5)), "size": float(rng.uniform(0.3, 1.2))}
        if rng.random() < 0.5:
            cam["cast"] = [1.0, float(rng.uniform(0.8, 0.95)), float(rng.uniform(0.6, 0.85))]
        # One lamp in a dim cabinet: the exposure is long and the gain high, so
        # the dark side is noisy as well as dark.
        cam["exposure"] = float(rng.uniform(0.2, 0.5))
        cam["gain"] = float(rng.uniform(0.8, 1.0) / cam["exposure"])
    elif category == "glare-shadow":
        labels = [_label(rng, ppm=(4.5, 8.0), roll=15)]
        mode = str(rng.choice(["glare", "shadow", "both"]))
        if mode in ("glare", "both"):
            light["glare"] = {"size": float(rng.uniform(0.06, 0.16)), "aspect": float(rng.uniform(0.4, 1.0)),
                              "peak": float(rng.uniform(1.5, 4.0)), "veil": float(rng.uniform(0.05, 0.3))}
        if mode in ("shadow", "both"):
            light["shadow"] = {"darkness": float(rng.uniform(0.2, 0.45)), "penumbra": float(rng.uniform(0.2, 2.0)),
                               "wedge": bool(rng.random() < 0.4)}
    elif category == "heavy-jpeg":
        labels = [_label(rng, ppm=(3.0, 6.0), roll=15)]
        fmt, quality = "jpeg", int(rng.integers(5, 16))
    elif category == "curved":
        labels = [_label(rng, ppm=(5.0, 9.0), roll=None, tilt=(0, 8), arc=(30, 65), device=0.0)]
        labels[0]["wrapAcross"] = bool(rng.random() < 0.5)
        # Seen off-axis, a pipe's rows bow by a module or more; a careful
        # installer centres the label and faces the pipe.
        labels[0]["spread"] = 0.12
        light["shading"] = float(rng.uniform(0.2, 0.5))
    elif category == "multi":
        count = int(rng.integers(2, 6))
        roll, tilt, axis = float(rng.normal(0, 12)), float(rng.uniform(0, 35)), float(rng.uniform(0, 180))
        # Shot from further away, often hand-held at arm's length: a little shake.
        cam["motion"] = float(3.6 * rng.uniform(0.0, 0.5))
        cam["motionAngle"] = float(rng.uniform(0, 180))
        labels = []
        for _ in range(count):
            one = _label(rng, ppm=(2.6, 4.6), roll=3, device=0.8)
            one["roll"] += roll
            one["tilt"], one["tiltAxis"] = tilt, axis
            labels.append(one)
    elif category == "close-up":
        # A phone at its closest focus (7 to 15 cm): the code fills a good part of
        # the frame and the printed lines beside it may run off its edge.
        labels = [_label(rng, ppm=(10.0, 28.0), roll=15, tilt=(0, 25))]
        labels[0]["fitCode"] = True
    elif category == "no-label":
        labels = []
        clutter = float(rng.uniform(1.2, 2.0))
    else:
        raise ValueError(f"unknown category {category!r}")

    return {
        "width": width, "height": height, "format": fmt, "quality": quality,
        "camera": cam, "light": light, "clutter": clutter,
        "stickers": int(rng.integers(6, 13) if category == "no-label" else rng.integers(2, 7)),
        "labels": labels,
    }


# --- rendering ----------------------------------------------------------------------

def _fits(points: np.ndarray, width: int, height: int, margin: float) -> bool:
    return bool((points[:, 0] >= margin).all() and (points[:, 0] <= width - margin).all()
                and (points[:, 1] >= margin).all() and (points[:, 1] <= height - margin).all())


def _box(points: np.ndarray, pad: float) -> tuple[float, float, float, float]:
    return (points[:, 0].min() - pad, points[:, 1].min() - pad, points[:, 0].max() + pad, points[:, 1].max() + pad)


def _overlaps(a, b) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


class PlacementError(RuntimeError):
    pass


def _in_symbol(quad: np.ndarray, a: float, b: float) -> np.ndarray:
    """The photo point at (a, b) in symbol coordinates (0..1 from the top-left corner)."""
    return ((1 - a) * (1 - b) * quad[0] + a * (1 - b) * quad[1] + a * b * quad[2] + (1 - a) * b * quad[3])


def _glare_spot(rng, modules: int, reach: float) -> tuple[float, float]:
    """Where on the symbol a highlight goes: anywhere, except that it keeps
    `reach` (a fraction of the side) off the three finder patterns, without
    which no decoder and no phone app finds the code at all."""
    finder = 8 / modules  # 7 modules and the separator
    for _ in range(200):
        a, b = rng.uniform(0.1, 0.9, 2)
        near = [(0, 0), (1 - finder, 0), (0, 1 - finder)]
        clear = all(max(x - a, a - (x + finder), 0) ** 2 + max(y - b, b - (y + finder), 0) ** 2 > reach ** 2
                    for x, y in near)
        if clear:
            return float(a), float(b)
    return 0.6, 0.6


def _light(rng, spec: dict, width: int, height: int, quads: list[np.ndarray], modules: list[int]):
    """Illuminance (H, W) and additive glare (H, W or None) for the photo."""
    small = (max(2, width // 8), max(2, height // 8))
    ys, xs = np.mgrid[0:small[1], 0:small[0]].astype(np.float32)
    xs, ys = (xs + 0.5) * width / small[0], (ys + 0.5) * height / small[1]
    r2 = ((xs - width / 2) ** 2 + (ys - height / 2) ** 2) / ((width / 2) ** 2 + (height / 2) ** 2)
    field = spec["level"] * (1 - spec["vignette"] * r2)
    quad = quads[0] if quads else np.array([[width * 0.4, height * 0.4], [width * 0.6, height * 0.6]])
    centre = quad.mean(axis=0)
    extent = float(np.linalg.norm(quad.max(axis=0) - quad.min(axis=0)))
    if "gradient" in spec:
        g = spec["gradient"]
        a = math.radians(g["angle"])
        along = ((xs - centre[0]) * math.cos(a) + (ys - centre[1]) * math.sin(a)) / extent
        # 1 at the label's bright edge (times `peak`: metered for the dark
        # surroundings, the lit side over-exposes), 1/ratio at its dark edge.
        field = field * g.get("peak", 1.0) * np.power(g["ratio"], np.clip(along, -1.0, 1.0)) / math.sqrt(g["ratio"])
    if "spot" in spec:
        s = spec["spot"]
        spot_at = centre + rng.uniform(-0.6, 0.6, 2) * extent
        d2 = ((xs - spot_at[0]) ** 2 + (ys - spot_at[1]) ** 2) / (s["size"] * extent) ** 2
        field = field * (1 + s["gain"] * np.exp(-d2))
    field = cv2.resize(field.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    if "shadow" in spec:
        s = spec["shadow"]
        mask = np.zeros((height, width), np.float32)
        # A shadow edge through the QR symbol (an open cabinet door, the phone, a hand).
        through = _in_symbol(quad, *rng.uniform(0.25, 0.75, 2))
        angle = rng.uniform(0, math.pi)
        far = 4 * max(width, height)
        d = np.array([math.cos(angle), math.sin(angle)])
        n = np.array([-d[1], d[0]])
        polygon = [through - d * far, through + d * far, through + d * far + n * far, through - d * far + n * far]
        if s["wedge"]:
            angle2 = angle + rng.uniform(0.5, 1.2)
            d2 = np.array([math.cos(angle2), math.sin(angle2)])
            polygon = [through, through + d * far, through + d2 * far]
        cv2.fillPoly(mask, [np.round(np.array(polygon)).astype(np.int32)], 1.0, cv2.LINE_AA)
        module = extent / math.sqrt(2) / 37  # about one module (versions 4 to 6)
        mask = cv2.GaussianBlur(mask, (0, 0), max(0.8, s["penumbra"] * module))
        field = field * (1 - (1 - s["darkness"]) * mask)
    glare = None
    if "glare" in spec:
        g = spec["glare"]
        side = extent / math.sqrt(2)
        at = _in_symbol(quad, *_glare_spot(rng, modules[0], g["size"]))
        a = g["size"] * side
        b = a * g["aspect"]
        angle = rng.uniform(0, math.pi)
        x0, x1 = int(max(0, at[0] - 4 * side)), int(min(width, at[0] + 4 * side))
        y0, y1 = int(max(0, at[1] - 4 * side)), int(min(height, at[1] + 4 * side))
        gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        gx, gy = gx + 0.5 - at[0], gy + 0.5 - at[1]
        u = (gx * math.cos(angle) + gy * math.sin(angle)) / a
        v = (-gx * math.sin(angle) + gy * math.cos(angle)) / b
        d2 = u * u + v * v
        glare = np.zeros((height, width), np.float32)
        glare[y0:y1, x0:x1] = g["peak"] * np.exp(-d2 ** 1.5) + g["veil"] * np.exp(-d2 * (a / side) ** 2 / 2)
    return field, glare


def render(photo: dict, payloads: list, encoder, rng) -> tuple[np.ndarray, list[dict]]:
    """The developed 8-bit RGB photo and the ground truth of its labels."""
    width, height = photo["width"], photo["height"]
    cam = geometry.Camera(width, height, focal=0.722 * max(width, height))  # 26 mm equivalent
    canvas = np.power(scene.background(rng, width, height, photo["clutter"]), 2.2).astype(np.float32)

    # Stickers that are not labels (drawn first: labels are never covered).
    for _ in range(photo["stickers"]):
        sticker = artwork.clutter_sticker(rng, scale=float(rng.uniform(2.0, 5.0)))
        if rng.random() < 0.25:
            sticker = artwork.on_device(sticker, rng, (0.2, 0.6))
        w, h = sticker.size
        pose = geometry.place(cam, (w / 2, h / 2), rng.uniform([0, 0], [width, height]),
                              ppm=float(rng.uniform(0.6, 1.6)), module_px=1.0,
                              roll=float(rng.uniform(0, 360)), tilt_axis=float(rng.uniform(0, 180)),
                              tilt=float(rng.uniform(0, 35)), radius=None)
        geometry.composite(canvas, cam, pose, sticker)

    truth: list[dict] = []
    boxes: list[tuple] = []
    quads: list[np.ndarray] = []
    margin = 0.02 * min(width, height)
    for spec, payload in zip(photo["labels"], payloads):
        modules = encoder.modules(payload.text, spec["version"])
        n = modules.shape[0]
        module_px = int(np.clip(round(spec["ppm"] * 2.5), 8, 32))
        label = artwork.render_label(payload, modules, module_px, rng, spec["layout"])
        if spec["device"]:
            margins = (0.05, 0.25) if len(photo["labels"]) > 1 else (0.2, 0.9)
            label = artwork.on_device(label, rng, margins)
        radius = None
        if spec["arc"] is not None:
            if spec.get("wrapAcross"):
                label = artwork.turned(label)
            qr_width = float(np.linalg.norm(label.qr_corners[1] - label.qr_corners[0]))
            radius = qr_width / math.radians(spec["arc"])
            # The whole label must stay on the visible half of the pipe.
            radius = max(radius, (label.size[0] / 2 + 2) / 1.35)
        origin = label.qr_corners.mean(axis=0)
        spread = spec.get("spread")
        low, high = [margin, margin], [width - margin, height - margin]
        if spread:
            low = [width * (0.5 - spread), height * (0.5 - spread)]
            high = [width * (0.5 + spread), height * (0.5 + spread)]
        for _ in range(400):
            at = rng.uniform(low, high)
            pose = geometry.place(cam, origin, at, spec["ppm"], module_px, spec["roll"],
                                  spec["tiltAxis"], spec["tilt"], radius)
            paper = geometry.project(cam, pose, geometry.outline(
                tuple(label.label_corners[2] - label.label_corners[0]), 12) + label.label_corners[0])
            inside = paper
            if spec.get("fitCode"):
                # Only the code and its quiet zone need be in the frame.
                quiet = artwork.QUIET_ZONE * module_px
                inside = geometry.project(cam, pose, geometry.outline(
                    tuple(label.qr_corners[2] - label.qr_corners[0] + 2 * quiet), 12)
                    + label.qr_corners[0] - quiet)
            if not _fits(inside, width, height, margin):
                continue
            if "minPpm" in spec:
                code = geometry.project(cam, pose, label.qr_corners)
                if min(np.linalg.norm(code[(k + 1) % 4] - code[k]) for k in range(4)) / n < spec["minPpm"]:
                    continue
            whole = geometry.project(cam, pose, geometry.outline(label.size, 12))
            box = _box(whole if len(photo["labels"]) > 1 else paper, pad=margin)
            if any(_overlaps(box, other) for other in boxes):
                continue
            break
        else:
            raise PlacementError(
                f"no room for label {len(truth) + 1} of {len(photo['labels'])} in a {width}x{height} photo; "
                "use a larger --size")
        boxes.append(box)
        geometry.composite(canvas, cam, pose, label, shading=photo["light"].get("shading", 0.0))
        corners = geometry.project(cam, pose, label.qr_corners)
        quads.append(corners)
        edges = [np.linalg.norm(corners[(k + 1) % 4] - corners[k]) for k in range(4)]
        truth.append({
            "text": payload.text,
            "version": (n - 17) // 4,
            "modules": n,
            "corners": [[round(float(x), 1), round(float(y), 1)] for x, y in corners],
            "pxPerModule": round(float(np.mean(edges)) / n, 2),
            "minPxPerModule": round(float(min(edges)) / n, 2),
            "lines": list(payload.lines),
            "pose": _round({k: spec[k] for k in ("ppm", "roll", "tilt", "tiltAxis", "arc", "layout", "device")}),
        })

    light, glare = _light(rng, photo["light"], width, height, quads, [t["modules"] for t in truth])
    c = photo["camera"]
    settings = {
        "cast": c["cast"], "optics_sigma": c["opticsSigma"], "defocus": c["defocus"], "motion": c["motion"],
        "motion_angle": c["motionAngle"], "exposure": c["exposure"], "gain": c["gain"],
        "full_well": c["fullWell"], "read_noise": c["readNoise"], "denoise": c["denoise"],
        "contrast": c["contrast"], "sharpen": c["sharpen"], "sharpen_sigma": c["sharpenSigma"],
    }
    rgb = phone.develop(canvas, light, glare, settings, rng)
    return rgb, truth


def conditions(photo: dict) -> dict:
    """The photo's conditions as the manifest records them."""
    return _round({"camera": photo["camera"], "light": photo["light"], "quality": photo["quality"]})
