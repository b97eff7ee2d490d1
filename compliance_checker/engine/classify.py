"""Classification: from a declaration and an as-of date to the facts that decide what applies.

Every boundary follows the legal text exactly. "Greater than" is strict: a model trained with exactly
10^25 FLOP is *not* presumed to have systemic risk; a modification using exactly one third of the
original's compute does *not* make the modifier a provider; a model placed exactly on 2 August 2025 is
*not* a legacy model. Numbers are compared exactly (see :mod:`compliance_checker.engine.numbers`).

A fact the declaration leaves open is ``UNKNOWN`` with the questions that would decide it (see
:mod:`compliance_checker.models.facts`): placement not stated, monetisation or a licence grant not stated,
no country of establishment, no training compute. Unknowns combine as in three-valued logic: a model
whose licence restricts redistribution is not exempt whatever its monetisation; one whose licence is
silent on monetisation cannot be called exempt or not.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from compliance_checker.engine.dates import add_days
from compliance_checker.engine.numbers import exact, sci
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.models.facts import UNKNOWN, Fact, Facts, Truth, unknown

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
# Guidelines Annex A.2.2 (para 132): for dense large transformer language models, training compute is
# approximately 6 x parameters x training tokens.
SIX_ND = Decimal(6)
# A stated compute figure is implausible when it is less than a tenth of 6 x parameters x tokens. The
# Guidelines accept an error margin of 30% (Annex A.2, para 123), and 6ND leaves out attention and other
# context-dependent operations, so a correct figure is close to 6ND or above it; an order of magnitude
# below it is no rounding or method difference but a wrong figure, a wrong unit or a wrong parameter count.
IMPLAUSIBLE_FACTOR = Decimal(10)
# Annex A.2 (para 123): estimates must be accurate within 30%. A 6ND estimate decides a threshold only
# when it lies beyond that margin from it.
ESTIMATE_MARGIN = Decimal("0.3")

# The 27 Member States (ISO 3166-1 alpha-2; Greece also as EL, the EU's own code).
EU_MEMBER_STATES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()  # noqa: SIM905 - compact
)
# Guidelines section 2.1 (para 17, footnotes 2 and 3, para 19): language is generated as text (code
# included) or as speech, a kind of audio. Music without words and sound effects are not language; audio
# whose kind is not stated leaves the question open.
LANGUAGE_OUTPUTS = frozenset({"text", "code", "speech"})
UNSPECIFIED_AUDIO = "audio"
TEXT_TO_VISUAL_OUTPUTS = frozenset({"image", "video"})

_ART_3_63 = "AI Act Art 3(63)"
_GL_2_1 = "Guidelines section 2.1"
_GL_3_2 = "Guidelines section 3.2"
_GL_4 = "Guidelines section 4"
_GL_ANNEX_A = "Guidelines Annex A.2"

Q_COMPUTE = "state the training compute in FLOP: model.training_compute.flop"
Q_AUDIO = (
    "state whether the audio the model generates includes speech: list speech, music or sound instead of "
    "audio in model.modalities.output"
)
Q_COUNTRY = "state the country where the provider is established: provider.country"
Q_LICENCE = "state the licence and what it grants: model.licence"
Q_MONETISED = "state whether the model is monetised: model.licence.monetised"
Q_MODIFICATION = "state the compute used for the modification: model.based_on.modification_compute_flop"
Q_ORIGINAL_SR = (
    "state whether the original model has systemic risk (model.based_on.systemic_risk) or its training "
    "compute (model.based_on.training_compute_flop)"
)
Q_ORIGINAL_GPAI = (
    "state whether the original model is a general-purpose AI model: model.based_on.general_purpose"
)
Q_PLACEMENT_DATE = "state the date the model was first placed on the Union market: model.placed_on_market"


def _and(*parts: Truth) -> Truth:
    if any(p is False for p in parts):
        return False
    return UNKNOWN if any(p is UNKNOWN for p in parts) else True


def _or(*parts: Truth) -> Truth:
    if any(p is True for p in parts):
        return True
    return UNKNOWN if any(p is UNKNOWN for p in parts) else False


def _bare(fact: Fact) -> str:
    """An unknown fact's reason without the "cannot be determined" lead and the questions, to be
    combined into another fact's reason."""
    text = fact.reason.removeprefix("cannot be determined: ")
    asked = f" ({'; '.join(fact.questions)})"
    return text.removesuffix(asked) if fact.questions else text


def _approx(value: Decimal) -> str:
    return sci(Decimal(f"{value:.1e}"))


