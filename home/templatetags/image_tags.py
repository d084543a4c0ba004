"""`{% responsive_image %}`: a Wagtail image as a <picture> with a srcset in modern formats.

    {% load image_tags %}
    {% responsive_image page.hero_image "fill-960x640" class="hero__image" loading="eager" %}
    {% responsive_image portrait.photo "fill-480x480" alt="" sizes="(min-width: 60em) 25vw, 50vw" %}

The spec is the image's nominal size (a Wagtail resize rule: fill-, width-, max-, min-, height-).
The browser chooses among half, one and one and a half times that size (renditions the image is
too small for are dropped), in WebP, and also AVIF for an `eager` image, with the original format
as the fallback. `width` and `height` are set so that the layout does not jump while images load.

Lazy is the default: images below the fold load when the visitor scrolls to them. The one image at
the top of a page (its hero) says `loading="eager"`, which also gives it `fetchpriority="high"`.
AVIF costs about 0.7 s of encoding a rendition on a small server, once per image and size, so it is
reserved for that one image a page; the others get WebP, which is almost as small.
"""

import re

from django import template
from django.utils.html import format_html, format_html_join

from wagtail.images.models import Filter

register = template.Library()

SCALES = (0.5, 1, 1.5)
EAGER_FORMATS = ("avif", "webp")
LAZY_FORMATS = ("webp",)
MIME_TYPES = {"avif": "image/avif", "webp": "image/webp"}
RESIZE_RULE = re.compile(r"^(fill|width|height|max|min)-(\d+)(?:x(\d+))?((?:-c\d+)?)$")


def scaled_rules(spec):
    """The resize rule at each scale: fill-960x640 → fill-480x320, fill-960x640, fill-1440x960."""
    match = RESIZE_RULE.match(spec)
    if match is None:
        raise template.TemplateSyntaxError(f"responsive_image: {spec!r} is not a resize rule.")
    operation, first, second, crop = match.groups()
    rules = []
    for scale in SCALES:
        size = str(round(int(first) * scale))
        if second:
            size += f"x{round(int(second) * scale)}"
        rules.append(f"{operation}-{size}{crop}")
    return rules


def rendition_specs(spec, loading="lazy"):
    """Every filter spec the tag asks for: prefetch renditions with `filter_spec__in=` these."""
    rules = scaled_rules(spec)
    formats = EAGER_FORMATS if loading == "eager" else LAZY_FORMATS
    return rules + [f"{rule}|format-{name}" for name in formats for rule in rules]


def find_renditions(image, specs):
    """`image.get_renditions(*specs)`, without its cost on every request.

    Wagtail writes renditions found in the cache back to the cache each time, and takes renditions
    missing from a narrower prefetch for new ones (it creates them again): read the cache here,
    and leave Wagtail only what the cache or a complete prefetch do not have.
    """
    prefetched = getattr(image, "_prefetched_objects_cache", {}).get("renditions")
    if prefetched is not None:
        if set(specs) <= {rendition.filter_spec for rendition in prefetched}:
            return image.get_renditions(*specs)
        del image._prefetched_objects_cache["renditions"]
    Rendition = image.get_rendition_model()
    keys = {}
    for spec in specs:
        rendition_filter = Filter(spec=spec)
        keys[Rendition.construct_cache_key(image, rendition_filter.get_cache_key(image), spec)] = spec
    found = Rendition.cache_backend.get_many(list(keys))
    if len(found) < len(keys):
        return image.get_renditions(*specs)
    renditions = {}
    for key, rendition in found.items():
        rendition.image = image
        renditions[keys[key]] = rendition
    return renditions


def _srcset(renditions):
    return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions)


@register.simple_tag
def responsive_image(image, spec, sizes=None, loading="lazy", **attributes):
    """A <picture> of `image` at `spec`; other keyword arguments become attributes of the <img>."""
    if not image:
        return ""
    rules = scaled_rules(spec)
    formats = EAGER_FORMATS if loading == "eager" else LAZY_FORMATS
    specs = rendition_specs(spec, loading)
    renditions = find_renditions(image, specs)

    def in_format(name):
        return distinct(renditions[f"{rule}|format-{name}"] for rule in rules)

    def distinct(chosen):
        # A small original gives the same rendition at several scales: keep one of each width.
        seen, kept = set(), []
        for rendition in chosen:
            if rendition.width not in seen:
                seen.add(rendition.width)
                kept.append(rendition)
        return kept

    fallback = distinct(renditions[rule] for rule in rules)
    nominal = renditions[rules[1]]
    sizes = sizes or f"(max-width: {nominal.width}px) 100vw, {nominal.width}px"
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        ((MIME_TYPES[name], _srcset(in_format(name)), sizes) for name in formats),
    )
    attributes.setdefault("alt", image.default_alt_text)
    if loading == "eager":
        attributes.setdefault("fetchpriority", "high")
    else:
        attributes.setdefault("decoding", "async")
    attributes["loading"] = loading
    extra = format_html_join("", ' {}="{}"', sorted(attributes.items()))
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}"{}></picture>',
        sources,
        nominal.url,
        _srcset(fallback),
        sizes,
        nominal.width,
        nominal.height,
        extra,
    )
