"""Generate the fictional Wyvernshire demo directory (and synthetic ones for benchmarks).

Run ``python -m build_tools.directory.demo services_directory/organisations`` to rewrite
the committed demo records. Everything is made up: phone numbers come from Ofcom's
drama ranges and web and email addresses use example.org.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.records_io import write_record
from build_tools.directory.scaffold import slugify

AREAS_FILE = Path(__file__).resolve().parents[2] / "services_directory" / "areas.yaml"
LOCALITIES = {
    "wyvernton": ("Wyvernton", ["WY1", "WY2", "WY3", "WY4"]),
    "northmoor": ("Northmoor", ["WY5", "WY6", "WY7"]),
    "eastbridge": ("Eastbridge", ["WY8", "WY9", "WY10"]),
    "saltmarsh": ("Saltmarsh", ["WY11", "WY12", "WY13"]),
    "hollowdale": ("Hollowdale", ["WY14", "WY15", "WY16", "WY17"]),
    "kingsford": ("Kingsford", ["WY18", "WY19", "WY20"]),
}
RURAL = {"northmoor", "saltmarsh", "hollowdale"}
STREETS = ["High Street", "Church Lane", "Station Road", "Mill Lane", "Market Place",
           "Victoria Road", "Orchard Close", "Bridge Street", "Queen's Road", "Moor Lane",
           "Harbour Road", "Chapel Row", "Meadow Way", "Kingsway", "Riverside Walk"]
OWNERS = [("Priya Shah", "directory.team@wyvernshire.example.org"),
          ("Tom Okafor", "commissioning@wyvernshire.example.org"),
          ("Grace Llewellyn", "provider.quality@wyvernshire.example.org"),
          ("Sam Byrne", "community.links@wyvernshire.example.org")]
NURSES = " with registered nurses on duty day and night"
RATINGS = ["Good", "Good", "Good", "Outstanding", "Requires improvement", "Good"]
OFFICE = ["Mon-Fri 09:00-17:00"]
XMAS = ["2026-12-25 closed (Christmas Day)", "2026-12-26 closed (Boxing Day)",
        "2027-01-01 closed (New Year's Day)"]


def coordinates(slug: str, postcode: str) -> dict[str, float]:
    """A venue's latitude and longitude: its district's centre (``areas.yaml``) moved up
    to about a mile in a direction fixed by its slug (no random numbers used up)."""
    centres = yaml.safe_load((AREAS_FILE).read_text(encoding="utf-8"))["district_centres"]
    centre = centres[postcode.split()[0]]
    digest = hashlib.sha256(slug.encode()).digest()
    north, east = (digest[0] - 128) / 128 * 0.012, (digest[1] - 128) / 128 * 0.018
    return {"latitude": round(centre["latitude"] + north, 4),
            "longitude": round(centre["longitude"] + east, 4)}


class Numbers:
    """Hands out unique drama-range phone numbers."""

    def __init__(self) -> None:
        self._numbers = iter([f"01632 960{n:03d}" for n in range(200, 1000)]
                             + [f"020 7946 0{n:03d}" for n in range(0, 1000)])

    def next(self) -> str:
        return next(self._numbers)


class Builder:
    """Shared state while generating: numbers, addresses, review dates."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.numbers = Numbers()
        self.count = 0
        self.used_postcodes: set[str] = set()

    def postcode(self, locality: str) -> str:
        districts = LOCALITIES[locality][1]
        while True:
            code = (f"{self.rng.choice(districts)} {self.rng.randint(1, 9)}"
                    f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")
            if code not in self.used_postcodes:
                self.used_postcodes.add(code)
                return code

    def location(self, slug: str, name: str, locality: str, access: list[str],
                 hours: list[str] | None = None, transport: str | None = None) -> dict[str, Any]:
        town = LOCALITIES[locality][0]
        loc: dict[str, Any] = {
            "slug": slug, "name": name,
            "address": {"address_1": f"{self.rng.randint(1, 120)} {self.rng.choice(STREETS)}",
                        "city": town, "postal_code": self.postcode(locality)},
        }
        loc.update(coordinates(slug, loc["address"]["postal_code"]))
        if transport:
            loc["transportation"] = transport
        loc["accessibility"] = access
        if hours:
            loc["opening_hours"] = hours
        return loc

    def organisation(self, name: str, kind: str, description: str, **extra: Any) -> dict[str, Any]:
        self.count += 1
        slug = extra.pop("slug", None) or slugify(name)
        owner = OWNERS[self.count % len(OWNERS)]
        month = 1 + self.count % 10
        org: dict[str, Any] = {
            "slug": slug, "name": name, "kind": kind, "description": description,
            "website": f"https://www.{slug.replace('-', '')[:24]}.example.org/",
            "email": f"hello@{slug.replace('-', '')[:24]}.example.org",
            "phones": [{"number": self.numbers.next(), "description": "Main number"}],
        }
        org.update(extra)
        org["last_reviewed"] = f"2026-{month:02d}-{1 + self.count % 27:02d}"
        org["review_due"] = f"2027-{month:02d}-{1 + self.count % 27:02d}"
        org["record_owner"] = {"name": owner[0], "email": owner[1]}
        return org

    def phone(self, description: str) -> list[dict[str, str]]:
        return [{"number": self.numbers.next(), "description": description}]


def record(org: dict[str, Any], services: list[dict[str, Any]],
           locations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"organization": org}
    if locations:
        data["locations"] = locations
    data["services"] = services
    return data


def service(slug: str, name: str, description: str, categories: list[str],
            localities: list[str], delivery: list[str], routes: list[str],
            costs: list[Any], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"slug": slug, "name": name, "status": "active",
                            "description": description, "categories": categories,
                            "localities": localities, "delivery": delivery,
                            "referral_routes": routes, "costs": costs}
    data.update(extra)
    return data


def council(b: Builder) -> Iterator[dict[str, Any]]:
    org = b.organisation(
        "Wyvernshire Council Adult Social Care", "council",
        "The council's adult social care service: needs assessments, carers' assessments, "
        "reablement, equipment, telecare and safeguarding for adults in Wyvernshire.",
        slug="wyvernshire-council-adult-social-care",
        identifiers=[{"scheme": "GB-LAE", "identifier": "WYV"}])
    hall = b.location("county-hall", "County Hall", "wyvernton",
                      ["Step-free entrance", "Hearing loop at reception", "Accessible toilet",
                       "Blue badge parking"], [*OFFICE, "Sat 09:00-13:00"],
                      "Buses 1, 4 and 12 stop outside; Wyvernton station is 10 minutes' walk.")
    svc = [
        service("needs-assessment", "Care needs assessment",
                "A conversation with a social care practitioner about what you find hard, "
                "what matters to you and what support could help. Anyone who appears to need "
                "care can have one, whatever their income or savings.",
                ["help-at-home", "physical-disability", "learning-disability", "dementia"],
                ["all"], ["at-home", "phone", "venue"], ["self-referral", "professional-referral"],
                ["free"], locations=["county-hall"], opening_hours=[*OFFICE, "Sat 09:00-13:00"],
                hours_exceptions=XMAS, phones=[{"number": "01632 960000",
                                                "description": "Care and support line"}],
                minimum_age=18, client_groups=["everyone"],
                summary="Ask for an assessment of your care needs; it is free for everyone."),
        service("carers-assessment", "Carer's assessment",
                "If you look after someone, you can have your own assessment of the support "
                "you need to keep caring and look after your own health.",
                ["carers-support"], ["all"], ["at-home", "phone", "online"],
                ["self-referral"], ["free"], phones=[{"number": "01632 960000"}],
                opening_hours=OFFICE, client_groups=["carers"], minimum_age=18),
        service("wyvernshire-reablement", "Reablement at home",
                "Up to six weeks of short-term support at home, free of charge, to help you "
                "regain everyday skills after an illness, fall or hospital stay.",
                ["reablement", "leaving-hospital"], ["all"], ["at-home"],
                ["professional-referral", "via-council"],
                ["free"], opening_hours=["Daily 07:00-22:00"], minimum_age=18,
                client_groups=["older-people", "leaving-hospital"],
                eligibility_description="For adults who could regain independence with short-term "
                "help. Free for up to six weeks.",
                cqc={"location_id": "1-5550010001", "rating": "Good", "inspected": "2025-09-12"}),
        service("community-equipment-service", "Community equipment service",
                "Loans of equipment such as bath seats, raised toilet seats, walking frames and "
                "hospital beds after an assessment. Equipment and minor adaptations under "
                "£1,000 are free if you are assessed as needing them.",
                ["equipment-and-adaptations", "leaving-hospital"], ["all"], ["at-home"],
                ["professional-referral", "via-council"], ["free"],
                opening_hours=["Mon-Fri 08:00-18:00", "Sat 09:00-12:00"], hours_exceptions=XMAS,
                phones=b.phone("Equipment deliveries and collections")),
        service("wyvernshire-lifeline", "Wyvernshire Lifeline telecare",
                "A pendant alarm and home unit that connect you to our 24-hour response centre. "
                "Fall detectors, smoke alarms and bed sensors can be added.",
                ["telecare"], ["all"], ["at-home", "phone"], ["self-referral", "via-council"],
                [{"cost": "£5.25 per week", "label": "Alarm and monitoring"},
                 {"cost": "£35.00 one-off", "label": "Installation"},
                 "funded by the council if eligible"],
                opening_hours=["Daily 24 hours"], phones=b.phone("Lifeline enquiries"),
                client_groups=["older-people", "physical-disability", "dementia"]),
        service("adult-safeguarding-team", "Adult safeguarding team",
                "Tell us if you are worried that an adult is being abused, neglected or "
                "exploited. You can report a concern about yourself or someone else.",
                ["safeguarding"], ["all"], ["phone", "online"], ["self-referral"], ["free"],
                phones=[{"number": "01632 960100", "description": "Safeguarding concerns"}],
                email="safeguarding@wyvernshire.example.org", opening_hours=["Daily 24 hours"],
                summary="Report a worry about abuse or neglect of an adult. "
                "In an emergency call 999."),
        service("sensory-support-team", "Sensory support team",
                "Specialist workers for people with sight or hearing loss: assessments, "
                "registration, equipment, and mobility training with a long cane.",
                ["sensory-loss"], ["all"], ["at-home", "venue"],
                ["self-referral", "professional-referral"], ["free"], locations=["county-hall"],
                phones=[{"number": b.numbers.next(), "type": "textphone",
                         "description": "Textphone"}],
                opening_hours=OFFICE, client_groups=["sensory-loss"]),
        service("housing-options-team", "Housing options and homelessness",
                "Advice if your home no longer suits you or you may lose it, including extra care "
                "housing, adaptations and help to stay put.",
                ["housing-options"], ["all"], ["phone", "venue", "online"], ["self-referral"],
                ["free"], locations=["county-hall"], opening_hours=OFFICE,
                phones=b.phone("Housing options")),
        service("financial-assessment-team", "Financial assessment team",
                "Works out how much you will pay towards care arranged by the council, using "
                "national charging rules. We can visit you or do the assessment by phone.",
                ["money-and-benefits-advice", "care-homes"], ["all"], ["phone", "at-home"],
                ["via-council"], ["free"], opening_hours=OFFICE,
                required_documents=["Recent bank statements", "Pension and benefit letters"]),
        service("direct-payments-team", "Direct payments",
                "Take your personal budget as money so you can choose and employ your own "
                "support, including personal assistants.",
                ["personal-assistants", "brokerage-and-support-planning"], ["all"],
                ["phone", "online"], ["via-council"], ["funded by the council if eligible"],
                opening_hours=OFFICE),
        service("occupational-therapy", "Occupational therapy",
                "Occupational therapists look at how you manage at home and recommend equipment, "
                "adaptations or new ways of doing things.",
                ["equipment-and-adaptations", "physical-disability"], ["all"], ["at-home"],
                ["self-referral", "professional-referral"], ["free"], opening_hours=OFFICE),
        service("learning-disability-team", "Community learning disability team",
                "Social workers and nurses who support adults with a learning disability and "
                "their families, including planning for the future.",
                ["learning-disability", "autism"], ["all"], ["at-home", "phone"],
                ["self-referral", "professional-referral"], ["free"], opening_hours=OFFICE,
                client_groups=["learning-disability", "autism"]),
        service("mental-health-social-work", "Mental health social work team",
                "Social workers and approved mental health professionals working with the NHS.",
                ["mental-health", "safeguarding"], ["all"], ["at-home", "phone"],
                ["professional-referral", "via-council"], ["free"], opening_hours=OFFICE,
                client_groups=["mental-health"]),
    ]
    yield record(org, svc, [hall])


HOME_CARE = [
    ("Wyvernton Home Care", "wyvernton", "company", 2450),
    ("Moorland Care at Home", "northmoor", "company", 2795),
    ("Eastbridge Homecare Services", "eastbridge", "company", 2500),
    ("Coastline Care", "saltmarsh", "company", 2780),
    ("Hollowdale Rural Care", "hollowdale", "community-interest-company", 2850),
    ("Kingsford Care Partners", "kingsford", "company", 2425),
    ("Bluebell Domiciliary Care", "wyvernton", "company", 2600),
    ("Heartwood Home Support", "eastbridge", "social-enterprise", 2395),
    ("Riverside Live-in Care", "kingsford", "company", 2480),
]


def home_care(b: Builder) -> Iterator[dict[str, Any]]:
    for name, where, kind, pence in HOME_CARE:
        slug = slugify(name)
        town = LOCALITIES[where][0]
        reach = [where] + ([n for n in LOCALITIES if n != where][:1] if pence < 2500 else [])
        org = b.organisation(name, kind,
                             f"A home care agency based in {town}, registered with the Care "
                             "Quality Commission, visiting people in their own homes.",
                             identifiers=[{"scheme": "GB-COH",
                                           "identifier": f"{10000000 + b.count * 7919}"}])
        pounds = f"£{pence // 100}.{pence % 100:02d}"
        svcs = [service(
            f"{slug}-visits", f"{name}: home care visits",
            f"Care workers visit from 15 minutes to several hours to help with washing, dressing, "
            f"meals, medicines and getting about. Visits run from early morning to late evening, "
            f"seven days a week. Our rate for people who pay for themselves is {pounds} an hour; "
            "we also work for the council.",
            ["help-at-home"] + (["dementia"] if b.count % 2 else ["physical-disability"]),
            reach, ["at-home"], ["self-referral", "via-council"],
            [{"cost": f"{pounds} per hour", "label": "Weekday rate"},
             {"cost": f"£{(pence * 5 // 4) // 100}.{(pence * 5 // 4) % 100:02d} per hour",
              "label": "Weekend and bank holiday rate"},
             "funded by the council if eligible"],
            opening_hours=["Daily 07:00-22:00"], phones=b.phone("Office and enquiries"),
            minimum_age=18, client_groups=["older-people", "physical-disability"],
            cqc={"location_id": f"1-{2000000000 + b.count * 104729}",
                 "rating": RATINGS[b.count % len(RATINGS)], "inspected": "2025-06-18"},
            languages=["English"] + (["Polish"] if b.count % 3 == 0 else []),
        )]
        svcs.append(service(
            f"{slug}-live-in", f"{name}: live-in care",
            "A carer lives in your home to provide support around the clock, with breaks "
            "covered by a second carer.", ["help-at-home", "end-of-life"], reach, ["at-home"],
            ["self-referral"], [f"£{900 + pence // 4:,}.00 per week"], minimum_age=18,
            client_groups=["older-people"]))
        if b.count % 2 == 0:
            svcs.append(service(
                f"{slug}-night-sitting", f"{name}: night sitting and end of life care",
                "A care worker stays overnight so family carers can sleep, or to support someone "
                "in the last weeks of life, working alongside district nurses.",
                ["end-of-life", "carers-support"], [where], ["at-home"],
                ["self-referral", "professional-referral"],
                [f"£{(pence * 9 // 10) // 100}.{(pence * 9 // 10) % 100:02d} per hour"],
                minimum_age=18, opening_hours=["Daily 20:00-24:00"]))
        yield record(org, svcs)


CARE_HOMES = [
    ("The Beeches", "wyvernton", False, 98500),
    ("Heather View", "northmoor", False, 92000),
    ("Riverbank House", "eastbridge", True, 132500),
    ("Seaview Lodge", "saltmarsh", False, 95000),
    ("Harbour Court Nursing Home", "saltmarsh", True, 128000),
    ("Valley Oaks", "hollowdale", False, 89500),
    ("Kingsford Manor", "kingsford", True, 141000),
    ("Elm Lodge", "kingsford", False, 101500),
    ("Northmoor Grange", "northmoor", True, 125000),
    ("Willow Bank", "wyvernton", False, 104000),
]


def care_homes(b: Builder) -> Iterator[dict[str, Any]]:
    for name, where, nursing, pence in CARE_HOMES:
        slug = slugify(name)
        beds = 20 + (b.count * 7) % 45
        org = b.organisation(
            name if "Home" in name else f"{name} Care Home",
            "charity" if b.count % 4 == 0 else "company",
            f"A {'nursing' if nursing else 'residential'} care home with {beds} rooms.",
            slug=slug)
        loc = b.location(f"{slug}-home", name, where,
                         ["Step-free throughout", "Lift to all floors", "Hearing loop in lounge",
                          "Accessible bathrooms"],
                         transport="Visitors' parking on site.")
        kind = "nursing-homes" if nursing else "care-homes"
        pounds = f"£{pence // 100:,}.{pence % 100:02d}"
        svcs = [service(
            f"{slug}-{'nursing' if nursing else 'residential'}-care",
            f"{name}: {'nursing' if nursing else 'residential'} care",
            f"Permanent and short stays in a single room with en-suite, meals, activities and "
            f"round-the-clock care{NURSES if nursing else ''}. "
            f"Weekly fees for people paying for themselves start at {pounds}.",
            [kind, "dementia"] + (["end-of-life"] if nursing else []),
            [where], ["venue"], ["self-referral", "via-council"],
            [{"cost": f"{pounds} per week", "label": "Standard room"},
             "funded by the council if eligible"],
            locations=[loc["slug"]], minimum_age=65 if b.count % 3 else 18,
            client_groups=["older-people", "dementia"],
            cqc={"location_id": f"1-{3000000000 + b.count * 15485863 % 999999999}",
                 "rating": RATINGS[(b.count + 2) % len(RATINGS)], "inspected": "2025-11-04"},
            phones=b.phone("Manager"),
        )]
        svcs.append(service(
            f"{slug}-day-care", f"{name}: day care",
            "Spend the day at the home: lunch, activities and company, with transport "
            "available.", ["day-opportunities", "dementia"], [where], ["venue"],
            ["self-referral", "via-council"], [f"£{45 + b.count % 20}.00 per day"],
            locations=[loc["slug"]], opening_hours=["Mon-Fri 10:00-16:00"]))
        if not nursing:
            svcs.append(service(
                f"{slug}-respite", f"{name}: short breaks",
                "Short stays of one night to two weeks so that family carers can have a break.",
                ["carers-support", "care-homes"], [where], ["venue"],
                ["self-referral", "via-council"],
                [f"£{(pence // 7 + 1500) // 100}.00 per night"], locations=[loc["slug"]],
                client_groups=["carers", "older-people"]))
        yield record(org, svcs, [loc])


def community(b: Builder) -> Iterator[dict[str, Any]]:
    # Carers' centre with a venue in each town.
    org = b.organisation("Wyvernshire Carers' Centre", "charity",
                         "Information, breaks and a listening ear for unpaid carers of all ages.",
                         identifiers=[{"scheme": "GB-CHC", "identifier": "1190001"}])
    locs = [b.location(f"carers-centre-{k}", f"Carers' Centre, {v[0]}", k,
                       ["Step-free entrance", "Accessible toilet"], ["Tue,Thu 10:00-15:00"])
            for k, v in list(LOCALITIES.items())[:3]]
    svcs = [
        service("carers-support-line", "Carers' support line",
                "Talk to an adviser about caring, breaks, benefits and your rights as a carer.",
                ["carers-support", "money-and-benefits-advice"], ["all"], ["phone", "online"],
                ["self-referral"], ["free"], opening_hours=["Mon-Fri 09:00-17:00",
                                                            "Wed 17:00-19:00"],
                phones=b.phone("Support line"), client_groups=["carers"]),
        service("carers-cafes", "Carers' cafés",
                "Drop in for a cuppa with other carers. Staff are on hand for advice.",
                ["carers-support", "befriending-and-loneliness"],
                ["wyvernton", "northmoor", "eastbridge"], ["venue"], ["self-referral"], ["free"],
                locations=[loc["slug"] for loc in locs], opening_hours=["Tue,Thu 10:00-15:00"],
                hours_exceptions=["2026-12-24 to 2027-01-03 closed (Christmas break)"]),
        service("carers-emergency-card", "Carers' emergency card",
                "Register a plan so that, if something happens to you, the person you care for "
                "gets help quickly.", ["carers-support"], ["all"], ["phone", "online"],
                ["self-referral"], ["free"], client_groups=["carers"]),
        service("carers-breaks-grants", "Carers' break grants",
                "Small grants towards a break, a hobby or a short holiday for unpaid carers.",
                ["carers-support"], ["all"], ["phone", "online"],
                ["self-referral", "via-council"], ["free"], client_groups=["carers"]),
    ]
    yield record(org, svcs, locs)

    org = b.organisation("Wyvernshire Advocacy Partnership", "charity",
                         "Independent advocacy for adults in Wyvernshire.",
                         identifiers=[{"scheme": "GB-CHC", "identifier": "1190002"}])
    yield record(org, [
        service("care-act-advocacy", "Care Act advocacy",
                "An independent advocate to support you through assessments, care planning, "
                "reviews and safeguarding enquiries if you would find it hard to take part.",
                ["advocacy", "safeguarding"], ["all"], ["at-home", "phone"],
                ["via-council", "professional-referral"], ["free"], opening_hours=OFFICE,
                phones=b.phone("Referrals")),
        service("imca-service", "Independent mental capacity advocacy (IMCA)",
                "Advocates for people who lack capacity to make a serious decision, such as a "
                "move into a care home, and have nobody else to speak for them.",
                ["advocacy", "dementia", "learning-disability"], ["all"], ["at-home"],
                ["professional-referral"], ["free"], opening_hours=OFFICE),
        service("community-advocacy", "Community advocacy",
                "Short-term help to speak up about housing, benefits or health services.",
                ["advocacy", "mental-health"], ["all"], ["phone", "online"], ["self-referral"],
                ["free"],
                interpretation_services="Interpreters and British Sign Language on request."),
    ])

    org = b.organisation("Choices Support Planning", "community-interest-company",
                         "Independent support planning and brokerage for people with a personal "
                         "budget or paying for their own care.")
    yield record(org, [
        service("choices-support-planning", "Support planning",
                "We help you write a support plan and work out how to use your personal budget.",
                ["brokerage-and-support-planning"], ["all"], ["at-home", "phone", "online"],
                ["self-referral", "via-council"],
                ["funded by the council if eligible", {"cost": "£32.00 per hour",
                                                        "label": "Self-funders"}]),
        service("choices-brokerage", "Care brokerage",
                "We find and book care and support that fits your plan and budget.",
                ["brokerage-and-support-planning", "help-at-home"], ["all"], ["phone", "online"],
                ["self-referral"], [{"cost": "£120.00 one-off", "label": "Brokerage fee"}]),
    ])

    org = b.organisation("PA Finder Wyvernshire", "social-enterprise",
                         "A register of personal assistants and help with being an employer.")
    yield record(org, [
        service("pa-register", "Personal assistant register",
                "Search for self-employed personal assistants near you, or advertise a job.",
                ["personal-assistants"], ["all"], ["online", "phone"], ["self-referral"],
                ["free"], url="https://www.pafinder.example.org/search"),
        service("pa-payroll", "Payroll and employer support",
                "We handle payslips, tax and pensions for people who employ a PA.",
                ["personal-assistants", "brokerage-and-support-planning"], ["all"],
                ["phone", "online"], ["self-referral"], ["£9.50 per month"]),
    ])

    user_led = [
        ("Wyvernshire Disability Forum", "physical-disability",
         "Run by and for disabled people: peer support, information and campaigning.",
         ["physical-disability", "sensory-loss"]),
        ("People First Wyvernshire", "learning-disability",
         "A self-advocacy group run by people with learning disabilities.",
         ["learning-disability", "advocacy"]),
        ("Autism Together Wyvernshire", "autism",
         "Autistic-led social groups, post-diagnosis courses and a helpline.",
         ["autism", "befriending-and-loneliness"]),
        ("Hearing Voices Wyvernshire", "mental-health",
         "Peer support groups for people who hear voices or have unusual experiences.",
         ["mental-health"]),
        ("Spinal Injuries Peer Network", "physical-disability",
         "Peer mentors who have lived with a spinal cord injury for years.",
         ["physical-disability", "leaving-hospital"]),
    ]
    for index, (name, group, blurb, cats) in enumerate(user_led):
        where = list(LOCALITIES)[index % 6]
        org = b.organisation(name, "user-led", blurb)
        loc = b.location(f"{slugify(name)}-base", f"{name} meeting room", where,
                         ["Step-free entrance", "Quiet room available"])
        yield record(org, [
            service(f"{slugify(name)}-peer-support", f"{name}: peer support",
                    f"{blurb} Meet people with shared experience, by phone, online or in person.",
                    cats, ["all"], ["venue", "online", "phone"], ["self-referral"], ["free"],
                    locations=[loc["slug"]], client_groups=[group],
                    opening_hours=["Mon,Wed 18:00-20:00", "Sat 10:00-12:00"]),
            service(f"{slugify(name)}-online-group", f"{name}: online meet-up",
                    "A weekly video call, open to anyone in Wyvernshire with shared experience.",
                    cats, ["all"], ["online"], ["self-referral"], ["free"],
                    opening_hours=["Thu 19:00-20:30"]),
        ], [loc])

    retailers = [("Mobility Plus Eastbridge", "eastbridge"),
                 ("Kingsford Mobility Centre", "kingsford"), ("Wyvern Living Aids", "wyvernton")]
    for name, where in retailers:
        slug = slugify(name)
        org = b.organisation(name, "company",
                             "A shop selling and hiring daily living aids and mobility equipment.")
        loc = b.location(f"{slug}-shop", f"{name} showroom", where,
                         ["Step-free entrance", "Parking outside", "Try-before-you-buy room"],
                         ["Mon-Sat 09:00-17:30"])
        yield record(org, [service(
            f"{slug}-equipment", f"{name}: equipment to buy or hire",
            "Scooters, wheelchairs, riser recliner chairs, bath lifts and small aids. Free "
            "home demonstrations. VAT relief for eligible disabled customers.",
            ["equipment-and-adaptations", "physical-disability"], [where], ["venue", "at-home"],
            ["self-referral"],
            [{"cost": "£12.00 per week", "label": "Wheelchair hire"},
             {"cost": "£1,495.00 one-off", "label": "Mobility scooter from"}],
            locations=[loc["slug"]], opening_hours=["Mon-Sat 09:00-17:30"],
            hours_exceptions=["Bank holidays closed"]),
            service(f"{slug}-fitting", f"{name}: home assessment and fitting",
                    "We visit to measure up and fit stairlifts, grab rails and bath lifts.",
                    ["equipment-and-adaptations"], [where], ["at-home"], ["self-referral"],
                    [{"cost": "£60.00 per visit", "label": "Assessment visit, refunded on order"}],
                    opening_hours=["Mon-Fri 09:00-17:00"])], [loc])

    org = b.organisation("Care and Repair Wyvernshire", "charity",
                         "A home improvement agency helping older and disabled people stay "
                         "safe and warm at home.")
    yield record(org, [
        service("handyperson-service", "Handyperson service",
                "Small jobs such as grab rails, key safes and trip hazards.",
                ["equipment-and-adaptations", "housing-options"], ["all"], ["at-home"],
                ["self-referral", "professional-referral"],
                [{"cost": "£18.00 per hour", "label": "Labour"},
                 "funded by the council if eligible"],
                minimum_age=60, client_groups=["older-people", "physical-disability"]),
        service("disabled-facilities-grant-help", "Help with Disabled Facilities Grants",
                "Caseworkers who guide you through a grant for larger adaptations like a "
                "level-access shower or stairlift.",
                ["equipment-and-adaptations", "housing-options"], ["all"], ["at-home", "phone"],
                ["self-referral", "professional-referral"], ["free"]),
    ])

    org = b.organisation("Wyvern Housing Association", "social-enterprise",
                         "Affordable homes including extra care and sheltered housing.")
    court = b.location("orchard-court", "Orchard Court extra care", "eastbridge",
                       ["Step-free throughout", "Lifts", "Hearing loop in community room"])
    yield record(org, [
        service("orchard-court-extra-care", "Orchard Court extra care housing",
                "Your own flat with care staff on site 24 hours a day, a restaurant and "
                "activities. Care is arranged separately.",
                ["housing-options", "help-at-home"], ["eastbridge", "kingsford"], ["venue"],
                ["self-referral", "via-council"],
                [{"cost": "£168.00 per week", "label": "Rent and service charge"}],
                locations=["orchard-court"], minimum_age=55, client_groups=["older-people"]),
        service("sheltered-housing", "Sheltered housing",
                "Flats for people over 60 with a scheme manager and an alarm service.",
                ["housing-options", "telecare"], ["all"], ["venue", "phone"], ["self-referral"],
                [{"cost": "£142.00 per week", "label": "Rent and service charge"}],
                locations=["orchard-court"], minimum_age=60),
    ], [court])


def locality_groups(b: Builder) -> Iterator[dict[str, Any]]:
    """Community groups and charities rooted in one town each."""
    for key, (town, _) in LOCALITIES.items():
        rural = key in RURAL
        org = b.organisation(f"{town} Good Neighbours", "community-group",
                             f"Volunteers helping neighbours in and around {town}.")
        hall = b.location(f"{key}-village-hall" if rural else f"{key}-community-centre",
                          f"{town} {'Village Hall' if rural else 'Community Centre'}", key,
                          ["Step-free entrance", "Accessible toilet", "Hearing loop"],
                          transport=("Community bus on Tuesdays and Fridays." if rural else
                                     "On the town bus route."))
        yield record(org, [
            service(f"{key}-befriending", f"{town} befriending",
                    "A friendly volunteer visits or phones once a week for a chat.",
                    ["befriending-and-loneliness"], [key], ["at-home", "phone"],
                    ["self-referral", "professional-referral"], ["free"],
                    client_groups=["older-people"]),
            service(f"{key}-lunch-club", f"{town} lunch club",
                    ("A dementia-friendly two-course lunch with company and a quiz, for people "
                     "living with dementia, their carers and anyone else. " if rural else
                     "A two-course lunch with company and a quiz. ")
                    + "Transport can be arranged.",
                    ["meals", "befriending-and-loneliness", "day-opportunities"], [key], ["venue"],
                    ["self-referral"], ["£6.50 per meal"], locations=[hall["slug"]],
                    opening_hours=["Wed 12:00-14:00"] if rural else ["Mon,Thu 12:00-14:00"]),
            service(f"{key}-memory-cafe", f"{town} memory café",
                    "A relaxed monthly café for people living with dementia and the people who "
                    "support them.", ["dementia", "carers-support"], [key], ["venue"],
                    ["self-referral"], ["free"], locations=[hall["slug"]],
                    opening_hours=["Fri 14:00-16:00"], client_groups=["dementia", "carers"]),
            service(f"{key}-seated-exercise", f"{town} seated exercise",
                    "Gentle chair-based exercise to music to build strength and prevent falls.",
                    ["physical-disability", "befriending-and-loneliness"], [key], ["venue"],
                    ["self-referral"], ["£3.00 per session"], locations=[hall["slug"]],
                    opening_hours=["Tue 10:30-11:30"]),
            service(f"{key}-shopping-help", f"{town} shopping and errands",
                    "Volunteers collect shopping and prescriptions, or go with you to the shops.",
                    ["help-at-home", "meals"], [key], ["at-home"], ["self-referral"],
                    [{"cost": "free", "label": "Donations welcome"}]),
        ], [hall])

        name = f"{town} Community Transport"
        if rural or key == "kingsford":
            org = b.organisation(name, "charity", f"Door-to-door transport around {town}.")
            yield record(org, [service(
                f"{key}-dial-a-ride", f"{town} dial-a-ride",
                "Wheelchair-accessible minibuses for shopping, appointments and visits, "
                "booked a day ahead.", ["transport"], [key], ["at-home"], ["self-referral"],
                [{"cost": "£4.00 per journey", "label": "Single journey up to 5 miles"},
                 {"cost": "£7.50 per journey", "label": "Longer journeys"}],
                opening_hours=["Mon-Fri 08:30-17:00"], phones=b.phone("Bookings"))])


def county_charities(b: Builder) -> Iterator[dict[str, Any]]:
    specs = [
        ("Age Well Wyvernshire", "charity", [
            ("age-well-information", "Information and advice for later life",
             "Advice on benefits, care costs, housing and planning ahead.",
             ["money-and-benefits-advice", "care-homes"], ["phone", "venue", "online"],
             ["free"]),
            ("age-well-home-help", "Home help and cleaning",
             "Cleaning, shopping and laundry from vetted staff.",
             ["help-at-home"], ["at-home"], ["£19.50 per hour"]),
            ("home-from-hospital", "Home from hospital",
             "Settling-in support for up to six weeks after a hospital stay: shopping, "
             "prescriptions and a friendly check-in.",
             ["leaving-hospital", "befriending-and-loneliness"],
             ["at-home", "phone"], ["free"]),
        ]),
        ("Wyvernshire Sight and Sound", "charity", [
            ("sight-and-sound-resource-centre", "Sensory resource centre",
             "Try magnifiers, talking clocks and amplified phones, and get advice.",
             ["sensory-loss", "equipment-and-adaptations"], ["venue", "phone"], ["free"]),
            ("hearing-aid-support", "Hearing aid maintenance clinics",
             "Volunteers retube and clean NHS hearing aids and supply batteries.",
             ["sensory-loss"], ["venue"], ["free"]),
        ]),
        ("Clearwater Mental Health", "charity", [
            ("clearwater-recovery-college", "Recovery college",
             "Free courses on living well with mental health conditions.",
             ["mental-health"], ["venue", "online"], ["free"]),
            ("clearwater-crisis-cafe", "Evening crisis café",
             "A calm place to talk when things are difficult. No appointment needed.",
             ["mental-health"], ["venue", "phone"], ["free"]),
        ]),
        ("St Aldhelm's Hospice", "charity", [
            ("hospice-at-home", "Hospice at home",
             "Nurses and care workers support people to die at home, if that is their wish.",
             ["end-of-life"], ["at-home"], ["free"]),
            ("bereavement-support", "Bereavement support",
             "One-to-one and group support for anyone grieving a death in Wyvernshire.",
             ["end-of-life", "mental-health"], ["venue", "phone"], ["free"]),
        ]),
        ("Wyvernshire Advice Centre", "charity", [
            ("benefits-advice", "Benefits and debt advice",
             "Help to check what you can claim, fill in forms and deal with debts.",
             ["money-and-benefits-advice"], ["phone", "venue", "online"], ["free"]),
            ("planning-ahead-advice", "Planning ahead: wills and power of attorney",
             "Help to set up a lasting power of attorney and plan for future care costs.",
             ["money-and-benefits-advice", "dementia"], ["phone", "venue"],
             [{"cost": "£40.00 one-off", "label": "Form-filling help"}]),
        ]),
        ("Wyvern Meals", "social-enterprise", [
            ("hot-meals-delivered", "Hot meals delivered",
             "A hot lunch delivered to your door every day of the year.",
             ["meals", "help-at-home"], ["at-home"], ["£5.40 per meal"]),
            ("frozen-meals", "Frozen meals",
             "A fortnightly delivery of frozen ready meals and a microwave if you need one.",
             ["meals"], ["at-home"], ["£4.20 per meal"]),
        ]),
        ("Greenway Day Opportunities", "charity", [
            ("greenway-day-service", "Greenway day service",
             "Gardening, cooking, art and trips for adults with learning disabilities or autism.",
             ["day-opportunities", "learning-disability", "autism"], ["venue"],
             [{"cost": "£52.00 per day", "label": "Day rate"},
              "funded by the council if eligible"]),
        ]),
        ("Wyvern Response", "company", [
            ("wyvern-response-alarm", "Personal alarm with mobile responders",
             "Alarm monitoring with a responder who can visit within 45 minutes, day or night.",
             ["telecare", "help-at-home"], ["at-home", "phone"],
             [{"cost": "£4.75 per week", "label": "Monitoring only"},
              {"cost": "£7.95 per week", "label": "With mobile response"}]),
        ]),
        ("Wyvernshire Stroke Club", "community-group", [
            ("stroke-club", "Stroke club",
             "Exercise, speech practice and company for stroke survivors and carers.",
             ["physical-disability", "day-opportunities"], ["venue"], ["£3.00 per session"]),
        ]),
        ("Safe Space Wyvernshire", "charity", [
            ("domestic-abuse-support", "Domestic abuse support for adults",
             "Confidential support and safety planning for adults experiencing abuse at home, "
             "including older and disabled people.", ["safeguarding", "housing-options"],
             ["phone", "venue"], ["free"]),
        ]),
        ("Moor and Dale Day Centre", "charity", [
            ("moor-and-dale-day-centre", "Moor and Dale day centre",
             "A day centre for older people with lunch, activities and a bath service.",
             ["day-opportunities", "dementia", "meals"], ["venue"],
             [{"cost": "£38.00 per day", "label": "Including lunch"}]),
        ]),
        ("Kingsford Men's Shed", "community-group", [
            ("kingsford-mens-shed", "Men's shed",
             "A workshop where people make, mend and chat. Tools and tea provided.",
             ["befriending-and-loneliness", "mental-health"], ["venue"], ["£2.00 per session"]),
        ]),
        ("Farming Community Network Northmoor", "charity", [
            ("farming-wellbeing-line", "Farming wellbeing line",
             "Confidential listening and practical help for farming families under strain.",
             ["mental-health", "money-and-benefits-advice"], ["phone", "at-home"], ["free"]),
        ]),
        ("Hollowdale Village Agents", "community-interest-company", [
            ("village-agents", "Village agents",
             "Local people who visit isolated residents and link them to help and benefits.",
             ["befriending-and-loneliness", "money-and-benefits-advice"], ["at-home", "phone"],
             ["free"]),
        ]),
        ("Wyvernshire Autism Employment Project", "charity", [
            ("autism-employment", "Autism employment support",
             "Job coaching and workplace adjustments advice for autistic adults.",
             ["autism", "day-opportunities"], ["venue", "online"], ["free"]),
        ]),
        ("Eastbridge Parkinson's Support Group", "user-led", [
            ("parkinsons-group", "Parkinson's support group",
             "Monthly meetings, exercise classes and a carers' circle.",
             ["physical-disability", "carers-support"], ["venue"], ["£2.50 per session"]),
        ]),
        ("Deafblind Friends Wyvernshire", "user-led", [
            ("deafblind-guides", "Communicator guides",
             "Trained guides help deafblind people get out and about.",
             ["sensory-loss", "befriending-and-loneliness"], ["at-home"], ["free"]),
        ]),
    ]
    for index, (name, kind, services) in enumerate(specs):
        org = b.organisation(name, kind, f"{name} serves adults across Wyvernshire.")
        where = list(LOCALITIES)[(index + 2) % 6]
        base = b.location(f"{slugify(name)}-office", f"{name} office", where,
                          ["Step-free entrance", "Accessible toilet"], OFFICE)
        svcs = []
        for slug, title, blurb, cats, delivery, costs in services:
            extra: dict[str, Any] = {"opening_hours": OFFICE}
            if "venue" in delivery:
                extra["locations"] = [base["slug"]]
            if index % 3 == 0:
                extra["languages"] = ["English", "British Sign Language"]
            svcs.append(service(slug, title, blurb, cats, ["all"], delivery,
                                ["self-referral", "professional-referral"], costs,
                                minimum_age=18, **extra))
        yield record(org, svcs, [base])


def demo_records() -> list[dict[str, Any]]:
    """Every demo organisation record, deterministically."""
    b = Builder()
    records: list[dict[str, Any]] = []
    for part in (council, home_care, care_homes, community, locality_groups, county_charities):
        records.extend(part(b))
    return records


def synthetic_records(services: int, per_org: int = 10, seed: int = 11) -> Iterator[dict[str, Any]]:
    """A large made-up directory for benchmarks: ``services`` services in orgs of ``per_org``."""
    rng = random.Random(seed)
    areas = list(LOCALITIES)
    categories = ["help-at-home", "carers-support", "meals", "transport", "dementia",
                  "befriending-and-loneliness", "equipment-and-adaptations", "advocacy"]
    made = 0
    org_index = 0
    while made < services:
        org_index += 1
        slug = f"synthetic-org-{org_index:05d}"
        where = areas[org_index % 6]
        count = min(per_org, services - made)
        district = LOCALITIES[where][1][0]
        loc = {"slug": f"{slug}-base", "name": f"Base {org_index}",
               "address": {"address_1": f"{org_index} High Street", "city": LOCALITIES[where][0],
                           "postal_code": f"{district} {org_index % 9 + 1}AB"},
               "accessibility": ["Step-free entrance"]}
        svcs = []
        for i in range(count):
            svcs.append(service(
                f"{slug}-service-{i:02d}", f"Synthetic service {org_index}-{i}",
                f"A synthetic service number {made + i} for benchmarking. " * 3,
                [rng.choice(categories)], [where], ["venue", "phone"], ["self-referral"],
                [f"£{rng.randint(5, 40)}.{rng.randint(0, 99):02d} per hour"],
                locations=[loc["slug"]], opening_hours=OFFICE,
                phones=[{"number": f"01632 960{(made + i) % 1000:03d}"}]))
        made += count
        yield {"organization": {
            "slug": slug, "name": f"Synthetic Organisation {org_index}", "kind": "charity",
            "description": "Made up for the benchmark.", "last_reviewed": "2026-10-01",
            "review_due": "2027-10-01",
            "record_owner": {"name": "Bench Mark", "email": "bench@example.org"}},
            "locations": [loc], "services": svcs}


def write_records(folder: Path, records: list[dict[str, Any]] | Iterator[dict[str, Any]],
                  clean: bool = True) -> int:
    """Write records into ``folder`` (emptied first when ``clean``); returns the count."""
    if clean and folder.exists():
        shutil.rmtree(folder)
    count = 0
    for data in records:
        write_record(folder, data, "Fictional demo record: every detail is made up.")
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--synthetic", type=int, help="write N synthetic services instead")
    args = parser.parse_args()
    records = synthetic_records(args.synthetic) if args.synthetic else demo_records()
    print(f"wrote {write_records(args.folder, records)} records to {args.folder}")


if __name__ == "__main__":
    main()
