"""The provider's declaration, as pydantic models.

The shape follows the legal structure (DESIGN.md section 3) so that a provider can fill it from documents
it already has. The published JSON Schema (``schemas/declaration.schema.json``) is generated from these
models, and a test fails when the two drift apart.

Validation is strict on purpose: unknown keys are errors, numbers must be numbers (``"1e25"`` in quotes is
refused), dates must be real ``YYYY-MM-DD`` dates. Free text is accepted as written; whether it is a
placeholder such as ``TODO`` is judged by the rules, which never count placeholders as evidence.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import ConfigDict, Field, model_validator

from compliance_checker.models.common import (
    FORMAT_VERSION,
    Amount,
    Base,
    Contact,
    CountryCode,
    EvidenceRefs,
    Flop,
    IsoDate,
    Modality,
    PastDate,
)
from compliance_checker.models.copyright import Copyright
from compliance_checker.models.crossfield import (
    cumulative_below_training,
    evidence_location,
    repeated_evidence_id,
)
from compliance_checker.models.isodate import parse_iso_date
from compliance_checker.models.safety_security import SafetyAndSecurity
from compliance_checker.models.training_data import TrainingDataSummary
from compliance_checker.models.transparency import Transparency

__all__ = ["FORMAT_VERSION", "Declaration", "parse_iso_date"]


_M = TypeVar("_M")


def _passes(model: _M, problem: str | None) -> _M:
    """A model validator's end: the model, or the cross-field check's message as the error."""
    if problem is not None:
        raise ValueError(problem)
    return model


MandateTask = Literal[
    "verify_documentation",
    "keep_documentation",
    "provide_information",
    "cooperate",
    "be_addressed",
]


class AuthorisedRepresentative(Base):
    """Art 54: the representative a third-country provider appoints in the Union."""

    name: str
    country: CountryCode = Field(description="Member State where the representative is established.")
    contact: Contact | None = None
    mandate_date: PastDate | None = Field(None, description="Date the written mandate was signed.")
    mandate_evidence: EvidenceRefs = []
    mandate_tasks: list[MandateTask] = Field(
        [],
        description="What the mandate empowers the representative to do: verify_documentation, "
        "keep_documentation, provide_information, cooperate (Art 54(3)(a)-(d)) and be_addressed by the AI "
        "Office and authorities (Art 54(4)).",
    )
    documentation_retention_years: int | None = Field(
        None,
        ge=0,
        description="Years after placement for which the representative keeps a copy of the Annex XI "
        "technical documentation and the provider's contact details (Art 54(3)(b): 10).",
    )
    mandate_language: str | None = Field(
        None,
        description="The official language of the Union institutions in which the representative hands the "
        "AI Office a copy of the mandate on request (Art 54(3)), as a two-letter code such as en or de.",
    )
    terminated: PastDate | None = Field(
        None, description="Date the representative terminated the mandate (Art 54(5)), if it did."
    )
    termination_reported: PastDate | None = Field(
        None, description="Date the representative informed the AI Office of the termination and its reasons."
    )
    termination_evidence: EvidenceRefs = []


class CodeOfPracticeAdherence(Base):
    signatory: bool
    chapters: list[Literal["transparency", "copyright", "safety_and_security"]] = []
    evidence: EvidenceRefs = []


class Provider(Base):
    name: str = Field(description="Legal name of the provider.")
    country: CountryCode | None = Field(
        None,
        description="Country where the provider is established; leave it out when it is not known "
        "(whether Art 54 applies then cannot be determined).",
    )
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
    flop: Flop | None = Field(
        None,
        description="Training compute that updated the parameters, in FLOP; leave it out when it is not "
        "known (the classification then asks for it). For a modified model, its own training compute.",
    )
    cumulative_flop: Flop | None = Field(
        None,
        description="Cumulative training compute for Art 51(2) (pre-training, synthetic data, fine-tuning); "
        "defaults to `flop` when omitted.",
    )
    method: Literal["hardware", "architecture", "other"] | None = Field(
        None,
        description="How the figures were estimated (Guidelines Annex A.2): hardware (GPU count x time x "
        "peak performance x utilisation), architecture (e.g. 6 x parameters x tokens) or other. A "
        "figure without a method is not evidence for the Model Documentation Form.",
    )
    description: str | None = Field(
        None, description="The estimate's assumptions and uncertainty; required with method: other."
    )
    tokens: Amount | None = Field(
        None,
        description="Number of training tokens; with model.parameters it lets the checker compare the "
        "compute with 6 x parameters x tokens (Guidelines Annex A.2.2).",
    )
    evidence: EvidenceRefs = []

    @model_validator(mode="after")
    def _cumulative_includes_training(self) -> TrainingCompute:
        return _passes(self, cumulative_below_training(self.flop, self.cumulative_flop))


class LicenceGrants(Base):
    """What the licence allows (Art 53(2)); a right left out is "not stated", not "not granted"."""

    access: bool | None = None
    use: bool | None = None
    modification: bool | None = None
    redistribution: bool | None = None


class PublicInformation(Base):
    """What is public (Art 53(2)); an item left out is "not stated", not "not public"."""

    weights: bool | None = None
    architecture: bool | None = None
    usage_information: bool | None = None
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
        "hosting, personal data as the price of access). Must be false for the open-source exemption; "
        "left out, whether the exemption applies cannot be determined.",
    )
    public: PublicInformation = PublicInformation()


class BasedOn(Base):
    """For a downstream modifier: the original model and the compute used to modify it."""

    name: str
    provider: str | None = None
    general_purpose: bool | None = Field(
        None,
        description="Whether the original model is a general-purpose AI model; a modified GPAI model is a "
        "GPAI model (Guidelines section 3.2). Left out, it is inferred from training_compute_flop and the "
        "modalities where it can be.",
    )
    training_compute_flop: Flop | None = Field(
        None, description="The original model's training compute, when known or estimable."
    )
    systemic_risk: bool | None = Field(
        None,
        description="Whether the original model is a GPAI model with systemic risk (needed when its "
        "training compute is not known).",
    )
    modification_compute_flop: Flop | None = Field(
        None,
        description="Training compute used for the modification; left out, whether the modifier becomes "
        "the provider cannot be determined.",
    )
    modification: str | None = Field(
        None,
        description="What the modification changed, including its new training data sources: a modifier "
        "that becomes the provider documents the modification (Guidelines section 3.2.1).",
    )
    modification_evidence: EvidenceRefs = []


class Art52Rebuttal(Base):
    submitted: PastDate
    accepted: bool | None = Field(None, description="true only once the Commission has accepted it.")
    decision_date: PastDate | None = None
    evidence: EvidenceRefs = []
    facts_changed: PastDate | None = Field(
        None,
        description="Date a substantial change in the facts the acceptance rested on happened or became "
        "known, or it became known that they were incomplete or incorrect (Guidelines section 2.3.3).",
    )
    renotified: PastDate | None = Field(
        None, description="Date the Commission was notified again after that change."
    )
    renotification_evidence: EvidenceRefs = []


class SystemicRiskStatus(Base):
    designated: bool = Field(False, description="Designated by a Commission decision (Art 51(1)(b), 52).")
    designation_date: PastDate | None = Field(
        None,
        description="Date the provider was informed of the Commission's designation decision (Art 52(4); "
        "obligations for systemic risk apply from then, Guidelines section 2.3.4).",
    )
    threshold_met_date: PastDate | None = Field(
        None,
        description="Date the Art 51(2) compute threshold was met or it became known that it would be met.",
    )
    notification_date: PastDate | None = Field(
        None, description="Date the Commission was notified (Art 52(1))."
    )
    notification_evidence: EvidenceRefs = []
    notified_compute_flop: Flop | None = Field(
        None,
        description="The compute figure given in the notification, in FLOP to two significant figures "
        "(Guidelines section 2.3.2), as written there (e.g. 2.3e+25).",
    )
    notified_estimation_approach: str | None = Field(
        None, description="The notification's description of how that compute was estimated."
    )
    rebuttal: Art52Rebuttal | None = None


class Model(Base):
    name: str
    version: str
    release_date: IsoDate | None = Field(
        None,
        description="First release of the model declared here through any channel, inside the Union or "
        "not (Model Documentation Form item 4); the Union market placement cannot be earlier.",
    )
    placement: Literal["placed", "planned"] | None = Field(
        None,
        description="Whether the model has been placed on the Union market (placed) or not yet (planned). "
        "Left out, a placed_on_market date on or before the as-of date means placed and a later one "
        "planned; with neither given, placement is not stated and what depends on it cannot be "
        "determined.",
    )
    placed_on_market: IsoDate | None = Field(
        None,
        description="Date the model was first made available on the Union market (Art 3(9)), or the "
        "planned date; leave it out when not known or not yet planned.",
    )
    retired: PastDate | None = Field(
        None,
        description="Date the model stopped being made available on the Union market (its retirement); the "
        "third draft of the Code counts documentation retention from it (Measure II.15.1).",
    )
    general_purpose: GeneralPurpose = GeneralPurpose()
    modalities: Modalities
    parameters: int | None = Field(
        None, ge=1, description="Total number of parameters.", examples=[70_000_000_000]
    )
    parameters_estimate: str | None = Field(
        None,
        description="How the parameter count was estimated, when it is not an exact count (e.g. rounded "
        "from the published '7B'); leave it out for an exact count.",
    )
    active_parameters: int | None = Field(
        None,
        ge=1,
        description="Parameters active per token, for a mixture-of-experts model; the 6 x parameters x "
        "tokens cross-check uses them when given.",
    )
    training_compute: TrainingCompute = TrainingCompute()
    licence: Licence | None = None
    based_on: BasedOn | None = None
    systemic_risk: SystemicRiskStatus = SystemicRiskStatus()


# --- evidence -----------------------------------------------------------------------------------------


class Evidence(Base):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", examples=["model-card"])
    description: str | None = None
    url: str | None = Field(None, pattern=r"^https?://\S+$", examples=["https://example.org/model-card"])
    path: str | None = Field(
        None,
        description="Path relative to the declaration; must stay inside its folder.",
        examples=["evidence/model-card.pdf"],
    )
    sha256: str | None = Field(
        None,
        pattern=r"^[0-9a-f]{64}$",
        description="The file's SHA-256 digest in lower-case hexadecimal (sha256sum prints it).",
        examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    )
    date: PastDate | None = None

    @model_validator(mode="after")
    def _one_location(self) -> Evidence:
        return _passes(self, evidence_location(self.url, self.path, self.sha256))


class Declaration(Base):
    """One declaration per model version."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        defer_build=True,
        title="compliance-checker declaration",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: Literal["1.0"]
    rulesets: dict[str, str] = Field(
        {}, description="Optional pins: ruleset id -> version. `--ruleset` on the command line wins."
    )
    profile: str | None = Field(
        None,
        pattern=r"^[a-z][a-z0-9-]*(@[^@\s]+)?$",
        examples=["code-of-practice@2025-07-10"],
        description="Optional profile NAME[@VERSION] (e.g. code-of-practice@2025-03-11) that selects the "
        "ruleset versions; `rulesets` pins and `--ruleset` win over it, and it wins over the default "
        "profile only when `--profile` is not given.",
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
        return _passes(self, repeated_evidence_id(item.id for item in self.evidence))
