"""The finder: a compact JSON index of services, the finder and contact-centre pages,
signposting guides per need category and site search (Pagefind).

Framework-free: nothing here imports MkDocs. ``feature.py`` adapts it to the
``build_tools.features`` contract.
"""
