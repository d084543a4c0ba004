"""The two moderation workflows, and the one call that sets up the whole editorial layer."""

from django.apps import apps as global_apps

from home.editorial.roles import ADMINISTRATORS, MODERATORS, ensure_groups, home_pages

FRENCH_WORKFLOW = "Validation éditoriale"
FRENCH_TASK = "Approbation par un modérateur"
DUTCH_WORKFLOW = "Relecture de la traduction"
DUTCH_TASK = "Relecture par un modérateur"


def ensure_editorial_setup(apps=global_apps):
    """Groups, permissions and workflows; assigns the workflows to the home pages that exist.

    Idempotent: the data migration, `load_demo_content`, `prepare_dev_site` and tests call it.
    """
    groups = ensure_groups(apps)
    # Moderators approve; administrators may step in (and so are told of submissions too).
    reviewers = [groups[MODERATORS], groups[ADMINISTRATORS]]
    french = _ensure_workflow(apps, FRENCH_WORKFLOW, FRENCH_TASK, reviewers)
    dutch = _ensure_workflow(apps, DUTCH_WORKFLOW, DUTCH_TASK, reviewers)
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    pages = home_pages(apps)
    for code, workflow in (("fr", french), ("nl", dutch)):
        if code in pages:
            WorkflowPage.objects.update_or_create(page=pages[code], defaults={"workflow": workflow})
    return {"groups": groups, "french_workflow": french, "dutch_workflow": dutch}


def _ensure_workflow(apps, workflow_name, task_name, groups):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        # Historical models do not fill the polymorphic content type: set it explicitly.
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=task_name, content_type=content_type, active=True)
    task.groups.add(*groups)

    workflow, _created = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    return workflow
