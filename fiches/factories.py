"""Factories for the profession sheet pages (tests, benchmarks and the demo loader's scale mode)."""

import datetime

import factory
import wagtail_factories

from django.utils.text import slugify

from fiches.models import FicheIndexPage, FichePage


class FicheIndexPageFactory(wagtail_factories.PageFactory):
    title = "Fiches métiers"
    slug = "metiers"
    introduction = "Ce que font ces professionnels, comment s'y former et ce que le métier rapporte."

    class Meta:
        model = FicheIndexPage


class FichePageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: page.profession_name)
    slug = factory.LazyAttribute(lambda page: slugify(page.profession_name))
    profession_name = factory.Sequence(lambda n: f"Éducateur spécialisé {n}")
    feminine_name = factory.LazyAttribute(
        lambda page: page.profession_name.replace("Éducateur", "Éducatrice")
    )
    other_names = "ES, éduc spé"
    summary = "Il accompagne des enfants, des adolescents ou des adultes en difficulté vers plus d'autonomie."
    missions = (
        "<ul><li>Construire un projet éducatif avec chaque personne</li><li>Animer des activités</li></ul>"
    )
    skills = "<ul><li>Sens de l'écoute</li><li>Patience</li></ul>"
    access_conditions = "<p>Être titulaire du diplôme d'éducateur spécialisé.</p>"
    career_prospects = "<p>Chef de service éducatif après quelques années.</p>"
    working_conditions = "<p>Horaires variables, week-ends possibles en internat.</p>"
    training_paths = factory.LazyFunction(
        lambda: [
            (
                "training_path",
                {
                    "diploma": "Bachelier éducateur spécialisé en accompagnement psycho-éducatif",
                    "level": "Bachelier (CEC 6)",
                    "duration": "3 ans",
                    "kind": "initial",
                    "where": "Hautes écoles en Wallonie et à Bruxelles",
                    "link": "https://www.enseignement.be/",
                },
            )
        ]
    )
    salary_beginner_min = 2450
    salary_beginner_max = 2700
    salary_experienced_min = 3300
    salary_experienced_max = 3900
    salary_source = "Barème IFIC 2025"
    salary_source_date = datetime.date(2025, 1, 1)
    rome_code = "K1207"
    last_reviewed = datetime.date(2026, 9, 15)

    class Meta:
        model = FichePage
