"""Every page type of the project has a factory in its app's `factories` module."""

import importlib

import factory

from django.apps import apps

from wagtail.models import Page

PROJECT_APPS = ["home", "portraits", "fiches", "events", "search"]


def page_types():
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if issubclass(model, Page):
                yield model


def factory_models(app_label):
    try:
        module = importlib.import_module(f"{app_label}.factories")
    except ModuleNotFoundError:
        return set()
    return {
        value._meta.model
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, factory.Factory) and value._meta.model
    }


def test_every_page_type_has_a_factory():
    missing = [model.__name__ for model in page_types() if model not in factory_models(model._meta.app_label)]

    assert missing == []
    assert len(list(page_types())) >= 10
