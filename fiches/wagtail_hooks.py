"""Admin registration for profession sheets: a menu entry listing every sheet, with filters."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from fiches.models import FichePage


class FichePageListingViewSet(PageListingViewSet):
    """All profession sheets in one list, filterable by language, with their shortage flag."""

    model = FichePage
    icon = "doc-full-inverse"
    menu_label = _("Profession sheets")
    menu_order = 150
    add_to_admin_menu = True
    list_filter = ["is_shortage", "is_regulated"]
    name = "fiches"


fiche_listing_viewset = FichePageListingViewSet("fiches")


@hooks.register("register_admin_viewset")
def register_fiche_listing_viewset():
    return fiche_listing_viewset
