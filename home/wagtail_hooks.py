from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Campaign, FooterText, Region, Sector

# Wagtail adds a language filter to the listing of every translatable snippet.


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    list_export = ["name", "slug", "locale", "description"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "country", "slug", "locale"]
    list_filter = ["country"]
    list_export = ["name", "country", "slug", "locale"]
    search_fields = ["name"]


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "calendar-alt"
    list_display = ["name", "kind", "start_date", "end_date", "locale"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "start_date", "end_date", "locale", "description"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = [CampaignViewSet, SectorViewSet, RegionViewSet]
    menu_icon = "tag"
    menu_label = _("Campaigns and taxonomy")
    menu_name = "taxonomy"


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


register_snippet(TaxonomyViewSetGroup)
register_snippet(FooterTextViewSet)
