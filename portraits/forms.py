"""The admin form of a portrait: choices in the page's language, captions checked with the video."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class PortraitPageForm(WagtailAdminPageForm):
    """Offers only the sectors, regions and campaigns of the page's language, and requires
    captions for a video, one file per language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in ("sectors", "region", "campaigns"):
            field = self.fields.get(name)
            if field is not None and locale_id is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)
        for name in ("sectors", "campaigns"):
            if name in self.fields:
                self.fields[name].widget = forms.CheckboxSelectMultiple(choices=self.fields[name].choices)

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("caption_tracks")
        if formset is None or not formset.is_valid():
            return cleaned_data
        languages = [
            form.cleaned_data["language"]
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("file")
        ]
        media = cleaned_data.get("media")
        if len(set(languages)) != len(languages):
            self.add_error("media", _("Two captions files are in the same language: keep one per language."))
        if media is not None and media.type == "video" and not languages:
            self.add_error("media", _("A video needs captions: add a WebVTT file in the Media tab."))
        if languages and (media is None or media.type != "video"):
            self.add_error("media", _("Captions files go with a video: choose a video or remove them."))
        return cleaned_data