class ComputeCheck:
    """The stated compute figures beside the Guidelines' 6ND estimate, when both can be had. Made once per
    declaration and never changed."""

    __slots__ = ("cumulative", "estimate", "estimate_text", "update")

    def __init__(
        self,
        update: Decimal | None,  # compute that updated the parameters (model.training_compute.flop)
        cumulative: Decimal | None,  # cumulative compute for Art 51(2) (defaults to update)
        estimate: Decimal | None,  # 6 x parameters x tokens
        estimate_text: str,  # how the estimate was made, or why there is none
    ) -> None:
        self.update = update
        self.cumulative = cumulative
        self.estimate = estimate
        self.estimate_text = estimate_text

    def implausible(self, stated: Decimal | None) -> bool:
        return (
            stated is not None and self.estimate is not None and stated * IMPLAUSIBLE_FACTOR < self.estimate
        )

    def above(self, threshold: Decimal, *, cumulative: bool) -> tuple[Truth, str, tuple[str, ...]]:
        """Whether the training compute is greater than ``threshold``: the stated figure decides, unless it
        is implausible and 6ND lies on the other side; with no figure, a 6ND estimate clearly beyond the
        30% margin decides; otherwise it cannot be determined."""
        stated = self.cumulative if cumulative else self.update
        kind = "cumulative training compute" if cumulative else "training compute"
        if stated is None:
            if self.estimate is None:
                return UNKNOWN, f"the {kind} is not stated ({self.estimate_text})", (Q_COMPUTE,)
            if self.estimate * (1 - ESTIMATE_MARGIN) > threshold:
                return (
                    True,
                    f"the {kind} is not stated, but {self.estimate_text} is greater than {sci(threshold)}",
                    (),
                )
            if self.estimate * (1 + ESTIMATE_MARGIN) <= threshold:
                return (
                    False,
                    f"the {kind} is not stated, and {self.estimate_text} is not greater than "
                    f"{sci(threshold)} even with the Guidelines' 30% margin",
                    (),
                )
            return (
                UNKNOWN,
                f"the {kind} is not stated, and {self.estimate_text} is within 30% of {sci(threshold)}",
                (Q_COMPUTE,),
            )
        over = stated > threshold
        text = (
            f"{kind} {sci(stated)} FLOP is {'greater than' if over else 'not greater than'} {sci(threshold)}"
        )
        if self.implausible(stated) and not over and self.estimate is not None and self.estimate > threshold:
            return UNKNOWN, f"{text}, but {self.implausibility(stated)}", (self.question(stated),)
        return over, text, ()

    def implausibility(self, stated: Decimal) -> str:
        return f"it is less than a tenth of {self.estimate_text}"

    def question(self, stated: Decimal) -> str:
        return (
            f"check the training compute: {sci(stated)} FLOP is less than a tenth of {self.estimate_text} "
            "(model.training_compute.flop, model.parameters, model.active_parameters for a mixture of "
            "experts, model.training_compute.tokens)"
        )


def compute_check(decl: DeclarationLike) -> ComputeCheck:
    model = decl.model
    compute = model.training_compute
    update = exact(compute.flop) if compute.flop is not None else None
    cumulative = exact(compute.cumulative_flop) if compute.cumulative_flop is not None else update
    parameters = model.active_parameters or model.parameters
    which = "active parameters" if model.active_parameters else "parameters"
    tokens = _tokens(decl)
    if parameters is None or tokens is None:
        missing = " and ".join(
            name
            for name, value in (("model.parameters", parameters), ("model.training_compute.tokens", tokens))
            if value is None
        )
        return ComputeCheck(
            update, cumulative, None, f"no 6 x parameters x tokens estimate: {missing} not stated"
        )
    estimate = SIX_ND * exact(parameters) * tokens
    text = f"6 x {_approx(exact(parameters))} {which} x {_approx(tokens)} tokens = {_approx(estimate)} FLOP"
    return ComputeCheck(update, cumulative, estimate, text)


def _tokens(decl: DeclarationLike) -> Decimal | None:
    stated = decl.model.training_compute.tokens
    if stated is not None:
        return exact(stated)
    # Model Documentation Form item 32 (data points, for the AI Office) when it counts tokens.
    transparency = decl.transparency
    documentation = transparency.model_documentation if transparency is not None else None
    data = documentation.training_data if documentation is not None else None
    points = data.data_points if data is not None else None
    if points is not None and points.value is not None and (points.unit or "").strip().lower() == "tokens":
        return exact(points.value)
    return None


def classify(decl: DeclarationLike, as_of: dt.date) -> Facts:
    check = compute_check(decl)
    generates = _generates_language_or_visuals(decl)
    is_gpai = _is_gpai(decl, check, generates, _original_is_gpai(decl, generates))
    modifier = _modifier_is_provider(decl)
    provider = _gpai_provider(is_gpai, modifier)
    presumed = _compute_presumption(decl, check, modifier)
    systemic = _for_provider(provider, _systemic_risk(decl, presumed), False)
    exempt = _for_provider(provider, _open_source_exempt(decl, systemic), None)
    third_country = _third_country(decl)
    placement = _placement(decl, as_of)
    legacy = _legacy(decl, placement)
    required, deadline = _notification(decl, presumed, legacy)
    return Facts(
        as_of=as_of,
        is_gpai=is_gpai,
        systemic_risk=systemic,
        open_source_exempt=exempt,
        third_country_provider=third_country,
        authorised_representative_required=_for_provider(
            provider, _representative_required(third_country, exempt), None
        ),
        modifier_is_provider=modifier,
        modification_only=_modification_only(modifier),
        legacy_model=legacy,
        compliance_deadline=_for_provider(
            provider, _deadline(placement, legacy), None, when_unknown_keep=True
        ),
        notification_required=_for_provider(provider, required, None),
        notification_deadline=_for_provider(provider, deadline, None, when_unknown_keep=True),
        gpai_provider=provider,
        open_source_claimed=_open_source_claimed(decl),
        placed_on_market=placement.fact(),
        designated_after_placement=_for_provider(
            provider, _designated_after_placement(decl, placement, presumed), False
        ),
        compute_plausible=_compute_plausible(check),
        sme_or_smc=_sme_or_smc(decl),
        fines_apply=_fines_apply(as_of),
        signatory_transparency=_signatory(decl, "transparency"),
        signatory_copyright=_signatory(decl, "copyright"),
        signatory_safety_and_security=_signatory(decl, "safety_and_security"),
    )


