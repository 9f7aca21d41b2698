"""Where a flat label lands in the photo (a pinhole camera and a plane pose,
as one homography per label) and the blur kernels of the lens and the hand."""

from __future__ import annotations

import math

import cv2
import numpy as np


def rotation(roll: float, tilt: float, axis: float) -> np.ndarray:
    """Roll about the optical axis, then a tilt of the label plane about an in-plane axis at `axis` degrees."""
    r, t, a = (math.radians(v) for v in (roll, tilt, axis))
    roll_m = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    u = np.array([math.cos(a), math.sin(a), 0.0])
    k = np.array([[0, -u[2], u[1]], [u[2], 0, -u[0]], [-u[1], u[0], 0]])
    tilt_m = np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * (k @ k)  # Rodrigues
    return tilt_m @ roll_m


def project(points: np.ndarray, centre_px: tuple[float, float], ppm_tex: float, rot: np.ndarray,
            focal: float, principal: tuple[float, float]) -> np.ndarray:
    """Texture points (pixel edges, relative to the label's centre) to photo pixel edges.

    The label centre sits on the ray through `centre_px`, at the depth where
    one texture pixel spans `ppm_tex` photo pixels face on."""
    depth = focal / ppm_tex
    ray = np.array([centre_px[0] - principal[0], centre_px[1] - principal[1], focal])
    origin = ray / ray[2] * depth
    p3 = origin[None, :] + (rot @ np.c_[points, np.zeros(len(points))].T).T
    return np.c_[focal * p3[:, 0] / p3[:, 2] + principal[0], focal * p3[:, 1] / p3[:, 2] + principal[1]]


def homography(tex_corners: np.ndarray, photo_corners: np.ndarray) -> np.ndarray:
    """From texture pixel indices to photo pixel indices (OpenCV's convention: centres at integers)."""
    return cv2.getPerspectiveTransform((tex_corners - 0.5).astype(np.float32), (photo_corners - 0.5).astype(np.float32))


def motion_kernel(length: float, angle: float) -> np.ndarray:
    """A straight streak of `length` pixels (anti-aliased), summing to 1."""
    size = int(math.ceil(length)) | 1
    size += 2
    kernel = np.zeros((size * 4, size * 4), np.float32)
    c = size * 2
    dx, dy = math.cos(math.radians(angle)) * length * 2, math.sin(math.radians(angle)) * length * 2
    cv2.line(kernel, (int(round(c - dx)), int(round(c - dy))), (int(round(c + dx)), int(round(c + dy))), 1.0, 2, cv2.LINE_AA)
    kernel = cv2.resize(kernel, (size, size), interpolation=cv2.INTER_AREA)
    return kernel / kernel.sum()


def disk_kernel(radius: float) -> np.ndarray:
    """A defocus disk of `radius` pixels (anti-aliased edge), summing to 1."""
    size = int(math.ceil(radius)) * 2 + 3
    y, x = np.mgrid[:size, :size] - size // 2
    kernel = np.clip(radius + 0.5 - np.hypot(x, y), 0, 1).astype(np.float32)
    return kernel / kernel.sum()
