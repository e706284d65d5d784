"""Financial assessment (SI 2014/2672): what a person pays towards their care each week."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from care_estimator.answers import Answers
from care_estimator.home_care import market_cost as home_market_cost
from care_estimator.money import (
    ceil_div,
    format_display,
    format_pounds,
    pence_from_rule,
    percent_of,
)
from care_estimator.rules_loader import rules_file
from care_estimator.text import sentence
from care_estimator.trail import Trail

DISABILITY_BENEFITS = (
    "aa_higher", "aa_lower", "pip_daily_enhanced", "pip_daily_standard",
    "dla_care_highest", "dla_care_middle", "dla_care_lowest",
)
ENHANCED = ("pip_daily_enhanced", "dla_care_highest")
# Other conditions for the disability premium (reg 7(6) read with the Income Support
# premiums): the mobility part of PIP or DLA, or being registered blind.
OTHER_DISABILITY = ("pip_mobility", "dla_mobility", "registered_blind")
# The night-time part of these rates, when a council chooses to ignore it, leaves the
# lower rate (Care and Support Statutory Guidance Annex C).
NIGHT_CARE_LOWER = {"aa_higher": "aa_lower", "dla_care_highest": "dla_care_middle",
                    "pip_daily_enhanced": "pip_daily_standard"}
QUALIFYING_OCCUPANTS = ("partner", "relative_60", "relative_incapacitated", "child_under_18",
                        "estranged_partner_lone_parent")
# What is always free, in this order; the words are rules/text/messages.yaml's
# charging.always_free.
ALWAYS_FREE = ("reablement", "aids", "minor_adaptations", "section_117", "cjd", "information")


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
    council_pays: int | None = None  # set where the council's share is not cost - charge
    council_rate: int = 0  # care homes: the council's usual rate for the type of home
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


def pension_age_reached(answers: Answers, trail: Trail) -> bool:
    """State Pension age: reached at 67; not at 65 or under; at 66 we ask (it is rising)."""
    age, pension_age = answers.get("age"), trail.param("pension_age")
    if age is None or age != pension_age:
        return age is not None and age > pension_age
    reached = answers.get("reached_pension_age")
    if reached is None:
        trail.say("charging.pension_age_assumed", parameter="pension_age")
        return True
    return reached == "yes"


def _disability_premium(answers: Answers) -> tuple[bool, bool]:
    """(disability premium, enhanced disability premium) conditions met."""
    benefit = answers.get("disability_benefit", "none")
    others = set(answers.get("other_disability", ())) & set(OTHER_DISABILITY)
    return benefit in DISABILITY_BENEFITS or bool(others), benefit in ENHANCED


def minimum_income_guarantee(answers: Answers, trail: Trail) -> int:
    """Reg 7 MIG: base amount by age and couple status, premiums, and each child."""
    age, couple = answers.get("age"), answers.get("couple") == "yes"
    own = pension_age_reached(answers, trail)
    partner = couple and answers.get("partner_pension_age") == "yes"
    if couple:
        base = "mig_couple_pension_age" if own or partner else "mig_couple_18_plus"
    elif own:
        base = "mig_single_pension_age"
    elif age >= 25:
        base = "mig_single_25_to_pension_age"
    else:
        base = "mig_single_18_24"
    total = trail.param(base)
    trail.say("charging.mig_base", parameter=base, key="charging.mig_base_couple_pension_age"
              if couple and (own or partner) else None)
    premium, enhanced = _disability_premium(answers)
    if base not in ("mig_single_pension_age", "mig_couple_pension_age") and premium:
        name = "mig_disability_premium_couple" if couple else "mig_disability_premium"
        total += trail.param(name)
        trail.say("charging.mig_disability_premium", parameter=name,
                  key="charging.mig_disability_premium_couple" if couple else None)
        if enhanced:
            name = ("mig_enhanced_disability_premium_couple" if couple
                    else "mig_enhanced_disability_premium")
            total += trail.param(name)
            trail.say("charging.mig_enhanced_premium", parameter=name,
                      key="charging.mig_enhanced_premium_couple" if couple else None)
    if answers.get("carers_allowance") == "yes":
        total += trail.param("mig_carer_premium")
        trail.say("charging.mig_carer_premium", parameter="mig_carer_premium")
    children = answers.get("dependent_children", 0)
    if children:
        total += children * trail.param("mig_child")
        trail.say("charging.mig_child", {"children": children}, "mig_child",
                  children * trail.params.value("mig_child"))
    return total


def disability_benefit_amount(answers: Answers, trail: Trail) -> int:
    """The weekly care or daily living benefit that counts as income (0 if none)."""
    benefit = answers.get("disability_benefit", "none")
    if benefit not in DISABILITY_BENEFITS:
        return 0
    lower = NIGHT_CARE_LOWER.get(benefit)
    if (lower and rules_file("local").get("disregard_night_care_when_none_arranged")
            and answers.get("night_care_arranged") == "no"):
        trail.say("charging.night_care_disregard", parameter=lower)
        return trail.param(lower)
    return trail.param(benefit)


def _weekly_income(answers: Answers, trail: Trail, count_disability: bool,
                   care_home: bool = False) -> int:
    """Income after tax, less the disregards, plus the disability benefit when it counts."""
    pensions = answers.get("weekly_pensions", 0)
    income = pensions + answers.get("weekly_other_benefits", 0)
    trail.say("charging.income_after_tax", amount=income)
    couple = answers.get("couple") == "yes"
    savings_credit = answers.get("savings_credit", 0)
    if savings_credit:
        name = "savings_credit_disregard_couple" if couple else "savings_credit_disregard_single"
        ignored = min(savings_credit, trail.param(name))
        income -= ignored
        trail.say("charging.savings_credit_disregard", parameter=name)
        trail.say("charging.savings_credit_ignored", amount=ignored)
    if answers.get("weekly_war_pension"):
        trail.say("charging.war_pension_disregard", amount=answers.get("weekly_war_pension"))
    work = min(answers.get("weekly_work_pensions", 0), pensions)
    if care_home and couple and work:
        half = work // 2
        income -= half
        trail.say("charging.half_pension_to_spouse", amount=half)
    if count_disability:
        amount = disability_benefit_amount(answers, trail)
        if amount:
            income += amount
            trail.say("charging.disability_benefit", amount=amount)
    return income


def _tariff(capital: int, trail: Trail, record: bool = True) -> int:
    lower, upper = trail.param("capital_lower_limit"), trail.param("capital_upper_limit")
    tariff = tariff_income(capital, lower, upper, trail.param("tariff_step"),
                           trail.param("tariff_per_step"))
    if record:
        trail.say("charging.tariff_income", {"lower": format_display(lower)}, "tariff_step",
                  tariff)
    return tariff


def assess_home(answers: Answers, budget_central: int, trail: Trail) -> Charging:
    """Care at home (and short stays in a care home): capital excluding the home; income
    above the MIG, housing and DRE (SI 2014/2672 regs 7 and 8)."""
    capital = answers.get("savings", 0)
    upper = trail.param("capital_upper_limit")
    own_cost = answers.get("weekly_care_cost")
    short_stay = answers.get("setting") == "care_home_short"
    if own_cost is not None:
        cost, source = own_cost, "your figure"
    elif short_stay:
        rate = f"care_home_rate_{answers.get('care_home_type', 'residential')}"
        cost, source = trail.param(rate), "the council's usual rate"
        trail.say("charging.care_home_rate", parameter=rate)
    else:
        cost, source = budget_central, "the indicative personal budget"
    market = None
    if own_cost is None and not short_stay and capital > upper and answers.flow == "person":
        # Paying for themselves, people pay local agencies' prices, not the council's.
        priced = home_market_cost(answers, budget_central, trail)
        if priced is not None:
            (cost, market), source = priced, "the local market price"
    setting = "short_stay" if short_stay else "home"
    result = Charging(applies=True, setting=setting, capital=capital, capital_counted=capital,
                      cost_of_care=cost, cost_of_care_source=source,
                      extra={"market_price": market} if setting == "home" else {})
    if short_stay:
        trail.say("charging.short_stay")
    trail.say("charging.capital", amount=capital)
    income = _weekly_income(answers, trail, count_disability=True)
    mig = minimum_income_guarantee(answers, trail)
    housing = answers.get("weekly_housing_costs", 0)
    benefit = answers.get("disability_benefit", "none")
    if answers.get("weekly_dre") is not None:
        dre = answers.get("weekly_dre")
        trail.say("charging.dre_actual", amount=dre)
    elif benefit in DISABILITY_BENEFITS:
        dre = trail.param("dre_flat_allowance")
        trail.say("charging.dre_flat", parameter="dre_flat_allowance")
    else:
        dre = 0
    result.allowance, result.housing_costs, result.dre = mig, housing, dre
    if capital > upper:
        result.pays_full_cost = True
        result.weekly_contribution = cost
        result.assessable_income = income
        result.drawdown = max(0, cost - max(0, income - mig - housing - dre))
        trail.say("charging.above_upper_limit", {"capital": format_display(capital),
                                                 "cost": format_display(cost)},
                  "capital_upper_limit")
        return result
    tariff = _tariff(capital, trail)
    result.tariff_income = tariff
    result.assessable_income = income + tariff
    available = max(0, income + tariff - mig - housing - dre)
    trail.say("charging.available_income", amount=available)
    charge = min(available, cost)
    maximum = trail.param("maximum_weekly_charge")
    if charge > maximum:
        charge = maximum
        trail.say("charging.maximum", parameter="maximum_weekly_charge")
    minimum = trail.param("minimum_weekly_charge")
    if 0 < charge < minimum:
        charge = 0
        trail.say("charging.minimum", parameter="minimum_weekly_charge")
    result.weekly_contribution = charge
    result.pays_full_cost = cost > 0 and charge >= cost
    trail.say("charging.contribution", amount=charge)
    return result


def _property(answers: Answers, trail: Trail) -> dict[str, Any]:
    """The home's value as capital: market value less 10% sale costs and secured debts."""
    owns = answers.get("owns_home") == "yes"
    value = answers.get("home_value", 0) if owns else 0
    debt = answers.get("home_secured_debt", 0) if owns else 0
    sale = percent_of(value, trail.param("property_sale_costs_percent")) if value else 0
    net = max(0, value - sale - debt)
    occupants = answers.get("home_occupants", ()) if owns else ()
    qualifying = owns and any(o in QUALIFYING_OCCUPANTS for o in occupants)
    if value:
        trail.say("charging.property_value", parameter="property_sale_costs_percent",
                  amount=net)
    return {"owns": owns, "value": value, "debt": debt, "sale": sale, "net": net,
            "qualifying": qualifying, "counts": owns and net > 0 and not qualifying}


