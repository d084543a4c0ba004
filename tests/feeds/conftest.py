"""The feeds are built from the portrait pages: share the portraits' fixtures."""

from tests.portraits.conftest import (  # noqa: F401
    fiche,
    make_portrait,
    media_file,
    portrait_index,
    translate,
)
