"""Financial assessment (SI 2014/2672): what a person pays towards their care each week."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from care_estimator.answers import Answers
from care_estimator.money import ceil_div, format_display, format_pounds
from care_estimator.trail import Trail

DISABILITY_BENEFITS = (
    "aa_higher", "aa_lower", "pip_daily_enhanced", "pip_daily_standard",
    "dla_care_highest", "dla_care_middle", "dla_care_lowest",
)
ENHANCED = ("pip_daily_enhanced", "dla_care_highest")
QUALIFYING_OCCUPANTS = ("partner", "relative_60", "relative_incapacitated", "child_under_18")
ALWAYS_FREE = (
    "Reablement and intermediate care for up to {reablement_weeks} weeks",
    "Aids and minor adaptations costing {minor_adaptations_limit} or less",
    "After-care under section 117 of the Mental Health Act 1983",
    "Information, advice and a needs assessment",
)


def tariff_income(capital: int, lower: int, upper: int, step: int, per_step: int) -> int:
    """£1 a week for every £250, or part of £250, of capital above the lower limit.

    Only meaningful up to the upper limit; above it the person pays the full cost.
    """
    if capital <= lower:
        return 0
    return ceil_div(min(capital, upper) - lower, step) * per_step


@dataclass
class Charging:
    applies: bool
    setting: str
    weekly_contribution: int = 0
    pays_full_cost: bool = False
    tariff_income: int = 0
    capital: int = 0
    capital_counted: int = 0
    assessable_income: int = 0
    allowance: int = 0  # MIG at home, PEA in a care home
    housing_costs: int = 0
    dre: int = 0
    cost_of_care: int = 0
    cost_of_care_source: str = ""
    drawdown: int = 0  # how fast savings fall when paying the full cost
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        money = format_pounds
        result = {
            "applies": self.applies,
            "setting": self.setting,
            "capital": money(self.capital),
            "capital_counted": money(self.capital_counted),
            "tariff_income": money(self.tariff_income),
            "assessable_income": money(self.assessable_income),
            "housing_costs": money(self.housing_costs),
            "disability_related_expenditure": money(self.dre),
            "cost_of_care": money(self.cost_of_care),
            "cost_of_care_source": self.cost_of_care_source,
            "weekly_contribution": money(self.weekly_contribution),
            "pays_full_cost": self.pays_full_cost,
        }
        key = "personal_expenses_allowance" if self.setting == "care_home" else (
            "minimum_income_guarantee")
        result[key] = money(self.allowance)
        result.update(self.extra)
        return result


def minimum_income_guarantee(answers: Answers, trail: Trail) -> int:
    """Reg 7 MIG: base amount by age band and couple status plus premiums."""
    age, couple = answers.get("age"), answers.get("couple") == "yes"
    pension_age = trail.param("pension_age")
    if couple:
        base = "mig_couple_pension_age" if age >= pension_age else "mig_couple_18_plus"
    elif age >= pension_age:
        base = "mig_single_pension_age"
    elif age >= 25:
        base = "mig_single_25_to_pension_age"
    else:
        base = "mig_single_18_24"
    total = trail.param(base)
    trail.step("charging.mig_base", "Minimum Income Guarantee for your age and whether you "
               "live with a partner.", base)
    benefit = answers.get("disability_benefit", "none")
    if age < pension_age and benefit in DISABILITY_BENEFITS:
        total += trail.param("mig_disability_premium")
        trail.step("charging.mig_disability_premium", "Plus the disability premium because you "
                   "get a disability benefit.", "mig_disability_premium")
        if benefit in ENHANCED:
            total += trail.param("mig_enhanced_disability_premium")
            trail.step("charging.mig_enhanced_premium", "Plus the enhanced disability premium.",
                       "mig_enhanced_disability_premium")
    if answers.get("carers_allowance") == "yes":
        total += trail.param("mig_carer_premium")
        trail.step("charging.mig_carer_premium", "Plus the carer premium because you get "
                   "Carer's Allowance.", "mig_carer_premium")
    return total


def _weekly_income(answers: Answers, trail: Trail, count_disability: bool) -> int:
    income = answers.get("weekly_pensions", 0) + answers.get("weekly_other_benefits", 0)
    benefit = answers.get("disability_benefit", "none")
    if benefit in DISABILITY_BENEFITS and count_disability:
        income += trail.param(benefit)
        trail.step("charging.disability_benefit", "Your disability benefit counts as income "
                   "(the mobility part of PIP or DLA would not).", benefit)
    return income


def _tariff(capital: int, trail: Trail, record: bool = True) -> int:
    lower, upper = trail.param("capital_lower_limit"), trail.param("capital_upper_limit")
    tariff = tariff_income(capital, lower, upper, trail.param("tariff_step"),
                           trail.param("tariff_per_step"))
    if record:
        trail.step("charging.tariff_income", f"Tariff income: £1 a week for every £250, or part "
                   f"of £250, of capital above {format_display(lower)}.", "tariff_step", tariff)
    return tariff


def assess_home(answers: Answers, budget_central: int, trail: Trail) -> Charging:
    """Care at home: capital excluding the home; income above the MIG, housing and DRE."""
    capital = answers.get("savings", 0)
    upper = trail.param("capital_upper_limit")
    own_cost = answers.get("weekly_care_cost")
    cost, source = (own_cost, "your figure") if own_cost is not None else (
        budget_central, "the indicative personal budget")
    result = Charging(applies=True, setting="home", capital=capital, capital_counted=capital,
                      cost_of_care=cost, cost_of_care_source=source)
    trail.step("charging.capital", "Your savings count as capital; the home you live in does "
               "not.", amount=capital)
    income = _weekly_income(answers, trail, count_disability=True)
    mig = minimum_income_guarantee(answers, trail)
    housing = answers.get("weekly_housing_costs", 0)
    benefit = answers.get("disability_benefit", "none")
    if answers.get("weekly_dre") is not None:
        dre = answers.get("weekly_dre")
        trail.step("charging.dre_actual", "Disability-related expenditure: your own figure.",
                   amount=dre)
    elif benefit in DISABILITY_BENEFITS:
        dre = trail.param("dre_flat_allowance")
        trail.step("charging.dre_flat", "Disability-related expenditure: the council's flat "
                   "allowance.", "dre_flat_allowance")
    else:
        dre = 0
    result.allowance, result.housing_costs, result.dre = mig, housing, dre
    if capital > upper:
        result.pays_full_cost = True
        result.weekly_contribution = cost
        result.assessable_income = income
        result.drawdown = max(0, cost - max(0, income - mig - housing - dre))
        trail.step("charging.above_upper_limit", f"Your capital of {format_display(capital)} is "
                   "above the upper limit, so you pay the full cost of your care, "
                   f"{format_display(cost)} a week.", "capital_upper_limit")
        return result
    tariff = _tariff(capital, trail)
    result.tariff_income = tariff
    result.assessable_income = income + tariff
    available = max(0, income + tariff - mig - housing - dre)
    trail.step("charging.available_income", "Income plus tariff income, minus the Minimum "
               "Income Guarantee, housing costs and disability-related expenditure.",
               amount=available)
    charge = min(available, cost)
    maximum = trail.param("maximum_weekly_charge")
    if charge > maximum:
        charge = maximum
        trail.step("charging.maximum", "Capped at the council's maximum weekly charge.",
                   "maximum_weekly_charge")
    minimum = trail.param("minimum_weekly_charge")
    if 0 < charge < minimum:
        charge = 0
        trail.step("charging.minimum", "Below the council's minimum weekly charge, so nothing "
                   "is charged.", "minimum_weekly_charge")
    result.weekly_contribution = charge
    result.pays_full_cost = cost > 0 and charge >= cost
    trail.step("charging.contribution", "Your weekly contribution is the lower of that and the "
               "cost of your care.", amount=charge)
    return result


def assess_care_home(answers: Answers, trail: Trail) -> Charging:
    """Permanent care home: home counted after 12 weeks unless a qualifying relative lives there."""
    savings = answers.get("savings", 0)
    upper = trail.param("capital_upper_limit")
    home_type = answers.get("care_home_type", "residential")
    own_cost = answers.get("weekly_care_cost")
    rate_name = f"care_home_rate_{home_type}"
    if own_cost is not None:
        cost, source = own_cost, "your figure"
    else:
        cost, source = trail.param(rate_name), "the council's usual rate"
        trail.step("charging.care_home_rate", "The council's usual weekly care home rate.",
                   rate_name)
    owns = answers.get("owns_home") == "yes"
    home_value = answers.get("home_value", 0) if owns else 0
    occupants = answers.get("home_occupants", ())
    relative_disregard = owns and any(o in QUALIFYING_OCCUPANTS for o in occupants)
    property_counts = owns and home_value > 0 and not relative_disregard
    capital = savings + (home_value if property_counts else 0)
    pea = trail.param("personal_expenses_allowance")
    trail.step("charging.pea", "In a care home you keep the Personal Expenses Allowance.",
               "personal_expenses_allowance")
    income = _weekly_income(answers, trail, count_disability=False)
    if answers.get("disability_benefit", "none") in DISABILITY_BENEFITS:
        trail.step("charging.care_home_disability_benefit", "Attendance Allowance, the care part "
                   "of DLA and the daily living part of PIP stop after 28 days when the council "
                   "helps pay for a care home, so we leave them out.")

    def contribution(counted: int) -> tuple[int, int, bool]:
        if counted > upper:
            return cost, 0, True
        tariff = _tariff(counted, trail, record=False)
        charge = min(cost, max(0, income + tariff - pea))
        return charge, tariff, cost > 0 and charge >= cost

    charge, tariff, full = contribution(capital)
    result = Charging(applies=True, setting="care_home", capital=savings + home_value,
                      capital_counted=capital, tariff_income=tariff,
                      assessable_income=income + tariff, allowance=pea, cost_of_care=cost,
                      cost_of_care_source=source, weekly_contribution=charge,
                      pays_full_cost=full, drawdown=max(0, cost - max(0, income - pea)))
    weeks = trail.param("property_disregard_weeks")
    if relative_disregard:
        reason = "qualifying_relative"
        trail.step("charging.property_relative", "Your home is not counted because a partner or "
                   "qualifying relative still lives there.")
    elif property_counts:
        reason = "counted_after_12_weeks"
        trail.step("charging.property_12_weeks", f"Your home is not counted for the first "
                   f"{weeks} weeks, then its value counts as capital.",
                   "property_disregard_weeks")
    else:
        reason = "no_property"
    if capital > upper:
        trail.step("charging.above_upper_limit", f"Your capital of {format_display(capital)} is "
                   "above the upper limit, so you pay the full cost of your care, "
                   f"{format_display(cost)} a week.", "capital_upper_limit")
    else:
        trail.step("charging.tariff_income", "Tariff income: £1 a week for every £250, or part "
                   "of £250, above the lower limit.", "tariff_step", tariff)
        trail.step("charging.contribution", "Income plus tariff income minus the Personal "
                   "Expenses Allowance, and never more than the cost of care.", amount=charge)
    first = None
    if property_counts:
        early_charge, early_tariff, early_full = contribution(savings)
        first = {"weeks": weeks, "capital_counted": format_pounds(savings),
                 "tariff_income": format_pounds(early_tariff),
                 "weekly_contribution": format_pounds(early_charge),
                 "pays_full_cost": early_full}
    deferred = None
    if owns and property_counts:
        eligible = savings <= upper and capital > upper and trail.param("capital_upper_limit") > 0
        deferred = {
            "eligible": bool(eligible),
            "text": (
                "You may be able to get a deferred payment agreement: the council pays your "
                "care home fees and is repaid from your home later, usually when it is sold."
                if eligible else
                "A deferred payment agreement is for people whose savings, not counting their "
                "home, are below the upper limit."
            ),
        }
    nursing = None
    if home_type == "nursing":
        nursing = format_pounds(trail.param("nhs_funded_nursing_care"))
        trail.step("charging.fnc", "In a nursing home the NHS pays NHS-funded nursing care to "
                   "the home on top of this.", "nhs_funded_nursing_care")
    result.extra = {
        "property": {"owned": owns, "value": format_pounds(home_value), "treatment": reason},
        "first_12_weeks": first,
        "deferred_payment": deferred,
        "nhs_funded_nursing_care": nursing,
    }
    return result


def no_charge_for_carers(budget_central: int, trail: Trail) -> Charging:
    """This council does not charge carers for support provided to them."""
    trail.step("charging.carers_free", "The council does not charge carers for their own "
               "support.")
    return Charging(applies=False, setting="carer", cost_of_care=budget_central,
                    cost_of_care_source="the indicative carer's budget")


def always_free(figures: dict[str, str]) -> list[str]:
    """Services that are always free, with today's figures."""
    return [text.format_map(figures) for text in ALWAYS_FREE]
