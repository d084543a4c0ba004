"""`{% responsive_image %}` gives browsers a srcset in modern formats, sized and lazy-loaded."""

import re

import pytest
import wagtail_factories

from django.template import Context, Template, TemplateSyntaxError

pytestmark = pytest.mark.django_db


def render(source, **context):
    return Template("{% load image_tags %}" + source).render(Context(context))


@pytest.fixture
def photo():
    return wagtail_factories.ImageFactory(
        title="Nadia au chevet d'un patient", file__width=1600, file__height=1200
    )


def test_a_lazy_image_offers_webp_at_three_widths_with_its_size(photo):
    html = render('{% responsive_image photo "fill-480x360" class="card__image" alt="" %}', photo=photo)

    source = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html)
    assert [entry.split()[1] for entry in source.group(1).split(", ")] == ["240w", "480w", "720w"]
    assert all(entry.split()[0].endswith(".webp") for entry in source.group(1).split(", "))
    assert source.group(2) == "(max-width: 480px) 100vw, 480px"
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'width="480" height="360"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert 'class="card__image"' in img and 'alt=""' in img
    assert "fetchpriority" not in img
    assert "image/avif" not in html


def test_the_hero_image_loads_first_and_offers_avif(photo):
    html = render('{% responsive_image photo "fill-960x640" loading="eager" sizes="100vw" %}', photo=photo)

    assert re.search(
        r'<source type="image/avif" srcset="[^"]+\.avif 480w, [^"]+\.avif 960w, [^"]+\.avif 1440w"', html
    )
    assert '<source type="image/webp"' in html
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'loading="eager"' in img and 'fetchpriority="high"' in img
    assert f'alt="{photo.title}"' in img.replace("&#x27;", "'")
    assert 'sizes="100vw"' in img


def test_a_small_original_is_not_offered_twice_at_the_same_width():
    small = wagtail_factories.ImageFactory(file__width=500, file__height=500)

    html = render('{% responsive_image photo "width-480" %}', photo=small)

    img_srcset = re.search(r'<img [^>]*srcset="([^"]+)"', html).group(1)
    assert [entry.split()[1] for entry in img_srcset.split(", ")] == ["240w", "480w", "500w"]


def test_no_image_renders_nothing():
    assert render('{% responsive_image photo "fill-480x360" %}', photo=None) == ""


def test_a_rule_that_is_not_a_resize_is_refused(photo):
    with pytest.raises(TemplateSyntaxError):
        render('{% responsive_image photo "format-webp" %}', photo=photo)


def test_a_second_rendering_finds_every_rendition_in_the_cache(photo, django_assert_num_queries):
    first = render('{% responsive_image photo "fill-480x360" %}', photo=photo)

    with django_assert_num_queries(0):
        again = render('{% responsive_image photo "fill-480x360" %}', photo=photo)

    assert again == first
