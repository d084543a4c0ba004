"""Factories for the agenda, events, the kit index and partner kits (tests and benchmarks)."""

import datetime

import factory
import wagtail_factories

from django.utils import timezone
from django.utils.text import slugify

from events.models import EventIndexPage, EventPage, PartnerKitIndexPage, PartnerKitPage
from events.models.event_pages import BRUSSELS


def days_from_now(days, hour=10):
    """An aware date-time `days` from today at `hour` o'clock, Brussels time."""
    date = timezone.localdate(timezone=BRUSSELS) + datetime.timedelta(days=days)
    return datetime.datetime.combine(date, datetime.time(hour), tzinfo=BRUSSELS)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    introduction = "Journées portes ouvertes, séances d'information et expositions près de chez vous."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Journée portes ouvertes à la crèche Les Petits Pas {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    kind = EventPage.Kind.OPEN_DAY
    introduction = "Venez découvrir le quotidien des puéricultrices et poser vos questions."
    start = factory.Sequence(lambda n: days_from_now(10 + n % 60, hour=9))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=7))
    attendance_mode = EventPage.AttendanceMode.IN_PERSON
    venue_name = "Crèche Les Petits Pas"
    venue_street = "Rue Haute 12"
    venue_postal_code = "1000"
    venue_city = "Bruxelles"
    organiser_name = "ASBL Les Petits Pas"
    organiser_website = "https://lespetitspas.example.org/"
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Visite des sections, rencontre avec l'équipe et café d'accueil.</p>")]
    )

    class Meta:
        model = EventPage

    class Params:
        online = factory.Trait(
            attendance_mode=EventPage.AttendanceMode.ONLINE,
            venue_name="",
            venue_street="",
            venue_postal_code="",
            venue_city="",
            online_link="https://visio.example.org/seance-info",
        )


class PartnerKitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kits pour les partenaires"
    slug = "kits"
    introduction = "Affiches, visuels et textes prêts à publier pour relayer la campagne."

    class Meta:
        model = PartnerKitIndexPage


class PartnerKitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kit de campagne {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    introduction = "Tout ce qu'il faut pour annoncer vos portes ouvertes."
    intended_partners = "Écoles, agences pour l'emploi, maisons de repos et crèches."
    usage_terms = "Libre de diffusion pour promouvoir la campagne, sans modification du message."
    credits = "Photos : Léa Martin. Graphisme : Atelier Lien."
    assets = factory.LazyFunction(
        lambda: [
            (
                "post",
                {
                    "title": "Publication pour Facebook",
                    "text": "Cette semaine, poussez la porte d'une crèche près de chez vous.",
                    "hashtags": "#JaimeMonMetier #PetiteEnfance",
                },
            )
        ]
    )

    class Meta:
        model = PartnerKitPage