def _sme_or_smc(decl: DeclarationLike) -> Fact:
    declared = decl.provider.sme or decl.provider.smc
    return Fact(
        value=declared,
        reason="declared SME or small mid-cap" if declared else "not declared SME/SMC",
        sources=("Code of Practice, Safety and Security, recital (h)",),
    )


def _fines_apply(as_of: dt.date) -> Fact:
    fines = as_of >= FINES_APPLY
    return Fact(
        value=fines,
        reason=f"the Commission can fine GPAI providers from {FINES_APPLY.isoformat()}; "
        f"as of {as_of.isoformat()} " + ("it can" if fines else "it cannot yet"),
        sources=("AI Act Art 101", "AI Act Art 113"),
    )


def _signatory(decl: DeclarationLike, chapter: str) -> Fact:
    cop = decl.provider.code_of_practice
    signed = bool(cop and cop.signatory and chapter in cop.chapters)
    return Fact(
        value=signed,
        reason=f"{'declared' if signed else 'not declared'} a signatory of the Code's "
        f"{chapter.replace('_', ' ')} chapter",
        sources=("AI Act Art 56", "Guidelines section 5.1"),
    )


_NOT_PROVIDER = "does not apply: not the provider of a GPAI model"


def _for_provider(
    provider: Fact, fact: Fact, otherwise: bool | None, *, when_unknown_keep: bool = False
) -> Fact:
    """A fact that arises only for the provider of a GPAI model: ``otherwise`` when the declarant is not
    one; when that cannot be determined, the fact stays false where it is false either way and becomes
    unknown where it would hold (or, with ``when_unknown_keep``, keeps its value: a deadline is shown
    as it would be)."""
    if provider.value is True:
        return fact
    if provider.value is False:
        return Fact(value=otherwise, reason=_NOT_PROVIDER, sources=fact.sources)
    if fact.value is False or fact.value is None or when_unknown_keep:
        return fact
    return unknown(
        f"{_bare(fact) if fact.unknown else fact.reason}; and whether the declarant provides a GPAI model "
        f"is not known ({_bare(provider)})",
        (*provider.questions, *fact.questions),
        fact.sources,
    )


def _compute_plausible(check: ComputeCheck) -> Fact:
    sources = (_GL_ANNEX_A, "AI Act Annex XI, Section 1, point 2(d)")
    stated = check.update if check.update is not None else check.cumulative
    if stated is None:
        return Fact(
            value=True,
            reason="no training compute is stated, so there is nothing to cross-check",
            sources=sources,
        )
    if check.estimate is None:
        return Fact(
            value=True,
            reason=f"{sci(stated)} FLOP cannot be cross-checked: {check.estimate_text}",
            sources=sources,
        )
    if check.implausible(stated):
        return unknown(f"{sci(stated)} FLOP is far below the estimate", (check.question(stated),), sources)
    return Fact(
        value=True,
        reason=f"{sci(stated)} FLOP is not less than a tenth of {check.estimate_text} (Guidelines "
        "Annex A.2.2)",
        sources=sources,
    )


def _generates_language_or_visuals(decl: DeclarationLike) -> tuple[Truth, str, tuple[str, ...]]:
    """Whether the model generates language (text, code or speech) or images or video from text
    (Guidelines section 2.1, para 17-21)."""
    model = decl.model
    outputs = set(model.modalities.output)
    language = sorted(outputs & LANGUAGE_OUTPUTS)
    visual = sorted(outputs & TEXT_TO_VISUAL_OUTPUTS) if "text" in model.modalities.input else []
    if language or visual:
        what = ", ".join(language + [f"{v} from text" for v in visual])
        return True, f"it generates {what}", ()
    nonlanguage = sorted(outputs & {"music", "sound"})
    if UNSPECIFIED_AUDIO in outputs:
        return UNKNOWN, "it generates audio, and whether that includes speech is not stated", (Q_AUDIO,)
    if nonlanguage:
        return (
            False,
            f"it generates {', '.join(nonlanguage)}, which is not language (only speech is), and no text, "
            "code, speech, or images or video from text",
            (),
        )
    return False, "it generates none of text, code, speech, or images or video from text", ()


