"""The body StreamBlock shared by every page type, and its blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


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


class BodyBlock(blocks.StreamBlock):
    """The body of every page type."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()

    class Meta:
        label = _("Body")
