"""The body StreamBlock shared by every page type, and its blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 so that the page outline stays correct."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that opens a section of the page.")
        preview_value = {"text": "Un métier qui a du sens", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with bold, italic, links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text: bold, italic, links and lists.")
        preview_value = "<p>Chaque matin, je retrouve des enfants qui comptent sur moi.</p>"


class QuoteBlock(blocks.StructBlock):
    """A quotation set apart from the text, with who said it."""

    text = blocks.TextBlock(label=_("Quotation"), max_length=500)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation set apart from the text.")
        preview_value = {
            "text": "On ne soigne pas une maladie, on accompagne une personne.",
            "attribution": "Nadia, infirmière",
        }


class CaptionedImageBlock(blocks.StructBlock):
    """A photo with its alternative text, an optional caption and the photographer's credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("The photographer or the rights holder, e.g. “Photo: Léa Martin”."),
    )

    class Meta:
        icon = "image"
        template = "home/blocks/captioned_image_block.html"
        label = _("Image")
        description = _("A photo with its alternative text, caption and credit.")


class GalleryBlock(blocks.StructBlock):
    """A set of photos shown as a grid, such as a travelling photo exhibition."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("Images"), min_num=2, max_num=24)

    class Meta:
        icon = "image"
        template = "home/blocks/gallery_block.html"
        label = _("Gallery")
        description = _("Two photos or more shown as a grid.")


class VideoBlock(blocks.StructBlock):
    """A video from the media library, with its transcript for those who cannot watch or hear it."""

    video = VideoChooserBlock(label=_("Video"))
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_("Everything that is said and shown, for people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        template = "home/blocks/video_block.html"
        label = _("Video")
        description = _("A video from the media library, with its transcript.")


class AudioBlock(blocks.StructBlock):
    """An audio file from the media library, with its transcript."""

    audio = AudioChooserBlock(label=_("Audio"))
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_("Everything that is said, for people who cannot hear the recording."),
    )

    class Meta:
        icon = "media"
        template = "home/blocks/audio_block.html"
        label = _("Audio")
        description = _("A sound recording from the media library, with its transcript.")


class EmbedBlock(blocks.StructBlock):
    """Content from another site (a video platform, a map) shown in the page."""

    embed = WagtailEmbedBlock(label=_("Address"), help_text=_("The address of the video or the post."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "code"
        template = "home/blocks/embed_block.html"
        label = _("Embed")
        description = _("A video or a post from another site, by its address.")


class CallToActionBlock(blocks.StructBlock):
    """A boxed invitation with one button: register for an open day, download the kit…"""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page of the site"), required=False)
    url = blocks.URLBlock(label=_("Or an address on another site"), required=False)

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A box with a title, a sentence and one button.")
        preview_value = {
            "title": "Envie d'essayer ?",
            "text": "Poussez la porte d'une crèche pendant la semaine des métiers.",
            "button_label": "Voir l'agenda",
            "url": "https://example.org/agenda/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page of the site or an address on another site, not both.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "url": ValidationError(message),
                }
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The body of every page type."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    audio = AudioBlock()
    embed = EmbedBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
