"""wagtailmedia's upload form, checking that the file is the kind of media it claims to be."""

from django import forms

from wagtailmedia.forms import BaseMediaForm

from portraits.media import media_type_error, read_media_facts


class MediaForm(BaseMediaForm):
    """wagtailmedia's upload form, refusing a file that is not the kind it claims to be.

    Enabled with `WAGTAILMEDIA["MEDIA_FORM_BASE"] = "portraits.media_upload.MediaForm"`. The duration
    is not typed: it is read from the file when the media is saved.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("duration", None)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "seek"):
            error = media_type_error(self.instance.type, read_media_facts(upload))
            if error:
                raise forms.ValidationError(error)
        return upload
