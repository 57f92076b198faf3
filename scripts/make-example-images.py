"""Draws the example signature and seal images (examples/images/*.png) with the Python standard
library only: an anti-aliased blue pen stroke and a red round seal with a star, on a transparent
background. Own work, dedicated to the public domain (CC0); see examples/images/LICENSE.

usage: python3 scripts/make-example-images.py examples/images
"""
import math
import struct
import sys
import zlib


def png(path, width, height, pixels):
    """Writes RGBA rows (list of bytearrays) as a PNG file."""
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def canvas(width, height):
    return [bytearray(width * 4) for _ in range(height)]


def plot(img, x, y, color, alpha):
    """Blends `color` at coverage `alpha` (0…1) into pixel (x, y)."""
    h, w = len(img), len(img[0]) // 4
    if not (0 <= x < w and 0 <= y < h) or alpha <= 0:
        return
    i = x * 4
    row = img[y]
    a0 = row[i + 3] / 255
    a = min(1.0, alpha + a0 * (1 - alpha))
    for c in range(3):
        row[i + c] = color[c]
    row[i + 3] = int(round(a * 255))


def stroke(img, points, radius, color):
    """A round pen of `radius` pixels dragged along `points`."""
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(1, int(math.hypot(x1 - x0, y1 - y0) * 2))
        for s in range(steps + 1):
            t = s / steps
            dot(img, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, radius, color)


def dot(img, cx, cy, radius, color):
    r = int(radius + 2)
    for y in range(int(cy) - r, int(cy) + r + 1):
        for x in range(int(cx) - r, int(cx) + r + 1):
            d = math.hypot(x + 0.5 - cx, y + 0.5 - cy)
            plot(img, x, y, color, max(0.0, min(1.0, radius + 0.5 - d)))


def ring(img, cx, cy, radius, width, color):
    h, w = len(img), len(img[0]) // 4
    for y in range(h):
        for x in range(w):
            d = math.hypot(x + 0.5 - cx, y + 0.5 - cy)
            plot(img, x, y, color, max(0.0, min(1.0, width / 2 + 0.5 - abs(d - radius))))


def star(img, cx, cy, outer, color):
    inner = outer * 0.382
    corners = []
    for k in range(10):
        r = outer if k % 2 == 0 else inner
        a = -math.pi / 2 + k * math.pi / 5
        corners.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    h, w = len(img), len(img[0]) // 4
    for y in range(h):
        for x in range(w):
            # 4×4 supersampled point-in-polygon
            hits = 0
            for sy in range(4):
                for sx in range(4):
                    px, py = x + (sx + 0.5) / 4, y + (sy + 0.5) / 4
                    inside = False
                    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1]):
                        if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
                            inside = not inside
                    hits += inside
            plot(img, x, y, color, hits / 16)


def signature(path):
    w, h = 600, 240
    img = canvas(w, h)
    blue = (20, 40, 160)
    points = []
    for i in range(400):
        t = i / 399
        x = 40 + 480 * t
        y = 130 - 55 * math.sin(t * math.pi * 5) * (1 - 0.6 * t) - 30 * math.sin(t * 23) * t
        points.append((x, y))
    stroke(img, points, 3.2, blue)
    stroke(img, [(70, 190), (330, 160), (560, 175)], 2.4, blue)
    png(path, w, h, img)


def seal(path):
    size = 420
    img = canvas(size, size)
    red = (200, 20, 30)
    c = size / 2
    ring(img, c, c, 196, 10, red)
    ring(img, c, c, 176, 4, red)
    ring(img, c, c, 110, 4, red)
    star(img, c, c, 80, red)
    # tick marks standing in for the organ's name around the ring
    for k in range(60):
        a = k * math.pi / 30
        stroke(img, [(c + 130 * math.cos(a), c + 130 * math.sin(a)), (c + 160 * math.cos(a), c + 160 * math.sin(a))], 2.5, red)
    png(path, size, size, img)


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "examples/images"
    signature(folder + "/chu-ky-mau.png")
    seal(folder + "/con-dau-mau.png")
