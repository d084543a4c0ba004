"""A machine translator for the tests: a fixed French → Dutch table, never the network."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

TABLE = {
    "Éducateur de rue": "Straathoekwerker (machine)",
    "Le soir, dans la rue": "'s Avonds, op straat (machine)",
}


class FakeTranslator(BaseMachineTranslator):
    display_name = "Fake translator"
    calls = []

    def translate(self, source_locale, target_locale, strings):
        type(self).calls.append([string.data for string in strings])
        return {string: StringValue(TABLE.get(string.data, f"[nl] {string.data}")) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code == "fr" and target_locale.language_code == "nl"
