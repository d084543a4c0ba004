"""The search backend: Wagtail's database backend, with one text-search configuration per language
on PostgreSQL.

On PostgreSQL each page is indexed with the configuration of its own language (`vocations_fr`:
French stemming, `vocations_nl`: Dutch stemming, both accent-insensitive through `unaccent`), and a
query is parsed with the configuration of the visitor's language, so that "éducatrices" finds
"éducatrice" and "verpleegkundigen" finds "verpleegkundige". The configurations are created by the
migration `search/migrations/0002_text_search_configurations.py`.

On SQLite (and MySQL) it is Wagtail's own database backend: SQLite's FTS5 tokenizer already folds
case and accents, without stemming.

Settings (`WAGTAILSEARCH_BACKENDS["default"]`):
    SEARCH_CONFIGS       {language code: PostgreSQL text-search configuration}
    AUTOCOMPLETE_CONFIG  the configuration of suggestions (no stemming, accents folded)
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.db import connection
from django.utils import translation

from wagtail.models import TranslatableMixin


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    """The backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    params = {
        key: value for key, value in params.items() if key not in ("SEARCH_CONFIGS", "AUTOCOMPLETE_CONFIG")
    }
    return DatabaseSearchBackend(params)


_LANGUAGE_BY_LOCALE_ID = {}


def _language_of(obj):
    """The language code of a translatable object (Locale rows are read once per process)."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in _LANGUAGE_BY_LOCALE_ID:
        from wagtail.models import Locale

        _LANGUAGE_BY_LOCALE_ID.update(Locale.objects.values_list("pk", "language_code"))
    return _LANGUAGE_BY_LOCALE_ID.get(locale_id)


if connection.vendor == "postgresql":
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LanguageConfigMixin:
        def get_config(self, backend):
            model = self.queryset.model
            if issubclass(model, TranslatableMixin):
                return backend.config_for_language(translation.get_language())
            return backend.config_for_language(settings.LANGUAGE_CODE)

    class MultilingualPostgresSearchQueryCompiler(LanguageConfigMixin, PostgresSearchQueryCompiler):
        """Parses the query with the text-search configuration of the active language."""

    class MultilingualPostgresAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
        def get_config(self, backend):
            return backend.autocomplete_config

    class MultilingualPostgresIndex(PostgresIndex):
        """Indexes each object with the text-search configuration of its own language."""

        def add_items(self, model, objs):
            by_config = defaultdict(list)
            for obj in objs:
                by_config[self.backend.config_for_language(_language_of(obj))].append(obj)
            for config, group in by_config.items():
                backend = copy.copy(self.backend)
                backend.config = config
                PostgresIndex(backend).add_items(model, group)

    class MultilingualPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = MultilingualPostgresSearchQueryCompiler
        autocomplete_query_compiler_class = MultilingualPostgresAutocompleteQueryCompiler
        index_class = MultilingualPostgresIndex

        def __init__(self, params):
            super().__init__(params)
            self.configs = dict(params.get("SEARCH_CONFIGS") or {})
            self.default_config = params.get("SEARCH_CONFIG") or self.configs.get(settings.LANGUAGE_CODE)
            self.config = self.default_config
            self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG") or "simple"

        def config_for_language(self, language_code):
            if language_code:
                language_code = language_code.split("-")[0]
            return self.configs.get(language_code, self.default_config)
