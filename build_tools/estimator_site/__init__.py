"""The estimator in the browser: generated GOV.UK-style question pages, Pyodide and the wheel.

Framework-free (no MkDocs imports); registered as ``build_tools.estimator_site:FEATURE``.
"""

from build_tools.estimator_site.feature import FEATURE, EstimatorSiteFeature

__all__ = ["FEATURE", "EstimatorSiteFeature"]
