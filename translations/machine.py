"""Optional machine translation through DeepL, switched on by the DEEPL_AUTH_KEY variable.

wagtail-localize reads WAGTAILLOCALIZE_MACHINE_TRANSLATOR; without it, the translation editor
offers no machine translation. This module imports nothing from Django so that the settings can
use it.
"""

DEEPL_TRANSLATOR = "wagtail_localize.machine_translators.deepl.DeepLTranslator"


def machine_translator_setting(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for this environment, None when off."""
    key = environ.get("DEEPL_AUTH_KEY", "").strip()
    if not key:
        return None
    options = {"AUTH_KEY": key}
    formality = environ.get("DEEPL_FORMALITY", "").strip()
    if formality:
        options["FORMALITY"] = formality
    return {"CLASS": DEEPL_TRANSLATOR, "OPTIONS": options}
