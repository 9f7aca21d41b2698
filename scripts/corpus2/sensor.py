"""From the light reaching the sensor to the file the phone saves.

A Bayer (RGGB) sensor counts photons (Poisson) with read noise (Gaussian);
in dim light fewer photons arrive and the phone's gain lifts the image back,
so the noise grows as the light falls. The phone then demosaics (OpenCV's
Bayer conversions), balances white, denoises (bilateral on luma, blur on
chroma, stronger at higher gain), applies a tone curve, sharpens (unsharp
mask) and encodes a JPEG or HEIC."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

FULL_WELL = 6000.0           # electrons at the exposure's white
SENSITIVITY = np.array([0.55, 1.0, 0.7], np.float32)  # R G B response before white balance


def mosaic(rgb: np.ndarray) -> np.ndarray:
    """RGGB samples of a linear RGB image (each pixel keeps one colour)."""
    raw = np.empty(rgb.shape[:2], np.float32)
    raw[0::2, 0::2] = rgb[0::2, 0::2, 0]
    raw[0::2, 1::2] = rgb[0::2, 1::2, 1]
    raw[1::2, 0::2] = rgb[1::2, 0::2, 1]
    raw[1::2, 1::2] = rgb[1::2, 1::2, 2]
    return raw


def expose(raw: np.ndarray, light: float, read_noise: float, rng: np.random.Generator) -> np.ndarray:
    """Photon and read noise at `light` (1 normal, 1/300 a dark cabinet), then the gain that restores brightness."""
    electrons = np.minimum(raw, 1.0) * (FULL_WELL * light)
    counted = rng.poisson(electrons).astype(np.float32) + rng.normal(0, read_noise, raw.shape).astype(np.float32)
    counted = np.minimum(counted, FULL_WELL)  # the well saturates before the gain
    return counted / (FULL_WELL * light)


def demosaic(raw: np.ndarray, method: str) -> np.ndarray:
    """OpenCV's Bayer conversion of a 16-bit RGGB mosaic to linear RGB."""
    scaled = np.clip(raw / 4.0, 0, 1)  # headroom: the gain may lift highlights above 1
    data = (scaled * 65535).astype(np.uint16)
    code = cv2.COLOR_BayerRGGB2RGB_EA if method == "edge-aware" else cv2.COLOR_BayerRGGB2RGB
    return cv2.cvtColor(data, code).astype(np.float32) * (4.0 / 65535)


def tone(linear: np.ndarray, contrast: float) -> np.ndarray:
    """An sRGB-like curve with an S-shaped contrast boost, to 0..1."""
    x = np.clip(linear, 0, 1)
    g = np.where(x <= 0.0031308, 12.92 * x, 1.055 * np.power(x, 1 / 2.4) - 0.055)
    return np.clip(g + contrast * g * (1 - g) * (g - 0.5) * 2, 0, 1).astype(np.float32)


def noise_level(y: np.ndarray) -> float:
    """Robust noise estimate of a luma image (median absolute Laplacian of a centre crop)."""
    h, w = y.shape
    crop = y[h // 4:3 * h // 4:2, w // 4:3 * w // 4:2]
    lap = cv2.Laplacian(crop, cv2.CV_32F)
    return float(np.median(np.abs(lap)) * 1.4826 / 4.47)


def develop(radiance: np.ndarray, setting: dict, rng: np.random.Generator) -> np.ndarray:
    """Linear scene RGB (1.0 = white paper, normal exposure) to 8-bit sRGB as the phone keeps it."""
    raw = mosaic(radiance * SENSITIVITY[None, None, :])
    raw = expose(raw, setting["light"], setting["readNoise"], rng) * setting["brightness"]
    rgb = demosaic(raw, setting["demosaic"]) / SENSITIVITY[None, None, :]
    srgb = tone(rgb * np.array(setting["whiteBalance"], np.float32)[None, None, :], setting["contrast"])
    ycc = cv2.cvtColor(srgb, cv2.COLOR_RGB2YCrCb)
    y = ycc[..., 0]
    sigma = noise_level(y)
    if sigma > 0.004:  # the phone's noise reduction, by how noisy the frame is
        strength = setting["denoise"]
        y = cv2.bilateralFilter(y, 7, sigma * 2.5 * strength, 2.0 + strength)
        chroma_sigma = 1.5 + 6 * min(sigma / 0.05, 1) * strength
        ycc[..., 1] = cv2.GaussianBlur(ycc[..., 1], (0, 0), chroma_sigma)
        ycc[..., 2] = cv2.GaussianBlur(ycc[..., 2], (0, 0), chroma_sigma)
    soft = cv2.GaussianBlur(y, (0, 0), setting["sharpenRadius"])
    ycc[..., 0] = y + setting["sharpen"] * (y - soft)
    out = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    return (np.clip(out, 0, 1) * 255 + 0.5).astype(np.uint8)


def encode(rgb: np.ndarray, path: str, kind: str, quality: int) -> int:
    """Write the photo as a phone would (JPEG 4:2:0 or a single-image HEIC); the file's size in bytes."""
    image = Image.fromarray(rgb, "RGB")
    buffer = io.BytesIO()
    if kind == "jpeg":
        image.save(buffer, format="JPEG", quality=quality, subsampling=2)
    else:
        import pillow_heif
        pillow_heif.from_pillow(image).save(buffer, quality=quality, enc_params={"preset": "medium"})
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
    return buffer.tell()
