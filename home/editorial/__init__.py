"""Editorial workflow: roles, moderation workflows, notifications and the editors' dashboard.

See docs/editorial-workflow.md.
"""
