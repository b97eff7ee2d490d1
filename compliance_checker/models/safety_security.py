"""The ``safety_and_security`` section: Art 55 and the Code's Safety and Security chapter (Commitments 1-10).

Only models with systemic risk need it. The first five blocks (framework, evaluations, risk_assessment,
serious_incidents, cybersecurity) carry the statutory Art 55(1)(a)-(d) evidence; the rest follow the
Code's commitments: the risk register (Commitments 2-4, keyed by the Appendix 1 taxonomy), monitoring and
external evaluators (3.5), mitigations (5, 6), Model Reports (7), responsibilities (8), incidents (9),
additional documentation and public summaries (10). Exceptions the Code allows are claims with a
justification under ``exceptions``; a rule never treats a bare claim as evidence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from compliance_checker.models.common import Base, EvidenceRefs, IsoDate, PastDate
from compliance_checker.models.taxonomy import (
    Affordance,
    Capability,
    ContributingCharacteristic,
    EssentialCharacteristic,
    IncidentCategory,
    Propensity,
    RiskType,
    SpecifiedRisk,
)

# --- Commitment 1: the Safety and Security Framework -----------------------------------------------------


class FrameworkContents(Base):
    """Measure 1.1: what the Framework must describe, beyond a high-level account of its processes."""

    processes: str | None = Field(
        None,
        description="High-level description of the implemented and planned assessment and mitigation "
        "processes.",
    )
    trigger_points: str | None = Field(
        None, description="Trigger points for lighter-touch evaluations along the lifecycle, and why."
    )
    acceptance_criteria: str | None = Field(
        None, description="Systemic risk acceptance criteria and tiers, and how they are used (Measure 4.1)."
    )
    tier_mitigations: str | None = Field(None, description="Mitigations needed once each tier is reached.")
    timeline_estimates: str | None = Field(
        None,
        description="For each risk with tiers: when a model exceeding the highest tier reached is expected, "
        "with justification, assumptions and uncertainties.",
    )
    external_input: str | None = Field(
        None, description="Whether and how external actors' input influences go/no-go decisions."
    )
    responsibility_allocation: str | None = Field(
        None, description="How systemic risk responsibility is allocated (Commitment 8)."
    )
    update_process: str | None = Field(
        None, description="How the Framework is updated and how an update becomes confirmed (Measure 1.3)."
    )


class FrameworkImplementation(Base):
    """Measure 1.2: the Framework applied along the model's lifecycle."""

    lighter_touch_evaluations: list[PastDate] = Field(
        [], description="Dates of lighter-touch evaluations run at trigger points."
    )
    full_process_completed: PastDate | None = Field(
        None,
        description="Date the full systemic risk assessment and mitigation process (identify, analyse, "
        "determine acceptability, mitigate) was last completed; needed before placement.",
    )
    evidence: EvidenceRefs = []


class FrameworkUpdate(Base):
    """Measure 1.3 (every update has a changelog, version and date) and 1.4 (AI Office access)."""

    version: str
    confirmed: PastDate = Field(description="Date the update received the internal approvals it needs.")
    changelog: str | None = None
    ai_office_access: PastDate | None = Field(
        None, description="Date the AI Office was given unredacted access to this update."
    )


class FrameworkAssessment(Base):
    """Measure 1.3: a Framework assessment (adequacy and adherence)."""

    date: PastDate
    adequacy: str | None = Field(
        None, description="Whether the Framework is adequate, incl. the next 12 months."
    )
    adherence: str | None = Field(
        None,
        description="Instances of and reasons for non-adherence since the last assessment, and remedies.",
    )
    # Third draft only (safety-and-security@2025-03-11): Measures II.9.1 and II.14.3.
    supervisory_body: PastDate | None = Field(
        None,
        description="Third draft, Measure II.9.1: date the assessment was given to the management body in "
        "its supervisory function (or another independent body such as a board).",
    )
    ai_office_access: PastDate | None = Field(
        None, description="Third draft, Measure II.14.3: date the AI Office was given unredacted access."
    )
    evidence: EvidenceRefs = []


