"""The ``copyright`` section: Art 53(1)(c) and the Code's Copyright chapter (Measures 1.1-1.5; the third
draft's Measure I.2.4 in ``non_crawled_content``)."""

from __future__ import annotations

from pydantic import Field

from compliance_checker.models.common import Base, Contact, EvidenceRefs, LegacyGaps, PastDate


class CopyrightPolicy(Base):
    """Measure 1.1: one policy document, kept up to date, with someone responsible for it."""

    document: EvidenceRefs = []
    owner: str | None = Field(None, description="Function responsible for implementing the policy.")
    last_updated: PastDate | None = None
    public_summary_url: str | None = Field(None, description="Optional (encouraged) public summary.")


class LawfulAccess(Base):
    """Measure 1.2: crawl only lawfully accessible content."""

    respects_technological_measures: bool | None = Field(
        None,
        description="Paywalls, subscriptions and other effective technological measures are respected.",
    )
    excludes_infringing_sites: bool | None = Field(
        None,
        description="Sites on the EU's lists of persistent, commercial-scale infringers are not crawled.",
    )
    infringing_site_lists: list[str] = Field([], description="Which lists are applied (and their dates).")
    evidence: EvidenceRefs = []


class Crawler(Base):
    name: str
    user_agent: str | None = None
    purpose: str | None = None


class RightsReservation(Base):
    """Measure 1.3: identify and follow machine-readable rights reservations."""

    robots_txt_rfc9309: bool | None = Field(
        None, description="Crawlers read and follow robots.txt (RFC 9309)."
    )
    other_protocols: list[str] = Field(
        [], description="Other machine-readable opt-outs followed, e.g. TDMRep."
    )
    crawlers: list[Crawler] = []
    crawler_info_url: str | None = Field(None, description="Public page describing the crawlers.")
    update_feed_url: str | None = Field(
        None, description="Automatic notification of changes, e.g. a web feed."
    )
    evidence: EvidenceRefs = []


class NonCrawledContent(Base):
    """Third draft, Measure I.2.4 (no counterpart in the final Code): protected content mined for training
    that the provider obtained other than by its own web crawling (e.g. third-party datasets) and without
    the rightsholders' authorisation."""

    used: bool | None = Field(
        None,
        description="Whether such content is mined for training (false: all of it is self-crawled or "
        "authorised by its rightsholders).",
    )
    robots_txt_information_sought: bool | None = Field(
        None,
        description="Reasonable efforts are made to learn whether web content in it was collected by "
        "crawlers that follow robots.txt (RFC 9309).",
    )
    how: str | None = Field(
        None, description="How that information is sought, e.g. dataset documentation read, suppliers asked."
    )
    evidence: EvidenceRefs = []


class OutputSafeguards(Base):
    """Measure 1.4: mitigate the risk of infringing outputs."""

    technical_safeguards: str | None = None
    acceptable_use_prohibits_infringement: bool | None = None
    documentation_warns_infringement: bool | None = Field(
        None, description="For open-source models: the documentation alerts users to the prohibition."
    )
    evidence: EvidenceRefs = []


class Complaints(Base):
    """Measure 1.5: an electronic point of contact and a complaint mechanism for rightsholders."""

    contact: Contact | None = None
    mechanism_url: str | None = None
    evidence: EvidenceRefs = []


class Copyright(Base):
    policy: CopyrightPolicy | None = None
    crawls_web: bool | None = Field(
        None, description="Whether the provider crawls the web for training data."
    )
    lawful_access: LawfulAccess | None = None
    rights_reservation: RightsReservation | None = None
    non_crawled_content: NonCrawledContent | None = Field(
        None, description="Third draft only (Measure I.2.4): content not crawled by the provider."
    )
    output_safeguards: OutputSafeguards | None = None
    complaints: Complaints | None = None
    legacy_gaps: LegacyGaps | None = None
