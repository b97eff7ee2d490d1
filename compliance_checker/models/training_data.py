"""The ``training_data_summary`` section: the public summary of training content required by
Art 53(1)(d), laid out like the Commission's template of 24 July 2025 (header, sections 1-3)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from compliance_checker.models.common import (
    Amount,
    Base,
    Contact,
    EvidenceRefs,
    LegacyGaps,
    Modality,
    MonthYear,
    PastDate,
)

TextSize = Literal["<1B tokens", "1B-10T tokens", ">10T tokens"]
ImageSize = Literal["<1M images", "1M-1B images", ">1B images"]
AudioVideoSize = Literal["<10K hours", "10K-1M hours", ">1M hours"]


class ApproximateSizes(Base):
    """Section 1.3: the approximate amount of training data per modality, in the unit of its bins."""

    text: Amount | None = Field(None, description="Tokens.")
    images: Amount | None = Field(None, description="Images.")
    audio: Amount | None = Field(None, description="Hours.")
    video: Amount | None = Field(None, description="Hours.")


class ModalitySizes(Base):
    """Section 1.3: the template's size bins per modality (another unit may be used for 'other')."""

    text: TextSize | None = None
    images: ImageSize | None = None
    audio: AudioVideoSize | None = None
    video: AudioVideoSize | None = None
    other: str | None = Field(None, description="The size of the data of the 'other' modality, in any unit.")
    other_modality: str | None = Field(
        None, description="What the 'other' modality is (e.g. 3D meshes, sensor time series)."
    )
    approximate: ApproximateSizes | None = Field(
        None,
        description="The approximate amounts behind the ranges; expected where a range is the open-ended "
        "top one (e.g. more than 10 trillion tokens).",
    )


class SummaryGeneralInformation(Base):
    """Template section 1."""

    provider_contact: Contact | None = Field(None, description="1.1: the provider's contact.")
    representative_contact: Contact | None = Field(
        None, description="1.1: the authorised representative's contact (providers outside the Union)."
    )
    model_versions: list[str] = Field([], description="1.2: versioned model names the summary covers.")
    dependencies: str | None = Field(
        None, description="1.2: the model this one modifies, with a link to its summary, or N/A."
    )
    sizes: ModalitySizes | None = Field(None, description="1.3: size range per modality.")
    content_types: str | None = Field(None, description="1.3: the types of content per modality.")
    latest_collection: MonthYear | None = Field(None, description="1.3: latest date of data collection.")
    continuous_training: bool | None = Field(
        None, description="1.3: whether the model keeps being trained on data collected after that date."
    )
    linguistic_characteristics: str | None = None
    other_characteristics: str | None = None


class SourceUse(Base):
    used: bool | None = None
    modalities: list[Modality] = []
    description: str | None = None


class NamedDataset(Base):
    name: str
    link: str | None = None


class PublicDatasets(SourceUse):
    """2.1: publicly available datasets; the large ones listed by name."""

    large_datasets: list[NamedDataset] = []
    no_large_datasets: bool | None = Field(
        None,
        description="true when none of the publicly available datasets used is large in the template's "
        "sense, so none is listed by name.",
    )


class PrivateOther(SourceUse):
    known_names: list[str] = []


class PrivateDatasets(Base):
    """2.2: private datasets obtained from third parties."""

    licensed: SourceUse | None = Field(None, description="2.2.1: licensed from rightsholders.")
    other: PrivateOther | None = Field(None, description="2.2.2: other private third-party datasets.")


class TopDomains(Base):
    """2.3: the most relevant domains by size of content scraped."""

    share_percent: Amount | None = Field(None, description="Share of all scraped domains listed, in %.")
    count: int | None = Field(None, ge=0, description="Number of domains listed.")
    list_url: str | None = None
    evidence: EvidenceRefs = []


class Crawling(SourceUse):
    """2.3: data crawled and scraped from online sources."""

    crawlers: list[str] = []
    purposes: str | None = None
    behaviour: str | None = Field(None, description="e.g. robots.txt, captchas, paywalls.")
    period_from: MonthYear | None = None
    period_to: MonthYear | None = None
    top_domains: TopDomains | None = None


class UserData(SourceUse):
    """2.4: data from user interactions and from the provider's other services."""

    from_model_interactions: bool | None = None
    from_other_services: bool | None = None


class GeneratingModel(Base):
    name: str
    summary_url: str | None = None


class SyntheticData(SourceUse):
    """2.5: synthetic data and the models that generated it."""

    generating_models: list[GeneratingModel] = []
    other_models: str | None = None


class DataSources(Base):
    """Template section 2."""

    public_datasets: PublicDatasets | None = None
    private_datasets: PrivateDatasets | None = None
    crawled: Crawling | None = None
    user_data: UserData | None = None
    synthetic: SyntheticData | None = None
    other: SourceUse | None = None


class OptOutRespect(Base):
    """3.1: respect of reservations of rights under Art 4(3) of Directive (EU) 2019/790."""

    code_signatory: bool | None = None
    measures: str | None = None


class Processing(Base):
    """Template section 3."""

    rights_reservations: OptOutRespect | None = None
    illegal_content_removal: str | None = Field(None, description="3.2: e.g. blocklists, classifiers.")
    other_information: str | None = Field(None, description="3.3: optional.")


class FurtherTraining(Base):
    """Training on additional data after the summary was first published."""

    ongoing: bool
    last_data_added: PastDate | None = None


class TrainingDataSummary(Base):
    """Art 53(1)(d): the public summary of training content, on the Commission's template."""

    url: str | None = None
    evidence: EvidenceRefs = []
    version: str | None = None
    previous_versions_url: str | None = None
    published: PastDate | None = None
    last_updated: PastDate | None = None
    further_training: FurtherTraining | None = None
    general: SummaryGeneralInformation | None = None
    sources: DataSources | None = None
    processing: Processing | None = None
    legacy_gaps: LegacyGaps | None = None
