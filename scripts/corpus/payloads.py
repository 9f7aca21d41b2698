"""Payload texts for the labels in the photo corpus.

By default every label gets a fresh synthetic unit (model, serial, device ID,
production month, random claim code) written as a genuine recorder payload,
`REMO:1:...` with its CRC (docs/qr-payload.md), so remo's payload check
accepts what it reads; the label prints the unit's lines and its
registration code. The units are random and in no warehouse manifest.
`--texts FILE` replaces them with given texts, one per line, taken in order.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

# The 45 characters of QR alphanumeric mode.
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# Edge storage model numbers in the style of the product line (not a catalogue).
MODELS = (
    "WJ-NX400K", "WJ-NX300K", "WJ-NX200K", "WJ-NX510K", "WJ-NXE40K",
    "WJ-NXE20K", "WJ-NXF04K", "WJ-NXS08K", "WJ-NX200", "WJ-NXR100/2",
)

_SERIAL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_HEX = "0123456789ABCDEF"
_FIXED = len("REMO:1:") + len(":") * 5 + len("2024-07") + 12 + 8  # all but model, serial, device ID


@dataclass(frozen=True)
class Payload:
    """The QR text of one label and the human-readable lines printed beside it."""

    text: str
    lines: tuple[str, ...]


def _pick(rng, alphabet: str, count: int) -> str:
    return "".join(alphabet[i] for i in rng.integers(0, len(alphabet), count))


def claim_code(value: int) -> str:
    """12 Crockford base-32 symbols of the low 60 bits, most significant first."""
    value &= (1 << 60) - 1
    return "".join(CROCKFORD[(value >> (5 * (11 - k))) & 31] for k in range(12))


def payload_text(model: str, serial: str, device: str, produced: str, claim: str) -> str:
    """A version-1 recorder payload with its CRC-32 (docs/qr-payload.md)."""
    body = f"REMO:1:{model}:{serial}:{device}:{produced}:{claim}"
    return f"{body}:{zlib.crc32(body.encode('ascii')):08X}"


def registration_code(serial: str, claim: str) -> str:
    """The registration code printed beside the QR code (docs/qr-payload.md)."""
    value = sum(i * int(c, 36) for i, c in enumerate(serial + claim, start=1)) % 1021
    check = CROCKFORD[value // 32] + CROCKFORD[value % 32]
    return f"{serial}-{claim[0:4]}-{claim[4:8]}-{claim[8:12]}-{check}"


def _lines(model: str, serial: str, device: str, claim: str) -> tuple[str, ...]:
    return (f"MODEL {model}", f"S/N {serial}", f"ID {device}", f"REG {registration_code(serial, claim)}")


def synthetic(rng, used: set[str]) -> Payload:
    """A fresh valid payload of 62 to 90 characters, not in `used` (which it extends)."""
    while True:
        model = MODELS[int(rng.integers(0, len(MODELS)))]
        # 62 or more: 61 alphanumeric characters would fit version 3 at level M.
        room = int(rng.integers(62, 91)) - _FIXED - len(model)  # serial + device ID
        serial_length = int(min(rng.integers(6, 13), room - 8))
        device_length = min(32, room - serial_length)
        serial_length = room - device_length
        serial = _pick(rng, _SERIAL_CHARS, serial_length)
        device = _pick(rng, _HEX, device_length)
        month = int(rng.integers(0, 42))  # 2024-07 to 2027-12
        produced = f"{2024 + (6 + month) // 12}-{(6 + month) % 12 + 1:02d}"
        claim = claim_code(int(rng.integers(0, 1 << 60, dtype=np.uint64)))
        text = payload_text(model, serial, device, produced, claim)
        if text in used:
            continue
        used.add(text)
        return Payload(text, _lines(model, serial, device, claim))


def from_text(text: str) -> Payload:
    """A payload given as text (from `--texts`), with lines made from its fields."""
    fields = text.split(":")
    if len(fields) == 8 and fields[0] == "REMO" and len(fields[6]) == 12:
        return Payload(text, _lines(fields[2], fields[3], fields[4], fields[6]))
    return Payload(text, tuple(text[i:i + 22] for i in range(0, min(len(text), 88), 22)))


def read_texts(path: str) -> list[str]:
    """The non-empty lines of a `--texts` file, each stripped of its line ending.

    Raises ValueError naming the line when a text repeats (labels must differ
    so that a read can be matched to its label).
    """
    texts: list[str] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            if text in seen:
                raise ValueError(
                    f"{path}:{number}: the text repeats line {seen[text]}; "
                    "every label in the corpus needs its own text")
            seen[text] = number
            texts.append(text)
    return texts


def is_alphanumeric(text: str) -> bool:
    return re.fullmatch(f"[{re.escape(ALPHANUMERIC)}]*", text) is not None
