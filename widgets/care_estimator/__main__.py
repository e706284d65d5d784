"""``python -m care_estimator``."""

import sys

from care_estimator.cli import main

sys.exit(main())