def _original_is_gpai(
    decl: DeclarationLike, generates: tuple[Truth, str, tuple[str, ...]]
) -> tuple[Truth, str, tuple[str, ...]]:
    """For a modified model: whether the original model is a general-purpose AI model."""
    based_on = decl.model.based_on
    if based_on is None:
        return False, "", ()
    name = based_on.name
    if based_on.general_purpose is True:
        return True, f"the original model {name} is declared a general-purpose AI model", ()
    if based_on.systemic_risk is True:
        return True, f"the original model {name} is a general-purpose AI model with systemic risk", ()
    if based_on.general_purpose is False:
        return False, f"the original model {name} is declared not general-purpose", ()
    if based_on.training_compute_flop is not None:
        original = exact(based_on.training_compute_flop)
        over = original > GPAI_INDICATIVE_FLOP
        met = _and(over, generates[0])
        text = (
            f"the original model {name}'s training compute {sci(original)} FLOP is "
            f"{'greater than' if over else 'not greater than'} {sci(GPAI_INDICATIVE_FLOP)} and {generates[1]}"
        )
        if met is UNKNOWN:
            return UNKNOWN, text, generates[2]
        return met, text, ()
    return UNKNOWN, f"whether the original model {name} is general-purpose is not stated", (Q_ORIGINAL_GPAI,)


def _is_gpai(
    decl: DeclarationLike,
    check: ComputeCheck,
    generates: tuple[Truth, str, tuple[str, ...]],
    original: tuple[Truth, str, tuple[str, ...]],
) -> Fact:
    sources: tuple[str, ...] = (_ART_3_63, _GL_2_1)
    gp = decl.model.general_purpose
    if gp.declared is True:
        return Fact(value=True, reason="declared a general-purpose AI model by the provider", sources=sources)
    over, compute_text, compute_questions = check.above(GPAI_INDICATIVE_FLOP, cumulative=False)
    indicative = _and(over, generates[0])
    if indicative is False:
        # Only the part that fails is asked about: the other cannot change the answer.
        criterion = compute_text if over is False else generates[1]
    else:
        criterion = f"{compute_text} and {generates[1]}"
    questions: tuple[str, ...] = ()
    if indicative is UNKNOWN:
        questions = (
            *(compute_questions if over is UNKNOWN else ()),
            *(generates[2] if generates[0] is UNKNOWN else ()),
        )
    modified = original[0]
    if modified is not False:
        # Guidelines section 3.2: a modified general-purpose AI model is a general-purpose AI model.
        sources = (*sources, _GL_3_2)
        criterion = f"{criterion}; it modifies another model: {original[1]}"
    met = _or(indicative, modified)
    if met is UNKNOWN:
        questions = (*questions, *(original[2] if modified is UNKNOWN else ()))
    rebutted = not is_placeholder(gp.rebuttal)
    if gp.declared is False and met is False:
        return Fact(
            value=False,
            reason=f"declared not general-purpose, and the indicative criterion is not met ({criterion})",
            sources=sources,
        )
    if rebutted:
        if met is True or (met is UNKNOWN and gp.declared is False):
            return Fact(
                value=False,
                reason=f"the provider rebuts the indicative criterion ({criterion}): {gp.rebuttal}",
                sources=sources,
            )
        if met is False:
            return Fact(
                value=True,
                reason=f"the indicative criterion is not met ({criterion}) but the provider states "
                "the model is "
                f"exceptionally general: {gp.rebuttal}",
                sources=sources,
            )
        return unknown(f"the indicative criterion cannot be applied ({criterion})", questions, sources)
    if met is UNKNOWN:
        return unknown(f"the indicative criterion cannot be applied ({criterion})", questions, sources)
    if gp.declared is False and met:
        return Fact(
            value=True,
            reason=f"declared not general-purpose, but the indicative criterion is met ({criterion}); only a "
            "justified rebuttal (model.general_purpose.rebuttal) can displace it",
            sources=sources,
        )
    if met:
        if indicative is True:
            return Fact(value=True, reason=f"indicative criterion met: {criterion}", sources=sources)
        return Fact(
            value=True, reason=f"a modified general-purpose AI model is one ({criterion})", sources=sources
        )
    return Fact(value=False, reason=f"indicative criterion not met: {criterion}", sources=sources)