def _care_home_phase(phase_id: str, weeks: int | None, capital: int, fee: int,
                     council_rate: int, base_income: int, benefit: int, pea: int,
                     trail: Trail) -> dict[str, Any]:
    """One stretch of a care home stay: contribution, council's share, top-up, runway."""
    upper = trail.param("capital_upper_limit")
    if capital > upper:
        income = base_income + benefit  # a self-funder keeps AA, DLA care, PIP daily living
        drawdown = max(0, fee - max(0, income - pea))
        runway = (capital - upper) // drawdown if drawdown > 0 else None
        return {"id": phase_id, "weeks": weeks, "self_funding": True,
                "capital_counted": capital, "tariff_income": 0, "assessable_income": income,
                "disability_benefit_counted": benefit > 0, "council_rate": council_rate,
                "weekly_contribution": fee, "council_pays": 0, "top_up": 0,
                "pays_full_cost": True, "drawdown": drawdown,
                "weeks_until_upper_limit": runway}
    tariff = _tariff(capital, trail, record=False)
    counted = min(fee, council_rate)  # the council's amount: its rate, or less if cheaper
    charge = min(counted, max(0, base_income + tariff - pea))
    return {"id": phase_id, "weeks": weeks, "self_funding": False,
            "capital_counted": capital, "tariff_income": tariff,
            "assessable_income": base_income + tariff, "disability_benefit_counted": False,
            "council_rate": council_rate, "weekly_contribution": charge,
            "council_pays": counted - charge, "top_up": fee - counted,
            "pays_full_cost": counted > 0 and charge >= counted and fee == counted,
            "drawdown": 0, "weeks_until_upper_limit": None}


