"""The declaration's validator without pydantic. GENERATED, do not edit: regenerate with
``python -m compliance_checker.tools.schemas`` (compliance_checker/tools/fastpath.py says how).

``validate`` is fastjsonschema 2.22.3's code for schemas/declaration.schema.json; ``SHAPES`` says how
the validated values become the models' values (loading/fastpath.py applies it).
"""
# fmt: off
VERSION = "2.22.3"
from decimal import Decimal
import re
from typing import Any


class JsonSchemaValueException(ValueError):
    """The data does not match the schema (fastjsonschema's exception, defined here)."""


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^[a-z][a-z0-9-]*(@[^@\\s]+)?$': re.compile('^[a-z][a-z0-9-]*(@[^@\\s]+)?\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': re.compile('^[A-Za-z0-9][A-Za-z0-9._-]*\\Z'),
    '^https?://\\S+$': re.compile('^https?://\\S+\\Z'),
    '^[0-9a-f]{64}$': re.compile('^[0-9a-f]{64}\\Z'),
    'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z'),
    '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'),
    '^(0[1-9]|1[0-2])/\\d{4}$': re.compile('^(0[1-9]|1[0-2])/\\d{4}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format_version', 'provider', 'model']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "format_version" in data_keys:
            data_keys.remove("format_version")
            data__formatversion = data["format_version"]
            if not isinstance(data__formatversion, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_version must be string")
            if not (isinstance(data__formatversion, str) and data__formatversion == '1.0'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_version must be one of ['1.0']")
        if "rulesets" in data_keys:
            data_keys.remove("rulesets")
            data__rulesets = data["rulesets"]
            if not isinstance(data__rulesets, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rulesets must be object")
            data__rulesets_is_dict = isinstance(data__rulesets, dict)
            if data__rulesets_is_dict:
                data__rulesets_keys = set(data__rulesets.keys())
                for data__rulesets_key in data__rulesets_keys:
                    if data__rulesets_key not in []:
                        data__rulesets_value = data__rulesets.get(data__rulesets_key)
                        if not isinstance(data__rulesets_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".rulesets.{data__rulesets_key}".format(**locals()) + " must be string")
        if "profile" in data_keys:
            data_keys.remove("profile")
            data__profile = data["profile"]
            if not isinstance(data__profile, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".profile must be string or null")
            if isinstance(data__profile, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9-]*(@[^@\\s]+)?$'].search(data__profile):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".profile must match pattern ^[a-z][a-z0-9-]*(@[^@\\s]+)?$")
        if "provider" in data_keys:
            data_keys.remove("provider")
            data__provider = data["provider"]
            if not isinstance(data__provider, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".provider must be object")
            validate____defs_provider(data__provider, custom_formats, (name_prefix or "data") + ".provider")
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            if not isinstance(data__model, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model must be object")
            validate____defs_model(data__model, custom_formats, (name_prefix or "data") + ".model")
        if "transparency" in data_keys:
            data_keys.remove("transparency")
            data__transparency = data["transparency"]
            if not isinstance(data__transparency, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".transparency must be object or null")
            validate____defs_transparency(data__transparency, custom_formats, (name_prefix or "data") + ".transparency")
        if "copyright" in data_keys:
            data_keys.remove("copyright")
            data__copyright = data["copyright"]
            if not isinstance(data__copyright, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".copyright must be object or null")
            validate____defs_copyright(data__copyright, custom_formats, (name_prefix or "data") + ".copyright")
        if "training_data_summary" in data_keys:
            data_keys.remove("training_data_summary")
            data__trainingdatasummary = data["training_data_summary"]
            if not isinstance(data__trainingdatasummary, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_data_summary must be object or null")
            validate____defs_trainingdatasummary(data__trainingdatasummary, custom_formats, (name_prefix or "data") + ".training_data_summary")
        if "safety_and_security" in data_keys:
            data_keys.remove("safety_and_security")
            data__safetyandsecurity = data["safety_and_security"]
            if not isinstance(data__safetyandsecurity, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_and_security must be object or null")
            validate____defs_safetyandsecurity(data__safetyandsecurity, custom_formats, (name_prefix or "data") + ".safety_and_security")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be object")
                    validate____defs_evidence(data__evidence_item, custom_formats, (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_evidence(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string or null")
            if isinstance(data__url, str):
                if not REGEX_PATTERNS['^https?://\\S+$'].search(data__url):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must match pattern ^https?://\\S+$")
        if "path" in data_keys:
            data_keys.remove("path")
            data__path = data["path"]
            if not isinstance(data__path, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".path must be string or null")
        if "sha256" in data_keys:
            data_keys.remove("sha256")
            data__sha256 = data["sha256"]
            if not isinstance(data__sha256, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sha256 must be string or null")
            if isinstance(data__sha256, str):
                if not REGEX_PATTERNS['^[0-9a-f]{64}$'].search(data__sha256):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sha256 must match pattern ^[0-9a-f]{64}$")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string or null")
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_safetyandsecurity(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "framework" in data_keys:
            data_keys.remove("framework")
            data__framework = data["framework"]
            if not isinstance(data__framework, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".framework must be object or null")
            validate____defs_framework(data__framework, custom_formats, (name_prefix or "data") + ".framework")
        if "evaluations" in data_keys:
            data_keys.remove("evaluations")
            data__evaluations = data["evaluations"]
            if not isinstance(data__evaluations, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluations must be object or null")
            validate____defs_evaluations(data__evaluations, custom_formats, (name_prefix or "data") + ".evaluations")
        if "risk_assessment" in data_keys:
            data_keys.remove("risk_assessment")
            data__riskassessment = data["risk_assessment"]
            if not isinstance(data__riskassessment, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_assessment must be object or null")
            validate____defs_riskassessment(data__riskassessment, custom_formats, (name_prefix or "data") + ".risk_assessment")
        if "serious_incidents" in data_keys:
            data_keys.remove("serious_incidents")
            data__seriousincidents = data["serious_incidents"]
            if not isinstance(data__seriousincidents, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".serious_incidents must be object or null")
            validate____defs_seriousincidents(data__seriousincidents, custom_formats, (name_prefix or "data") + ".serious_incidents")
        if "cybersecurity" in data_keys:
            data_keys.remove("cybersecurity")
            data__cybersecurity = data["cybersecurity"]
            if not isinstance(data__cybersecurity, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cybersecurity must be object or null")
            validate____defs_cybersecurity(data__cybersecurity, custom_formats, (name_prefix or "data") + ".cybersecurity")
        if "risk_register" in data_keys:
            data_keys.remove("risk_register")
            data__riskregister = data["risk_register"]
            if not isinstance(data__riskregister, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_register must be object or null")
            validate____defs_riskregister(data__riskregister, custom_formats, (name_prefix or "data") + ".risk_register")
        if "post_market_monitoring" in data_keys:
            data_keys.remove("post_market_monitoring")
            data__postmarketmonitoring = data["post_market_monitoring"]
            if not isinstance(data__postmarketmonitoring, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".post_market_monitoring must be object or null")
            validate____defs_postmarketmonitoring(data__postmarketmonitoring, custom_formats, (name_prefix or "data") + ".post_market_monitoring")
        if "safety_mitigations" in data_keys:
            data_keys.remove("safety_mitigations")
            data__safetymitigations = data["safety_mitigations"]
            if not isinstance(data__safetymitigations, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_mitigations must be object or null")
            validate____defs_safetymitigations(data__safetymitigations, custom_formats, (name_prefix or "data") + ".safety_mitigations")
        if "security" in data_keys:
            data_keys.remove("security")
            data__security = data["security"]
            if not isinstance(data__security, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".security must be object or null")
            validate____defs_security(data__security, custom_formats, (name_prefix or "data") + ".security")
        if "model_report" in data_keys:
            data_keys.remove("model_report")
            data__modelreport = data["model_report"]
            if not isinstance(data__modelreport, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_report must be object or null")
            validate____defs_modelreport(data__modelreport, custom_formats, (name_prefix or "data") + ".model_report")
        if "responsibilities" in data_keys:
            data_keys.remove("responsibilities")
            data__responsibilities = data["responsibilities"]
            if not isinstance(data__responsibilities, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".responsibilities must be object or null")
            validate____defs_responsibilities(data__responsibilities, custom_formats, (name_prefix or "data") + ".responsibilities")
        if "additional_documentation" in data_keys:
            data_keys.remove("additional_documentation")
            data__additionaldocumentation = data["additional_documentation"]
            if not isinstance(data__additionaldocumentation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".additional_documentation must be object or null")
            validate____defs_additionaldocumentation(data__additionaldocumentation, custom_formats, (name_prefix or "data") + ".additional_documentation")
        if "public_transparency" in data_keys:
            data_keys.remove("public_transparency")
            data__publictransparency = data["public_transparency"]
            if not isinstance(data__publictransparency, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public_transparency must be object or null")
            validate____defs_publictransparency(data__publictransparency, custom_formats, (name_prefix or "data") + ".public_transparency")
        if "exceptions" in data_keys:
            data_keys.remove("exceptions")
            data__exceptions = data["exceptions"]
            if not isinstance(data__exceptions, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exceptions must be object or null")
            validate____defs_exceptions(data__exceptions, custom_formats, (name_prefix or "data") + ".exceptions")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_exceptions(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "similarly_safe_or_safer" in data_keys:
            data_keys.remove("similarly_safe_or_safer")
            data__similarlysafeorsafer = data["similarly_safe_or_safer"]
            if not isinstance(data__similarlysafeorsafer, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".similarly_safe_or_safer must be object or null")
            validate____defs_exceptionclaim(data__similarlysafeorsafer, custom_formats, (name_prefix or "data") + ".similarly_safe_or_safer")
        if "all_models_similarly_safe_or_safer" in data_keys:
            data_keys.remove("all_models_similarly_safe_or_safer")
            data__allmodelssimilarlysafeorsafer = data["all_models_similarly_safe_or_safer"]
            if not isinstance(data__allmodelssimilarlysafeorsafer, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".all_models_similarly_safe_or_safer must be object or null")
            validate____defs_exceptionclaim(data__allmodelssimilarlysafeorsafer, custom_formats, (name_prefix or "data") + ".all_models_similarly_safe_or_safer")
        if "weaker_than_open_weights" in data_keys:
            data_keys.remove("weaker_than_open_weights")
            data__weakerthanopenweights = data["weaker_than_open_weights"]
            if not isinstance(data__weakerthanopenweights, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weaker_than_open_weights must be object or null")
            validate____defs_exceptionclaim(data__weakerthanopenweights, custom_formats, (name_prefix or "data") + ".weaker_than_open_weights")
        if "no_qualified_external_evaluator" in data_keys:
            data_keys.remove("no_qualified_external_evaluator")
            data__noqualifiedexternalevaluator = data["no_qualified_external_evaluator"]
            if not isinstance(data__noqualifiedexternalevaluator, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".no_qualified_external_evaluator must be object or null")
            validate____defs_exceptionclaim(data__noqualifiedexternalevaluator, custom_formats, (name_prefix or "data") + ".no_qualified_external_evaluator")
        if "publication_not_necessary" in data_keys:
            data_keys.remove("publication_not_necessary")
            data__publicationnotnecessary = data["publication_not_necessary"]
            if not isinstance(data__publicationnotnecessary, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publication_not_necessary must be object or null")
            validate____defs_exceptionclaim(data__publicationnotnecessary, custom_formats, (name_prefix or "data") + ".publication_not_necessary")
        if "safely_derived" in data_keys:
            data_keys.remove("safely_derived")
            data__safelyderived = data["safely_derived"]
            if not isinstance(data__safelyderived, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safely_derived must be object or null")
            validate____defs_exceptionclaim(data__safelyderived, custom_formats, (name_prefix or "data") + ".safely_derived")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_exceptionclaim(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['claimed']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "claimed" in data_keys:
            data_keys.remove("claimed")
            data__claimed = data["claimed"]
            if not isinstance(data__claimed, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".claimed must be boolean")
        if "reference_model" in data_keys:
            data_keys.remove("reference_model")
            data__referencemodel = data["reference_model"]
            if not isinstance(data__referencemodel, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_model must be string or null")
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be string or null")
        if "reference_status_lost" in data_keys:
            data_keys.remove("reference_status_lost")
            data__referencestatuslost = data["reference_status_lost"]
            if not isinstance(data__referencestatuslost, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_status_lost must be string or null")
            if isinstance(data__referencestatuslost, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__referencestatuslost):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reference_status_lost must be date")
        if "new_reference_identified" in data_keys:
            data_keys.remove("new_reference_identified")
            data__newreferenceidentified = data["new_reference_identified"]
            if not isinstance(data__newreferenceidentified, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".new_reference_identified must be string or null")
            if isinstance(data__newreferenceidentified, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__newreferenceidentified):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".new_reference_identified must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_publictransparency(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "framework_summary_url" in data_keys:
            data_keys.remove("framework_summary_url")
            data__frameworksummaryurl = data["framework_summary_url"]
            if not isinstance(data__frameworksummaryurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".framework_summary_url must be string or null")
        if "model_report_summary_url" in data_keys:
            data_keys.remove("model_report_summary_url")
            data__modelreportsummaryurl = data["model_report_summary_url"]
            if not isinstance(data__modelreportsummaryurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_report_summary_url must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_additionaldocumentation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "architecture" in data_keys:
            data_keys.remove("architecture")
            data__architecture = data["architecture"]
            if not isinstance(data__architecture, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".architecture must be array")
            data__architecture_is_list = isinstance(data__architecture, (list, tuple))
            if data__architecture_is_list:
                data__architecture_len = len(data__architecture)
                for data__architecture_x, data__architecture_item in enumerate(data__architecture):
                    if not isinstance(data__architecture_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".architecture[{data__architecture_x}]".format(**locals()) + " must be string")
        if "integration" in data_keys:
            data_keys.remove("integration")
            data__integration = data["integration"]
            if not isinstance(data__integration, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".integration must be array")
            data__integration_is_list = isinstance(data__integration, (list, tuple))
            if data__integration_is_list:
                data__integration_len = len(data__integration)
                for data__integration_x, data__integration_item in enumerate(data__integration):
                    if not isinstance(data__integration_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".integration[{data__integration_x}]".format(**locals()) + " must be string")
        if "evaluations" in data_keys:
            data_keys.remove("evaluations")
            data__evaluations = data["evaluations"]
            if not isinstance(data__evaluations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluations must be array")
            data__evaluations_is_list = isinstance(data__evaluations, (list, tuple))
            if data__evaluations_is_list:
                data__evaluations_len = len(data__evaluations)
                for data__evaluations_x, data__evaluations_item in enumerate(data__evaluations):
                    if not isinstance(data__evaluations_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluations[{data__evaluations_x}]".format(**locals()) + " must be string")
        if "safety_mitigations" in data_keys:
            data_keys.remove("safety_mitigations")
            data__safetymitigations = data["safety_mitigations"]
            if not isinstance(data__safetymitigations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_mitigations must be array")
            data__safetymitigations_is_list = isinstance(data__safetymitigations, (list, tuple))
            if data__safetymitigations_is_list:
                data__safetymitigations_len = len(data__safetymitigations)
                for data__safetymitigations_x, data__safetymitigations_item in enumerate(data__safetymitigations):
                    if not isinstance(data__safetymitigations_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_mitigations[{data__safetymitigations_x}]".format(**locals()) + " must be string")
        if "retained_until" in data_keys:
            data_keys.remove("retained_until")
            data__retaineduntil = data["retained_until"]
            if not isinstance(data__retaineduntil, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".retained_until must be string or null")
            if isinstance(data__retaineduntil, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__retaineduntil):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".retained_until must be date")
        if "decision_records" in data_keys:
            data_keys.remove("decision_records")
            data__decisionrecords = data["decision_records"]
            if not isinstance(data__decisionrecords, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_records must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_responsibilities(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "oversight" in data_keys:
            data_keys.remove("oversight")
            data__oversight = data["oversight"]
            if not isinstance(data__oversight, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".oversight must be string or null")
        if "ownership" in data_keys:
            data_keys.remove("ownership")
            data__ownership = data["ownership"]
            if not isinstance(data__ownership, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ownership must be string or null")
        if "support_and_monitoring" in data_keys:
            data_keys.remove("support_and_monitoring")
            data__supportandmonitoring = data["support_and_monitoring"]
            if not isinstance(data__supportandmonitoring, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".support_and_monitoring must be string or null")
        if "support_independent" in data_keys:
            data_keys.remove("support_independent")
            data__supportindependent = data["support_independent"]
            if not isinstance(data__supportindependent, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".support_independent must be boolean or null")
        if "assurance" in data_keys:
            data_keys.remove("assurance")
            data__assurance = data["assurance"]
            if not isinstance(data__assurance, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assurance must be string or null")
        if "resources" in data_keys:
            data_keys.remove("resources")
            data__resources = data["resources"]
            if not isinstance(data__resources, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".resources must be array")
            data__resources_is_list = isinstance(data__resources, (list, tuple))
            if data__resources_is_list:
                data__resources_len = len(data__resources)
                for data__resources_x, data__resources_item in enumerate(data__resources):
                    if not isinstance(data__resources_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".resources[{data__resources_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__resources_item, str) and data__resources_item == 'human' or isinstance(data__resources_item, str) and data__resources_item == 'financial' or isinstance(data__resources_item, str) and data__resources_item == 'information' or isinstance(data__resources_item, str) and data__resources_item == 'computational'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".resources[{data__resources_x}]".format(**locals()) + " must be one of ['human', 'financial', 'information', 'computational']")
        if "whistleblower_policy_url" in data_keys:
            data_keys.remove("whistleblower_policy_url")
            data__whistleblowerpolicyurl = data["whistleblower_policy_url"]
            if not isinstance(data__whistleblowerpolicyurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".whistleblower_policy_url must be string or null")
        if "workers_informed" in data_keys:
            data_keys.remove("workers_informed")
            data__workersinformed = data["workers_informed"]
            if not isinstance(data__workersinformed, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".workers_informed must be string or null")
            if isinstance(data__workersinformed, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__workersinformed):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".workers_informed must be date")
        if "ai_office_mailbox_informed" in data_keys:
            data_keys.remove("ai_office_mailbox_informed")
            data__aiofficemailboxinformed = data["ai_office_mailbox_informed"]
            if not isinstance(data__aiofficemailboxinformed, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_mailbox_informed must be array")
            data__aiofficemailboxinformed_is_list = isinstance(data__aiofficemailboxinformed, (list, tuple))
            if data__aiofficemailboxinformed_is_list:
                data__aiofficemailboxinformed_len = len(data__aiofficemailboxinformed)
                for data__aiofficemailboxinformed_x, data__aiofficemailboxinformed_item in enumerate(data__aiofficemailboxinformed):
                    if not isinstance(data__aiofficemailboxinformed_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_mailbox_informed[{data__aiofficemailboxinformed_x}]".format(**locals()) + " must be string")
                    if isinstance(data__aiofficemailboxinformed_item, str):
                        if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficemailboxinformed_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_mailbox_informed[{data__aiofficemailboxinformed_x}]".format(**locals()) + " must be date")
        if "risk_culture" in data_keys:
            data_keys.remove("risk_culture")
            data__riskculture = data["risk_culture"]
            if not isinstance(data__riskculture, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_culture must be array")
            data__riskculture_is_list = isinstance(data__riskculture, (list, tuple))
            if data__riskculture_is_list:
                data__riskculture_len = len(data__riskculture)
                for data__riskculture_x, data__riskculture_item in enumerate(data__riskculture):
                    if not isinstance(data__riskculture_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_culture[{data__riskculture_x}]".format(**locals()) + " must be string")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modelreport(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or null")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string or null")
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if "interim_report" in data_keys:
            data_keys.remove("interim_report")
            data__interimreport = data["interim_report"]
            if not isinstance(data__interimreport, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interim_report must be string or null")
            if isinstance(data__interimreport, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__interimreport):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interim_report must be date")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be object or null")
            validate____defs_modeldescription(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "reasons_for_proceeding" in data_keys:
            data_keys.remove("reasons_for_proceeding")
            data__reasonsforproceeding = data["reasons_for_proceeding"]
            if not isinstance(data__reasonsforproceeding, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reasons_for_proceeding must be object or null")
            validate____defs_reasonsforproceeding(data__reasonsforproceeding, custom_formats, (name_prefix or "data") + ".reasons_for_proceeding")
        if "documentation" in data_keys:
            data_keys.remove("documentation")
            data__documentation = data["documentation"]
            if not isinstance(data__documentation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".documentation must be object or null")
            validate____defs_riskdocumentation(data__documentation, custom_formats, (name_prefix or "data") + ".documentation")
        if "external_reports" in data_keys:
            data_keys.remove("external_reports")
            data__externalreports = data["external_reports"]
            if not isinstance(data__externalreports, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_reports must be object or null")
            validate____defs_externalreports(data__externalreports, custom_formats, (name_prefix or "data") + ".external_reports")
        if "landscape_changes" in data_keys:
            data_keys.remove("landscape_changes")
            data__landscapechanges = data["landscape_changes"]
            if not isinstance(data__landscapechanges, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".landscape_changes must be string or null")
        if "updates" in data_keys:
            data_keys.remove("updates")
            data__updates = data["updates"]
            if not isinstance(data__updates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updates must be array")
            data__updates_is_list = isinstance(data__updates, (list, tuple))
            if data__updates_is_list:
                data__updates_len = len(data__updates)
                for data__updates_x, data__updates_item in enumerate(data__updates):
                    if not isinstance(data__updates_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".updates[{data__updates_x}]".format(**locals()) + " must be object")
                    validate____defs_modelreportupdate(data__updates_item, custom_formats, (name_prefix or "data") + ".updates[{data__updates_x}]".format(**locals()))
        if "most_capable" in data_keys:
            data_keys.remove("most_capable")
            data__mostcapable = data["most_capable"]
            if not isinstance(data__mostcapable, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".most_capable must be boolean or null")
        if "update_exception" in data_keys:
            data_keys.remove("update_exception")
            data__updateexception = data["update_exception"]
            if not isinstance(data__updateexception, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".update_exception must be string or null")
            if not (isinstance(data__updateexception, str) and data__updateexception == 'unchanged' or isinstance(data__updateexception, str) and data__updateexception == 'successor_within_a_month' or isinstance(data__updateexception, str) and data__updateexception == 'similarly_safe_or_safer' or data__updateexception is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".update_exception must be one of ['unchanged', 'successor_within_a_month', 'similarly_safe_or_safer', None]")
        if "update_exception_justification" in data_keys:
            data_keys.remove("update_exception_justification")
            data__updateexceptionjustification = data["update_exception_justification"]
            if not isinstance(data__updateexceptionjustification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".update_exception_justification must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modelreportupdate(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['version', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date")
        if "changelog" in data_keys:
            data_keys.remove("changelog")
            data__changelog = data["changelog"]
            if not isinstance(data__changelog, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".changelog must be string or null")
        if "confirmed" in data_keys:
            data_keys.remove("confirmed")
            data__confirmed = data["confirmed"]
            if not isinstance(data__confirmed, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed must be string or null")
            if isinstance(data__confirmed, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__confirmed):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed must be date")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if "interim_report" in data_keys:
            data_keys.remove("interim_report")
            data__interimreport = data["interim_report"]
            if not isinstance(data__interimreport, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interim_report must be string or null")
            if isinstance(data__interimreport, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__interimreport):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interim_report must be date")
        if "change_on_market" in data_keys:
            data_keys.remove("change_on_market")
            data__changeonmarket = data["change_on_market"]
            if not isinstance(data__changeonmarket, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".change_on_market must be string or null")
            if isinstance(data__changeonmarket, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__changeonmarket):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".change_on_market must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_externalreports(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "evaluation_reports" in data_keys:
            data_keys.remove("evaluation_reports")
            data__evaluationreports = data["evaluation_reports"]
            if not isinstance(data__evaluationreports, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation_reports must be array")
            data__evaluationreports_is_list = isinstance(data__evaluationreports, (list, tuple))
            if data__evaluationreports_is_list:
                data__evaluationreports_len = len(data__evaluationreports)
                for data__evaluationreports_x, data__evaluationreports_item in enumerate(data__evaluationreports):
                    if not isinstance(data__evaluationreports_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation_reports[{data__evaluationreports_x}]".format(**locals()) + " must be string")
        if "security_review_reports" in data_keys:
            data_keys.remove("security_review_reports")
            data__securityreviewreports = data["security_review_reports"]
            if not isinstance(data__securityreviewreports, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".security_review_reports must be array")
            data__securityreviewreports_is_list = isinstance(data__securityreviewreports, (list, tuple))
            if data__securityreviewreports_is_list:
                data__securityreviewreports_len = len(data__securityreviewreports)
                for data__securityreviewreports_x, data__securityreviewreports_item in enumerate(data__securityreviewreports):
                    if not isinstance(data__securityreviewreports_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".security_review_reports[{data__securityreviewreports_x}]".format(**locals()) + " must be string")
        if "evaluator_choice" in data_keys:
            data_keys.remove("evaluator_choice")
            data__evaluatorchoice = data["evaluator_choice"]
            if not isinstance(data__evaluatorchoice, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluator_choice must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_riskdocumentation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "identification" in data_keys:
            data_keys.remove("identification")
            data__identification = data["identification"]
            if not isinstance(data__identification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".identification must be string or null")
        if "uncertainties" in data_keys:
            data_keys.remove("uncertainties")
            data__uncertainties = data["uncertainties"]
            if not isinstance(data__uncertainties, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".uncertainties must be string or null")
        if "modelling_results" in data_keys:
            data_keys.remove("modelling_results")
            data__modellingresults = data["modelling_results"]
            if not isinstance(data__modellingresults, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modelling_results must be string or null")
        if "risk_justification" in data_keys:
            data_keys.remove("risk_justification")
            data__riskjustification = data["risk_justification"]
            if not isinstance(data__riskjustification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_justification must be string or null")
        if "evaluation_results" in data_keys:
            data_keys.remove("evaluation_results")
            data__evaluationresults = data["evaluation_results"]
            if not isinstance(data__evaluationresults, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation_results must be string or null")
        if "samples_per_evaluation" in data_keys:
            data_keys.remove("samples_per_evaluation")
            data__samplesperevaluation = data["samples_per_evaluation"]
            if not isinstance(data__samplesperevaluation, (int, NoneType)) and not (isinstance(data__samplesperevaluation, float) and data__samplesperevaluation.is_integer()) or isinstance(data__samplesperevaluation, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".samples_per_evaluation must be integer or null")
            if isinstance(data__samplesperevaluation, (int, float, Decimal)) and not isinstance(data__samplesperevaluation, bool):
                if data__samplesperevaluation < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".samples_per_evaluation must be bigger than or equal to 0")
        if "evaluator_access" in data_keys:
            data_keys.remove("evaluator_access")
            data__evaluatoraccess = data["evaluator_access"]
            if not isinstance(data__evaluatoraccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluator_access must be string or null")
        if "safety_mitigations" in data_keys:
            data_keys.remove("safety_mitigations")
            data__safetymitigations = data["safety_mitigations"]
            if not isinstance(data__safetymitigations, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_mitigations must be string or null")
        if "security_mitigations" in data_keys:
            data_keys.remove("security_mitigations")
            data__securitymitigations = data["security_mitigations"]
            if not isinstance(data__securitymitigations, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".security_mitigations must be string or null")
        if "development_plans" in data_keys:
            data_keys.remove("development_plans")
            data__developmentplans = data["development_plans"]
            if not isinstance(data__developmentplans, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".development_plans must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_reasonsforproceeding(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be string or null")
        if "failure_conditions" in data_keys:
            data_keys.remove("failure_conditions")
            data__failureconditions = data["failure_conditions"]
            if not isinstance(data__failureconditions, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_conditions must be string or null")
        if "decision_process" in data_keys:
            data_keys.remove("decision_process")
            data__decisionprocess = data["decision_process"]
            if not isinstance(data__decisionprocess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_process must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modeldescription(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "architecture_and_capabilities" in data_keys:
            data_keys.remove("architecture_and_capabilities")
            data__architectureandcapabilities = data["architecture_and_capabilities"]
            if not isinstance(data__architectureandcapabilities, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".architecture_and_capabilities must be string or null")
        if "uses" in data_keys:
            data_keys.remove("uses")
            data__uses = data["uses"]
            if not isinstance(data__uses, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".uses must be string or null")
        if "versions" in data_keys:
            data_keys.remove("versions")
            data__versions = data["versions"]
            if not isinstance(data__versions, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".versions must be string or null")
        if "specification_url" in data_keys:
            data_keys.remove("specification_url")
            data__specificationurl = data["specification_url"]
            if not isinstance(data__specificationurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".specification_url must be string or null")
        if "system_prompt_included" in data_keys:
            data_keys.remove("system_prompt_included")
            data__systempromptincluded = data["system_prompt_included"]
            if not isinstance(data__systempromptincluded, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".system_prompt_included must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_security(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "threat_actors" in data_keys:
            data_keys.remove("threat_actors")
            data__threatactors = data["threat_actors"]
            if not isinstance(data__threatactors, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".threat_actors must be array")
            data__threatactors_is_list = isinstance(data__threatactors, (list, tuple))
            if data__threatactors_is_list:
                data__threatactors_len = len(data__threatactors)
                for data__threatactors_x, data__threatactors_item in enumerate(data__threatactors):
                    if not isinstance(data__threatactors_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".threat_actors[{data__threatactors_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__threatactors_item, str) and data__threatactors_item == 'non_state_external' or isinstance(data__threatactors_item, str) and data__threatactors_item == 'insider' or isinstance(data__threatactors_item, str) and data__threatactors_item == 'state_actor' or isinstance(data__threatactors_item, str) and data__threatactors_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".threat_actors[{data__threatactors_x}]".format(**locals()) + " must be one of ['non_state_external', 'insider', 'state_actor', 'other']")
        if "goal" in data_keys:
            data_keys.remove("goal")
            data__goal = data["goal"]
            if not isinstance(data__goal, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".goal must be string or null")
        if "mitigations" in data_keys:
            data_keys.remove("mitigations")
            data__mitigations = data["mitigations"]
            if not isinstance(data__mitigations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigations must be array")
            data__mitigations_is_list = isinstance(data__mitigations, (list, tuple))
            if data__mitigations_is_list:
                data__mitigations_len = len(data__mitigations)
                for data__mitigations_x, data__mitigations_item in enumerate(data__mitigations):
                    if not isinstance(data__mitigations_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigations[{data__mitigations_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__mitigations_item, str) and data__mitigations_item == '4.1' or isinstance(data__mitigations_item, str) and data__mitigations_item == '4.2' or isinstance(data__mitigations_item, str) and data__mitigations_item == '4.3' or isinstance(data__mitigations_item, str) and data__mitigations_item == '4.4' or isinstance(data__mitigations_item, str) and data__mitigations_item == '4.5'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigations[{data__mitigations_x}]".format(**locals()) + " must be one of ['4.1', '4.2', '4.3', '4.4', '4.5']")
        if "deviations" in data_keys:
            data_keys.remove("deviations")
            data__deviations = data["deviations"]
            if not isinstance(data__deviations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".deviations must be array")
            data__deviations_is_list = isinstance(data__deviations, (list, tuple))
            if data__deviations_is_list:
                data__deviations_len = len(data__deviations)
                for data__deviations_x, data__deviations_item in enumerate(data__deviations):
                    if not isinstance(data__deviations_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".deviations[{data__deviations_x}]".format(**locals()) + " must be object")
                    validate____defs_securitydeviation(data__deviations_item, custom_formats, (name_prefix or "data") + ".deviations[{data__deviations_x}]".format(**locals()))
        if "weights_encryption_bits" in data_keys:
            data_keys.remove("weights_encryption_bits")
            data__weightsencryptionbits = data["weights_encryption_bits"]
            if not isinstance(data__weightsencryptionbits, (int, NoneType)) and not (isinstance(data__weightsencryptionbits, float) and data__weightsencryptionbits.is_integer()) or isinstance(data__weightsencryptionbits, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights_encryption_bits must be integer or null")
            if isinstance(data__weightsencryptionbits, (int, float, Decimal)) and not isinstance(data__weightsencryptionbits, bool):
                if data__weightsencryptionbits < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights_encryption_bits must be bigger than or equal to 0")
        if "access_review_interval_months" in data_keys:
            data_keys.remove("access_review_interval_months")
            data__accessreviewintervalmonths = data["access_review_interval_months"]
            if not isinstance(data__accessreviewintervalmonths, (int, NoneType)) and not (isinstance(data__accessreviewintervalmonths, float) and data__accessreviewintervalmonths.is_integer()) or isinstance(data__accessreviewintervalmonths, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".access_review_interval_months must be integer or null")
            if isinstance(data__accessreviewintervalmonths, (int, float, Decimal)) and not isinstance(data__accessreviewintervalmonths, bool):
                if data__accessreviewintervalmonths < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".access_review_interval_months must be bigger than or equal to 0")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_securitydeviation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['point']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "point" in data_keys:
            data_keys.remove("point")
            data__point = data["point"]
            data__point_any_of_count1 = 0
            if not data__point_any_of_count1:
                try:
                    if not isinstance(data__point, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".point must be string")
                    if not (isinstance(data__point, str) and data__point == '4.1' or isinstance(data__point, str) and data__point == '4.2' or isinstance(data__point, str) and data__point == '4.3' or isinstance(data__point, str) and data__point == '4.4' or isinstance(data__point, str) and data__point == '4.5'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".point must be one of ['4.1', '4.2', '4.3', '4.4', '4.5']")
                    data__point_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__point_any_of_count1:
                try:
                    if not isinstance(data__point, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".point must be string")
                    if not (isinstance(data__point, str) and data__point == '4.1(1)' or isinstance(data__point, str) and data__point == '4.1(2)' or isinstance(data__point, str) and data__point == '4.1(3)' or isinstance(data__point, str) and data__point == '4.1(4)' or isinstance(data__point, str) and data__point == '4.2(1)' or isinstance(data__point, str) and data__point == '4.2(2)' or isinstance(data__point, str) and data__point == '4.2(3)' or isinstance(data__point, str) and data__point == '4.2(4)' or isinstance(data__point, str) and data__point == '4.2(5)' or isinstance(data__point, str) and data__point == '4.2(6)' or isinstance(data__point, str) and data__point == '4.3(1)' or isinstance(data__point, str) and data__point == '4.3(2)' or isinstance(data__point, str) and data__point == '4.3(3)' or isinstance(data__point, str) and data__point == '4.3(4)' or isinstance(data__point, str) and data__point == '4.4(1)' or isinstance(data__point, str) and data__point == '4.4(2)' or isinstance(data__point, str) and data__point == '4.4(3)' or isinstance(data__point, str) and data__point == '4.4(4)' or isinstance(data__point, str) and data__point == '4.5(1)' or isinstance(data__point, str) and data__point == '4.5(2)' or isinstance(data__point, str) and data__point == '4.5(3)' or isinstance(data__point, str) and data__point == '4.5(4)' or isinstance(data__point, str) and data__point == '4.5(5)' or isinstance(data__point, str) and data__point == '4.5(6)' or isinstance(data__point, str) and data__point == '4.5(7)'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".point must be one of ['4.1(1)', '4.1(2)', '4.1(3)', '4.1(4)', '4.2(1)', '4.2(2)', '4.2(3)', '4.2(4)', '4.2(5)', '4.2(6)', '4.3(1)', '4.3(2)', '4.3(3)', '4.3(4)', '4.4(1)', '4.4(2)', '4.4(3)', '4.4(4)', '4.5(1)', '4.5(2)', '4.5(3)', '4.5(4)', '4.5(5)', '4.5(6)', '4.5(7)']")
                    data__point_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__point_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".point cannot be validated by any definition")
        if "alternative" in data_keys:
            data_keys.remove("alternative")
            data__alternative = data["alternative"]
            if not isinstance(data__alternative, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".alternative must be string or null")
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_safetymitigations(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "measures" in data_keys:
            data_keys.remove("measures")
            data__measures = data["measures"]
            if not isinstance(data__measures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measures must be array")
            data__measures_is_list = isinstance(data__measures, (list, tuple))
            if data__measures_is_list:
                data__measures_len = len(data__measures)
                for data__measures_x, data__measures_item in enumerate(data__measures):
                    if not isinstance(data__measures_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".measures[{data__measures_x}]".format(**locals()) + " must be string")
        if "adversarial_robustness" in data_keys:
            data_keys.remove("adversarial_robustness")
            data__adversarialrobustness = data["adversarial_robustness"]
            if not isinstance(data__adversarialrobustness, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adversarial_robustness must be string or null")
        if "release_strategy" in data_keys:
            data_keys.remove("release_strategy")
            data__releasestrategy = data["release_strategy"]
            if not isinstance(data__releasestrategy, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".release_strategy must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_postmarketmonitoring(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "methods" in data_keys:
            data_keys.remove("methods")
            data__methods = data["methods"]
            if not isinstance(data__methods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".methods must be array")
            data__methods_is_list = isinstance(data__methods, (list, tuple))
            if data__methods_is_list:
                data__methods_len = len(data__methods)
                for data__methods_x, data__methods_item in enumerate(data__methods):
                    if not isinstance(data__methods_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".methods[{data__methods_x}]".format(**locals()) + " must be string")
        if "external_evaluators" in data_keys:
            data_keys.remove("external_evaluators")
            data__externalevaluators = data["external_evaluators"]
            if not isinstance(data__externalevaluators, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_evaluators must be object or null")
            validate____defs_externalevaluatoraccess(data__externalevaluators, custom_formats, (name_prefix or "data") + ".external_evaluators")
        if "vulnerability_disclosure" in data_keys:
            data_keys.remove("vulnerability_disclosure")
            data__vulnerabilitydisclosure = data["vulnerability_disclosure"]
            if not isinstance(data__vulnerabilitydisclosure, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".vulnerability_disclosure must be object or null")
            validate____defs_vulnerabilitydisclosure(data__vulnerabilitydisclosure, custom_formats, (name_prefix or "data") + ".vulnerability_disclosure")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_vulnerabilitydisclosure(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "policy_url" in data_keys:
            data_keys.remove("policy_url")
            data__policyurl = data["policy_url"]
            if not isinstance(data__policyurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy_url must be string or null")
        if "max_publication_delay_business_days" in data_keys:
            data_keys.remove("max_publication_delay_business_days")
            data__maxpublicationdelaybusinessdays = data["max_publication_delay_business_days"]
            if not isinstance(data__maxpublicationdelaybusinessdays, (int, NoneType)) and not (isinstance(data__maxpublicationdelaybusinessdays, float) and data__maxpublicationdelaybusinessdays.is_integer()) or isinstance(data__maxpublicationdelaybusinessdays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_publication_delay_business_days must be integer or null")
            if isinstance(data__maxpublicationdelaybusinessdays, (int, float, Decimal)) and not isinstance(data__maxpublicationdelaybusinessdays, bool):
                if data__maxpublicationdelaybusinessdays < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_publication_delay_business_days must be bigger than or equal to 0")
        if "max_publication_delay_days" in data_keys:
            data_keys.remove("max_publication_delay_days")
            data__maxpublicationdelaydays = data["max_publication_delay_days"]
            if not isinstance(data__maxpublicationdelaydays, (int, NoneType)) and not (isinstance(data__maxpublicationdelaydays, float) and data__maxpublicationdelaydays.is_integer()) or isinstance(data__maxpublicationdelaydays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_publication_delay_days must be integer or null")
            if isinstance(data__maxpublicationdelaydays, (int, float, Decimal)) and not isinstance(data__maxpublicationdelaydays, bool):
                if data__maxpublicationdelaydays < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_publication_delay_days must be bigger than or equal to 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_externalevaluatoraccess(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "evaluators" in data_keys:
            data_keys.remove("evaluators")
            data__evaluators = data["evaluators"]
            if not isinstance(data__evaluators, (int, NoneType)) and not (isinstance(data__evaluators, float) and data__evaluators.is_integer()) or isinstance(data__evaluators, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluators must be integer or null")
            if isinstance(data__evaluators, (int, float, Decimal)) and not isinstance(data__evaluators, bool):
                if data__evaluators < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluators must be bigger than or equal to 0")
        if "free_of_charge" in data_keys:
            data_keys.remove("free_of_charge")
            data__freeofcharge = data["free_of_charge"]
            if not isinstance(data__freeofcharge, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".free_of_charge must be boolean or null")
        if "most_capable_versions" in data_keys:
            data_keys.remove("most_capable_versions")
            data__mostcapableversions = data["most_capable_versions"]
            if not isinstance(data__mostcapableversions, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".most_capable_versions must be boolean or null")
        if "chains_of_thought" in data_keys:
            data_keys.remove("chains_of_thought")
            data__chainsofthought = data["chains_of_thought"]
            if not isinstance(data__chainsofthought, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chains_of_thought must be boolean or null")
        if "fewest_mitigations_version" in data_keys:
            data_keys.remove("fewest_mitigations_version")
            data__fewestmitigationsversion = data["fewest_mitigations_version"]
            if not isinstance(data__fewestmitigationsversion, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fewest_mitigations_version must be boolean or null")
        if "selection_criteria_url" in data_keys:
            data_keys.remove("selection_criteria_url")
            data__selectioncriteriaurl = data["selection_criteria_url"]
            if not isinstance(data__selectioncriteriaurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".selection_criteria_url must be string or null")
        if "no_training_on_evaluator_data" in data_keys:
            data_keys.remove("no_training_on_evaluator_data")
            data__notrainingonevaluatordata = data["no_training_on_evaluator_data"]
            if not isinstance(data__notrainingonevaluatordata, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".no_training_on_evaluator_data must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_riskregister(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "identification" in data_keys:
            data_keys.remove("identification")
            data__identification = data["identification"]
            if not isinstance(data__identification, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".identification must be object or null")
            validate____defs_identificationprocess(data__identification, custom_formats, (name_prefix or "data") + ".identification")
        if "risks" in data_keys:
            data_keys.remove("risks")
            data__risks = data["risks"]
            if not isinstance(data__risks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks must be array")
            data__risks_is_list = isinstance(data__risks, (list, tuple))
            if data__risks_is_list:
                data__risks_len = len(data__risks)
                for data__risks_x, data__risks_item in enumerate(data__risks):
                    if not isinstance(data__risks_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".risks[{data__risks_x}]".format(**locals()) + " must be object")
                    validate____defs_identifiedrisk(data__risks_item, custom_formats, (name_prefix or "data") + ".risks[{data__risks_x}]".format(**locals()))
        if "overall_determination" in data_keys:
            data_keys.remove("overall_determination")
            data__overalldetermination = data["overall_determination"]
            if not isinstance(data__overalldetermination, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".overall_determination must be string or null")
            if not (isinstance(data__overalldetermination, str) and data__overalldetermination == 'acceptable' or isinstance(data__overalldetermination, str) and data__overalldetermination == 'not_acceptable' or data__overalldetermination is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".overall_determination must be one of ['acceptable', 'not_acceptable', None]")
        if "proceeding_decision" in data_keys:
            data_keys.remove("proceeding_decision")
            data__proceedingdecision = data["proceeding_decision"]
            if not isinstance(data__proceedingdecision, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".proceeding_decision must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_identifiedrisk(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$")
        if "specified" in data_keys:
            data_keys.remove("specified")
            data__specified = data["specified"]
            if not isinstance(data__specified, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".specified must be string or null")
            if not (isinstance(data__specified, str) and data__specified == 'cbrn' or isinstance(data__specified, str) and data__specified == 'loss_of_control' or isinstance(data__specified, str) and data__specified == 'cyber_offence' or isinstance(data__specified, str) and data__specified == 'harmful_manipulation' or data__specified is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".specified must be one of ['cbrn', 'loss_of_control', 'cyber_offence', 'harmful_manipulation', None]")
        if "types" in data_keys:
            data_keys.remove("types")
            data__types = data["types"]
            if not isinstance(data__types, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".types must be array")
            data__types_is_list = isinstance(data__types, (list, tuple))
            if data__types_is_list:
                data__types_len = len(data__types)
                for data__types_x, data__types_item in enumerate(data__types):
                    if not isinstance(data__types_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".types[{data__types_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__types_item, str) and data__types_item == 'public_health' or isinstance(data__types_item, str) and data__types_item == 'safety' or isinstance(data__types_item, str) and data__types_item == 'public_security' or isinstance(data__types_item, str) and data__types_item == 'fundamental_rights' or isinstance(data__types_item, str) and data__types_item == 'society' or isinstance(data__types_item, str) and data__types_item == 'public_health_safety_security'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".types[{data__types_x}]".format(**locals()) + " must be one of ['public_health', 'safety', 'public_security', 'fundamental_rights', 'society', 'public_health_safety_security']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "nature" in data_keys:
            data_keys.remove("nature")
            data__nature = data["nature"]
            if not isinstance(data__nature, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".nature must be object or null")
            validate____defs_risknature(data__nature, custom_formats, (name_prefix or "data") + ".nature")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            if not isinstance(data__sources, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be object or null")
            validate____defs_risksources(data__sources, custom_formats, (name_prefix or "data") + ".sources")
        if "scenarios" in data_keys:
            data_keys.remove("scenarios")
            data__scenarios = data["scenarios"]
            if not isinstance(data__scenarios, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios must be array")
            data__scenarios_is_list = isinstance(data__scenarios, (list, tuple))
            if data__scenarios_is_list:
                data__scenarios_len = len(data__scenarios)
                for data__scenarios_x, data__scenarios_item in enumerate(data__scenarios):
                    if not isinstance(data__scenarios_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios[{data__scenarios_x}]".format(**locals()) + " must be string")
        if "analysis" in data_keys:
            data_keys.remove("analysis")
            data__analysis = data["analysis"]
            if not isinstance(data__analysis, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".analysis must be object or null")
            validate____defs_riskanalysis(data__analysis, custom_formats, (name_prefix or "data") + ".analysis")
        if "acceptance" in data_keys:
            data_keys.remove("acceptance")
            data__acceptance = data["acceptance"]
            if not isinstance(data__acceptance, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acceptance must be object or null")
            validate____defs_acceptance(data__acceptance, custom_formats, (name_prefix or "data") + ".acceptance")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_acceptance(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "tiers" in data_keys:
            data_keys.remove("tiers")
            data__tiers = data["tiers"]
            if not isinstance(data__tiers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiers must be array")
            data__tiers_is_list = isinstance(data__tiers, (list, tuple))
            if data__tiers_is_list:
                data__tiers_len = len(data__tiers)
                for data__tiers_x, data__tiers_item in enumerate(data__tiers):
                    if not isinstance(data__tiers_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiers[{data__tiers_x}]".format(**locals()) + " must be object")
                    validate____defs_risktier(data__tiers_item, custom_formats, (name_prefix or "data") + ".tiers[{data__tiers_x}]".format(**locals()))
        if "other_criteria" in data_keys:
            data_keys.remove("other_criteria")
            data__othercriteria = data["other_criteria"]
            if not isinstance(data__othercriteria, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_criteria must be string or null")
        if "other_criteria_justification" in data_keys:
            data_keys.remove("other_criteria_justification")
            data__othercriteriajustification = data["other_criteria_justification"]
            if not isinstance(data__othercriteriajustification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_criteria_justification must be string or null")
        if "safety_margin" in data_keys:
            data_keys.remove("safety_margin")
            data__safetymargin = data["safety_margin"]
            if not isinstance(data__safetymargin, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".safety_margin must be string or null")
        if "determination" in data_keys:
            data_keys.remove("determination")
            data__determination = data["determination"]
            if not isinstance(data__determination, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".determination must be string or null")
            if not (isinstance(data__determination, str) and data__determination == 'acceptable' or isinstance(data__determination, str) and data__determination == 'not_acceptable' or data__determination is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".determination must be one of ['acceptable', 'not_acceptable', None]")
        if "determined_on" in data_keys:
            data_keys.remove("determined_on")
            data__determinedon = data["determined_on"]
            if not isinstance(data__determinedon, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".determined_on must be string or null")
            if isinstance(data__determinedon, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__determinedon):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".determined_on must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_risktier(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'reached']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "threshold" in data_keys:
            data_keys.remove("threshold")
            data__threshold = data["threshold"]
            if not isinstance(data__threshold, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".threshold must be string or null")
        if "measurement" in data_keys:
            data_keys.remove("measurement")
            data__measurement = data["measurement"]
            if not isinstance(data__measurement, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measurement must be string or null")
        if "reached" in data_keys:
            data_keys.remove("reached")
            data__reached = data["reached"]
            if not isinstance(data__reached, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reached must be boolean")
        if "unacceptable" in data_keys:
            data_keys.remove("unacceptable")
            data__unacceptable = data["unacceptable"]
            if not isinstance(data__unacceptable, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unacceptable must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_riskanalysis(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "model_independent_information" in data_keys:
            data_keys.remove("model_independent_information")
            data__modelindependentinformation = data["model_independent_information"]
            if not isinstance(data__modelindependentinformation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_independent_information must be string or null")
        if "evaluations" in data_keys:
            data_keys.remove("evaluations")
            data__evaluations = data["evaluations"]
            if not isinstance(data__evaluations, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluations must be object or null")
            validate____defs_modelevaluations(data__evaluations, custom_formats, (name_prefix or "data") + ".evaluations")
        if "modelling" in data_keys:
            data_keys.remove("modelling")
            data__modelling = data["modelling"]
            if not isinstance(data__modelling, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modelling must be string or null")
        if "estimate" in data_keys:
            data_keys.remove("estimate")
            data__estimate = data["estimate"]
            if not isinstance(data__estimate, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".estimate must be object or null")
            validate____defs_riskestimate(data__estimate, custom_formats, (name_prefix or "data") + ".estimate")
        if "post_market_monitoring" in data_keys:
            data_keys.remove("post_market_monitoring")
            data__postmarketmonitoring = data["post_market_monitoring"]
            if not isinstance(data__postmarketmonitoring, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".post_market_monitoring must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_riskestimate(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not isinstance(data__format, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be string or null")
            if not (isinstance(data__format, str) and data__format == 'risk_score' or isinstance(data__format, str) and data__format == 'risk_matrix' or isinstance(data__format, str) and data__format == 'probability_distribution' or isinstance(data__format, str) and data__format == 'other' or data__format is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be one of ['risk_score', 'risk_matrix', 'probability_distribution', 'other', None]")
        if "probability" in data_keys:
            data_keys.remove("probability")
            data__probability = data["probability"]
            if not isinstance(data__probability, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".probability must be string or null")
        if "severity" in data_keys:
            data_keys.remove("severity")
            data__severity = data["severity"]
            if not isinstance(data__severity, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".severity must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modelevaluations(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "methods" in data_keys:
            data_keys.remove("methods")
            data__methods = data["methods"]
            if not isinstance(data__methods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".methods must be array")
            data__methods_is_list = isinstance(data__methods, (list, tuple))
            if data__methods_is_list:
                data__methods_len = len(data__methods)
                for data__methods_x, data__methods_item in enumerate(data__methods):
                    if not isinstance(data__methods_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".methods[{data__methods_x}]".format(**locals()) + " must be string")
        if "open_ended_testing" in data_keys:
            data_keys.remove("open_ended_testing")
            data__openendedtesting = data["open_ended_testing"]
            if not isinstance(data__openendedtesting, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".open_ended_testing must be boolean or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_risksources(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "capabilities" in data_keys:
            data_keys.remove("capabilities")
            data__capabilities = data["capabilities"]
            if not isinstance(data__capabilities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capabilities must be array")
            data__capabilities_is_list = isinstance(data__capabilities, (list, tuple))
            if data__capabilities_is_list:
                data__capabilities_len = len(data__capabilities)
                for data__capabilities_x, data__capabilities_item in enumerate(data__capabilities):
                    if not isinstance(data__capabilities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".capabilities[{data__capabilities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__capabilities_item, str) and data__capabilities_item == 'offensive_cyber' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'cbrn_weapons' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'fundamental_rights_infringement' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'manipulation_persuasion_deception' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'autonomous_operation' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'adaptive_learning' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'long_horizon_planning' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'self_reasoning' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'oversight_evasion' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'self_replication_or_improvement' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'ai_research_automation' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'multiple_modalities' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'tool_use' or isinstance(data__capabilities_item, str) and data__capabilities_item == 'physical_system_control'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".capabilities[{data__capabilities_x}]".format(**locals()) + " must be one of ['offensive_cyber', 'cbrn_weapons', 'fundamental_rights_infringement', 'manipulation_persuasion_deception', 'autonomous_operation', 'adaptive_learning', 'long_horizon_planning', 'self_reasoning', 'oversight_evasion', 'self_replication_or_improvement', 'ai_research_automation', 'multiple_modalities', 'tool_use', 'physical_system_control']")
        if "propensities" in data_keys:
            data_keys.remove("propensities")
            data__propensities = data["propensities"]
            if not isinstance(data__propensities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".propensities must be array")
            data__propensities_is_list = isinstance(data__propensities, (list, tuple))
            if data__propensities_is_list:
                data__propensities_len = len(data__propensities)
                for data__propensities_x, data__propensities_item in enumerate(data__propensities):
                    if not isinstance(data__propensities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".propensities[{data__propensities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__propensities_item, str) and data__propensities_item == 'misalignment_with_intent' or isinstance(data__propensities_item, str) and data__propensities_item == 'misalignment_with_values' or isinstance(data__propensities_item, str) and data__propensities_item == 'harmful_deployment_tendency' or isinstance(data__propensities_item, str) and data__propensities_item == 'hallucination_or_misinformation' or isinstance(data__propensities_item, str) and data__propensities_item == 'discriminatory_bias' or isinstance(data__propensities_item, str) and data__propensities_item == 'unreliable_performance' or isinstance(data__propensities_item, str) and data__propensities_item == 'lawlessness' or isinstance(data__propensities_item, str) and data__propensities_item == 'goal_pursuit_or_power_seeking' or isinstance(data__propensities_item, str) and data__propensities_item == 'collusion' or isinstance(data__propensities_item, str) and data__propensities_item == 'miscoordination_or_conflict' or isinstance(data__propensities_item, str) and data__propensities_item == 'misalignment_with_intent_or_values'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".propensities[{data__propensities_x}]".format(**locals()) + " must be one of ['misalignment_with_intent', 'misalignment_with_values', 'harmful_deployment_tendency', 'hallucination_or_misinformation', 'discriminatory_bias', 'unreliable_performance', 'lawlessness', 'goal_pursuit_or_power_seeking', 'collusion', 'miscoordination_or_conflict', 'misalignment_with_intent_or_values']")
        if "affordances" in data_keys:
            data_keys.remove("affordances")
            data__affordances = data["affordances"]
            if not isinstance(data__affordances, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordances must be array")
            data__affordances_is_list = isinstance(data__affordances, (list, tuple))
            if data__affordances_is_list:
                data__affordances_len = len(data__affordances)
                for data__affordances_x, data__affordances_item in enumerate(data__affordances):
                    if not isinstance(data__affordances_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordances[{data__affordances_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__affordances_item, str) and data__affordances_item == 'access_to_tools_compute_physical_systems' or isinstance(data__affordances_item, str) and data__affordances_item == 'scalability' or isinstance(data__affordances_item, str) and data__affordances_item == 'release_and_distribution' or isinstance(data__affordances_item, str) and data__affordances_item == 'human_oversight_level' or isinstance(data__affordances_item, str) and data__affordances_item == 'guardrail_removal_vulnerability' or isinstance(data__affordances_item, str) and data__affordances_item == 'exfiltration_vulnerability' or isinstance(data__affordances_item, str) and data__affordances_item == 'infrastructure_security_gaps' or isinstance(data__affordances_item, str) and data__affordances_item == 'user_numbers' or isinstance(data__affordances_item, str) and data__affordances_item == 'offence_defence_balance' or isinstance(data__affordances_item, str) and data__affordances_item == 'environment_vulnerability' or isinstance(data__affordances_item, str) and data__affordances_item == 'lack_of_explainability' or isinstance(data__affordances_item, str) and data__affordances_item == 'interactions_with_other_ai' or isinstance(data__affordances_item, str) and data__affordances_item == 'inappropriate_use'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".affordances[{data__affordances_x}]".format(**locals()) + " must be one of ['access_to_tools_compute_physical_systems', 'scalability', 'release_and_distribution', 'human_oversight_level', 'guardrail_removal_vulnerability', 'exfiltration_vulnerability', 'infrastructure_security_gaps', 'user_numbers', 'offence_defence_balance', 'environment_vulnerability', 'lack_of_explainability', 'interactions_with_other_ai', 'inappropriate_use']")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_risknature(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "essential" in data_keys:
            data_keys.remove("essential")
            data__essential = data["essential"]
            if not isinstance(data__essential, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".essential must be array")
            data__essential_is_list = isinstance(data__essential, (list, tuple))
            if data__essential_is_list:
                data__essential_len = len(data__essential)
                for data__essential_x, data__essential_item in enumerate(data__essential):
                    if not isinstance(data__essential_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".essential[{data__essential_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__essential_item, str) and data__essential_item == 'high_impact_capabilities' or isinstance(data__essential_item, str) and data__essential_item == 'union_market_impact' or isinstance(data__essential_item, str) and data__essential_item == 'value_chain_propagation'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".essential[{data__essential_x}]".format(**locals()) + " must be one of ['high_impact_capabilities', 'union_market_impact', 'value_chain_propagation']")
        if "contributing" in data_keys:
            data_keys.remove("contributing")
            data__contributing = data["contributing"]
            if not isinstance(data__contributing, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributing must be array")
            data__contributing_is_list = isinstance(data__contributing, (list, tuple))
            if data__contributing_is_list:
                data__contributing_len = len(data__contributing)
                for data__contributing_x, data__contributing_item in enumerate(data__contributing):
                    if not isinstance(data__contributing_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributing[{data__contributing_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__contributing_item, str) and data__contributing_item == 'capability_dependent' or isinstance(data__contributing_item, str) and data__contributing_item == 'reach_dependent' or isinstance(data__contributing_item, str) and data__contributing_item == 'high_velocity' or isinstance(data__contributing_item, str) and data__contributing_item == 'compounding_or_cascading' or isinstance(data__contributing_item, str) and data__contributing_item == 'irreversible' or isinstance(data__contributing_item, str) and data__contributing_item == 'asymmetric_impact'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributing[{data__contributing_x}]".format(**locals()) + " must be one of ['capability_dependent', 'reach_dependent', 'high_velocity', 'compounding_or_cascading', 'irreversible', 'asymmetric_impact']")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_identificationprocess(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "types_considered" in data_keys:
            data_keys.remove("types_considered")
            data__typesconsidered = data["types_considered"]
            if not isinstance(data__typesconsidered, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".types_considered must be array")
            data__typesconsidered_is_list = isinstance(data__typesconsidered, (list, tuple))
            if data__typesconsidered_is_list:
                data__typesconsidered_len = len(data__typesconsidered)
                for data__typesconsidered_x, data__typesconsidered_item in enumerate(data__typesconsidered):
                    if not isinstance(data__typesconsidered_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".types_considered[{data__typesconsidered_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'public_health' or isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'safety' or isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'public_security' or isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'fundamental_rights' or isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'society' or isinstance(data__typesconsidered_item, str) and data__typesconsidered_item == 'public_health_safety_security'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".types_considered[{data__typesconsidered_x}]".format(**locals()) + " must be one of ['public_health', 'safety', 'public_security', 'fundamental_rights', 'society', 'public_health_safety_security']")
        if "information_sources" in data_keys:
            data_keys.remove("information_sources")
            data__informationsources = data["information_sources"]
            if not isinstance(data__informationsources, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".information_sources must be array")
            data__informationsources_is_list = isinstance(data__informationsources, (list, tuple))
            if data__informationsources_is_list:
                data__informationsources_len = len(data__informationsources)
                for data__informationsources_x, data__informationsources_item in enumerate(data__informationsources):
                    if not isinstance(data__informationsources_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".information_sources[{data__informationsources_x}]".format(**locals()) + " must be string")
        if "nature_and_sources_analysed" in data_keys:
            data_keys.remove("nature_and_sources_analysed")
            data__natureandsourcesanalysed = data["nature_and_sources_analysed"]
            if not isinstance(data__natureandsourcesanalysed, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".nature_and_sources_analysed must be boolean or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_cybersecurity(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "measures" in data_keys:
            data_keys.remove("measures")
            data__measures = data["measures"]
            if not isinstance(data__measures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measures must be array")
            data__measures_is_list = isinstance(data__measures, (list, tuple))
            if data__measures_is_list:
                data__measures_len = len(data__measures)
                for data__measures_x, data__measures_item in enumerate(data__measures):
                    if not isinstance(data__measures_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".measures[{data__measures_x}]".format(**locals()) + " must be string")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_seriousincidents(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "process" in data_keys:
            data_keys.remove("process")
            data__process = data["process"]
            if not isinstance(data__process, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".process must be array")
            data__process_is_list = isinstance(data__process, (list, tuple))
            if data__process_is_list:
                data__process_len = len(data__process)
                for data__process_x, data__process_item in enumerate(data__process):
                    if not isinstance(data__process_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".process[{data__process_x}]".format(**locals()) + " must be string")
        if "reporting_contact" in data_keys:
            data_keys.remove("reporting_contact")
            data__reportingcontact = data["reporting_contact"]
            if not isinstance(data__reportingcontact, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_contact must be string or null")
        if "records_retention_years" in data_keys:
            data_keys.remove("records_retention_years")
            data__recordsretentionyears = data["records_retention_years"]
            if not isinstance(data__recordsretentionyears, (int, NoneType)) and not (isinstance(data__recordsretentionyears, float) and data__recordsretentionyears.is_integer()) or isinstance(data__recordsretentionyears, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".records_retention_years must be integer or null")
            if isinstance(data__recordsretentionyears, (int, float, Decimal)) and not isinstance(data__recordsretentionyears, bool):
                if data__recordsretentionyears < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".records_retention_years must be bigger than or equal to 0")
        if "identification_methods" in data_keys:
            data_keys.remove("identification_methods")
            data__identificationmethods = data["identification_methods"]
            if not isinstance(data__identificationmethods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".identification_methods must be array")
            data__identificationmethods_is_list = isinstance(data__identificationmethods, (list, tuple))
            if data__identificationmethods_is_list:
                data__identificationmethods_len = len(data__identificationmethods)
                for data__identificationmethods_x, data__identificationmethods_item in enumerate(data__identificationmethods):
                    if not isinstance(data__identificationmethods_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".identification_methods[{data__identificationmethods_x}]".format(**locals()) + " must be string")
        if "external_reporting_channel" in data_keys:
            data_keys.remove("external_reporting_channel")
            data__externalreportingchannel = data["external_reporting_channel"]
            if not isinstance(data__externalreportingchannel, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_reporting_channel must be string or null")
        if "log" in data_keys:
            data_keys.remove("log")
            data__log = data["log"]
            if not isinstance(data__log, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".log must be array")
            data__log_is_list = isinstance(data__log, (list, tuple))
            if data__log_is_list:
                data__log_len = len(data__log)
                for data__log_x, data__log_item in enumerate(data__log):
                    if not isinstance(data__log_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".log[{data__log_x}]".format(**locals()) + " must be object")
                    validate____defs_incident(data__log_item, custom_formats, (name_prefix or "data") + ".log[{data__log_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_incident(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'category', 'aware']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string")
            if not (isinstance(data__category, str) and data__category == 'critical_infrastructure' or isinstance(data__category, str) and data__category == 'cybersecurity_breach' or isinstance(data__category, str) and data__category == 'death' or isinstance(data__category, str) and data__category == 'serious_harm'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be one of ['critical_infrastructure', 'cybersecurity_breach', 'death', 'serious_harm']")
        if "aware" in data_keys:
            data_keys.remove("aware")
            data__aware = data["aware"]
            if not isinstance(data__aware, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".aware must be string")
            if isinstance(data__aware, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aware):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".aware must be date")
        if "initial_report" in data_keys:
            data_keys.remove("initial_report")
            data__initialreport = data["initial_report"]
            if not isinstance(data__initialreport, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".initial_report must be string or null")
            if isinstance(data__initialreport, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__initialreport):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".initial_report must be date")
        if "intermediate_reports" in data_keys:
            data_keys.remove("intermediate_reports")
            data__intermediatereports = data["intermediate_reports"]
            if not isinstance(data__intermediatereports, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".intermediate_reports must be array")
            data__intermediatereports_is_list = isinstance(data__intermediatereports, (list, tuple))
            if data__intermediatereports_is_list:
                data__intermediatereports_len = len(data__intermediatereports)
                for data__intermediatereports_x, data__intermediatereports_item in enumerate(data__intermediatereports):
                    if not isinstance(data__intermediatereports_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".intermediate_reports[{data__intermediatereports_x}]".format(**locals()) + " must be string")
                    if isinstance(data__intermediatereports_item, str):
                        if not REGEX_PATTERNS["date_re_pattern"].match(data__intermediatereports_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".intermediate_reports[{data__intermediatereports_x}]".format(**locals()) + " must be date")
        if "resolved" in data_keys:
            data_keys.remove("resolved")
            data__resolved = data["resolved"]
            if not isinstance(data__resolved, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".resolved must be string or null")
            if isinstance(data__resolved, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__resolved):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".resolved must be date")
        if "final_report" in data_keys:
            data_keys.remove("final_report")
            data__finalreport = data["final_report"]
            if not isinstance(data__finalreport, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".final_report must be string or null")
            if isinstance(data__finalreport, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__finalreport):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".final_report must be date")
        if "information" in data_keys:
            data_keys.remove("information")
            data__information = data["information"]
            if not isinstance(data__information, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".information must be object or null")
            validate____defs_incidentinformation(data__information, custom_formats, (name_prefix or "data") + ".information")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_incidentinformation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "dates" in data_keys:
            data_keys.remove("dates")
            data__dates = data["dates"]
            if not isinstance(data__dates, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dates must be boolean or null")
        if "harm" in data_keys:
            data_keys.remove("harm")
            data__harm = data["harm"]
            if not isinstance(data__harm, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".harm must be boolean or null")
        if "chain_of_events" in data_keys:
            data_keys.remove("chain_of_events")
            data__chainofevents = data["chain_of_events"]
            if not isinstance(data__chainofevents, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chain_of_events must be boolean or null")
        if "model_involved" in data_keys:
            data_keys.remove("model_involved")
            data__modelinvolved = data["model_involved"]
            if not isinstance(data__modelinvolved, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_involved must be boolean or null")
        if "involvement_evidence" in data_keys:
            data_keys.remove("involvement_evidence")
            data__involvementevidence = data["involvement_evidence"]
            if not isinstance(data__involvementevidence, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".involvement_evidence must be boolean or null")
        if "response" in data_keys:
            data_keys.remove("response")
            data__response = data["response"]
            if not isinstance(data__response, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".response must be boolean or null")
        if "recommendations" in data_keys:
            data_keys.remove("recommendations")
            data__recommendations = data["recommendations"]
            if not isinstance(data__recommendations, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recommendations must be boolean or null")
        if "root_cause" in data_keys:
            data_keys.remove("root_cause")
            data__rootcause = data["root_cause"]
            if not isinstance(data__rootcause, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".root_cause must be boolean or null")
        if "monitoring_patterns" in data_keys:
            data_keys.remove("monitoring_patterns")
            data__monitoringpatterns = data["monitoring_patterns"]
            if not isinstance(data__monitoringpatterns, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".monitoring_patterns must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_riskassessment(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "last_assessed" in data_keys:
            data_keys.remove("last_assessed")
            data__lastassessed = data["last_assessed"]
            if not isinstance(data__lastassessed, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_assessed must be string or null")
            if isinstance(data__lastassessed, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastassessed):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_assessed must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "mitigations_evidence" in data_keys:
            data_keys.remove("mitigations_evidence")
            data__mitigationsevidence = data["mitigations_evidence"]
            if not isinstance(data__mitigationsevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigations_evidence must be array")
            data__mitigationsevidence_is_list = isinstance(data__mitigationsevidence, (list, tuple))
            if data__mitigationsevidence_is_list:
                data__mitigationsevidence_len = len(data__mitigationsevidence)
                for data__mitigationsevidence_x, data__mitigationsevidence_item in enumerate(data__mitigationsevidence):
                    if not isinstance(data__mitigationsevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigations_evidence[{data__mitigationsevidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_evaluations(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "protocols" in data_keys:
            data_keys.remove("protocols")
            data__protocols = data["protocols"]
            if not isinstance(data__protocols, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".protocols must be array")
            data__protocols_is_list = isinstance(data__protocols, (list, tuple))
            if data__protocols_is_list:
                data__protocols_len = len(data__protocols)
                for data__protocols_x, data__protocols_item in enumerate(data__protocols):
                    if not isinstance(data__protocols_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".protocols[{data__protocols_x}]".format(**locals()) + " must be string")
        if "adversarial_testing" in data_keys:
            data_keys.remove("adversarial_testing")
            data__adversarialtesting = data["adversarial_testing"]
            if not isinstance(data__adversarialtesting, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adversarial_testing must be boolean or null")
        if "last_run" in data_keys:
            data_keys.remove("last_run")
            data__lastrun = data["last_run"]
            if not isinstance(data__lastrun, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_run must be string or null")
            if isinstance(data__lastrun, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastrun):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_run must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_framework(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or null")
        if "confirmed_date" in data_keys:
            data_keys.remove("confirmed_date")
            data__confirmeddate = data["confirmed_date"]
            if not isinstance(data__confirmeddate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed_date must be string or null")
            if isinstance(data__confirmeddate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__confirmeddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed_date must be date")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if "contents" in data_keys:
            data_keys.remove("contents")
            data__contents = data["contents"]
            if not isinstance(data__contents, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contents must be object or null")
            validate____defs_frameworkcontents(data__contents, custom_formats, (name_prefix or "data") + ".contents")
        if "implementation" in data_keys:
            data_keys.remove("implementation")
            data__implementation = data["implementation"]
            if not isinstance(data__implementation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".implementation must be object or null")
            validate____defs_frameworkimplementation(data__implementation, custom_formats, (name_prefix or "data") + ".implementation")
        if "updates" in data_keys:
            data_keys.remove("updates")
            data__updates = data["updates"]
            if not isinstance(data__updates, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updates must be array")
            data__updates_is_list = isinstance(data__updates, (list, tuple))
            if data__updates_is_list:
                data__updates_len = len(data__updates)
                for data__updates_x, data__updates_item in enumerate(data__updates):
                    if not isinstance(data__updates_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".updates[{data__updates_x}]".format(**locals()) + " must be object")
                    validate____defs_frameworkupdate(data__updates_item, custom_formats, (name_prefix or "data") + ".updates[{data__updates_x}]".format(**locals()))
        if "assessments" in data_keys:
            data_keys.remove("assessments")
            data__assessments = data["assessments"]
            if not isinstance(data__assessments, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessments must be array")
            data__assessments_is_list = isinstance(data__assessments, (list, tuple))
            if data__assessments_is_list:
                data__assessments_len = len(data__assessments)
                for data__assessments_x, data__assessments_item in enumerate(data__assessments):
                    if not isinstance(data__assessments_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessments[{data__assessments_x}]".format(**locals()) + " must be object")
                    validate____defs_frameworkassessment(data__assessments_item, custom_formats, (name_prefix or "data") + ".assessments[{data__assessments_x}]".format(**locals()))
        if "model_assessment" in data_keys:
            data_keys.remove("model_assessment")
            data__modelassessment = data["model_assessment"]
            if not isinstance(data__modelassessment, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_assessment must be object or null")
            validate____defs_modeladequacyassessment(data__modelassessment, custom_formats, (name_prefix or "data") + ".model_assessment")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modeladequacyassessment(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date")
        if "model_description" in data_keys:
            data_keys.remove("model_description")
            data__modeldescription = data["model_description"]
            if not isinstance(data__modeldescription, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_description must be string or null")
        if "risk_identification" in data_keys:
            data_keys.remove("risk_identification")
            data__riskidentification = data["risk_identification"]
            if not isinstance(data__riskidentification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".risk_identification must be string or null")
        if "forecasts" in data_keys:
            data_keys.remove("forecasts")
            data__forecasts = data["forecasts"]
            if not isinstance(data__forecasts, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".forecasts must be string or null")
        if "analysis_results" in data_keys:
            data_keys.remove("analysis_results")
            data__analysisresults = data["analysis_results"]
            if not isinstance(data__analysisresults, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".analysis_results must be string or null")
        if "mitigation_plans" in data_keys:
            data_keys.remove("mitigation_plans")
            data__mitigationplans = data["mitigation_plans"]
            if not isinstance(data__mitigationplans, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mitigation_plans must be string or null")
        if "development_risks" in data_keys:
            data_keys.remove("development_risks")
            data__developmentrisks = data["development_risks"]
            if not isinstance(data__developmentrisks, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".development_risks must be string or null")
        if "supervisory_body" in data_keys:
            data_keys.remove("supervisory_body")
            data__supervisorybody = data["supervisory_body"]
            if not isinstance(data__supervisorybody, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".supervisory_body must be string or null")
            if isinstance(data__supervisorybody, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__supervisorybody):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".supervisory_body must be date")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_frameworkassessment(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string")
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date")
        if "adequacy" in data_keys:
            data_keys.remove("adequacy")
            data__adequacy = data["adequacy"]
            if not isinstance(data__adequacy, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adequacy must be string or null")
        if "adherence" in data_keys:
            data_keys.remove("adherence")
            data__adherence = data["adherence"]
            if not isinstance(data__adherence, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adherence must be string or null")
        if "supervisory_body" in data_keys:
            data_keys.remove("supervisory_body")
            data__supervisorybody = data["supervisory_body"]
            if not isinstance(data__supervisorybody, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".supervisory_body must be string or null")
            if isinstance(data__supervisorybody, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__supervisorybody):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".supervisory_body must be date")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_frameworkupdate(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['version', 'confirmed']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string")
        if "confirmed" in data_keys:
            data_keys.remove("confirmed")
            data__confirmed = data["confirmed"]
            if not isinstance(data__confirmed, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed must be string")
            if isinstance(data__confirmed, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__confirmed):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".confirmed must be date")
        if "changelog" in data_keys:
            data_keys.remove("changelog")
            data__changelog = data["changelog"]
            if not isinstance(data__changelog, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".changelog must be string or null")
        if "ai_office_access" in data_keys:
            data_keys.remove("ai_office_access")
            data__aiofficeaccess = data["ai_office_access"]
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be string or null")
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__aiofficeaccess):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_access must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_frameworkimplementation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "lighter_touch_evaluations" in data_keys:
            data_keys.remove("lighter_touch_evaluations")
            data__lightertouchevaluations = data["lighter_touch_evaluations"]
            if not isinstance(data__lightertouchevaluations, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lighter_touch_evaluations must be array")
            data__lightertouchevaluations_is_list = isinstance(data__lightertouchevaluations, (list, tuple))
            if data__lightertouchevaluations_is_list:
                data__lightertouchevaluations_len = len(data__lightertouchevaluations)
                for data__lightertouchevaluations_x, data__lightertouchevaluations_item in enumerate(data__lightertouchevaluations):
                    if not isinstance(data__lightertouchevaluations_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lighter_touch_evaluations[{data__lightertouchevaluations_x}]".format(**locals()) + " must be string")
                    if isinstance(data__lightertouchevaluations_item, str):
                        if not REGEX_PATTERNS["date_re_pattern"].match(data__lightertouchevaluations_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lighter_touch_evaluations[{data__lightertouchevaluations_x}]".format(**locals()) + " must be date")
        if "full_process_completed" in data_keys:
            data_keys.remove("full_process_completed")
            data__fullprocesscompleted = data["full_process_completed"]
            if not isinstance(data__fullprocesscompleted, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".full_process_completed must be string or null")
            if isinstance(data__fullprocesscompleted, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__fullprocesscompleted):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".full_process_completed must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_frameworkcontents(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "processes" in data_keys:
            data_keys.remove("processes")
            data__processes = data["processes"]
            if not isinstance(data__processes, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".processes must be string or null")
        if "trigger_points" in data_keys:
            data_keys.remove("trigger_points")
            data__triggerpoints = data["trigger_points"]
            if not isinstance(data__triggerpoints, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".trigger_points must be string or null")
        if "acceptance_criteria" in data_keys:
            data_keys.remove("acceptance_criteria")
            data__acceptancecriteria = data["acceptance_criteria"]
            if not isinstance(data__acceptancecriteria, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acceptance_criteria must be string or null")
        if "tier_mitigations" in data_keys:
            data_keys.remove("tier_mitigations")
            data__tiermitigations = data["tier_mitigations"]
            if not isinstance(data__tiermitigations, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tier_mitigations must be string or null")
        if "timeline_estimates" in data_keys:
            data_keys.remove("timeline_estimates")
            data__timelineestimates = data["timeline_estimates"]
            if not isinstance(data__timelineestimates, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeline_estimates must be string or null")
        if "external_input" in data_keys:
            data_keys.remove("external_input")
            data__externalinput = data["external_input"]
            if not isinstance(data__externalinput, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_input must be string or null")
        if "responsibility_allocation" in data_keys:
            data_keys.remove("responsibility_allocation")
            data__responsibilityallocation = data["responsibility_allocation"]
            if not isinstance(data__responsibilityallocation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".responsibility_allocation must be string or null")
        if "update_process" in data_keys:
            data_keys.remove("update_process")
            data__updateprocess = data["update_process"]
            if not isinstance(data__updateprocess, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".update_process must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_trainingdatasummary(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or null")
        if "previous_versions_url" in data_keys:
            data_keys.remove("previous_versions_url")
            data__previousversionsurl = data["previous_versions_url"]
            if not isinstance(data__previousversionsurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".previous_versions_url must be string or null")
        if "published" in data_keys:
            data_keys.remove("published")
            data__published = data["published"]
            if not isinstance(data__published, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".published must be string or null")
            if isinstance(data__published, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__published):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".published must be date")
        if "last_updated" in data_keys:
            data_keys.remove("last_updated")
            data__lastupdated = data["last_updated"]
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be string or null")
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastupdated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be date")
        if "further_training" in data_keys:
            data_keys.remove("further_training")
            data__furthertraining = data["further_training"]
            if not isinstance(data__furthertraining, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".further_training must be object or null")
            validate____defs_furthertraining(data__furthertraining, custom_formats, (name_prefix or "data") + ".further_training")
        if "general" in data_keys:
            data_keys.remove("general")
            data__general = data["general"]
            if not isinstance(data__general, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".general must be object or null")
            validate____defs_summarygeneralinformation(data__general, custom_formats, (name_prefix or "data") + ".general")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            if not isinstance(data__sources, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be object or null")
            validate____defs_datasources(data__sources, custom_formats, (name_prefix or "data") + ".sources")
        if "processing" in data_keys:
            data_keys.remove("processing")
            data__processing = data["processing"]
            if not isinstance(data__processing, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".processing must be object or null")
            validate____defs_processing(data__processing, custom_formats, (name_prefix or "data") + ".processing")
        if "legacy_gaps" in data_keys:
            data_keys.remove("legacy_gaps")
            data__legacygaps = data["legacy_gaps"]
            if not isinstance(data__legacygaps, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".legacy_gaps must be object or null")
            validate____defs_legacygaps(data__legacygaps, custom_formats, (name_prefix or "data") + ".legacy_gaps")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_legacygaps(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['declared']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "declared" in data_keys:
            data_keys.remove("declared")
            data__declared = data["declared"]
            if not isinstance(data__declared, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".declared must be boolean")
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_processing(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "rights_reservations" in data_keys:
            data_keys.remove("rights_reservations")
            data__rightsreservations = data["rights_reservations"]
            if not isinstance(data__rightsreservations, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rights_reservations must be object or null")
            validate____defs_optoutrespect(data__rightsreservations, custom_formats, (name_prefix or "data") + ".rights_reservations")
        if "illegal_content_removal" in data_keys:
            data_keys.remove("illegal_content_removal")
            data__illegalcontentremoval = data["illegal_content_removal"]
            if not isinstance(data__illegalcontentremoval, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illegal_content_removal must be string or null")
        if "other_information" in data_keys:
            data_keys.remove("other_information")
            data__otherinformation = data["other_information"]
            if not isinstance(data__otherinformation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_information must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_optoutrespect(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "code_signatory" in data_keys:
            data_keys.remove("code_signatory")
            data__codesignatory = data["code_signatory"]
            if not isinstance(data__codesignatory, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code_signatory must be boolean or null")
        if "measures" in data_keys:
            data_keys.remove("measures")
            data__measures = data["measures"]
            if not isinstance(data__measures, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".measures must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_datasources(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "public_datasets" in data_keys:
            data_keys.remove("public_datasets")
            data__publicdatasets = data["public_datasets"]
            if not isinstance(data__publicdatasets, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public_datasets must be object or null")
            validate____defs_publicdatasets(data__publicdatasets, custom_formats, (name_prefix or "data") + ".public_datasets")
        if "private_datasets" in data_keys:
            data_keys.remove("private_datasets")
            data__privatedatasets = data["private_datasets"]
            if not isinstance(data__privatedatasets, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".private_datasets must be object or null")
            validate____defs_privatedatasets(data__privatedatasets, custom_formats, (name_prefix or "data") + ".private_datasets")
        if "crawled" in data_keys:
            data_keys.remove("crawled")
            data__crawled = data["crawled"]
            if not isinstance(data__crawled, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawled must be object or null")
            validate____defs_crawling(data__crawled, custom_formats, (name_prefix or "data") + ".crawled")
        if "user_data" in data_keys:
            data_keys.remove("user_data")
            data__userdata = data["user_data"]
            if not isinstance(data__userdata, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".user_data must be object or null")
            validate____defs_userdata(data__userdata, custom_formats, (name_prefix or "data") + ".user_data")
        if "synthetic" in data_keys:
            data_keys.remove("synthetic")
            data__synthetic = data["synthetic"]
            if not isinstance(data__synthetic, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".synthetic must be object or null")
            validate____defs_syntheticdata(data__synthetic, custom_formats, (name_prefix or "data") + ".synthetic")
        if "other" in data_keys:
            data_keys.remove("other")
            data__other = data["other"]
            if not isinstance(data__other, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other must be object or null")
            validate____defs_sourceuse(data__other, custom_formats, (name_prefix or "data") + ".other")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_sourceuse(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_syntheticdata(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "generating_models" in data_keys:
            data_keys.remove("generating_models")
            data__generatingmodels = data["generating_models"]
            if not isinstance(data__generatingmodels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".generating_models must be array")
            data__generatingmodels_is_list = isinstance(data__generatingmodels, (list, tuple))
            if data__generatingmodels_is_list:
                data__generatingmodels_len = len(data__generatingmodels)
                for data__generatingmodels_x, data__generatingmodels_item in enumerate(data__generatingmodels):
                    if not isinstance(data__generatingmodels_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".generating_models[{data__generatingmodels_x}]".format(**locals()) + " must be object")
                    validate____defs_generatingmodel(data__generatingmodels_item, custom_formats, (name_prefix or "data") + ".generating_models[{data__generatingmodels_x}]".format(**locals()))
        if "other_models" in data_keys:
            data_keys.remove("other_models")
            data__othermodels = data["other_models"]
            if not isinstance(data__othermodels, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_models must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_generatingmodel(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "summary_url" in data_keys:
            data_keys.remove("summary_url")
            data__summaryurl = data["summary_url"]
            if not isinstance(data__summaryurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary_url must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_userdata(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "from_model_interactions" in data_keys:
            data_keys.remove("from_model_interactions")
            data__frommodelinteractions = data["from_model_interactions"]
            if not isinstance(data__frommodelinteractions, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".from_model_interactions must be boolean or null")
        if "from_other_services" in data_keys:
            data_keys.remove("from_other_services")
            data__fromotherservices = data["from_other_services"]
            if not isinstance(data__fromotherservices, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".from_other_services must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_crawling(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "crawlers" in data_keys:
            data_keys.remove("crawlers")
            data__crawlers = data["crawlers"]
            if not isinstance(data__crawlers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawlers must be array")
            data__crawlers_is_list = isinstance(data__crawlers, (list, tuple))
            if data__crawlers_is_list:
                data__crawlers_len = len(data__crawlers)
                for data__crawlers_x, data__crawlers_item in enumerate(data__crawlers):
                    if not isinstance(data__crawlers_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawlers[{data__crawlers_x}]".format(**locals()) + " must be string")
        if "purposes" in data_keys:
            data_keys.remove("purposes")
            data__purposes = data["purposes"]
            if not isinstance(data__purposes, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".purposes must be string or null")
        if "behaviour" in data_keys:
            data_keys.remove("behaviour")
            data__behaviour = data["behaviour"]
            if not isinstance(data__behaviour, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".behaviour must be string or null")
        if "period_from" in data_keys:
            data_keys.remove("period_from")
            data__periodfrom = data["period_from"]
            if not isinstance(data__periodfrom, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".period_from must be string or null")
            if isinstance(data__periodfrom, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__periodfrom):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period_from must match pattern ^(0[1-9]|1[0-2])/\\d{4}$")
        if "period_to" in data_keys:
            data_keys.remove("period_to")
            data__periodto = data["period_to"]
            if not isinstance(data__periodto, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".period_to must be string or null")
            if isinstance(data__periodto, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__periodto):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period_to must match pattern ^(0[1-9]|1[0-2])/\\d{4}$")
        if "top_domains" in data_keys:
            data_keys.remove("top_domains")
            data__topdomains = data["top_domains"]
            if not isinstance(data__topdomains, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".top_domains must be object or null")
            validate____defs_topdomains(data__topdomains, custom_formats, (name_prefix or "data") + ".top_domains")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_topdomains(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "share_percent" in data_keys:
            data_keys.remove("share_percent")
            data__sharepercent = data["share_percent"]
            if not isinstance(data__sharepercent, (int, float, Decimal, NoneType)) or isinstance(data__sharepercent, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".share_percent must be number or null")
            if isinstance(data__sharepercent, (int, float, Decimal)) and not isinstance(data__sharepercent, bool):
                if data__sharepercent <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".share_percent must be bigger than 0")
        if "count" in data_keys:
            data_keys.remove("count")
            data__count = data["count"]
            if not isinstance(data__count, (int, NoneType)) and not (isinstance(data__count, float) and data__count.is_integer()) or isinstance(data__count, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".count must be integer or null")
            if isinstance(data__count, (int, float, Decimal)) and not isinstance(data__count, bool):
                if data__count < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".count must be bigger than or equal to 0")
        if "list_url" in data_keys:
            data_keys.remove("list_url")
            data__listurl = data["list_url"]
            if not isinstance(data__listurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".list_url must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_privatedatasets(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "licensed" in data_keys:
            data_keys.remove("licensed")
            data__licensed = data["licensed"]
            if not isinstance(data__licensed, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licensed must be object or null")
            validate____defs_sourceuse(data__licensed, custom_formats, (name_prefix or "data") + ".licensed")
        if "other" in data_keys:
            data_keys.remove("other")
            data__other = data["other"]
            if not isinstance(data__other, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other must be object or null")
            validate____defs_privateother(data__other, custom_formats, (name_prefix or "data") + ".other")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_privateother(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "known_names" in data_keys:
            data_keys.remove("known_names")
            data__knownnames = data["known_names"]
            if not isinstance(data__knownnames, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".known_names must be array")
            data__knownnames_is_list = isinstance(data__knownnames, (list, tuple))
            if data__knownnames_is_list:
                data__knownnames_len = len(data__knownnames)
                for data__knownnames_x, data__knownnames_item in enumerate(data__knownnames):
                    if not isinstance(data__knownnames_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".known_names[{data__knownnames_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_publicdatasets(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "large_datasets" in data_keys:
            data_keys.remove("large_datasets")
            data__largedatasets = data["large_datasets"]
            if not isinstance(data__largedatasets, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".large_datasets must be array")
            data__largedatasets_is_list = isinstance(data__largedatasets, (list, tuple))
            if data__largedatasets_is_list:
                data__largedatasets_len = len(data__largedatasets)
                for data__largedatasets_x, data__largedatasets_item in enumerate(data__largedatasets):
                    if not isinstance(data__largedatasets_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".large_datasets[{data__largedatasets_x}]".format(**locals()) + " must be object")
                    validate____defs_nameddataset(data__largedatasets_item, custom_formats, (name_prefix or "data") + ".large_datasets[{data__largedatasets_x}]".format(**locals()))
        if "no_large_datasets" in data_keys:
            data_keys.remove("no_large_datasets")
            data__nolargedatasets = data["no_large_datasets"]
            if not isinstance(data__nolargedatasets, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".no_large_datasets must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_nameddataset(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "link" in data_keys:
            data_keys.remove("link")
            data__link = data["link"]
            if not isinstance(data__link, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".link must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_summarygeneralinformation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "provider_contact" in data_keys:
            data_keys.remove("provider_contact")
            data__providercontact = data["provider_contact"]
            if not isinstance(data__providercontact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".provider_contact must be object or null")
            validate____defs_contact(data__providercontact, custom_formats, (name_prefix or "data") + ".provider_contact")
        if "representative_contact" in data_keys:
            data_keys.remove("representative_contact")
            data__representativecontact = data["representative_contact"]
            if not isinstance(data__representativecontact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".representative_contact must be object or null")
            validate____defs_contact(data__representativecontact, custom_formats, (name_prefix or "data") + ".representative_contact")
        if "model_versions" in data_keys:
            data_keys.remove("model_versions")
            data__modelversions = data["model_versions"]
            if not isinstance(data__modelversions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_versions must be array")
            data__modelversions_is_list = isinstance(data__modelversions, (list, tuple))
            if data__modelversions_is_list:
                data__modelversions_len = len(data__modelversions)
                for data__modelversions_x, data__modelversions_item in enumerate(data__modelversions):
                    if not isinstance(data__modelversions_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_versions[{data__modelversions_x}]".format(**locals()) + " must be string")
        if "dependencies" in data_keys:
            data_keys.remove("dependencies")
            data__dependencies = data["dependencies"]
            if not isinstance(data__dependencies, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dependencies must be string or null")
        if "sizes" in data_keys:
            data_keys.remove("sizes")
            data__sizes = data["sizes"]
            if not isinstance(data__sizes, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sizes must be object or null")
            validate____defs_modalitysizes(data__sizes, custom_formats, (name_prefix or "data") + ".sizes")
        if "content_types" in data_keys:
            data_keys.remove("content_types")
            data__contenttypes = data["content_types"]
            if not isinstance(data__contenttypes, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".content_types must be string or null")
        if "latest_collection" in data_keys:
            data_keys.remove("latest_collection")
            data__latestcollection = data["latest_collection"]
            if not isinstance(data__latestcollection, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".latest_collection must be string or null")
            if isinstance(data__latestcollection, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__latestcollection):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".latest_collection must match pattern ^(0[1-9]|1[0-2])/\\d{4}$")
        if "continuous_training" in data_keys:
            data_keys.remove("continuous_training")
            data__continuoustraining = data["continuous_training"]
            if not isinstance(data__continuoustraining, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".continuous_training must be boolean or null")
        if "linguistic_characteristics" in data_keys:
            data_keys.remove("linguistic_characteristics")
            data__linguisticcharacteristics = data["linguistic_characteristics"]
            if not isinstance(data__linguisticcharacteristics, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".linguistic_characteristics must be string or null")
        if "other_characteristics" in data_keys:
            data_keys.remove("other_characteristics")
            data__othercharacteristics = data["other_characteristics"]
            if not isinstance(data__othercharacteristics, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_characteristics must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modalitysizes(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string or null")
            if not (isinstance(data__text, str) and data__text == '<1B tokens' or isinstance(data__text, str) and data__text == '1B-10T tokens' or isinstance(data__text, str) and data__text == '>10T tokens' or data__text is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be one of ['<1B tokens', '1B-10T tokens', '>10T tokens', None]")
        if "images" in data_keys:
            data_keys.remove("images")
            data__images = data["images"]
            if not isinstance(data__images, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".images must be string or null")
            if not (isinstance(data__images, str) and data__images == '<1M images' or isinstance(data__images, str) and data__images == '1M-1B images' or isinstance(data__images, str) and data__images == '>1B images' or data__images is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".images must be one of ['<1M images', '1M-1B images', '>1B images', None]")
        if "audio" in data_keys:
            data_keys.remove("audio")
            data__audio = data["audio"]
            if not isinstance(data__audio, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audio must be string or null")
            if not (isinstance(data__audio, str) and data__audio == '<10K hours' or isinstance(data__audio, str) and data__audio == '10K-1M hours' or isinstance(data__audio, str) and data__audio == '>1M hours' or data__audio is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audio must be one of ['<10K hours', '10K-1M hours', '>1M hours', None]")
        if "video" in data_keys:
            data_keys.remove("video")
            data__video = data["video"]
            if not isinstance(data__video, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".video must be string or null")
            if not (isinstance(data__video, str) and data__video == '<10K hours' or isinstance(data__video, str) and data__video == '10K-1M hours' or isinstance(data__video, str) and data__video == '>1M hours' or data__video is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".video must be one of ['<10K hours', '10K-1M hours', '>1M hours', None]")
        if "other" in data_keys:
            data_keys.remove("other")
            data__other = data["other"]
            if not isinstance(data__other, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other must be string or null")
        if "other_modality" in data_keys:
            data_keys.remove("other_modality")
            data__othermodality = data["other_modality"]
            if not isinstance(data__othermodality, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_modality must be string or null")
        if "approximate" in data_keys:
            data_keys.remove("approximate")
            data__approximate = data["approximate"]
            if not isinstance(data__approximate, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".approximate must be object or null")
            validate____defs_approximatesizes(data__approximate, custom_formats, (name_prefix or "data") + ".approximate")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_approximatesizes(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (int, float, Decimal, NoneType)) or isinstance(data__text, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be number or null")
            if isinstance(data__text, (int, float, Decimal)) and not isinstance(data__text, bool):
                if data__text <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be bigger than 0")
        if "images" in data_keys:
            data_keys.remove("images")
            data__images = data["images"]
            if not isinstance(data__images, (int, float, Decimal, NoneType)) or isinstance(data__images, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".images must be number or null")
            if isinstance(data__images, (int, float, Decimal)) and not isinstance(data__images, bool):
                if data__images <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".images must be bigger than 0")
        if "audio" in data_keys:
            data_keys.remove("audio")
            data__audio = data["audio"]
            if not isinstance(data__audio, (int, float, Decimal, NoneType)) or isinstance(data__audio, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audio must be number or null")
            if isinstance(data__audio, (int, float, Decimal)) and not isinstance(data__audio, bool):
                if data__audio <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".audio must be bigger than 0")
        if "video" in data_keys:
            data_keys.remove("video")
            data__video = data["video"]
            if not isinstance(data__video, (int, float, Decimal, NoneType)) or isinstance(data__video, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".video must be number or null")
            if isinstance(data__video, (int, float, Decimal)) and not isinstance(data__video, bool):
                if data__video <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".video must be bigger than 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_contact(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be string or null")
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string or null")
        if "public" in data_keys:
            data_keys.remove("public")
            data__public = data["public"]
            if not isinstance(data__public, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_furthertraining(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ongoing']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "ongoing" in data_keys:
            data_keys.remove("ongoing")
            data__ongoing = data["ongoing"]
            if not isinstance(data__ongoing, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ongoing must be boolean")
        if "last_data_added" in data_keys:
            data_keys.remove("last_data_added")
            data__lastdataadded = data["last_data_added"]
            if not isinstance(data__lastdataadded, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_data_added must be string or null")
            if isinstance(data__lastdataadded, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastdataadded):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_data_added must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_copyright(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            if not isinstance(data__policy, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy must be object or null")
            validate____defs_copyrightpolicy(data__policy, custom_formats, (name_prefix or "data") + ".policy")
        if "crawls_web" in data_keys:
            data_keys.remove("crawls_web")
            data__crawlsweb = data["crawls_web"]
            if not isinstance(data__crawlsweb, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawls_web must be boolean or null")
        if "lawful_access" in data_keys:
            data_keys.remove("lawful_access")
            data__lawfulaccess = data["lawful_access"]
            if not isinstance(data__lawfulaccess, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lawful_access must be object or null")
            validate____defs_lawfulaccess(data__lawfulaccess, custom_formats, (name_prefix or "data") + ".lawful_access")
        if "rights_reservation" in data_keys:
            data_keys.remove("rights_reservation")
            data__rightsreservation = data["rights_reservation"]
            if not isinstance(data__rightsreservation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rights_reservation must be object or null")
            validate____defs_rightsreservation(data__rightsreservation, custom_formats, (name_prefix or "data") + ".rights_reservation")
        if "non_crawled_content" in data_keys:
            data_keys.remove("non_crawled_content")
            data__noncrawledcontent = data["non_crawled_content"]
            if not isinstance(data__noncrawledcontent, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".non_crawled_content must be object or null")
            validate____defs_noncrawledcontent(data__noncrawledcontent, custom_formats, (name_prefix or "data") + ".non_crawled_content")
        if "output_safeguards" in data_keys:
            data_keys.remove("output_safeguards")
            data__outputsafeguards = data["output_safeguards"]
            if not isinstance(data__outputsafeguards, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_safeguards must be object or null")
            validate____defs_outputsafeguards(data__outputsafeguards, custom_formats, (name_prefix or "data") + ".output_safeguards")
        if "complaints" in data_keys:
            data_keys.remove("complaints")
            data__complaints = data["complaints"]
            if not isinstance(data__complaints, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".complaints must be object or null")
            validate____defs_complaints(data__complaints, custom_formats, (name_prefix or "data") + ".complaints")
        if "legacy_gaps" in data_keys:
            data_keys.remove("legacy_gaps")
            data__legacygaps = data["legacy_gaps"]
            if not isinstance(data__legacygaps, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".legacy_gaps must be object or null")
            validate____defs_legacygaps(data__legacygaps, custom_formats, (name_prefix or "data") + ".legacy_gaps")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_complaints(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object or null")
            validate____defs_contact(data__contact, custom_formats, (name_prefix or "data") + ".contact")
        if "mechanism_url" in data_keys:
            data_keys.remove("mechanism_url")
            data__mechanismurl = data["mechanism_url"]
            if not isinstance(data__mechanismurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanism_url must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_outputsafeguards(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "technical_safeguards" in data_keys:
            data_keys.remove("technical_safeguards")
            data__technicalsafeguards = data["technical_safeguards"]
            if not isinstance(data__technicalsafeguards, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".technical_safeguards must be string or null")
        if "acceptable_use_prohibits_infringement" in data_keys:
            data_keys.remove("acceptable_use_prohibits_infringement")
            data__acceptableuseprohibitsinfringement = data["acceptable_use_prohibits_infringement"]
            if not isinstance(data__acceptableuseprohibitsinfringement, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acceptable_use_prohibits_infringement must be boolean or null")
        if "documentation_warns_infringement" in data_keys:
            data_keys.remove("documentation_warns_infringement")
            data__documentationwarnsinfringement = data["documentation_warns_infringement"]
            if not isinstance(data__documentationwarnsinfringement, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".documentation_warns_infringement must be boolean or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_noncrawledcontent(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "used" in data_keys:
            data_keys.remove("used")
            data__used = data["used"]
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".used must be boolean or null")
        if "robots_txt_information_sought" in data_keys:
            data_keys.remove("robots_txt_information_sought")
            data__robotstxtinformationsought = data["robots_txt_information_sought"]
            if not isinstance(data__robotstxtinformationsought, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".robots_txt_information_sought must be boolean or null")
        if "how" in data_keys:
            data_keys.remove("how")
            data__how = data["how"]
            if not isinstance(data__how, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".how must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_rightsreservation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "robots_txt_rfc9309" in data_keys:
            data_keys.remove("robots_txt_rfc9309")
            data__robotstxtrfc9309 = data["robots_txt_rfc9309"]
            if not isinstance(data__robotstxtrfc9309, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".robots_txt_rfc9309 must be boolean or null")
        if "other_protocols" in data_keys:
            data_keys.remove("other_protocols")
            data__otherprotocols = data["other_protocols"]
            if not isinstance(data__otherprotocols, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_protocols must be array")
            data__otherprotocols_is_list = isinstance(data__otherprotocols, (list, tuple))
            if data__otherprotocols_is_list:
                data__otherprotocols_len = len(data__otherprotocols)
                for data__otherprotocols_x, data__otherprotocols_item in enumerate(data__otherprotocols):
                    if not isinstance(data__otherprotocols_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".other_protocols[{data__otherprotocols_x}]".format(**locals()) + " must be string")
        if "crawlers" in data_keys:
            data_keys.remove("crawlers")
            data__crawlers = data["crawlers"]
            if not isinstance(data__crawlers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawlers must be array")
            data__crawlers_is_list = isinstance(data__crawlers, (list, tuple))
            if data__crawlers_is_list:
                data__crawlers_len = len(data__crawlers)
                for data__crawlers_x, data__crawlers_item in enumerate(data__crawlers):
                    if not isinstance(data__crawlers_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawlers[{data__crawlers_x}]".format(**locals()) + " must be object")
                    validate____defs_crawler(data__crawlers_item, custom_formats, (name_prefix or "data") + ".crawlers[{data__crawlers_x}]".format(**locals()))
        if "crawler_info_url" in data_keys:
            data_keys.remove("crawler_info_url")
            data__crawlerinfourl = data["crawler_info_url"]
            if not isinstance(data__crawlerinfourl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".crawler_info_url must be string or null")
        if "update_feed_url" in data_keys:
            data_keys.remove("update_feed_url")
            data__updatefeedurl = data["update_feed_url"]
            if not isinstance(data__updatefeedurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".update_feed_url must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_crawler(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "user_agent" in data_keys:
            data_keys.remove("user_agent")
            data__useragent = data["user_agent"]
            if not isinstance(data__useragent, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".user_agent must be string or null")
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".purpose must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_lawfulaccess(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "respects_technological_measures" in data_keys:
            data_keys.remove("respects_technological_measures")
            data__respectstechnologicalmeasures = data["respects_technological_measures"]
            if not isinstance(data__respectstechnologicalmeasures, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".respects_technological_measures must be boolean or null")
        if "excludes_infringing_sites" in data_keys:
            data_keys.remove("excludes_infringing_sites")
            data__excludesinfringingsites = data["excludes_infringing_sites"]
            if not isinstance(data__excludesinfringingsites, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".excludes_infringing_sites must be boolean or null")
        if "infringing_site_lists" in data_keys:
            data_keys.remove("infringing_site_lists")
            data__infringingsitelists = data["infringing_site_lists"]
            if not isinstance(data__infringingsitelists, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".infringing_site_lists must be array")
            data__infringingsitelists_is_list = isinstance(data__infringingsitelists, (list, tuple))
            if data__infringingsitelists_is_list:
                data__infringingsitelists_len = len(data__infringingsitelists)
                for data__infringingsitelists_x, data__infringingsitelists_item in enumerate(data__infringingsitelists):
                    if not isinstance(data__infringingsitelists_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".infringing_site_lists[{data__infringingsitelists_x}]".format(**locals()) + " must be string")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_copyrightpolicy(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "document" in data_keys:
            data_keys.remove("document")
            data__document = data["document"]
            if not isinstance(data__document, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".document must be array")
            data__document_is_list = isinstance(data__document, (list, tuple))
            if data__document_is_list:
                data__document_len = len(data__document)
                for data__document_x, data__document_item in enumerate(data__document):
                    if not isinstance(data__document_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".document[{data__document_x}]".format(**locals()) + " must be string")
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string or null")
        if "last_updated" in data_keys:
            data_keys.remove("last_updated")
            data__lastupdated = data["last_updated"]
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be string or null")
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastupdated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be date")
        if "public_summary_url" in data_keys:
            data_keys.remove("public_summary_url")
            data__publicsummaryurl = data["public_summary_url"]
            if not isinstance(data__publicsummaryurl, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public_summary_url must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_transparency(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "documentation" in data_keys:
            data_keys.remove("documentation")
            data__documentation = data["documentation"]
            if not isinstance(data__documentation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".documentation must be object or null")
            validate____defs_documentation(data__documentation, custom_formats, (name_prefix or "data") + ".documentation")
        if "downstream_information" in data_keys:
            data_keys.remove("downstream_information")
            data__downstreaminformation = data["downstream_information"]
            if not isinstance(data__downstreaminformation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".downstream_information must be object or null")
            validate____defs_downstreaminformation(data__downstreaminformation, custom_formats, (name_prefix or "data") + ".downstream_information")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object or null")
            validate____defs_contact(data__contact, custom_formats, (name_prefix or "data") + ".contact")
        if "ai_office_requests" in data_keys:
            data_keys.remove("ai_office_requests")
            data__aiofficerequests = data["ai_office_requests"]
            if not isinstance(data__aiofficerequests, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ai_office_requests must be object or null")
            validate____defs_aiofficerequests(data__aiofficerequests, custom_formats, (name_prefix or "data") + ".ai_office_requests")
        if "integrity" in data_keys:
            data_keys.remove("integrity")
            data__integrity = data["integrity"]
            if not isinstance(data__integrity, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".integrity must be object or null")
            validate____defs_integrity(data__integrity, custom_formats, (name_prefix or "data") + ".integrity")
        if "model_documentation" in data_keys:
            data_keys.remove("model_documentation")
            data__modeldocumentation = data["model_documentation"]
            if not isinstance(data__modeldocumentation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_documentation must be object or null")
            validate____defs_modeldocumentation(data__modeldocumentation, custom_formats, (name_prefix or "data") + ".model_documentation")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modeldocumentation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "general_information" in data_keys:
            data_keys.remove("general_information")
            data__generalinformation = data["general_information"]
            if not isinstance(data__generalinformation, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".general_information must be object or null")
            validate____defs_formgeneralinformation(data__generalinformation, custom_formats, (name_prefix or "data") + ".general_information")
        if "model_properties" in data_keys:
            data_keys.remove("model_properties")
            data__modelproperties = data["model_properties"]
            if not isinstance(data__modelproperties, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".model_properties must be object or null")
            validate____defs_modelproperties(data__modelproperties, custom_formats, (name_prefix or "data") + ".model_properties")
        if "distribution" in data_keys:
            data_keys.remove("distribution")
            data__distribution = data["distribution"]
            if not isinstance(data__distribution, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".distribution must be object or null")
            validate____defs_distribution(data__distribution, custom_formats, (name_prefix or "data") + ".distribution")
        if "use" in data_keys:
            data_keys.remove("use")
            data__use = data["use"]
            if not isinstance(data__use, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".use must be object or null")
            validate____defs_use(data__use, custom_formats, (name_prefix or "data") + ".use")
        if "training_process" in data_keys:
            data_keys.remove("training_process")
            data__trainingprocess = data["training_process"]
            if not isinstance(data__trainingprocess, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_process must be object or null")
            validate____defs_trainingprocess(data__trainingprocess, custom_formats, (name_prefix or "data") + ".training_process")
        if "training_data" in data_keys:
            data_keys.remove("training_data")
            data__trainingdata = data["training_data"]
            if not isinstance(data__trainingdata, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_data must be object or null")
            validate____defs_trainingdata(data__trainingdata, custom_formats, (name_prefix or "data") + ".training_data")
        if "computational_resources" in data_keys:
            data_keys.remove("computational_resources")
            data__computationalresources = data["computational_resources"]
            if not isinstance(data__computationalresources, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computational_resources must be object or null")
            validate____defs_computationalresources(data__computationalresources, custom_formats, (name_prefix or "data") + ".computational_resources")
        if "energy" in data_keys:
            data_keys.remove("energy")
            data__energy = data["energy"]
            if not isinstance(data__energy, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".energy must be object or null")
            validate____defs_energy(data__energy, custom_formats, (name_prefix or "data") + ".energy")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_energy(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "training_mwh" in data_keys:
            data_keys.remove("training_mwh")
            data__trainingmwh = data["training_mwh"]
            data__trainingmwh_any_of_count2 = 0
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, (int, float, Decimal)) or isinstance(data__trainingmwh, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh must be number")
                    if isinstance(data__trainingmwh, (int, float, Decimal)) and not isinstance(data__trainingmwh, bool):
                        if data__trainingmwh <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh must be bigger than 0")
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh must be string")
                    if not (isinstance(data__trainingmwh, str) and data__trainingmwh == 'N/A'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh must be one of ['N/A']")
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh must be null")
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__trainingmwh_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_mwh cannot be validated by any definition")
        if "methodology" in data_keys:
            data_keys.remove("methodology")
            data__methodology = data["methodology"]
            if not isinstance(data__methodology, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".methodology must be string or null")
        if "inference_flop" in data_keys:
            data_keys.remove("inference_flop")
            data__inferenceflop = data["inference_flop"]
            if not isinstance(data__inferenceflop, (int, float, Decimal, NoneType)) or isinstance(data__inferenceflop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".inference_flop must be number or null")
            if isinstance(data__inferenceflop, (int, float, Decimal)) and not isinstance(data__inferenceflop, bool):
                if data__inferenceflop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".inference_flop must be bigger than 0")
        if "inference_benchmark" in data_keys:
            data_keys.remove("inference_benchmark")
            data__inferencebenchmark = data["inference_benchmark"]
            if not isinstance(data__inferencebenchmark, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".inference_benchmark must be object or null")
            validate____defs_inferencebenchmark(data__inferencebenchmark, custom_formats, (name_prefix or "data") + ".inference_benchmark")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_inferencebenchmark(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "task" in data_keys:
            data_keys.remove("task")
            data__task = data["task"]
            if not isinstance(data__task, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".task must be string or null")
        if "hardware" in data_keys:
            data_keys.remove("hardware")
            data__hardware = data["hardware"]
            if not isinstance(data__hardware, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hardware must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_computationalresources(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "training_time_period" in data_keys:
            data_keys.remove("training_time_period")
            data__trainingtimeperiod = data["training_time_period"]
            if not isinstance(data__trainingtimeperiod, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_time_period must be string or null")
        if "training_time_range" in data_keys:
            data_keys.remove("training_time_range")
            data__trainingtimerange = data["training_time_range"]
            if not isinstance(data__trainingtimerange, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_time_range must be string or null")
            if not (isinstance(data__trainingtimerange, str) and data__trainingtimerange == '<1 month' or isinstance(data__trainingtimerange, str) and data__trainingtimerange == '1-3 months' or isinstance(data__trainingtimerange, str) and data__trainingtimerange == '3-6 months' or isinstance(data__trainingtimerange, str) and data__trainingtimerange == '>6 months' or data__trainingtimerange is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_time_range must be one of ['<1 month', '1-3 months', '3-6 months', '>6 months', None]")
        if "training_time" in data_keys:
            data_keys.remove("training_time")
            data__trainingtime = data["training_time"]
            if not isinstance(data__trainingtime, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_time must be object or null")
            validate____defs_trainingtime(data__trainingtime, custom_formats, (name_prefix or "data") + ".training_time")
        if "training_compute_order_of_magnitude" in data_keys:
            data_keys.remove("training_compute_order_of_magnitude")
            data__trainingcomputeorderofmagnitude = data["training_compute_order_of_magnitude"]
            if not isinstance(data__trainingcomputeorderofmagnitude, (int, float, Decimal, NoneType)) or isinstance(data__trainingcomputeorderofmagnitude, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_compute_order_of_magnitude must be number or null")
            if isinstance(data__trainingcomputeorderofmagnitude, (int, float, Decimal)) and not isinstance(data__trainingcomputeorderofmagnitude, bool):
                if data__trainingcomputeorderofmagnitude <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_compute_order_of_magnitude must be bigger than 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_trainingtime(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "wall_clock_days" in data_keys:
            data_keys.remove("wall_clock_days")
            data__wallclockdays = data["wall_clock_days"]
            if not isinstance(data__wallclockdays, (int, float, Decimal, NoneType)) or isinstance(data__wallclockdays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".wall_clock_days must be number or null")
            if isinstance(data__wallclockdays, (int, float, Decimal)) and not isinstance(data__wallclockdays, bool):
                if data__wallclockdays <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".wall_clock_days must be bigger than 0")
        if "hardware_days" in data_keys:
            data_keys.remove("hardware_days")
            data__hardwaredays = data["hardware_days"]
            if not isinstance(data__hardwaredays, (int, float, Decimal, NoneType)) or isinstance(data__hardwaredays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hardware_days must be number or null")
            if isinstance(data__hardwaredays, (int, float, Decimal)) and not isinstance(data__hardwaredays, bool):
                if data__hardwaredays <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hardware_days must be bigger than 0")
        if "hardware" in data_keys:
            data_keys.remove("hardware")
            data__hardware = data["hardware"]
            if not isinstance(data__hardware, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hardware must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_trainingdata(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be array")
            data__modalities_is_list = isinstance(data__modalities, (list, tuple))
            if data__modalities_is_list:
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__modalities_item, str) and data__modalities_item == 'text' or isinstance(data__modalities_item, str) and data__modalities_item == 'code' or isinstance(data__modalities_item, str) and data__modalities_item == 'speech' or isinstance(data__modalities_item, str) and data__modalities_item == 'music' or isinstance(data__modalities_item, str) and data__modalities_item == 'sound' or isinstance(data__modalities_item, str) and data__modalities_item == 'audio' or isinstance(data__modalities_item, str) and data__modalities_item == 'image' or isinstance(data__modalities_item, str) and data__modalities_item == 'video' or isinstance(data__modalities_item, str) and data__modalities_item == '3d' or isinstance(data__modalities_item, str) and data__modalities_item == 'time_series' or isinstance(data__modalities_item, str) and data__modalities_item == 'tabular' or isinstance(data__modalities_item, str) and data__modalities_item == 'embeddings' or isinstance(data__modalities_item, str) and data__modalities_item == 'actions' or isinstance(data__modalities_item, str) and data__modalities_item == 'biological_sequences' or isinstance(data__modalities_item, str) and data__modalities_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities[{data__modalities_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "provenance" in data_keys:
            data_keys.remove("provenance")
            data__provenance = data["provenance"]
            if not isinstance(data__provenance, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".provenance must be array")
            data__provenance_is_list = isinstance(data__provenance, (list, tuple))
            if data__provenance_is_list:
                data__provenance_len = len(data__provenance)
                for data__provenance_x, data__provenance_item in enumerate(data__provenance):
                    if not isinstance(data__provenance_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".provenance[{data__provenance_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__provenance_item, str) and data__provenance_item == 'web_crawling' or isinstance(data__provenance_item, str) and data__provenance_item == 'private_third_party_datasets' or isinstance(data__provenance_item, str) and data__provenance_item == 'user_data' or isinstance(data__provenance_item, str) and data__provenance_item == 'publicly_available_datasets' or isinstance(data__provenance_item, str) and data__provenance_item == 'other_collection' or isinstance(data__provenance_item, str) and data__provenance_item == 'non_public_synthetic_data' or isinstance(data__provenance_item, str) and data__provenance_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".provenance[{data__provenance_x}]".format(**locals()) + " must be one of ['web_crawling', 'private_third_party_datasets', 'user_data', 'publicly_available_datasets', 'other_collection', 'non_public_synthetic_data', 'other']")
        if "acquisition_and_selection" in data_keys:
            data_keys.remove("acquisition_and_selection")
            data__acquisitionandselection = data["acquisition_and_selection"]
            if not isinstance(data__acquisitionandselection, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acquisition_and_selection must be string or null")
        if "data_points_coarse" in data_keys:
            data_keys.remove("data_points_coarse")
            data__datapointscoarse = data["data_points_coarse"]
            if not isinstance(data__datapointscoarse, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".data_points_coarse must be object or null")
            validate____defs_datapoints(data__datapointscoarse, custom_formats, (name_prefix or "data") + ".data_points_coarse")
        if "data_points" in data_keys:
            data_keys.remove("data_points")
            data__datapoints = data["data_points"]
            if not isinstance(data__datapoints, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".data_points must be object or null")
            validate____defs_datapoints(data__datapoints, custom_formats, (name_prefix or "data") + ".data_points")
        if "scope_and_characteristics" in data_keys:
            data_keys.remove("scope_and_characteristics")
            data__scopeandcharacteristics = data["scope_and_characteristics"]
            if not isinstance(data__scopeandcharacteristics, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope_and_characteristics must be string or null")
        if "curation" in data_keys:
            data_keys.remove("curation")
            data__curation = data["curation"]
            if not isinstance(data__curation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curation must be string or null")
        if "unsuitability_detection" in data_keys:
            data_keys.remove("unsuitability_detection")
            data__unsuitabilitydetection = data["unsuitability_detection"]
            if not isinstance(data__unsuitabilitydetection, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unsuitability_detection must be string or null")
        if "bias_detection" in data_keys:
            data_keys.remove("bias_detection")
            data__biasdetection = data["bias_detection"]
            if not isinstance(data__biasdetection, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bias_detection must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_datapoints(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal, NoneType)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number or null")
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than 0")
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_trainingprocess(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "design_specifications" in data_keys:
            data_keys.remove("design_specifications")
            data__designspecifications = data["design_specifications"]
            if not isinstance(data__designspecifications, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".design_specifications must be string or null")
        if "decision_rationale" in data_keys:
            data_keys.remove("decision_rationale")
            data__decisionrationale = data["decision_rationale"]
            if not isinstance(data__decisionrationale, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_rationale must be string or null")
        if "parameter_relevance" in data_keys:
            data_keys.remove("parameter_relevance")
            data__parameterrelevance = data["parameter_relevance"]
            if not isinstance(data__parameterrelevance, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameter_relevance must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_use(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "acceptable_use_policy" in data_keys:
            data_keys.remove("acceptable_use_policy")
            data__acceptableusepolicy = data["acceptable_use_policy"]
            if not isinstance(data__acceptableusepolicy, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acceptable_use_policy must be string or null")
        if "intended_uses" in data_keys:
            data_keys.remove("intended_uses")
            data__intendeduses = data["intended_uses"]
            if not isinstance(data__intendeduses, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".intended_uses must be string or null")
        if "integration_types" in data_keys:
            data_keys.remove("integration_types")
            data__integrationtypes = data["integration_types"]
            if not isinstance(data__integrationtypes, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".integration_types must be string or null")
        if "integration_means" in data_keys:
            data_keys.remove("integration_means")
            data__integrationmeans = data["integration_means"]
            if not isinstance(data__integrationmeans, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".integration_means must be string or null")
        if "technical_documentation" in data_keys:
            data_keys.remove("technical_documentation")
            data__technicaldocumentation = data["technical_documentation"]
            if not isinstance(data__technicaldocumentation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".technical_documentation must be string or null")
        if "required_hardware" in data_keys:
            data_keys.remove("required_hardware")
            data__requiredhardware = data["required_hardware"]
            if not isinstance(data__requiredhardware, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".required_hardware must be string or null")
        if "required_software" in data_keys:
            data_keys.remove("required_software")
            data__requiredsoftware = data["required_software"]
            if not isinstance(data__requiredsoftware, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".required_software must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_distribution(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "union_channels" in data_keys:
            data_keys.remove("union_channels")
            data__unionchannels = data["union_channels"]
            if not isinstance(data__unionchannels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".union_channels must be array")
            data__unionchannels_is_list = isinstance(data__unionchannels, (list, tuple))
            if data__unionchannels_is_list:
                data__unionchannels_len = len(data__unionchannels)
                for data__unionchannels_x, data__unionchannels_item in enumerate(data__unionchannels):
                    if not isinstance(data__unionchannels_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".union_channels[{data__unionchannels_x}]".format(**locals()) + " must be object")
                    validate____defs_unionchannel(data__unionchannels_item, custom_formats, (name_prefix or "data") + ".union_channels[{data__unionchannels_x}]".format(**locals()))
        if "downstream_channels" in data_keys:
            data_keys.remove("downstream_channels")
            data__downstreamchannels = data["downstream_channels"]
            if not isinstance(data__downstreamchannels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".downstream_channels must be array")
            data__downstreamchannels_is_list = isinstance(data__downstreamchannels, (list, tuple))
            if data__downstreamchannels_is_list:
                data__downstreamchannels_len = len(data__downstreamchannels)
                for data__downstreamchannels_x, data__downstreamchannels_item in enumerate(data__downstreamchannels):
                    if not isinstance(data__downstreamchannels_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".downstream_channels[{data__downstreamchannels_x}]".format(**locals()) + " must be string")
        if "licence_link" in data_keys:
            data_keys.remove("licence_link")
            data__licencelink = data["licence_link"]
            if not isinstance(data__licencelink, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licence_link must be string or null")
        if "licence_type" in data_keys:
            data_keys.remove("licence_type")
            data__licencetype = data["licence_type"]
            if not isinstance(data__licencetype, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licence_type must be string or null")
            if not (isinstance(data__licencetype, str) and data__licencetype == 'free_and_open_source' or isinstance(data__licencetype, str) and data__licencetype == 'restricted' or isinstance(data__licencetype, str) and data__licencetype == 'proprietary' or isinstance(data__licencetype, str) and data__licencetype == 'no_licence' or data__licencetype is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licence_type must be one of ['free_and_open_source', 'restricted', 'proprietary', 'no_licence', None]")
        if "access_terms" in data_keys:
            data_keys.remove("access_terms")
            data__accessterms = data["access_terms"]
            if not isinstance(data__accessterms, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".access_terms must be string or null")
        if "additional_assets" in data_keys:
            data_keys.remove("additional_assets")
            data__additionalassets = data["additional_assets"]
            if not isinstance(data__additionalassets, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".additional_assets must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_unionchannel(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['channel']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be string")
        if "access_link" in data_keys:
            data_keys.remove("access_link")
            data__accesslink = data["access_link"]
            if not isinstance(data__accesslink, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".access_link must be string or null")
        if "access_level" in data_keys:
            data_keys.remove("access_level")
            data__accesslevel = data["access_level"]
            if not isinstance(data__accesslevel, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".access_level must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modelproperties(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "architecture" in data_keys:
            data_keys.remove("architecture")
            data__architecture = data["architecture"]
            if not isinstance(data__architecture, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".architecture must be string or null")
        if "design_specifications" in data_keys:
            data_keys.remove("design_specifications")
            data__designspecifications = data["design_specifications"]
            if not isinstance(data__designspecifications, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".design_specifications must be string or null")
        if "input_format" in data_keys:
            data_keys.remove("input_format")
            data__inputformat = data["input_format"]
            if not isinstance(data__inputformat, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".input_format must be string or null")
        if "output_format" in data_keys:
            data_keys.remove("output_format")
            data__outputformat = data["output_format"]
            if not isinstance(data__outputformat, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_format must be string or null")
        if "input_max_size" in data_keys:
            data_keys.remove("input_max_size")
            data__inputmaxsize = data["input_max_size"]
            if not isinstance(data__inputmaxsize, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".input_max_size must be object")
            data__inputmaxsize_is_dict = isinstance(data__inputmaxsize, dict)
            if data__inputmaxsize_is_dict:
                data__inputmaxsize_keys = set(data__inputmaxsize.keys())
                for data__inputmaxsize_key in data__inputmaxsize_keys:
                    if data__inputmaxsize_key not in []:
                        data__inputmaxsize_value = data__inputmaxsize.get(data__inputmaxsize_key)
                        if not isinstance(data__inputmaxsize_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".input_max_size.{data__inputmaxsize_key}".format(**locals()) + " must be string")
                data__inputmaxsize_len = len(data__inputmaxsize)
                if data__inputmaxsize_len != 0:
                    data__inputmaxsize_property_names = True
                    for data__inputmaxsize_key in data__inputmaxsize:
                        try:
                            if not (isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'text' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'code' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'speech' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'music' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'sound' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'audio' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'image' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'video' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == '3d' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'time_series' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'tabular' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'embeddings' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'actions' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'biological_sequences' or isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key == 'other'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".input_max_size must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__inputmaxsize_property_names = False
                    if not data__inputmaxsize_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".input_max_size must be named by propertyName definition")
        if "output_max_size" in data_keys:
            data_keys.remove("output_max_size")
            data__outputmaxsize = data["output_max_size"]
            if not isinstance(data__outputmaxsize, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_max_size must be object")
            data__outputmaxsize_is_dict = isinstance(data__outputmaxsize, dict)
            if data__outputmaxsize_is_dict:
                data__outputmaxsize_keys = set(data__outputmaxsize.keys())
                for data__outputmaxsize_key in data__outputmaxsize_keys:
                    if data__outputmaxsize_key not in []:
                        data__outputmaxsize_value = data__outputmaxsize.get(data__outputmaxsize_key)
                        if not isinstance(data__outputmaxsize_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_max_size.{data__outputmaxsize_key}".format(**locals()) + " must be string")
                data__outputmaxsize_len = len(data__outputmaxsize)
                if data__outputmaxsize_len != 0:
                    data__outputmaxsize_property_names = True
                    for data__outputmaxsize_key in data__outputmaxsize:
                        try:
                            if not (isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'text' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'code' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'speech' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'music' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'sound' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'audio' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'image' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'video' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == '3d' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'time_series' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'tabular' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'embeddings' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'actions' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'biological_sequences' or isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key == 'other'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_max_size must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__outputmaxsize_property_names = False
                    if not data__outputmaxsize_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".output_max_size must be named by propertyName definition")
        if "parameter_range" in data_keys:
            data_keys.remove("parameter_range")
            data__parameterrange = data["parameter_range"]
            if not isinstance(data__parameterrange, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameter_range must be string or null")
            if not (isinstance(data__parameterrange, str) and data__parameterrange == '1-500M' or isinstance(data__parameterrange, str) and data__parameterrange == '500M-5B' or isinstance(data__parameterrange, str) and data__parameterrange == '5B-15B' or isinstance(data__parameterrange, str) and data__parameterrange == '15B-50B' or isinstance(data__parameterrange, str) and data__parameterrange == '50B-100B' or isinstance(data__parameterrange, str) and data__parameterrange == '100B-500B' or isinstance(data__parameterrange, str) and data__parameterrange == '500B-1T' or isinstance(data__parameterrange, str) and data__parameterrange == '>1T' or data__parameterrange is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameter_range must be one of ['1-500M', '500M-5B', '5B-15B', '15B-50B', '50B-100B', '100B-500B', '500B-1T', '>1T', None]")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_formgeneralinformation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "versions" in data_keys:
            data_keys.remove("versions")
            data__versions = data["versions"]
            if not isinstance(data__versions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".versions must be array")
            data__versions_is_list = isinstance(data__versions, (list, tuple))
            if data__versions_is_list:
                data__versions_len = len(data__versions)
                for data__versions_x, data__versions_item in enumerate(data__versions):
                    if not isinstance(data__versions_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".versions[{data__versions_x}]".format(**locals()) + " must be string")
        if "authenticity" in data_keys:
            data_keys.remove("authenticity")
            data__authenticity = data["authenticity"]
            if not isinstance(data__authenticity, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".authenticity must be string or null")
        if "dependencies" in data_keys:
            data_keys.remove("dependencies")
            data__dependencies = data["dependencies"]
            if not isinstance(data__dependencies, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dependencies must be string or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_integrity(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "controls" in data_keys:
            data_keys.remove("controls")
            data__controls = data["controls"]
            if not isinstance(data__controls, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".controls must be array")
            data__controls_is_list = isinstance(data__controls, (list, tuple))
            if data__controls_is_list:
                data__controls_len = len(data__controls)
                for data__controls_x, data__controls_item in enumerate(data__controls):
                    if not isinstance(data__controls_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".controls[{data__controls_x}]".format(**locals()) + " must be string")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_aiofficerequests(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "process" in data_keys:
            data_keys.remove("process")
            data__process = data["process"]
            if not isinstance(data__process, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".process must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_downstreaminformation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or null")
        if "last_updated" in data_keys:
            data_keys.remove("last_updated")
            data__lastupdated = data["last_updated"]
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be string or null")
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastupdated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be date")
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "request_contact" in data_keys:
            data_keys.remove("request_contact")
            data__requestcontact = data["request_contact"]
            if not isinstance(data__requestcontact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_contact must be object or null")
            validate____defs_contact(data__requestcontact, custom_formats, (name_prefix or "data") + ".request_contact")
        if "response_days" in data_keys:
            data_keys.remove("response_days")
            data__responsedays = data["response_days"]
            if not isinstance(data__responsedays, (int, NoneType)) and not (isinstance(data__responsedays, float) and data__responsedays.is_integer()) or isinstance(data__responsedays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".response_days must be integer or null")
            if isinstance(data__responsedays, (int, float, Decimal)) and not isinstance(data__responsedays, bool):
                if data__responsedays < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".response_days must be bigger than or equal to 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_documentation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or null")
        if "last_updated" in data_keys:
            data_keys.remove("last_updated")
            data__lastupdated = data["last_updated"]
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be string or null")
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__lastupdated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "retained_until" in data_keys:
            data_keys.remove("retained_until")
            data__retaineduntil = data["retained_until"]
            if not isinstance(data__retaineduntil, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".retained_until must be string or null")
            if isinstance(data__retaineduntil, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__retaineduntil):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".retained_until must be date")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_model(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'version', 'modalities']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string")
        if "release_date" in data_keys:
            data_keys.remove("release_date")
            data__releasedate = data["release_date"]
            if not isinstance(data__releasedate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".release_date must be string or null")
            if isinstance(data__releasedate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__releasedate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".release_date must be date")
        if "placement" in data_keys:
            data_keys.remove("placement")
            data__placement = data["placement"]
            if not isinstance(data__placement, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".placement must be string or null")
            if not (isinstance(data__placement, str) and data__placement == 'placed' or isinstance(data__placement, str) and data__placement == 'planned' or data__placement is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".placement must be one of ['placed', 'planned', None]")
        if "placed_on_market" in data_keys:
            data_keys.remove("placed_on_market")
            data__placedonmarket = data["placed_on_market"]
            if not isinstance(data__placedonmarket, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".placed_on_market must be string or null")
            if isinstance(data__placedonmarket, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__placedonmarket):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".placed_on_market must be date")
        if "retired" in data_keys:
            data_keys.remove("retired")
            data__retired = data["retired"]
            if not isinstance(data__retired, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".retired must be string or null")
            if isinstance(data__retired, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__retired):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".retired must be date")
        if "general_purpose" in data_keys:
            data_keys.remove("general_purpose")
            data__generalpurpose = data["general_purpose"]
            if not isinstance(data__generalpurpose, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".general_purpose must be object")
            validate____defs_generalpurpose(data__generalpurpose, custom_formats, (name_prefix or "data") + ".general_purpose")
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            if not isinstance(data__modalities, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modalities must be object")
            validate____defs_modalities(data__modalities, custom_formats, (name_prefix or "data") + ".modalities")
        if "parameters" in data_keys:
            data_keys.remove("parameters")
            data__parameters = data["parameters"]
            if not isinstance(data__parameters, (int, NoneType)) and not (isinstance(data__parameters, float) and data__parameters.is_integer()) or isinstance(data__parameters, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameters must be integer or null")
            if isinstance(data__parameters, (int, float, Decimal)) and not isinstance(data__parameters, bool):
                if data__parameters < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameters must be bigger than or equal to 1")
        if "parameters_estimate" in data_keys:
            data_keys.remove("parameters_estimate")
            data__parametersestimate = data["parameters_estimate"]
            if not isinstance(data__parametersestimate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameters_estimate must be string or null")
        if "active_parameters" in data_keys:
            data_keys.remove("active_parameters")
            data__activeparameters = data["active_parameters"]
            if not isinstance(data__activeparameters, (int, NoneType)) and not (isinstance(data__activeparameters, float) and data__activeparameters.is_integer()) or isinstance(data__activeparameters, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_parameters must be integer or null")
            if isinstance(data__activeparameters, (int, float, Decimal)) and not isinstance(data__activeparameters, bool):
                if data__activeparameters < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_parameters must be bigger than or equal to 1")
        if "training_compute" in data_keys:
            data_keys.remove("training_compute")
            data__trainingcompute = data["training_compute"]
            if not isinstance(data__trainingcompute, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_compute must be object")
            validate____defs_trainingcompute(data__trainingcompute, custom_formats, (name_prefix or "data") + ".training_compute")
        if "licence" in data_keys:
            data_keys.remove("licence")
            data__licence = data["licence"]
            if not isinstance(data__licence, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licence must be object or null")
            validate____defs_licence(data__licence, custom_formats, (name_prefix or "data") + ".licence")
        if "based_on" in data_keys:
            data_keys.remove("based_on")
            data__basedon = data["based_on"]
            if not isinstance(data__basedon, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".based_on must be object or null")
            validate____defs_basedon(data__basedon, custom_formats, (name_prefix or "data") + ".based_on")
        if "systemic_risk" in data_keys:
            data_keys.remove("systemic_risk")
            data__systemicrisk = data["systemic_risk"]
            if not isinstance(data__systemicrisk, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".systemic_risk must be object")
            validate____defs_systemicriskstatus(data__systemicrisk, custom_formats, (name_prefix or "data") + ".systemic_risk")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_systemicriskstatus(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "designated" in data_keys:
            data_keys.remove("designated")
            data__designated = data["designated"]
            if not isinstance(data__designated, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".designated must be boolean")
        if "designation_date" in data_keys:
            data_keys.remove("designation_date")
            data__designationdate = data["designation_date"]
            if not isinstance(data__designationdate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".designation_date must be string or null")
            if isinstance(data__designationdate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__designationdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".designation_date must be date")
        if "threshold_met_date" in data_keys:
            data_keys.remove("threshold_met_date")
            data__thresholdmetdate = data["threshold_met_date"]
            if not isinstance(data__thresholdmetdate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".threshold_met_date must be string or null")
            if isinstance(data__thresholdmetdate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__thresholdmetdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".threshold_met_date must be date")
        if "notification_date" in data_keys:
            data_keys.remove("notification_date")
            data__notificationdate = data["notification_date"]
            if not isinstance(data__notificationdate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notification_date must be string or null")
            if isinstance(data__notificationdate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__notificationdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notification_date must be date")
        if "notification_evidence" in data_keys:
            data_keys.remove("notification_evidence")
            data__notificationevidence = data["notification_evidence"]
            if not isinstance(data__notificationevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notification_evidence must be array")
            data__notificationevidence_is_list = isinstance(data__notificationevidence, (list, tuple))
            if data__notificationevidence_is_list:
                data__notificationevidence_len = len(data__notificationevidence)
                for data__notificationevidence_x, data__notificationevidence_item in enumerate(data__notificationevidence):
                    if not isinstance(data__notificationevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notification_evidence[{data__notificationevidence_x}]".format(**locals()) + " must be string")
        if "notified_compute_flop" in data_keys:
            data_keys.remove("notified_compute_flop")
            data__notifiedcomputeflop = data["notified_compute_flop"]
            if not isinstance(data__notifiedcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__notifiedcomputeflop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notified_compute_flop must be number or null")
            if isinstance(data__notifiedcomputeflop, (int, float, Decimal)) and not isinstance(data__notifiedcomputeflop, bool):
                if data__notifiedcomputeflop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notified_compute_flop must be bigger than 0")
        if "notified_estimation_approach" in data_keys:
            data_keys.remove("notified_estimation_approach")
            data__notifiedestimationapproach = data["notified_estimation_approach"]
            if not isinstance(data__notifiedestimationapproach, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notified_estimation_approach must be string or null")
        if "rebuttal" in data_keys:
            data_keys.remove("rebuttal")
            data__rebuttal = data["rebuttal"]
            if not isinstance(data__rebuttal, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rebuttal must be object or null")
            validate____defs_art52rebuttal(data__rebuttal, custom_formats, (name_prefix or "data") + ".rebuttal")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_art52rebuttal(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['submitted']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "submitted" in data_keys:
            data_keys.remove("submitted")
            data__submitted = data["submitted"]
            if not isinstance(data__submitted, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted must be string")
            if isinstance(data__submitted, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__submitted):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted must be date")
        if "accepted" in data_keys:
            data_keys.remove("accepted")
            data__accepted = data["accepted"]
            if not isinstance(data__accepted, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accepted must be boolean or null")
        if "decision_date" in data_keys:
            data_keys.remove("decision_date")
            data__decisiondate = data["decision_date"]
            if not isinstance(data__decisiondate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_date must be string or null")
            if isinstance(data__decisiondate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__decisiondate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision_date must be date")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if "facts_changed" in data_keys:
            data_keys.remove("facts_changed")
            data__factschanged = data["facts_changed"]
            if not isinstance(data__factschanged, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".facts_changed must be string or null")
            if isinstance(data__factschanged, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__factschanged):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".facts_changed must be date")
        if "renotified" in data_keys:
            data_keys.remove("renotified")
            data__renotified = data["renotified"]
            if not isinstance(data__renotified, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".renotified must be string or null")
            if isinstance(data__renotified, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__renotified):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".renotified must be date")
        if "renotification_evidence" in data_keys:
            data_keys.remove("renotification_evidence")
            data__renotificationevidence = data["renotification_evidence"]
            if not isinstance(data__renotificationevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".renotification_evidence must be array")
            data__renotificationevidence_is_list = isinstance(data__renotificationevidence, (list, tuple))
            if data__renotificationevidence_is_list:
                data__renotificationevidence_len = len(data__renotificationevidence)
                for data__renotificationevidence_x, data__renotificationevidence_item in enumerate(data__renotificationevidence):
                    if not isinstance(data__renotificationevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".renotification_evidence[{data__renotificationevidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_basedon(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "provider" in data_keys:
            data_keys.remove("provider")
            data__provider = data["provider"]
            if not isinstance(data__provider, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".provider must be string or null")
        if "general_purpose" in data_keys:
            data_keys.remove("general_purpose")
            data__generalpurpose = data["general_purpose"]
            if not isinstance(data__generalpurpose, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".general_purpose must be boolean or null")
        if "training_compute_flop" in data_keys:
            data_keys.remove("training_compute_flop")
            data__trainingcomputeflop = data["training_compute_flop"]
            if not isinstance(data__trainingcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__trainingcomputeflop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_compute_flop must be number or null")
            if isinstance(data__trainingcomputeflop, (int, float, Decimal)) and not isinstance(data__trainingcomputeflop, bool):
                if data__trainingcomputeflop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".training_compute_flop must be bigger than 0")
        if "systemic_risk" in data_keys:
            data_keys.remove("systemic_risk")
            data__systemicrisk = data["systemic_risk"]
            if not isinstance(data__systemicrisk, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".systemic_risk must be boolean or null")
        if "modification_compute_flop" in data_keys:
            data_keys.remove("modification_compute_flop")
            data__modificationcomputeflop = data["modification_compute_flop"]
            if not isinstance(data__modificationcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__modificationcomputeflop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification_compute_flop must be number or null")
            if isinstance(data__modificationcomputeflop, (int, float, Decimal)) and not isinstance(data__modificationcomputeflop, bool):
                if data__modificationcomputeflop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification_compute_flop must be bigger than 0")
        if "modification" in data_keys:
            data_keys.remove("modification")
            data__modification = data["modification"]
            if not isinstance(data__modification, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification must be string or null")
        if "modification_evidence" in data_keys:
            data_keys.remove("modification_evidence")
            data__modificationevidence = data["modification_evidence"]
            if not isinstance(data__modificationevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification_evidence must be array")
            data__modificationevidence_is_list = isinstance(data__modificationevidence, (list, tuple))
            if data__modificationevidence_is_list:
                data__modificationevidence_len = len(data__modificationevidence)
                for data__modificationevidence_x, data__modificationevidence_item in enumerate(data__modificationevidence):
                    if not isinstance(data__modificationevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification_evidence[{data__modificationevidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_licence(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "spdx" in data_keys:
            data_keys.remove("spdx")
            data__spdx = data["spdx"]
            if not isinstance(data__spdx, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".spdx must be string or null")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string or null")
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string or null")
        if "grants" in data_keys:
            data_keys.remove("grants")
            data__grants = data["grants"]
            if not isinstance(data__grants, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".grants must be object")
            validate____defs_licencegrants(data__grants, custom_formats, (name_prefix or "data") + ".grants")
        if "restrictions" in data_keys:
            data_keys.remove("restrictions")
            data__restrictions = data["restrictions"]
            if not isinstance(data__restrictions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".restrictions must be array")
            data__restrictions_is_list = isinstance(data__restrictions, (list, tuple))
            if data__restrictions_is_list:
                data__restrictions_len = len(data__restrictions)
                for data__restrictions_x, data__restrictions_item in enumerate(data__restrictions):
                    if not isinstance(data__restrictions_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".restrictions[{data__restrictions_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__restrictions_item, str) and data__restrictions_item == 'non_commercial' or isinstance(data__restrictions_item, str) and data__restrictions_item == 'research_only' or isinstance(data__restrictions_item, str) and data__restrictions_item == 'no_redistribution' or isinstance(data__restrictions_item, str) and data__restrictions_item == 'user_threshold' or isinstance(data__restrictions_item, str) and data__restrictions_item == 'separate_commercial_licence'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".restrictions[{data__restrictions_x}]".format(**locals()) + " must be one of ['non_commercial', 'research_only', 'no_redistribution', 'user_threshold', 'separate_commercial_licence']")
        if "monetised" in data_keys:
            data_keys.remove("monetised")
            data__monetised = data["monetised"]
            if not isinstance(data__monetised, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".monetised must be boolean or null")
        if "public" in data_keys:
            data_keys.remove("public")
            data__public = data["public"]
            if not isinstance(data__public, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public must be object")
            validate____defs_publicinformation(data__public, custom_formats, (name_prefix or "data") + ".public")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_publicinformation(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "weights" in data_keys:
            data_keys.remove("weights")
            data__weights = data["weights"]
            if not isinstance(data__weights, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weights must be boolean or null")
        if "architecture" in data_keys:
            data_keys.remove("architecture")
            data__architecture = data["architecture"]
            if not isinstance(data__architecture, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".architecture must be boolean or null")
        if "usage_information" in data_keys:
            data_keys.remove("usage_information")
            data__usageinformation = data["usage_information"]
            if not isinstance(data__usageinformation, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".usage_information must be boolean or null")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_licencegrants(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "access" in data_keys:
            data_keys.remove("access")
            data__access = data["access"]
            if not isinstance(data__access, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".access must be boolean or null")
        if "use" in data_keys:
            data_keys.remove("use")
            data__use = data["use"]
            if not isinstance(data__use, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".use must be boolean or null")
        if "modification" in data_keys:
            data_keys.remove("modification")
            data__modification = data["modification"]
            if not isinstance(data__modification, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modification must be boolean or null")
        if "redistribution" in data_keys:
            data_keys.remove("redistribution")
            data__redistribution = data["redistribution"]
            if not isinstance(data__redistribution, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".redistribution must be boolean or null")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_trainingcompute(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "flop" in data_keys:
            data_keys.remove("flop")
            data__flop = data["flop"]
            if not isinstance(data__flop, (int, float, Decimal, NoneType)) or isinstance(data__flop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".flop must be number or null")
            if isinstance(data__flop, (int, float, Decimal)) and not isinstance(data__flop, bool):
                if data__flop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".flop must be bigger than 0")
        if "cumulative_flop" in data_keys:
            data_keys.remove("cumulative_flop")
            data__cumulativeflop = data["cumulative_flop"]
            if not isinstance(data__cumulativeflop, (int, float, Decimal, NoneType)) or isinstance(data__cumulativeflop, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cumulative_flop must be number or null")
            if isinstance(data__cumulativeflop, (int, float, Decimal)) and not isinstance(data__cumulativeflop, bool):
                if data__cumulativeflop <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cumulative_flop must be bigger than 0")
        if "method" in data_keys:
            data_keys.remove("method")
            data__method = data["method"]
            if not isinstance(data__method, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be string or null")
            if not (isinstance(data__method, str) and data__method == 'hardware' or isinstance(data__method, str) and data__method == 'architecture' or isinstance(data__method, str) and data__method == 'other' or data__method is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".method must be one of ['hardware', 'architecture', 'other', None]")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "tokens" in data_keys:
            data_keys.remove("tokens")
            data__tokens = data["tokens"]
            if not isinstance(data__tokens, (int, float, Decimal, NoneType)) or isinstance(data__tokens, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tokens must be number or null")
            if isinstance(data__tokens, (int, float, Decimal)) and not isinstance(data__tokens, bool):
                if data__tokens <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tokens must be bigger than 0")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_modalities(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['input', 'output']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            if not isinstance(data__input, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".input must be array")
            data__input_is_list = isinstance(data__input, (list, tuple))
            if data__input_is_list:
                data__input_len = len(data__input)
                if data__input_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".input must contain at least 1 items")
                for data__input_x, data__input_item in enumerate(data__input):
                    if not isinstance(data__input_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".input[{data__input_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__input_item, str) and data__input_item == 'text' or isinstance(data__input_item, str) and data__input_item == 'code' or isinstance(data__input_item, str) and data__input_item == 'speech' or isinstance(data__input_item, str) and data__input_item == 'music' or isinstance(data__input_item, str) and data__input_item == 'sound' or isinstance(data__input_item, str) and data__input_item == 'audio' or isinstance(data__input_item, str) and data__input_item == 'image' or isinstance(data__input_item, str) and data__input_item == 'video' or isinstance(data__input_item, str) and data__input_item == '3d' or isinstance(data__input_item, str) and data__input_item == 'time_series' or isinstance(data__input_item, str) and data__input_item == 'tabular' or isinstance(data__input_item, str) and data__input_item == 'embeddings' or isinstance(data__input_item, str) and data__input_item == 'actions' or isinstance(data__input_item, str) and data__input_item == 'biological_sequences' or isinstance(data__input_item, str) and data__input_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".input[{data__input_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if "output" in data_keys:
            data_keys.remove("output")
            data__output = data["output"]
            if not isinstance(data__output, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output must be array")
            data__output_is_list = isinstance(data__output, (list, tuple))
            if data__output_is_list:
                data__output_len = len(data__output)
                if data__output_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".output must contain at least 1 items")
                for data__output_x, data__output_item in enumerate(data__output):
                    if not isinstance(data__output_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".output[{data__output_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__output_item, str) and data__output_item == 'text' or isinstance(data__output_item, str) and data__output_item == 'code' or isinstance(data__output_item, str) and data__output_item == 'speech' or isinstance(data__output_item, str) and data__output_item == 'music' or isinstance(data__output_item, str) and data__output_item == 'sound' or isinstance(data__output_item, str) and data__output_item == 'audio' or isinstance(data__output_item, str) and data__output_item == 'image' or isinstance(data__output_item, str) and data__output_item == 'video' or isinstance(data__output_item, str) and data__output_item == '3d' or isinstance(data__output_item, str) and data__output_item == 'time_series' or isinstance(data__output_item, str) and data__output_item == 'tabular' or isinstance(data__output_item, str) and data__output_item == 'embeddings' or isinstance(data__output_item, str) and data__output_item == 'actions' or isinstance(data__output_item, str) and data__output_item == 'biological_sequences' or isinstance(data__output_item, str) and data__output_item == 'other'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".output[{data__output_x}]".format(**locals()) + " must be one of ['text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other']")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_generalpurpose(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "declared" in data_keys:
            data_keys.remove("declared")
            data__declared = data["declared"]
            if not isinstance(data__declared, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".declared must be boolean or null")
        if "rebuttal" in data_keys:
            data_keys.remove("rebuttal")
            data__rebuttal = data["rebuttal"]
            if not isinstance(data__rebuttal, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rebuttal must be string or null")
        if "rebuttal_evidence" in data_keys:
            data_keys.remove("rebuttal_evidence")
            data__rebuttalevidence = data["rebuttal_evidence"]
            if not isinstance(data__rebuttalevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rebuttal_evidence must be array")
            data__rebuttalevidence_is_list = isinstance(data__rebuttalevidence, (list, tuple))
            if data__rebuttalevidence_is_list:
                data__rebuttalevidence_len = len(data__rebuttalevidence)
                for data__rebuttalevidence_x, data__rebuttalevidence_item in enumerate(data__rebuttalevidence):
                    if not isinstance(data__rebuttalevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".rebuttal_evidence[{data__rebuttalevidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_provider(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "country" in data_keys:
            data_keys.remove("country")
            data__country = data["country"]
            if not isinstance(data__country, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be string or null")
            if not (isinstance(data__country, str) and data__country == 'AD' or isinstance(data__country, str) and data__country == 'AE' or isinstance(data__country, str) and data__country == 'AF' or isinstance(data__country, str) and data__country == 'AG' or isinstance(data__country, str) and data__country == 'AI' or isinstance(data__country, str) and data__country == 'AL' or isinstance(data__country, str) and data__country == 'AM' or isinstance(data__country, str) and data__country == 'AO' or isinstance(data__country, str) and data__country == 'AQ' or isinstance(data__country, str) and data__country == 'AR' or isinstance(data__country, str) and data__country == 'AS' or isinstance(data__country, str) and data__country == 'AT' or isinstance(data__country, str) and data__country == 'AU' or isinstance(data__country, str) and data__country == 'AW' or isinstance(data__country, str) and data__country == 'AX' or isinstance(data__country, str) and data__country == 'AZ' or isinstance(data__country, str) and data__country == 'BA' or isinstance(data__country, str) and data__country == 'BB' or isinstance(data__country, str) and data__country == 'BD' or isinstance(data__country, str) and data__country == 'BE' or isinstance(data__country, str) and data__country == 'BF' or isinstance(data__country, str) and data__country == 'BG' or isinstance(data__country, str) and data__country == 'BH' or isinstance(data__country, str) and data__country == 'BI' or isinstance(data__country, str) and data__country == 'BJ' or isinstance(data__country, str) and data__country == 'BL' or isinstance(data__country, str) and data__country == 'BM' or isinstance(data__country, str) and data__country == 'BN' or isinstance(data__country, str) and data__country == 'BO' or isinstance(data__country, str) and data__country == 'BQ' or isinstance(data__country, str) and data__country == 'BR' or isinstance(data__country, str) and data__country == 'BS' or isinstance(data__country, str) and data__country == 'BT' or isinstance(data__country, str) and data__country == 'BV' or isinstance(data__country, str) and data__country == 'BW' or isinstance(data__country, str) and data__country == 'BY' or isinstance(data__country, str) and data__country == 'BZ' or isinstance(data__country, str) and data__country == 'CA' or isinstance(data__country, str) and data__country == 'CC' or isinstance(data__country, str) and data__country == 'CD' or isinstance(data__country, str) and data__country == 'CF' or isinstance(data__country, str) and data__country == 'CG' or isinstance(data__country, str) and data__country == 'CH' or isinstance(data__country, str) and data__country == 'CI' or isinstance(data__country, str) and data__country == 'CK' or isinstance(data__country, str) and data__country == 'CL' or isinstance(data__country, str) and data__country == 'CM' or isinstance(data__country, str) and data__country == 'CN' or isinstance(data__country, str) and data__country == 'CO' or isinstance(data__country, str) and data__country == 'CR' or isinstance(data__country, str) and data__country == 'CU' or isinstance(data__country, str) and data__country == 'CV' or isinstance(data__country, str) and data__country == 'CW' or isinstance(data__country, str) and data__country == 'CX' or isinstance(data__country, str) and data__country == 'CY' or isinstance(data__country, str) and data__country == 'CZ' or isinstance(data__country, str) and data__country == 'DE' or isinstance(data__country, str) and data__country == 'DJ' or isinstance(data__country, str) and data__country == 'DK' or isinstance(data__country, str) and data__country == 'DM' or isinstance(data__country, str) and data__country == 'DO' or isinstance(data__country, str) and data__country == 'DZ' or isinstance(data__country, str) and data__country == 'EC' or isinstance(data__country, str) and data__country == 'EE' or isinstance(data__country, str) and data__country == 'EG' or isinstance(data__country, str) and data__country == 'EH' or isinstance(data__country, str) and data__country == 'EL' or isinstance(data__country, str) and data__country == 'ER' or isinstance(data__country, str) and data__country == 'ES' or isinstance(data__country, str) and data__country == 'ET' or isinstance(data__country, str) and data__country == 'FI' or isinstance(data__country, str) and data__country == 'FJ' or isinstance(data__country, str) and data__country == 'FK' or isinstance(data__country, str) and data__country == 'FM' or isinstance(data__country, str) and data__country == 'FO' or isinstance(data__country, str) and data__country == 'FR' or isinstance(data__country, str) and data__country == 'GA' or isinstance(data__country, str) and data__country == 'GB' or isinstance(data__country, str) and data__country == 'GD' or isinstance(data__country, str) and data__country == 'GE' or isinstance(data__country, str) and data__country == 'GF' or isinstance(data__country, str) and data__country == 'GG' or isinstance(data__country, str) and data__country == 'GH' or isinstance(data__country, str) and data__country == 'GI' or isinstance(data__country, str) and data__country == 'GL' or isinstance(data__country, str) and data__country == 'GM' or isinstance(data__country, str) and data__country == 'GN' or isinstance(data__country, str) and data__country == 'GP' or isinstance(data__country, str) and data__country == 'GQ' or isinstance(data__country, str) and data__country == 'GR' or isinstance(data__country, str) and data__country == 'GS' or isinstance(data__country, str) and data__country == 'GT' or isinstance(data__country, str) and data__country == 'GU' or isinstance(data__country, str) and data__country == 'GW' or isinstance(data__country, str) and data__country == 'GY' or isinstance(data__country, str) and data__country == 'HK' or isinstance(data__country, str) and data__country == 'HM' or isinstance(data__country, str) and data__country == 'HN' or isinstance(data__country, str) and data__country == 'HR' or isinstance(data__country, str) and data__country == 'HT' or isinstance(data__country, str) and data__country == 'HU' or isinstance(data__country, str) and data__country == 'ID' or isinstance(data__country, str) and data__country == 'IE' or isinstance(data__country, str) and data__country == 'IL' or isinstance(data__country, str) and data__country == 'IM' or isinstance(data__country, str) and data__country == 'IN' or isinstance(data__country, str) and data__country == 'IO' or isinstance(data__country, str) and data__country == 'IQ' or isinstance(data__country, str) and data__country == 'IR' or isinstance(data__country, str) and data__country == 'IS' or isinstance(data__country, str) and data__country == 'IT' or isinstance(data__country, str) and data__country == 'JE' or isinstance(data__country, str) and data__country == 'JM' or isinstance(data__country, str) and data__country == 'JO' or isinstance(data__country, str) and data__country == 'JP' or isinstance(data__country, str) and data__country == 'KE' or isinstance(data__country, str) and data__country == 'KG' or isinstance(data__country, str) and data__country == 'KH' or isinstance(data__country, str) and data__country == 'KI' or isinstance(data__country, str) and data__country == 'KM' or isinstance(data__country, str) and data__country == 'KN' or isinstance(data__country, str) and data__country == 'KP' or isinstance(data__country, str) and data__country == 'KR' or isinstance(data__country, str) and data__country == 'KW' or isinstance(data__country, str) and data__country == 'KY' or isinstance(data__country, str) and data__country == 'KZ' or isinstance(data__country, str) and data__country == 'LA' or isinstance(data__country, str) and data__country == 'LB' or isinstance(data__country, str) and data__country == 'LC' or isinstance(data__country, str) and data__country == 'LI' or isinstance(data__country, str) and data__country == 'LK' or isinstance(data__country, str) and data__country == 'LR' or isinstance(data__country, str) and data__country == 'LS' or isinstance(data__country, str) and data__country == 'LT' or isinstance(data__country, str) and data__country == 'LU' or isinstance(data__country, str) and data__country == 'LV' or isinstance(data__country, str) and data__country == 'LY' or isinstance(data__country, str) and data__country == 'MA' or isinstance(data__country, str) and data__country == 'MC' or isinstance(data__country, str) and data__country == 'MD' or isinstance(data__country, str) and data__country == 'ME' or isinstance(data__country, str) and data__country == 'MF' or isinstance(data__country, str) and data__country == 'MG' or isinstance(data__country, str) and data__country == 'MH' or isinstance(data__country, str) and data__country == 'MK' or isinstance(data__country, str) and data__country == 'ML' or isinstance(data__country, str) and data__country == 'MM' or isinstance(data__country, str) and data__country == 'MN' or isinstance(data__country, str) and data__country == 'MO' or isinstance(data__country, str) and data__country == 'MP' or isinstance(data__country, str) and data__country == 'MQ' or isinstance(data__country, str) and data__country == 'MR' or isinstance(data__country, str) and data__country == 'MS' or isinstance(data__country, str) and data__country == 'MT' or isinstance(data__country, str) and data__country == 'MU' or isinstance(data__country, str) and data__country == 'MV' or isinstance(data__country, str) and data__country == 'MW' or isinstance(data__country, str) and data__country == 'MX' or isinstance(data__country, str) and data__country == 'MY' or isinstance(data__country, str) and data__country == 'MZ' or isinstance(data__country, str) and data__country == 'NA' or isinstance(data__country, str) and data__country == 'NC' or isinstance(data__country, str) and data__country == 'NE' or isinstance(data__country, str) and data__country == 'NF' or isinstance(data__country, str) and data__country == 'NG' or isinstance(data__country, str) and data__country == 'NI' or isinstance(data__country, str) and data__country == 'NL' or isinstance(data__country, str) and data__country == 'NO' or isinstance(data__country, str) and data__country == 'NP' or isinstance(data__country, str) and data__country == 'NR' or isinstance(data__country, str) and data__country == 'NU' or isinstance(data__country, str) and data__country == 'NZ' or isinstance(data__country, str) and data__country == 'OM' or isinstance(data__country, str) and data__country == 'PA' or isinstance(data__country, str) and data__country == 'PE' or isinstance(data__country, str) and data__country == 'PF' or isinstance(data__country, str) and data__country == 'PG' or isinstance(data__country, str) and data__country == 'PH' or isinstance(data__country, str) and data__country == 'PK' or isinstance(data__country, str) and data__country == 'PL' or isinstance(data__country, str) and data__country == 'PM' or isinstance(data__country, str) and data__country == 'PN' or isinstance(data__country, str) and data__country == 'PR' or isinstance(data__country, str) and data__country == 'PS' or isinstance(data__country, str) and data__country == 'PT' or isinstance(data__country, str) and data__country == 'PW' or isinstance(data__country, str) and data__country == 'PY' or isinstance(data__country, str) and data__country == 'QA' or isinstance(data__country, str) and data__country == 'RE' or isinstance(data__country, str) and data__country == 'RO' or isinstance(data__country, str) and data__country == 'RS' or isinstance(data__country, str) and data__country == 'RU' or isinstance(data__country, str) and data__country == 'RW' or isinstance(data__country, str) and data__country == 'SA' or isinstance(data__country, str) and data__country == 'SB' or isinstance(data__country, str) and data__country == 'SC' or isinstance(data__country, str) and data__country == 'SD' or isinstance(data__country, str) and data__country == 'SE' or isinstance(data__country, str) and data__country == 'SG' or isinstance(data__country, str) and data__country == 'SH' or isinstance(data__country, str) and data__country == 'SI' or isinstance(data__country, str) and data__country == 'SJ' or isinstance(data__country, str) and data__country == 'SK' or isinstance(data__country, str) and data__country == 'SL' or isinstance(data__country, str) and data__country == 'SM' or isinstance(data__country, str) and data__country == 'SN' or isinstance(data__country, str) and data__country == 'SO' or isinstance(data__country, str) and data__country == 'SR' or isinstance(data__country, str) and data__country == 'SS' or isinstance(data__country, str) and data__country == 'ST' or isinstance(data__country, str) and data__country == 'SV' or isinstance(data__country, str) and data__country == 'SX' or isinstance(data__country, str) and data__country == 'SY' or isinstance(data__country, str) and data__country == 'SZ' or isinstance(data__country, str) and data__country == 'TC' or isinstance(data__country, str) and data__country == 'TD' or isinstance(data__country, str) and data__country == 'TF' or isinstance(data__country, str) and data__country == 'TG' or isinstance(data__country, str) and data__country == 'TH' or isinstance(data__country, str) and data__country == 'TJ' or isinstance(data__country, str) and data__country == 'TK' or isinstance(data__country, str) and data__country == 'TL' or isinstance(data__country, str) and data__country == 'TM' or isinstance(data__country, str) and data__country == 'TN' or isinstance(data__country, str) and data__country == 'TO' or isinstance(data__country, str) and data__country == 'TR' or isinstance(data__country, str) and data__country == 'TT' or isinstance(data__country, str) and data__country == 'TV' or isinstance(data__country, str) and data__country == 'TW' or isinstance(data__country, str) and data__country == 'TZ' or isinstance(data__country, str) and data__country == 'UA' or isinstance(data__country, str) and data__country == 'UG' or isinstance(data__country, str) and data__country == 'UM' or isinstance(data__country, str) and data__country == 'US' or isinstance(data__country, str) and data__country == 'UY' or isinstance(data__country, str) and data__country == 'UZ' or isinstance(data__country, str) and data__country == 'VA' or isinstance(data__country, str) and data__country == 'VC' or isinstance(data__country, str) and data__country == 'VE' or isinstance(data__country, str) and data__country == 'VG' or isinstance(data__country, str) and data__country == 'VI' or isinstance(data__country, str) and data__country == 'VN' or isinstance(data__country, str) and data__country == 'VU' or isinstance(data__country, str) and data__country == 'WF' or isinstance(data__country, str) and data__country == 'WS' or isinstance(data__country, str) and data__country == 'XK' or isinstance(data__country, str) and data__country == 'YE' or isinstance(data__country, str) and data__country == 'YT' or isinstance(data__country, str) and data__country == 'ZA' or isinstance(data__country, str) and data__country == 'ZM' or isinstance(data__country, str) and data__country == 'ZW' or data__country is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be one of ['AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'EL', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW', None]")
        if "sme" in data_keys:
            data_keys.remove("sme")
            data__sme = data["sme"]
            if not isinstance(data__sme, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sme must be boolean")
        if "smc" in data_keys:
            data_keys.remove("smc")
            data__smc = data["smc"]
            if not isinstance(data__smc, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".smc must be boolean")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object or null")
            validate____defs_contact(data__contact, custom_formats, (name_prefix or "data") + ".contact")
        if "authorised_representative" in data_keys:
            data_keys.remove("authorised_representative")
            data__authorisedrepresentative = data["authorised_representative"]
            if not isinstance(data__authorisedrepresentative, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".authorised_representative must be object or null")
            validate____defs_authorisedrepresentative(data__authorisedrepresentative, custom_formats, (name_prefix or "data") + ".authorised_representative")
        if "code_of_practice" in data_keys:
            data_keys.remove("code_of_practice")
            data__codeofpractice = data["code_of_practice"]
            if not isinstance(data__codeofpractice, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code_of_practice must be object or null")
            validate____defs_codeofpracticeadherence(data__codeofpractice, custom_formats, (name_prefix or "data") + ".code_of_practice")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_codeofpracticeadherence(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['signatory']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "signatory" in data_keys:
            data_keys.remove("signatory")
            data__signatory = data["signatory"]
            if not isinstance(data__signatory, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".signatory must be boolean")
        if "chapters" in data_keys:
            data_keys.remove("chapters")
            data__chapters = data["chapters"]
            if not isinstance(data__chapters, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapters must be array")
            data__chapters_is_list = isinstance(data__chapters, (list, tuple))
            if data__chapters_is_list:
                data__chapters_len = len(data__chapters)
                for data__chapters_x, data__chapters_item in enumerate(data__chapters):
                    if not isinstance(data__chapters_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapters[{data__chapters_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__chapters_item, str) and data__chapters_item == 'transparency' or isinstance(data__chapters_item, str) and data__chapters_item == 'copyright' or isinstance(data__chapters_item, str) and data__chapters_item == 'safety_and_security'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapters[{data__chapters_x}]".format(**locals()) + " must be one of ['transparency', 'copyright', 'safety_and_security']")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array")
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_authorisedrepresentative(data, custom_formats={}, name_prefix=None):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'country']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
        if "country" in data_keys:
            data_keys.remove("country")
            data__country = data["country"]
            if not isinstance(data__country, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be string")
            if not (isinstance(data__country, str) and data__country == 'AD' or isinstance(data__country, str) and data__country == 'AE' or isinstance(data__country, str) and data__country == 'AF' or isinstance(data__country, str) and data__country == 'AG' or isinstance(data__country, str) and data__country == 'AI' or isinstance(data__country, str) and data__country == 'AL' or isinstance(data__country, str) and data__country == 'AM' or isinstance(data__country, str) and data__country == 'AO' or isinstance(data__country, str) and data__country == 'AQ' or isinstance(data__country, str) and data__country == 'AR' or isinstance(data__country, str) and data__country == 'AS' or isinstance(data__country, str) and data__country == 'AT' or isinstance(data__country, str) and data__country == 'AU' or isinstance(data__country, str) and data__country == 'AW' or isinstance(data__country, str) and data__country == 'AX' or isinstance(data__country, str) and data__country == 'AZ' or isinstance(data__country, str) and data__country == 'BA' or isinstance(data__country, str) and data__country == 'BB' or isinstance(data__country, str) and data__country == 'BD' or isinstance(data__country, str) and data__country == 'BE' or isinstance(data__country, str) and data__country == 'BF' or isinstance(data__country, str) and data__country == 'BG' or isinstance(data__country, str) and data__country == 'BH' or isinstance(data__country, str) and data__country == 'BI' or isinstance(data__country, str) and data__country == 'BJ' or isinstance(data__country, str) and data__country == 'BL' or isinstance(data__country, str) and data__country == 'BM' or isinstance(data__country, str) and data__country == 'BN' or isinstance(data__country, str) and data__country == 'BO' or isinstance(data__country, str) and data__country == 'BQ' or isinstance(data__country, str) and data__country == 'BR' or isinstance(data__country, str) and data__country == 'BS' or isinstance(data__country, str) and data__country == 'BT' or isinstance(data__country, str) and data__country == 'BV' or isinstance(data__country, str) and data__country == 'BW' or isinstance(data__country, str) and data__country == 'BY' or isinstance(data__country, str) and data__country == 'BZ' or isinstance(data__country, str) and data__country == 'CA' or isinstance(data__country, str) and data__country == 'CC' or isinstance(data__country, str) and data__country == 'CD' or isinstance(data__country, str) and data__country == 'CF' or isinstance(data__country, str) and data__country == 'CG' or isinstance(data__country, str) and data__country == 'CH' or isinstance(data__country, str) and data__country == 'CI' or isinstance(data__country, str) and data__country == 'CK' or isinstance(data__country, str) and data__country == 'CL' or isinstance(data__country, str) and data__country == 'CM' or isinstance(data__country, str) and data__country == 'CN' or isinstance(data__country, str) and data__country == 'CO' or isinstance(data__country, str) and data__country == 'CR' or isinstance(data__country, str) and data__country == 'CU' or isinstance(data__country, str) and data__country == 'CV' or isinstance(data__country, str) and data__country == 'CW' or isinstance(data__country, str) and data__country == 'CX' or isinstance(data__country, str) and data__country == 'CY' or isinstance(data__country, str) and data__country == 'CZ' or isinstance(data__country, str) and data__country == 'DE' or isinstance(data__country, str) and data__country == 'DJ' or isinstance(data__country, str) and data__country == 'DK' or isinstance(data__country, str) and data__country == 'DM' or isinstance(data__country, str) and data__country == 'DO' or isinstance(data__country, str) and data__country == 'DZ' or isinstance(data__country, str) and data__country == 'EC' or isinstance(data__country, str) and data__country == 'EE' or isinstance(data__country, str) and data__country == 'EG' or isinstance(data__country, str) and data__country == 'EH' or isinstance(data__country, str) and data__country == 'EL' or isinstance(data__country, str) and data__country == 'ER' or isinstance(data__country, str) and data__country == 'ES' or isinstance(data__country, str) and data__country == 'ET' or isinstance(data__country, str) and data__country == 'FI' or isinstance(data__country, str) and data__country == 'FJ' or isinstance(data__country, str) and data__country == 'FK' or isinstance(data__country, str) and data__country == 'FM' or isinstance(data__country, str) and data__country == 'FO' or isinstance(data__country, str) and data__country == 'FR' or isinstance(data__country, str) and data__country == 'GA' or isinstance(data__country, str) and data__country == 'GB' or isinstance(data__country, str) and data__country == 'GD' or isinstance(data__country, str) and data__country == 'GE' or isinstance(data__country, str) and data__country == 'GF' or isinstance(data__country, str) and data__country == 'GG' or isinstance(data__country, str) and data__country == 'GH' or isinstance(data__country, str) and data__country == 'GI' or isinstance(data__country, str) and data__country == 'GL' or isinstance(data__country, str) and data__country == 'GM' or isinstance(data__country, str) and data__country == 'GN' or isinstance(data__country, str) and data__country == 'GP' or isinstance(data__country, str) and data__country == 'GQ' or isinstance(data__country, str) and data__country == 'GR' or isinstance(data__country, str) and data__country == 'GS' or isinstance(data__country, str) and data__country == 'GT' or isinstance(data__country, str) and data__country == 'GU' or isinstance(data__country, str) and data__country == 'GW' or isinstance(data__country, str) and data__country == 'GY' or isinstance(data__country, str) and data__country == 'HK' or isinstance(data__country, str) and data__country == 'HM' or isinstance(data__country, str) and data__country == 'HN' or isinstance(data__country, str) and data__country == 'HR' or isinstance(data__country, str) and data__country == 'HT' or isinstance(data__country, str) and data__country == 'HU' or isinstance(data__country, str) and data__country == 'ID' or isinstance(data__country, str) and data__country == 'IE' or isinstance(data__country, str) and data__country == 'IL' or isinstance(data__country, str) and data__country == 'IM' or isinstance(data__country, str) and data__country == 'IN' or isinstance(data__country, str) and data__country == 'IO' or isinstance(data__country, str) and data__country == 'IQ' or isinstance(data__country, str) and data__country == 'IR' or isinstance(data__country, str) and data__country == 'IS' or isinstance(data__country, str) and data__country == 'IT' or isinstance(data__country, str) and data__country == 'JE' or isinstance(data__country, str) and data__country == 'JM' or isinstance(data__country, str) and data__country == 'JO' or isinstance(data__country, str) and data__country == 'JP' or isinstance(data__country, str) and data__country == 'KE' or isinstance(data__country, str) and data__country == 'KG' or isinstance(data__country, str) and data__country == 'KH' or isinstance(data__country, str) and data__country == 'KI' or isinstance(data__country, str) and data__country == 'KM' or isinstance(data__country, str) and data__country == 'KN' or isinstance(data__country, str) and data__country == 'KP' or isinstance(data__country, str) and data__country == 'KR' or isinstance(data__country, str) and data__country == 'KW' or isinstance(data__country, str) and data__country == 'KY' or isinstance(data__country, str) and data__country == 'KZ' or isinstance(data__country, str) and data__country == 'LA' or isinstance(data__country, str) and data__country == 'LB' or isinstance(data__country, str) and data__country == 'LC' or isinstance(data__country, str) and data__country == 'LI' or isinstance(data__country, str) and data__country == 'LK' or isinstance(data__country, str) and data__country == 'LR' or isinstance(data__country, str) and data__country == 'LS' or isinstance(data__country, str) and data__country == 'LT' or isinstance(data__country, str) and data__country == 'LU' or isinstance(data__country, str) and data__country == 'LV' or isinstance(data__country, str) and data__country == 'LY' or isinstance(data__country, str) and data__country == 'MA' or isinstance(data__country, str) and data__country == 'MC' or isinstance(data__country, str) and data__country == 'MD' or isinstance(data__country, str) and data__country == 'ME' or isinstance(data__country, str) and data__country == 'MF' or isinstance(data__country, str) and data__country == 'MG' or isinstance(data__country, str) and data__country == 'MH' or isinstance(data__country, str) and data__country == 'MK' or isinstance(data__country, str) and data__country == 'ML' or isinstance(data__country, str) and data__country == 'MM' or isinstance(data__country, str) and data__country == 'MN' or isinstance(data__country, str) and data__country == 'MO' or isinstance(data__country, str) and data__country == 'MP' or isinstance(data__country, str) and data__country == 'MQ' or isinstance(data__country, str) and data__country == 'MR' or isinstance(data__country, str) and data__country == 'MS' or isinstance(data__country, str) and data__country == 'MT' or isinstance(data__country, str) and data__country == 'MU' or isinstance(data__country, str) and data__country == 'MV' or isinstance(data__country, str) and data__country == 'MW' or isinstance(data__country, str) and data__country == 'MX' or isinstance(data__country, str) and data__country == 'MY' or isinstance(data__country, str) and data__country == 'MZ' or isinstance(data__country, str) and data__country == 'NA' or isinstance(data__country, str) and data__country == 'NC' or isinstance(data__country, str) and data__country == 'NE' or isinstance(data__country, str) and data__country == 'NF' or isinstance(data__country, str) and data__country == 'NG' or isinstance(data__country, str) and data__country == 'NI' or isinstance(data__country, str) and data__country == 'NL' or isinstance(data__country, str) and data__country == 'NO' or isinstance(data__country, str) and data__country == 'NP' or isinstance(data__country, str) and data__country == 'NR' or isinstance(data__country, str) and data__country == 'NU' or isinstance(data__country, str) and data__country == 'NZ' or isinstance(data__country, str) and data__country == 'OM' or isinstance(data__country, str) and data__country == 'PA' or isinstance(data__country, str) and data__country == 'PE' or isinstance(data__country, str) and data__country == 'PF' or isinstance(data__country, str) and data__country == 'PG' or isinstance(data__country, str) and data__country == 'PH' or isinstance(data__country, str) and data__country == 'PK' or isinstance(data__country, str) and data__country == 'PL' or isinstance(data__country, str) and data__country == 'PM' or isinstance(data__country, str) and data__country == 'PN' or isinstance(data__country, str) and data__country == 'PR' or isinstance(data__country, str) and data__country == 'PS' or isinstance(data__country, str) and data__country == 'PT' or isinstance(data__country, str) and data__country == 'PW' or isinstance(data__country, str) and data__country == 'PY' or isinstance(data__country, str) and data__country == 'QA' or isinstance(data__country, str) and data__country == 'RE' or isinstance(data__country, str) and data__country == 'RO' or isinstance(data__country, str) and data__country == 'RS' or isinstance(data__country, str) and data__country == 'RU' or isinstance(data__country, str) and data__country == 'RW' or isinstance(data__country, str) and data__country == 'SA' or isinstance(data__country, str) and data__country == 'SB' or isinstance(data__country, str) and data__country == 'SC' or isinstance(data__country, str) and data__country == 'SD' or isinstance(data__country, str) and data__country == 'SE' or isinstance(data__country, str) and data__country == 'SG' or isinstance(data__country, str) and data__country == 'SH' or isinstance(data__country, str) and data__country == 'SI' or isinstance(data__country, str) and data__country == 'SJ' or isinstance(data__country, str) and data__country == 'SK' or isinstance(data__country, str) and data__country == 'SL' or isinstance(data__country, str) and data__country == 'SM' or isinstance(data__country, str) and data__country == 'SN' or isinstance(data__country, str) and data__country == 'SO' or isinstance(data__country, str) and data__country == 'SR' or isinstance(data__country, str) and data__country == 'SS' or isinstance(data__country, str) and data__country == 'ST' or isinstance(data__country, str) and data__country == 'SV' or isinstance(data__country, str) and data__country == 'SX' or isinstance(data__country, str) and data__country == 'SY' or isinstance(data__country, str) and data__country == 'SZ' or isinstance(data__country, str) and data__country == 'TC' or isinstance(data__country, str) and data__country == 'TD' or isinstance(data__country, str) and data__country == 'TF' or isinstance(data__country, str) and data__country == 'TG' or isinstance(data__country, str) and data__country == 'TH' or isinstance(data__country, str) and data__country == 'TJ' or isinstance(data__country, str) and data__country == 'TK' or isinstance(data__country, str) and data__country == 'TL' or isinstance(data__country, str) and data__country == 'TM' or isinstance(data__country, str) and data__country == 'TN' or isinstance(data__country, str) and data__country == 'TO' or isinstance(data__country, str) and data__country == 'TR' or isinstance(data__country, str) and data__country == 'TT' or isinstance(data__country, str) and data__country == 'TV' or isinstance(data__country, str) and data__country == 'TW' or isinstance(data__country, str) and data__country == 'TZ' or isinstance(data__country, str) and data__country == 'UA' or isinstance(data__country, str) and data__country == 'UG' or isinstance(data__country, str) and data__country == 'UM' or isinstance(data__country, str) and data__country == 'US' or isinstance(data__country, str) and data__country == 'UY' or isinstance(data__country, str) and data__country == 'UZ' or isinstance(data__country, str) and data__country == 'VA' or isinstance(data__country, str) and data__country == 'VC' or isinstance(data__country, str) and data__country == 'VE' or isinstance(data__country, str) and data__country == 'VG' or isinstance(data__country, str) and data__country == 'VI' or isinstance(data__country, str) and data__country == 'VN' or isinstance(data__country, str) and data__country == 'VU' or isinstance(data__country, str) and data__country == 'WF' or isinstance(data__country, str) and data__country == 'WS' or isinstance(data__country, str) and data__country == 'XK' or isinstance(data__country, str) and data__country == 'YE' or isinstance(data__country, str) and data__country == 'YT' or isinstance(data__country, str) and data__country == 'ZA' or isinstance(data__country, str) and data__country == 'ZM' or isinstance(data__country, str) and data__country == 'ZW'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be one of ['AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'EL', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW']")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object or null")
            validate____defs_contact(data__contact, custom_formats, (name_prefix or "data") + ".contact")
        if "mandate_date" in data_keys:
            data_keys.remove("mandate_date")
            data__mandatedate = data["mandate_date"]
            if not isinstance(data__mandatedate, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_date must be string or null")
            if isinstance(data__mandatedate, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__mandatedate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_date must be date")
        if "mandate_evidence" in data_keys:
            data_keys.remove("mandate_evidence")
            data__mandateevidence = data["mandate_evidence"]
            if not isinstance(data__mandateevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_evidence must be array")
            data__mandateevidence_is_list = isinstance(data__mandateevidence, (list, tuple))
            if data__mandateevidence_is_list:
                data__mandateevidence_len = len(data__mandateevidence)
                for data__mandateevidence_x, data__mandateevidence_item in enumerate(data__mandateevidence):
                    if not isinstance(data__mandateevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_evidence[{data__mandateevidence_x}]".format(**locals()) + " must be string")
        if "mandate_tasks" in data_keys:
            data_keys.remove("mandate_tasks")
            data__mandatetasks = data["mandate_tasks"]
            if not isinstance(data__mandatetasks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_tasks must be array")
            data__mandatetasks_is_list = isinstance(data__mandatetasks, (list, tuple))
            if data__mandatetasks_is_list:
                data__mandatetasks_len = len(data__mandatetasks)
                for data__mandatetasks_x, data__mandatetasks_item in enumerate(data__mandatetasks):
                    if not isinstance(data__mandatetasks_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_tasks[{data__mandatetasks_x}]".format(**locals()) + " must be string")
                    if not (isinstance(data__mandatetasks_item, str) and data__mandatetasks_item == 'verify_documentation' or isinstance(data__mandatetasks_item, str) and data__mandatetasks_item == 'keep_documentation' or isinstance(data__mandatetasks_item, str) and data__mandatetasks_item == 'provide_information' or isinstance(data__mandatetasks_item, str) and data__mandatetasks_item == 'cooperate' or isinstance(data__mandatetasks_item, str) and data__mandatetasks_item == 'be_addressed'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_tasks[{data__mandatetasks_x}]".format(**locals()) + " must be one of ['verify_documentation', 'keep_documentation', 'provide_information', 'cooperate', 'be_addressed']")
        if "documentation_retention_years" in data_keys:
            data_keys.remove("documentation_retention_years")
            data__documentationretentionyears = data["documentation_retention_years"]
            if not isinstance(data__documentationretentionyears, (int, NoneType)) and not (isinstance(data__documentationretentionyears, float) and data__documentationretentionyears.is_integer()) or isinstance(data__documentationretentionyears, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".documentation_retention_years must be integer or null")
            if isinstance(data__documentationretentionyears, (int, float, Decimal)) and not isinstance(data__documentationretentionyears, bool):
                if data__documentationretentionyears < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".documentation_retention_years must be bigger than or equal to 0")
        if "mandate_language" in data_keys:
            data_keys.remove("mandate_language")
            data__mandatelanguage = data["mandate_language"]
            if not isinstance(data__mandatelanguage, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mandate_language must be string or null")
        if "terminated" in data_keys:
            data_keys.remove("terminated")
            data__terminated = data["terminated"]
            if not isinstance(data__terminated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terminated must be string or null")
            if isinstance(data__terminated, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__terminated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".terminated must be date")
        if "termination_reported" in data_keys:
            data_keys.remove("termination_reported")
            data__terminationreported = data["termination_reported"]
            if not isinstance(data__terminationreported, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".termination_reported must be string or null")
            if isinstance(data__terminationreported, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__terminationreported):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".termination_reported must be date")
        if "termination_evidence" in data_keys:
            data_keys.remove("termination_evidence")
            data__terminationevidence = data["termination_evidence"]
            if not isinstance(data__terminationevidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".termination_evidence must be array")
            data__terminationevidence_is_list = isinstance(data__terminationevidence, (list, tuple))
            if data__terminationevidence_is_list:
                data__terminationevidence_len = len(data__terminationevidence)
                for data__terminationevidence_x, data__terminationevidence_item in enumerate(data__terminationevidence):
                    if not isinstance(data__terminationevidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".termination_evidence[{data__terminationevidence_x}]".format(**locals()) + " must be string")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


def matches_schema(data: Any) -> None:
    """Raise ``JsonSchemaValueException`` unless ``data`` is valid for the declaration schema."""
    validate(data)


# Model name -> its fields in order: (name, default when absent, conversion). A conversion is None (the
# value as it is), "float", "int", "date", "past" (a date not after the as-of date), "pattern" (a string
# matched by a pattern), "dict" (a mapping of strings), ("model", NAME) or ("list", conversion).
SHAPES: dict[str, tuple[tuple[str, Any, Any], ...]] = {
    'Acceptance': (('tiers', [], ('list', ('model', 'RiskTier'))), ('other_criteria', None, None), ('other_criteria_justification', None, None), ('safety_margin', None, None), ('determination', None, None), ('determined_on', None, 'past')),
    'AdditionalDocumentation': (('architecture', [], ('list', None)), ('integration', [], ('list', None)), ('evaluations', [], ('list', None)), ('safety_mitigations', [], ('list', None)), ('retained_until', None, 'date'), ('decision_records', None, None)),
    'AiOfficeRequests': (('process', None, None), ('evidence', [], ('list', None))),
    'ApproximateSizes': (('text', None, 'float'), ('images', None, 'float'), ('audio', None, 'float'), ('video', None, 'float')),
    'Art52Rebuttal': (('submitted', None, 'past'), ('accepted', None, None), ('decision_date', None, 'past'), ('evidence', [], ('list', None)), ('facts_changed', None, 'past'), ('renotified', None, 'past'), ('renotification_evidence', [], ('list', None))),
    'AuthorisedRepresentative': (('name', None, None), ('country', None, None), ('contact', None, ('model', 'Contact')), ('mandate_date', None, 'past'), ('mandate_evidence', [], ('list', None)), ('mandate_tasks', [], ('list', None)), ('documentation_retention_years', None, 'int'), ('mandate_language', None, None), ('terminated', None, 'past'), ('termination_reported', None, 'past'), ('termination_evidence', [], ('list', None))),
    'BasedOn': (('name', None, None), ('provider', None, None), ('general_purpose', None, None), ('training_compute_flop', None, 'float'), ('systemic_risk', None, None), ('modification_compute_flop', None, 'float'), ('modification', None, None), ('modification_evidence', [], ('list', None))),
    'CodeOfPracticeAdherence': (('signatory', None, None), ('chapters', [], ('list', None)), ('evidence', [], ('list', None))),
    'Complaints': (('contact', None, ('model', 'Contact')), ('mechanism_url', None, None), ('evidence', [], ('list', None))),
    'ComputationalResources': (('training_time_period', None, None), ('training_time_range', None, None), ('training_time', None, ('model', 'TrainingTime')), ('training_compute_order_of_magnitude', None, 'float')),
    'Contact': (('email', None, None), ('url', None, None), ('public', None, None)),
    'Copyright': (('policy', None, ('model', 'CopyrightPolicy')), ('crawls_web', None, None), ('lawful_access', None, ('model', 'LawfulAccess')), ('rights_reservation', None, ('model', 'RightsReservation')), ('non_crawled_content', None, ('model', 'NonCrawledContent')), ('output_safeguards', None, ('model', 'OutputSafeguards')), ('complaints', None, ('model', 'Complaints')), ('legacy_gaps', None, ('model', 'LegacyGaps'))),
    'CopyrightPolicy': (('document', [], ('list', None)), ('owner', None, None), ('last_updated', None, 'past'), ('public_summary_url', None, None)),
    'Crawler': (('name', None, None), ('user_agent', None, None), ('purpose', None, None)),
    'Crawling': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None), ('crawlers', [], ('list', None)), ('purposes', None, None), ('behaviour', None, None), ('period_from', None, 'pattern'), ('period_to', None, 'pattern'), ('top_domains', None, ('model', 'TopDomains'))),
    'Cybersecurity': (('measures', [], ('list', None)), ('evidence', [], ('list', None))),
    'DataPoints': (('value', None, 'float'), ('unit', None, None)),
    'DataSources': (('public_datasets', None, ('model', 'PublicDatasets')), ('private_datasets', None, ('model', 'PrivateDatasets')), ('crawled', None, ('model', 'Crawling')), ('user_data', None, ('model', 'UserData')), ('synthetic', None, ('model', 'SyntheticData')), ('other', None, ('model', 'SourceUse'))),
    'Distribution': (('union_channels', [], ('list', ('model', 'UnionChannel'))), ('downstream_channels', [], ('list', None)), ('licence_link', None, None), ('licence_type', None, None), ('access_terms', None, None), ('additional_assets', None, None)),
    'Documentation': (('version', None, None), ('last_updated', None, 'past'), ('evidence', [], ('list', None)), ('retained_until', None, 'date')),
    'DownstreamInformation': (('version', None, None), ('last_updated', None, 'past'), ('url', None, None), ('evidence', [], ('list', None)), ('request_contact', None, ('model', 'Contact')), ('response_days', None, 'int')),
    'Energy': (('training_mwh', None, 'float'), ('methodology', None, None), ('inference_flop', None, 'float'), ('inference_benchmark', None, ('model', 'InferenceBenchmark'))),
    'Evaluations': (('protocols', [], ('list', None)), ('adversarial_testing', None, None), ('last_run', None, 'past'), ('evidence', [], ('list', None))),
    'Evidence': (('id', None, 'pattern'), ('description', None, None), ('url', None, 'pattern'), ('path', None, None), ('sha256', None, 'pattern'), ('date', None, 'past')),
    'ExceptionClaim': (('claimed', None, None), ('reference_model', None, None), ('justification', None, None), ('reference_status_lost', None, 'past'), ('new_reference_identified', None, 'past'), ('evidence', [], ('list', None))),
    'Exceptions': (('similarly_safe_or_safer', None, ('model', 'ExceptionClaim')), ('all_models_similarly_safe_or_safer', None, ('model', 'ExceptionClaim')), ('weaker_than_open_weights', None, ('model', 'ExceptionClaim')), ('no_qualified_external_evaluator', None, ('model', 'ExceptionClaim')), ('publication_not_necessary', None, ('model', 'ExceptionClaim')), ('safely_derived', None, ('model', 'ExceptionClaim'))),
    'ExternalEvaluatorAccess': (('evaluators', None, 'int'), ('free_of_charge', None, None), ('most_capable_versions', None, None), ('chains_of_thought', None, None), ('fewest_mitigations_version', None, None), ('selection_criteria_url', None, None), ('no_training_on_evaluator_data', None, None)),
    'ExternalReports': (('evaluation_reports', [], ('list', None)), ('security_review_reports', [], ('list', None)), ('evaluator_choice', None, None)),
    'FormGeneralInformation': (('versions', [], ('list', None)), ('authenticity', None, None), ('dependencies', None, None)),
    'Framework': (('version', None, None), ('confirmed_date', None, 'past'), ('ai_office_access', None, 'past'), ('contents', None, ('model', 'FrameworkContents')), ('implementation', None, ('model', 'FrameworkImplementation')), ('updates', [], ('list', ('model', 'FrameworkUpdate'))), ('assessments', [], ('list', ('model', 'FrameworkAssessment'))), ('model_assessment', None, ('model', 'ModelAdequacyAssessment')), ('evidence', [], ('list', None))),
    'FrameworkAssessment': (('date', None, 'past'), ('adequacy', None, None), ('adherence', None, None), ('supervisory_body', None, 'past'), ('ai_office_access', None, 'past'), ('evidence', [], ('list', None))),
    'FrameworkContents': (('processes', None, None), ('trigger_points', None, None), ('acceptance_criteria', None, None), ('tier_mitigations', None, None), ('timeline_estimates', None, None), ('external_input', None, None), ('responsibility_allocation', None, None), ('update_process', None, None)),
    'FrameworkImplementation': (('lighter_touch_evaluations', [], ('list', 'past')), ('full_process_completed', None, 'past'), ('evidence', [], ('list', None))),
    'FrameworkUpdate': (('version', None, None), ('confirmed', None, 'past'), ('changelog', None, None), ('ai_office_access', None, 'past')),
    'FurtherTraining': (('ongoing', None, None), ('last_data_added', None, 'past')),
    'GeneralPurpose': (('declared', None, None), ('rebuttal', None, None), ('rebuttal_evidence', [], ('list', None))),
    'GeneratingModel': (('name', None, None), ('summary_url', None, None)),
    'IdentificationProcess': (('types_considered', [], ('list', None)), ('information_sources', [], ('list', None)), ('nature_and_sources_analysed', None, None), ('evidence', [], ('list', None))),
    'IdentifiedRisk': (('id', None, 'pattern'), ('specified', None, None), ('types', [], ('list', None)), ('description', None, None), ('nature', None, ('model', 'RiskNature')), ('sources', None, ('model', 'RiskSources')), ('scenarios', [], ('list', None)), ('analysis', None, ('model', 'RiskAnalysis')), ('acceptance', None, ('model', 'Acceptance'))),
    'Incident': (('id', None, None), ('category', None, None), ('aware', None, 'past'), ('initial_report', None, 'past'), ('intermediate_reports', [], ('list', 'past')), ('resolved', None, 'past'), ('final_report', None, 'past'), ('information', None, ('model', 'IncidentInformation'))),
    'IncidentInformation': (('dates', None, None), ('harm', None, None), ('chain_of_events', None, None), ('model_involved', None, None), ('involvement_evidence', None, None), ('response', None, None), ('recommendations', None, None), ('root_cause', None, None), ('monitoring_patterns', None, None)),
    'InferenceBenchmark': (('task', None, None), ('hardware', None, None)),
    'Integrity': (('controls', [], ('list', None)), ('evidence', [], ('list', None))),
    'LawfulAccess': (('respects_technological_measures', None, None), ('excludes_infringing_sites', None, None), ('infringing_site_lists', [], ('list', None)), ('evidence', [], ('list', None))),
    'LegacyGaps': (('declared', None, None), ('justification', None, None)),
    'Licence': (('spdx', None, None), ('name', None, None), ('url', None, None), ('grants', {'access': None, 'use': None, 'modification': None, 'redistribution': None}, ('model', 'LicenceGrants')), ('restrictions', [], ('list', None)), ('monetised', None, None), ('public', {'weights': None, 'architecture': None, 'usage_information': None, 'evidence': []}, ('model', 'PublicInformation'))),
    'LicenceGrants': (('access', None, None), ('use', None, None), ('modification', None, None), ('redistribution', None, None)),
    'Modalities': (('input', None, ('list', None)), ('output', None, ('list', None))),
    'ModalitySizes': (('text', None, None), ('images', None, None), ('audio', None, None), ('video', None, None), ('other', None, None), ('other_modality', None, None), ('approximate', None, ('model', 'ApproximateSizes'))),
    'Model': (('name', None, None), ('version', None, None), ('release_date', None, 'date'), ('placement', None, None), ('placed_on_market', None, 'date'), ('retired', None, 'past'), ('general_purpose', {'declared': None, 'rebuttal': None, 'rebuttal_evidence': []}, ('model', 'GeneralPurpose')), ('modalities', None, ('model', 'Modalities')), ('parameters', None, 'int'), ('parameters_estimate', None, None), ('active_parameters', None, 'int'), ('training_compute', {'flop': None, 'cumulative_flop': None, 'method': None, 'description': None, 'tokens': None, 'evidence': []}, ('model', 'TrainingCompute')), ('licence', None, ('model', 'Licence')), ('based_on', None, ('model', 'BasedOn')), ('systemic_risk', {'designated': False, 'designation_date': None, 'threshold_met_date': None, 'notification_date': None, 'notification_evidence': [], 'notified_compute_flop': None, 'notified_estimation_approach': None, 'rebuttal': None}, ('model', 'SystemicRiskStatus'))),
    'ModelAdequacyAssessment': (('date', None, 'past'), ('model_description', None, None), ('risk_identification', None, None), ('forecasts', None, None), ('analysis_results', None, None), ('mitigation_plans', None, None), ('development_risks', None, None), ('supervisory_body', None, 'past'), ('ai_office_access', None, 'past'), ('evidence', [], ('list', None))),
    'ModelDescription': (('architecture_and_capabilities', None, None), ('uses', None, None), ('versions', None, None), ('specification_url', None, None), ('system_prompt_included', None, None)),
    'ModelDocumentation': (('general_information', None, ('model', 'FormGeneralInformation')), ('model_properties', None, ('model', 'ModelProperties')), ('distribution', None, ('model', 'Distribution')), ('use', None, ('model', 'Use')), ('training_process', None, ('model', 'TrainingProcess')), ('training_data', None, ('model', 'TrainingData')), ('computational_resources', None, ('model', 'ComputationalResources')), ('energy', None, ('model', 'Energy'))),
    'ModelEvaluations': (('methods', [], ('list', None)), ('open_ended_testing', None, None), ('evidence', [], ('list', None))),
    'ModelProperties': (('architecture', None, None), ('design_specifications', None, None), ('input_format', None, None), ('output_format', None, None), ('input_max_size', {}, 'dict'), ('output_max_size', {}, 'dict'), ('parameter_range', None, None)),
    'ModelReport': (('version', None, None), ('date', None, 'past'), ('ai_office_access', None, 'past'), ('interim_report', None, 'past'), ('description', None, ('model', 'ModelDescription')), ('reasons_for_proceeding', None, ('model', 'ReasonsForProceeding')), ('documentation', None, ('model', 'RiskDocumentation')), ('external_reports', None, ('model', 'ExternalReports')), ('landscape_changes', None, None), ('updates', [], ('list', ('model', 'ModelReportUpdate'))), ('most_capable', None, None), ('update_exception', None, None), ('update_exception_justification', None, None), ('evidence', [], ('list', None))),
    'ModelReportUpdate': (('version', None, None), ('date', None, 'past'), ('changelog', None, None), ('confirmed', None, 'past'), ('ai_office_access', None, 'past'), ('interim_report', None, 'past'), ('change_on_market', None, 'date')),
    'NamedDataset': (('name', None, None), ('link', None, None)),
    'NonCrawledContent': (('used', None, None), ('robots_txt_information_sought', None, None), ('how', None, None), ('evidence', [], ('list', None))),
    'OptOutRespect': (('code_signatory', None, None), ('measures', None, None)),
    'OutputSafeguards': (('technical_safeguards', None, None), ('acceptable_use_prohibits_infringement', None, None), ('documentation_warns_infringement', None, None), ('evidence', [], ('list', None))),
    'PostMarketMonitoring': (('methods', [], ('list', None)), ('external_evaluators', None, ('model', 'ExternalEvaluatorAccess')), ('vulnerability_disclosure', None, ('model', 'VulnerabilityDisclosure')), ('evidence', [], ('list', None))),
    'PrivateDatasets': (('licensed', None, ('model', 'SourceUse')), ('other', None, ('model', 'PrivateOther'))),
    'PrivateOther': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None), ('known_names', [], ('list', None))),
    'Processing': (('rights_reservations', None, ('model', 'OptOutRespect')), ('illegal_content_removal', None, None), ('other_information', None, None)),
    'Provider': (('name', None, None), ('country', None, None), ('sme', False, None), ('smc', False, None), ('contact', None, ('model', 'Contact')), ('authorised_representative', None, ('model', 'AuthorisedRepresentative')), ('code_of_practice', None, ('model', 'CodeOfPracticeAdherence'))),
    'PublicDatasets': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None), ('large_datasets', [], ('list', ('model', 'NamedDataset'))), ('no_large_datasets', None, None)),
    'PublicInformation': (('weights', None, None), ('architecture', None, None), ('usage_information', None, None), ('evidence', [], ('list', None))),
    'PublicTransparency': (('framework_summary_url', None, None), ('model_report_summary_url', None, None)),
    'ReasonsForProceeding': (('justification', None, None), ('failure_conditions', None, None), ('decision_process', None, None)),
    'Responsibilities': (('oversight', None, None), ('ownership', None, None), ('support_and_monitoring', None, None), ('support_independent', None, None), ('assurance', None, None), ('resources', [], ('list', None)), ('whistleblower_policy_url', None, None), ('workers_informed', None, 'past'), ('ai_office_mailbox_informed', [], ('list', 'past')), ('risk_culture', [], ('list', None)), ('evidence', [], ('list', None))),
    'RightsReservation': (('robots_txt_rfc9309', None, None), ('other_protocols', [], ('list', None)), ('crawlers', [], ('list', ('model', 'Crawler'))), ('crawler_info_url', None, None), ('update_feed_url', None, None), ('evidence', [], ('list', None))),
    'RiskAnalysis': (('model_independent_information', None, None), ('evaluations', None, ('model', 'ModelEvaluations')), ('modelling', None, None), ('estimate', None, ('model', 'RiskEstimate')), ('post_market_monitoring', None, None)),
    'RiskAssessment': (('last_assessed', None, 'past'), ('evidence', [], ('list', None)), ('mitigations_evidence', [], ('list', None))),
    'RiskDocumentation': (('identification', None, None), ('uncertainties', None, None), ('modelling_results', None, None), ('risk_justification', None, None), ('evaluation_results', None, None), ('samples_per_evaluation', None, 'int'), ('evaluator_access', None, None), ('safety_mitigations', None, None), ('security_mitigations', None, None), ('development_plans', None, None)),
    'RiskEstimate': (('format', None, None), ('probability', None, None), ('severity', None, None)),
    'RiskNature': (('essential', [], ('list', None)), ('contributing', [], ('list', None))),
    'RiskRegister': (('identification', None, ('model', 'IdentificationProcess')), ('risks', [], ('list', ('model', 'IdentifiedRisk'))), ('overall_determination', None, None), ('proceeding_decision', None, None)),
    'RiskSources': (('capabilities', [], ('list', None)), ('propensities', [], ('list', None)), ('affordances', [], ('list', None))),
    'RiskTier': (('name', None, None), ('threshold', None, None), ('measurement', None, None), ('reached', None, None), ('unacceptable', None, None)),
    'SafetyAndSecurity': (('framework', None, ('model', 'Framework')), ('evaluations', None, ('model', 'Evaluations')), ('risk_assessment', None, ('model', 'RiskAssessment')), ('serious_incidents', None, ('model', 'SeriousIncidents')), ('cybersecurity', None, ('model', 'Cybersecurity')), ('risk_register', None, ('model', 'RiskRegister')), ('post_market_monitoring', None, ('model', 'PostMarketMonitoring')), ('safety_mitigations', None, ('model', 'SafetyMitigations')), ('security', None, ('model', 'Security')), ('model_report', None, ('model', 'ModelReport')), ('responsibilities', None, ('model', 'Responsibilities')), ('additional_documentation', None, ('model', 'AdditionalDocumentation')), ('public_transparency', None, ('model', 'PublicTransparency')), ('exceptions', None, ('model', 'Exceptions'))),
    'SafetyMitigations': (('measures', [], ('list', None)), ('adversarial_robustness', None, None), ('release_strategy', None, None), ('evidence', [], ('list', None))),
    'Security': (('threat_actors', [], ('list', None)), ('goal', None, None), ('mitigations', [], ('list', None)), ('deviations', [], ('list', ('model', 'SecurityDeviation'))), ('weights_encryption_bits', None, 'int'), ('access_review_interval_months', None, 'int'), ('evidence', [], ('list', None))),
    'SecurityDeviation': (('point', None, None), ('alternative', None, None), ('justification', None, None)),
    'SeriousIncidents': (('process', [], ('list', None)), ('reporting_contact', None, None), ('records_retention_years', None, 'int'), ('identification_methods', [], ('list', None)), ('external_reporting_channel', None, None), ('log', [], ('list', ('model', 'Incident')))),
    'SourceUse': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None)),
    'SummaryGeneralInformation': (('provider_contact', None, ('model', 'Contact')), ('representative_contact', None, ('model', 'Contact')), ('model_versions', [], ('list', None)), ('dependencies', None, None), ('sizes', None, ('model', 'ModalitySizes')), ('content_types', None, None), ('latest_collection', None, 'pattern'), ('continuous_training', None, None), ('linguistic_characteristics', None, None), ('other_characteristics', None, None)),
    'SyntheticData': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None), ('generating_models', [], ('list', ('model', 'GeneratingModel'))), ('other_models', None, None)),
    'SystemicRiskStatus': (('designated', False, None), ('designation_date', None, 'past'), ('threshold_met_date', None, 'past'), ('notification_date', None, 'past'), ('notification_evidence', [], ('list', None)), ('notified_compute_flop', None, 'float'), ('notified_estimation_approach', None, None), ('rebuttal', None, ('model', 'Art52Rebuttal'))),
    'TopDomains': (('share_percent', None, 'float'), ('count', None, 'int'), ('list_url', None, None), ('evidence', [], ('list', None))),
    'TrainingCompute': (('flop', None, 'float'), ('cumulative_flop', None, 'float'), ('method', None, None), ('description', None, None), ('tokens', None, 'float'), ('evidence', [], ('list', None))),
    'TrainingData': (('modalities', [], ('list', None)), ('provenance', [], ('list', None)), ('acquisition_and_selection', None, None), ('data_points_coarse', None, ('model', 'DataPoints')), ('data_points', None, ('model', 'DataPoints')), ('scope_and_characteristics', None, None), ('curation', None, None), ('unsuitability_detection', None, None), ('bias_detection', None, None)),
    'TrainingDataSummary': (('url', None, None), ('evidence', [], ('list', None)), ('version', None, None), ('previous_versions_url', None, None), ('published', None, 'past'), ('last_updated', None, 'past'), ('further_training', None, ('model', 'FurtherTraining')), ('general', None, ('model', 'SummaryGeneralInformation')), ('sources', None, ('model', 'DataSources')), ('processing', None, ('model', 'Processing')), ('legacy_gaps', None, ('model', 'LegacyGaps'))),
    'TrainingProcess': (('design_specifications', None, None), ('decision_rationale', None, None), ('parameter_relevance', None, None)),
    'TrainingTime': (('wall_clock_days', None, 'float'), ('hardware_days', None, 'float'), ('hardware', None, None)),
    'Transparency': (('documentation', None, ('model', 'Documentation')), ('downstream_information', None, ('model', 'DownstreamInformation')), ('contact', None, ('model', 'Contact')), ('ai_office_requests', None, ('model', 'AiOfficeRequests')), ('integrity', None, ('model', 'Integrity')), ('model_documentation', None, ('model', 'ModelDocumentation'))),
    'UnionChannel': (('channel', None, None), ('access_link', None, None), ('access_level', None, None)),
    'Use': (('acceptable_use_policy', None, None), ('intended_uses', None, None), ('integration_types', None, None), ('integration_means', None, None), ('technical_documentation', None, None), ('required_hardware', None, None), ('required_software', None, None)),
    'UserData': (('used', None, None), ('modalities', [], ('list', None)), ('description', None, None), ('from_model_interactions', None, None), ('from_other_services', None, None)),
    'VulnerabilityDisclosure': (('policy_url', None, None), ('max_publication_delay_business_days', None, 'int'), ('max_publication_delay_days', None, 'int')),
    'Declaration': (('format_version', None, None), ('rulesets', {}, 'dict'), ('profile', None, 'pattern'), ('provider', None, ('model', 'Provider')), ('model', None, ('model', 'Model')), ('transparency', None, ('model', 'Transparency')), ('copyright', None, ('model', 'Copyright')), ('training_data_summary', None, ('model', 'TrainingDataSummary')), ('safety_and_security', None, ('model', 'SafetyAndSecurity')), ('evidence', [], ('list', ('model', 'Evidence')))),
}
