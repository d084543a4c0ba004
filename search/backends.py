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
import functools
import re
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
        IndexEntry,
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.query import Or, PlainText

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

        def search_pages(self, query, language, content_type_ids, exclude_ids=(), offset=0, limit=10):
            """The live, public pages of `language` with one of `content_type_ids` that match `query`
            (a PlainText or an Or of PlainTexts), best first, in one SQL statement; see `PageSearch`.

            Returns (total, [Page with `search_rank` and `search_text`]), or None when the query has
            a shape this fast path does not handle (the caller then uses the queryset's `.search()`).
            """
            config = self.config_for_language(language)
            return PageSearch(self.entry_vectors, prefix=False).run(
                query, config, language, content_type_ids, exclude_ids, offset, limit
            )

        def autocomplete_pages(self, query, language, content_type_ids, limit=10):
            """Like search_pages, on the autocomplete vector (the last word is a prefix), without
            the total: (None, [Page])."""
            return PageSearch(self.autocomplete_vectors, prefix=True, with_total=False).run(
                query, self.autocomplete_config, language, content_type_ids, (), 0, limit
            )

        entry_vectors = (("e.title", "e.title_norm"), ("e.body", "1.0"))
        autocomplete_vectors = (("e.autocomplete", "1.0"),)

    class PageSearch:
        """One SQL statement for a page of search results on PostgreSQL.

        Wagtail's database backend (modelsearch) joins every page of the queryset to its index
        entry through `object_id = page.id::varchar`, ranks, and runs the whole query again to
        count. Here the index entries are found first through the GIN index on the vector
        (`search/migrations/0004`: `title || body`; Wagtail's own on `autocomplete`), ranked in
        the same CTE, and only those entries are checked against their page (live, language, not
        in a private section) with a primary-key lookup each; the total comes with the rows
        (`count(*) OVER ()`), and so do the page columns and the indexed text of the ten rows shown.

        The tsquery and the rank are written exactly as modelsearch writes them (same lexemes, same
        weights, same `ts_rank` sums in the same order), so the results come in the same order.
        """

        def __init__(self, vectors, prefix, with_total=True):
            self.vectors = vectors
            self.prefix = prefix
            # Without the total (suggestions), only the best entries are checked against their page.
            self.with_total = with_total

        def run(self, query, config, language, content_type_ids, exclude_ids, offset, limit):
            from modelsearch.backends.database.postgres.weights import get_sql_weights

            from wagtail.models import Page

            tables, page_columns, names = _names()
            tsqueries = self.tsqueries(query, config)
            if not tsqueries:
                return None
            weights = get_sql_weights()
            match_sql, match_params = _left_nested(tsqueries)
            rank_sql, rank_params = [], []
            for vector, boost in self.vectors:
                ranks = [
                    (f"ts_rank(%s::float4[], {vector}, {tsquery})", [weights, *params])
                    for tsquery, params in tsqueries
                ]
                sql, params = _balanced_sum(ranks)
                if isinstance(query, Or):
                    sql, params = f"({sql} / %s)", [*params, len(ranks)]
                rank_sql.append(f"({sql} * {boost})")
                rank_params.extend(params)
            vector_sql = " || ".join(vector for vector, _boost in self.vectors)
            if len(self.vectors) > 1:
                vector_sql = f"({vector_sql})"
            total_sql = "count(*) OVER ()" if self.with_total else "NULL::bigint"
            sql = f"""
                WITH hits AS MATERIALIZED (
                    SELECT e.object_id::integer AS page_id, {" + ".join(rank_sql)} AS rank
                    FROM {tables["entry"]} e
                    WHERE e.content_type_id = ANY(%s::integer[]) AND {vector_sql} @@ {match_sql}
                ),
                shown AS (
                    SELECT hits.page_id, hits.rank, {total_sql} AS total
                    FROM hits
                    CROSS JOIN LATERAL (
                        SELECT 1 FROM {tables["page"]} p
                        WHERE p.id = hits.page_id
                            AND p.live
                            AND p.content_type_id = ANY(%s::integer[])
                            AND p.locale_id = ANY(ARRAY(
                                SELECT id FROM {tables["locale"]} WHERE language_code = %s
                            ))
                            AND NOT p.path LIKE ANY(ARRAY(
                                SELECT private.path || '%%' FROM {tables["restriction"]} r
                                JOIN {tables["page"]} private ON private.id = r.page_id
                            ))
                        LIMIT 1
                    ) AS visible
                    WHERE hits.page_id <> ALL(%s::integer[])
                    ORDER BY hits.rank DESC, hits.page_id DESC
                    LIMIT %s OFFSET %s
                )
                SELECT {page_columns}, shown.rank AS search_rank, shown.total AS search_total,
                    e.body_text AS search_text
                FROM shown
                JOIN {tables["page"]} p ON p.id = shown.page_id
                LEFT JOIN {tables["entry"]} e
                    ON e.content_type_id = p.content_type_id AND e.object_id = p.id::varchar
                ORDER BY shown.rank DESC, shown.page_id DESC
            """
            ids = _int_array(content_type_ids)
            params = [*rank_params, ids, *match_params, ids, language, _int_array(exclude_ids), limit, offset]
            pages, total = [], 0
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
            # Page.from_db as a RawQuerySet would do, without its per-query column bookkeeping
            # (a millisecond for ten rows): the columns are Page's concrete fields, in order.
            db, width = connection.alias, len(names)
            for row in rows:
                page = Page.from_db(db, names, row[:width])
                page.search_rank, total, page.search_text = row[width:]
                pages.append(page)
            if not self.with_total:
                return None, pages
            return total, pages

        def tsqueries(self, query, config):
            """[(sql, params)]: one `to_tsquery` per PlainText, as modelsearch builds it."""
            parts = query.subqueries if isinstance(query, Or) else [query]
            tsqueries = []
            for part in parts:
                if not isinstance(part, PlainText):
                    return None
                lexemes = _lexemes(part.query_string, part.operator, self.prefix)
                if lexemes is None:
                    return None
                tsqueries.append(("to_tsquery(%s::regconfig, %s)", [config, lexemes]))
            return tsqueries

    @functools.cache
    def _names():
        """The quoted table names, the page columns of the SELECT and the Page field names."""
        from wagtail.models import Locale, Page, PageViewRestriction

        tables = {
            "entry": _quote(IndexEntry._meta.db_table),
            "page": _quote(Page._meta.db_table),
            "locale": _quote(Locale._meta.db_table),
            "restriction": _quote(PageViewRestriction._meta.db_table),
        }
        fields = Page._meta.concrete_fields
        return tables, ", ".join(f"p.{_quote(field.column)}" for field in fields), [f.attname for f in fields]

    def _int_array(values):
        """'{1,2,3}' for `%s::integer[]` (psycopg's list adapter costs more than the query here)."""
        return "{" + ",".join(str(int(value)) for value in values) + "}"

    def _quote(name):
        return connection.ops.quote_name(name)

    def _lexeme(term, prefix):
        escaped = term.replace("'", "''").replace("\\", "\\\\")
        return f"'{escaped}':*" if prefix else f"'{escaped}'"

    def _lexemes(text, operator, prefix):
        """modelsearch's PostgresSearchQueryCompiler.build_tsquery_content for a PlainText."""
        terms = [term for term in re.split(r"[\s\-]+", text) if term]
        if not terms:
            return None
        lexemes = _lexeme(terms.pop(), prefix)
        connector = "&" if operator == "and" else "|"
        for term in terms:
            lexemes = f"({lexemes} {connector} {_lexeme(term, False)})"
        return lexemes

    def _left_nested(parts):
        """q1 || q2 || q3 as ((q1 || q2) || q3), like functools.reduce."""
        sql, params = parts[0]
        params = list(params)
        for other_sql, other_params in parts[1:]:
            sql = f"({sql} || {other_sql})"
            params.extend(other_params)
        return sql, params

    def _balanced_sum(parts):
        """a + b + c + d as ((a + b) + (c + d)), like modelsearch's ADD (floating-point sums in the
        same order give the same ranks)."""
        if len(parts) == 1:
            return parts[0]
        middle = len(parts) // 2
        left_sql, left_params = _balanced_sum(parts[:middle])
        right_sql, right_params = _balanced_sum(parts[middle:])
        return f"({left_sql} + {right_sql})", [*left_params, *right_params]
