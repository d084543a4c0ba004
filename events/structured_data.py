"""schema.org JSON-LD for event pages, serialised so that it cannot break out of its <script>."""

import json

from django.utils.safestring import mark_safe

# The characters that could close the <script> element or open an HTML comment inside it.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003C", ">": "\\u003E", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def to_json_ld(data):
    """The data as JSON, safe to place inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=None).translate(_SCRIPT_SAFE))  # noqa: S308


def absolute(request, url):
    if not url:
        return None
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)
