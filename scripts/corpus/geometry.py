"""A pinhole phone camera looking at flat or cylindrical artwork.

Surface coordinates (u, v) are the artwork's pixel edges. The artwork sits in
3D with its local origin at `Pose.origin` (usually the centre of the QR
symbol); it is flat (z = 0) or wrapped round a cylinder whose axis runs along
the artwork's v direction and whose front bulges towards the camera. Photos
are rendered by casting a ray through every (supersampled) photo pixel and
finding where it meets the surface, so perspective and curvature are exact and
the ground-truth corners come from the same projection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Camera:
    width: int
    height: int
    focal: float  # pixels

    @property
    def centre(self) -> tuple[float, float]:
        return self.width / 2.0, self.height / 2.0


@dataclass(frozen=True)
class Pose:
    rotation: np.ndarray     # (3, 3) local -> camera
    translation: np.ndarray  # (3,) camera coordinates of the local origin
    origin: np.ndarray       # (2,) surface (u, v) of the local origin
    radius: float | None     # cylinder radius in surface pixels, None when flat


def rotation(roll: float, tilt_axis: float, tilt: float) -> np.ndarray:
    """Rotate in the artwork's plane by `roll`, then tilt it out of the image
    plane by `tilt` about an in-image axis at angle `tilt_axis` (degrees)."""
    r = math.radians(roll)
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    a = math.radians(tilt_axis)
    axis = np.array([math.cos(a), math.sin(a), 0.0])
    rt, _ = cv2.Rodrigues(axis * math.radians(tilt))
    return rt @ rz


def place(camera: Camera, origin, at, ppm: float, module_px: float, roll: float,
          tilt_axis: float, tilt: float, radius: float | None) -> Pose:
    """A pose that puts surface point `origin` at photo point `at`, with
    `ppm` photo pixels per module there (before foreshortening)."""
    distance = camera.focal * module_px / ppm
    cx, cy = camera.centre
    translation = np.array([(at[0] - cx) * distance / camera.focal,
                            (at[1] - cy) * distance / camera.focal, distance])
    return Pose(rotation(roll, tilt_axis, tilt), translation, np.asarray(origin, np.float64), radius)


def _local(pose: Pose, uv: np.ndarray) -> np.ndarray:
    s = uv[:, 0] - pose.origin[0]
    t = uv[:, 1] - pose.origin[1]
    if pose.radius is None:
        return np.stack([s, t, np.zeros_like(s)], axis=1)
    r = pose.radius
    angle = s / r
    return np.stack([r * np.sin(angle), t, r * (1 - np.cos(angle))], axis=1)


def project(camera: Camera, pose: Pose, uv) -> np.ndarray:
    """Photo coordinates (pixel edges) of surface points, shape (n, 2)."""
    uv = np.asarray(uv, np.float64).reshape(-1, 2)
    world = _local(pose, uv) @ pose.rotation.T + pose.translation
    cx, cy = camera.centre
    return np.stack([camera.focal * world[:, 0] / world[:, 2] + cx,
                     camera.focal * world[:, 1] / world[:, 2] + cy], axis=1)


def outline(surface_size, samples: int = 24) -> np.ndarray:
    """Points along the border of a w x h surface (its edges can curve in the photo)."""
    w, h = surface_size
    k = np.linspace(0, 1, samples)
    return np.concatenate([np.stack([k * w, 0 * k], 1), np.stack([w + 0 * k, k * h], 1),
                           np.stack([w - k * w, h + 0 * k], 1), np.stack([0 * k, h - k * h], 1)])


def unproject(camera: Camera, pose: Pose, xs: np.ndarray, ys: np.ndarray):
    """Surface (u, v) seen at photo points (xs, ys), whether the ray meets the
    surface's front, and the cosine between the surface normal and the ray."""
    cx, cy = camera.centre
    d = np.stack([(xs - cx) / camera.focal, (ys - cy) / camera.focal, np.ones_like(xs)], axis=-1)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    rt = pose.rotation.T
    o = -(rt @ pose.translation)
    dl = d @ rt.T
    dx, dy, dz = dl[..., 0], dl[..., 1], dl[..., 2]
    if pose.radius is None:
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -o[2] / dz
        valid = np.isfinite(t) & (t > 0)
        s = o[0] + t * dx
        facing = np.abs(dz)
    else:
        r = pose.radius
        a = dx * dx + dz * dz
        b = 2 * (o[0] * dx + (o[2] - r) * dz)
        c = o[0] ** 2 + (o[2] - r) ** 2 - r * r
        disc = b * b - 4 * a * c
        root = np.sqrt(np.maximum(disc, 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (-b - root) / (2 * a)
        px, pz = o[0] + t * dx, o[2] + t * dz
        angle = np.arctan2(px, r - pz)
        valid = (disc > 0) & (t > 0) & (np.abs(angle) < math.pi / 2)
        s = r * angle
        normal_x, normal_z = np.sin(angle), -np.cos(angle)
        facing = np.abs(normal_x * dx + normal_z * dz)
    v = o[1] + t * dy
    u = s + pose.origin[0]
    v = v + pose.origin[1]
    return u, v, valid, facing


def composite(canvas: np.ndarray, camera: Camera, pose: Pose, surface, supersample: int = 2,
              shading: float = 0.0):
    """Draw `surface` (display-referred albedo) into `canvas` (linear albedo,
    (H, W, 3) float32) in place. `shading` darkens the parts turned away from
    the camera (0 = none). Returns the photo bounding box (x0, y0, x1, y1) or None."""
    w, h = surface.size
    border = project(camera, pose, outline((w, h)))
    x0 = max(0, int(math.floor(border[:, 0].min())) - 2)
    y0 = max(0, int(math.floor(border[:, 1].min())) - 2)
    x1 = min(camera.width, int(math.ceil(border[:, 0].max())) + 2)
    y1 = min(camera.height, int(math.ceil(border[:, 1].max())) + 2)
    if x1 <= x0 or y1 <= y0:
        return None
    ss = supersample
    gx = x0 + (np.arange((x1 - x0) * ss) + 0.5) / ss
    gy = y0 + (np.arange((y1 - y0) * ss) + 0.5) / ss
    xs, ys = np.meshgrid(gx, gy)
    u, v, valid, facing = unproject(camera, pose, xs, ys)
    map_u = np.where(valid, u - 0.5, -10).astype(np.float32)
    map_v = np.where(valid, v - 0.5, -10).astype(np.float32)
    # Premultiplied by alpha, so the edges blend with the photo, not with black.
    linear = (np.power(surface.albedo, 2.2) * surface.alpha[..., None]).astype(np.float32)
    colour = cv2.remap(linear, map_u, map_v, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    alpha = cv2.remap(surface.alpha, map_u, map_v, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    alpha = alpha * valid
    colour = colour * valid[..., None]
    if shading > 0:
        colour = colour * (1 - shading + shading * facing.astype(np.float32))[..., None]
    size = (x1 - x0, y1 - y0)
    colour = cv2.resize(colour, size, interpolation=cv2.INTER_AREA)
    alpha = cv2.resize(alpha.astype(np.float32), size, interpolation=cv2.INTER_AREA)[..., None]
    region = canvas[y0:y1, x0:x1]
    region[:] = region * (1 - alpha) + colour
    return x0, y0, x1, y1