def _modifier_is_provider(decl: DeclarationLike) -> Fact:
    based_on = decl.model.based_on
    if based_on is None:
        return Fact(value=None, reason="not a modification of another provider's model", sources=(_GL_3_2,))
    if based_on.modification_compute_flop is None:
        return unknown("the compute used for the modification is not stated", (Q_MODIFICATION,), (_GL_3_2,))
    modification = exact(based_on.modification_compute_flop)
    if based_on.training_compute_flop is not None:
        original = exact(based_on.training_compute_flop)
        basis = f"the original's training compute {sci(original)} FLOP"
    elif based_on.systemic_risk is True:
        original = SYSTEMIC_RISK_FLOP
        basis = f"{sci(original)} FLOP (original compute unknown; the original has systemic risk)"
    elif based_on.systemic_risk is False:
        original = GPAI_INDICATIVE_FLOP
        basis = f"{sci(original)} FLOP (original compute unknown; the original has no systemic risk)"
    elif modification * 3 > SYSTEMIC_RISK_FLOP:
        original = SYSTEMIC_RISK_FLOP
        basis = (
            f"{sci(original)} FLOP, the higher of the two replacement thresholds (original compute unknown)"
        )
    elif modification * 3 <= GPAI_INDICATIVE_FLOP:
        original = GPAI_INDICATIVE_FLOP
        basis = (
            f"{sci(original)} FLOP, the lower of the two replacement thresholds (original compute unknown)"
        )
    else:
        return unknown(
            f"modification compute {sci(modification)} FLOP lies between one third of 10^23 and one third "
            "of 10^25, and neither the original's compute nor whether it has systemic risk is stated",
            (Q_ORIGINAL_SR,),
            (_GL_3_2,),
        )
    # Guidelines section 3.2: strictly greater than one third; compared as 3 * m > o to stay exact.
    becomes = modification * 3 > original
    relation = "greater than" if becomes else "not greater than"
    return Fact(
        value=becomes,
        reason=f"modification compute {sci(modification)} FLOP is {relation} one third of {basis}",
        sources=(_GL_3_2,),
    )


def _modification_only(modifier: Fact) -> Fact:
    sources = ("Guidelines section 3.2.1", "AI Act recital 109")
    if modifier.value is None:
        return Fact(value=None, reason="not a modification of another provider's model", sources=sources)
    if modifier.unknown:
        return unknown(_bare(modifier), modifier.questions, sources)
    if modifier.value is False:
        return Fact(
            value=False,
            reason="the modifier does not become the provider, so it has no provider obligations",
            sources=sources,
        )
    return Fact(
        value=True,
        reason="a modifier that becomes the provider owes the Art 53(1)(a) and (b) documentation "
        "only for the "
        "modification (complementing the original's documentation), and the copyright policy and the "
        "training-content summary only for the data used in the modification; Art 54 applies in full",
        sources=sources,
    )


def _gpai_provider(is_gpai: Fact, modifier: Fact) -> Fact:
    sources = (_ART_3_63, "AI Act Art 3(3)", _GL_3_2)
    if is_gpai.value is False:
        return Fact(
            value=False,
            reason=f"the model is not a general-purpose AI model ({is_gpai.reason})",
            sources=sources,
        )
    if modifier.value is False:
        return Fact(
            value=False,
            reason="the modification does not make the declarant the provider; the obligations stay with the "
            "original model's provider",
            sources=sources,
        )
    if is_gpai.unknown or modifier.unknown:
        reasons = "; ".join(_bare(f) for f in (is_gpai, modifier) if f.unknown)
        return unknown(reasons, (*is_gpai.questions, *modifier.questions), sources)
    if modifier.value is True:
        return Fact(
            value=True,
            reason="the declarant becomes the provider of the modified GPAI model",
            sources=sources,
        )
    return Fact(value=True, reason="the declarant provides a general-purpose AI model", sources=sources)


def _compute_presumption(
    decl: DeclarationLike, check: ComputeCheck, modifier: Fact
) -> tuple[Truth, str, tuple[str, ...]]:
    """Art 51(2) presumption, including a modifier-provider of a systemic-risk original (Guidelines 3.2.2)."""
    over, text, questions = check.above(SYSTEMIC_RISK_FLOP, cumulative=True)
    based_on = decl.model.based_on
    if over is not True and based_on is not None and based_on.systemic_risk:
        if modifier.value is True:
            return True, f"{text}, but it modifies a systemic-risk model and becomes its provider", ()
        if modifier.unknown:
            return UNKNOWN, f"{text}; it modifies a systemic-risk model", (*questions, *modifier.questions)
    return over, text, questions


def _systemic_risk(decl: DeclarationLike, presumed: tuple[Truth, str, tuple[str, ...]]) -> Fact:
    sources = ("AI Act Art 51(1)", "AI Act Art 51(2)", "AI Act Art 52")
    status = decl.model.systemic_risk
    if status.designated:
        when = f" on {status.designation_date.isoformat()}" if status.designation_date else ""
        return Fact(
            value=True, reason=f"designated by the Commission{when} (Art 51(1)(b), 52(4))", sources=sources
        )
    value, presumption, questions = presumed
    if value is False:
        return Fact(
            value=False, reason=f"{presumption}, and there is no Commission designation", sources=sources
        )
    rebuttal = status.rebuttal
    if rebuttal is not None and rebuttal.accepted is True:
        decided = f" on {rebuttal.decision_date.isoformat()}" if rebuttal.decision_date else ""
        return Fact(
            value=False,
            reason=f"{presumption}, but the Commission accepted the Art 52(2) arguments{decided}",
            sources=sources,
        )
    if value is UNKNOWN:
        return unknown(presumption, questions, sources)
    pending = ""
    if rebuttal is not None:
        pending = "; the Art 52(2) arguments were not accepted (submitting them does not suspend obligations)"
    return Fact(value=True, reason=f"presumed: {presumption}{pending}", sources=sources)


