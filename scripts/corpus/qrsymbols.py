"""QR symbols as module matrices, from an external encoder.

Everything that makes a QR code goes through `QREncoder.modules`, so the
encoder can be switched without touching the rest of the generator:

- `qrencode` (Debian's command line): `qrencode -l M -m 0 -s 1 -t PNG`, with
  `-v N` to ask for at least version N;
- `remo` (`--encoder remo --remo PATH`): `remo qr encode --text T -o F --ec M
  --module-px 1 --quiet-zone 0`; remo picks the version itself.
"""

from __future__ import annotations

import os
import subprocess
import tempfile

import numpy as np
from PIL import Image


class EncoderError(RuntimeError):
    pass


class QREncoder:
    def __init__(self, name: str = "qrencode", remo: str | None = None, ec: str = "M"):
        if name not in ("qrencode", "remo"):
            raise EncoderError(f"unknown encoder {name!r}: use qrencode or remo")
        if name == "remo" and not remo:
            raise EncoderError("--encoder remo needs --remo PATH (the remo executable)")
        self.name = name
        self.remo = remo
        self.ec = ec

    def describe(self) -> str:
        """The encoder and its version, for the manifest."""
        try:
            if self.name == "qrencode":
                out = subprocess.run(["qrencode", "-V"], capture_output=True, text=True)
                first = (out.stdout or out.stderr).strip().splitlines()
                return first[0] if first else "qrencode"
            out = subprocess.run([self.remo, "--version"], capture_output=True, text=True)
            return "remo " + out.stdout.strip()
        except OSError as error:
            raise EncoderError(f"cannot run the {self.name} encoder: {error}") from error

    def modules(self, text: str, min_version: int | None = None) -> np.ndarray:
        """The symbol's modules (True = dark), without quiet zone, shape (n, n)."""
        with tempfile.TemporaryDirectory(prefix="remo-corpus-qr-") as scratch:
            path = os.path.join(scratch, "qr.png")
            if self.name == "qrencode":
                command = ["qrencode", "-l", self.ec, "-m", "0", "-s", "1", "-t", "PNG", "-o", path]
                if min_version:
                    command += ["-v", str(min_version)]
                # The text goes through stdin, so a text starting with "-" is not an option.
                run = subprocess.run(command, input=text.encode("utf-8"), capture_output=True)
            else:
                command = [self.remo, "qr", "encode", "--text", text, "-o", path,
                           "--ec", self.ec, "--module-px", "1", "--quiet-zone", "0"]
                run = subprocess.run(command, capture_output=True)
            if run.returncode != 0:
                message = run.stderr.decode("utf-8", "replace").strip()
                raise EncoderError(f"{self.name} failed on {text!r}: {message}")
            with Image.open(path) as image:
                grey = np.asarray(image.convert("RGBA").convert("L"))
        dark = grey < 128
        size = dark.shape[0]
        if dark.shape[0] != dark.shape[1] or (size - 17) % 4 or not 21 <= size <= 177:
            raise EncoderError(
                f"{self.name} wrote a {dark.shape[1]}x{dark.shape[0]} image for {text!r}, "
                "not one pixel per module without quiet zone")
        return dark


def version_of(modules: np.ndarray) -> int:
    return (modules.shape[0] - 17) // 4