class ModelAdequacyAssessment(Base):
    """Third draft only, Measure II.9.2: the model-specific adequacy assessment of the Framework, due to the
    AI Office within four weeks of the Art 52(1) notification (safely derived models are exempt)."""

    date: PastDate = Field(description="Date the assessment was completed (and confirmed).")
    model_description: str | None = Field(
        None, description="Techniques and assets to be used in developing the model, incl. other AI models."
    )
    risk_identification: str | None = Field(None, description="Outcome of the systemic risk identification.")
    forecasts: str | None = Field(
        None,
        description="Available forecasts of capabilities, risk indicators and tiers the model may reach.",
    )
    analysis_results: str | None = Field(None, description="Systemic risk analysis results available so far.")
    mitigation_plans: str | None = Field(
        None, description="Planned analysis, acceptance determination and technical mitigations, where known."
    )
    development_risks: str | None = Field(
        None,
        description="Which systemic risks may arise during development, and whether they are significant.",
    )
    supervisory_body: PastDate | None = Field(
        None, description="Measure II.9.1: date the assessment was given to the supervisory management body."
    )
    ai_office_access: PastDate | None = Field(
        None, description="Measure II.14.3: date the AI Office was given unredacted access."
    )
    evidence: EvidenceRefs = []


class Framework(Base):
    version: str | None = None
    confirmed_date: PastDate | None = Field(
        None, description="Date the Framework was first confirmed (internal governance approvals received)."
    )
    ai_office_access: PastDate | None = Field(
        None, description="Date the AI Office was given unredacted access to the confirmed Framework."
    )
    contents: FrameworkContents | None = None
    implementation: FrameworkImplementation | None = None
    updates: list[FrameworkUpdate] = Field([], description="Every confirmed update, oldest first.")
    assessments: list[FrameworkAssessment] = Field([], description="Framework assessments, oldest first.")
    model_assessment: ModelAdequacyAssessment | None = Field(
        None, description="Third draft only (Measure II.9.2): the model-specific adequacy assessment."
    )
    evidence: EvidenceRefs = []


# --- Art 55(1) statutory evidence (kept as it was) -------------------------------------------------------


class Evaluations(Base):
    """Art 55(1)(a): evaluations to standardised protocols, including adversarial testing."""

    protocols: list[str] = []
    adversarial_testing: bool | None = None
    last_run: PastDate | None = None
    evidence: EvidenceRefs = []


class RiskAssessment(Base):
    """Art 55(1)(b): assessment and mitigation of systemic risks at Union level."""

    last_assessed: PastDate | None = None
    evidence: EvidenceRefs = []
    mitigations_evidence: EvidenceRefs = []


class Cybersecurity(Base):
    """Art 55(1)(d): cybersecurity protection for the model and its physical infrastructure."""

    measures: list[str] = []
    evidence: EvidenceRefs = []


# --- Commitments 2-4: the risk register ------------------------------------------------------------------


class IdentificationProcess(Base):
    """Measure 2.1(1): how candidate risks were compiled and analysed."""

    types_considered: list[RiskType] = Field([], description="Appendix 1.1 types used to compile candidates.")
    information_sources: list[str] = Field(
        [],
        description="What was drawn on: model-independent information, information about the model and "
        "similar models, post-market monitoring, incidents, the AI Office or Scientific Panel.",
    )
    nature_and_sources_analysed: bool | None = Field(
        None, description="Candidates were analysed for their nature (App 1.2) and sources (App 1.3)."
    )
    evidence: EvidenceRefs = []


class RiskNature(Base):
    essential: list[EssentialCharacteristic] = []
    contributing: list[ContributingCharacteristic] = []


class RiskSources(Base):
    capabilities: list[Capability] = []
    propensities: list[Propensity] = []
    affordances: list[Affordance] = []


class ModelEvaluations(Base):
    """Measure 3.2 (with Appendix 3): evaluations of the model for this risk."""

    methods: list[str] = Field(
        [], description="E.g. Q&A sets, task-based evaluations, red-teaming, uplift studies."
    )
    open_ended_testing: bool | None = None
    evidence: EvidenceRefs = []


class RiskEstimate(Base):
    """Measure 3.4: probability and severity of harm, in an adequate format."""

    format: Literal["risk_score", "risk_matrix", "probability_distribution", "other"] | None = None
    probability: str | None = None
    severity: str | None = None


class RiskAnalysis(Base):
    """Commitment 3: the five elements of the analysis of one risk."""

    model_independent_information: str | None = Field(None, description="Measure 3.1.")
    evaluations: ModelEvaluations | None = Field(None, description="Measure 3.2.")
    modelling: str | None = Field(None, description="Measure 3.3: risk modelling built on the scenarios.")
    estimate: RiskEstimate | None = Field(None, description="Measure 3.4.")
    post_market_monitoring: str | None = Field(
        None, description="Measure 3.5: what is monitored for this risk."
    )


