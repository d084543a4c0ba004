"""Show the linked profession sheet and snippets in the language of the page being read."""

from django.db.models import Subquery

from wagtail.models import Page


def localized_snippets(items, locale_id):
    """`items` in the language `locale_id`, in one query; an item not yet translated stays as is."""
    items = list(items)
    if all(item.locale_id == locale_id for item in items):
        return items
    model = type(items[0])
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            locale_id=locale_id, translation_key__in=[item.translation_key for item in items]
        )
    }
    return [translations.get(item.translation_key, item) for item in items]


def localized_fiche(portrait):
    """The live profession sheet of the portrait, in the portrait's language when translated."""
    fiche_model = portrait._meta.get_field("fiche").related_model
    source_key = Page.objects.filter(pk=portrait.fiche_id).values("translation_key")[:1]
    candidates = fiche_model.objects.live().filter(translation_key=Subquery(source_key))
    by_locale = {fiche.locale_id: fiche for fiche in candidates}
    return by_locale.get(portrait.locale_id) or next(
        (fiche for fiche in by_locale.values() if fiche.pk == portrait.fiche_id), None
    )