def _phase_dict(phase: dict[str, Any]) -> dict[str, Any]:
    money = ("capital_counted", "tariff_income", "assessable_income", "council_rate",
             "weekly_contribution", "council_pays", "top_up", "drawdown")
    return {k: format_pounds(v) if k in money else v for k, v in phase.items()}


def _fee(answers: Answers, trail: Trail, rate_name: str, self_funding: bool) -> tuple[int, str,
                                                                                      dict | None]:
    own_cost = answers.get("weekly_care_cost")
    if own_cost is not None:
        return own_cost, "your figure", None
    if self_funding:
        home_type = rate_name.removeprefix("care_home_rate_")
        market = rules_file("market_prices")
        band = market["prices"][home_type]
        median = pence_from_rule(band["median"])
        trail.say("charging.market_price", amount=median)
        return median, "the local market price", {
            "label": str(band.get("label") or market["label"]),
            "checked": str(market["checked"]), "count": band["count"],
            "unit": band.get("unit", "per week"),
            "low": format_pounds(pence_from_rule(band["low"])), "median": format_pounds(median),
            "high": format_pounds(pence_from_rule(band["high"]))}
    trail.say("charging.care_home_rate", parameter=rate_name)
    return trail.param(rate_name), "the council's usual rate", None


def _deferred_payment(answers: Answers, trail: Trail, prop: dict[str, Any], savings: int,
                      later: dict[str, Any], fee: int, income: int) -> dict[str, Any] | None:
    """Deferred payment figures (SI 2014/2671): what is kept, deferred, charged, and the limit."""
    if not (prop["owns"] and prop["counts"]):
        return None
    upper = trail.param("capital_upper_limit")
    eligible = savings <= upper and later["self_funding"]
    if not eligible:
        return {"eligible": False,
                "text": sentence("messages", "charging.deferred_payment_not_eligible")}
    allowance = trail.param("dpa_disposable_income_allowance")
    tariff = _tariff(savings, trail, record=False)
    from_income = min(fee, max(0, income + tariff - allowance))
    deferred = fee - from_income
    lower = trail.param("capital_lower_limit")
    equity = max(0, percent_of(max(0, prop["value"] - prop["debt"]),
                               trail.param("dpa_equity_limit_percent")) - lower)
    trail.param("dpa_interest_rate_max")
    trail.say("charging.deferred_payment", parameter="dpa_disposable_income_allowance")
    trail.say("charging.deferred_weekly", amount=deferred)
    trail.say("charging.deferred_interest", parameter="dpa_interest_rate_max")
    trail.say("charging.equity_limit", parameter="dpa_equity_limit_percent", amount=equity)
    return {
        "eligible": True,
        "text": sentence("messages", "charging.deferred_payment_eligible"),
        "disposable_income_allowance": format_pounds(allowance),
        "weekly_from_income": format_pounds(from_income),
        "weekly_deferred": format_pounds(deferred),
        "interest_rate_max_percent": trail.params["dpa_interest_rate_max"].display(),
        "equity_limit": format_pounds(equity),
        "weeks_until_equity_limit": equity // deferred if deferred else None,
    }


