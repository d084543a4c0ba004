"""Helpers for the schema.org JSON-LD of event pages (serialised by the `json_ld` tag)."""


def absolute(request, url):
    if not url:
        return None
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)
