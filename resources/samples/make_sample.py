#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates resources/samples/b2b-vs-b2c.b2x, the sample workspace bundled with B2X Workbench.

Run from anywhere:  python3 resources/samples/make_sample.py

The output must stay byte-identical to what core/io/WorkspaceWriter.cpp writes for the same
workspace, because a golden round-trip test reads the sample and writes it back. So:
  * every dict below is built in EXACTLY the key order of WorkspaceWriter.cpp, and every key the
    writer emits is always present (keep this order when you add or edit content);
  * evidence keys follow the EvidenceField enum order in core/model/Enums.h, and each item's
    "for" lists the values it was written for (persona() fills it in);
  * whole numbers are Python ints (the writer writes integral doubles as 5000, not 5000.0) and
    other numbers are floats with a short decimal form (12.5, 0.35);
  * the text is json.dumps(indent=2, ensure_ascii=False) plus a final newline, in UTF-8, which
    matches nlohmann::ordered_json::dump(2) for this content.
Do not hand-edit the .b2x file; edit this script and run it again.
"""

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_plan import sample_plan  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "b2b-vs-b2c.b2x"

EVIDENCE_ORDER = [
    "price",
    "monthlySpend",
    "monthlyVolume",
    "conversionRates",
    "stageDurations",
    "decisionUnitSize",
    "grossMargin",
    "purchasesPerYear",
    "lifetime",
]


def num(value):
    """A number as the writer writes it: integral values as int, others as a short float."""
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers here")
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        raise ValueError("the writer refuses non-finite numbers")
    if value == math.trunc(value):
        return int(value)
    if len(repr(value)) > 12 or "e" in repr(value):
        raise ValueError(f"{value!r}: use a short decimal form")
    return value


def consumer(age_min, age_max, life_stage, income_band, location, education, interests,
             purchase_frequency, price_sensitivity):
    return {
        "ageMin": age_min,
        "ageMax": age_max,
        "lifeStage": life_stage,
        "incomeBand": income_band,
        "location": location,
        "education": education,
        "interests": interests,
        "purchaseFrequency": purchase_frequency,
        "priceSensitivity": num(price_sensitivity),
    }


def organisation(industry, employees, revenue, region, stack, job_role, department, seniority,
                 buying_authority):
    return {
        "industry": industry,
        "companySizeEmployees": employees,
        "annualRevenue": num(revenue),
        "region": region,
        "technologyStack": list(stack),
        "jobRole": job_role,
        "department": department,
        "seniority": seniority,
        "buyingAuthority": buying_authority,
    }


def member(role, title, influence, stance="neutral", economic_buyer=False):
    """role: one role, or a list of the roles one person holds (written as the writer does:
    "role" for one, "roles" for several)."""
    roles = role if isinstance(role, list) else [role]
    assert roles and len(set(roles)) == len(roles), title
    return {
        **({"role": roles[0]} if len(roles) == 1 else {"roles": roles}),
        "title": title,
        "influence": num(influence),
        "stance": stance,
        "economicBuyer": economic_buyer,
    }


def decision_unit(buy_class, formal_tender, approval_levels, members, override=None):
    return {
        "buyClass": buy_class,
        "formalTender": formal_tender,
        "approvalLevels": approval_levels,
        "decisionProbabilityOverride": None if override is None else num(override),
        "members": members,
    }


def stage(name, conversion, min_days, likely_days, max_days):
    assert min_days <= likely_days <= max_days, name
    return {
        "name": name,
        "conversionPercent": num(conversion),
        "minDays": num(min_days),
        "likelyDays": num(likely_days),
        "maxDays": num(max_days),
    }


def economics(monthly_volume, monthly_spend, price, gross_margin, purchases_per_year,
              lifetime_years, inter_purchase_years, revenue_model="oneOff", subscription=None,
              retention=0):
    """Revenue-model keys are written only for a model other than one-off, as the writer does
    (docs/file-format.md)."""
    result = {
        "monthlyVolume": num(monthly_volume),
        "monthlySpend": num(monthly_spend),
        "price": num(price),
        "grossMarginPercent": num(gross_margin),
        "purchasesPerYear": num(purchases_per_year),
        "lifetimeYears": num(lifetime_years),
        "interPurchaseYears": num(inter_purchase_years),
    }
    if revenue_model != "oneOff":
        terms = {"billing": "monthly", "churnPercent": 0, "churnPeriod": "monthly",
                 "expansionPercent": 0, "trialDays": 0, **(subscription or {})}
        result["revenueModel"] = revenue_model
        result["subscription"] = {
            "billing": terms["billing"],
            "churnPercent": num(terms["churnPercent"]),
            "churnPeriod": terms["churnPeriod"],
            "expansionPercent": num(terms["expansionPercent"]),
            "trialDays": terms["trialDays"],
        }
        result["repeatOrders"] = {"annualRetentionPercent": num(retention)}
    return result


def relationship(account_management, training, technical_support, service_level,
                 returns_policy, loyalty_programme, personalisation):
    return {
        "accountManagement": account_management,
        "training": training,
        "technicalSupport": technical_support,
        "serviceLevel": service_level,
        "returnsPolicy": returns_policy,
        "loyaltyProgramme": loyalty_programme,
        "personalisation": personalisation,
    }


def channels(*uses):
    out = [{"channel": cid, "budgetSharePercent": num(share), "attributionWindowDays": window}
           for cid, share, window in uses]
    assert sum(u["budgetSharePercent"] for u in out) == 100, "budget shares must total 100"
    assert len({u["channel"] for u in out}) == len(out), "a channel is listed twice"
    return out


def evidence(**fields):
    unknown = set(fields) - set(EVIDENCE_ORDER)
    assert not unknown, unknown
    return {key: {"source": fields[key][0], "confidence": fields[key][1]}
            for key in EVIDENCE_ORDER if key in fields}


def evidence_values(key, decision_unit, pipeline, economics):
    """The values evidence for `key` refers to, as core/model/EvidenceValues.cpp lists them."""
    single = {"price": "price", "monthlySpend": "monthlySpend", "monthlyVolume": "monthlyVolume",
              "grossMargin": "grossMarginPercent", "purchasesPerYear": "purchasesPerYear",
              "lifetime": "lifetimeYears"}
    if key in single:
        return [economics[single[key]]]
    if key == "decisionUnitSize":
        return [len(decision_unit["members"])]
    if key == "conversionRates":
        return [s["conversionPercent"] for s in pipeline]
    assert key == "stageDurations", key
    return [s[d] for s in pipeline for d in ("minDays", "likelyDays", "maxDays")]


def persona(*, id, name, label, summary, description, colour, consumer, organisation, goals,
            pain_points, objections, information_sources, content_preferences, rational,
            business_value, decision_unit, pipeline, economics, relationship, channels,
            evidence, notes):
    # Every source in the sample was written for the persona's own numbers ("for" in the file).
    for key, item in evidence.items():
        item["for"] = evidence_values(key, decision_unit, pipeline, economics)
    return {
        "id": id,
        "name": name,
        "label": label,
        "summary": summary,
        "description": description,
        "colour": colour,
        "consumer": consumer,
        "organisation": organisation,
        "goals": goals,
        "painPoints": pain_points,
        "objections": objections,
        "informationSources": information_sources,
        "contentPreferences": content_preferences,
        "motives": {"rational": num(rational), "businessValue": num(business_value)},
        "decisionUnit": decision_unit,
        "pipeline": pipeline,
        "economics": economics,
        "relationship": relationship,
        "channels": channels,
        "evidence": evidence,
        "notes": notes,
    }


# Persona ids are fixed so that the sample, the view state and any test that names a persona stay
# stable from release to release.
ENTERPRISE = "7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71"
SEO_TOOL = "2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28"
FASTENERS = "a4d07e93-5c21-4b8f-8e6a-f13b29c7d045"
SNACK = "5e8c2b71-d946-4a03-9f5e-0b7a6c1d8e92"
DEGREE = "c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a"
HOTELS = "9b2e7d46-1f8c-4e5a-b07d-3c6a94e2f815"
HOMES = "e6a93c25-4d70-4b1e-8f29-5a0c7b3d6e14"

FUNNEL_B2B = ("b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, "
              "lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, "
              "opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)")
UNIT_ECONOMICS = ("pug.sh, knowmba, metrictoolbox: CLV ≈ revenue per period × gross margin × "
                  "lifetime; healthy CLV:CAC about 3:1")

PERSONAS = [
    persona(
        id=ENTERPRISE,
        name="Enterprise software buying committee",
        label="B2B",
        summary=("A nine-person committee at a large insurer replacing its workflow tooling "
                 "through a formal tender: long cycle, high ticket, consensus risk."),
        description=(
            "The classic B2B audience. A North American insurer with about 4,500 staff wants to "
            "replace a patchwork of e-mail, spreadsheets and an ageing case-management system "
            "with one workflow-automation platform for claims and policy servicing. The need "
            "was raised by the VP of Operations, who has become the internal champion; the CFO "
            "releases the funds; enterprise architecture and IT security evaluate the technical "
            "fit, procurement runs a formal tender, and legal signs off the contract.\n\n"
            "Nobody here buys on impulse. Every step is documented, scored against criteria and "
            "reviewed at three approval levels (department head, CFO, executive committee). The "
            "enterprise architect prefers extending the incumbent suite and can stop the deal "
            "on technical grounds, so the sales team must win him over rather than go around "
            "him. Content has to serve every role: ROI models for finance, security "
            "documentation for IT, process demos for operations."),
        colour="#4e79a7",
        consumer=consumer(
            32, 60, "Senior professionals; household situation not relevant to the purchase",
            "Not relevant (corporate budget)", "Hartford, Connecticut (headquarters)",
            "University degree; several members with MBA or professional certifications",
            "Career progression, operational excellence, reducing risk",
            "Not applicable: one platform decision every five to seven years", 35),
        organisation=organisation(
            "Insurance (property and casualty)", 4500, 1800000000,
            "North America (United States and Canada)",
            ["Guidewire ClaimCenter", "SAP S/4HANA", "Salesforce Service Cloud",
             "Microsoft 365", "Okta", "Snowflake"],
            "VP Operations (project sponsor and champion)", "Operations", "Vice president",
            "Sponsors and recommends; the CFO releases funds above $100,000 after executive "
            "committee approval"),
        goals=[
            "Cut claims-handling time by 25% within 18 months of go-live",
            "Retire the legacy case-management system before its support ends",
            "Give auditors and regulators a complete, searchable trail of every decision",
            "Consolidate four departmental tools onto one platform with a single contract",
        ],
        pain_points=[
            "Claims and policy changes pass through e-mail and spreadsheets, so work is lost "
            "and nobody sees the backlog",
            "Each department bought its own tool; integration and licence costs keep rising",
            "Previous IT projects overran, which makes the executive committee wary of "
            "another platform",
            "Compliance reporting takes two analysts a week every quarter",
        ],
        objections=[
            "Our incumbent suite already has a workflow module; why pay for another platform?",
            "Implementation will disrupt claims handling during peak season",
            "Can you prove integration with Guidewire and SAP in our environment, not a demo one?",
            "Your company is smaller than the analysts' leaders; will you still be here in "
            "five years?",
        ],
        information_sources=[
            "Analyst reports and peer-review sites (Gartner, Forrester, G2)",
            "Peers at other insurers, met at industry associations and conferences",
            "Vendor webinars and reference calls with existing customers",
            "LinkedIn posts from practitioners and vendor thought leaders",
            "Trade press for insurance technology",
        ],
        content_preferences=[
            "ROI calculator and business case template the champion can present internally",
            "Case studies from insurers of similar size, with measured results",
            "Security and compliance documentation (SOC 2 report, data-residency details)",
            "Live, scripted demos on the buyer's own process",
            "Expert webinars with a formal, data-driven tone",
        ],
        rational=75,
        business_value=55,
        decision_unit=decision_unit("newTask", True, 3, [
            member("decider", "Chief Financial Officer", 90, "neutral", True),
            member("initiator", "VP Operations (project sponsor)", 80, "champion"),
            member("user", "Claims operations manager", 55),
            member("specifier", "Enterprise architect (technical evaluator)", 70, "blocker"),
            member("specifier", "IT security lead", 50),
            member("buyer", "Procurement category manager (runs the tender)", 55),
            member("approver", "General counsel (contract approval)", 45),
            member("gatekeeper", "Vendor-risk management office", 35),
            member("influencer", "External implementation consultant", 40),
        ]),
        pipeline=[
            stage("Website visitor → lead", 2, 0, 10, 30),
            stage("Lead → marketing-qualified lead", 25, 7, 21, 45),
            stage("MQL → sales-qualified lead", 30, 7, 14, 30),
            stage("SQL → opportunity", 50, 7, 21, 45),
            stage("Opportunity: discovery, demo, business case → shortlisted", 40, 30, 60, 120),
            stage("Tender, proposal and negotiation → contract signed", 35, 60, 105, 180),
        ],
        economics=economics(10000, 60000, 120000, 75, 1, 3, 5),
        relationship=relationship("dedicated", "guided", "dedicated", "contractual", "none",
                                  False, "oneToOne"),
        channels=channels(
            ("linkedin", 25, 30),
            ("webinars", 10, 30),
            ("trade-fairs", 15, None),
            ("abm", 20, 90),
            ("direct-sales", 15, None),
            ("b2b-publishers", 8, 30),
            ("paid-search", 7, 30),
        ),
        evidence=evidence(
            price=("Vendor CRM: median first-year annual contract value of enterprise deals won "
                   "in the last four quarters", "measured"),
            monthlySpend=("Marketing and sales budget plan for FY2027 divided by 12, enterprise "
                          "segment only", "assumed"),
            monthlyVolume=("GA4: average monthly users on enterprise solution and pricing pages, "
                           "last six months", "measured"),
            conversionRates=(FUNNEL_B2B + "; firstsales.io close rate for $100–250K deals "
                             "12–18%", "benchmark"),
            stageDurations=("firstsales.io deal-size table: $100–250K → 6–9 months; "
                            "enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)",
                            "benchmark"),
            decisionUnitSize=("Gartner (2019): 6–10 decision makers for a complex solution; "
                              "CEB: 6.8 people per B2B purchase (2016), up to 10.2 (2018)",
                              "benchmark"),
            grossMargin=("Finance estimate for subscription revenue net of hosting and "
                         "support; to be confirmed", "assumed"),
            lifetime=("Initial three-year contract term; renewals not yet counted", "assumed"),
        ),
        notes=(
            "Consensus risk: with nine people involved, CEB's measurements put the chance that "
            "the group buys at all near or below 31% (the figure for six people), and up to 38% "
            "of purchase attempts end in no decision (Challenger 2022). Map every role and "
            "budget for the blocker.\n\n"
            "The likely cycle is about 230 days, far longer than the 30-day LinkedIn and "
            "Google windows, so most wins will look unattributed unless conversions are "
            "uploaded offline. Extend LinkedIn via the conversions API (up to 365 days) and "
            "report pipeline by account rather than by last click."),
    ),
    persona(
        id=SEO_TOOL,
        name="Small-business SEO tool subscriber",
        label="B2B",
        summary=("A marketing assistant at a 15-person business picks a $100-a-month SEO "
                 "tool; the owner OKs it in minutes and it goes on the company card."),
        description=(
            "Labelled B2B because the customer is a company, but the purchase behaves like a "
            "consumer one. The marketing assistant (often the intern) needs keyword and "
            "ranking data for the company blog, searches for a tool, watches a couple of "
            "YouTube reviews and starts a free trial the same afternoon. The owner approves in "
            "a chat message and the subscription goes on the corporate card.\n\n"
            "One decider, a cycle measured in days, a low price and self-service onboarding: "
            "mass-appeal channels and product-led growth work here, while account managers, "
            "tenders and ABM would be wasted money."),
        colour="#76b7b2",
        consumer=consumer(
            21, 34, "Early-career, mostly single or in a couple without children",
            "$35,000–60,000 personal income", "United States, United Kingdom and Australia",
            "Bachelor's degree in marketing or communications, or still studying",
            "Digital marketing, content creation, productivity tools, career growth",
            "Monthly subscription; tools reviewed about once a year", 70),
        organisation=organisation(
            "Small businesses: local services, e-commerce shops and small agencies", 15,
            2000000, "United States, United Kingdom, Australia",
            ["WordPress", "Shopify", "Google Analytics 4", "Google Search Console", "Mailchimp",
             "Canva"],
            "Marketing assistant or marketing intern", "Marketing", "Entry level",
            "Chooses the tool; the owner approves spend under $200 a month informally"),
        goals=[
            "Get the company's pages onto the first page of Google for a handful of local terms",
            "Show the owner a simple monthly report that proves the blog is working",
            "Find keyword ideas quickly without learning a complex enterprise tool",
        ],
        pain_points=[
            "Free tools give partial data and limit the number of searches",
            "No budget for an agency and no SEO specialist to ask",
            "Enterprise SEO suites cost several hundred dollars a month and are hard to learn",
        ],
        objections=[
            "Can I cancel any time, or am I locked into an annual plan?",
            "Is the data as good as the big-name tools?",
            "Will my manager think $100 a month is worth it?",
        ],
        information_sources=[
            "Google searches such as \"best SEO tool for small business\"",
            "YouTube reviews and tutorials",
            "Comparison and review sites (G2, Capterra)",
            "Marketing communities on Reddit and Facebook groups",
        ],
        content_preferences=[
            "Short how-to videos and step-by-step tutorials",
            "Free trial with no credit card required",
            "Side-by-side comparison pages against better-known tools",
            "Templates and checklists that can be used straight away",
        ],
        rational=50,
        business_value=45,
        decision_unit=decision_unit("modifiedRebuy", False, 0, [
            member(["decider", "user", "specifier"],
                   "Marketing assistant (chooses and uses the tool)", 80, "champion"),
            member(["approver", "buyer"], "Business owner (approves the card payment in minutes)",
                   40, "neutral", True),
        ]),
        pipeline=[
            stage("Website visitor → free-trial sign-up", 3, 0, 1, 7),
            stage("Free trial (7 days) → paid subscription", 20, 1, 6, 14),
        ],
        # $100 a month until the customer churns: 4.2% a month is the measured 24-month paying
        # life (1 ÷ 0.042 = 23.8 months), inside the 3–5% a month typical of SMB SaaS.
        economics=economics(15000, 45000, 100, 80, 12, 2, 2, "subscription",
                            {"churnPercent": 4.2}),
        relationship=relationship("none", "selfServe", "standard", "standard", "standard",
                                  False, "segment"),
        channels=channels(
            ("paid-search", 35, 30),
            ("organic-search", 20, 30),
            ("youtube", 15, 30),
            ("email", 15, 30),
            ("facebook", 15, 7),
        ),
        evidence=evidence(
            price=("Price list: Starter plan $100 a month, billed monthly", "measured"),
            monthlySpend=("Growth team budget, last quarter average", "measured"),
            monthlyVolume=("GA4: monthly users on pricing and sign-up pages, last quarter",
                           "measured"),
            conversionRates=("Visitor → lead 1–5% (b2blead.io); trial-to-paid rate is the "
                             "team's own estimate pending cohort data", "assumed"),
            stageDurations=("firstsales.io: deals under $10K close in 1–2 months, SMB 14–30 "
                            "days; self-serve trials here are decided within the 7-day trial",
                            "benchmark"),
            decisionUnitSize=("CEB: 1 person 81%, 2 people 55% probability of buying; the "
                              "owner's approval is informal", "benchmark"),
            grossMargin=("Typical margin for self-serve SaaS after hosting and payment fees",
                         "assumed"),
            purchasesPerYear=("Monthly billing: 12 charges a year", "measured"),
            lifetime=("Subscription analytics: average paying life of 24 months for monthly "
                      "plans", "measured"),
        ),
        notes=(
            "The label says B2B; the behaviour says B2C. Treat this audience with the B2C "
            "playbook: search ads, YouTube tutorials, retargeting and e-mail nurture during the "
            "trial. The polytraffic.com rule of thumb for $200–2,000 and 7–30-day decisions "
            "(search, e-mail, YouTube) fits even better at this price.\n\n"
            "Default attribution windows (7-day Meta, 30-day Google) cover the whole cycle, so "
            "no adjustment is needed."),
    ),
    persona(
        id=FASTENERS,
        name="Industrial consumables reorder",
        label="B2B",
        summary=("A contractor's purchasing manager reorders nuts, bolts and fasteners every "
                 "month from approved suppliers: routine, price- and availability-driven."),
        description=(
            "A regional general contractor (about 250 staff, commercial and residential "
            "projects) keeps its sites supplied with anchors, bolts, nuts, screws and other "
            "fasteners. Once a supplier is on the approved list, orders are straight rebuys: "
            "the site manager flags low stock, the purchasing manager checks price and "
            "delivery with two or three approved suppliers and raises a purchase order, and "
            "the operations manager signs it off.\n\n"
            "The order is worth about $2,500 and the cycle is days, not months, yet the "
            "account is valuable because it repeats every month for years. Winning means being "
            "in stock, delivering next day to site and making reordering effortless (web shop "
            "with the contract price list, punch-out, saved baskets); losing means one late "
            "delivery that stops a crew."),
        colour="#9c755f",
        consumer=consumer(
            30, 60, "Not relevant (organisational purchase)", "Not relevant (company account)",
            "US Midwest", "Trade qualifications or a construction-management degree",
            "Reliability, getting crews working on time", "Monthly", 60),
        organisation=organisation(
            "Construction (general contracting, commercial and residential)", 250, 80000000,
            "US Midwest (Ohio, Indiana, Michigan)",
            ["Procore", "Sage 300 Construction and Real Estate", "Supplier punch-out catalogues",
             "Excel"],
            "Purchasing manager", "Procurement", "Manager",
            "Orders from approved suppliers; purchase orders above $1,000 need the operations "
            "manager's signature"),
        goals=[
            "Never let a site stop for lack of fasteners",
            "Keep unit prices within the agreed contract price list",
            "Spend less time on routine orders and more on large project buys",
        ],
        pain_points=[
            "Stock-outs and late deliveries idle crews that cost far more than the parts",
            "Suppliers' prices drift away from the contract list without notice",
            "Orders by phone and e-mail get lost and must be re-keyed into the accounting system",
        ],
        objections=[
            "Our current supplier is fine; switching means new account set-up and new part "
            "numbers",
            "Can you deliver to site next morning, including on Saturdays?",
            "Will your web shop show our contract prices, or list prices?",
        ],
        information_sources=[
            "The supplier's web shop and printed catalogue",
            "The distributor's branch counter staff and sales rep",
            "Site managers and foremen",
            "Google searches for specific part numbers and standards",
        ],
        content_preferences=[
            "Accurate product data sheets and load tables",
            "Stock availability and delivery cut-off times shown on every product page",
            "Reorder reminders and saved baskets by e-mail",
            "Quality certificates and compliance documents for the relevant standards",
        ],
        rational=80,
        business_value=75,
        decision_unit=decision_unit("straightRebuy", False, 1, [
            member("buyer", "Purchasing manager", 70),
            member("user", "Site manager (flags stock needs)", 55, "champion"),
            member("approver", "Operations manager (signs purchase orders)", 45, "neutral",
                   True),
        ], override=0.95),
        pipeline=[
            stage("Quote request from a contractor not yet buying from us → quote sent", 90, 0, 1,
                  3),
            stage("Quote, stock and delivery check → first purchase order raised", 10, 0, 2, 5),
            stage("Purchase-order approval → first order placed", 95, 1, 2, 7),
        ],
        # Repeat orders: the pipeline wins new accounts, which then reorder monthly while 79%
        # of them are still ordering a year on (construction's average annual retention).
        economics=economics(20, 18000, 2500, 30, 12, 7, 1, "repeatOrder", retention=79),
        relationship=relationship("pooled", "none", "standard", "standard", "standard", True,
                                  "segment"),
        channels=channels(
            ("distributors-partners", 30, None),
            ("ecommerce-site", 20, 30),
            ("email", 15, 30),
            ("direct-sales", 25, None),
            ("organic-search", 10, 30),
        ),
        evidence=evidence(
            price=("ERP: average order value of contractor accounts, last 12 months",
                   "measured"),
            monthlySpend=("Share of branch sales, web shop and co-op distributor budget "
                          "attributed to contractor accounts", "assumed"),
            monthlyVolume=("ERP and web shop: quote requests a month from contractors not yet "
                           "buying from us", "measured"),
            conversionRates=("First-order rate of new accounts from the ERP; winning an account "
                             "from its incumbent supplier is the sales team's estimate",
                             "assumed"),
            stageDurations=("Robinson, Faris & Wind (1967): rebuys need fewer people and decide "
                            "faster; firstsales.io: SMB cycles 14–30 days at most", "benchmark"),
            decisionUnitSize=("Robinson, Faris & Wind (1967): straight rebuys involve the "
                              "fewest people", "benchmark"),
            grossMargin=("Distributor margin on fasteners after freight", "assumed"),
            purchasesPerYear=("ERP: median orders per active contractor account", "measured"),
            lifetime=("Annual retention 79%: construction's average customer retention rate "
                      "(First Page Sage, customer retention rates by industry, 2025); "
                      "seven-year horizon", "benchmark"),
        ),
        notes=(
            "The decision probability is overridden to 95%: CEB's consensus figures (60% for "
            "three people) describe complex purchases, whereas a reorder of consumables from "
            "an approved supplier almost always happens; the question is only which supplier "
            "gets it.\n\n"
            "The pipeline wins new accounts; their monthly reorders come from the repeat-order "
            "model (79% of accounts still ordering a year on), so CAC is the cost of a new "
            "account and CLV:CAC compares it with the account's orders over its life. Counting "
            "every reorder as a new customer would put CLV:CAC in the hundreds."),
    ),
    persona(
        id=SNACK,
        name="Impulse snack buyer",
        label="B2C",
        summary=("A young adult grabs a $4 limited-edition snack bar they saw on TikTok: one "
                 "person, decided in seconds at the shelf or checkout."),
        description=(
            "The textbook B2C audience. A student or young professional sees a creator try the "
            "new flavour on TikTok or Instagram, then spots it by the till in a convenience "
            "store or supermarket and buys it without a second thought. Price matters a little, "
            "availability and curiosity matter a lot, and the whole journey from first "
            "exposure to purchase can be a few hours.\n\n"
            "Success needs reach and frequency: many purchases of a $4 item, so wide-net "
            "channels, eye-catching packaging, short-form video and distribution in every "
            "store the audience passes. Personalisation is mass or, at most, segment-level."),
        colour="#e15759",
        consumer=consumer(
            16, 34, "Students and young single adults, many still living with parents",
            "Under $50,000 household income", "Urban and suburban United States",
            "High school, college students and recent graduates",
            "Gaming, fitness, trying new flavours, food trends on TikTok, music festivals",
            "Weekly, usually on the go", 55),
        organisation=organisation("", 0, 0, "", [], "", "", "", ""),
        goals=[
            "A quick treat that tastes good and feels a little bit new",
            "Try the flavour everyone is posting about",
            "Something to eat between classes, shifts or at the gym",
        ],
        pain_points=[
            "The flavour seen online is sold out or not stocked nearby",
            "Snacks that look great but taste disappointing",
            "Feeling guilty about unhealthy snacking",
        ],
        objections=[
            "$4 is a lot for one bar when a multipack is cheaper",
            "I already have a favourite brand",
        ],
        information_sources=[
            "TikTok and Instagram feeds",
            "Creators and friends' stories",
            "What is on the shelf by the checkout",
            "In-store promotions and end-of-aisle displays",
        ],
        content_preferences=[
            "Short, funny taste-test videos",
            "Creator challenges and user-generated content",
            "Polls and flavour votes",
            "Limited-edition drops and giveaways",
        ],
        rational=20,
        business_value=5,
        decision_unit=decision_unit("modifiedRebuy", False, 0, [
            member("decider", "Shopper (buys for themselves)", 100, "neutral", True),
        ]),
        pipeline=[
            stage("Reached in feed or store → picks it up", 3, 0, 0.5, 3),
            stage("Picks it up → buys", 55, 0, 0.1, 2),
        ],
        economics=economics(2500000, 180000, 4, 40, 12, 1, 0.1),
        relationship=relationship("none", "none", "none", "none", "standard", False, "mass"),
        channels=channels(
            ("tiktok", 25, 7),
            ("instagram", 20, 7),
            ("influencers", 15, 7),
            ("retail-stores", 20, None),
            ("programmatic-display", 10, 30),
            ("facebook", 10, 7),
        ),
        evidence=evidence(
            price=("Recommended retail price of the limited-edition bar", "measured"),
            monthlySpend=("Launch media plan, months 1–3", "measured"),
            monthlyVolume=("Media plan: unique reach across social and in-store per month",
                           "assumed"),
            conversionRates=("Brand-lift study for the previous launch; display CTR 0.05–0.08% "
                             "shows how few exposures convert directly", "assumed"),
            stageDurations=("polytraffic.com rule of thumb: purchases under $50 are decided in "
                            "under a day; impulse purchases sit at the short end",
                            "benchmark"),
            decisionUnitSize=("One buyer: CEB's probability of a single person buying is 81%",
                              "benchmark"),
            grossMargin=("Brand margin on the retail price after trade margin and "
                         "manufacturing", "assumed"),
            purchasesPerYear=("Household panel: repeat buyers purchase about once a month",
                              "assumed"),
        ),
        notes=(
            "Polytraffic.com's rule of thumb for under $50 and decisions under a day points to "
            "paid social, which is where most of the budget sits. Platform defaults (Meta's "
            "7-day click) fit a cycle this short.\n\n"
            "Judge the channels on reach, CTR and ROAS; break-even ROAS at a 40% margin is "
            "2.5. Most sales happen in store and will never be attributed to an ad click, so "
            "back online metrics with retail sales data and brand-lift studies. For a B2C "
            "brand like this one, Binet & Field suggest about 60% of the budget for brand "
            "building and 40% for activation."),
    ),
    persona(
        id=DEGREE,
        name="Online degree applicant",
        label="B2C",
        summary=("A working professional weighs an $18,000 online master's with a partner and "
                 "an employer sponsor over several months: a B2C label with B2B behaviour."),
        description=(
            "Labelled B2C because an individual enrols and pays, but the decision looks like a "
            "B2B one. The applicant, in their early thirties with a full-time job and young "
            "children, compares programmes for weeks, attends a webinar or virtual open day, "
            "talks finances and childcare through with their partner and asks their employer "
            "to sponsor part of the fees through tuition assistance, which needs the line "
            "manager's and HR's approval.\n\n"
            "Several influencers, one approval level, a months-long cycle and a rational "
            "comparison of outcomes, cost and flexibility: this audience needs nurturing, "
            "in-depth content and a human adviser, not a one-click checkout."),
        colour="#59a14f",
        consumer=consumer(
            27, 42, "Working professionals, mostly partnered, many with young children",
            "$60,000–110,000 household income", "United States, studying remotely",
            "Bachelor's degree", "Career progression, data and management skills, flexible "
            "study around work and family", "Once or twice in a lifetime", 65),
        organisation=organisation(
            "Healthcare, financial services and public-sector employers (the sponsor)", 2000,
            500000000, "United States", ["Workday", "LinkedIn Learning", "Microsoft 365"],
            "Analyst or team lead seeking promotion", "Operations or finance", "Mid-level",
            "No budget authority; tuition assistance needs the line manager's and HR's "
            "approval"),
        goals=[
            "Earn a recognised master's degree without giving up the job",
            "Qualify for a promotion or a move into a data or management role",
            "Fit study around childcare and family time",
            "Get the employer to pay part of the fees",
        ],
        pain_points=[
            "Unsure whether an online degree is respected by employers",
            "Worried about fitting 15–20 hours of study a week around work and children",
            "Fees are a large household expense and funding rules are confusing",
            "Too many similar programmes to compare",
        ],
        objections=[
            "Can I really finish while working full time?",
            "How do your graduates' career outcomes compare with campus programmes?",
            "What happens if I need to pause for a term?",
            "My employer only covers part of the fees; can I pay in instalments?",
        ],
        information_sources=[
            "Google searches and university rankings",
            "Programme webinars and virtual open days",
            "Alumni and colleagues who studied online, often found on LinkedIn",
            "Partner and family",
            "Employer's HR and tuition-assistance policy",
        ],
        content_preferences=[
            "Graduate outcome reports with salary and promotion data",
            "Recorded webinars with faculty and current students",
            "Detailed course catalogue and weekly time commitment",
            "Fee calculators showing employer sponsorship and instalments",
            "Student stories from people with similar jobs and families",
        ],
        rational=65,
        business_value=25,
        decision_unit=decision_unit("newTask", False, 1, [
            member(["decider", "user", "buyer"], "Applicant (working professional)", 80,
                   "champion", True),
            member("influencer", "Partner (shares the household budget and childcare)", 65),
            member("approver", "Line manager and HR (employer tuition sponsorship)", 45),
            member("influencer", "Alumni and colleagues who took a similar programme", 30),
            member("gatekeeper", "Admissions adviser (eligibility and deadlines)", 30),
        ]),
        pipeline=[
            stage("Website visitor → enquiry (brochure request)", 2, 0, 7, 30),
            stage("Enquiry → webinar or virtual open day", 40, 3, 14, 30),
            stage("Open day → application submitted", 35, 7, 30, 60),
            stage("Application → admission offer", 70, 7, 21, 45),
            stage("Offer → enrolment and deposit", 60, 7, 30, 60),
        ],
        economics=economics(40000, 140000, 18000, 50, 0.5, 2, 10),
        relationship=relationship("pooled", "guided", "standard", "standard", "standard", False,
                                  "segment"),
        channels=channels(
            ("paid-search", 25, 90),
            ("organic-search", 15, 90),
            ("webinars", 15, 90),
            ("email", 15, 90),
            ("youtube", 10, 30),
            ("linkedin", 10, 90),
            ("facebook", 10, 7),
        ),
        evidence=evidence(
            price=("Published tuition for the two-year online master's", "measured"),
            monthlySpend=("Enrolment marketing budget for the programme, divided by 12",
                          "measured"),
            monthlyVolume=("GA4: monthly users on programme pages", "measured"),
            conversionRates=("Admissions CRM for the last two intakes; visitor → enquiry within "
                             "the 1–5% visitor → lead band (b2blead.io)", "measured"),
            stageDurations=("Admissions CRM: median enquiry-to-enrolment time, last two intakes",
                            "measured"),
            decisionUnitSize=("Applicant interviews (n = 24) on who they consulted before "
                              "applying", "assumed"),
            grossMargin=("University finance: contribution margin of online programmes",
                         "assumed"),
            purchasesPerYear=("Fees billed once per academic year over two years; modelled as "
                              "one $18,000 purchase every two years", "assumed"),
            lifetime=("Programme length; follow-on courses not counted", "assumed"),
        ),
        notes=(
            "The likely cycle is about 100 days. Google Ads and GA4 windows have been extended "
            "to their 90-day maximum, which still misses the slowest applicants; Meta's 7-day "
            "click window cannot be extended, so Facebook will look weaker than it is. Use the "
            "CRM's enquiry source as the attribution of record.\n\n"
            "Consider a separate employer-partnership programme (the university's B2B side) "
            "aimed at HR and learning-and-development leaders: it would turn the approver in "
            "this decision unit into a champion."),
    ),
    persona(
        id=HOTELS,
        name="Interior design studio: hotel projects",
        label="hybrid",
        summary=("The studio's B2B side: a hotel owner, GM, procurement and the architect "
                 "choose a designer for a $250,000 refurbishment through a tender."),
        description=(
            "Our interior design studio sells both ways; this persona is the hotel side. A "
            "boutique or upscale hotel (80–250 rooms) plans a refurbishment of rooms and public "
            "areas. The owner's development team invites three to five studios to tender; the "
            "architect of record specifies technical and fire-safety requirements, the general "
            "manager champions a design that guests will love and staff can maintain, "
            "procurement compares fees and furniture, fixtures and equipment (FF&E) budgets, and "
            "the hotel brand must approve the scheme against its standards.\n\n"
            "A project is worth about $250,000 in design fees and procured FF&E. Relationships "
            "are long: a satisfied owner returns for the next property or the next renovation "
            "cycle."),
        colour="#b07aa1",
        consumer=consumer(
            35, 65, "Not relevant (organisational purchase)", "Not relevant (project budget)",
            "US East Coast and the Caribbean", "University degree; architecture, hospitality "
            "management or finance", "Guest experience, design, return on the renovation",
            "One project every five to seven years per property", 40),
        organisation=organisation(
            "Hospitality (boutique and upscale hotels, 80–250 rooms)", 180, 30000000,
            "US East Coast and the Caribbean",
            ["Oracle OPERA PMS", "Procore", "Autodesk Revit (architect)", "SharePoint"],
            "Owner's representative / asset manager", "Development and asset management",
            "Director",
            "Recommends the shortlist; the owner signs contracts above $100,000 and the hotel "
            "brand approves the design scheme"),
        goals=[
            "Lift average daily rate and guest-review scores after the refurbishment",
            "Finish on time so that rooms are back in inventory before high season",
            "Stay within the FF&E budget and the brand's design standards",
        ],
        pain_points=[
            "Rooms out of service during works cost revenue every night",
            "Previous designers' FF&E choices looked good but wore out within three years",
            "Coordinating architect, contractor, brand and designer eats management time",
        ],
        objections=[
            "Your portfolio is mostly residential; have you delivered hotels of our size?",
            "Your fee is higher than the other two shortlisted studios",
            "Can you guarantee lead times for custom furniture?",
        ],
        information_sources=[
            "Hospitality design trade fairs and awards",
            "Recommendations from architects and other owners",
            "Trade press and design publications",
            "Studio portfolios on the website, Instagram and LinkedIn",
        ],
        content_preferences=[
            "Case studies with before-and-after photos and results (ADR, review scores)",
            "Detailed fee proposals and FF&E budgets",
            "Site visits to completed projects",
            "Formal references from owners and brands",
        ],
        rational=55,
        business_value=65,
        decision_unit=decision_unit("newTask", True, 2, [
            member("decider", "Hotel owner / managing partner", 90, "neutral", True),
            member("user", "General manager", 55, "champion"),
            member("buyer", "Procurement and purchasing agent (FF&E)", 50),
            member("specifier", "Architect of record", 65),
            member("approver", "Brand standards manager (hotel brand)", 45),
        ]),
        pipeline=[
            stage("Project lead (RFP, referral, trade-fair contact) → qualified", 40, 3, 14, 30),
            stage("Qualified (budget, timeline, brand confirmed) → invited to tender", 50, 7,
                  21, 45),
            stage("Tender: concept, moodboards, fee proposal → shortlisted", 30, 21, 45, 75),
            stage("Shortlist presentation and negotiation → contract signed", 50, 14, 30, 60),
        ],
        economics=economics(20, 25000, 250000, 25, 0.5, 6, 6),
        relationship=relationship("dedicated", "none", "standard", "contractual", "none", False,
                                  "oneToOne"),
        channels=channels(
            ("trade-fairs", 25, None),
            ("linkedin", 20, 30),
            ("industry-forums", 10, None),
            ("b2b-publishers", 15, 30),
            ("direct-sales", 20, None),
            ("instagram", 10, 7),
        ),
        evidence=evidence(
            price=("Studio records: average value of the last six hotel projects, fees plus "
                   "procured FF&E", "measured"),
            monthlySpend=("Business-development budget for the hospitality practice",
                          "measured"),
            monthlyVolume=("CRM: hotel project leads per month, last 12 months", "measured"),
            conversionRates=("firstsales.io close rates: $100–250K deals 12–18%, over $250K "
                             "10–15%; studio win rate in tenders about 30%", "benchmark"),
            stageDurations=("firstsales.io deal-size table: $100–250K → 6–9 months; our hotel "
                            "wins close faster (3–6 months) because the budget is approved "
                            "before the RFP", "benchmark"),
            decisionUnitSize=("CEB: 5.4 people per B2B purchase (2014)", "benchmark"),
            grossMargin=("Blended margin on design fees and FF&E procurement", "assumed"),
            purchasesPerYear=("Owners with several properties award about one project every "
                              "two years", "assumed"),
            lifetime=("Average length of relationships with repeat hotel clients", "assumed"),
        ),
        notes=(
            "Same studio, different audience: compare with \"Interior design studio: private "
            "homes\". The label \"hybrid\" describes the studio, not the buyer: target the "
            "hotel side with its own campaigns, content and sales process.\n\n"
            "The likely cycle of about 110 days outruns the 30-day LinkedIn default; extend it "
            "or track influenced pipeline in the CRM. Instagram is kept for portfolio "
            "visibility, not for attributed leads."),
    ),
    persona(
        id=HOMES,
        name="Interior design studio: private homes",
        label="hybrid",
        summary=("The studio's B2C side: a couple hires a designer for a $15,000 living-area "
                 "makeover after months of saving ideas on Instagram."),
        description=(
            "The other side of the same studio. A couple in their forties who have just moved "
            "or whose children have grown want their living room, kitchen and dining area "
            "redesigned. One partner leads the project and holds the budget; the other has a "
            "strong say on taste and worries about cost and disruption. They found the studio "
            "on Instagram, checked reviews and the website, and book a paid consultation "
            "before committing to a concept and quote.\n\n"
            "The decision is emotional and visual, fast compared with the hotel side (weeks "
            "rather than months) and made by a household, not a committee. The service itself "
            "is bespoke, but marketing works at segment level: by room, style and life event."),
        colour="#f28e2b",
        consumer=consumer(
            35, 60, "Couples, often with school-age children or recently moved",
            "$150,000+ household income", "Metro suburbs within 50 miles of the studio",
            "University degree", "Home, design, entertaining, renovation shows, Instagram "
            "and Pinterest interiors", "One project every five to eight years", 40),
        organisation=organisation("", 0, 0, "", [], "", "", "", ""),
        goals=[
            "A home that feels like theirs and works for family life",
            "A finished result without managing trades themselves",
            "A clear budget with no surprises",
        ],
        pain_points=[
            "Overwhelmed by choices and afraid of expensive mistakes",
            "No time to coordinate suppliers and contractors",
            "Previous renovation ran over budget",
        ],
        objections=[
            "Designers are for people richer than us",
            "Will the result reflect our taste or the designer's?",
            "What if the furniture arrives late or damaged?",
        ],
        information_sources=[
            "Instagram and Pinterest",
            "Google searches and reviews",
            "Friends' recommendations and homes they have visited",
            "Home and design influencers",
        ],
        content_preferences=[
            "Before-and-after photos and short reels",
            "Client stories and testimonials",
            "Moodboards and style quizzes",
            "Transparent package prices",
        ],
        rational=35,
        business_value=10,
        decision_unit=decision_unit("newTask", False, 0, [
            member(["decider", "buyer", "user"], "Partner leading the project (holds the budget)",
                   70, "champion", True),
            member(["influencer", "user"], "Partner with a say on taste and cost", 55),
        ]),
        pipeline=[
            stage("Website visitor → enquiry", 2, 0, 7, 30),
            stage("Enquiry → paid design consultation", 35, 2, 7, 14),
            stage("Consultation → concept and quote accepted", 40, 7, 21, 45),
        ],
        economics=economics(2500, 10500, 15000, 35, 0.2, 6, 7),
        relationship=relationship("dedicated", "none", "none", "standard", "standard", False,
                                  "segment"),
        channels=channels(
            ("instagram", 30, 7),
            ("facebook", 15, 7),
            ("organic-search", 20, 30),
            ("influencers", 15, 7),
            ("ecommerce-site", 10, 30),
            ("email", 10, 30),
        ),
        evidence=evidence(
            price=("Studio records: average residential project value, last 12 months",
                   "measured"),
            monthlySpend=("Residential marketing budget", "measured"),
            monthlyVolume=("GA4: monthly users on residential pages", "measured"),
            conversionRates=("Visitor → enquiry near e-commerce site conversion of 1.9–2.6% "
                             "(Wolfgang Digital, Monetate); later stages from the studio's "
                             "enquiry log", "benchmark"),
            stageDurations=("Studio enquiry log: median time from enquiry to signed quote",
                            "measured"),
            decisionUnitSize=("Household decision: two partners", "assumed"),
            grossMargin=("Blended margin on design fees and furniture resale", "assumed"),
            purchasesPerYear=("Repeat clients return for another room about every five years",
                              "assumed"),
        ),
        notes=(
            "Meta's 7-day click window is shorter than the 35-day likely cycle, so Instagram "
            "and Facebook will be under-credited; track enquiries with a \"how did you hear "
            "about us\" field as well.\n\n"
            "Compared with the hotel persona the same studio sees a tenth of the price, a "
            "third of the cycle and a two-person decision unit: the label \"hybrid\" hides two "
            "very different audiences."),
    ),
]

WORKSPACE = {
    "format": "b2x-workspace",
    "formatVersion": 3,
    "name": "B2B vs B2C: seven audiences",
    "currency": "USD",
    "description": (
        "A sample workspace that puts seven audiences side by side, from an enterprise buying "
        "committee to an impulse snack buyer. It shows that the B2B or B2C label does not "
        "predict behaviour: a $100-a-month SEO tool is bought like a consumer product, an "
        "online degree like an enterprise deal, and one interior design studio serves both "
        "kinds of buyer. Figures are illustrative; sources are given in each persona's "
        "evidence."),
    "createdAt": "2026-11-02T09:30:00Z",
    "modifiedAt": "2026-11-16T14:05:00Z",
    # What the PDF report prints on its cover and after its executive summary; an empty title
    # and date mean the workspace name and the day of the export.
    "report": {
        "title": "",
        "subtitle": "",
        "client": "",
        "author": "",
        "date": "",
        "recommendations": (
            "Plan each audience by how it buys, not by its label: where the B2B index and the "
            "label disagree, follow the index for channels, content and attribution.\n\n"
            "Lengthen the attribution windows of long-cycle audiences, or attribute them in "
            "the CRM, before judging their channels.\n\n"
            "Replace every figure marked as an assumption with your own data, starting with "
            "gross margin and customer lifetime."),
    },
    "personas": PERSONAS,
    # The plan for one quarter (resources/samples/sample_plan.py).
    "plan": sample_plan({"ENTERPRISE": ENTERPRISE, "SEO_TOOL": SEO_TOOL, "FASTENERS": FASTENERS,
                         "SNACK": SNACK, "DEGREE": DEGREE, "HOTELS": HOTELS, "HOMES": HOMES}),
    "view": {"compareMode": "personas", "groupScope": "all",
             "comparedPersonaIds": [ENTERPRISE, SEO_TOOL, SNACK, DEGREE]},
}


def main():
    ids = [p["id"] for p in PERSONAS]
    assert len(set(ids)) == len(ids), "persona ids must be distinct"
    assert len({p["colour"] for p in PERSONAS}) == len(PERSONAS), "colours must be distinct"
    text = json.dumps(WORKSPACE, indent=2, ensure_ascii=False) + "\n"
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
