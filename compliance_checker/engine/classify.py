"""Classification: from a declaration and an as-of date to the facts that decide what applies.

Every boundary follows the legal text exactly. "Greater than" is strict: a model trained with exactly
10^25 FLOP is *not* presumed to have systemic risk; a modification using exactly one third of the
original's compute does *not* make the modifier a provider; a model placed exactly on 2 August 2025 is
*not* a legacy model. Numbers are compared exactly (see :mod:`compliance_checker.engine.numbers`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from compliance_checker.engine.dates import add_days
from compliance_checker.engine.numbers import exact, sci
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.models.facts import Fact, Facts

if TYPE_CHECKING:
    from compliance_checker.models.loaded import DeclarationLike

# Guidelines C(2025) 5045, section 2.1: indicative criterion for a general-purpose AI model.
GPAI_INDICATIVE_FLOP = Decimal("1e23")
# Art 51(2): presumption of high-impact capabilities.
SYSTEMIC_RISK_FLOP = Decimal("1e25")
# Art 113(b): Chapter V (GPAI obligations) applies from this date.
OBLIGATIONS_APPLY = dt.date(2025, 8, 2)
# Art 113 with Art 101: the Commission's fines apply from this date.
FINES_APPLY = dt.date(2026, 8, 2)
# Art 111(3): models placed on the market before OBLIGATIONS_APPLY must comply by this date.
LEGACY_DEADLINE = dt.date(2027, 8, 2)
# Art 52(1): notify "without delay and in any event within two weeks".
NOTIFICATION_PERIOD = dt.timedelta(days=14)

# The 27 Member States (ISO 3166-1 alpha-2; Greece also as EL, the EU's own code).
EU_MEMBER_STATES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()  # noqa: SIM905 - compact
)
LANGUAGE_OUTPUTS = frozenset({"text", "code", "audio", "speech"})
TEXT_TO_VISUAL_OUTPUTS = frozenset({"image", "video"})

_ART_3_63 = "AI Act Art 3(63)"
_GL_2_1 = "Guidelines section 2.1"
_GL_3_2 = "Guidelines section 3.2"
_GL_4 = "Guidelines section 4"


def classify(decl: DeclarationLike, as_of: dt.date) -> Facts:
    items: dict[str, Fact] = {}

    items["is_gpai"] = _is_gpai(decl)
    items["modifier_is_provider"] = _modifier_is_provider(decl)
    items["gpai_provider"] = _gpai_provider(items["is_gpai"], items["modifier_is_provider"])
    provider = items["gpai_provider"].value is True

    presumed, presumption_reason = _compute_presumption(decl)
    items["systemic_risk"] = _systemic_risk(decl, provider, presumed, presumption_reason)
    systemic = items["systemic_risk"].value is True

    items["open_source_claimed"] = _open_source_claimed(decl)
    items["open_source_exempt"] = _open_source_exempt(decl, provider, systemic)
    exempt = items["open_source_exempt"].value is True

    third = decl.provider.country not in EU_MEMBER_STATES
    items["third_country_provider"] = Fact(
        third,
        f"the provider is established in {decl.provider.country}, "
        + ("which is not a Member State of the Union" if third else "a Member State of the Union"),
        ("AI Act Art 54(1)",),
    )
    items["authorised_representative_required"] = _representative_required(provider, third, exempt)

    items["legacy_model"] = _legacy(decl)
    items["placed_on_market"] = _placed(decl, as_of)
    items["compliance_deadline"] = _deadline(decl, provider, items["legacy_model"].value is True)

    items["notification_required"], items["notification_deadline"] = _notification(decl, provider, presumed)

    items["sme_or_smc"] = Fact(
        decl.provider.sme or decl.provider.smc,
        "declared SME or small mid-cap"
        if (decl.provider.sme or decl.provider.smc)
        else "not declared SME/SMC",
        ("Code of Practice, Safety and Security, recital (h)",),
    )
    fines = as_of >= FINES_APPLY
    items["fines_apply"] = Fact(
        fines,
        f"the Commission can fine GPAI providers from {FINES_APPLY.isoformat()}; as of {as_of.isoformat()} "
        + ("it can" if fines else "it cannot yet"),
        ("AI Act Art 101", "AI Act Art 113"),
    )
    cop = decl.provider.code_of_practice
    for chapter in ("transparency", "copyright", "safety_and_security"):
        signed = bool(cop and cop.signatory and chapter in cop.chapters)
        items[f"signatory_{chapter}"] = Fact(
            signed,
            f"{'declared' if signed else 'not declared'} a signatory of the Code's "
            f"{chapter.replace('_', ' ')} chapter",
            ("AI Act Art 56", "Guidelines section 5.1"),
        )
    return Facts(as_of=as_of, items=items)


def _is_gpai(decl: DeclarationLike) -> Fact:
    model = decl.model
    compute = exact(model.training_compute.flop)
    outputs = set(model.modalities.output)
    language = sorted(outputs & LANGUAGE_OUTPUTS)
    visual = sorted(outputs & TEXT_TO_VISUAL_OUTPUTS) if "text" in model.modalities.input else []
    generates = bool(language or visual)
    over = compute > GPAI_INDICATIVE_FLOP
    indicative = over and generates
    compute_text = (
        f"training compute {sci(compute)} FLOP is {'greater than' if over else 'not greater than'} "
        f"{sci(GPAI_INDICATIVE_FLOP)}"
    )
    if generates:
        what = ", ".join(language + [f"{v} from text" for v in visual])
        modality_text = f"it generates {what}"
    else:
        modality_text = "it generates none of text, code, audio/speech, images or video from text"
    criterion = f"{compute_text} and {modality_text}"
    gp = model.general_purpose
    rebutted = not is_placeholder(gp.rebuttal)
    sources = (_ART_3_63, _GL_2_1)
    if gp.declared is True:
        return Fact(True, "declared a general-purpose AI model by the provider", sources)
    if gp.declared is False and not indicative:
        return Fact(
            False,
            f"declared not general-purpose, and the indicative criterion is not met ({criterion})",
            sources,
        )
    if rebutted:
        if indicative:
            return Fact(
                False,
                f"the indicative criterion is met ({criterion}) but the provider rebuts it: {gp.rebuttal}",
                sources,
            )
        return Fact(
            True,
            f"the indicative criterion is not met ({criterion}) but the provider states the model is "
            f"exceptionally general: {gp.rebuttal}",
            sources,
        )
    if gp.declared is False and indicative:
        return Fact(
            True,
            f"declared not general-purpose, but the indicative criterion is met ({criterion}); only a "
            "justified rebuttal (model.general_purpose.rebuttal) can displace it",
            sources,
        )
    if indicative:
        return Fact(True, f"indicative criterion met: {criterion}", sources)
    return Fact(False, f"indicative criterion not met: {criterion}", sources)


def _modifier_is_provider(decl: DeclarationLike) -> Fact:
    based_on = decl.model.based_on
    if based_on is None:
        return Fact(None, "not a modification of another provider's model", (_GL_3_2,))
    modification = exact(based_on.modification_compute_flop)
    if based_on.training_compute_flop is not None:
        original = exact(based_on.training_compute_flop)
        basis = f"the original's training compute {sci(original)} FLOP"
    elif based_on.systemic_risk:
        original = SYSTEMIC_RISK_FLOP
        basis = f"{sci(original)} FLOP (original compute unknown; the original has systemic risk)"
    else:
        original = GPAI_INDICATIVE_FLOP
        basis = f"{sci(original)} FLOP (original compute unknown; the original has no systemic risk)"
    # Guidelines section 3.2: strictly greater than one third; compared as 3 * m > o to stay exact.
    becomes = modification * 3 > original
    relation = "greater than" if becomes else "not greater than"
    return Fact(
        becomes,
        f"modification compute {sci(modification)} FLOP is {relation} one third of {basis}",
        (_GL_3_2,),
    )


def _gpai_provider(is_gpai: Fact, modifier: Fact) -> Fact:
    sources = (_ART_3_63, "AI Act Art 3(3)", _GL_3_2)
    if is_gpai.value is not True:
        return Fact(False, f"the model is not a general-purpose AI model ({is_gpai.reason})", sources)
    if modifier.value is False:
        return Fact(
            False,
            "the modification does not make the declarant the provider; the obligations stay with the "
            "original model's provider",
            sources,
        )
    if modifier.value is True:
        return Fact(True, "the declarant becomes the provider of the modified GPAI model", sources)
    return Fact(True, "the declarant provides a general-purpose AI model", sources)


def _compute_presumption(decl: DeclarationLike) -> tuple[bool, str]:
    """Art 51(2) presumption, including a modifier-provider of a systemic-risk original (Guidelines 3.2)."""
    compute = decl.model.training_compute
    cumulative = exact(compute.cumulative_flop if compute.cumulative_flop is not None else compute.flop)
    over = cumulative > SYSTEMIC_RISK_FLOP
    text = (
        f"cumulative training compute {sci(cumulative)} FLOP is "
        f"{'greater than' if over else 'not greater than'} {sci(SYSTEMIC_RISK_FLOP)}"
    )
    based_on = decl.model.based_on
    if not over and based_on is not None and based_on.systemic_risk:
        modification = exact(based_on.modification_compute_flop)
        original = (
            exact(based_on.training_compute_flop)
            if based_on.training_compute_flop is not None
            else SYSTEMIC_RISK_FLOP
        )
        if modification * 3 > original:
            return True, f"{text}, but it modifies a systemic-risk model and becomes its provider"
    return over, text


def _systemic_risk(decl: DeclarationLike, provider: bool, presumed: bool, presumption: str) -> Fact:
    sources = ("AI Act Art 51(1)", "AI Act Art 51(2)", "AI Act Art 52")
    if not provider:
        return Fact(False, "does not apply: not the provider of a GPAI model", sources)
    status = decl.model.systemic_risk
    if status.designated:
        when = f" on {status.designation_date.isoformat()}" if status.designation_date else ""
        return Fact(True, f"designated by the Commission{when} (Art 51(1)(b), 52(4))", sources)
    if not presumed:
        return Fact(False, f"{presumption}, and there is no Commission designation", sources)
    rebuttal = status.rebuttal
    if rebuttal is not None and rebuttal.accepted is True:
        decided = f" on {rebuttal.decision_date.isoformat()}" if rebuttal.decision_date else ""
        return Fact(
            False,
            f"{presumption}, but the Commission accepted the Art 52(2) arguments{decided}",
            sources,
        )
    pending = ""
    if rebuttal is not None:
        pending = "; the Art 52(2) arguments were not accepted (submitting them does not suspend obligations)"
    return Fact(True, f"presumed: {presumption}{pending}", sources)


def _open_source_claimed(decl: DeclarationLike) -> Fact:
    licence = decl.model.licence
    claimed = bool(
        licence
        and licence.grants.access
        and licence.grants.use
        and licence.grants.modification
        and licence.grants.redistribution
    )
    return Fact(
        claimed,
        "the licence is declared to grant access, use, modification and redistribution"
        if claimed
        else "the licence is not declared to grant all of access, use, modification and redistribution",
        ("AI Act Art 53(2)", _GL_4),
    )


def _open_source_exempt(decl: DeclarationLike, provider: bool, systemic: bool) -> Fact:
    sources = ("AI Act Art 53(2)", "AI Act Art 54(6)", _GL_4)
    if not provider:
        return Fact(None, "does not apply: not the provider of a GPAI model", sources)
    licence = decl.model.licence
    problems: list[str] = []
    if licence is None:
        problems.append("no licence is declared")
    else:
        missing = [
            right
            for right in ("access", "use", "modification", "redistribution")
            if not getattr(licence.grants, right)
        ]
        if missing:
            problems.append(f"the licence does not grant {', '.join(missing)}")
        if licence.restrictions:
            problems.append(f"disqualifying licence terms: {', '.join(licence.restrictions)}")
        if licence.monetised is None:
            problems.append("monetisation is not declared (model.licence.monetised must be false)")
        elif licence.monetised:
            problems.append("the model is monetised")
        unpublished = [
            item
            for item in ("weights", "architecture", "usage_information")
            if not getattr(licence.public, item)
        ]
        if unpublished:
            problems.append(f"not publicly available: {', '.join(unpublished)}")
    if systemic:
        problems.append("the model has systemic risk, for which the exemption never applies")
    if problems:
        return Fact(False, "; ".join(problems), sources)
    spdx = f" ({licence.spdx})" if licence is not None and licence.spdx else ""
    return Fact(
        True,
        f"free and open-source licence{spdx} granting access, use, modification and redistribution, "
        "no disqualifying terms, not monetised, weights, architecture and usage information public, "
        "no systemic risk: Art 53(1)(a), 53(1)(b) and Art 54 do not apply; 53(1)(c) and (d) still do",
        sources,
    )


def _representative_required(provider: bool, third: bool, exempt: bool) -> Fact:
    sources = ("AI Act Art 54(1)", "AI Act Art 54(6)")
    if not provider:
        return Fact(None, "does not apply: not the provider of a GPAI model", sources)
    if not third:
        return Fact(False, "the provider is established in the Union", sources)
    if exempt:
        return Fact(False, "third-country provider, but the open-source exemption covers Art 54", sources)
    return Fact(
        True,
        "third-country provider: a written mandate to an authorised representative established in the "
        "Union is needed before placing the model on the Union market",
        sources,
    )


def _legacy(decl: DeclarationLike) -> Fact:
    sources = ("AI Act Art 111(3)", "Guidelines section 5.3")
    placed = decl.model.placed_on_market
    if placed is None:
        return Fact(False, "not yet placed on the Union market", sources)
    if placed < OBLIGATIONS_APPLY:
        return Fact(
            True,
            f"placed on the Union market on {placed.isoformat()}, before {OBLIGATIONS_APPLY.isoformat()}: "
            f"must comply by {LEGACY_DEADLINE.isoformat()}",
            sources,
        )
    return Fact(
        False,
        f"placed on the Union market on {placed.isoformat()}, not before {OBLIGATIONS_APPLY.isoformat()}",
        sources,
    )


def _placed(decl: DeclarationLike, as_of: dt.date) -> Fact:
    placed = decl.model.placed_on_market
    sources = ("AI Act Art 3(9)",)
    if placed is None:
        return Fact(False, "no Union market placement date is declared", sources)
    if placed > as_of:
        return Fact(False, f"placement planned for {placed.isoformat()}", sources)
    return Fact(True, f"placed on the Union market on {placed.isoformat()}", sources)


def _deadline(decl: DeclarationLike, provider: bool, legacy: bool) -> Fact:
    sources = ("AI Act Art 113(b)", "AI Act Art 111(3)")
    if not provider:
        return Fact(None, "does not apply: not the provider of a GPAI model", sources)
    if legacy:
        return Fact(LEGACY_DEADLINE, "legacy model: obligations must be met by 2027-08-02", sources)
    placed = decl.model.placed_on_market
    if placed is None:
        return Fact(
            None,
            "not yet placed on the Union market: the obligations must be met when it is placed",
            sources,
        )
    due = max(placed, OBLIGATIONS_APPLY)
    return Fact(
        due,
        f"obligations apply from {OBLIGATIONS_APPLY.isoformat()} and must be met when the model is placed "
        f"on the market ({placed.isoformat()})",
        sources,
    )


def _notification(decl: DeclarationLike, provider: bool, presumed: bool) -> tuple[Fact, Fact]:
    sources = ("AI Act Art 52(1)", "Guidelines section 2.3")
    if not provider:
        reason = "does not apply: not the provider of a GPAI model"
        return Fact(None, reason, sources), Fact(None, reason, sources)
    if not presumed:
        reason = "the Art 51(2) compute threshold is not met or foreseen"
        if decl.model.systemic_risk.designated:
            reason += "; the model is designated by the Commission, which needs no notification"
        return Fact(False, reason, sources), Fact(None, "no notification is required", sources)
    required = Fact(
        True,
        "the Art 51(2) threshold is met or foreseen: the Commission must be notified within two weeks",
        sources,
    )
    met = decl.model.systemic_risk.threshold_met_date
    if met is None:
        return required, Fact(
            None,
            "give model.systemic_risk.threshold_met_date to compute the deadline",
            sources,
        )
    # Guidelines section 5.3: thresholds met before the GPAI rules applied were to be notified within
    # two weeks after 2 August 2025.
    start = max(met, OBLIGATIONS_APPLY)
    deadline = add_days(start, NOTIFICATION_PERIOD.days)  # saturates at 9999-12-31
    return required, Fact(
        deadline,
        f"two weeks after {start.isoformat()}"
        + (" (threshold met before the obligations applied)" if met < OBLIGATIONS_APPLY else ""),
        (*sources, "Guidelines section 5.3"),
    )