_GRANTS = ("access", "use", "modification", "redistribution")


def _open_source_claimed(decl: DeclarationLike) -> Fact:
    sources = ("AI Act Art 53(2)", _GL_4)
    licence = decl.model.licence
    if licence is None:
        return unknown("no licence is stated", (Q_LICENCE,), sources)
    refused = [right for right in _GRANTS if getattr(licence.grants, right) is False]
    if refused or licence.restrictions:
        problems = []
        if refused:
            problems.append(f"the licence does not grant {', '.join(refused)}")
        if licence.restrictions:
            problems.append(
                "it has terms that disqualify a free and open-source licence: "
                + ", ".join(licence.restrictions)
            )
        return Fact(value=False, reason="; ".join(problems), sources=sources)
    unstated = [right for right in _GRANTS if getattr(licence.grants, right) is None]
    if unstated:
        return unknown(
            f"whether the licence grants {', '.join(unstated)} is not stated",
            tuple(
                f"state whether the licence grants {right}: model.licence.grants.{right}"
                for right in unstated
            ),
            sources,
        )
    return Fact(
        value=True,
        reason="the licence is declared to grant access, use, modification and redistribution",
        sources=sources,
    )


def _open_source_exempt(decl: DeclarationLike, systemic: Fact) -> Fact:
    sources = ("AI Act Art 53(2)", "AI Act Art 54(6)", _GL_4)
    licence = decl.model.licence
    problems: list[str] = []
    open_items: list[str] = []
    questions: list[str] = []
    claimed = _open_source_claimed(decl)
    if claimed.value is False:
        problems.append(claimed.reason)
    elif claimed.unknown:
        open_items.append(_bare(claimed))
        questions.extend(claimed.questions)
    if licence is not None:
        if licence.monetised is None:
            open_items.append("monetisation is not stated")
            questions.append(Q_MONETISED)
        elif licence.monetised:
            problems.append("the model is monetised")
        unpublished = [
            item
            for item in ("weights", "architecture", "usage_information")
            if getattr(licence.public, item) is False
        ]
        unstated = [
            item
            for item in ("weights", "architecture", "usage_information")
            if getattr(licence.public, item) is None
        ]
        if unpublished:
            problems.append(f"not publicly available: {', '.join(unpublished)}")
        if unstated:
            open_items.append(f"whether the {', '.join(unstated)} are public is not stated")
            questions.extend(
                f"state whether the {item.replace('_', ' ')} is public: model.licence.public.{item}"
                for item in unstated
            )
    if systemic.value is True:
        problems.append("the model has systemic risk, for which the exemption never applies")
    elif systemic.unknown:
        open_items.append("whether the model has systemic risk is not known")
        questions.extend(systemic.questions)
    if problems:
        return Fact(value=False, reason="; ".join(problems), sources=sources)
    if open_items:
        return unknown("; ".join(open_items), questions, sources)
    assert licence is not None  # an open-source claim needs a licence
    spdx = f" ({licence.spdx})" if licence.spdx else ""
    return Fact(
        value=True,
        reason=f"free and open-source licence{spdx} granting access, use, modification and redistribution, "
        "no disqualifying terms, not monetised, weights, architecture and usage information public, "
        "no systemic risk: Art 53(1)(a), 53(1)(b) and Art 54 do not apply; 53(1)(c) and (d) still do",
        sources=sources,
    )


def _third_country(decl: DeclarationLike) -> Fact:
    sources = ("AI Act Art 54(1)",)
    country = decl.provider.country
    if country is None:
        return unknown("the provider's country of establishment is not stated", (Q_COUNTRY,), sources)
    third = country not in EU_MEMBER_STATES
    return Fact(
        value=third,
        reason=f"the provider is established in {country}, "
        + ("which is not a Member State of the Union" if third else "a Member State of the Union"),
        sources=sources,
    )


def _representative_required(third: Fact, exempt: Fact) -> Fact:
    sources = ("AI Act Art 54(1)", "AI Act Art 54(6)")
    if third.value is False:
        return Fact(value=False, reason="the provider is established in the Union", sources=sources)
    if exempt.value is True:
        return Fact(value=False, reason="the open-source exemption covers Art 54", sources=sources)
    if third.value is True and exempt.value is not UNKNOWN:
        return Fact(
            value=True,
            reason="third-country provider: a written mandate to an authorised representative "
            "established in the "
            "Union is needed before placing the model on the Union market",
            sources=sources,
        )
    reasons = [_bare(f) for f in (third, exempt) if f.unknown]
    return unknown("; ".join(reasons), (*third.questions, *exempt.questions), sources)


