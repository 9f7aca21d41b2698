"""Recorder payloads written from docs/qr-payload.md alone, and their QR
symbols from segno (a different encoder from the first generator's qrencode).

A payload is `REMO:1:<model>:<serial>:<device ID>:<YYYY-MM>:<claim>:<CRC-32>`;
the label also prints the registration code (serial, claim code, two check
symbols)."""

from __future__ import annotations

import zlib

import numpy as np
import segno

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SERIAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789ABCDEF"
# Model numbers in the spec's alphabet (A-Z 0-9 - / .), not a catalogue.
MODELS = ("WJ-NX410K", "WJ-NXE22", "WJ-NX320K/G", "WJ-NXS04", "NX-R16.2", "WJ-NX720", "WJ-NXF08K/J")


def crockford(value: int, symbols: int) -> str:
    return "".join(CROCKFORD[(value >> (5 * (symbols - 1 - k))) & 31] for k in range(symbols))


def claim_code(rng: np.random.Generator) -> str:
    """8 random bytes read big-endian, the low 60 bits as 12 symbols."""
    return crockford(int.from_bytes(rng.bytes(8), "big") & ((1 << 60) - 1), 12)


def registration(serial: str, claim: str) -> str:
    check = sum(i * int(c, 36) for i, c in enumerate(serial + claim, start=1)) % 1021
    return f"{serial}-{claim[:4]}-{claim[4:8]}-{claim[8:]}-{crockford(check, 2)}"


def text_of(model: str, serial: str, device: str, month: str, claim: str) -> str:
    body = ":".join(("REMO", "1", model, serial, device, month, claim))
    return f"{body}:{zlib.crc32(body.encode('ascii')) & 0xFFFFFFFF:08X}"


def unit(rng: np.random.Generator, used: set[str]) -> tuple[str, list[str]]:
    """A fresh valid payload (not in `used`, which it extends) and the lines printed beside it."""
    while True:
        model = MODELS[rng.integers(len(MODELS))]
        serial = "".join(rng.choice(list(SERIAL), int(rng.integers(5, 17))))
        device = "".join(rng.choice(list(HEX), int(rng.choice([8, 12, 16, 20, 24, 32]))))
        months = int(rng.integers(0, 48))  # 2024-07 to 2028-06
        month = f"{2024 + (6 + months) // 12}-{(6 + months) % 12 + 1:02d}"
        claim = claim_code(rng)
        text = text_of(model, serial, device, month, claim)
        if text not in used:
            used.add(text)
            return text, [f"MODEL {model}", f"S/N {serial}", f"ID {device}", f"REG {registration(serial, claim)}"]


def symbol(text: str, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """The module matrix (True dark, no quiet zone) at level M and its version:
    the smallest version or one or two above it, as label printers pad."""
    smallest = segno.make_qr(text, error="m", boost_error=False).version
    version = min(smallest + int(rng.choice([0, 0, 1, 2])), 8)
    qr = segno.make_qr(text, error="m", version=version, boost_error=False)
    return np.array([list(row) for row in qr.matrix], dtype=bool), qr.version
