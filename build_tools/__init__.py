"""firststop build tools: the framework-free core that loads, validates and renders a site.

Nothing in this package imports MkDocs except :mod:`build_tools.mkdocs_plugin`,
the thin adapter, so the core can be driven from a plain script.
"""
