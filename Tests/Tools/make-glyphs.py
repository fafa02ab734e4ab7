#!/usr/bin/env python3
"""Makes Sources/AktsomKit/Formats/Raster/GlyphAtlas.swift: the chart pictures' letters as
anti-aliased bitmaps, rendered once from DejaVu Sans Condensed (fonts-dejavu-core) with Pillow
at 24 px (12 px text drawn at twice the size), packed and deflated. Run it only to change the
letters or their size; the package itself needs neither Pillow nor the font.

    python3 -m pip install pillow && python3 Tests/Tools/make-glyphs.py
"""
import base64, os, struct, zlib
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
SIZE = 24
CHARS = [chr(c) for c in range(32, 127)] + [chr(c) for c in range(160, 256)] + list("–—«»‘’‚“”„…€•−≤≥·✓ŠšŽžŒœŸ")

font = ImageFont.truetype(FONT, SIZE)
ascent, descent = font.getmetrics()
blob = bytearray()
count = 0
for ch in CHARS:
    advance = font.getlength(ch)
    left, top, right, bottom = font.getbbox(ch, anchor="ls")
    width, height = max(0, right - left), max(0, bottom - top)
    pixels = b""
    if width and height:
        image = Image.new("L", (width, height), 0)
        ImageDraw.Draw(image).text((-left, -top), ch, font=font, fill=255, anchor="ls")
        pixels = image.tobytes()
    # code point, advance in quarter pixels, left, top (from the baseline, negative is up), width, height
    blob += struct.pack("<IHhhBB", ord(ch), round(advance * 4), left, top, width, height) + pixels
    count += 1
packed = zlib.compressobj(9, zlib.DEFLATED, -15)
data = packed.compress(bytes(blob)) + packed.flush()
text = base64.b64encode(data).decode()
lines = [text[i:i + 120] for i in range(0, len(text), 120)]
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Sources", "AktsomKit", "Formats", "Raster", "GlyphAtlas.swift")
with open(out, "w") as f:
    f.write("// Made by Tests/Tools/make-glyphs.py; do not edit by hand.\n")
    f.write("//\n// The letters are bitmaps rendered from DejaVu Sans Condensed. DejaVu's changes are in the public\n")
    f.write("// domain; the Bitstream Vera glyphs it builds on are Copyright (c) 2003 by Bitstream, Inc., and\n")
    f.write("// may be copied and distributed with this notice (the Bitstream Vera Fonts license).\n\n")
    f.write("/// %d letters at %d px: their advance, placement on the baseline and coverage, deflated.\n" % (count, SIZE))
    f.write("enum GlyphAtlas {\n")
    f.write("    static let pixelSize = %d\n    static let ascent = %d\n    static let descent = %d\n" % (SIZE, ascent, descent))
    f.write("    static let packedSize = %d\n" % len(blob))
    f.write("    static let deflated = \"\"\"\n")
    for line in lines:
        f.write("        " + line + "\n")
    f.write("        \"\"\"\n}\n")
print(count, "glyphs,", len(blob), "bytes,", len(data), "deflated")
