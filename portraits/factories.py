"""Factories for portraits: pages, their media and captions (tests, benchmarks, demo scale)."""

from pathlib import Path

import factory
import wagtail_factories

from django.utils import timezone
from django.utils.text import slugify

from wagtailmedia.models import get_media_model

from portraits.models import PortraitCaptionTrack, PortraitIndexPage, PortraitPage

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"


class PortraitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Portraits"
    slug = "portraits"
    introduction = "Ils soignent, éduquent et accompagnent : ils racontent pourquoi ils aiment leur métier."

    class Meta:
        model = PortraitIndexPage


class MediaFactory(factory.django.DjangoModelFactory):
    """An audio recording from the demo files; `type="video"` with a video file for a video."""

    title = factory.Sequence(lambda n: f"Épisode {n}")
    type = "audio"
    file = factory.django.FileField(from_path=DEMO_MEDIA / "episode-domicile.mp3")

    class Meta:
        model = get_media_model()

    class Params:
        video = factory.Trait(
            type="video",
            title=factory.Sequence(lambda n: f"Vidéo {n}"),
            file=factory.django.FileField(from_path=DEMO_MEDIA / "video-soins.mp4"),
        )


class PortraitPageFactory(wagtail_factories.PageFactory):
    """A written portrait; `video=True` or `podcast=True` for the other formats. Pass `fiche`."""

    title = factory.Sequence(lambda n: f"Prendre soin des autres, tout simplement ({n})")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    first_published_at = factory.LazyFunction(timezone.now)
    first_name = factory.Iterator(["Nadia", "Karim", "Sophie", "Julien", "Fatou", "Léa"])
    job_title = "Infirmière à domicile"
    photo = factory.SubFactory(wagtail_factories.ImageFactory)
    photo_alt_text = "Nadia sourit, sa sacoche de soins à l'épaule, devant une porte d'immeuble."
    quote = "Chaque visite compte : je suis parfois la seule personne que mes patients voient de la journée."
    introduction = "Depuis huit ans, Nadia soigne à domicile dans les quartiers est de Bruxelles."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Une journée sur la route", "level": "h2"}),
            ("paragraph", "<p>Elle commence à sept heures et enchaîne une quinzaine de visites.</p>"),
        ]
    )
    consent_signed_on = factory.LazyFunction(lambda: timezone.localdate() - timezone.timedelta(days=30))
    consent_website = True
    consent_social_networks = True

    class Meta:
        model = PortraitPage

    class Params:
        video = factory.Trait(
            media=factory.SubFactory(MediaFactory, video=True),
            transcript="Le matin, je passe dans chaque chambre pour dire bonjour.",
        )
        podcast = factory.Trait(
            media=factory.SubFactory(MediaFactory),
            transcript="Bonjour, je m'appelle Martine et je suis aide familiale depuis vingt ans.",
        )


class PortraitCaptionTrackFactory(factory.django.DjangoModelFactory):
    language = "fr"
    file = factory.django.FileField(from_path=DEMO_MEDIA / "video-soins.fr.vtt")

    class Meta:
        model = PortraitCaptionTrack
