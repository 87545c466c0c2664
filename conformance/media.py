"""Deterministic audio bytes served by scenario S18 (downloadRecordingMedia).

The body is a 1 MiB WAV file: a 44-byte PCM header followed by a SHA-256 counter stream,
so it holds every byte value (NUL, CR, LF, invalid UTF-8) and any text decoding shows up.
Run this file to print its size and SHA-256.
"""
from __future__ import annotations

import hashlib
import os
import struct
import sys
from pathlib import Path

FILE_NAME = "S18-recording.wav"
SIZE = 1024 * 1024
SHA256 = "abc70367ceaebb51ddae23bb22cde54c0e8b155e3e936db642a855c6b1270475"  # asserted by selftest.py
_HEADER_SIZE = 44
_SEED = b"switchboard-conformance-S18:"


def _wav_header(data_size: int) -> bytes:
    sample_rate, channels, bits = 8000, 1, 16
    block_align = channels * bits // 8
    return (b"RIFF" + struct.pack("<I", data_size + _HEADER_SIZE - 8) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, sample_rate,
                                    sample_rate * block_align, block_align, bits)
            + b"data" + struct.pack("<I", data_size))


def _stream(size: int) -> bytes:
    blocks = (hashlib.sha256(_SEED + str(i).encode()).digest()
              for i in range((size + 31) // 32))
    return b"".join(blocks)[:size]


def recording_wav() -> bytes:
    """The exact bytes of the S18 response body."""
    return _wav_header(SIZE - _HEADER_SIZE) + _stream(SIZE - _HEADER_SIZE)


def write_recording(files_dir: Path) -> Path:
    """Writes the body into WireMock's __files folder unless an identical file is there."""
    target = files_dir / FILE_NAME
    body = recording_wav()
    if target.is_file() and target.read_bytes() == body:
        return target
    files_dir.mkdir(parents=True, exist_ok=True)
    partial = files_dir / f".{FILE_NAME}.{os.getpid()}"
    partial.write_bytes(body)
    partial.replace(target)
    return target


if __name__ == "__main__":
    data = recording_wav()
    print(f"{FILE_NAME}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    sys.exit(0 if hashlib.sha256(data).hexdigest() == SHA256 else 1)
