"""Small, real files for the demo kits, generated at run time: PDF posters, PNG visuals, a WAV spot.

Nothing is downloaded: the PDF is written by hand, the images drawn with Pillow, the sound
synthesised with the standard library.
"""

import io
import math
import os
import struct
import textwrap
import unicodedata
import wave

from PIL import Image, ImageDraw, ImageFont

# Campaign colours, from the site's palette.
TERRACOTTA = (168, 54, 27)
TEAL = (11, 93, 99)
SAND = (251, 243, 234)
INK = (29, 35, 48)
WHITE = (255, 255, 255)


def _pdf_text(text):
    """A PDF string literal in WinAnsi encoding, with its special characters escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_poster_pdf(heading, lines, *, colour=TERRACOTTA):
    """A one-page A4 poster: a coloured band with the heading, then the lines of text."""
    red, green, blue = (channel / 255 for channel in colour)
    commands = [f"{red:.3f} {green:.3f} {blue:.3f} rg 0 560 595 282 re f".encode()]
    y = 760
    commands.append(b"BT 1 1 1 rg /F1 30 Tf 48 0 Td")
    for part in textwrap.wrap(heading, 30):
        commands.append(b"1 0 0 1 48 %d Tm " % y + _pdf_text(part) + b" Tj")
        y -= 38
    commands.append(b"ET")
    y = 520
    commands.append(b"BT 0.114 0.137 0.188 rg /F2 15 Tf")
    for line in lines:
        for part in textwrap.wrap(line, 62) or [""]:
            commands.append(b"1 0 0 1 48 %d Tm " % y + _pdf_text(part) + b" Tj")
            y -= 22
        y -= 10
    commands.append(b"ET")
    stream = b"\n".join(commands)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()


# A system font with accented letters when there is one; Pillow's own font otherwise.
SYSTEM_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


def _font(size):
    for path in SYSTEM_FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _drawable(text):
    """Text the chosen font can draw: accents are dropped when only Pillow's font is available."""
    if any(os.path.exists(path) for path in SYSTEM_FONTS):
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def make_visual_png(width, height, heading, subheading="", *, colour=TERRACOTTA, accent=TEAL):
    """A campaign visual: a coloured background, a sand card and the slogan in large letters."""
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    margin = min(width, height) // 12
    draw.rounded_rectangle(
        (margin, margin, width - margin, height - margin), radius=margin, fill=SAND, outline=accent, width=8
    )
    draw.ellipse((width - 3 * margin, margin // 2, width - margin // 2, 3 * margin), fill=accent)
    size = max(28, min(width, height) // 11)
    columns = max(12, int((width - 4 * margin) / (size * 0.62)))
    y = 2 * margin
    for part in textwrap.wrap(heading, columns):
        draw.text((2 * margin, y), _drawable(part), fill=INK, font=_font(size))
        y += int(size * 1.25)
    if subheading:
        small = max(20, size // 2)
        y += small
        for part in textwrap.wrap(subheading, int(columns * 1.8)):
            draw.text((2 * margin, y), _drawable(part), fill=accent, font=_font(small))
            y += int(small * 1.3)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def make_logo_png(text, *, width=1100, height=300):
    """A simple logo: a heart in a circle and the campaign's name, on a transparent background."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    diameter = height - 60
    draw.ellipse((30, 30, 30 + diameter, 30 + diameter), fill=TERRACOTTA)
    draw.text(
        (30 + diameter // 2, 30 + diameter // 2), "♥", fill=WHITE, font=_font(diameter // 2), anchor="mm"
    )
    draw.text((60 + diameter, height // 2), _drawable(text), fill=INK, font=_font(height // 6), anchor="lm")
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def make_jingle_wav(seconds=4.0, rate=8000):
    """A short, gentle three-note jingle (mono, 8 kHz): the sound bed of the radio spot."""
    notes = [523.25, 659.25, 783.99]  # C5, E5, G5
    frames = bytearray()
    total = int(seconds * rate)
    for index in range(total):
        time = index / rate
        frequency = notes[min(len(notes) - 1, int(time / (seconds / len(notes))))]
        envelope = min(1.0, time * 8) * min(1.0, (seconds - time) * 4)
        sample = int(9000 * envelope * math.sin(2 * math.pi * frequency * time))
        frames += struct.pack("<h", sample)
    output = io.BytesIO()
    with wave.open(output, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(bytes(frames))
    return output.getvalue()
