"""schema.org JSON-LD in a page, whatever the editors typed."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The escapes of Django's json_script, and the line separators that some parsers reject: no
# "</script>", "<!--" or "&" can break out of the element.
SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003C", ">": "\\u003E", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> element holding `data`, or nothing without data."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_SAFE)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
