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
ALWAYS_FREE = (
    "Reablement and intermediate care for up to {reablement_weeks} weeks",
    "Aids (equipment to help with daily living), whatever they cost",
    "Minor adaptations to your home costing {minor_adaptations_limit} or less",
    "After-care under section 117 of the Mental Health Act 1983",
    "Care and support for people with Creutzfeldt-Jakob disease",
    "Information, advice and a needs assessment",
)
TOP_UP_TEXT = (
    "The council pays at most its usual rate for this type of home, less your contribution. "
    "The difference between that rate and the home's fee is an additional payment (a "
    "\"top-up\"). A relative, friend or charity normally pays it and must agree to. You can "
    "pay it yourself only during the first 12 weeks or under a deferred payment agreement."
)
DISCRETION_TEXT = (
    "The council can also choose to ignore your home in other cases, for example when a "
    "carer who gave up their own home to look after you lives there."
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
        trail.step("charging.pension_age_assumed", "You are 66, the State Pension age for "
                   "people born before 6 April 1960; we take it that you have reached it.",
                   "pension_age")
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
    reason = ("Minimum Income Guarantee for a member of a couple where one or both have reached "
              "Pension Credit age." if couple and (own or partner) else
              "Minimum Income Guarantee for your age and whether you live with a partner.")
    trail.step("charging.mig_base", reason, base)
    premium, enhanced = _disability_premium(answers)
    if base not in ("mig_single_pension_age", "mig_couple_pension_age") and premium:
        name = "mig_disability_premium_couple" if couple else "mig_disability_premium"
        total += trail.param(name)
        trail.step("charging.mig_disability_premium", "Plus the disability premium"
                   + (" at the lower rate for a member of a couple" if couple else "")
                   + " because you get a disability benefit or are registered blind.", name)
        if enhanced:
            name = ("mig_enhanced_disability_premium_couple" if couple
                    else "mig_enhanced_disability_premium")
            total += trail.param(name)
            trail.step("charging.mig_enhanced_premium", "Plus the enhanced disability premium"
                       + (" at the couple rate." if couple else "."), name)
    if answers.get("carers_allowance") == "yes":
        total += trail.param("mig_carer_premium")
        trail.step("charging.mig_carer_premium", "Plus the carer premium because you get "
                   "Carer's Allowance.", "mig_carer_premium")
    children = answers.get("dependent_children", 0)
    if children:
        total += children * trail.param("mig_child")
        trail.step("charging.mig_child", f"Plus the amount for each of your {children} "
                   "dependent children.", "mig_child", children * trail.params.value("mig_child"))
    return total


def disability_benefit_amount(answers: Answers, trail: Trail) -> int:
    """The weekly care or daily living benefit that counts as income (0 if none)."""
    benefit = answers.get("disability_benefit", "none")
    if benefit not in DISABILITY_BENEFITS:
        return 0
    lower = NIGHT_CARE_LOWER.get(benefit)
    if (lower and rules_file("local").get("disregard_night_care_when_none_arranged")
            and answers.get("night_care_arranged") == "no"):
        trail.step("charging.night_care_disregard", "The council ignores the night-time part "
                   "of your benefit because no care at night is arranged, so only the lower "
                   "rate counts.", lower)
        return trail.param(lower)
    return trail.param(benefit)


def _weekly_income(answers: Answers, trail: Trail, count_disability: bool,
                   care_home: bool = False) -> int:
    """Income after tax, less the disregards, plus the disability benefit when it counts."""
    pensions = answers.get("weekly_pensions", 0)
    income = pensions + answers.get("weekly_other_benefits", 0)
    trail.step("charging.income_after_tax", "Your pensions and benefits as paid to you, after "
               "tax: tax paid on income is ignored (SI 2014/2672 Schedule 1 paragraph 1).",
               amount=income)
    couple = answers.get("couple") == "yes"
    savings_credit = answers.get("savings_credit", 0)
    if savings_credit:
        name = "savings_credit_disregard_couple" if couple else "savings_credit_disregard_single"
        ignored = min(savings_credit, trail.param(name))
        income -= ignored
        trail.step("charging.savings_credit_disregard", "Part of your Savings Credit is ignored "
                   "(Schedule 1 paragraph 40), up to the weekly maximum.", name)
        trail.step("charging.savings_credit_ignored", "Savings Credit ignored.", amount=ignored)
    if answers.get("weekly_war_pension"):
        trail.step("charging.war_pension_disregard", "War Pension Scheme payments and the Armed "
                   "Forces Compensation Scheme Guaranteed Income Payment are ignored.",
                   amount=answers.get("weekly_war_pension"))
    work = min(answers.get("weekly_work_pensions", 0), pensions)
    if care_home and couple and work:
        half = work // 2
        income -= half
        trail.step("charging.half_pension_to_spouse", "Half of your work or personal pension "
                   "is ignored because you pay it to your husband, wife or civil partner at "
                   "home (SI 2014/2672 Schedule 1; statutory guidance Annex C).",
                   amount=half)
    if count_disability:
        amount = disability_benefit_amount(answers, trail)
        if amount:
            income += amount
            trail.step("charging.disability_benefit", "Your disability benefit counts as "
                       "income (the mobility part of PIP or DLA would not).",
                       amount=amount)
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
        trail.step("charging.care_home_rate", "The council's usual weekly care home rate.",
                   rate)
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
        trail.step("charging.short_stay", "For a short or respite stay in a care home the "
                   "council charges under its rules for care at home (SI 2014/2672 reg 8), and "
                   "your home is never counted.")
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
        trail.step("charging.property_value", "Your home is valued at what it would sell for, "
                   "less 10% for the costs of selling and less any debt secured on it "
                   "(SI 2014/2672 reg 20).", "property_sale_costs_percent", net)
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
        trail.step("charging.market_price", "You would pay for yourself, so we use the local "
                   "market price: the middle of the weekly fees care homes publish in the "
                   "services directory for this type of home.", amount=median)
        return median, "the local market price", {
            "label": str(band.get("label") or market["label"]),
            "checked": str(market["checked"]), "count": band["count"],
            "unit": band.get("unit", "per week"),
            "low": format_pounds(pence_from_rule(band["low"])), "median": format_pounds(median),
            "high": format_pounds(pence_from_rule(band["high"]))}
    trail.step("charging.care_home_rate", "The council's usual weekly care home rate.",
               rate_name)
    return trail.param(rate_name), "the council's usual rate", None


def _deferred_payment(answers: Answers, trail: Trail, prop: dict[str, Any], savings: int,
                      later: dict[str, Any], fee: int, income: int) -> dict[str, Any] | None:
    """Deferred payment figures (SI 2014/2671): what is kept, deferred, charged, and the limit."""
    if not (prop["owns"] and prop["counts"]):
        return None
    upper = trail.param("capital_upper_limit")
    eligible = savings <= upper and later["self_funding"]
    if not eligible:
        return {"eligible": False, "text": "A deferred payment agreement is for people whose "
                "savings, not counting their home, are below the upper limit."}
    allowance = trail.param("dpa_disposable_income_allowance")
    tariff = _tariff(savings, trail, record=False)
    from_income = min(fee, max(0, income + tariff - allowance))
    deferred = fee - from_income
    lower = trail.param("capital_lower_limit")
    equity = max(0, percent_of(max(0, prop["value"] - prop["debt"]),
                               trail.param("dpa_equity_limit_percent")) - lower)
    trail.param("dpa_interest_rate_max")
    trail.step("charging.deferred_payment", "With a deferred payment agreement you keep up to "
               "the disposable income allowance and pay the rest of your income towards the "
               "fees; the council defers the remainder, secured on your home.",
               "dpa_disposable_income_allowance")
    trail.step("charging.deferred_weekly", "Deferred each week.", amount=deferred)
    trail.step("charging.deferred_interest", "Interest is charged at no more than the "
               "national maximum (gilts rate plus 0.15%, reset every six months).",
               "dpa_interest_rate_max")
    trail.step("charging.equity_limit", "The most that can be deferred: 90% of your home's "
               "value, less any secured debt and the lower capital limit.",
               "dpa_equity_limit_percent", equity)
    return {
        "eligible": True,
        "text": ("You may be able to get a deferred payment agreement: the council pays your "
                 "care home fees and is repaid from your home later, usually when it is sold."),
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
    trail.step("charging.pea", "In a care home you keep the Personal Expenses Allowance.",
               "personal_expenses_allowance")
    income = _weekly_income(answers, trail, count_disability=False, care_home=True)
    benefit = disability_benefit_amount(answers, trail)
    if benefit:
        days = trail.param("disability_benefits_care_home_days")
        trail.step("charging.care_home_disability_benefit", f"Attendance Allowance, the care "
                   f"part of DLA and the daily living part of PIP stop after {days} days when "
                   "the council helps pay for a care home, so we leave them out then; while you "
                   "pay for yourself you keep them.", "disability_benefits_care_home_days")
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
        trail.step("charging.property_relative", "Your home is not counted because a partner or "
                   "qualifying relative still lives there.")
    elif prop["counts"]:
        reason = "counted_after_12_weeks"
        trail.step("charging.property_12_weeks", f"Your home is not counted for the first "
                   f"{weeks} weeks, then its value counts as capital.",
                   "property_disregard_weeks")
    else:
        reason = "no_property"
    if later["self_funding"]:
        trail.step("charging.above_upper_limit", f"Your capital of "
                   f"{format_display(later_capital)} is above the upper limit, so you pay the "
                   f"full cost of your care, {format_display(fee)} a week.",
                   "capital_upper_limit")
    else:
        trail.step("charging.tariff_income", "Tariff income: £1 a week for every £250, or part "
                   "of £250, above the lower limit.", "tariff_step", later["tariff_income"])
        trail.step("charging.contribution", "Income plus tariff income minus the Personal "
                   "Expenses Allowance, and never more than the council's rate for the home.",
                   amount=later["weekly_contribution"])
        trail.step("charging.council_share", "The council pays its usual rate (or the fee, if "
                   "lower) less your contribution.", rate_name, later["council_pays"])
        if later["top_up"]:
            trail.step("charging.top_up", "The rest of the fee is a top-up (Care and Support and "
                       "Aftercare (Choice of Accommodation) Regulations 2014), paid by someone "
                       "else, not by the council.", amount=later["top_up"])
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
        trail.step("charging.fnc", "In a nursing home the NHS pays NHS-funded nursing care to "
                   "the home on top of this.", "nhs_funded_nursing_care")
    top = max(p["top_up"] for p in phases)
    result.extra = {
        "property": {"owned": prop["owns"], "value": format_pounds(prop["value"]),
                     "treatment": reason, "secured_debt": format_pounds(prop["debt"]),
                     "sale_costs": format_pounds(prop["sale"]),
                     "value_counted": format_pounds(prop["net"]),
                     "discretionary_disregard": DISCRETION_TEXT if prop["owns"] else None},
        "first_12_weeks": first,
        "phases": [_phase_dict(p) for p in phases],
        "council_rate": format_pounds(council_rate),
        "top_up": {"weekly": format_pounds(later["top_up"]),
                   "first_12_weeks": format_pounds(phases[0]["top_up"]) if first else None,
                   "text": TOP_UP_TEXT} if top else None,
        "market_price": market,
        "deferred_payment": _deferred_payment(answers, trail, prop, savings, later, fee,
                                              income + benefit),
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
