"""`{% cachedfragment %}`: a part of a template rendered once per content version.

    {% load fragment_tags %}
    {% cachedfragment "portrait-main" page %} … {% endcachedfragment %}

The HTML is kept in the shared cache (`home.caching.cached`) under the name, the values given
(pages and other models by id), the host the visitor asked for and the active language: any
change to a page, a snippet or an image renders it again on the next request, and a preview is
never cached. A value that is None renders the fragment without the cache (e.g. a listing for
filter values that name nothing: made-up query strings must not fill the cache). Only for HTML
that depends on nothing else: not upcoming events (they change with time), not forms with a CSRF
token (it is the visitor's), not the user bar.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.caching import cached

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        parts = [request.get_host(), get_language()]
        for part in self.parts:
            value = part.resolve(context)
            if value is None:
                return self.nodelist.render(context)
            parts.append(getattr(value, "pk", value))
        return mark_safe(
            cached(
                request,
                f"fragment:{self.name.resolve(context)}",
                parts,
                lambda: self.nodelist.render(context),
            )
        )


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('cachedfragment needs a name: {% cachedfragment "name" page %}')
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