class Placement:
    """Whether the model is on the Union market: placed, planned, or not stated (UNKNOWN). Made once per
    declaration and never changed."""

    __slots__ = ("date", "questions", "reason", "status")

    def __init__(
        self,
        status: Literal["placed", "planned"] | None,  # None: cannot be determined
        date: dt.date | None,
        reason: str,
        questions: tuple[str, ...] = (),
    ) -> None:
        self.status = status
        self.date = date
        self.reason = reason
        self.questions = questions

    def fact(self) -> Fact:
        sources = ("AI Act Art 3(9)", "Guidelines section 3.1.2")
        if self.status is None:
            return unknown(self.reason, self.questions, sources)
        return Fact(value=self.status == "placed", reason=self.reason, sources=sources)


def _placement(decl: DeclarationLike, as_of: dt.date) -> Placement:
    model = decl.model
    declared, date = model.placement, model.placed_on_market
    if declared is None and date is None:
        released = (
            f" (it was released on {model.release_date.isoformat()}; a model uploaded for download or "
            "offered through an API in the Union is placed on the market when first made available there)"
            if model.release_date is not None
            else ""
        )
        return Placement(
            None,
            None,
            "placement on the Union market is not stated",
            (
                "state whether and when the model was placed on the Union market: model.placement and "
                f"model.placed_on_market{released}",
            ),
        )
    if declared is None:
        declared = "placed" if date is not None and date <= as_of else "planned"
    if declared == "planned":
        if date is None:
            return Placement("planned", None, "not yet placed on the Union market; no date is planned")
        if date > as_of:
            return Placement("planned", date, f"placement planned for {date.isoformat()}")
        return Placement(
            None,
            date,
            f"placement is declared planned for {date.isoformat()}, which is not after the as-of date "
            f"{as_of.isoformat()}",
            ("state whether the model has been placed on the Union market: model.placement",),
        )
    if date is None:
        return Placement(
            "placed", None, "placed on the Union market; the date is not stated", (Q_PLACEMENT_DATE,)
        )
    if date > as_of:
        return Placement(
            None,
            date,
            f"placement is declared done but its date {date.isoformat()} is after the as-of date "
            f"{as_of.isoformat()}",
            ("correct model.placement or model.placed_on_market",),
        )
    return Placement("placed", date, f"placed on the Union market on {date.isoformat()}")


def _designated_after_placement(
    decl: DeclarationLike, placement: Placement, presumed: tuple[Truth, str, tuple[str, ...]]
) -> Fact:
    """Guidelines section 2.3.4 (para 45): a model designated under Art 52(4) has the systemic-risk
    obligations from when its provider is informed of the designation, so a designation after placement
    moves their start past the placement date; a model that met the Art 51(1)(a) condition (here: the
    Art 51(2) presumption) and was designated for want of a notification had them from when it met it."""
    sources = ("AI Act Art 52(4)", "Guidelines section 2.3.4")
    status = decl.model.systemic_risk
    if not status.designated:
        return Fact(value=False, reason="not designated by the Commission", sources=sources)
    presumption, presumed_text, presumed_questions = presumed
    rebuttal = status.rebuttal
    if presumption is True and not (rebuttal is not None and rebuttal.accepted is True):
        return Fact(
            value=False,
            reason=f"designated, but {presumed_text}: the obligations applied from when the Art 51(2) "
            "threshold was met, not from the designation (Guidelines section 2.3.4, para 45)",
            sources=sources,
        )
    designated = status.designation_date
    if designated is None:
        return unknown(
            "designated by the Commission, but the date is not stated",
            (
                "state the date the provider was informed of the designation: "
                "model.systemic_risk.designation_date",
            ),
            sources,
        )
    if placement.status == "planned":
        return Fact(
            value=False,
            reason=f"designated on {designated.isoformat()}, before placement on the Union market "
            f"({placement.reason})",
            sources=sources,
        )
    if placement.date is not None and designated <= placement.date:
        return Fact(
            value=False,
            reason=f"designated on {designated.isoformat()}, not after placement on the Union market on "
            f"{placement.date.isoformat()}",
            sources=sources,
        )
    if placement.status is None or placement.date is None:
        questions = placement.questions or (Q_PLACEMENT_DATE,)
        return unknown(f"designated on {designated.isoformat()}; {placement.reason}", questions, sources)
    if presumption is UNKNOWN:
        return unknown(
            f"designated on {designated.isoformat()}, after placement on {placement.date.isoformat()}, but "
            f"whether the Art 51(2) presumption was met before is not known ({presumed_text})",
            presumed_questions,
            sources,
        )
    return Fact(
        value=True,
        reason=f"designated on {designated.isoformat()}, after placement on the Union market on "
        f"{placement.date.isoformat()}: the systemic-risk obligations apply from the designation",
        sources=sources,
    )


