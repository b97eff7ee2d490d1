"""The validation functions of the declaration's ``safety_and_security`` section, which
``validate`` in ``_declaration_schema.py`` imports where a declaration has that section. GENERATED with it,
do not edit: regenerate with ``python -m compliance_checker.tools.schemas`` (tools/fastpath.py says how).
"""
# fmt: off
from compliance_checker.loading._declaration_schema import Decimal, JsonSchemaValueException, JsonSchemaValuesException, NoneType, REGEX_PATTERNS

def validate____defs_safetyandsecurity(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'framework', 'evaluations', 'risk_assessment', 'serious_incidents', 'cybersecurity', 'risk_register', 'post_market_monitoring', 'safety_mitigations', 'security', 'model_report', 'responsibilities', 'additional_documentation', 'public_transparency', 'exceptions'}:
            raise JsonSchemaValueException
        if 'framework' in data:
            data__framework = data['framework']
            if not isinstance(data__framework, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_framework(data__framework)
        if 'evaluations' in data:
            data__evaluations = data['evaluations']
            if not isinstance(data__evaluations, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_evaluations(data__evaluations)
        if 'risk_assessment' in data:
            data__riskassessment = data['risk_assessment']
            if not isinstance(data__riskassessment, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_riskassessment(data__riskassessment)
        if 'serious_incidents' in data:
            data__seriousincidents = data['serious_incidents']
            if not isinstance(data__seriousincidents, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_seriousincidents(data__seriousincidents)
        if 'cybersecurity' in data:
            data__cybersecurity = data['cybersecurity']
            if not isinstance(data__cybersecurity, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_cybersecurity(data__cybersecurity)
        if 'risk_register' in data:
            data__riskregister = data['risk_register']
            if not isinstance(data__riskregister, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_riskregister(data__riskregister)
        if 'post_market_monitoring' in data:
            data__postmarketmonitoring = data['post_market_monitoring']
            if not isinstance(data__postmarketmonitoring, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_postmarketmonitoring(data__postmarketmonitoring)
        if 'safety_mitigations' in data:
            data__safetymitigations = data['safety_mitigations']
            if not isinstance(data__safetymitigations, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_safetymitigations(data__safetymitigations)
        if 'security' in data:
            data__security = data['security']
            if not isinstance(data__security, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_security(data__security)
        if 'model_report' in data:
            data__modelreport = data['model_report']
            if not isinstance(data__modelreport, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modelreport(data__modelreport)
        if 'responsibilities' in data:
            data__responsibilities = data['responsibilities']
            if not isinstance(data__responsibilities, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_responsibilities(data__responsibilities)
        if 'additional_documentation' in data:
            data__additionaldocumentation = data['additional_documentation']
            if not isinstance(data__additionaldocumentation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_additionaldocumentation(data__additionaldocumentation)
        if 'public_transparency' in data:
            data__publictransparency = data['public_transparency']
            if not isinstance(data__publictransparency, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_publictransparency(data__publictransparency)
        if 'exceptions' in data:
            data__exceptions = data['exceptions']
            if not isinstance(data__exceptions, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptions(data__exceptions)
    return data

def validate____defs_exceptions(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'similarly_safe_or_safer', 'all_models_similarly_safe_or_safer', 'weaker_than_open_weights', 'no_qualified_external_evaluator', 'publication_not_necessary', 'safely_derived'}:
            raise JsonSchemaValueException
        if 'similarly_safe_or_safer' in data:
            data__similarlysafeorsafer = data['similarly_safe_or_safer']
            if not isinstance(data__similarlysafeorsafer, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__similarlysafeorsafer)
        if 'all_models_similarly_safe_or_safer' in data:
            data__allmodelssimilarlysafeorsafer = data['all_models_similarly_safe_or_safer']
            if not isinstance(data__allmodelssimilarlysafeorsafer, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__allmodelssimilarlysafeorsafer)
        if 'weaker_than_open_weights' in data:
            data__weakerthanopenweights = data['weaker_than_open_weights']
            if not isinstance(data__weakerthanopenweights, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__weakerthanopenweights)
        if 'no_qualified_external_evaluator' in data:
            data__noqualifiedexternalevaluator = data['no_qualified_external_evaluator']
            if not isinstance(data__noqualifiedexternalevaluator, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__noqualifiedexternalevaluator)
        if 'publication_not_necessary' in data:
            data__publicationnotnecessary = data['publication_not_necessary']
            if not isinstance(data__publicationnotnecessary, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__publicationnotnecessary)
        if 'safely_derived' in data:
            data__safelyderived = data['safely_derived']
            if not isinstance(data__safelyderived, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_exceptionclaim(data__safelyderived)
    return data

def validate____defs_exceptionclaim(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['claimed']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'claimed', 'reference_model', 'justification', 'reference_status_lost', 'new_reference_identified', 'evidence'}:
            raise JsonSchemaValueException
        if 'claimed' in data:
            data__claimed = data['claimed']
            if not isinstance(data__claimed, bool):
                raise JsonSchemaValueException
        if 'reference_model' in data:
            data__referencemodel = data['reference_model']
            if not isinstance(data__referencemodel, (str, NoneType)):
                raise JsonSchemaValueException
        if 'justification' in data:
            data__justification = data['justification']
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'reference_status_lost' in data:
            data__referencestatuslost = data['reference_status_lost']
            if not isinstance(data__referencestatuslost, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__referencestatuslost, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__referencestatuslost):
                    raise JsonSchemaValueException
        if 'new_reference_identified' in data:
            data__newreferenceidentified = data['new_reference_identified']
            if not isinstance(data__newreferenceidentified, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__newreferenceidentified, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__newreferenceidentified):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_publictransparency(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'framework_summary_url', 'model_report_summary_url'}:
            raise JsonSchemaValueException
        if 'framework_summary_url' in data:
            data__frameworksummaryurl = data['framework_summary_url']
            if not isinstance(data__frameworksummaryurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'model_report_summary_url' in data:
            data__modelreportsummaryurl = data['model_report_summary_url']
            if not isinstance(data__modelreportsummaryurl, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_additionaldocumentation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'architecture', 'integration', 'evaluations', 'safety_mitigations', 'retained_until', 'decision_records'}:
            raise JsonSchemaValueException
        if 'architecture' in data:
            data__architecture = data['architecture']
            if not isinstance(data__architecture, (list, tuple)):
                raise JsonSchemaValueException
            for data__architecture_item in data__architecture:
                if not isinstance(data__architecture_item, str):
                    raise JsonSchemaValueException
        if 'integration' in data:
            data__integration = data['integration']
            if not isinstance(data__integration, (list, tuple)):
                raise JsonSchemaValueException
            for data__integration_item in data__integration:
                if not isinstance(data__integration_item, str):
                    raise JsonSchemaValueException
        if 'evaluations' in data:
            data__evaluations = data['evaluations']
            if not isinstance(data__evaluations, (list, tuple)):
                raise JsonSchemaValueException
            for data__evaluations_item in data__evaluations:
                if not isinstance(data__evaluations_item, str):
                    raise JsonSchemaValueException
        if 'safety_mitigations' in data:
            data__safetymitigations = data['safety_mitigations']
            if not isinstance(data__safetymitigations, (list, tuple)):
                raise JsonSchemaValueException
            for data__safetymitigations_item in data__safetymitigations:
                if not isinstance(data__safetymitigations_item, str):
                    raise JsonSchemaValueException
        if 'retained_until' in data:
            data__retaineduntil = data['retained_until']
            if not isinstance(data__retaineduntil, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__retaineduntil, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__retaineduntil):
                    raise JsonSchemaValueException
        if 'decision_records' in data:
            data__decisionrecords = data['decision_records']
            if not isinstance(data__decisionrecords, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_responsibilities(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'oversight', 'ownership', 'support_and_monitoring', 'support_independent', 'assurance', 'resources', 'whistleblower_policy_url', 'workers_informed', 'ai_office_mailbox_informed', 'risk_culture', 'evidence'}:
            raise JsonSchemaValueException
        if 'oversight' in data:
            data__oversight = data['oversight']
            if not isinstance(data__oversight, (str, NoneType)):
                raise JsonSchemaValueException
        if 'ownership' in data:
            data__ownership = data['ownership']
            if not isinstance(data__ownership, (str, NoneType)):
                raise JsonSchemaValueException
        if 'support_and_monitoring' in data:
            data__supportandmonitoring = data['support_and_monitoring']
            if not isinstance(data__supportandmonitoring, (str, NoneType)):
                raise JsonSchemaValueException
        if 'support_independent' in data:
            data__supportindependent = data['support_independent']
            if not isinstance(data__supportindependent, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'assurance' in data:
            data__assurance = data['assurance']
            if not isinstance(data__assurance, (str, NoneType)):
                raise JsonSchemaValueException
        if 'resources' in data:
            data__resources = data['resources']
            if not isinstance(data__resources, (list, tuple)):
                raise JsonSchemaValueException
            for data__resources_item in data__resources:
                if not isinstance(data__resources_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__resources_item, str) and data__resources_item in {'human', 'financial', 'information', 'computational'}):
                    raise JsonSchemaValueException
        if 'whistleblower_policy_url' in data:
            data__whistleblowerpolicyurl = data['whistleblower_policy_url']
            if not isinstance(data__whistleblowerpolicyurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'workers_informed' in data:
            data__workersinformed = data['workers_informed']
            if not isinstance(data__workersinformed, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__workersinformed, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__workersinformed):
                    raise JsonSchemaValueException
        if 'ai_office_mailbox_informed' in data:
            data__aiofficemailboxinformed = data['ai_office_mailbox_informed']
            if not isinstance(data__aiofficemailboxinformed, (list, tuple)):
                raise JsonSchemaValueException
            for data__aiofficemailboxinformed_item in data__aiofficemailboxinformed:
                if not isinstance(data__aiofficemailboxinformed_item, str):
                    raise JsonSchemaValueException
                if isinstance(data__aiofficemailboxinformed_item, str):
                    if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficemailboxinformed_item):
                        raise JsonSchemaValueException
        if 'risk_culture' in data:
            data__riskculture = data['risk_culture']
            if not isinstance(data__riskculture, (list, tuple)):
                raise JsonSchemaValueException
            for data__riskculture_item in data__riskculture:
                if not isinstance(data__riskculture_item, str):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_modelreport(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'version', 'date', 'ai_office_access', 'interim_report', 'description', 'reasons_for_proceeding', 'documentation', 'external_reports', 'landscape_changes', 'updates', 'most_capable', 'update_exception', 'update_exception_justification', 'evidence'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException
        if 'date' in data:
            data__date = data['date']
            if not isinstance(data__date, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__date):
                    raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
        if 'interim_report' in data:
            data__interimreport = data['interim_report']
            if not isinstance(data__interimreport, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__interimreport, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__interimreport):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modeldescription(data__description)
        if 'reasons_for_proceeding' in data:
            data__reasonsforproceeding = data['reasons_for_proceeding']
            if not isinstance(data__reasonsforproceeding, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_reasonsforproceeding(data__reasonsforproceeding)
        if 'documentation' in data:
            data__documentation = data['documentation']
            if not isinstance(data__documentation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_riskdocumentation(data__documentation)
        if 'external_reports' in data:
            data__externalreports = data['external_reports']
            if not isinstance(data__externalreports, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_externalreports(data__externalreports)
        if 'landscape_changes' in data:
            data__landscapechanges = data['landscape_changes']
            if not isinstance(data__landscapechanges, (str, NoneType)):
                raise JsonSchemaValueException
        if 'updates' in data:
            data__updates = data['updates']
            if not isinstance(data__updates, (list, tuple)):
                raise JsonSchemaValueException
            for data__updates_item in data__updates:
                if not isinstance(data__updates_item, dict):
                    raise JsonSchemaValueException
                validate____defs_modelreportupdate(data__updates_item)
        if 'most_capable' in data:
            data__mostcapable = data['most_capable']
            if not isinstance(data__mostcapable, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'update_exception' in data:
            data__updateexception = data['update_exception']
            if not isinstance(data__updateexception, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__updateexception, str) and data__updateexception in {'unchanged', 'successor_within_a_month', 'similarly_safe_or_safer'} or data__updateexception is None):
                raise JsonSchemaValueException
        if 'update_exception_justification' in data:
            data__updateexceptionjustification = data['update_exception_justification']
            if not isinstance(data__updateexceptionjustification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_modelreportupdate(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['version', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'version', 'date', 'changelog', 'confirmed', 'ai_office_access', 'interim_report', 'change_on_market'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, str):
                raise JsonSchemaValueException
        if 'date' in data:
            data__date = data['date']
            if not isinstance(data__date, str):
                raise JsonSchemaValueException
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__date):
                    raise JsonSchemaValueException
        if 'changelog' in data:
            data__changelog = data['changelog']
            if not isinstance(data__changelog, (str, NoneType)):
                raise JsonSchemaValueException
        if 'confirmed' in data:
            data__confirmed = data['confirmed']
            if not isinstance(data__confirmed, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__confirmed, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__confirmed):
                    raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
        if 'interim_report' in data:
            data__interimreport = data['interim_report']
            if not isinstance(data__interimreport, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__interimreport, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__interimreport):
                    raise JsonSchemaValueException
        if 'change_on_market' in data:
            data__changeonmarket = data['change_on_market']
            if not isinstance(data__changeonmarket, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__changeonmarket, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__changeonmarket):
                    raise JsonSchemaValueException
    return data

def validate____defs_externalreports(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'evaluation_reports', 'security_review_reports', 'evaluator_choice'}:
            raise JsonSchemaValueException
        if 'evaluation_reports' in data:
            data__evaluationreports = data['evaluation_reports']
            if not isinstance(data__evaluationreports, (list, tuple)):
                raise JsonSchemaValueException
            for data__evaluationreports_item in data__evaluationreports:
                if not isinstance(data__evaluationreports_item, str):
                    raise JsonSchemaValueException
        if 'security_review_reports' in data:
            data__securityreviewreports = data['security_review_reports']
            if not isinstance(data__securityreviewreports, (list, tuple)):
                raise JsonSchemaValueException
            for data__securityreviewreports_item in data__securityreviewreports:
                if not isinstance(data__securityreviewreports_item, str):
                    raise JsonSchemaValueException
        if 'evaluator_choice' in data:
            data__evaluatorchoice = data['evaluator_choice']
            if not isinstance(data__evaluatorchoice, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_riskdocumentation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'identification', 'uncertainties', 'modelling_results', 'risk_justification', 'evaluation_results', 'samples_per_evaluation', 'evaluator_access', 'safety_mitigations', 'security_mitigations', 'development_plans'}:
            raise JsonSchemaValueException
        if 'identification' in data:
            data__identification = data['identification']
            if not isinstance(data__identification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'uncertainties' in data:
            data__uncertainties = data['uncertainties']
            if not isinstance(data__uncertainties, (str, NoneType)):
                raise JsonSchemaValueException
        if 'modelling_results' in data:
            data__modellingresults = data['modelling_results']
            if not isinstance(data__modellingresults, (str, NoneType)):
                raise JsonSchemaValueException
        if 'risk_justification' in data:
            data__riskjustification = data['risk_justification']
            if not isinstance(data__riskjustification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evaluation_results' in data:
            data__evaluationresults = data['evaluation_results']
            if not isinstance(data__evaluationresults, (str, NoneType)):
                raise JsonSchemaValueException
        if 'samples_per_evaluation' in data:
            data__samplesperevaluation = data['samples_per_evaluation']
            if not isinstance(data__samplesperevaluation, (int, NoneType)) and (not (isinstance(data__samplesperevaluation, float) and data__samplesperevaluation.is_integer())) or isinstance(data__samplesperevaluation, bool):
                raise JsonSchemaValueException
            if isinstance(data__samplesperevaluation, (int, float, Decimal)) and (not isinstance(data__samplesperevaluation, bool)):
                if data__samplesperevaluation < 0:
                    raise JsonSchemaValueException
        if 'evaluator_access' in data:
            data__evaluatoraccess = data['evaluator_access']
            if not isinstance(data__evaluatoraccess, (str, NoneType)):
                raise JsonSchemaValueException
        if 'safety_mitigations' in data:
            data__safetymitigations = data['safety_mitigations']
            if not isinstance(data__safetymitigations, (str, NoneType)):
                raise JsonSchemaValueException
        if 'security_mitigations' in data:
            data__securitymitigations = data['security_mitigations']
            if not isinstance(data__securitymitigations, (str, NoneType)):
                raise JsonSchemaValueException
        if 'development_plans' in data:
            data__developmentplans = data['development_plans']
            if not isinstance(data__developmentplans, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_reasonsforproceeding(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'justification', 'failure_conditions', 'decision_process'}:
            raise JsonSchemaValueException
        if 'justification' in data:
            data__justification = data['justification']
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'failure_conditions' in data:
            data__failureconditions = data['failure_conditions']
            if not isinstance(data__failureconditions, (str, NoneType)):
                raise JsonSchemaValueException
        if 'decision_process' in data:
            data__decisionprocess = data['decision_process']
            if not isinstance(data__decisionprocess, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_modeldescription(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'architecture_and_capabilities', 'uses', 'versions', 'specification_url', 'system_prompt_included'}:
            raise JsonSchemaValueException
        if 'architecture_and_capabilities' in data:
            data__architectureandcapabilities = data['architecture_and_capabilities']
            if not isinstance(data__architectureandcapabilities, (str, NoneType)):
                raise JsonSchemaValueException
        if 'uses' in data:
            data__uses = data['uses']
            if not isinstance(data__uses, (str, NoneType)):
                raise JsonSchemaValueException
        if 'versions' in data:
            data__versions = data['versions']
            if not isinstance(data__versions, (str, NoneType)):
                raise JsonSchemaValueException
        if 'specification_url' in data:
            data__specificationurl = data['specification_url']
            if not isinstance(data__specificationurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'system_prompt_included' in data:
            data__systempromptincluded = data['system_prompt_included']
            if not isinstance(data__systempromptincluded, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_security(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'threat_actors', 'goal', 'mitigations', 'deviations', 'weights_encryption_bits', 'access_review_interval_months', 'evidence'}:
            raise JsonSchemaValueException
        if 'threat_actors' in data:
            data__threatactors = data['threat_actors']
            if not isinstance(data__threatactors, (list, tuple)):
                raise JsonSchemaValueException
            for data__threatactors_item in data__threatactors:
                if not isinstance(data__threatactors_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__threatactors_item, str) and data__threatactors_item in {'non_state_external', 'insider', 'state_actor', 'other'}):
                    raise JsonSchemaValueException
        if 'goal' in data:
            data__goal = data['goal']
            if not isinstance(data__goal, (str, NoneType)):
                raise JsonSchemaValueException
        if 'mitigations' in data:
            data__mitigations = data['mitigations']
            if not isinstance(data__mitigations, (list, tuple)):
                raise JsonSchemaValueException
            for data__mitigations_item in data__mitigations:
                if not isinstance(data__mitigations_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__mitigations_item, str) and data__mitigations_item in {'4.1', '4.2', '4.3', '4.4', '4.5'}):
                    raise JsonSchemaValueException
        if 'deviations' in data:
            data__deviations = data['deviations']
            if not isinstance(data__deviations, (list, tuple)):
                raise JsonSchemaValueException
            for data__deviations_item in data__deviations:
                if not isinstance(data__deviations_item, dict):
                    raise JsonSchemaValueException
                validate____defs_securitydeviation(data__deviations_item)
        if 'weights_encryption_bits' in data:
            data__weightsencryptionbits = data['weights_encryption_bits']
            if not isinstance(data__weightsencryptionbits, (int, NoneType)) and (not (isinstance(data__weightsencryptionbits, float) and data__weightsencryptionbits.is_integer())) or isinstance(data__weightsencryptionbits, bool):
                raise JsonSchemaValueException
            if isinstance(data__weightsencryptionbits, (int, float, Decimal)) and (not isinstance(data__weightsencryptionbits, bool)):
                if data__weightsencryptionbits < 0:
                    raise JsonSchemaValueException
        if 'access_review_interval_months' in data:
            data__accessreviewintervalmonths = data['access_review_interval_months']
            if not isinstance(data__accessreviewintervalmonths, (int, NoneType)) and (not (isinstance(data__accessreviewintervalmonths, float) and data__accessreviewintervalmonths.is_integer())) or isinstance(data__accessreviewintervalmonths, bool):
                raise JsonSchemaValueException
            if isinstance(data__accessreviewintervalmonths, (int, float, Decimal)) and (not isinstance(data__accessreviewintervalmonths, bool)):
                if data__accessreviewintervalmonths < 0:
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_securitydeviation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['point']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'point', 'alternative', 'justification'}:
            raise JsonSchemaValueException
        if 'point' in data:
            data__point = data['point']
            data__point_any_of_count1 = 0
            if not data__point_any_of_count1:
                try:
                    if not isinstance(data__point, str):
                        raise JsonSchemaValueException
                    if not (isinstance(data__point, str) and data__point in {'4.1', '4.2', '4.3', '4.4', '4.5'}):
                        raise JsonSchemaValueException
                    data__point_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__point_any_of_count1:
                try:
                    if not isinstance(data__point, str):
                        raise JsonSchemaValueException
                    if not (isinstance(data__point, str) and data__point in {'4.1(1)', '4.1(2)', '4.1(3)', '4.1(4)', '4.2(1)', '4.2(2)', '4.2(3)', '4.2(4)', '4.2(5)', '4.2(6)', '4.3(1)', '4.3(2)', '4.3(3)', '4.3(4)', '4.4(1)', '4.4(2)', '4.4(3)', '4.4(4)', '4.5(1)', '4.5(2)', '4.5(3)', '4.5(4)', '4.5(5)', '4.5(6)', '4.5(7)'}):
                        raise JsonSchemaValueException
                    data__point_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__point_any_of_count1:
                raise JsonSchemaValueException
        if 'alternative' in data:
            data__alternative = data['alternative']
            if not isinstance(data__alternative, (str, NoneType)):
                raise JsonSchemaValueException
        if 'justification' in data:
            data__justification = data['justification']
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_safetymitigations(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'measures', 'adversarial_robustness', 'release_strategy', 'evidence'}:
            raise JsonSchemaValueException
        if 'measures' in data:
            data__measures = data['measures']
            if not isinstance(data__measures, (list, tuple)):
                raise JsonSchemaValueException
            for data__measures_item in data__measures:
                if not isinstance(data__measures_item, str):
                    raise JsonSchemaValueException
        if 'adversarial_robustness' in data:
            data__adversarialrobustness = data['adversarial_robustness']
            if not isinstance(data__adversarialrobustness, (str, NoneType)):
                raise JsonSchemaValueException
        if 'release_strategy' in data:
            data__releasestrategy = data['release_strategy']
            if not isinstance(data__releasestrategy, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_postmarketmonitoring(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'methods', 'external_evaluators', 'vulnerability_disclosure', 'evidence'}:
            raise JsonSchemaValueException
        if 'methods' in data:
            data__methods = data['methods']
            if not isinstance(data__methods, (list, tuple)):
                raise JsonSchemaValueException
            for data__methods_item in data__methods:
                if not isinstance(data__methods_item, str):
                    raise JsonSchemaValueException
        if 'external_evaluators' in data:
            data__externalevaluators = data['external_evaluators']
            if not isinstance(data__externalevaluators, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_externalevaluatoraccess(data__externalevaluators)
        if 'vulnerability_disclosure' in data:
            data__vulnerabilitydisclosure = data['vulnerability_disclosure']
            if not isinstance(data__vulnerabilitydisclosure, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_vulnerabilitydisclosure(data__vulnerabilitydisclosure)
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_vulnerabilitydisclosure(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'policy_url', 'max_publication_delay_business_days', 'max_publication_delay_days'}:
            raise JsonSchemaValueException
        if 'policy_url' in data:
            data__policyurl = data['policy_url']
            if not isinstance(data__policyurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'max_publication_delay_business_days' in data:
            data__maxpublicationdelaybusinessdays = data['max_publication_delay_business_days']
            if not isinstance(data__maxpublicationdelaybusinessdays, (int, NoneType)) and (not (isinstance(data__maxpublicationdelaybusinessdays, float) and data__maxpublicationdelaybusinessdays.is_integer())) or isinstance(data__maxpublicationdelaybusinessdays, bool):
                raise JsonSchemaValueException
            if isinstance(data__maxpublicationdelaybusinessdays, (int, float, Decimal)) and (not isinstance(data__maxpublicationdelaybusinessdays, bool)):
                if data__maxpublicationdelaybusinessdays < 0:
                    raise JsonSchemaValueException
        if 'max_publication_delay_days' in data:
            data__maxpublicationdelaydays = data['max_publication_delay_days']
            if not isinstance(data__maxpublicationdelaydays, (int, NoneType)) and (not (isinstance(data__maxpublicationdelaydays, float) and data__maxpublicationdelaydays.is_integer())) or isinstance(data__maxpublicationdelaydays, bool):
                raise JsonSchemaValueException
            if isinstance(data__maxpublicationdelaydays, (int, float, Decimal)) and (not isinstance(data__maxpublicationdelaydays, bool)):
                if data__maxpublicationdelaydays < 0:
                    raise JsonSchemaValueException
    return data

def validate____defs_externalevaluatoraccess(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'evaluators', 'free_of_charge', 'most_capable_versions', 'chains_of_thought', 'fewest_mitigations_version', 'selection_criteria_url', 'no_training_on_evaluator_data'}:
            raise JsonSchemaValueException
        if 'evaluators' in data:
            data__evaluators = data['evaluators']
            if not isinstance(data__evaluators, (int, NoneType)) and (not (isinstance(data__evaluators, float) and data__evaluators.is_integer())) or isinstance(data__evaluators, bool):
                raise JsonSchemaValueException
            if isinstance(data__evaluators, (int, float, Decimal)) and (not isinstance(data__evaluators, bool)):
                if data__evaluators < 0:
                    raise JsonSchemaValueException
        if 'free_of_charge' in data:
            data__freeofcharge = data['free_of_charge']
            if not isinstance(data__freeofcharge, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'most_capable_versions' in data:
            data__mostcapableversions = data['most_capable_versions']
            if not isinstance(data__mostcapableversions, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'chains_of_thought' in data:
            data__chainsofthought = data['chains_of_thought']
            if not isinstance(data__chainsofthought, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'fewest_mitigations_version' in data:
            data__fewestmitigationsversion = data['fewest_mitigations_version']
            if not isinstance(data__fewestmitigationsversion, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'selection_criteria_url' in data:
            data__selectioncriteriaurl = data['selection_criteria_url']
            if not isinstance(data__selectioncriteriaurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'no_training_on_evaluator_data' in data:
            data__notrainingonevaluatordata = data['no_training_on_evaluator_data']
            if not isinstance(data__notrainingonevaluatordata, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_riskregister(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'identification', 'risks', 'overall_determination', 'proceeding_decision'}:
            raise JsonSchemaValueException
        if 'identification' in data:
            data__identification = data['identification']
            if not isinstance(data__identification, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_identificationprocess(data__identification)
        if 'risks' in data:
            data__risks = data['risks']
            if not isinstance(data__risks, (list, tuple)):
                raise JsonSchemaValueException
            for data__risks_item in data__risks:
                if not isinstance(data__risks_item, dict):
                    raise JsonSchemaValueException
                validate____defs_identifiedrisk(data__risks_item)
        if 'overall_determination' in data:
            data__overalldetermination = data['overall_determination']
            if not isinstance(data__overalldetermination, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__overalldetermination, str) and data__overalldetermination in {'acceptable', 'not_acceptable'} or data__overalldetermination is None):
                raise JsonSchemaValueException
        if 'proceeding_decision' in data:
            data__proceedingdecision = data['proceeding_decision']
            if not isinstance(data__proceedingdecision, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_identifiedrisk(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'id', 'specified', 'types', 'description', 'nature', 'sources', 'scenarios', 'analysis', 'acceptance'}:
            raise JsonSchemaValueException
        if 'id' in data:
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException
        if 'specified' in data:
            data__specified = data['specified']
            if not isinstance(data__specified, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__specified, str) and data__specified in {'cbrn', 'loss_of_control', 'cyber_offence', 'harmful_manipulation'} or data__specified is None):
                raise JsonSchemaValueException
        if 'types' in data:
            data__types = data['types']
            if not isinstance(data__types, (list, tuple)):
                raise JsonSchemaValueException
            for data__types_item in data__types:
                if not isinstance(data__types_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__types_item, str) and data__types_item in {'public_health', 'safety', 'public_security', 'fundamental_rights', 'society', 'public_health_safety_security'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'nature' in data:
            data__nature = data['nature']
            if not isinstance(data__nature, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_risknature(data__nature)
        if 'sources' in data:
            data__sources = data['sources']
            if not isinstance(data__sources, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_risksources(data__sources)
        if 'scenarios' in data:
            data__scenarios = data['scenarios']
            if not isinstance(data__scenarios, (list, tuple)):
                raise JsonSchemaValueException
            for data__scenarios_item in data__scenarios:
                if not isinstance(data__scenarios_item, str):
                    raise JsonSchemaValueException
        if 'analysis' in data:
            data__analysis = data['analysis']
            if not isinstance(data__analysis, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_riskanalysis(data__analysis)
        if 'acceptance' in data:
            data__acceptance = data['acceptance']
            if not isinstance(data__acceptance, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_acceptance(data__acceptance)
    return data

def validate____defs_acceptance(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'tiers', 'other_criteria', 'other_criteria_justification', 'safety_margin', 'determination', 'determined_on'}:
            raise JsonSchemaValueException
        if 'tiers' in data:
            data__tiers = data['tiers']
            if not isinstance(data__tiers, (list, tuple)):
                raise JsonSchemaValueException
            for data__tiers_item in data__tiers:
                if not isinstance(data__tiers_item, dict):
                    raise JsonSchemaValueException
                validate____defs_risktier(data__tiers_item)
        if 'other_criteria' in data:
            data__othercriteria = data['other_criteria']
            if not isinstance(data__othercriteria, (str, NoneType)):
                raise JsonSchemaValueException
        if 'other_criteria_justification' in data:
            data__othercriteriajustification = data['other_criteria_justification']
            if not isinstance(data__othercriteriajustification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'safety_margin' in data:
            data__safetymargin = data['safety_margin']
            if not isinstance(data__safetymargin, (str, NoneType)):
                raise JsonSchemaValueException
        if 'determination' in data:
            data__determination = data['determination']
            if not isinstance(data__determination, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__determination, str) and data__determination in {'acceptable', 'not_acceptable'} or data__determination is None):
                raise JsonSchemaValueException
        if 'determined_on' in data:
            data__determinedon = data['determined_on']
            if not isinstance(data__determinedon, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__determinedon, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__determinedon):
                    raise JsonSchemaValueException
    return data

def validate____defs_risktier(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'reached']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'threshold', 'measurement', 'reached', 'unacceptable'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'threshold' in data:
            data__threshold = data['threshold']
            if not isinstance(data__threshold, (str, NoneType)):
                raise JsonSchemaValueException
        if 'measurement' in data:
            data__measurement = data['measurement']
            if not isinstance(data__measurement, (str, NoneType)):
                raise JsonSchemaValueException
        if 'reached' in data:
            data__reached = data['reached']
            if not isinstance(data__reached, bool):
                raise JsonSchemaValueException
        if 'unacceptable' in data:
            data__unacceptable = data['unacceptable']
            if not isinstance(data__unacceptable, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_riskanalysis(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'model_independent_information', 'evaluations', 'modelling', 'estimate', 'post_market_monitoring'}:
            raise JsonSchemaValueException
        if 'model_independent_information' in data:
            data__modelindependentinformation = data['model_independent_information']
            if not isinstance(data__modelindependentinformation, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evaluations' in data:
            data__evaluations = data['evaluations']
            if not isinstance(data__evaluations, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modelevaluations(data__evaluations)
        if 'modelling' in data:
            data__modelling = data['modelling']
            if not isinstance(data__modelling, (str, NoneType)):
                raise JsonSchemaValueException
        if 'estimate' in data:
            data__estimate = data['estimate']
            if not isinstance(data__estimate, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_riskestimate(data__estimate)
        if 'post_market_monitoring' in data:
            data__postmarketmonitoring = data['post_market_monitoring']
            if not isinstance(data__postmarketmonitoring, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_riskestimate(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'format', 'probability', 'severity'}:
            raise JsonSchemaValueException
        if 'format' in data:
            data__format = data['format']
            if not isinstance(data__format, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__format, str) and data__format in {'risk_score', 'risk_matrix', 'probability_distribution', 'other'} or data__format is None):
                raise JsonSchemaValueException
        if 'probability' in data:
            data__probability = data['probability']
            if not isinstance(data__probability, (str, NoneType)):
                raise JsonSchemaValueException
        if 'severity' in data:
            data__severity = data['severity']
            if not isinstance(data__severity, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_modelevaluations(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'methods', 'open_ended_testing', 'evidence'}:
            raise JsonSchemaValueException
        if 'methods' in data:
            data__methods = data['methods']
            if not isinstance(data__methods, (list, tuple)):
                raise JsonSchemaValueException
            for data__methods_item in data__methods:
                if not isinstance(data__methods_item, str):
                    raise JsonSchemaValueException
        if 'open_ended_testing' in data:
            data__openendedtesting = data['open_ended_testing']
            if not isinstance(data__openendedtesting, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_risksources(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'capabilities', 'propensities', 'affordances'}:
            raise JsonSchemaValueException
        if 'capabilities' in data:
            data__capabilities = data['capabilities']
            if not isinstance(data__capabilities, (list, tuple)):
                raise JsonSchemaValueException
            for data__capabilities_item in data__capabilities:
                if not isinstance(data__capabilities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__capabilities_item, str) and data__capabilities_item in {'offensive_cyber', 'cbrn_weapons', 'fundamental_rights_infringement', 'manipulation_persuasion_deception', 'autonomous_operation', 'adaptive_learning', 'long_horizon_planning', 'self_reasoning', 'oversight_evasion', 'self_replication_or_improvement', 'ai_research_automation', 'multiple_modalities', 'tool_use', 'physical_system_control'}):
                    raise JsonSchemaValueException
        if 'propensities' in data:
            data__propensities = data['propensities']
            if not isinstance(data__propensities, (list, tuple)):
                raise JsonSchemaValueException
            for data__propensities_item in data__propensities:
                if not isinstance(data__propensities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__propensities_item, str) and data__propensities_item in {'misalignment_with_intent', 'misalignment_with_values', 'harmful_deployment_tendency', 'hallucination_or_misinformation', 'discriminatory_bias', 'unreliable_performance', 'lawlessness', 'goal_pursuit_or_power_seeking', 'collusion', 'miscoordination_or_conflict', 'misalignment_with_intent_or_values'}):
                    raise JsonSchemaValueException
        if 'affordances' in data:
            data__affordances = data['affordances']
            if not isinstance(data__affordances, (list, tuple)):
                raise JsonSchemaValueException
            for data__affordances_item in data__affordances:
                if not isinstance(data__affordances_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__affordances_item, str) and data__affordances_item in {'access_to_tools_compute_physical_systems', 'scalability', 'release_and_distribution', 'human_oversight_level', 'guardrail_removal_vulnerability', 'exfiltration_vulnerability', 'infrastructure_security_gaps', 'user_numbers', 'offence_defence_balance', 'environment_vulnerability', 'lack_of_explainability', 'interactions_with_other_ai', 'inappropriate_use'}):
                    raise JsonSchemaValueException
    return data

def validate____defs_risknature(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'essential', 'contributing'}:
            raise JsonSchemaValueException
        if 'essential' in data:
            data__essential = data['essential']
            if not isinstance(data__essential, (list, tuple)):
                raise JsonSchemaValueException
            for data__essential_item in data__essential:
                if not isinstance(data__essential_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__essential_item, str) and data__essential_item in {'high_impact_capabilities', 'union_market_impact', 'value_chain_propagation'}):
                    raise JsonSchemaValueException
        if 'contributing' in data:
            data__contributing = data['contributing']
            if not isinstance(data__contributing, (list, tuple)):
                raise JsonSchemaValueException
            for data__contributing_item in data__contributing:
                if not isinstance(data__contributing_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__contributing_item, str) and data__contributing_item in {'capability_dependent', 'reach_dependent', 'high_velocity', 'compounding_or_cascading', 'irreversible', 'asymmetric_impact'}):
                    raise JsonSchemaValueException
    return data

def validate____defs_identificationprocess(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'types_considered', 'information_sources', 'nature_and_sources_analysed', 'evidence'}:
            raise JsonSchemaValueException
        if 'types_considered' in data:
            data__typesconsidered = data['types_considered']
            if not isinstance(data__typesconsidered, (list, tuple)):
                raise JsonSchemaValueException
            for data__typesconsidered_item in data__typesconsidered:
                if not isinstance(data__typesconsidered_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__typesconsidered_item, str) and data__typesconsidered_item in {'public_health', 'safety', 'public_security', 'fundamental_rights', 'society', 'public_health_safety_security'}):
                    raise JsonSchemaValueException
        if 'information_sources' in data:
            data__informationsources = data['information_sources']
            if not isinstance(data__informationsources, (list, tuple)):
                raise JsonSchemaValueException
            for data__informationsources_item in data__informationsources:
                if not isinstance(data__informationsources_item, str):
                    raise JsonSchemaValueException
        if 'nature_and_sources_analysed' in data:
            data__natureandsourcesanalysed = data['nature_and_sources_analysed']
            if not isinstance(data__natureandsourcesanalysed, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_cybersecurity(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'measures', 'evidence'}:
            raise JsonSchemaValueException
        if 'measures' in data:
            data__measures = data['measures']
            if not isinstance(data__measures, (list, tuple)):
                raise JsonSchemaValueException
            for data__measures_item in data__measures:
                if not isinstance(data__measures_item, str):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_seriousincidents(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'process', 'reporting_contact', 'records_retention_years', 'identification_methods', 'external_reporting_channel', 'log'}:
            raise JsonSchemaValueException
        if 'process' in data:
            data__process = data['process']
            if not isinstance(data__process, (list, tuple)):
                raise JsonSchemaValueException
            for data__process_item in data__process:
                if not isinstance(data__process_item, str):
                    raise JsonSchemaValueException
        if 'reporting_contact' in data:
            data__reportingcontact = data['reporting_contact']
            if not isinstance(data__reportingcontact, (str, NoneType)):
                raise JsonSchemaValueException
        if 'records_retention_years' in data:
            data__recordsretentionyears = data['records_retention_years']
            if not isinstance(data__recordsretentionyears, (int, NoneType)) and (not (isinstance(data__recordsretentionyears, float) and data__recordsretentionyears.is_integer())) or isinstance(data__recordsretentionyears, bool):
                raise JsonSchemaValueException
            if isinstance(data__recordsretentionyears, (int, float, Decimal)) and (not isinstance(data__recordsretentionyears, bool)):
                if data__recordsretentionyears < 0:
                    raise JsonSchemaValueException
        if 'identification_methods' in data:
            data__identificationmethods = data['identification_methods']
            if not isinstance(data__identificationmethods, (list, tuple)):
                raise JsonSchemaValueException
            for data__identificationmethods_item in data__identificationmethods:
                if not isinstance(data__identificationmethods_item, str):
                    raise JsonSchemaValueException
        if 'external_reporting_channel' in data:
            data__externalreportingchannel = data['external_reporting_channel']
            if not isinstance(data__externalreportingchannel, (str, NoneType)):
                raise JsonSchemaValueException
        if 'log' in data:
            data__log = data['log']
            if not isinstance(data__log, (list, tuple)):
                raise JsonSchemaValueException
            for data__log_item in data__log:
                if not isinstance(data__log_item, dict):
                    raise JsonSchemaValueException
                validate____defs_incident(data__log_item)
    return data

def validate____defs_incident(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'category', 'aware']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'id', 'category', 'aware', 'initial_report', 'intermediate_reports', 'resolved', 'final_report', 'information'}:
            raise JsonSchemaValueException
        if 'id' in data:
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException
        if 'category' in data:
            data__category = data['category']
            if not isinstance(data__category, str):
                raise JsonSchemaValueException
            if not (isinstance(data__category, str) and data__category in {'critical_infrastructure', 'cybersecurity_breach', 'death', 'serious_harm'}):
                raise JsonSchemaValueException
        if 'aware' in data:
            data__aware = data['aware']
            if not isinstance(data__aware, str):
                raise JsonSchemaValueException
            if isinstance(data__aware, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aware):
                    raise JsonSchemaValueException
        if 'initial_report' in data:
            data__initialreport = data['initial_report']
            if not isinstance(data__initialreport, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__initialreport, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__initialreport):
                    raise JsonSchemaValueException
        if 'intermediate_reports' in data:
            data__intermediatereports = data['intermediate_reports']
            if not isinstance(data__intermediatereports, (list, tuple)):
                raise JsonSchemaValueException
            for data__intermediatereports_item in data__intermediatereports:
                if not isinstance(data__intermediatereports_item, str):
                    raise JsonSchemaValueException
                if isinstance(data__intermediatereports_item, str):
                    if not REGEX_PATTERNS['date_re_pattern'].match(data__intermediatereports_item):
                        raise JsonSchemaValueException
        if 'resolved' in data:
            data__resolved = data['resolved']
            if not isinstance(data__resolved, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__resolved, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__resolved):
                    raise JsonSchemaValueException
        if 'final_report' in data:
            data__finalreport = data['final_report']
            if not isinstance(data__finalreport, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__finalreport, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__finalreport):
                    raise JsonSchemaValueException
        if 'information' in data:
            data__information = data['information']
            if not isinstance(data__information, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_incidentinformation(data__information)
    return data

def validate____defs_incidentinformation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'dates', 'harm', 'chain_of_events', 'model_involved', 'involvement_evidence', 'response', 'recommendations', 'root_cause', 'monitoring_patterns'}:
            raise JsonSchemaValueException
        if 'dates' in data:
            data__dates = data['dates']
            if not isinstance(data__dates, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'harm' in data:
            data__harm = data['harm']
            if not isinstance(data__harm, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'chain_of_events' in data:
            data__chainofevents = data['chain_of_events']
            if not isinstance(data__chainofevents, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'model_involved' in data:
            data__modelinvolved = data['model_involved']
            if not isinstance(data__modelinvolved, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'involvement_evidence' in data:
            data__involvementevidence = data['involvement_evidence']
            if not isinstance(data__involvementevidence, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'response' in data:
            data__response = data['response']
            if not isinstance(data__response, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'recommendations' in data:
            data__recommendations = data['recommendations']
            if not isinstance(data__recommendations, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'root_cause' in data:
            data__rootcause = data['root_cause']
            if not isinstance(data__rootcause, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'monitoring_patterns' in data:
            data__monitoringpatterns = data['monitoring_patterns']
            if not isinstance(data__monitoringpatterns, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_riskassessment(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'last_assessed', 'evidence', 'mitigations_evidence'}:
            raise JsonSchemaValueException
        if 'last_assessed' in data:
            data__lastassessed = data['last_assessed']
            if not isinstance(data__lastassessed, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastassessed, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastassessed):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
        if 'mitigations_evidence' in data:
            data__mitigationsevidence = data['mitigations_evidence']
            if not isinstance(data__mitigationsevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__mitigationsevidence_item in data__mitigationsevidence:
                if not isinstance(data__mitigationsevidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_evaluations(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'protocols', 'adversarial_testing', 'last_run', 'evidence'}:
            raise JsonSchemaValueException
        if 'protocols' in data:
            data__protocols = data['protocols']
            if not isinstance(data__protocols, (list, tuple)):
                raise JsonSchemaValueException
            for data__protocols_item in data__protocols:
                if not isinstance(data__protocols_item, str):
                    raise JsonSchemaValueException
        if 'adversarial_testing' in data:
            data__adversarialtesting = data['adversarial_testing']
            if not isinstance(data__adversarialtesting, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'last_run' in data:
            data__lastrun = data['last_run']
            if not isinstance(data__lastrun, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastrun, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastrun):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_framework(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'version', 'confirmed_date', 'ai_office_access', 'contents', 'implementation', 'updates', 'assessments', 'model_assessment', 'evidence'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException
        if 'confirmed_date' in data:
            data__confirmeddate = data['confirmed_date']
            if not isinstance(data__confirmeddate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__confirmeddate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__confirmeddate):
                    raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
        if 'contents' in data:
            data__contents = data['contents']
            if not isinstance(data__contents, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_frameworkcontents(data__contents)
        if 'implementation' in data:
            data__implementation = data['implementation']
            if not isinstance(data__implementation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_frameworkimplementation(data__implementation)
        if 'updates' in data:
            data__updates = data['updates']
            if not isinstance(data__updates, (list, tuple)):
                raise JsonSchemaValueException
            for data__updates_item in data__updates:
                if not isinstance(data__updates_item, dict):
                    raise JsonSchemaValueException
                validate____defs_frameworkupdate(data__updates_item)
        if 'assessments' in data:
            data__assessments = data['assessments']
            if not isinstance(data__assessments, (list, tuple)):
                raise JsonSchemaValueException
            for data__assessments_item in data__assessments:
                if not isinstance(data__assessments_item, dict):
                    raise JsonSchemaValueException
                validate____defs_frameworkassessment(data__assessments_item)
        if 'model_assessment' in data:
            data__modelassessment = data['model_assessment']
            if not isinstance(data__modelassessment, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modeladequacyassessment(data__modelassessment)
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_modeladequacyassessment(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'date', 'model_description', 'risk_identification', 'forecasts', 'analysis_results', 'mitigation_plans', 'development_risks', 'supervisory_body', 'ai_office_access', 'evidence'}:
            raise JsonSchemaValueException
        if 'date' in data:
            data__date = data['date']
            if not isinstance(data__date, str):
                raise JsonSchemaValueException
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__date):
                    raise JsonSchemaValueException
        if 'model_description' in data:
            data__modeldescription = data['model_description']
            if not isinstance(data__modeldescription, (str, NoneType)):
                raise JsonSchemaValueException
        if 'risk_identification' in data:
            data__riskidentification = data['risk_identification']
            if not isinstance(data__riskidentification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'forecasts' in data:
            data__forecasts = data['forecasts']
            if not isinstance(data__forecasts, (str, NoneType)):
                raise JsonSchemaValueException
        if 'analysis_results' in data:
            data__analysisresults = data['analysis_results']
            if not isinstance(data__analysisresults, (str, NoneType)):
                raise JsonSchemaValueException
        if 'mitigation_plans' in data:
            data__mitigationplans = data['mitigation_plans']
            if not isinstance(data__mitigationplans, (str, NoneType)):
                raise JsonSchemaValueException
        if 'development_risks' in data:
            data__developmentrisks = data['development_risks']
            if not isinstance(data__developmentrisks, (str, NoneType)):
                raise JsonSchemaValueException
        if 'supervisory_body' in data:
            data__supervisorybody = data['supervisory_body']
            if not isinstance(data__supervisorybody, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__supervisorybody, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__supervisorybody):
                    raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_frameworkassessment(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'date', 'adequacy', 'adherence', 'supervisory_body', 'ai_office_access', 'evidence'}:
            raise JsonSchemaValueException
        if 'date' in data:
            data__date = data['date']
            if not isinstance(data__date, str):
                raise JsonSchemaValueException
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__date):
                    raise JsonSchemaValueException
        if 'adequacy' in data:
            data__adequacy = data['adequacy']
            if not isinstance(data__adequacy, (str, NoneType)):
                raise JsonSchemaValueException
        if 'adherence' in data:
            data__adherence = data['adherence']
            if not isinstance(data__adherence, (str, NoneType)):
                raise JsonSchemaValueException
        if 'supervisory_body' in data:
            data__supervisorybody = data['supervisory_body']
            if not isinstance(data__supervisorybody, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__supervisorybody, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__supervisorybody):
                    raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_frameworkupdate(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['version', 'confirmed']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'version', 'confirmed', 'changelog', 'ai_office_access'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, str):
                raise JsonSchemaValueException
        if 'confirmed' in data:
            data__confirmed = data['confirmed']
            if not isinstance(data__confirmed, str):
                raise JsonSchemaValueException
            if isinstance(data__confirmed, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__confirmed):
                    raise JsonSchemaValueException
        if 'changelog' in data:
            data__changelog = data['changelog']
            if not isinstance(data__changelog, (str, NoneType)):
                raise JsonSchemaValueException
        if 'ai_office_access' in data:
            data__aiofficeaccess = data['ai_office_access']
            if not isinstance(data__aiofficeaccess, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__aiofficeaccess, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__aiofficeaccess):
                    raise JsonSchemaValueException
    return data

def validate____defs_frameworkimplementation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'lighter_touch_evaluations', 'full_process_completed', 'evidence'}:
            raise JsonSchemaValueException
        if 'lighter_touch_evaluations' in data:
            data__lightertouchevaluations = data['lighter_touch_evaluations']
            if not isinstance(data__lightertouchevaluations, (list, tuple)):
                raise JsonSchemaValueException
            for data__lightertouchevaluations_item in data__lightertouchevaluations:
                if not isinstance(data__lightertouchevaluations_item, str):
                    raise JsonSchemaValueException
                if isinstance(data__lightertouchevaluations_item, str):
                    if not REGEX_PATTERNS['date_re_pattern'].match(data__lightertouchevaluations_item):
                        raise JsonSchemaValueException
        if 'full_process_completed' in data:
            data__fullprocesscompleted = data['full_process_completed']
            if not isinstance(data__fullprocesscompleted, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__fullprocesscompleted, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__fullprocesscompleted):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_frameworkcontents(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'processes', 'trigger_points', 'acceptance_criteria', 'tier_mitigations', 'timeline_estimates', 'external_input', 'responsibility_allocation', 'update_process'}:
            raise JsonSchemaValueException
        if 'processes' in data:
            data__processes = data['processes']
            if not isinstance(data__processes, (str, NoneType)):
                raise JsonSchemaValueException
        if 'trigger_points' in data:
            data__triggerpoints = data['trigger_points']
            if not isinstance(data__triggerpoints, (str, NoneType)):
                raise JsonSchemaValueException
        if 'acceptance_criteria' in data:
            data__acceptancecriteria = data['acceptance_criteria']
            if not isinstance(data__acceptancecriteria, (str, NoneType)):
                raise JsonSchemaValueException
        if 'tier_mitigations' in data:
            data__tiermitigations = data['tier_mitigations']
            if not isinstance(data__tiermitigations, (str, NoneType)):
                raise JsonSchemaValueException
        if 'timeline_estimates' in data:
            data__timelineestimates = data['timeline_estimates']
            if not isinstance(data__timelineestimates, (str, NoneType)):
                raise JsonSchemaValueException
        if 'external_input' in data:
            data__externalinput = data['external_input']
            if not isinstance(data__externalinput, (str, NoneType)):
                raise JsonSchemaValueException
        if 'responsibility_allocation' in data:
            data__responsibilityallocation = data['responsibility_allocation']
            if not isinstance(data__responsibilityallocation, (str, NoneType)):
                raise JsonSchemaValueException
        if 'update_process' in data:
            data__updateprocess = data['update_process']
            if not isinstance(data__updateprocess, (str, NoneType)):
                raise JsonSchemaValueException
    return data
