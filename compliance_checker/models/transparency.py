"""The ``transparency`` section: Art 53(1)(a) and (b), the Code's Transparency chapter, and the Model
Documentation Form.

The Form's 45 items sit in ``model_documentation`` under its eight sections. Items the declaration already
states elsewhere are not asked twice: the provider's legal name (item 1) is ``provider.name``, the model
name (2) ``model.name``, the release dates (4, 5) ``model.release_date`` and ``model.placed_on_market``,
the modalities (9, 11) ``model.modalities``, the precise parameter count (13) ``model.parameters``, the
precise training compute (40) ``model.training_compute.flop`` and its method (41)
``model.training_compute.method``. The transparency ruleset checks each item where it lives.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from compliance_checker.models.common import (
    Amount,
    Base,
    Contact,
    EvidenceRefs,
    Flop,
    IsoDate,
    Modality,
    PastDate,
)

ParameterRange = Literal["1-500M", "500M-5B", "5B-15B", "15B-50B", "50B-100B", "100B-500B", "500B-1T", ">1T"]
TrainingTimeRange = Literal["<1 month", "1-3 months", "3-6 months", ">6 months"]
LicenceType = Literal["free_and_open_source", "restricted", "proprietary", "no_licence"]
DataProvenance = Literal[
    "web_crawling",
    "private_third_party_datasets",
    "user_data",
    "publicly_available_datasets",
    "other_collection",
    "non_public_synthetic_data",
    "other",
]


class FormGeneralInformation(Base):
    """Form section 1 (items 3 and 6; items 1, 2, 4 and 5 are in provider and model)."""

    versions: list[str] = Field([], description="Item 2: the publicly available versions this covers.")
    authenticity: str | None = Field(
        None, description="Item 3: provenance, e.g. a secure hash of the binaries or the endpoint URL."
    )
    dependencies: str | None = Field(
        None, description="Item 6: the GPAI models (and versions) this model modifies or fine-tunes, or N/A."
    )


class ModelProperties(Base):
    """Form section 2 (items 7, 8, 10, 12 and 14; 9, 11 and 13 are in model, with the input and output
    formats Annex XI, Section 1, point 1(e) also asks for here)."""

    architecture: str | None = Field(None, description="Item 7: general description of the architecture.")
    design_specifications: str | None = Field(None, description="Item 8: key design specifications.")
    input_format: str | None = Field(
        None,
        description="Item 9 with Annex XI, Section 1, point 1(e): the format of the inputs of each modality "
        "(e.g. UTF-8 text; PNG or JPEG images).",
    )
    output_format: str | None = Field(
        None,
        description="Item 11 with Annex XI, Section 1, point 1(e): the format of the outputs per modality.",
    )
    input_max_size: dict[Modality, str] = Field({}, description="Item 10: maximum input size per modality.")
    output_max_size: dict[Modality, str] = Field(
        {}, description="Item 12: maximum output size per modality (N/A where none applies)."
    )
    parameter_range: ParameterRange | None = Field(None, description="Item 14: the parameter-count bin.")


class UnionChannel(Base):
    channel: str
    access_link: str | None = None
    access_level: str | None = Field(None, description="e.g. weights, API, black-box.")


class Distribution(Base):
    """Form section 3: methods of distribution and licences (items 15-19)."""

    union_channels: list[UnionChannel] = Field([], description="Item 15: channels in the Union market.")
    downstream_channels: list[str] = Field([], description="Item 16: how downstream providers obtain it.")
    licence_link: str | None = Field(
        None, description="Item 17: link to the licence, or 'none' when no licence exists."
    )
    licence_type: LicenceType | None = Field(None, description="Item 18: the licence category.")
    access_terms: str | None = Field(
        None, description="Item 18: how access is granted when there is no licence (e.g. terms of service)."
    )
    additional_assets: str | None = Field(
        None, description="Item 19: other released assets (data, code), how to get them, their licences."
    )


class Use(Base):
    """Form section 4 (items 20-25)."""

    acceptable_use_policy: str | None = Field(
        None, description="Item 20: link to (or copy of) the policy, or 'none' when there is none."
    )
    intended_uses: str | None = Field(None, description="Item 21: intended, restricted or prohibited uses.")
    integration_types: str | None = Field(
        None, description="Item 22: kinds of AI systems it can, or should not, be built into."
    )
    integration_means: str | None = Field(None, description="Item 23: technical means for integration.")
    technical_documentation: str | None = Field(
        None,
        description="Third-draft Form only: link to (or copy of) the technical documentation with the "
        "instructions for use for integration.",
    )
    required_hardware: str | None = Field(None, description="Item 24: hardware needed, or N/A.")
    required_software: str | None = Field(None, description="Item 25: software needed, or N/A.")


class TrainingProcess(Base):
    """Form section 5 (items 26-27)."""

    design_specifications: str | None = Field(None, description="Item 26: stages, methods, objectives.")
    decision_rationale: str | None = Field(None, description="Item 27: how and why key choices were made.")
    parameter_relevance: str | None = Field(
        None, description="Third-draft Form only: the relevance of the different parameters, or N/A."
    )


class DataPoints(Base):
    value: Amount | None = None
    unit: str | None = Field(None, description="e.g. tokens, images, hours.")


class TrainingData(Base):
    """Form section 6: data used for training, testing and validation (items 28-36)."""

    modalities: list[Modality] = Field([], description="Item 28.")
    provenance: list[DataProvenance] = Field([], description="Item 29.")
    acquisition_and_selection: str | None = Field(None, description="Item 30.")
    data_points_coarse: DataPoints | None = Field(
        None, description="Item 31 (national authorities): at least 1 significant figure."
    )
    data_points: DataPoints | None = Field(
        None, description="Item 32 (AI Office): at least 2 significant figures."
    )
    scope_and_characteristics: str | None = Field(None, description="Item 33.")
    curation: str | None = Field(None, description="Item 34.")
    unsuitability_detection: str | None = Field(None, description="Item 35.")
    bias_detection: str | None = Field(None, description="Item 36.")


class TrainingTime(Base):
    wall_clock_days: Amount | None = None
    hardware_days: Amount | None = None
    hardware: str | None = Field(None, description="Hardware type the hardware days count, e.g. A100.")


class ComputationalResources(Base):
    """Form section 7 (items 37-39; 40 and 41 are in model.training_compute)."""

    training_time_period: str | None = Field(None, description="Item 37: what period was measured.")
    training_time_range: TrainingTimeRange | None = Field(None, description="Item 37: the range.")
    training_time: TrainingTime | None = Field(None, description="Item 38: at least 1 significant figure.")
    training_compute_order_of_magnitude: Flop | None = Field(
        None, description="Item 39 (national authorities): a power of ten, e.g. 1e24."
    )


class InferenceBenchmark(Base):
    task: str | None = Field(None, description="e.g. generating 100000 tokens.")
    hardware: str | None = Field(None, description="e.g. 64 A100s.")


class Energy(Base):
    """Form section 8 (items 42-45)."""

    training_mwh: Amount | Literal["N/A"] | None = Field(
        None, description="Item 42: energy used for training in MWh (2 significant figures), or N/A."
    )
    methodology: str | None = Field(
        None, description="Item 43: how it was measured or estimated, and what information is lacking."
    )
    inference_flop: Flop | None = Field(
        None, description="Item 44: benchmarked compute for inference (2 significant figures)."
    )
    inference_benchmark: InferenceBenchmark | None = Field(None, description="Item 45.")


class ModelDocumentation(Base):
    """The Model Documentation Form of the Transparency chapter: eight sections, 45 items."""

    general_information: FormGeneralInformation | None = None
    model_properties: ModelProperties | None = None
    distribution: Distribution | None = None
    use: Use | None = None
    training_process: TrainingProcess | None = None
    training_data: TrainingData | None = None
    computational_resources: ComputationalResources | None = None
    energy: Energy | None = None


class Documentation(Base):
    """Art 53(1)(a), Measure 1.1: technical documentation kept for the AI Office and national authorities."""

    version: str | None = None
    last_updated: PastDate | None = None
    evidence: EvidenceRefs = []
    retained_until: IsoDate | None = Field(None, description="Until when previous versions are kept.")


class DownstreamInformation(Base):
    """Art 53(1)(b), Annex XII, Measure 1.2: information made available to downstream providers."""

    version: str | None = None
    last_updated: PastDate | None = None
    url: str | None = None
    evidence: EvidenceRefs = []
    request_contact: Contact | None = None
    response_days: int | None = Field(None, ge=0, description="Days within which requests are answered.")


class AiOfficeRequests(Base):
    """Measure 1.2: how requests of the AI Office (Art 91, Art 75(3)) are answered."""

    process: str | None = Field(None, description="Who answers, and how the latest elements are supplied.")
    evidence: EvidenceRefs = []


class Integrity(Base):
    """Measure 1.3: quality, integrity and security of the documented information."""

    controls: list[str] = Field([], description="e.g. version control, hashes, access control, review.")
    evidence: EvidenceRefs = []


class Transparency(Base):
    documentation: Documentation | None = None
    downstream_information: DownstreamInformation | None = None
    contact: Contact | None = Field(
        None, description="Public contact for the AI Office and downstream providers to request information."
    )
    ai_office_requests: AiOfficeRequests | None = None
    integrity: Integrity | None = None
    model_documentation: ModelDocumentation | None = None
