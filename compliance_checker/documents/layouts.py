"""The layout of each document: which rules it is made of, in what sections, under what headings and
labels. Layout only: what a document needs is what its rules require (their evidence items), and whether
it is there is what the evaluation says of them, so nothing here lists required fields.

A small typed table rather than YAML beside the rulesets: layouts are not something a user supplies (a
custom ruleset keeps its rule ids, and the rules decide the content), they need no schema, loader or
located errors of their own, mypy checks them, and ``tests/test_render_model.py`` checks that every rule id
and path they name exists in the shipped rulesets.

Paths are evidence paths as the rules write them, with ``[]`` for any entry of a list
(``safety_and_security.framework.updates[].version``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from compliance_checker.models.ruleset import Recipient


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """One rule's share of a section.

    ``paths`` keeps only those of the rule's evidence paths (all of them when empty): the rest is not
    content of this document, so neither shown nor a gap. ``hide`` keeps a path required (a gap in it
    still refuses the document) without showing it: the evidence documents behind a public summary.
    ``informative`` shows the rule's items without making them content: a report date or a publication
    address that is recorded only once the document has been sent.
    """

    rule: str
    heading: str | None = None  # None: the rule's title; "": no heading of its own
    paths: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    informative: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionLayout:
    heading: str
    parts: tuple[Part, ...]
    intro: str = ""


def _frozen(mapping: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """A document: its title, header and sections. ``labels`` names fields (a path, or a list's path with
    ``[]`` for its entries; "" shows the value alone); ``show`` displays another path for an evidence path
    (all the size ranges for the one a rule checks). ``recipients`` are the ``--for`` choices; with them,
    a part whose rule is owed to other recipients is left out. ``others`` catches the rules of a ruleset
    (id, rule id prefix) that no section places, so that a ruleset version with other items (the third
    draft's Form) loses none of them."""

    name: str
    title: str
    audience: str
    summary: str  # one line: what the document is, for the help text and the README
    header: tuple[Part, ...] = ()
    sections: tuple[SectionLayout, ...]
    labels: Mapping[str, str] = field(default_factory=_frozen)
    show: Mapping[str, str] = field(default_factory=_frozen)
    recipients: Mapping[str, Recipient] = field(default_factory=lambda: MappingProxyType({}))
    others: tuple[str, str] | None = None

    def rules(self) -> tuple[str, ...]:
        """Every rule id the layout names, in order."""
        parts = [*self.header, *(part for section in self.sections for part in section.parts)]
        return tuple(dict.fromkeys(part.rule for part in parts))


def _form_items(first: int, last: int) -> tuple[Part, ...]:
    return tuple(Part(rule=f"TR-FORM-{number:02d}") for number in range(first, last + 1))


_MD = "transparency.model_documentation"
MODEL_DOCUMENTATION = Layout(
    name="model-documentation",
    title="Model Documentation Form",
    audience="{recipient}",
    summary="the Model Documentation Form (Transparency chapter, Measure 1.1) with the items and the "
    "precision owed to one recipient",
    header=(
        Part(
            rule="TR-1-1-DOC",
            paths=("transparency.documentation.version", "transparency.documentation.last_updated"),
        ),
    ),
    sections=(
        SectionLayout(heading="1. General information", parts=_form_items(1, 6)),
        SectionLayout(heading="2. Model properties", parts=_form_items(7, 14)),
        SectionLayout(heading="3. Distribution and licences", parts=_form_items(15, 19)),
        SectionLayout(heading="4. Use", parts=_form_items(20, 25)),
        SectionLayout(heading="5. Training process", parts=_form_items(26, 27)),
        SectionLayout(heading="6. Data used for training, testing and validation", parts=_form_items(28, 36)),
        SectionLayout(heading="7. Computational resources (training)", parts=_form_items(37, 41)),
        SectionLayout(heading="8. Energy consumption", parts=_form_items(42, 45)),
    ),
    labels=_frozen(
        {
            "transparency.documentation.version": "Documentation version",
            "transparency.documentation.last_updated": "Last updated",
            f"{_MD}.model_properties.input_format": "format of the inputs",
            f"{_MD}.model_properties.output_format": "format of the outputs",
            "model.parameters": "total number of parameters",
            "model.training_compute.flop": "training compute (FLOP)",
            f"{_MD}.computational_resources.training_compute_order_of_magnitude": "training compute, order "
            "of magnitude (FLOP)",
        }
    ),
    recipients=MappingProxyType(
        {
            "ai-office": "ai_office",
            "authorities": "national_competent_authorities",
            "downstream": "downstream_providers",
        }
    ),
    others=("transparency", "TR-FORM-"),
)

_TDS = "training_data_summary"
TRAINING_DATA_SUMMARY = Layout(
    name="training-data-summary",
    title="Public summary of the content used to train the model",
    audience="the public (AI Act Art 53(1)(d), on the Commission's template)",
    summary="the public summary of training content in the layout of the Commission's template",
    header=(Part(rule="TDS-HEADER", paths=(f"{_TDS}.version", f"{_TDS}.last_updated")),),
    sections=(
        SectionLayout(
            heading="1. General information",
            parts=(
                Part(rule="TDS-1-1", heading="1.1 Provider identification"),
                Part(rule="TDS-1-2", heading="1.2 Model identification"),
                Part(
                    rule="TDS-1-3",
                    heading="1.3 Modalities, overall training data size and other characteristics",
                ),
                Part(
                    rule="TDS-1-3-SIZE",
                    heading="1.3 Modalities, overall training data size and other characteristics",
                ),
                Part(
                    rule="TDS-1-3-APPROXIMATE",
                    heading="1.3 Modalities, overall training data size and other characteristics",
                ),
            ),
        ),
        SectionLayout(
            heading="2. List of data sources",
            parts=(
                Part(rule="TDS-2-1", heading="2.1 Publicly available datasets"),
                Part(rule="TDS-2-2-1", heading="2.2.1 Datasets commercially licensed by rightsholders"),
                Part(rule="TDS-2-2-2", heading="2.2.2 Other private datasets obtained from third parties"),
                Part(rule="TDS-2-3", heading="2.3 Data crawled and scraped from online sources"),
                Part(rule="TDS-2-3-DOMAINS", heading="2.3 Data crawled and scraped from online sources"),
                Part(rule="TDS-2-4", heading="2.4 User data"),
                Part(rule="TDS-2-5", heading="2.5 Synthetic data"),
                Part(rule="TDS-2-6", heading="2.6 Other sources of data"),
            ),
        ),
        SectionLayout(
            heading="3. Data processing aspects",
            parts=(
                Part(
                    rule="TDS-3-1", heading="3.1 Respect of reservations of rights from text and data mining"
                ),
                Part(rule="TDS-3-2", heading="3.2 Removal of illegal content"),
            ),
        ),
        SectionLayout(
            heading="Information not available (model placed on the market before 2 August 2025)",
            parts=(Part(rule="TDS-LEGACY", heading="", paths=(f"{_TDS}.legacy_gaps.justification",)),),
        ),
    ),
    labels=_frozen(
        {
            f"{_TDS}.version": "Version of the summary",
            f"{_TDS}.last_updated": "Date of the last update",
            f"{_TDS}.general.provider_contact": "Contact details of the provider",
            f"{_TDS}.general.representative_contact": "Contact details of the authorised representative",
            f"{_TDS}.general.sizes": "Size of the training data per modality (template ranges)",
            f"{_TDS}.sources.crawled.top_domains": "Most relevant domain names crawled",
            f"{_TDS}.legacy_gaps.justification": "",
        }
    ),
    show=_frozen(
        {
            f"{_TDS}.general.provider_contact.email": f"{_TDS}.general.provider_contact",
            f"{_TDS}.general.representative_contact.email": f"{_TDS}.general.representative_contact",
            **{
                f"{_TDS}.general.sizes.{kind}": f"{_TDS}.general.sizes"
                for kind in ("text", "images", "audio", "video")
            },
            f"{_TDS}.sources.crawled.top_domains.share_percent": f"{_TDS}.sources.crawled.top_domains",
            f"{_TDS}.sources.crawled.top_domains.list_url": f"{_TDS}.sources.crawled.top_domains",
        }
    ),
)

_CR = "copyright"
COPYRIGHT_POLICY_SUMMARY = Layout(
    name="copyright-policy-summary",
    title="Summary of the copyright policy",
    audience="the public and rightsholders (Copyright chapter, Measures 1.1-1.5)",
    summary="what the Copyright chapter encourages a provider to publish about its copyright policy: "
    "lawful access, crawlers and the opt-out protocols they follow, output safeguards, the complaint contact",
    header=(
        Part(
            rule="CR-1-1",
            paths=(f"{_CR}.policy.owner", f"{_CR}.policy.last_updated", f"{_CR}.policy.document"),
            hide=(f"{_CR}.policy.document",),
        ),
    ),
    sections=(
        SectionLayout(
            heading="1. Lawful access to content",
            parts=(
                Part(rule="CR-1-2-TPM", heading="", hide=(f"{_CR}.lawful_access.evidence",)),
                Part(rule="CR-1-2-INFRINGING", heading=""),
            ),
        ),
        SectionLayout(
            heading="2. Crawlers and rights reservations",
            parts=(
                Part(rule="CR-1-3-ROBOTS", heading="", hide=(f"{_CR}.rights_reservation.evidence",)),
                Part(rule="CR-1-3-PROTOCOLS", heading=""),
                Part(rule="CR-1-3-CRAWLER-INFO", heading=""),
            ),
        ),
        SectionLayout(
            heading="3. Safeguards against infringing outputs",
            parts=(
                Part(rule="CR-1-4-SAFEGUARDS", heading="", hide=(f"{_CR}.output_safeguards.evidence",)),
                Part(rule="CR-1-4-AUP", heading="", hide=(f"{_CR}.output_safeguards.evidence",)),
            ),
        ),
        SectionLayout(
            heading="4. Contact point and complaints",
            parts=(
                Part(rule="CR-1-5-CONTACT", heading=""),
                Part(rule="CR-1-5-COMPLAINTS", heading=""),
            ),
        ),
        SectionLayout(
            heading="Gaps disclosed (model placed on the market before 2 August 2025)",
            parts=(Part(rule="CR-LEGACY", heading="", paths=(f"{_CR}.legacy_gaps.justification",)),),
        ),
    ),
    labels=_frozen(
        {
            f"{_CR}.policy.owner": "Responsible for the policy",
            f"{_CR}.policy.last_updated": "Policy last updated",
            f"{_CR}.rights_reservation.crawlers": "Crawlers (name, user agent, purpose)",
            f"{_CR}.complaints.contact": "Electronic contact point for rightsholders",
            f"{_CR}.legacy_gaps.justification": "",
        }
    ),
    show=_frozen({f"{_CR}.complaints.contact.email": f"{_CR}.complaints.contact"}),
)

_SR = "model.systemic_risk"
NOTIFICATION = Layout(
    name="notification",
    title="Notification to the Commission: general-purpose AI model with systemic risk",
    audience="the European Commission (AI Office), AI Act Art 52(1)",
    summary="the content of the Art 52(1) notification: when the threshold was met, the training compute "
    "to two significant figures and how it was estimated",
    header=(Part(rule="AIA-52-1", paths=(f"{_SR}.notification_date",), informative=True),),
    sections=(
        SectionLayout(
            heading="1. The threshold of Art 51(2)",
            parts=(Part(rule="AIA-52-1", heading="", paths=(f"{_SR}.threshold_met_date",)),),
        ),
        SectionLayout(
            heading="2. Training compute",
            parts=(Part(rule="AIA-52-1-CONTENT", heading=""),),
        ),
        SectionLayout(
            heading="3. New notification after an accepted rebuttal (Art 52(2))",
            parts=(
                Part(rule="AIA-52-2-RENOTIFY", heading="", hide=(f"{_SR}.rebuttal.renotification_evidence",)),
            ),
        ),
    ),
    labels=_frozen(
        {
            f"{_SR}.notification_date": "Notified on",
            f"{_SR}.threshold_met_date": "Date the threshold was met, or it became known that it would be",
            f"{_SR}.notified_compute_flop": "Cumulative training compute (FLOP)",
            f"{_SR}.notified_estimation_approach": "How the compute was estimated",
        }
    ),
)

_SS = "safety_and_security"
_FW = f"{_SS}.framework"


def _framework(path: str, heading: str) -> SectionLayout:
    return SectionLayout(
        heading=heading, parts=(Part(rule="SS-1-1-CONTENTS", heading="", paths=(f"{_FW}.contents.{path}",)),)
    )


FRAMEWORK_SUMMARY = Layout(
    name="framework-summary",
    title="Safety and Security Framework: public summary",
    audience="the public (Safety and Security chapter, Measure 10.2)",
    summary="the public summary of the Safety and Security Framework (Measure 10.2)",
    header=(
        Part(
            rule="SS-1-1-CONTENTS",
            paths=(f"{_FW}.version", f"{_FW}.confirmed_date", f"{_FW}.evidence"),
            hide=(f"{_FW}.evidence",),
        ),
        Part(
            rule="SS-10-2-PUBLIC-SUMMARIES",
            paths=(f"{_SS}.public_transparency.framework_summary_url",),
            informative=True,
        ),
    ),
    sections=(
        _framework("processes", "1. Systemic risk assessment and mitigation"),
        _framework("trigger_points", "2. Trigger points for further evaluations"),
        _framework("acceptance_criteria", "3. Systemic risk acceptance criteria and tiers"),
        _framework("tier_mitigations", "4. Mitigations expected at each tier"),
        _framework("timeline_estimates", "5. Expected timelines"),
        _framework("external_input", "6. External input into decisions"),
        _framework("responsibility_allocation", "7. Responsibility for systemic risk"),
        SectionLayout(
            heading="8. Updating the Framework",
            parts=(
                Part(rule="SS-1-1-CONTENTS", heading="", paths=(f"{_FW}.contents.update_process",)),
                Part(rule="SS-1-3-UPDATES", heading="Version history"),
            ),
        ),
    ),
    labels=_frozen(
        {
            f"{_FW}.version": "Framework version",
            f"{_FW}.confirmed_date": "Confirmed on",
            f"{_SS}.public_transparency.framework_summary_url": "Published at",
            **{
                f"{_FW}.contents.{name}": ""
                for name in (
                    "processes",
                    "trigger_points",
                    "acceptance_criteria",
                    "tier_mitigations",
                    "timeline_estimates",
                    "external_input",
                    "responsibility_allocation",
                    "update_process",
                )
            },
            f"{_FW}.updates[]": "Version {name}",
            f"{_FW}.updates[].version": "version",
            f"{_FW}.updates[].changelog": "changes",
            f"{_FW}.updates[].confirmed": "confirmed on",
        }
    ),
)

_MR = f"{_SS}.model_report"
MODEL_REPORT_SUMMARY = Layout(
    name="model-report-summary",
    title="Safety and Security Model Report: public summary",
    audience="the public (Safety and Security chapter, Measure 10.2)",
    summary="the public summary of the Safety and Security Model Report: high-level results of the "
    "systemic risk assessment and the mitigations (Measure 10.2)",
    header=(
        Part(rule="SS-7-1-DESCRIPTION", paths=(f"{_MR}.version", f"{_MR}.date")),
        Part(
            rule="SS-10-2-PUBLIC-SUMMARIES",
            paths=(f"{_SS}.public_transparency.model_report_summary_url",),
            informative=True,
        ),
    ),
    sections=(
        SectionLayout(
            heading="1. The model",
            parts=(
                Part(
                    rule="SS-7-1-DESCRIPTION",
                    heading="",
                    paths=(
                        f"{_MR}.description.architecture_and_capabilities",
                        f"{_MR}.description.uses",
                        f"{_MR}.description.versions",
                        f"{_MR}.description.specification_url",
                    ),
                ),
            ),
        ),
        SectionLayout(
            heading="2. Systemic risk assessment",
            parts=(
                Part(
                    rule="SS-7-3-DOCUMENTATION",
                    heading="",
                    paths=(
                        f"{_MR}.documentation.identification",
                        f"{_MR}.documentation.uncertainties",
                        f"{_MR}.documentation.risk_justification",
                        f"{_MR}.documentation.evaluation_results",
                    ),
                ),
                Part(
                    rule="SS-4-1-ACCEPTANCE",
                    heading="",
                    paths=(
                        f"{_SS}.risk_register.risks[].acceptance.determination",
                        f"{_SS}.risk_register.overall_determination",
                    ),
                ),
            ),
        ),
        SectionLayout(
            heading="3. Reasons for placing the model on the market",
            parts=(
                Part(
                    rule="SS-7-2-REASONS",
                    heading="",
                    paths=(
                        f"{_MR}.reasons_for_proceeding.justification",
                        f"{_MR}.reasons_for_proceeding.decision_process",
                    ),
                ),
            ),
        ),
        SectionLayout(
            heading="4. Safety mitigations",
            parts=(
                Part(
                    rule="SS-7-3-DOCUMENTATION",
                    heading="",
                    paths=(f"{_MR}.documentation.safety_mitigations",),
                ),
                Part(
                    rule="SS-5-1-SAFETY-MITIGATIONS",
                    heading="",
                    paths=(
                        f"{_SS}.safety_mitigations.measures",
                        f"{_SS}.safety_mitigations.release_strategy",
                    ),
                ),
            ),
        ),
        SectionLayout(
            heading="5. Security mitigations",
            parts=(
                Part(
                    rule="SS-7-3-DOCUMENTATION",
                    heading="",
                    paths=(f"{_MR}.documentation.security_mitigations",),
                ),
            ),
        ),
        SectionLayout(
            heading="6. Changes in the systemic risk landscape",
            parts=(Part(rule="SS-7-5-LANDSCAPE", heading=""),),
        ),
        SectionLayout(
            heading="7. Updates of the Model Report",
            parts=(
                Part(
                    rule="SS-7-6-UPDATES",
                    heading="",
                    paths=(f"{_MR}.updates[].version", f"{_MR}.updates[].date", f"{_MR}.updates[].changelog"),
                ),
            ),
        ),
    ),
    labels=_frozen(
        {
            f"{_MR}.version": "Model Report version",
            f"{_MR}.date": "Confirmed on",
            f"{_SS}.public_transparency.model_report_summary_url": "Published at",
            f"{_MR}.description.architecture_and_capabilities": "Architecture and capabilities",
            f"{_MR}.description.uses": "Uses",
            f"{_MR}.description.versions": "Versions",
            f"{_MR}.description.specification_url": "Model specification",
            f"{_MR}.documentation.identification": "How systemic risks were identified",
            f"{_MR}.documentation.uncertainties": "Uncertainties and assumptions",
            f"{_MR}.documentation.risk_justification": "Systemic risks and why they are accepted",
            f"{_MR}.documentation.evaluation_results": "Evaluation results",
            f"{_SS}.risk_register.risks[]": "Risk {name}",
            f"{_SS}.risk_register.risks[].acceptance.determination": "determination",
            f"{_SS}.risk_register.overall_determination": "Overall determination",
            f"{_MR}.reasons_for_proceeding.justification": "Why the systemic risks are acceptable",
            f"{_MR}.reasons_for_proceeding.decision_process": "How the decision was taken",
            f"{_MR}.documentation.safety_mitigations": "Safety mitigations and their limits",
            f"{_SS}.safety_mitigations.measures": "Measures in place",
            f"{_SS}.safety_mitigations.release_strategy": "Release strategy",
            f"{_MR}.documentation.security_mitigations": "",
            f"{_MR}.landscape_changes": "",
            f"{_MR}.updates[]": "Version {name}",
            f"{_MR}.updates[].version": "version",
            f"{_MR}.updates[].date": "date",
            f"{_MR}.updates[].changelog": "changes",
        }
    ),
)

_LOG = f"{_SS}.serious_incidents.log"
INCIDENT_REPORT = Layout(
    name="incident-report",
    title="Serious incident report",
    audience="the AI Office and, where relevant, national competent authorities (Art 55(1)(c); Safety "
    "and Security chapter, Measures 9.2-9.3)",
    summary="one serious incident of the log, reported at one stage (initial, intermediate or final) with "
    "the information points of Measure 9.2 and the deadline that applies",
    sections=(
        SectionLayout(
            heading="Information (Measure 9.2)",
            intro="Which of the points of Measure 9.2 the provider's incident record holds; the record "
            "itself gives the details.",
            parts=(Part(rule="SS-9-2-INFORMATION", heading=""),),
        ),
    ),
    labels=_frozen(
        {f"{_LOG}[]": "", f"{_SS}.serious_incidents.reporting_contact": "Contact for this report"}
    ),
)

# The incident report's stages: the rule whose evaluation dates each report, and the field of a log entry
# that records it; in the order the reports are sent.
INCIDENT_STAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "initial": ("SS-9-3-INITIAL", "initial_report"),
        "intermediate": ("SS-9-3-INTERMEDIATE", "intermediate_reports"),
        "final": ("SS-9-3-FINAL", "final_report"),
    }
)
INCIDENT_LOG = _LOG

LAYOUTS: Mapping[str, Layout] = MappingProxyType(
    {
        layout.name: layout
        for layout in (
            MODEL_DOCUMENTATION,
            TRAINING_DATA_SUMMARY,
            COPYRIGHT_POLICY_SUMMARY,
            INCIDENT_REPORT,
            NOTIFICATION,
            FRAMEWORK_SUMMARY,
            MODEL_REPORT_SUMMARY,
        )
    }
)