class RiskTier(Base):
    """Measure 4.1: a tier defined by model capabilities (optionally other metrics), measurable."""

    name: str
    threshold: str | None = Field(
        None, description="The capability level (and metrics) that defines the tier."
    )
    measurement: str | None = Field(None, description="How reaching the tier is measured.")
    reached: bool
    unacceptable: bool | None = Field(
        None,
        description="Third draft, Measure II.1.2: at this tier the risk is considered unacceptable (an "
        "'unacceptable systemic risk tier').",
    )


class Acceptance(Base):
    """Measure 4.1: acceptance criteria (tiers, or other criteria only for non-specified risks)."""

    tiers: list[RiskTier] = []
    other_criteria: str | None = Field(
        None, description="Only where tiers are unsuitable and the risk is not a specified systemic risk."
    )
    other_criteria_justification: str | None = None
    safety_margin: str | None = None
    determination: Literal["acceptable", "not_acceptable"] | None = None
    determined_on: PastDate | None = None


class IdentifiedRisk(Base):
    """One systemic risk identified for the model (Measures 2.1, 2.2), with its analysis and acceptance."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Unique id within the register.")
    specified: SpecifiedRisk | None = Field(
        None, description="The Appendix 1.4 specified systemic risk this entry covers, if any."
    )
    types: list[RiskType] = []
    description: str | None = None
    nature: RiskNature | None = None
    sources: RiskSources | None = None
    scenarios: list[str] = Field([], description="Measure 2.2: systemic risk scenarios.")
    analysis: RiskAnalysis | None = None
    acceptance: Acceptance | None = None


class RiskRegister(Base):
    identification: IdentificationProcess | None = None
    risks: list[IdentifiedRisk] = []
    overall_determination: Literal["acceptable", "not_acceptable"] | None = Field(
        None, description="Measure 4.1: acceptability of the systemic risks taken together."
    )
    proceeding_decision: str | None = Field(
        None, description="Measure 4.2: what was decided (proceed, restrict, withhold) and on what basis."
    )


# --- Measure 3.5: post-market monitoring and external evaluators ------------------------------------------


class ExternalEvaluatorAccess(Base):
    evaluators: int | None = Field(
        None, ge=0, description="Number of independent external evaluators given access."
    )
    free_of_charge: bool | None = None
    most_capable_versions: bool | None = None
    chains_of_thought: bool | None = Field(None, description="Where available.")
    fewest_mitigations_version: bool | None = Field(
        None, description="The version with the fewest safety mitigations (e.g. helpful-only)."
    )
    selection_criteria_url: str | None = None
    no_training_on_evaluator_data: bool | None = None


class VulnerabilityDisclosure(Base):
    policy_url: str | None = None
    max_publication_delay_business_days: int | None = Field(None, ge=0)
    max_publication_delay_days: int | None = Field(
        None,
        ge=0,
        description="The same limit in calendar days (the third draft's Measure II.11.2 counts days).",
    )


class PostMarketMonitoring(Base):
    methods: list[str] = Field([], description="E.g. user feedback, bug bounties, incident forms, logging.")
    external_evaluators: ExternalEvaluatorAccess | None = None
    vulnerability_disclosure: VulnerabilityDisclosure | None = None
    evidence: EvidenceRefs = []


# --- Commitments 5 and 6: mitigations -------------------------------------------------------------------


class SafetyMitigations(Base):
    """Measure 5.1."""

    measures: list[str] = []
    adversarial_robustness: str | None = Field(
        None, description="How the mitigations hold under fine-tuning attacks and jailbreaks."
    )
    release_strategy: str | None = None
    evidence: EvidenceRefs = []


ThreatActor = Literal["non_state_external", "insider", "state_actor", "other"]
SecurityPoint = Literal["4.1", "4.2", "4.3", "4.4", "4.5"]
# One mitigation objective of Appendix 4 (its point (a) is the listed mitigation a provider may replace
# with an alternative under Measure 6.2): "4.2(3)" is Appendix 4.2, objective (3).
SecurityObjective = Literal[
    "4.1(1)", "4.1(2)", "4.1(3)", "4.1(4)",
    "4.2(1)", "4.2(2)", "4.2(3)", "4.2(4)", "4.2(5)", "4.2(6)",
    "4.3(1)", "4.3(2)", "4.3(3)", "4.3(4)",
    "4.4(1)", "4.4(2)", "4.4(3)", "4.4(4)",
    "4.5(1)", "4.5(2)", "4.5(3)", "4.5(4)", "4.5(5)", "4.5(6)", "4.5(7)",
]  # fmt: skip


class SecurityDeviation(Base):
    """Measure 6.2: a listed mitigation (a point (a) of Appendices 4.1-4.5) replaced by an alternative that
    achieves the same objective; ``point`` names a whole section ("4.3") or one objective ("4.3(1)")."""

    point: SecurityPoint | SecurityObjective
    alternative: str | None = None
    justification: str | None = None


class Security(Base):
    """Measures 6.1 (Security Goal) and 6.2 (Appendix 4 mitigations)."""

    threat_actors: list[ThreatActor] = Field(
        [], description="Measure 6.1: the actors the Security Goal covers."
    )
    goal: str | None = None
    mitigations: list[SecurityPoint] = Field(
        [],
        description="Appendix 4 sections implemented (4.1 general, 4.2 weights, 4.3 interfaces, 4.4 "
        "insiders, 4.5 assurance).",
    )
    deviations: list[SecurityDeviation] = []
    weights_encryption_bits: int | None = Field(None, ge=0)
    access_review_interval_months: int | None = Field(None, ge=0)
    evidence: EvidenceRefs = []


# --- Commitment 7: Model Reports -------------------------------------------------------------------------


class ModelDescription(Base):
    """Measure 7.1."""

    architecture_and_capabilities: str | None = None
    uses: str | None = None
    versions: str | None = None
    specification_url: str | None = None
    system_prompt_included: bool | None = None


class ReasonsForProceeding(Base):
    """Measure 7.2."""

    justification: str | None = None
    failure_conditions: str | None = None
    decision_process: str | None = None


class RiskDocumentation(Base):
    """Measure 7.3."""

    identification: str | None = None
    uncertainties: str | None = None
    modelling_results: str | None = None
    risk_justification: str | None = None
    evaluation_results: str | None = None
    samples_per_evaluation: int | None = Field(
        None, ge=0, description="Random input/output samples per evaluation."
    )
    evaluator_access: str | None = None
    safety_mitigations: str | None = None
    security_mitigations: str | None = None
    development_plans: str | None = Field(None, description="The next six months.")


class ExternalReports(Base):
    """Measure 7.4."""

    evaluation_reports: EvidenceRefs = []
    security_review_reports: EvidenceRefs = []
    evaluator_choice: str | None = None


class ModelReportUpdate(Base):
    """Measure 7.6 (an update has a version, the date of change and a changelog) and 7.7 (AI Office access
    within five business days of the confirmed update, or up to 15 with an interim report)."""

    version: str
    date: PastDate = Field(description="The date of change the update's changelog gives.")
    changelog: str | None = None
    confirmed: PastDate | None = Field(
        None,
        description="Date the update received the approvals it needs (Measure 7.7 counts from here); "
        "without it, the date of change is used.",
    )
    ai_office_access: PastDate | None = None
    interim_report: PastDate | None = Field(
        None,
        description="Measure 7.7: date an interim report (Measure 7.2 and 7.5 information) was given to the "
        "AI Office, when access to the update is delayed.",
    )
    change_on_market: IsoDate | None = Field(
        None,
        description="Measure 7.6: when the update was triggered by a deliberate change to the model, the "
        "date that change was (or is planned to be) made available on the market; the update must be "
        "completed before it.",
    )


UpdateException = Literal["unchanged", "successor_within_a_month", "similarly_safe_or_safer"]


class ModelReport(Base):
    version: str | None = None
    date: PastDate | None = Field(None, description="Date the first Model Report was confirmed.")
    ai_office_access: PastDate | None = None
    interim_report: PastDate | None = Field(
        None, description="Measure 7.7: date an interim report (7.2 and 7.5 information) was given."
    )
    description: ModelDescription | None = None
    reasons_for_proceeding: ReasonsForProceeding | None = None
    documentation: RiskDocumentation | None = None
    external_reports: ExternalReports | None = None
    landscape_changes: str | None = Field(None, description="Measure 7.5.")
    updates: list[ModelReportUpdate] = []
    most_capable: bool | None = Field(
        None, description="The model is among the provider's most capable models on the market (Measure 7.6)."
    )
    update_exception: UpdateException | None = None
    update_exception_justification: str | None = None
    evidence: EvidenceRefs = []


# --- Commitment 8: responsibilities ------------------------------------------------------------------------


class Responsibilities(Base):
    """Measures 8.1-8.3."""

    oversight: str | None = None
    ownership: str | None = None
    support_and_monitoring: str | None = None
    support_independent: bool | None = Field(
        None, description="The support-and-monitoring role is not responsible for risk-producing activities."
    )
    assurance: str | None = None
    resources: list[Literal["human", "financial", "information", "computational"]] = []
    whistleblower_policy_url: str | None = None
    workers_informed: PastDate | None = Field(None, description="Last time workers were told of the policy.")
    ai_office_mailbox_informed: list[PastDate] = Field(
        [],
        description="Third draft, Commitment II.13: dates workers were told of the AI Office's channel for "
        "reports on systemic risks, oldest first.",
    )
    risk_culture: list[str] = []
    evidence: EvidenceRefs = []


# --- Commitment 9: serious incidents -----------------------------------------------------------------------


class IncidentInformation(Base):
    """Measure 9.2: what is tracked for each incident (true when recorded)."""

    dates: bool | None = None
    harm: bool | None = None
    chain_of_events: bool | None = None
    model_involved: bool | None = None
    involvement_evidence: bool | None = None
    response: bool | None = None
    recommendations: bool | None = None
    root_cause: bool | None = None
    monitoring_patterns: bool | None = None


class Incident(Base):
    id: str
    category: IncidentCategory
    aware: PastDate = Field(description="Date the provider became aware of the model's involvement.")
    initial_report: PastDate | None = None
    intermediate_reports: list[PastDate] = []
    resolved: PastDate | None = None
    final_report: PastDate | None = None
    information: IncidentInformation | None = None


class SeriousIncidents(Base):
    """Art 55(1)(c) and Commitment 9."""

    process: EvidenceRefs = []
    reporting_contact: str | None = None
    records_retention_years: int | None = Field(None, ge=0)
    identification_methods: list[str] = Field([], description="Measure 9.1.")
    external_reporting_channel: str | None = Field(
        None, description="How downstream providers, users and others report incidents."
    )
    log: list[Incident] = []


# --- Commitment 10 and the exceptions --------------------------------------------------------------------


class AdditionalDocumentation(Base):
    """Measure 10.1 (Annex XI, Section 2)."""

    architecture: EvidenceRefs = []
    integration: EvidenceRefs = []
    evaluations: EvidenceRefs = []
    safety_mitigations: EvidenceRefs = []
    retained_until: IsoDate | None = None
    decision_records: bool | None = None


class PublicTransparency(Base):
    """Measure 10.2."""

    framework_summary_url: str | None = None
    model_report_summary_url: str | None = None


class ExceptionClaim(Base):
    claimed: bool
    reference_model: str | None = None
    justification: str | None = None
    reference_status_lost: PastDate | None = Field(
        None,
        description="Appendix 2.2: the date the safe reference model the claim rested on lost that status.",
    )
    new_reference_identified: PastDate | None = Field(
        None,
        description="Appendix 2.2: the date another safe reference model (now in reference_model) was "
        "identified; due within six months of reference_status_lost.",
    )
    evidence: EvidenceRefs = []


class Exceptions(Base):
    similarly_safe_or_safer: ExceptionClaim | None = Field(
        None, description="Appendix 2.2: the model is similarly safe or safer than a safe reference model."
    )
    all_models_similarly_safe_or_safer: ExceptionClaim | None = Field(
        None, description="Measure 10.2: every model of the provider is similarly safe or safer."
    )
    weaker_than_open_weights: ExceptionClaim | None = Field(
        None, description="Commitment 6: capabilities below a model whose parameters are public."
    )
    no_qualified_external_evaluator: ExceptionClaim | None = Field(
        None, description="Appendix 3.5: no qualified evaluator could be found despite a timely search."
    )
    publication_not_necessary: ExceptionClaim | None = Field(
        None,
        description="Measure 10.2 (third draft: Commitment II.16): publishing summaries of the Framework and "
        "Model Report is not needed to assess or mitigate this model's systemic risks; the justification "
        "says why.",
    )
    safely_derived: ExceptionClaim | None = Field(
        None,
        description="Third draft, Measure II.4.2: the model is safely derived from a safe originator model "
        "(reference_model), e.g. distilled, quantised or fine-tuned from it.",
    )


class SafetyAndSecurity(Base):
    framework: Framework | None = None
    evaluations: Evaluations | None = None
    risk_assessment: RiskAssessment | None = None
    serious_incidents: SeriousIncidents | None = None
    cybersecurity: Cybersecurity | None = None
    risk_register: RiskRegister | None = None
    post_market_monitoring: PostMarketMonitoring | None = None
    safety_mitigations: SafetyMitigations | None = None
    security: Security | None = None
    model_report: ModelReport | None = None
    responsibilities: Responsibilities | None = None
    additional_documentation: AdditionalDocumentation | None = None
    public_transparency: PublicTransparency | None = None
    exceptions: Exceptions | None = None