def _legacy(decl: DeclarationLike, placement: Placement) -> Fact:
    sources = ("AI Act Art 111(3)", "Guidelines section 5.3")
    date = placement.date
    if placement.status is not None and date is not None:
        if date < OBLIGATIONS_APPLY:
            verb = "placed" if placement.status == "placed" else "planned for placement"
            return Fact(
                value=True,
                reason=f"{verb} on the Union market on {date.isoformat()}, before "
                f"{OBLIGATIONS_APPLY.isoformat()}: "
                f"must comply by {LEGACY_DEADLINE.isoformat()}",
                sources=sources,
            )
        return Fact(
            value=False,
            reason=f"{'placed' if placement.status == 'placed' else 'planned for placement'} on the "
            "Union market on "
            f"{date.isoformat()}, not before {OBLIGATIONS_APPLY.isoformat()}",
            sources=sources,
        )
    if placement.status == "planned":
        return Fact(value=False, reason="not yet placed on the Union market", sources=sources)
    released = decl.model.release_date
    if released is not None and released >= OBLIGATIONS_APPLY:
        return Fact(
            value=False,
            reason=f"first released on {released.isoformat()}, so it cannot have been placed on the "
            "Union market "
            f"before {OBLIGATIONS_APPLY.isoformat()}",
            sources=sources,
        )
    questions = placement.questions or (Q_PLACEMENT_DATE,)
    return unknown(
        f"{placement.reason}, so whether it was placed before {OBLIGATIONS_APPLY.isoformat()} is not known",
        questions,
        sources,
    )


def _deadline(placement: Placement, legacy: Fact) -> Fact:
    sources = ("AI Act Art 113(b)", "AI Act Art 111(3)")
    if legacy.value is True:
        return Fact(
            value=LEGACY_DEADLINE,
            reason=f"legacy model: obligations must be met by {LEGACY_DEADLINE.isoformat()}",
            sources=sources,
        )
    if placement.status == "planned" and placement.date is None:
        return Fact(
            value=None,
            reason="not yet placed on the Union market: the obligations must be met when it is placed",
            sources=sources,
        )
    if placement.status is None or placement.date is None or legacy.unknown:
        return unknown(placement.reason, placement.questions or legacy.questions, sources)
    due = max(placement.date, OBLIGATIONS_APPLY)
    return Fact(
        value=due,
        reason=f"obligations apply from {OBLIGATIONS_APPLY.isoformat()} and must be met when the "
        "model is placed "
        f"on the market ({placement.date.isoformat()})",
        sources=sources,
    )


def _notification(
    decl: DeclarationLike, presumed: tuple[Truth, str, tuple[str, ...]], legacy: Fact
) -> tuple[Fact, Fact]:
    sources = ("AI Act Art 52(1)", "Guidelines section 2.3.2")
    value, presumption, questions = presumed
    if value is False:
        reason = f"the Art 51(2) compute threshold is not met or foreseen ({presumption})"
        if decl.model.systemic_risk.designated:
            reason += "; the model is designated by the Commission, which needs no notification"
        return Fact(value=False, reason=reason, sources=sources), Fact(
            value=None, reason="no notification is required", sources=sources
        )
    if value is UNKNOWN:
        required = unknown(presumption, questions, sources)
        return required, Fact(
            value=None, reason="whether a notification is required is not known", sources=sources
        )
    required = Fact(
        value=True,
        reason="the Art 51(2) threshold is met or foreseen: the Commission must be notified within two weeks",
        sources=sources,
    )
    met = decl.model.systemic_risk.threshold_met_date
    if met is None:
        return required, Fact(
            value=None,
            reason="give model.systemic_risk.threshold_met_date to compute the deadline",
            sources=sources,
        )
    two_weeks = add_days(met, NOTIFICATION_PERIOD.days)
    if legacy.value is True:
        # Art 111(3): providers of models placed before 2 August 2025 comply with the Regulation's
        # obligations by 2 August 2027. The Guidelines' "two weeks after 2 August 2025" (section 5.3)
        # speaks of models to be placed after that date; no text gives legacy models an earlier date.
        deadline = max(two_weeks, LEGACY_DEADLINE)
        return required, Fact(
            value=deadline,
            reason=f"legacy model: by {LEGACY_DEADLINE.isoformat()} (Art 111(3)), or two weeks "
            "after the threshold "
            "was met if that is later",
            sources=("AI Act Art 52(1)", "AI Act Art 111(3)", "Guidelines section 5.3"),
        )
    if legacy.unknown:
        return required, unknown(
            "whether the model is a legacy model is not known (Art 111(3) would give it until "
            f"{LEGACY_DEADLINE.isoformat()})",
            legacy.questions,
            (*sources, "AI Act Art 111(3)"),
        )
    # Guidelines section 5.3: thresholds met before the GPAI rules applied, for models to be placed after
    # 2 August 2025, were to be notified within two weeks after that date.
    start = max(met, OBLIGATIONS_APPLY)
    deadline = add_days(start, NOTIFICATION_PERIOD.days)  # saturates at 9999-12-31
    return required, Fact(
        value=deadline,
        reason=f"two weeks after {start.isoformat()}"
        + (" (threshold met before the obligations applied)" if met < OBLIGATIONS_APPLY else ""),
        sources=(*sources, "Guidelines section 5.3"),
    )
