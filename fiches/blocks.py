"""Blocks of the profession sheet: the training paths that lead to the job."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class TrainingKind:
    """The ways into a profession, as shown to visitors and in structured data."""

    INITIAL = "initial"
    CONTINUING = "continuing"
    APPRENTICESHIP = "apprenticeship"
    VALIDATION = "validation"

    choices = [
        (INITIAL, _("Initial training")),
        (CONTINUING, _("Continuing education")),
        (APPRENTICESHIP, _("Apprenticeship or work-study")),
        (VALIDATION, _("Validation of experience")),
    ]


class TrainingPathValue(blocks.StructValue):
    """Helpers for the template and the JSON-LD."""

    @property
    def kind_label(self):
        return dict(TrainingKind.choices).get(self.get("kind"), "")


class TrainingPathBlock(blocks.StructBlock):
    """One way to train for the profession: a diploma, its level, how long, what kind."""

    diploma = blocks.CharBlock(
        label=_("Diploma or certificate"),
        max_length=160,
        help_text=_("As the school names it, e.g. “Bachelier infirmier responsable de soins généraux”."),
    )
    level = blocks.CharBlock(
        label=_("Level"),
        max_length=80,
        required=False,
        help_text=_("The level in plain words, e.g. “Secondary school (CESS)” or “Bachelor (EQF 6)”."),
    )
    duration = blocks.CharBlock(
        label=_("Duration"),
        max_length=60,
        required=False,
        help_text=_("e.g. “3 years”, “18 months, evening classes”."),
    )
    kind = blocks.ChoiceBlock(
        label=_("Kind of path"),
        choices=TrainingKind.choices,
        default=TrainingKind.INITIAL,
    )
    where = blocks.CharBlock(
        label=_("Where"),
        max_length=160,
        required=False,
        help_text=_("Who offers it, e.g. “Hautes écoles in Brussels and Wallonia” or “IFAS in France”."),
    )
    link = blocks.URLBlock(
        label=_("Link"),
        required=False,
        help_text=_("A page that describes the course or lists the schools."),
    )

    class Meta:
        icon = "doc-full"
        template = "fiches/blocks/training_path_block.html"
        label = _("Training path")
        description = _("A diploma or certificate that leads to the profession.")
        value_class = TrainingPathValue
        preview_value = {
            "diploma": "Bachelier infirmier responsable de soins généraux",
            "level": "Bachelier (CEC 6)",
            "duration": "4 ans",
            "kind": TrainingKind.INITIAL,
            "where": "Hautes écoles en Wallonie et à Bruxelles",
        }


class TrainingPathsBlock(blocks.StreamBlock):
    """The training paths of a sheet, in the order the journalist gives."""

    training_path = TrainingPathBlock()

    class Meta:
        label = _("Training paths")
