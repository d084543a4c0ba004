"""Each sheet carries schema.org JSON-LD (an Occupation) that search engines understand."""

import json
import re

import pytest

from fiches.factories import FichePageFactory

pytestmark = pytest.mark.django_db

ESCO = "http://data.europa.eu/esco/occupation/0a3a8d6b-49f5-4e4e-9c6a-1b2c3d4e5f60"


def json_ld(response):
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_sheet_json_ld_is_an_occupation_with_salary_codes_training_and_skills(client, fiche_indexes):
    FichePageFactory(parent=fiche_indexes.fr, profession_name="Infirmier", esco_uri=ESCO)

    data = json_ld(client.get("/fr/metiers/infirmier/"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Occupation"
    assert data["name"] == "Infirmier"
    assert data["description"].startswith("Il accompagne des enfants")
    assert {
        "@type": "CategoryCode",
        "codeValue": "K1207",
        "inCodeSet": {"@type": "CategoryCodeSet", "name": "ROME"},
    } in (data["occupationalCategory"])
    assert [category["url"] for category in data["occupationalCategory"] if "url" in category] == [ESCO]
    beginner, experienced = data["estimatedSalary"]
    assert beginner == {
        "@type": "MonetaryAmountDistribution",
        "name": "Débutant",
        "currency": "EUR",
        "duration": "P1M",
        "percentile10": 2450,
        "percentile90": 2700,
    }
    assert (experienced["percentile10"], experienced["percentile90"]) == (3300, 3900)
    assert data["educationRequirements"][0]["@type"] == "EducationalOccupationalCredential"
    assert data["educationRequirements"][0]["credentialCategory"] == "Formation initiale"
    assert data["qualifications"] == "Être titulaire du diplôme d'éducateur spécialisé."
    assert data["skills"] == ["Sens de l'écoute", "Patience"]
    assert data["mainEntityOfPage"]["inLanguage"] == "fr"


def test_french_and_dutch_json_ld_point_at_each_other(client, fiche_indexes, translate_fiche):
    french = FichePageFactory(parent=fiche_indexes.fr, profession_name="Psychologue")
    translate_fiche(french)

    french_data = json_ld(client.get("/fr/metiers/psychologue/"))
    dutch_data = json_ld(client.get("/nl/metiers/psychologue/"))

    assert french_data["mainEntityOfPage"]["workTranslation"] == [
        {"@type": "WebPage", "@id": "http://localhost/nl/metiers/psychologue/", "inLanguage": "nl"}
    ]
    assert dutch_data["mainEntityOfPage"]["translationOfWork"] == {
        "@type": "WebPage",
        "@id": "http://localhost/fr/metiers/psychologue/",
        "inLanguage": "fr",
    }
    assert dutch_data["name"] == "Psychologue (NL)"
    assert dutch_data["estimatedSalary"][0]["name"] == "Beginner"


def test_json_ld_cannot_close_its_script_tag(client, fiche_indexes):
    FichePageFactory(
        parent=fiche_indexes.fr,
        profession_name="Aide familial",
        summary='</script><script>alert("x")</script> & <!--',
    )

    response = client.get("/fr/metiers/aide-familial/")

    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert json_ld(response)["description"] == '</script><script>alert("x")</script> & <!--'
