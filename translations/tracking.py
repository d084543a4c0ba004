"""Out-of-date tracking: a French page or snippet published with changes marks its translations.

The French content as the translation last saw it is wagtail-localize's TranslationSource (it is
updated when a translation starts, or when somebody syncs it: "Sync translated pages"). The
segments of the newly published French are compared with the source's: the ones that differ are
recorded on an OutOfDateTranslation, with the date, for each existing translation. Publishing the
translation clears the mark once its source matches the published French and every segment is
translated. Nothing here writes to a translation: only the translator's own action does.
"""

from collections import defaultdict

from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import TranslatableMixin
from wagtail.signals import page_published
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translations.models import OutOfDateTranslation


def segments_of_instance(instance):
    """[(path, text)] of the translatable strings of an instance as it is now."""
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def segments_of_source(source):
    """[(path, text)] of the strings of a TranslationSource, in order."""
    return list(
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .values_list("context__path", "string__data")
    )


def changed_segments(before, after):
    """The segments that differ, per field path: [{"path", "before", "after"}], in `after`'s order."""
    texts_before, texts_after = defaultdict(list), defaultdict(list)
    for path, text in before:
        texts_before[path].append(text)
    for path, text in after:
        texts_after[path].append(text)
    paths = list(dict.fromkeys([path for path, _text in after] + [path for path, _text in before]))
    changes = []
    for path in paths:
        old, new = texts_before.get(path, []), texts_after.get(path, [])
        if old == new:
            continue
        changes.append(
            {
                "path": path,
                "before": "\n".join(text for text in old if text not in new),
                "after": "\n".join(text for text in new if text not in old),
            }
        )
    return changes


def source_for(instance):
    return TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()


def mark_translations_out_of_date(instance, when=None):
    """`instance` (a source) was published: mark its existing translations if its text changed.

    Returns the changed segments (empty when nothing a translator works on changed)."""
    source = source_for(instance)
    if source is None:
        return []
    changes = changed_segments(segments_of_source(source), segments_of_instance(instance))
    if not changes:
        return []
    model = type(instance)
    translated_locales = model.objects.filter(translation_key=instance.translation_key).exclude(
        locale_id=instance.locale_id
    )
    enabled = Translation.objects.filter(source=source, enabled=True).values_list(
        "target_locale_id", flat=True
    )
    for locale_id in translated_locales.filter(locale_id__in=enabled).values_list("locale_id", flat=True):
        marker, created = OutOfDateTranslation.objects.get_or_create(
            object_id=instance.translation_key,
            locale_id=locale_id,
            defaults={"since": when or timezone.now(), "changed_segments": changes},
        )
        if not created:
            marker.changed_segments = changes
            marker.save(update_fields=["changed_segments"])
    return changes


def clear_if_up_to_date(instance):
    """`instance` (a translation) was published: clear its mark if it now matches its source."""
    marker = OutOfDateTranslation.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if marker is None:
        return False
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return False
    source = translation.source
    try:
        french = source.get_source_instance()
    except type(instance).DoesNotExist:
        return False
    if changed_segments(segments_of_source(source), segments_of_instance(french)):
        return False  # the translation was not synced with the published French yet
    total, translated = translation.get_progress()
    if translated < total:
        return False
    marker.delete()
    return True


def instance_published(instance):
    if not isinstance(instance, TranslatableMixin) or not instance.translation_key:
        return
    if source_for(instance) is not None:
        mark_translations_out_of_date(instance)
    else:
        clear_if_up_to_date(instance)


def on_page_published(sender, instance, **kwargs):
    instance_published(instance)


def on_snippet_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        instance_published(instance)


def tracked_snippet_models():
    from home.models import Campaign, FooterText, Region, Sector

    return [Sector, Region, Campaign, FooterText]


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="translations_page_published")
    for model in tracked_snippet_models():
        post_save.connect(on_snippet_saved, sender=model, dispatch_uid=f"translations_saved_{model.__name__}")


def sync_with_french_draft(page, when=None):
    """Let translators work ahead: update the page's TranslationSource from its latest (unpublished)
    revision, so that the translation editor shows the new French segments.

    The live translations now lag behind what they will be translated from: they are marked out of
    date with the changed segments at once (publishing the French later compares it with the
    updated source and would not see the change any more). Returns the changed segments."""
    source = source_for(page)
    if source is None:
        return []
    before = segments_of_source(source)
    draft = page.get_latest_revision_as_object()
    source, _created = TranslationSource.update_or_create_from_instance(draft)
    changes = changed_segments(before, segments_of_source(source))
    if not changes:
        return []
    model = type(page)
    translated = model.objects.filter(translation_key=page.translation_key).exclude(locale_id=page.locale_id)
    for locale_id in translated.values_list("locale_id", flat=True):
        marker, created = OutOfDateTranslation.objects.get_or_create(
            object_id=page.translation_key,
            locale_id=locale_id,
            defaults={"since": when or timezone.now(), "changed_segments": changes},
        )
        if not created:
            known = {change["path"] for change in changes}
            marker.changed_segments = changes + [
                change for change in marker.changed_segments if change["path"] not in known
            ]
            marker.save(update_fields=["changed_segments"])
    return changes
