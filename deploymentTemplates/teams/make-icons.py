#!/usr/bin/env python3
"""Draw the SpineBot Teams icons without third-party packages.

Writes, next to this script:
  color.png    192x192, full colour: white vertebrae on the clinic's blue.
  outline.png   32x32, white vertebrae on a transparent background
                (Teams requires the outline icon to be white and transparent only).

The PNG encoder is the standard library (zlib + struct), so the script runs on
any Python 3.8+. Output is deterministic: re-running it gives identical bytes.
Usage: python3 make-icons.py
"""

import math
import os
import struct
import zlib

CLINIC_BLUE = (31, 95, 139)  # #1F5F8B, also the manifest's accentColor
WHITE = (255, 255, 255)
SUBSAMPLES = 4  # 4x4 samples per pixel for smooth edges


def rounded_rect_contains(x, y, cx, cy, half_w, half_h, radius):
    """True when point (x, y) lies inside the rounded rectangle."""
    dx = abs(x - cx) - (half_w - radius)
    dy = abs(y - cy) - (half_h - radius)
    if dx <= 0 or dy <= 0:
        return abs(x - cx) <= half_w and abs(y - cy) <= half_h
    return dx * dx + dy * dy <= radius * radius


def vertebrae(size, box):
    """Five lumbar vertebrae seen from behind, in a gentle curve, fitted into a square box.

    box is (left, top, side) in pixels. Each vertebra is a rounded body with a
    thinner bar across it for the transverse processes; lower ones are wider,
    as they are in a real lumbar spine.
    """
    left, top, side = box
    count = 5
    gap = side * 0.07
    height = (side - gap * (count - 1)) / count
    shapes = []
    for i in range(count):
        grow = 1 + 0.08 * i
        cx = left + side / 2 + math.sin(i / (count - 1) * math.pi) * side * 0.07
        cy = top + i * (height + gap) + height / 2
        body = side * 0.17 * grow
        wings = side * 0.36 * grow
        shapes.append((cx, cy, body, height / 2, height * 0.4))
        shapes.append((cx, cy, wings, height * 0.22, height * 0.2))
    return shapes


def coverage(px, py, shapes):
    """Fraction of pixel (px, py) covered by any shape, from 0.0 to 1.0."""
    hits = 0
    for sy in range(SUBSAMPLES):
        for sx in range(SUBSAMPLES):
            x = px + (sx + 0.5) / SUBSAMPLES
            y = py + (sy + 0.5) / SUBSAMPLES
            if any(rounded_rect_contains(x, y, *s) for s in shapes):
                hits += 1
    return hits / (SUBSAMPLES * SUBSAMPLES)


def draw(size, shapes, background):
    """RGBA rows. background None means transparent (outline icon)."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            c = coverage(px, py, shapes)
            if background is None:
                row += bytes((*WHITE, round(c * 255)))
            else:
                rgb = tuple(round(b + (w - b) * c) for b, w in zip(background, WHITE))
                row += bytes((*rgb, 255))
        rows.append(bytes(row))
    return rows


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, size, rows):
    """8-bit RGBA, no interlace, filter type 0 on every row."""
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(raw, 9))
        + png_chunk(b"IEND", b"")
    )
    with open(path, "wb") as f:
        f.write(data)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    # Colour icon: the symbol sits in the central 96x96 safe area Teams recommends.
    write_png(os.path.join(here, "color.png"), 192, draw(192, vertebrae(192, (48, 48, 96)), CLINIC_BLUE))
    # Outline icon: the symbol fills the 32x32 square with a 2 px margin.
    write_png(os.path.join(here, "outline.png"), 32, draw(32, vertebrae(32, (2, 2, 28)), None))
    print("wrote color.png (192x192) and outline.png (32x32)")


if __name__ == "__main__":
    main()
