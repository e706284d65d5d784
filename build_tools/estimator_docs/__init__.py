"""Estimator transparency for the site: ``{{ rules.* }}`` figures and "How we estimate".

Framework-free (no MkDocs import). Registered as ``build_tools.estimator_docs:FEATURE``.
"""

from build_tools.estimator_docs.feature import FEATURE, EstimatorDocsFeature

__all__ = ["FEATURE", "EstimatorDocsFeature"]
