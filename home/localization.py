"""Create Dutch translations through wagtail-localize from a French → Dutch glossary.

The demo content and the tests use this to make real wagtail-localize translations (a
TranslationSource, a Translation and one StringTranslation per segment), exactly what a
translator produces in the translation editor, without going through the browser.
"""

import html

from django.db import transaction

from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def as_plain_text(segment_data):
    """A segment as the editor typed it: wagtail-localize stores line breaks as <br/>."""
    return html.unescape(segment_data.replace("<br/>", "\n"))


class MissingGlossaryEntry(LookupError):
    """A French segment has no Dutch entry in the glossary."""


@transaction.atomic
def translate_from_glossary(instance, locale, glossary, *, publish=True, user=None, strict=True):
    """Translate `instance` into `locale`, each segment taken from `glossary` (French → Dutch).

    Returns the translated instance. With `strict`, a segment missing from the glossary raises
    MissingGlossaryEntry instead of leaving French text in the Dutch version.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        french = segment.string.data
        dutch = glossary.get(french, glossary.get(as_plain_text(french)))
        if dutch is None:
            if strict:
                raise MissingGlossaryEntry(f"No Dutch for {french!r} ({segment.context.path})")
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": html.escape(dutch, quote=False).replace("\n", "<br/>"),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # wagtail-localize defers publishing to transaction.on_commit, which never runs inside a
    # test transaction and publishes stale tree data inside a larger one: publish here instead.
    is_draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=publish and not is_draftable)
    target = translation.get_target_instance()
    if publish and is_draftable:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def save_translation_draft(page, user=None):
    """Write the translator's current segments into a new draft revision of a translated page.

    wagtail-localize's editor stores each segment as it is typed but only renders them into the
    page when somebody publishes; a translation submitted for review must carry them. Its own
    `save_target(publish=False)` would also write them into the live page's row, that is, publish
    them without review: the revision is made from an unsaved translated copy instead. Returns
    the new revision, or None when the page is not a synced translation.
    """
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return None
    translated = translation.source.get_ephemeral_translated_instance(page.locale, fallback=True)
    return translated.save_revision(user=user)
