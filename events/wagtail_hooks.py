"""Admin hooks for events: the “Calendrier de campagne” view and its menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from events.views import CampaignCalendarView


@hooks.register("register_admin_urls")
def register_campaign_calendar_url():
    return [path("campaign-calendar/", CampaignCalendarView.as_view(), name="events_campaign_calendar")]


@hooks.register("register_admin_menu_item")
def register_campaign_calendar_menu_item():
    return MenuItem(_("Campaign calendar"), reverse("events_campaign_calendar"), icon_name="date", order=250)
