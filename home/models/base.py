"""The abstract page every Vocations page type extends, made of small mixins."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.fields import SynchronizedField


class SocialSharingMixin(models.Model):
    """The image shown when the page is shared on social networks."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks. At least 1200 × 630 pixels."),
    )

    seo_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Search engines and social networks"),
        ),
    ]

    class Meta:
        abstract = True


class ListingTeaserMixin(models.Model):
    """How the page looks in listings and cards, when that differs from the page itself."""

    listing_title = models.CharField(
        _("title in listings"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )
    listing_summary = models.TextField(
        _("summary in listings"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown on cards. Leave empty to use the search description."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image in listings"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the page's main image."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings and cards"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def teaser_title(self):
        return self.listing_title or self.title

    @property
    def teaser_summary(self):
        return self.listing_summary or self.search_description


class BasePage(SocialSharingMixin, ListingTeaserMixin, Page):
    """Shared fields, panels and translation policy of every page type."""

    show_in_menus_default = False

    promote_panels = SocialSharingMixin.seo_panels + ListingTeaserMixin.listing_panels

    # wagtail-localize: text is translated; the slug, images and media are synchronised from
    # the French source, and a translator may override them (a Dutch poster, a Dutch slug).
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Serving a page checks its restrictions and its ancestors' (two queries); the cache knows
        # the few restricted pages, so a page outside them needs no query.
        from home.caching import may_have_view_restrictions

        if not may_have_view_restrictions(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
