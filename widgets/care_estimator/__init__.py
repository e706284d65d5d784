"""care_estimator: indicative adult social care estimates for England, rules as data.

Public API (see README.md and QUESTIONNAIRE.md):

- :func:`estimate` (answers mapping + date -> result dict)
- :func:`estimate_json` (JSON string + ``"YYYY-MM-DD"`` -> JSON string; the browser entry)
- :func:`load_questionnaire` (flow + date -> questionnaire structure)
- :func:`load_parameters` (date -> :class:`ParameterSet`)
- :class:`InvalidAnswers` (raised by :func:`estimate`; ``.problems`` lists every problem)
"""

from care_estimator.answers import InvalidAnswers
from care_estimator.api import estimate_json
from care_estimator.engine import estimate
from care_estimator.parameters import DateOutOfRange, Parameter, ParameterSet, load_parameters
from care_estimator.questionnaire import load_questionnaire

__all__ = [
    "DateOutOfRange",
    "InvalidAnswers",
    "Parameter",
    "ParameterSet",
    "estimate",
    "estimate_json",
    "load_parameters",
    "load_questionnaire",
]
__version__ = "0.1.0"
