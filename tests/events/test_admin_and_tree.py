"""Editors can only build HomePage → agenda → events and HomePage → kit index → kits, in tabs."""

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.factories import EventIndexPageFactory, PartnerKitIndexPageFactory
from events.models import EventIndexPage, EventPage, PartnerKitIndexPage, PartnerKitPage
from fiches.models import FicheIndexPage
from home.factories import build_bilingual_site
from home.models import HomePage, StandardPage


class EventAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home, _dutch = build_bilingual_site()
        self.agenda = EventIndexPageFactory(parent=self.home)
        self.kits = PartnerKitIndexPageFactory(parent=self.home)
        self.login()

    def test_the_agenda_and_kit_index_hang_from_the_home_page_only(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(PartnerKitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(PartnerKitIndexPage, {PartnerKitPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(PartnerKitPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, EventPage)
        self.assertCanNotCreateAt(PartnerKitIndexPage, EventPage)
        self.assertCanNotCreateAt(EventIndexPage, PartnerKitPage)
        self.assertCanNotCreateAt(FicheIndexPage, EventPage)
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanCreateAt(PartnerKitIndexPage, PartnerKitPage)

    def test_only_one_agenda_per_home_page(self):
        self.assertFalse(EventIndexPage.can_create_at(self.home))
        self.assertFalse(PartnerKitIndexPage.can_create_at(self.home))

    def test_a_journalist_creates_an_event_through_the_admin_form(self):
        self.assertCanCreate(
            self.agenda,
            EventPage,
            nested_form_data(
                {
                    "title": "Séance d'information sur les métiers de la petite enfance",
                    "slug": "seance-petite-enfance",
                    "kind": "information_session",
                    "audience": "career_changers",
                    "introduction": "Une heure pour tout savoir sur les formations.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Programme", "level": "h2"}),
                            ("paragraph", rich_text("<p>Présentation puis questions.</p>")),
                        ]
                    ),
                    "status": "scheduled",
                    "start": "2027-02-10 19:00",
                    "end": "2027-02-10 20:30",
                    "attendance_mode": "online",
                    "online_link": "https://visio.example.org/petite-enfance",
                    "organiser_name": "Agence pour les métiers du lien",
                    "organiser_website": "https://www.example.org/",
                    "registration_open": "on",
                    "capacity": "150",
                    "registration_deadline": "2027-02-10 12:00",
                }
            ),
        )
        event = EventPage.objects.get(slug="seance-petite-enfance")
        self.assertEqual(event.capacity, 150)
        self.assertTrue(event.registration_open)
        self.assertEqual(event.local_start.hour, 19)
        self.assertEqual(event.body[0].value["text"], "Programme")

    def test_a_journalist_creates_a_partner_kit_through_the_admin_form(self):
        self.assertCanCreate(
            self.kits,
            PartnerKitPage,
            nested_form_data(
                {
                    "title": "Kit de la semaine pour l'enfance",
                    "slug": "kit-semaine-enfance",
                    "introduction": "Affiches et textes pour annoncer la semaine.",
                    "intended_partners": "Écoles et centres sociaux.",
                    "usage_terms": "Diffusion libre.",
                    "credits": "Graphisme : Atelier Lien.",
                    "assets": streamfield(
                        [
                            (
                                "post",
                                {
                                    "title": "Pour Facebook",
                                    "text": "Les métiers de la protection de l'enfance recrutent.",
                                    "hashtags": "#SemainePourLEnfance #ProtectionDeLEnfance",
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        kit = PartnerKitPage.objects.get(slug="kit-semaine-enfance")
        self.assertEqual(kit.assets[0].value["hashtags"], "#SemainePourLEnfance #ProtectionDeLEnfance")

    def test_the_event_editor_has_content_practical_registration_and_promote_tabs(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:add", args=("events", "eventpage", self.agenda.pk))
        )

        html = response.content.decode()
        for tab in ("Contenu", "Infos pratiques", "Inscriptions", "Promotion"):
            self.assertIn(tab, html)
        self.assertIn("Date et heure, heure de Bruxelles. Doit être après le début.", html)
