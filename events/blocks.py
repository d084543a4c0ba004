"""The downloadable assets of a partner kit: posters, visuals, videos, audio, texts, logos.

Each asset knows its title, its format (PDF, PNG, MP4…) and its file size, read from the file.
"""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock


def file_format(field_file):
    """The file's extension in capitals, e.g. "PDF"."""
    if not field_file:
        return ""
    return os.path.splitext(field_file.name)[1].lstrip(".").upper()


def file_size(field_file, stored=None):
    """The size in bytes: the stored value when the library keeps one, else read from the file."""
    if stored:
        return stored
    if not field_file:
        return None
    try:
        return field_file.size
    except (OSError, ValueError):
        return None


class AssetValue(blocks.StructValue):
    """What every asset shows: its format, its size and where to download it."""

    file_attribute = None

    @property
    def asset(self):
        return self.get(self.file_attribute)

    @property
    def file(self):
        return getattr(self.asset, "file", None)

    @property
    def file_format(self):
        return file_format(self.file)

    @property
    def file_size(self):
        return file_size(self.file, getattr(self.asset, "file_size", None))

    @property
    def download_url(self):
        return self.file.url if self.file else ""

    @property
    def detail(self):
        return ""


class DocumentAssetValue(AssetValue):
    file_attribute = "document"

    @property
    def detail(self):
        return self.get("description") or ""

    @property
    def download_url(self):
        return self.asset.url if self.asset else ""


class ImageAssetValue(AssetValue):
    file_attribute = "image"

    @property
    def dimensions(self):
        return f"{self.asset.width} × {self.asset.height}" if self.asset else ""

    @property
    def shape(self):
        """Square, story or banner, from the image's proportions."""
        image = self.asset
        if not image or not image.height:
            return ""
        ratio = image.width / image.height
        if 0.9 <= ratio <= 1.1:
            return _("Square")
        if ratio < 0.7:
            return _("Story")
        if ratio >= 2:
            return _("Banner")
        return _("Landscape") if ratio > 1 else _("Vertical")

    @property
    def detail(self):
        return f"{self.shape} · {self.dimensions}" if self.asset else ""


class LogoValue(ImageAssetValue):
    @property
    def detail(self):
        return self.dimensions


class MediaAssetValue(AssetValue):
    file_attribute = "media"

    @property
    def thumbnail_url(self):
        thumbnail = getattr(self.asset, "thumbnail", None)
        return thumbnail.url if thumbnail else ""

    @property
    def detail(self):
        """The duration as minutes:seconds, when the library knows it."""
        seconds = round(getattr(self.asset, "duration", 0) or 0)
        return f"{seconds // 60}:{seconds % 60:02d}" if seconds else ""


class PostTextValue(blocks.StructValue):
    @property
    def file_format(self):
        return _("Text")

    @property
    def character_count(self):
        return len(self.get("text") or "") + len(self.get("hashtags") or "") + 1


class PosterBlock(blocks.StructBlock):
    """A poster or flyer to print, as a document (usually a PDF)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    document = DocumentChooserBlock(label=_("File"), help_text=_("The file to print, preferably a PDF."))
    preview = ImageChooserBlock(
        label=_("Preview"),
        required=False,
        help_text=_("A picture of the poster, shown as a thumbnail."),
    )
    description = blocks.CharBlock(
        label=_("Details"), required=False, max_length=200, help_text=_("E.g. “A3, to print in colour”.")
    )

    class Meta:
        icon = "doc-full"
        template = "events/blocks/poster_block.html"
        label = _("Poster or print")
        description = _("A poster, a flyer or a leaflet to print, as a PDF.")
        value_class = DocumentAssetValue


class VisualBlock(blocks.StructBlock):
    """An image for social networks: square post, story or banner."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_(
            "Square (1080 × 1080), story (1080 × 1920) or banner (1500 × 500). The format is read from the image."  # noqa: E501
        ),
    )

    class Meta:
        icon = "image"
        template = "events/blocks/visual_block.html"
        label = _("Visual")
        description = _("An image for social networks: square, story or banner.")
        value_class = ImageAssetValue


class LogoBlock(blocks.StructBlock):
    """The campaign's or a partner's logo."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    image = ImageChooserBlock(
        label=_("Logo"), help_text=_("A PNG with a transparent background if possible.")
    )

    class Meta:
        icon = "pick"
        template = "events/blocks/logo_block.html"
        label = _("Logo")
        description = _("A logo that partners put on their own material.")
        value_class = LogoValue


class VideoAssetBlock(blocks.StructBlock):
    """A video partners can download and post."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    media = VideoChooserBlock(label=_("Video"))

    class Meta:
        icon = "media"
        template = "events/blocks/media_asset_block.html"
        label = _("Video")
        description = _("A film or a short video from the media library.")
        value_class = MediaAssetValue


class AudioAssetBlock(blocks.StructBlock):
    """A radio spot or a podcast extract."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    media = AudioChooserBlock(label=_("Audio"))

    class Meta:
        icon = "media"
        template = "events/blocks/media_asset_block.html"
        label = _("Audio")
        description = _("A radio spot or a sound extract from the media library.")
        value_class = MediaAssetValue


class PostTextBlock(blocks.StructBlock):
    """A text partners copy and paste on their social networks, with suggested hashtags."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_("E.g. “Post for Facebook”."))
    text = blocks.TextBlock(label=_("Text"), max_length=2000)
    hashtags = blocks.CharBlock(
        label=_("Suggested hashtags"),
        required=False,
        max_length=200,
        help_text=_("Separated by spaces, each starting with #, e.g. “#JaimeMonMetier #MetiersDuSoin”."),
    )

    class Meta:
        icon = "openquote"
        template = "events/blocks/post_text_block.html"
        label = _("Ready-to-post text")
        description = _("A text to copy and paste on social networks, with hashtags.")
        value_class = PostTextValue
        preview_value = {
            "title": "Publication pour Facebook",
            "text": "Cette semaine, les crèches de notre commune ouvrent leurs portes.",
            "hashtags": "#JaimeMonMetier #PetiteEnfance",
        }

    def clean(self, value):
        value = super().clean(value)
        hashtags = (value.get("hashtags") or "").split()
        if any(not tag.startswith("#") or len(tag) < 2 for tag in hashtags):
            raise StructBlockValidationError(
                block_errors={
                    "hashtags": ValidationError(
                        _("Each hashtag starts with # and is separated from the next by a space.")
                    )
                }
            )
        return value


class KitAssetsBlock(blocks.StreamBlock):
    """The files of a kit, in any order: the page groups them by kind."""

    poster = PosterBlock()
    visual = VisualBlock()
    video = VideoAssetBlock()
    audio = AudioAssetBlock()
    post = PostTextBlock()
    logo = LogoBlock()

    class Meta:
        label = _("Assets")
