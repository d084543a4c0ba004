"""Rebuild the search vocabulary when a sheet, a synonym or a promoted result changes."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from search import vocabulary


def _invalidate(sender, **kwargs):
    vocabulary.invalidate()


def connect():
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from fiches.models import FichePage
    from search.models import Synonym

    for model in (Synonym, SearchPromotion, Query):
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"search-vocabulary-save-{model.__name__}")
        post_delete.connect(
            _invalidate, sender=model, dispatch_uid=f"search-vocabulary-delete-{model.__name__}"
        )
    page_published.connect(_invalidate, sender=FichePage, dispatch_uid="search-vocabulary-published")
    page_unpublished.connect(_invalidate, sender=FichePage, dispatch_uid="search-vocabulary-unpublished")
    post_delete.connect(_invalidate, sender=FichePage, dispatch_uid="search-vocabulary-sheet-deleted")
