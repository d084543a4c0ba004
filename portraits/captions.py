"""WebVTT captions: the format check run when a captions file is uploaded."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_CAPTIONS_BYTES = 2 * 1024 * 1024
_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t]+.*)?$")


def _seconds(hours, minutes, seconds, milliseconds):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(milliseconds) / 1000


def _read_bytes(value):
    fileobj = getattr(value, "file", value)
    fileobj.seek(0)
    data = fileobj.read(MAX_CAPTIONS_BYTES + 1)
    fileobj.seek(0)
    return data


def validate_webvtt(value):
    """Refuse a file that is not WebVTT: it must start with WEBVTT and have well-formed cue timings."""
    data = _read_bytes(value)
    if len(data) > MAX_CAPTIONS_BYTES:
        raise ValidationError(_("This captions file is too large (2 MB at most)."), code="too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("This captions file is not plain text in UTF-8. Export it again as WebVTT (.vtt)."),
            code="not_utf8",
        ) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValidationError(
            _("This is not a WebVTT captions file: its first line must be “WEBVTT”."),
            code="no_header",
        )
    cues = 0
    for number, line in enumerate(lines[1:], start=2):
        if "-->" not in line:
            continue
        match = _CUE_TIMING.match(line.strip())
        if match is None:
            raise ValidationError(
                _("Line %(line)s: the cue timing must read like “00:00:01.000 --> 00:00:04.000”.")
                % {"line": number},
                code="bad_timing",
            )
        start, end = _seconds(*match.groups()[:4]), _seconds(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("Line %(line)s: a caption must end after it starts.") % {"line": number},
                code="end_before_start",
            )
        cues += 1
    if not cues:
        raise ValidationError(_("This captions file has no captions in it."), code="empty")
