"""From a scene to the file a phone would save: light, lens, sensor, the
phone's processing (noise reduction, tone curve, sharpening) and the encoder.

The scene is a linear albedo image; light is a per-pixel illuminance map
(and an additive glare map); everything here works on float32 linear RGB
until the tone curve.
"""

from __future__ import annotations

import io
import math
import os

import cv2
import numpy as np
from PIL import Image

try:
    import pillow_heif
except ImportError:  # only needed for HEIC output
    pillow_heif = None

# x265's default preset in libheif ("slow") takes about 45 s for a noisy 12 MP
# photo here; "medium" takes about 5 s and is as deterministic.
HEIC_PRESET = "medium"


def gaussian_kernel(sigma: float) -> np.ndarray:
    radius = max(1, int(math.ceil(3 * sigma)))
    k = cv2.getGaussianKernel(2 * radius + 1, sigma)
    return (k @ k.T).astype(np.float32)


def disk_kernel(radius: float) -> np.ndarray:
    """Defocus: a uniform disk, antialiased at its rim."""
    size = int(math.ceil(radius)) + 1
    y, x = np.mgrid[-size:size + 1, -size:size + 1].astype(np.float32)
    k = np.clip(radius + 0.5 - np.sqrt(x * x + y * y), 0, 1)
    return k / k.sum()


def motion_kernel(length: float, angle: float) -> np.ndarray:
    """Camera shake: a straight streak `length` px long at `angle` degrees."""
    size = int(math.ceil(length / 2)) + 2
    k = np.zeros((2 * size + 1, 2 * size + 1), np.float32)
    a = math.radians(angle)
    for t in np.linspace(-length / 2, length / 2, max(2, int(length * 4))):
        x, y = size + t * math.cos(a), size + t * math.sin(a)
        x0, y0 = int(math.floor(x)), int(math.floor(y))
        fx, fy = x - x0, y - y0
        k[y0, x0] += (1 - fx) * (1 - fy)
        k[y0, x0 + 1] += fx * (1 - fy)
        k[y0 + 1, x0] += (1 - fx) * fy
        k[y0 + 1, x0 + 1] += fx * fy
    return k / k.sum()


def point_spread(optics_sigma: float, defocus: float, motion: float, motion_angle: float) -> np.ndarray:
    kernel = gaussian_kernel(optics_sigma)
    if defocus > 0:
        kernel = cv2.filter2D(np.pad(disk_kernel(defocus), kernel.shape[0]), -1, kernel)
    if motion > 0:
        kernel = cv2.filter2D(np.pad(motion_kernel(motion, motion_angle), kernel.shape[0]), -1, kernel)
    kernel = kernel[np.ix_(kernel.sum(1) > 1e-6, kernel.sum(0) > 1e-6)]
    return (kernel / kernel.sum()).astype(np.float32)


def develop(scene: np.ndarray, light: np.ndarray, glare: np.ndarray | None, c: dict, rng) -> np.ndarray:
    """The 8-bit RGB photo of a linear-albedo scene under `light` (H, W)."""
    cast = np.asarray(c["cast"], np.float32)
    radiance = scene * (light[..., None] * cast)
    if glare is not None:
        radiance += glare[..., None] * np.asarray(c.get("glare_colour", (1.0, 1.0, 1.0)), np.float32)
    # Lens: the phone's own softness, plus defocus and shake where the photo has them.
    if c["defocus"] > 0 or c["motion"] > 0:
        kernel = point_spread(c["optics_sigma"], c["defocus"], c["motion"], c["motion_angle"])
        radiance = cv2.filter2D(radiance, -1, kernel, borderType=cv2.BORDER_REFLECT)
    else:
        radiance = cv2.GaussianBlur(radiance, (0, 0), c["optics_sigma"], borderType=cv2.BORDER_REFLECT)
    # Sensor: exposure, saturation, shot and read noise (slightly correlated, as after demosaicing).
    full_well, read = c["full_well"], c["read_noise"]
    electrons = np.clip(radiance * c["exposure"], 0, 1) * full_well
    noise = rng.standard_normal(electrons.shape, dtype=np.float32)
    k = cv2.getGaussianKernel(5, 0.6)
    noise = cv2.sepFilter2D(noise, -1, k, k) / float((k ** 2).sum())
    signal = (electrons + np.sqrt(electrons + read * read) * noise) / full_well * c["gain"]
    del electrons, noise
    # The phone's processing: noise reduction (chroma harder than luma), tone curve, sharpening.
    signal = np.clip(signal, 0, 1)
    if c["denoise"] > 0:
        ycc = cv2.cvtColor(signal, cv2.COLOR_RGB2YCrCb)
        ycc[..., 0] = cv2.GaussianBlur(ycc[..., 0], (0, 0), 0.4 + c["denoise"])
        ycc[..., 1:] = cv2.GaussianBlur(ycc[..., 1:], (0, 0), 1.5 + 4 * c["denoise"])
        signal = np.clip(cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB), 0, 1)
    tone = np.power(signal, 1 / 2.2)
    contrast = c["contrast"]
    tone = tone + contrast * tone * (1 - tone) * (2 * tone - 1)
    blurred = cv2.GaussianBlur(tone, (0, 0), c["sharpen_sigma"])
    tone = tone + c["sharpen"] * (tone - blurred)
    return np.clip(tone * 255 + 0.5, 0, 255).astype(np.uint8)


def encode(rgb: np.ndarray, path: str, fmt: str, quality: int) -> int:
    """Write the photo (to a temporary name, then renamed); returns its size in bytes."""
    image = Image.fromarray(rgb, "RGB")
    buffer = io.BytesIO()
    if fmt == "jpeg":
        image.save(buffer, format="JPEG", quality=int(quality), subsampling=2, optimize=False)
    elif fmt == "heic":
        if pillow_heif is None:
            raise RuntimeError("HEIC output needs pillow-heif (see scripts/corpus/requirements.txt)")
        heif = pillow_heif.from_pillow(image)
        heif.save(buffer, quality=int(quality), enc_params={"preset": HEIC_PRESET})
    else:
        raise ValueError(f"unknown photo format {fmt!r}")
    data = buffer.getvalue()
    temporary = path + ".part"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)
    return len(data)
