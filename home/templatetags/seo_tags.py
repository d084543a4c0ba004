"""`{% seo_head %}`: title, description, canonical, robots, Open Graph, Twitter card, hreflang."""

from django import template

from home.seo import seo_head as build_seo_head

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    """The page's SeoHead (see home/seo.py), e.g. `{% seo_head as seo %}`."""
    return build_seo_head(context)
