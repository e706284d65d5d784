"""The thin adapter between MkDocs and the framework-free core in :mod:`build_tools`."""
