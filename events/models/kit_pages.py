"""Partner kits: the posters, visuals, videos and texts that partner organisations download."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.search import index

from events.blocks import KitAssetsBlock
from home.models import BasePage

from .event_pages import with_card_renditions


@dataclass(frozen=True)
class AssetGroup:
    slug: str
    heading: str
    assets: list


# The order and the headings of the kit page's sections: (slug, heading, block types).
ASSET_GROUPS = [
    ("print", _("Posters and print"), ("poster",)),
    ("visuals", _("Visuals for social networks"), ("visual",)),
    ("video-audio", _("Videos and audio"), ("video", "audio")),
    ("posts", _("Ready-to-post texts"), ("post",)),
    ("logos", _("Logos"), ("logo",)),
]


class PartnerKitIndexPage(BasePage):
    """The list of campaign kits that partner organisations download."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.PartnerKitPage"]
    max_count_per_parent = 1

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("Who the kits are for and how partners may use them."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        verbose_name = _("partner kit index")
        verbose_name_plural = _("partner kit indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kits"] = self.kits()
        return context

    def kits(self):
        """The live kits of this language, newest first."""
        return with_card_renditions(
            PartnerKitPage.objects.live()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("campaign")
            .order_by("-first_published_at", "-pk"),
            "listing_image",
        )


class PartnerKitPage(BasePage):
    """A campaign kit: posters, visuals, videos and ready-to-post texts."""

    parent_page_types = ["events.PartnerKitIndexPage"]
    subpage_types = []

    campaign = models.ForeignKey(
        "home.Campaign",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_kits",
        help_text=_("The campaign wave this kit relays."),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("What the kit contains and what it is for, in two or three sentences."),
    )
    intended_partners = models.TextField(
        _("intended partners"),
        max_length=600,
        blank=True,
        help_text=_("Who should use this kit, e.g. schools, job centres, care homes, nurseries."),
    )
    usage_terms = models.TextField(
        _("terms of use"),
        max_length=1500,
        blank=True,
        help_text=_("What partners may and may not do with the files: edit them, print them, until when."),
    )
    credits = models.TextField(
        _("credits"),
        max_length=600,
        blank=True,
        help_text=_("Photographers, designers and rights holders to mention."),
    )
    assets = StreamField(
        KitAssetsBlock(),
        verbose_name=_("assets"),
        blank=True,
        help_text=_("Add the files in any order: the page groups them by kind (posters, visuals, videos…)."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("campaign"),
        FieldPanel("introduction"),
        FieldPanel("intended_partners"),
        FieldPanel("assets"),
    ]
    terms_panels = [
        MultiFieldPanel(
            [FieldPanel("usage_terms"), FieldPanel("credits")], heading=_("Terms of use and credits")
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(terms_panels, heading=_("Terms and credits")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("intended_partners"),
        index.FilterField("locale_id"),
        index.FilterField("campaign"),
    ]

    class Meta:
        verbose_name = _("partner kit")
        verbose_name_plural = _("partner kits")

    @property
    def card_summary(self):
        return self.listing_summary or self.introduction or self.search_description

    @property
    def asset_count(self):
        return len(self.assets)

    @property
    def asset_groups(self):
        """The assets grouped by kind, in a fixed order; empty groups are left out."""
        groups = []
        for slug, heading, block_types in ASSET_GROUPS:
            assets = [block for block in self.assets if block.block_type in block_types]
            if assets:
                groups.append(AssetGroup(slug, heading, assets))
        return groups
