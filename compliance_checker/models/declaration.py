"""The provider's declaration, as pydantic models.

The shape follows the legal structure (DESIGN.md section 3) so that a provider can fill it from documents
it already has. The published JSON Schema (``schemas/declaration.schema.json``) is generated from these
models, and a test fails when the two drift apart.

Validation is strict on purpose: unknown keys are errors, numbers must be numbers (``"1e25"`` in quotes is
refused), dates must be real ``YYYY-MM-DD`` dates. Free text is accepted as written; whether it is a
placeholder such as ``TODO`` is judged by the rules, which never count placeholders as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

FORMAT_VERSION = "1.0"

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise ValueError("expected a date written as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None


def not_after_as_of(value: dt.date, info: ValidationInfo) -> dt.date:
    """A date that records something already done cannot lie after the as-of date.

    The as-of date is a run parameter, not part of the file, so it arrives as validation context
    (``{"as_of": date}``); without it (validating a file on its own) the check is skipped.
    """
    as_of = (info.context or {}).get("as_of")
    if isinstance(as_of, dt.date) and value > as_of:
        raise ValueError(
            f"{value.isoformat()} is after the as-of date {as_of.isoformat()}; this date records something "
            "that has already happened, so it cannot be in the future (correct it, or check with a later "
            "--as-of)"
        )
    return value


IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
# A date of an event that must already have happened: a signed mandate, a notification, a decision, a
# publication, an update. Planned dates (placement, release) and limits (retained_until) stay IsoDate.
PastDate = Annotated[dt.date, BeforeValidator(parse_iso_date), AfterValidator(not_after_as_of)]
Flop = Annotated[float, Field(gt=0, allow_inf_nan=False, description="Floating-point operations (FLOP).")]
CountryCode = Annotated[
    str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code, e.g. DE, FR, US.")
]
EvidenceRefs = Annotated[
    list[str], Field(description="Ids of entries in the top-level `evidence` list that back this item.")
]
Modality = Literal[
    "text",
    "code",
    "audio",
    "speech",
    "image",
    "video",
    "3d",
    "time_series",
    "tabular",
    "embeddings",
    "actions",
    "biological_sequences",
    "other",
]


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- provider -----------------------------------------------------------------------------------------


class Contact(Base):
    """An electronic contact point; at least one of email or url is expected."""

    email: str | None = None
    url: str | None = None


class AuthorisedRepresentative(Base):
    """Art 54: the representative a third-country provider appoints in the Union."""

    name: str
    country: CountryCode = Field(description="Member State where the representative is established.")
    contact: Contact | None = None
    mandate_date: PastDate | None = Field(None, description="Date the written mandate was signed.")
    mandate_evidence: EvidenceRefs = []


class CodeOfPracticeAdherence(Base):
    signatory: bool
    chapters: list[Literal["transparency", "copyright", "safety_and_security"]] = []
    evidence: EvidenceRefs = []


class Provider(Base):
    name: str = Field(description="Legal name of the provider.")
    country: CountryCode = Field(description="Country where the provider is established.")
    sme: bool = Field(False, description="Small or medium-sized enterprise (Recommendation 2003/361/EC).")
    smc: bool = Field(False, description="Small mid-cap enterprise.")
    contact: Contact | None = None
    authorised_representative: AuthorisedRepresentative | None = None
    code_of_practice: CodeOfPracticeAdherence | None = None


# --- model --------------------------------------------------------------------------------------------


class GeneralPurpose(Base):
    """Whether the provider considers the model general-purpose, and any rebuttal of the indicative test."""

    declared: bool | None = Field(
        None, description="true/false when the provider states it; null to rely on the indicative criterion."
    )
    rebuttal: str | None = Field(
        None,
        description="Justification that the Guidelines' indicative criterion gives the wrong answer for this "
        "model (Guidelines section 2.1). A non-placeholder justification flips the criterion.",
    )
    rebuttal_evidence: EvidenceRefs = []


class Modalities(Base):
    input: list[Modality] = Field(min_length=1)
    output: list[Modality] = Field(min_length=1)


class TrainingCompute(Base):
    flop: Flop = Field(description="Training compute that updated the parameters, in FLOP.")
    cumulative_flop: Flop | None = Field(
        None,
        description="Cumulative training compute for Art 51(2) (pre-training, synthetic data, fine-tuning); "
        "defaults to `flop` when omitted.",
    )
    method: Literal["hardware", "architecture", "other"] | None = Field(
        None, description="Estimation approach (Guidelines Annex A)."
    )
    description: str | None = None
    evidence: EvidenceRefs = []

    @model_validator(mode="after")
    def _cumulative_includes_training(self) -> TrainingCompute:
        if self.cumulative_flop is not None and self.cumulative_flop < self.flop:
            raise ValueError(
                f"cumulative_flop ({self.cumulative_flop:.3g}) cannot be less than flop ({self.flop:.3g}): "
                "cumulative compute includes the compute that updated the parameters"
            )
        return self


class LicenceGrants(Base):
    access: bool = False
    use: bool = False
    modification: bool = False
    redistribution: bool = False


class PublicInformation(Base):
    weights: bool = False
    architecture: bool = False
    usage_information: bool = False
    evidence: EvidenceRefs = []


LicenceRestriction = Literal[
    "non_commercial",
    "research_only",
    "no_redistribution",
    "user_threshold",
    "separate_commercial_licence",
]


class Licence(Base):
    spdx: str | None = Field(None, description="SPDX licence identifier, e.g. Apache-2.0, MIT.")
    name: str | None = None
    url: str | None = None
    grants: LicenceGrants = LicenceGrants()
    restrictions: list[LicenceRestriction] = Field(
        [], description="Licence terms that disqualify the open-source exemption (Guidelines section 4)."
    )
    monetised: bool | None = Field(
        None,
        description="Whether the model is monetised (dual licensing, required paid services, exclusive paid "
        "hosting, personal data as the price of access). Must be false for the open-source exemption.",
    )
    public: PublicInformation = PublicInformation()


class BasedOn(Base):
    """For a downstream modifier: the original model and the compute used to modify it."""

    name: str
    provider: str | None = None
    training_compute_flop: Flop | None = Field(
        None, description="The original model's training compute, when known or estimable."
    )
    systemic_risk: bool = Field(description="Whether the original model is a GPAI model with systemic risk.")
    modification_compute_flop: Flop


class Art52Rebuttal(Base):
    submitted: PastDate
    accepted: bool | None = Field(None, description="true only once the Commission has accepted it.")
    decision_date: PastDate | None = None
    evidence: EvidenceRefs = []


class SystemicRiskStatus(Base):
    designated: bool = Field(False, description="Designated by a Commission decision (Art 51(1)(b), 52).")
    designation_date: PastDate | None = None
    threshold_met_date: PastDate | None = Field(
        None,
        description="Date the Art 51(2) compute threshold was met or it became known that it would be met.",
    )
    notification_date: PastDate | None = Field(
        None, description="Date the Commission was notified (Art 52(1))."
    )
    notification_evidence: EvidenceRefs = []
    rebuttal: Art52Rebuttal | None = None


class Model(Base):
    name: str
    version: str
    release_date: IsoDate | None = None
    placed_on_market: IsoDate | None = Field(
        None, description="Date the model was first made available on the Union market; null if not yet."
    )
    general_purpose: GeneralPurpose = GeneralPurpose()
    modalities: Modalities
    parameters: int | None = Field(None, ge=1)
    training_compute: TrainingCompute
    licence: Licence | None = None
    based_on: BasedOn | None = None
    systemic_risk: SystemicRiskStatus = SystemicRiskStatus()


# --- obligations --------------------------------------------------------------------------------------


class Documentation(Base):
    """Art 53(1)(a), Annex XI: technical documentation kept for the AI Office and national authorities."""

    version: str | None = None
    last_updated: PastDate | None = None
    evidence: EvidenceRefs = []
    retained_until: IsoDate | None = Field(None, description="Until when previous versions are kept.")


class DownstreamInformation(Base):
    """Art 53(1)(b), Annex XII: information made available to downstream providers."""

    version: str | None = None
    last_updated: PastDate | None = None
    url: str | None = None
    evidence: EvidenceRefs = []
    request_contact: Contact | None = None
    response_days: int | None = Field(None, ge=0, description="Days within which requests are answered.")


class Transparency(Base):
    documentation: Documentation | None = None
    downstream_information: DownstreamInformation | None = None
    contact: Contact | None = Field(
        None, description="Public contact for the AI Office and downstream providers to request information."
    )


class LegacyGaps(Base):
    """Guidelines section 5.3: what a model placed before 2 August 2025 could not retrofit, and why."""

    declared: bool
    justification: str | None = None


class CopyrightPolicy(Base):
    document: EvidenceRefs = []
    owner: str | None = Field(None, description="Function responsible for implementing the policy.")
    last_updated: PastDate | None = None
    public_summary_url: str | None = None


class RightsReservation(Base):
    robots_txt_rfc9309: bool | None = None
    other_protocols: list[str] = []


class Copyright(Base):
    policy: CopyrightPolicy | None = None
    crawls_web: bool | None = None
    rights_reservation: RightsReservation | None = None
    legacy_gaps: LegacyGaps | None = None


class TrainingDataSummary(Base):
    """Art 53(1)(d): the public summary of training content, on the Commission's template."""

    url: str | None = None
    evidence: EvidenceRefs = []
    version: str | None = None
    published: PastDate | None = None
    last_updated: PastDate | None = None
    legacy_gaps: LegacyGaps | None = None


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


