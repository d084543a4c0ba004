"""Read what an audio or video file really is, and how long it lasts, from the file itself.

mutagen reads MP3, MP4/M4A/M4V, Ogg (Vorbis, Opus, Theora), WAV, AAC and FLAC headers; WebM and
Matroska are read by the small EBML reader below. Nothing here needs ffmpeg.
"""

import contextlib
import struct
from dataclasses import dataclass

import mutagen
from mutagen.mp4 import MP4, Atoms
from mutagen.oggtheora import OggTheora

from django.utils.translation import gettext_lazy as _

AUDIO = "audio"
VIDEO = "video"

EBML_MAGIC = b"\x1a\x45\xdf\xa3"
# How much of a WebM file is read to find its duration and tracks (they come before the frames).
EBML_HEAD_BYTES = 1024 * 1024


@dataclass(frozen=True)
class MediaFacts:
    """What the file is (audio or video) and how long it lasts, in seconds."""

    kind: str
    duration: float | None


def read_media_facts(fileobj):
    """The facts of an open binary file, or None when it is not an audio or video file."""
    fileobj.seek(0)
    head = fileobj.read(4)
    fileobj.seek(0)
    try:
        if head == EBML_MAGIC:
            return _read_ebml(fileobj.read(EBML_HEAD_BYTES))
        return _read_with_mutagen(fileobj)
    except (mutagen.MutagenError, struct.error, ValueError, EOFError, OSError):
        return None
    finally:
        fileobj.seek(0)


def read_field_file_facts(field_file):
    """The facts of a model FileField value, stored or just uploaded."""
    if not field_file:
        return None
    with _opened(field_file) as fileobj:
        return read_media_facts(fileobj)


@contextlib.contextmanager
def _opened(field_file):
    committed = getattr(field_file, "_committed", True)
    if committed:
        field_file.open("rb")
        try:
            yield field_file.file
        finally:
            field_file.close()
    else:
        # A file being uploaded: read it where it is, and leave it ready to be stored.
        upload = field_file.file
        upload.seek(0)
        try:
            yield upload
        finally:
            upload.seek(0)


def _read_with_mutagen(fileobj):
    found = mutagen.File(fileobj)
    if found is None or found.info is None:
        return None
    duration = getattr(found.info, "length", None) or None
    if isinstance(found, OggTheora):
        return MediaFacts(VIDEO, duration)
    if isinstance(found, MP4):
        fileobj.seek(0)
        handlers = _mp4_track_handlers(fileobj)
        if b"vide" in handlers:
            return MediaFacts(VIDEO, duration)
        if b"soun" in handlers:
            return MediaFacts(AUDIO, duration)
        return None
    return MediaFacts(AUDIO, duration)


def _mp4_track_handlers(fileobj):
    """The handler type of each track of an MP4 file: b"vide" for video, b"soun" for sound."""
    atoms = Atoms(fileobj)
    handlers = set()
    pending = list(atoms.atoms)
    while pending:
        atom = pending.pop()
        if atom.name == b"hdlr":
            data_start = atom.offset + atom.length - atom.datalength
            fileobj.seek(data_start + 8)  # version and flags, then pre_defined
            handlers.add(fileobj.read(4))
        pending.extend(atom.children or [])
    return handlers


# EBML (WebM, Matroska) element IDs
_SEGMENT, _INFO, _TRACKS, _TRACK_ENTRY, _CLUSTER = 0x18538067, 0x1549A966, 0x1654AE6B, 0xAE, 0x1F43B675
_TIMECODE_SCALE, _DURATION, _TRACK_TYPE = 0x2AD7B1, 0x4489, 0x83
_MASTERS = {_SEGMENT, _INFO, _TRACKS, _TRACK_ENTRY}


def _ebml_vint(data, position, *, keep_marker):
    """An EBML variable-length integer: (value, length in bytes, whether it means "unknown")."""
    first = data[position]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8:
        raise ValueError("Invalid EBML variable-length integer")
    raw = data[position : position + length]
    if len(raw) < length:
        raise EOFError
    value = int.from_bytes(raw, "big")
    all_ones = (1 << (7 * length)) - 1
    unknown = value & all_ones == all_ones
    if not keep_marker:
        value &= all_ones
    return value, length, unknown


def _read_ebml(data):
    scale, duration, track_types = 1_000_000, None, set()
    position, end = 0, len(data)
    stack = [end]
    while position < end:
        while stack and position >= stack[-1]:
            stack.pop()
        element_id, id_length, _unknown = _ebml_vint(data, position, keep_marker=True)
        size, size_length, unknown_size = _ebml_vint(data, position + id_length, keep_marker=False)
        body = position + id_length + size_length
        if element_id == _CLUSTER:
            break
        if element_id in _MASTERS:
            stack.append(end if unknown_size else body + size)
            position = body
            continue
        payload = data[body : body + size]
        if element_id == _TIMECODE_SCALE:
            scale = int.from_bytes(payload, "big")
        elif element_id == _DURATION:
            duration = struct.unpack(">f" if size == 4 else ">d", payload)[0]
        elif element_id == _TRACK_TYPE:
            track_types.add(int.from_bytes(payload, "big"))
        position = body + size
    seconds = duration * scale / 1_000_000_000 if duration else None
    if 1 in track_types:
        return MediaFacts(VIDEO, seconds)
    if 2 in track_types:
        return MediaFacts(AUDIO, seconds)
    return None


def media_type_error(kind_claimed, facts):
    """The message for a file that is not the audio or video it claims to be, else None."""
    if facts is None:
        return _("This file cannot be read as an audio or video file. Export it again as MP4 or MP3.")
    if facts.kind != kind_claimed:
        if kind_claimed == VIDEO:
            return _("This file is a sound recording, not a video. Add it as an audio file instead.")
        return _("This file is a video, not a sound recording. Add it as a video instead.")
    return None


def fill_duration_from_file(sender, instance, **kwargs):
    """pre_save receiver for wagtailmedia's Media: the duration always comes from the file."""
    is_new_upload = instance.file and not getattr(instance.file, "_committed", True)
    if not instance.file or (instance.duration and not is_new_upload):
        return
    facts = read_field_file_facts(instance.file)
    if facts is not None and facts.duration:
        instance.duration = round(facts.duration, 2)
