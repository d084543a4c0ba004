"""The admin form of the profession sheet."""

from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm


class FichePageForm(WagtailAdminPageForm):
    """Offers only the sectors and regions of the page's language (and those already chosen)."""

    localized_choice_fields = ("sectors", "shortage_regions")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        if locale_id is None:
            return
        for name in self.localized_choice_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = self.initial.get(name) or []
            chosen_pks = [getattr(item, "pk", item) for item in chosen]
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen_pks))
