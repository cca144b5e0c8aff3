"""Regenerate the game's sound effects in assets/sounds/ (OGG Vorbis, written here from code).

    python scripts/make_sounds.py

Each effect is synthesised from sine tones with soft attack and decay, written as WAV, then
encoded to OGG with `oggenc` (Debian package vorbis-tools; installed automatically when run as root).
"""
from __future__ import annotations

import math
import os
import shutil
import struct
import subprocess
import tempfile
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# name -> list of (start seconds, frequency Hz, length seconds, volume 0..1)
EFFECTS = {
    "click": [(0.0, 880, 0.06, 0.35)],
    "good": [(0.0, 659.3, 0.16, 0.4), (0.12, 987.8, 0.28, 0.4)],  # E5 then B5: a bright "yes!"
    "think": [(0.0, 523.3, 0.18, 0.3), (0.16, 440.0, 0.3, 0.3)],  # C5 then A4: soft, not a buzzer
    "cheer": [(0.0, 523.3, 0.14, 0.35), (0.1, 659.3, 0.14, 0.35), (0.2, 784.0, 0.14, 0.35),
              (0.3, 1046.5, 0.45, 0.4)],
}


def synth(notes) -> list[float]:
    length = max(start + dur for start, _f, dur, _v in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for start, freq, dur, volume in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / dur)
            tone = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += volume * envelope * tone / 1.3
    return samples


def write_wav(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32000)) for s in samples))


def ensure_oggenc() -> str:
    found = shutil.which("oggenc")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing vorbis-tools (for oggenc)")
        subprocess.run(["apt-get", "install", "-y", "vorbis-tools"], check=True)
        return shutil.which("oggenc")
    raise SystemExit("oggenc is missing: run `apt-get install vorbis-tools` and try again")


def main() -> None:
    oggenc = ensure_oggenc()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, notes in EFFECTS.items():
            wav = Path(tmp) / f"{name}.wav"
            write_wav(wav, synth(notes))
            target = OUT / f"{name}.ogg"
            subprocess.run([oggenc, "-Q", "-q", "3", "-o", str(target), str(wav)], check=True)
            print(f"{target.relative_to(OUT.parent.parent)}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
