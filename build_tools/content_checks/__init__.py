"""Checks for the advice pages in ``content/``: front matter, review dates, links,
typed money amounts and readability. Framework-free: nothing here imports MkDocs.

The build runs :data:`build_tools.content_checks.review.FEATURE`; editors can run
``python -m build_tools.content_checks.readability`` for the hardest pages.
"""
