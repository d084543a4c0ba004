from django import template
from django.utils.translation import get_language

from home import navigation
from home.caching import cached
from home.models import FooterText

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    return navigation.main_menu(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    return navigation.language_links(context["request"], page)


@register.simple_tag(takes_context=True)
def localized_home(context):
    return navigation.localized_home(context["request"])


@register.simple_tag(takes_context=True)
def footer_text(context):
    return cached(context.get("request"), "footer", (get_language(),), FooterText.for_active_locale)