def assess_care_home(answers: Answers, trail: Trail) -> Charging:
    """Permanent care home: two phases when the home counts after the first 12 weeks."""
    savings = answers.get("savings", 0)
    upper = trail.param("capital_upper_limit")
    home_type = answers.get("care_home_type", "residential")
    rate_name = f"care_home_rate_{home_type}"
    council_rate = trail.param(rate_name)
    prop = _property(answers, trail)
    later_capital = savings + (prop["net"] if prop["counts"] else 0)
    fee, source, market = _fee(answers, trail, rate_name, later_capital > upper)
    pea = trail.param("personal_expenses_allowance")
    trail.say("charging.pea", parameter="personal_expenses_allowance")
    income = _weekly_income(answers, trail, count_disability=False, care_home=True)
    benefit = disability_benefit_amount(answers, trail)
    if benefit:
        days = trail.param("disability_benefits_care_home_days")
        trail.say("charging.care_home_disability_benefit", {"days": days},
                  "disability_benefits_care_home_days")
    weeks = trail.param("property_disregard_weeks")
    later = _care_home_phase("after_12_weeks" if prop["counts"] else "ongoing", None,
                             later_capital, fee, council_rate, income, benefit, pea, trail)
    phases = [later]
    if prop["counts"]:
        phases.insert(0, _care_home_phase("first_12_weeks", weeks, savings, fee, council_rate,
                                          income, benefit, pea, trail))
    result = Charging(applies=True, setting="care_home", capital=savings + prop["value"],
                      capital_counted=later_capital, tariff_income=later["tariff_income"],
                      assessable_income=later["assessable_income"], allowance=pea,
                      cost_of_care=fee, cost_of_care_source=source,
                      weekly_contribution=later["weekly_contribution"],
                      pays_full_cost=later["pays_full_cost"], drawdown=later["drawdown"],
                      council_pays=later["council_pays"], council_rate=council_rate)
    if prop["qualifying"]:
        reason = "qualifying_relative"
        trail.say("charging.property_relative")
    elif prop["counts"]:
        reason = "counted_after_12_weeks"
        trail.say("charging.property_12_weeks", {"weeks": weeks}, "property_disregard_weeks")
    else:
        reason = "no_property"
    if later["self_funding"]:
        trail.say("charging.above_upper_limit", {"capital": format_display(later_capital),
                                                 "cost": format_display(fee)},
                  "capital_upper_limit")
    else:
        trail.say("charging.tariff_income", parameter="tariff_step",
                  amount=later["tariff_income"], key="charging.tariff_income_care_home")
        trail.say("charging.contribution", amount=later["weekly_contribution"],
                  key="charging.contribution_care_home")
        trail.say("charging.council_share", parameter=rate_name, amount=later["council_pays"])
        if later["top_up"]:
            trail.say("charging.top_up", amount=later["top_up"])
    first = None
    if prop["counts"]:
        early = phases[0]
        first = {"weeks": weeks, "capital_counted": format_pounds(savings),
                 "tariff_income": format_pounds(early["tariff_income"]),
                 "weekly_contribution": format_pounds(early["weekly_contribution"]),
                 "pays_full_cost": early["pays_full_cost"],
                 "council_pays": format_pounds(early["council_pays"]),
                 "top_up": format_pounds(early["top_up"])}
    nursing = None
    if home_type == "nursing":
        nursing = format_pounds(trail.param("nhs_funded_nursing_care"))
        trail.say("charging.fnc", parameter="nhs_funded_nursing_care")
    top = max(p["top_up"] for p in phases)
    result.extra = {
        "property": {"owned": prop["owns"], "value": format_pounds(prop["value"]),
                     "treatment": reason, "secured_debt": format_pounds(prop["debt"]),
                     "sale_costs": format_pounds(prop["sale"]),
                     "value_counted": format_pounds(prop["net"]),
                     "discretionary_disregard": sentence(
                         "messages", "charging.discretionary_disregard") if prop["owns"]
                     else None},
        "first_12_weeks": first,
        "phases": [_phase_dict(p) for p in phases],
        "council_rate": format_pounds(council_rate),
        "top_up": {"weekly": format_pounds(later["top_up"]),
                   "first_12_weeks": format_pounds(phases[0]["top_up"]) if first else None,
                   "text": sentence("messages", "charging.top_up")} if top else None,
        "market_price": market,
        "deferred_payment": _deferred_payment(answers, trail, prop, savings, later, fee,
                                              income + benefit),
        "nhs_funded_nursing_care": nursing,
    }
    return result


def no_charge_for_carers(budget_central: int, trail: Trail) -> Charging:
    """This council does not charge carers for support provided to them."""
    trail.say("charging.carers_free")
    return Charging(applies=False, setting="carer", cost_of_care=budget_central,
                    cost_of_care_source="the indicative carer's budget")


def always_free(figures: dict[str, str]) -> list[str]:
    """Services that are always free, with today's figures."""
    return [sentence("messages", f"charging.always_free.{key}", figures)
            for key in ALWAYS_FREE]