class SeriousIncidents(Base):
    """Art 55(1)(c): tracking, documenting and reporting serious incidents."""

    process: EvidenceRefs = []
    reporting_contact: str | None = None
    records_retention_years: int | None = Field(None, ge=0)


class Cybersecurity(Base):
    """Art 55(1)(d): cybersecurity protection for the model and its physical infrastructure."""

    measures: list[str] = []
    evidence: EvidenceRefs = []


class Framework(Base):
    version: str | None = None
    confirmed_date: PastDate | None = None
    evidence: EvidenceRefs = []


class SafetyAndSecurity(Base):
    framework: Framework | None = None
    evaluations: Evaluations | None = None
    risk_assessment: RiskAssessment | None = None
    serious_incidents: SeriousIncidents | None = None
    cybersecurity: Cybersecurity | None = None


# --- evidence -----------------------------------------------------------------------------------------


class Evidence(Base):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    description: str | None = None
    url: str | None = Field(None, pattern=r"^https?://\S+$")
    path: str | None = Field(
        None, description="Path relative to the declaration; must stay inside its folder."
    )
    sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")
    date: PastDate | None = None

    @model_validator(mode="after")
    def _one_location(self) -> Evidence:
        if (self.url is None) == (self.path is None):
            raise ValueError("an evidence entry needs exactly one of 'url' or 'path'")
        if self.sha256 is not None and self.path is None:
            raise ValueError("'sha256' can only be checked for an evidence entry with a 'path'")
        return self


class Declaration(Base):
    """One declaration per model version."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        title="compliance-checker declaration",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: Literal["1.0"]
    rulesets: dict[str, str] = Field(
        {}, description="Optional pins: ruleset id -> version. `--ruleset` on the command line wins."
    )
    provider: Provider
    model: Model
    transparency: Transparency | None = None
    copyright: Copyright | None = None
    training_data_summary: TrainingDataSummary | None = None
    safety_and_security: SafetyAndSecurity | None = None
    evidence: list[Evidence] = []

    @model_validator(mode="after")
    def _unique_evidence_ids(self) -> Declaration:
        seen: set[str] = set()
        for item in self.evidence:
            if item.id in seen:
                raise ValueError(f"evidence id {item.id!r} is used more than once")
            seen.add(item.id)
        return self
