"""The declaration's validator without pydantic. GENERATED, do not edit: regenerate with
``python -m compliance_checker.tools.schemas`` (compliance_checker/tools/fastpath.py says how).

``validate`` is fastjsonschema 2.22.3's code for schemas/declaration.schema.json, compacted (the functions
for the ``safety_and_security`` section are in ``_declaration_schema_safety.py``, imported where a
declaration has that section); ``SHAPES`` says how the validated values become the models' values
(loading/fastpath.py applies it).
"""
# fmt: off
VERSION = '2.22.3'
from decimal import Decimal
import re
from typing import Any


class JsonSchemaValueException(ValueError):
    """The data does not match the schema (fastjsonschema's exception, defined here)."""


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {'^[a-z][a-z0-9-]*(@[^@\\s]+)?$': re.compile('^[a-z][a-z0-9-]*(@[^@\\s]+)?\\Z'), '^[A-Za-z0-9][A-Za-z0-9._-]*$': re.compile('^[A-Za-z0-9][A-Za-z0-9._-]*\\Z'), '^https?://\\S+$': re.compile('^https?://\\S+\\Z'), '^[0-9a-f]{64}$': re.compile('^[0-9a-f]{64}\\Z'), 'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z'), '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'), '^(0[1-9]|1[0-2])/\\d{4}$': re.compile('^(0[1-9]|1[0-2])/\\d{4}\\Z')}
NoneType = type(None)

def validate(data):
    if not isinstance(data, dict):
        raise JsonSchemaValueException
    data__missing_keys = set(['format_version', 'provider', 'model']) - data.keys()
    if data__missing_keys:
        raise JsonSchemaValueException
    if data.keys() - {'format_version', 'rulesets', 'profile', 'provider', 'model', 'transparency', 'copyright', 'training_data_summary', 'safety_and_security', 'evidence'}:
        raise JsonSchemaValueException
    if 'format_version' in data:
        data__formatversion = data['format_version']
        if not isinstance(data__formatversion, str):
            raise JsonSchemaValueException
        if not (isinstance(data__formatversion, str) and data__formatversion == '1.0'):
            raise JsonSchemaValueException
    if 'rulesets' in data:
        data__rulesets = data['rulesets']
        if not isinstance(data__rulesets, dict):
            raise JsonSchemaValueException
        data__rulesets_keys = set(data__rulesets.keys())
        for data__rulesets_key in data__rulesets_keys:
            if data__rulesets_key not in []:
                data__rulesets_value = data__rulesets.get(data__rulesets_key)
                if not isinstance(data__rulesets_value, str):
                    raise JsonSchemaValueException
    if 'profile' in data:
        data__profile = data['profile']
        if not isinstance(data__profile, (str, NoneType)):
            raise JsonSchemaValueException
        if isinstance(data__profile, str):
            if not REGEX_PATTERNS['^[a-z][a-z0-9-]*(@[^@\\s]+)?$'].search(data__profile):
                raise JsonSchemaValueException
    if 'provider' in data:
        data__provider = data['provider']
        if not isinstance(data__provider, dict):
            raise JsonSchemaValueException
        validate____defs_provider(data__provider)
    if 'model' in data:
        data__model = data['model']
        if not isinstance(data__model, dict):
            raise JsonSchemaValueException
        validate____defs_model(data__model)
    if 'transparency' in data:
        data__transparency = data['transparency']
        if not isinstance(data__transparency, (dict, NoneType)):
            raise JsonSchemaValueException
        validate____defs_transparency(data__transparency)
    if 'copyright' in data:
        data__copyright = data['copyright']
        if not isinstance(data__copyright, (dict, NoneType)):
            raise JsonSchemaValueException
        validate____defs_copyright(data__copyright)
    if 'training_data_summary' in data:
        data__trainingdatasummary = data['training_data_summary']
        if not isinstance(data__trainingdatasummary, (dict, NoneType)):
            raise JsonSchemaValueException
        validate____defs_trainingdatasummary(data__trainingdatasummary)
    if 'safety_and_security' in data:
        data__safetyandsecurity = data['safety_and_security']
        if not isinstance(data__safetyandsecurity, (dict, NoneType)):
            raise JsonSchemaValueException
        from compliance_checker.loading._declaration_schema_safety import validate____defs_safetyandsecurity
        validate____defs_safetyandsecurity(data__safetyandsecurity)
    if 'evidence' in data:
        data__evidence = data['evidence']
        if not isinstance(data__evidence, (list, tuple)):
            raise JsonSchemaValueException
        for data__evidence_item in data__evidence:
            if not isinstance(data__evidence_item, dict):
                raise JsonSchemaValueException
            validate____defs_evidence(data__evidence_item)
    return data

def validate____defs_evidence(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'id', 'description', 'url', 'path', 'sha256', 'date'}:
            raise JsonSchemaValueException
        if 'id' in data:
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data__id):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'url' in data:
            data__url = data['url']
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__url, str):
                if not REGEX_PATTERNS['^https?://\\S+$'].search(data__url):
                    raise JsonSchemaValueException
        if 'path' in data:
            data__path = data['path']
            if not isinstance(data__path, (str, NoneType)):
                raise JsonSchemaValueException
        if 'sha256' in data:
            data__sha256 = data['sha256']
            if not isinstance(data__sha256, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__sha256, str):
                if not REGEX_PATTERNS['^[0-9a-f]{64}$'].search(data__sha256):
                    raise JsonSchemaValueException
        if 'date' in data:
            data__date = data['date']
            if not isinstance(data__date, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__date, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__date):
                    raise JsonSchemaValueException
    return data

def validate____defs_trainingdatasummary(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'url', 'evidence', 'version', 'previous_versions_url', 'published', 'last_updated', 'further_training', 'general', 'sources', 'processing', 'legacy_gaps'}:
            raise JsonSchemaValueException
        if 'url' in data:
            data__url = data['url']
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException
        if 'previous_versions_url' in data:
            data__previousversionsurl = data['previous_versions_url']
            if not isinstance(data__previousversionsurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'published' in data:
            data__published = data['published']
            if not isinstance(data__published, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__published, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__published):
                    raise JsonSchemaValueException
        if 'last_updated' in data:
            data__lastupdated = data['last_updated']
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastupdated):
                    raise JsonSchemaValueException
        if 'further_training' in data:
            data__furthertraining = data['further_training']
            if not isinstance(data__furthertraining, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_furthertraining(data__furthertraining)
        if 'general' in data:
            data__general = data['general']
            if not isinstance(data__general, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_summarygeneralinformation(data__general)
        if 'sources' in data:
            data__sources = data['sources']
            if not isinstance(data__sources, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_datasources(data__sources)
        if 'processing' in data:
            data__processing = data['processing']
            if not isinstance(data__processing, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_processing(data__processing)
        if 'legacy_gaps' in data:
            data__legacygaps = data['legacy_gaps']
            if not isinstance(data__legacygaps, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_legacygaps(data__legacygaps)
    return data

def validate____defs_legacygaps(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['declared']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'declared', 'justification'}:
            raise JsonSchemaValueException
        if 'declared' in data:
            data__declared = data['declared']
            if not isinstance(data__declared, bool):
                raise JsonSchemaValueException
        if 'justification' in data:
            data__justification = data['justification']
            if not isinstance(data__justification, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_processing(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'rights_reservations', 'illegal_content_removal', 'other_information'}:
            raise JsonSchemaValueException
        if 'rights_reservations' in data:
            data__rightsreservations = data['rights_reservations']
            if not isinstance(data__rightsreservations, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_optoutrespect(data__rightsreservations)
        if 'illegal_content_removal' in data:
            data__illegalcontentremoval = data['illegal_content_removal']
            if not isinstance(data__illegalcontentremoval, (str, NoneType)):
                raise JsonSchemaValueException
        if 'other_information' in data:
            data__otherinformation = data['other_information']
            if not isinstance(data__otherinformation, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_optoutrespect(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'code_signatory', 'measures'}:
            raise JsonSchemaValueException
        if 'code_signatory' in data:
            data__codesignatory = data['code_signatory']
            if not isinstance(data__codesignatory, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'measures' in data:
            data__measures = data['measures']
            if not isinstance(data__measures, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_datasources(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'public_datasets', 'private_datasets', 'crawled', 'user_data', 'synthetic', 'other'}:
            raise JsonSchemaValueException
        if 'public_datasets' in data:
            data__publicdatasets = data['public_datasets']
            if not isinstance(data__publicdatasets, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_publicdatasets(data__publicdatasets)
        if 'private_datasets' in data:
            data__privatedatasets = data['private_datasets']
            if not isinstance(data__privatedatasets, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_privatedatasets(data__privatedatasets)
        if 'crawled' in data:
            data__crawled = data['crawled']
            if not isinstance(data__crawled, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_crawling(data__crawled)
        if 'user_data' in data:
            data__userdata = data['user_data']
            if not isinstance(data__userdata, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_userdata(data__userdata)
        if 'synthetic' in data:
            data__synthetic = data['synthetic']
            if not isinstance(data__synthetic, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_syntheticdata(data__synthetic)
        if 'other' in data:
            data__other = data['other']
            if not isinstance(data__other, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_sourceuse(data__other)
    return data

def validate____defs_sourceuse(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_syntheticdata(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description', 'generating_models', 'other_models'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'generating_models' in data:
            data__generatingmodels = data['generating_models']
            if not isinstance(data__generatingmodels, (list, tuple)):
                raise JsonSchemaValueException
            for data__generatingmodels_item in data__generatingmodels:
                if not isinstance(data__generatingmodels_item, dict):
                    raise JsonSchemaValueException
                validate____defs_generatingmodel(data__generatingmodels_item)
        if 'other_models' in data:
            data__othermodels = data['other_models']
            if not isinstance(data__othermodels, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_generatingmodel(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'summary_url'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'summary_url' in data:
            data__summaryurl = data['summary_url']
            if not isinstance(data__summaryurl, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_userdata(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description', 'from_model_interactions', 'from_other_services'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'from_model_interactions' in data:
            data__frommodelinteractions = data['from_model_interactions']
            if not isinstance(data__frommodelinteractions, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'from_other_services' in data:
            data__fromotherservices = data['from_other_services']
            if not isinstance(data__fromotherservices, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_crawling(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description', 'crawlers', 'purposes', 'behaviour', 'period_from', 'period_to', 'top_domains'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'crawlers' in data:
            data__crawlers = data['crawlers']
            if not isinstance(data__crawlers, (list, tuple)):
                raise JsonSchemaValueException
            for data__crawlers_item in data__crawlers:
                if not isinstance(data__crawlers_item, str):
                    raise JsonSchemaValueException
        if 'purposes' in data:
            data__purposes = data['purposes']
            if not isinstance(data__purposes, (str, NoneType)):
                raise JsonSchemaValueException
        if 'behaviour' in data:
            data__behaviour = data['behaviour']
            if not isinstance(data__behaviour, (str, NoneType)):
                raise JsonSchemaValueException
        if 'period_from' in data:
            data__periodfrom = data['period_from']
            if not isinstance(data__periodfrom, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__periodfrom, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__periodfrom):
                    raise JsonSchemaValueException
        if 'period_to' in data:
            data__periodto = data['period_to']
            if not isinstance(data__periodto, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__periodto, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__periodto):
                    raise JsonSchemaValueException
        if 'top_domains' in data:
            data__topdomains = data['top_domains']
            if not isinstance(data__topdomains, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_topdomains(data__topdomains)
    return data

def validate____defs_topdomains(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'share_percent', 'count', 'list_url', 'evidence'}:
            raise JsonSchemaValueException
        if 'share_percent' in data:
            data__sharepercent = data['share_percent']
            if not isinstance(data__sharepercent, (int, float, Decimal, NoneType)) or isinstance(data__sharepercent, bool):
                raise JsonSchemaValueException
            if isinstance(data__sharepercent, (int, float, Decimal)) and (not isinstance(data__sharepercent, bool)):
                if data__sharepercent <= 0:
                    raise JsonSchemaValueException
        if 'count' in data:
            data__count = data['count']
            if not isinstance(data__count, (int, NoneType)) and (not (isinstance(data__count, float) and data__count.is_integer())) or isinstance(data__count, bool):
                raise JsonSchemaValueException
            if isinstance(data__count, (int, float, Decimal)) and (not isinstance(data__count, bool)):
                if data__count < 0:
                    raise JsonSchemaValueException
        if 'list_url' in data:
            data__listurl = data['list_url']
            if not isinstance(data__listurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_privatedatasets(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'licensed', 'other'}:
            raise JsonSchemaValueException
        if 'licensed' in data:
            data__licensed = data['licensed']
            if not isinstance(data__licensed, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_sourceuse(data__licensed)
        if 'other' in data:
            data__other = data['other']
            if not isinstance(data__other, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_privateother(data__other)
    return data

def validate____defs_privateother(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description', 'known_names'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'known_names' in data:
            data__knownnames = data['known_names']
            if not isinstance(data__knownnames, (list, tuple)):
                raise JsonSchemaValueException
            for data__knownnames_item in data__knownnames:
                if not isinstance(data__knownnames_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_publicdatasets(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'modalities', 'description', 'large_datasets', 'no_large_datasets'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'large_datasets' in data:
            data__largedatasets = data['large_datasets']
            if not isinstance(data__largedatasets, (list, tuple)):
                raise JsonSchemaValueException
            for data__largedatasets_item in data__largedatasets:
                if not isinstance(data__largedatasets_item, dict):
                    raise JsonSchemaValueException
                validate____defs_nameddataset(data__largedatasets_item)
        if 'no_large_datasets' in data:
            data__nolargedatasets = data['no_large_datasets']
            if not isinstance(data__nolargedatasets, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_nameddataset(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'link'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'link' in data:
            data__link = data['link']
            if not isinstance(data__link, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_summarygeneralinformation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'provider_contact', 'representative_contact', 'model_versions', 'dependencies', 'sizes', 'content_types', 'latest_collection', 'continuous_training', 'linguistic_characteristics', 'other_characteristics'}:
            raise JsonSchemaValueException
        if 'provider_contact' in data:
            data__providercontact = data['provider_contact']
            if not isinstance(data__providercontact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__providercontact)
        if 'representative_contact' in data:
            data__representativecontact = data['representative_contact']
            if not isinstance(data__representativecontact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__representativecontact)
        if 'model_versions' in data:
            data__modelversions = data['model_versions']
            if not isinstance(data__modelversions, (list, tuple)):
                raise JsonSchemaValueException
            for data__modelversions_item in data__modelversions:
                if not isinstance(data__modelversions_item, str):
                    raise JsonSchemaValueException
        if 'dependencies' in data:
            data__dependencies = data['dependencies']
            if not isinstance(data__dependencies, (str, NoneType)):
                raise JsonSchemaValueException
        if 'sizes' in data:
            data__sizes = data['sizes']
            if not isinstance(data__sizes, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modalitysizes(data__sizes)
        if 'content_types' in data:
            data__contenttypes = data['content_types']
            if not isinstance(data__contenttypes, (str, NoneType)):
                raise JsonSchemaValueException
        if 'latest_collection' in data:
            data__latestcollection = data['latest_collection']
            if not isinstance(data__latestcollection, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__latestcollection, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])/\\d{4}$'].search(data__latestcollection):
                    raise JsonSchemaValueException
        if 'continuous_training' in data:
            data__continuoustraining = data['continuous_training']
            if not isinstance(data__continuoustraining, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'linguistic_characteristics' in data:
            data__linguisticcharacteristics = data['linguistic_characteristics']
            if not isinstance(data__linguisticcharacteristics, (str, NoneType)):
                raise JsonSchemaValueException
        if 'other_characteristics' in data:
            data__othercharacteristics = data['other_characteristics']
            if not isinstance(data__othercharacteristics, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_modalitysizes(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'text', 'images', 'audio', 'video', 'other', 'other_modality', 'approximate'}:
            raise JsonSchemaValueException
        if 'text' in data:
            data__text = data['text']
            if not isinstance(data__text, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__text, str) and data__text in {'<1B tokens', '1B-10T tokens', '>10T tokens'} or data__text is None):
                raise JsonSchemaValueException
        if 'images' in data:
            data__images = data['images']
            if not isinstance(data__images, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__images, str) and data__images in {'<1M images', '1M-1B images', '>1B images'} or data__images is None):
                raise JsonSchemaValueException
        if 'audio' in data:
            data__audio = data['audio']
            if not isinstance(data__audio, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__audio, str) and data__audio in {'<10K hours', '10K-1M hours', '>1M hours'} or data__audio is None):
                raise JsonSchemaValueException
        if 'video' in data:
            data__video = data['video']
            if not isinstance(data__video, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__video, str) and data__video in {'<10K hours', '10K-1M hours', '>1M hours'} or data__video is None):
                raise JsonSchemaValueException
        if 'other' in data:
            data__other = data['other']
            if not isinstance(data__other, (str, NoneType)):
                raise JsonSchemaValueException
        if 'other_modality' in data:
            data__othermodality = data['other_modality']
            if not isinstance(data__othermodality, (str, NoneType)):
                raise JsonSchemaValueException
        if 'approximate' in data:
            data__approximate = data['approximate']
            if not isinstance(data__approximate, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_approximatesizes(data__approximate)
    return data

def validate____defs_approximatesizes(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'text', 'images', 'audio', 'video'}:
            raise JsonSchemaValueException
        if 'text' in data:
            data__text = data['text']
            if not isinstance(data__text, (int, float, Decimal, NoneType)) or isinstance(data__text, bool):
                raise JsonSchemaValueException
            if isinstance(data__text, (int, float, Decimal)) and (not isinstance(data__text, bool)):
                if data__text <= 0:
                    raise JsonSchemaValueException
        if 'images' in data:
            data__images = data['images']
            if not isinstance(data__images, (int, float, Decimal, NoneType)) or isinstance(data__images, bool):
                raise JsonSchemaValueException
            if isinstance(data__images, (int, float, Decimal)) and (not isinstance(data__images, bool)):
                if data__images <= 0:
                    raise JsonSchemaValueException
        if 'audio' in data:
            data__audio = data['audio']
            if not isinstance(data__audio, (int, float, Decimal, NoneType)) or isinstance(data__audio, bool):
                raise JsonSchemaValueException
            if isinstance(data__audio, (int, float, Decimal)) and (not isinstance(data__audio, bool)):
                if data__audio <= 0:
                    raise JsonSchemaValueException
        if 'video' in data:
            data__video = data['video']
            if not isinstance(data__video, (int, float, Decimal, NoneType)) or isinstance(data__video, bool):
                raise JsonSchemaValueException
            if isinstance(data__video, (int, float, Decimal)) and (not isinstance(data__video, bool)):
                if data__video <= 0:
                    raise JsonSchemaValueException
    return data

def validate____defs_contact(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'email', 'url', 'public'}:
            raise JsonSchemaValueException
        if 'email' in data:
            data__email = data['email']
            if not isinstance(data__email, (str, NoneType)):
                raise JsonSchemaValueException
        if 'url' in data:
            data__url = data['url']
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException
        if 'public' in data:
            data__public = data['public']
            if not isinstance(data__public, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_furthertraining(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ongoing']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'ongoing', 'last_data_added'}:
            raise JsonSchemaValueException
        if 'ongoing' in data:
            data__ongoing = data['ongoing']
            if not isinstance(data__ongoing, bool):
                raise JsonSchemaValueException
        if 'last_data_added' in data:
            data__lastdataadded = data['last_data_added']
            if not isinstance(data__lastdataadded, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastdataadded, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastdataadded):
                    raise JsonSchemaValueException
    return data

def validate____defs_copyright(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'policy', 'crawls_web', 'lawful_access', 'rights_reservation', 'non_crawled_content', 'output_safeguards', 'complaints', 'legacy_gaps'}:
            raise JsonSchemaValueException
        if 'policy' in data:
            data__policy = data['policy']
            if not isinstance(data__policy, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_copyrightpolicy(data__policy)
        if 'crawls_web' in data:
            data__crawlsweb = data['crawls_web']
            if not isinstance(data__crawlsweb, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'lawful_access' in data:
            data__lawfulaccess = data['lawful_access']
            if not isinstance(data__lawfulaccess, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_lawfulaccess(data__lawfulaccess)
        if 'rights_reservation' in data:
            data__rightsreservation = data['rights_reservation']
            if not isinstance(data__rightsreservation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_rightsreservation(data__rightsreservation)
        if 'non_crawled_content' in data:
            data__noncrawledcontent = data['non_crawled_content']
            if not isinstance(data__noncrawledcontent, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_noncrawledcontent(data__noncrawledcontent)
        if 'output_safeguards' in data:
            data__outputsafeguards = data['output_safeguards']
            if not isinstance(data__outputsafeguards, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_outputsafeguards(data__outputsafeguards)
        if 'complaints' in data:
            data__complaints = data['complaints']
            if not isinstance(data__complaints, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_complaints(data__complaints)
        if 'legacy_gaps' in data:
            data__legacygaps = data['legacy_gaps']
            if not isinstance(data__legacygaps, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_legacygaps(data__legacygaps)
    return data

def validate____defs_complaints(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'contact', 'mechanism_url', 'evidence'}:
            raise JsonSchemaValueException
        if 'contact' in data:
            data__contact = data['contact']
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__contact)
        if 'mechanism_url' in data:
            data__mechanismurl = data['mechanism_url']
            if not isinstance(data__mechanismurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_outputsafeguards(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'technical_safeguards', 'acceptable_use_prohibits_infringement', 'documentation_warns_infringement', 'evidence'}:
            raise JsonSchemaValueException
        if 'technical_safeguards' in data:
            data__technicalsafeguards = data['technical_safeguards']
            if not isinstance(data__technicalsafeguards, (str, NoneType)):
                raise JsonSchemaValueException
        if 'acceptable_use_prohibits_infringement' in data:
            data__acceptableuseprohibitsinfringement = data['acceptable_use_prohibits_infringement']
            if not isinstance(data__acceptableuseprohibitsinfringement, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'documentation_warns_infringement' in data:
            data__documentationwarnsinfringement = data['documentation_warns_infringement']
            if not isinstance(data__documentationwarnsinfringement, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_noncrawledcontent(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'used', 'robots_txt_information_sought', 'how', 'evidence'}:
            raise JsonSchemaValueException
        if 'used' in data:
            data__used = data['used']
            if not isinstance(data__used, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'robots_txt_information_sought' in data:
            data__robotstxtinformationsought = data['robots_txt_information_sought']
            if not isinstance(data__robotstxtinformationsought, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'how' in data:
            data__how = data['how']
            if not isinstance(data__how, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_rightsreservation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'robots_txt_rfc9309', 'other_protocols', 'crawlers', 'crawler_info_url', 'update_feed_url', 'evidence'}:
            raise JsonSchemaValueException
        if 'robots_txt_rfc9309' in data:
            data__robotstxtrfc9309 = data['robots_txt_rfc9309']
            if not isinstance(data__robotstxtrfc9309, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'other_protocols' in data:
            data__otherprotocols = data['other_protocols']
            if not isinstance(data__otherprotocols, (list, tuple)):
                raise JsonSchemaValueException
            for data__otherprotocols_item in data__otherprotocols:
                if not isinstance(data__otherprotocols_item, str):
                    raise JsonSchemaValueException
        if 'crawlers' in data:
            data__crawlers = data['crawlers']
            if not isinstance(data__crawlers, (list, tuple)):
                raise JsonSchemaValueException
            for data__crawlers_item in data__crawlers:
                if not isinstance(data__crawlers_item, dict):
                    raise JsonSchemaValueException
                validate____defs_crawler(data__crawlers_item)
        if 'crawler_info_url' in data:
            data__crawlerinfourl = data['crawler_info_url']
            if not isinstance(data__crawlerinfourl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'update_feed_url' in data:
            data__updatefeedurl = data['update_feed_url']
            if not isinstance(data__updatefeedurl, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_crawler(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'user_agent', 'purpose'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'user_agent' in data:
            data__useragent = data['user_agent']
            if not isinstance(data__useragent, (str, NoneType)):
                raise JsonSchemaValueException
        if 'purpose' in data:
            data__purpose = data['purpose']
            if not isinstance(data__purpose, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_lawfulaccess(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'respects_technological_measures', 'excludes_infringing_sites', 'infringing_site_lists', 'evidence'}:
            raise JsonSchemaValueException
        if 'respects_technological_measures' in data:
            data__respectstechnologicalmeasures = data['respects_technological_measures']
            if not isinstance(data__respectstechnologicalmeasures, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'excludes_infringing_sites' in data:
            data__excludesinfringingsites = data['excludes_infringing_sites']
            if not isinstance(data__excludesinfringingsites, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'infringing_site_lists' in data:
            data__infringingsitelists = data['infringing_site_lists']
            if not isinstance(data__infringingsitelists, (list, tuple)):
                raise JsonSchemaValueException
            for data__infringingsitelists_item in data__infringingsitelists:
                if not isinstance(data__infringingsitelists_item, str):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_copyrightpolicy(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'document', 'owner', 'last_updated', 'public_summary_url'}:
            raise JsonSchemaValueException
        if 'document' in data:
            data__document = data['document']
            if not isinstance(data__document, (list, tuple)):
                raise JsonSchemaValueException
            for data__document_item in data__document:
                if not isinstance(data__document_item, str):
                    raise JsonSchemaValueException
        if 'owner' in data:
            data__owner = data['owner']
            if not isinstance(data__owner, (str, NoneType)):
                raise JsonSchemaValueException
        if 'last_updated' in data:
            data__lastupdated = data['last_updated']
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastupdated):
                    raise JsonSchemaValueException
        if 'public_summary_url' in data:
            data__publicsummaryurl = data['public_summary_url']
            if not isinstance(data__publicsummaryurl, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_transparency(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'documentation', 'downstream_information', 'contact', 'ai_office_requests', 'integrity', 'model_documentation'}:
            raise JsonSchemaValueException
        if 'documentation' in data:
            data__documentation = data['documentation']
            if not isinstance(data__documentation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_documentation(data__documentation)
        if 'downstream_information' in data:
            data__downstreaminformation = data['downstream_information']
            if not isinstance(data__downstreaminformation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_downstreaminformation(data__downstreaminformation)
        if 'contact' in data:
            data__contact = data['contact']
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__contact)
        if 'ai_office_requests' in data:
            data__aiofficerequests = data['ai_office_requests']
            if not isinstance(data__aiofficerequests, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_aiofficerequests(data__aiofficerequests)
        if 'integrity' in data:
            data__integrity = data['integrity']
            if not isinstance(data__integrity, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_integrity(data__integrity)
        if 'model_documentation' in data:
            data__modeldocumentation = data['model_documentation']
            if not isinstance(data__modeldocumentation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modeldocumentation(data__modeldocumentation)
    return data

def validate____defs_modeldocumentation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'general_information', 'model_properties', 'distribution', 'use', 'training_process', 'training_data', 'computational_resources', 'energy'}:
            raise JsonSchemaValueException
        if 'general_information' in data:
            data__generalinformation = data['general_information']
            if not isinstance(data__generalinformation, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_formgeneralinformation(data__generalinformation)
        if 'model_properties' in data:
            data__modelproperties = data['model_properties']
            if not isinstance(data__modelproperties, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_modelproperties(data__modelproperties)
        if 'distribution' in data:
            data__distribution = data['distribution']
            if not isinstance(data__distribution, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_distribution(data__distribution)
        if 'use' in data:
            data__use = data['use']
            if not isinstance(data__use, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_use(data__use)
        if 'training_process' in data:
            data__trainingprocess = data['training_process']
            if not isinstance(data__trainingprocess, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_trainingprocess(data__trainingprocess)
        if 'training_data' in data:
            data__trainingdata = data['training_data']
            if not isinstance(data__trainingdata, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_trainingdata(data__trainingdata)
        if 'computational_resources' in data:
            data__computationalresources = data['computational_resources']
            if not isinstance(data__computationalresources, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_computationalresources(data__computationalresources)
        if 'energy' in data:
            data__energy = data['energy']
            if not isinstance(data__energy, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_energy(data__energy)
    return data

def validate____defs_energy(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'training_mwh', 'methodology', 'inference_flop', 'inference_benchmark'}:
            raise JsonSchemaValueException
        if 'training_mwh' in data:
            data__trainingmwh = data['training_mwh']
            data__trainingmwh_any_of_count2 = 0
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, (int, float, Decimal)) or isinstance(data__trainingmwh, bool):
                        raise JsonSchemaValueException
                    if isinstance(data__trainingmwh, (int, float, Decimal)) and (not isinstance(data__trainingmwh, bool)):
                        if data__trainingmwh <= 0:
                            raise JsonSchemaValueException
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, str):
                        raise JsonSchemaValueException
                    if not (isinstance(data__trainingmwh, str) and data__trainingmwh == 'N/A'):
                        raise JsonSchemaValueException
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__trainingmwh_any_of_count2:
                try:
                    if not isinstance(data__trainingmwh, NoneType):
                        raise JsonSchemaValueException
                    data__trainingmwh_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__trainingmwh_any_of_count2:
                raise JsonSchemaValueException
        if 'methodology' in data:
            data__methodology = data['methodology']
            if not isinstance(data__methodology, (str, NoneType)):
                raise JsonSchemaValueException
        if 'inference_flop' in data:
            data__inferenceflop = data['inference_flop']
            if not isinstance(data__inferenceflop, (int, float, Decimal, NoneType)) or isinstance(data__inferenceflop, bool):
                raise JsonSchemaValueException
            if isinstance(data__inferenceflop, (int, float, Decimal)) and (not isinstance(data__inferenceflop, bool)):
                if data__inferenceflop <= 0:
                    raise JsonSchemaValueException
        if 'inference_benchmark' in data:
            data__inferencebenchmark = data['inference_benchmark']
            if not isinstance(data__inferencebenchmark, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_inferencebenchmark(data__inferencebenchmark)
    return data

def validate____defs_inferencebenchmark(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'task', 'hardware'}:
            raise JsonSchemaValueException
        if 'task' in data:
            data__task = data['task']
            if not isinstance(data__task, (str, NoneType)):
                raise JsonSchemaValueException
        if 'hardware' in data:
            data__hardware = data['hardware']
            if not isinstance(data__hardware, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_computationalresources(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'training_time_period', 'training_time_range', 'training_time', 'training_compute_order_of_magnitude'}:
            raise JsonSchemaValueException
        if 'training_time_period' in data:
            data__trainingtimeperiod = data['training_time_period']
            if not isinstance(data__trainingtimeperiod, (str, NoneType)):
                raise JsonSchemaValueException
        if 'training_time_range' in data:
            data__trainingtimerange = data['training_time_range']
            if not isinstance(data__trainingtimerange, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__trainingtimerange, str) and data__trainingtimerange in {'<1 month', '1-3 months', '3-6 months', '>6 months'} or data__trainingtimerange is None):
                raise JsonSchemaValueException
        if 'training_time' in data:
            data__trainingtime = data['training_time']
            if not isinstance(data__trainingtime, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_trainingtime(data__trainingtime)
        if 'training_compute_order_of_magnitude' in data:
            data__trainingcomputeorderofmagnitude = data['training_compute_order_of_magnitude']
            if not isinstance(data__trainingcomputeorderofmagnitude, (int, float, Decimal, NoneType)) or isinstance(data__trainingcomputeorderofmagnitude, bool):
                raise JsonSchemaValueException
            if isinstance(data__trainingcomputeorderofmagnitude, (int, float, Decimal)) and (not isinstance(data__trainingcomputeorderofmagnitude, bool)):
                if data__trainingcomputeorderofmagnitude <= 0:
                    raise JsonSchemaValueException
    return data

def validate____defs_trainingtime(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'wall_clock_days', 'hardware_days', 'hardware'}:
            raise JsonSchemaValueException
        if 'wall_clock_days' in data:
            data__wallclockdays = data['wall_clock_days']
            if not isinstance(data__wallclockdays, (int, float, Decimal, NoneType)) or isinstance(data__wallclockdays, bool):
                raise JsonSchemaValueException
            if isinstance(data__wallclockdays, (int, float, Decimal)) and (not isinstance(data__wallclockdays, bool)):
                if data__wallclockdays <= 0:
                    raise JsonSchemaValueException
        if 'hardware_days' in data:
            data__hardwaredays = data['hardware_days']
            if not isinstance(data__hardwaredays, (int, float, Decimal, NoneType)) or isinstance(data__hardwaredays, bool):
                raise JsonSchemaValueException
            if isinstance(data__hardwaredays, (int, float, Decimal)) and (not isinstance(data__hardwaredays, bool)):
                if data__hardwaredays <= 0:
                    raise JsonSchemaValueException
        if 'hardware' in data:
            data__hardware = data['hardware']
            if not isinstance(data__hardware, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_trainingdata(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'modalities', 'provenance', 'acquisition_and_selection', 'data_points_coarse', 'data_points', 'scope_and_characteristics', 'curation', 'unsuitability_detection', 'bias_detection'}:
            raise JsonSchemaValueException
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, (list, tuple)):
                raise JsonSchemaValueException
            for data__modalities_item in data__modalities:
                if not isinstance(data__modalities_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__modalities_item, str) and data__modalities_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'provenance' in data:
            data__provenance = data['provenance']
            if not isinstance(data__provenance, (list, tuple)):
                raise JsonSchemaValueException
            for data__provenance_item in data__provenance:
                if not isinstance(data__provenance_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__provenance_item, str) and data__provenance_item in {'web_crawling', 'private_third_party_datasets', 'user_data', 'publicly_available_datasets', 'other_collection', 'non_public_synthetic_data', 'other'}):
                    raise JsonSchemaValueException
        if 'acquisition_and_selection' in data:
            data__acquisitionandselection = data['acquisition_and_selection']
            if not isinstance(data__acquisitionandselection, (str, NoneType)):
                raise JsonSchemaValueException
        if 'data_points_coarse' in data:
            data__datapointscoarse = data['data_points_coarse']
            if not isinstance(data__datapointscoarse, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_datapoints(data__datapointscoarse)
        if 'data_points' in data:
            data__datapoints = data['data_points']
            if not isinstance(data__datapoints, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_datapoints(data__datapoints)
        if 'scope_and_characteristics' in data:
            data__scopeandcharacteristics = data['scope_and_characteristics']
            if not isinstance(data__scopeandcharacteristics, (str, NoneType)):
                raise JsonSchemaValueException
        if 'curation' in data:
            data__curation = data['curation']
            if not isinstance(data__curation, (str, NoneType)):
                raise JsonSchemaValueException
        if 'unsuitability_detection' in data:
            data__unsuitabilitydetection = data['unsuitability_detection']
            if not isinstance(data__unsuitabilitydetection, (str, NoneType)):
                raise JsonSchemaValueException
        if 'bias_detection' in data:
            data__biasdetection = data['bias_detection']
            if not isinstance(data__biasdetection, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_datapoints(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'value', 'unit'}:
            raise JsonSchemaValueException
        if 'value' in data:
            data__value = data['value']
            if not isinstance(data__value, (int, float, Decimal, NoneType)) or isinstance(data__value, bool):
                raise JsonSchemaValueException
            if isinstance(data__value, (int, float, Decimal)) and (not isinstance(data__value, bool)):
                if data__value <= 0:
                    raise JsonSchemaValueException
        if 'unit' in data:
            data__unit = data['unit']
            if not isinstance(data__unit, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_trainingprocess(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'design_specifications', 'decision_rationale', 'parameter_relevance'}:
            raise JsonSchemaValueException
        if 'design_specifications' in data:
            data__designspecifications = data['design_specifications']
            if not isinstance(data__designspecifications, (str, NoneType)):
                raise JsonSchemaValueException
        if 'decision_rationale' in data:
            data__decisionrationale = data['decision_rationale']
            if not isinstance(data__decisionrationale, (str, NoneType)):
                raise JsonSchemaValueException
        if 'parameter_relevance' in data:
            data__parameterrelevance = data['parameter_relevance']
            if not isinstance(data__parameterrelevance, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_use(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'acceptable_use_policy', 'intended_uses', 'integration_types', 'integration_means', 'technical_documentation', 'required_hardware', 'required_software'}:
            raise JsonSchemaValueException
        if 'acceptable_use_policy' in data:
            data__acceptableusepolicy = data['acceptable_use_policy']
            if not isinstance(data__acceptableusepolicy, (str, NoneType)):
                raise JsonSchemaValueException
        if 'intended_uses' in data:
            data__intendeduses = data['intended_uses']
            if not isinstance(data__intendeduses, (str, NoneType)):
                raise JsonSchemaValueException
        if 'integration_types' in data:
            data__integrationtypes = data['integration_types']
            if not isinstance(data__integrationtypes, (str, NoneType)):
                raise JsonSchemaValueException
        if 'integration_means' in data:
            data__integrationmeans = data['integration_means']
            if not isinstance(data__integrationmeans, (str, NoneType)):
                raise JsonSchemaValueException
        if 'technical_documentation' in data:
            data__technicaldocumentation = data['technical_documentation']
            if not isinstance(data__technicaldocumentation, (str, NoneType)):
                raise JsonSchemaValueException
        if 'required_hardware' in data:
            data__requiredhardware = data['required_hardware']
            if not isinstance(data__requiredhardware, (str, NoneType)):
                raise JsonSchemaValueException
        if 'required_software' in data:
            data__requiredsoftware = data['required_software']
            if not isinstance(data__requiredsoftware, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_distribution(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'union_channels', 'downstream_channels', 'licence_link', 'licence_type', 'access_terms', 'additional_assets'}:
            raise JsonSchemaValueException
        if 'union_channels' in data:
            data__unionchannels = data['union_channels']
            if not isinstance(data__unionchannels, (list, tuple)):
                raise JsonSchemaValueException
            for data__unionchannels_item in data__unionchannels:
                if not isinstance(data__unionchannels_item, dict):
                    raise JsonSchemaValueException
                validate____defs_unionchannel(data__unionchannels_item)
        if 'downstream_channels' in data:
            data__downstreamchannels = data['downstream_channels']
            if not isinstance(data__downstreamchannels, (list, tuple)):
                raise JsonSchemaValueException
            for data__downstreamchannels_item in data__downstreamchannels:
                if not isinstance(data__downstreamchannels_item, str):
                    raise JsonSchemaValueException
        if 'licence_link' in data:
            data__licencelink = data['licence_link']
            if not isinstance(data__licencelink, (str, NoneType)):
                raise JsonSchemaValueException
        if 'licence_type' in data:
            data__licencetype = data['licence_type']
            if not isinstance(data__licencetype, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__licencetype, str) and data__licencetype in {'free_and_open_source', 'restricted', 'proprietary', 'no_licence'} or data__licencetype is None):
                raise JsonSchemaValueException
        if 'access_terms' in data:
            data__accessterms = data['access_terms']
            if not isinstance(data__accessterms, (str, NoneType)):
                raise JsonSchemaValueException
        if 'additional_assets' in data:
            data__additionalassets = data['additional_assets']
            if not isinstance(data__additionalassets, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_unionchannel(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['channel']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'channel', 'access_link', 'access_level'}:
            raise JsonSchemaValueException
        if 'channel' in data:
            data__channel = data['channel']
            if not isinstance(data__channel, str):
                raise JsonSchemaValueException
        if 'access_link' in data:
            data__accesslink = data['access_link']
            if not isinstance(data__accesslink, (str, NoneType)):
                raise JsonSchemaValueException
        if 'access_level' in data:
            data__accesslevel = data['access_level']
            if not isinstance(data__accesslevel, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_modelproperties(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'architecture', 'design_specifications', 'input_format', 'output_format', 'input_max_size', 'output_max_size', 'parameter_range'}:
            raise JsonSchemaValueException
        if 'architecture' in data:
            data__architecture = data['architecture']
            if not isinstance(data__architecture, (str, NoneType)):
                raise JsonSchemaValueException
        if 'design_specifications' in data:
            data__designspecifications = data['design_specifications']
            if not isinstance(data__designspecifications, (str, NoneType)):
                raise JsonSchemaValueException
        if 'input_format' in data:
            data__inputformat = data['input_format']
            if not isinstance(data__inputformat, (str, NoneType)):
                raise JsonSchemaValueException
        if 'output_format' in data:
            data__outputformat = data['output_format']
            if not isinstance(data__outputformat, (str, NoneType)):
                raise JsonSchemaValueException
        if 'input_max_size' in data:
            data__inputmaxsize = data['input_max_size']
            if not isinstance(data__inputmaxsize, dict):
                raise JsonSchemaValueException
            data__inputmaxsize_keys = set(data__inputmaxsize.keys())
            for data__inputmaxsize_key in data__inputmaxsize_keys:
                if data__inputmaxsize_key not in []:
                    data__inputmaxsize_value = data__inputmaxsize.get(data__inputmaxsize_key)
                    if not isinstance(data__inputmaxsize_value, str):
                        raise JsonSchemaValueException
            data__inputmaxsize_len = len(data__inputmaxsize)
            if data__inputmaxsize_len != 0:
                data__inputmaxsize_property_names = True
                for data__inputmaxsize_key in data__inputmaxsize:
                    try:
                        if not (isinstance(data__inputmaxsize_key, str) and data__inputmaxsize_key in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                            raise JsonSchemaValueException
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        data__inputmaxsize_property_names = False
                if not data__inputmaxsize_property_names:
                    raise JsonSchemaValueException
        if 'output_max_size' in data:
            data__outputmaxsize = data['output_max_size']
            if not isinstance(data__outputmaxsize, dict):
                raise JsonSchemaValueException
            data__outputmaxsize_keys = set(data__outputmaxsize.keys())
            for data__outputmaxsize_key in data__outputmaxsize_keys:
                if data__outputmaxsize_key not in []:
                    data__outputmaxsize_value = data__outputmaxsize.get(data__outputmaxsize_key)
                    if not isinstance(data__outputmaxsize_value, str):
                        raise JsonSchemaValueException
            data__outputmaxsize_len = len(data__outputmaxsize)
            if data__outputmaxsize_len != 0:
                data__outputmaxsize_property_names = True
                for data__outputmaxsize_key in data__outputmaxsize:
                    try:
                        if not (isinstance(data__outputmaxsize_key, str) and data__outputmaxsize_key in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                            raise JsonSchemaValueException
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        data__outputmaxsize_property_names = False
                if not data__outputmaxsize_property_names:
                    raise JsonSchemaValueException
        if 'parameter_range' in data:
            data__parameterrange = data['parameter_range']
            if not isinstance(data__parameterrange, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__parameterrange, str) and data__parameterrange in {'1-500M', '500M-5B', '5B-15B', '15B-50B', '50B-100B', '100B-500B', '500B-1T', '>1T'} or data__parameterrange is None):
                raise JsonSchemaValueException
    return data

def validate____defs_formgeneralinformation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'versions', 'authenticity', 'dependencies'}:
            raise JsonSchemaValueException
        if 'versions' in data:
            data__versions = data['versions']
            if not isinstance(data__versions, (list, tuple)):
                raise JsonSchemaValueException
            for data__versions_item in data__versions:
                if not isinstance(data__versions_item, str):
                    raise JsonSchemaValueException
        if 'authenticity' in data:
            data__authenticity = data['authenticity']
            if not isinstance(data__authenticity, (str, NoneType)):
                raise JsonSchemaValueException
        if 'dependencies' in data:
            data__dependencies = data['dependencies']
            if not isinstance(data__dependencies, (str, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_integrity(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'controls', 'evidence'}:
            raise JsonSchemaValueException
        if 'controls' in data:
            data__controls = data['controls']
            if not isinstance(data__controls, (list, tuple)):
                raise JsonSchemaValueException
            for data__controls_item in data__controls:
                if not isinstance(data__controls_item, str):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_aiofficerequests(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'process', 'evidence'}:
            raise JsonSchemaValueException
        if 'process' in data:
            data__process = data['process']
            if not isinstance(data__process, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_downstreaminformation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'version', 'last_updated', 'url', 'evidence', 'request_contact', 'response_days'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException
        if 'last_updated' in data:
            data__lastupdated = data['last_updated']
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastupdated):
                    raise JsonSchemaValueException
        if 'url' in data:
            data__url = data['url']
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
        if 'request_contact' in data:
            data__requestcontact = data['request_contact']
            if not isinstance(data__requestcontact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__requestcontact)
        if 'response_days' in data:
            data__responsedays = data['response_days']
            if not isinstance(data__responsedays, (int, NoneType)) and (not (isinstance(data__responsedays, float) and data__responsedays.is_integer())) or isinstance(data__responsedays, bool):
                raise JsonSchemaValueException
            if isinstance(data__responsedays, (int, float, Decimal)) and (not isinstance(data__responsedays, bool)):
                if data__responsedays < 0:
                    raise JsonSchemaValueException
    return data

def validate____defs_documentation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'version', 'last_updated', 'evidence', 'retained_until'}:
            raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, (str, NoneType)):
                raise JsonSchemaValueException
        if 'last_updated' in data:
            data__lastupdated = data['last_updated']
            if not isinstance(data__lastupdated, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__lastupdated, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__lastupdated):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
        if 'retained_until' in data:
            data__retaineduntil = data['retained_until']
            if not isinstance(data__retaineduntil, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__retaineduntil, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__retaineduntil):
                    raise JsonSchemaValueException
    return data

def validate____defs_model(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'version', 'modalities']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'version', 'release_date', 'placement', 'placed_on_market', 'retired', 'general_purpose', 'modalities', 'parameters', 'parameters_estimate', 'active_parameters', 'training_compute', 'licence', 'based_on', 'systemic_risk'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'version' in data:
            data__version = data['version']
            if not isinstance(data__version, str):
                raise JsonSchemaValueException
        if 'release_date' in data:
            data__releasedate = data['release_date']
            if not isinstance(data__releasedate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__releasedate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__releasedate):
                    raise JsonSchemaValueException
        if 'placement' in data:
            data__placement = data['placement']
            if not isinstance(data__placement, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__placement, str) and data__placement in {'placed', 'planned'} or data__placement is None):
                raise JsonSchemaValueException
        if 'placed_on_market' in data:
            data__placedonmarket = data['placed_on_market']
            if not isinstance(data__placedonmarket, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__placedonmarket, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__placedonmarket):
                    raise JsonSchemaValueException
        if 'retired' in data:
            data__retired = data['retired']
            if not isinstance(data__retired, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__retired, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__retired):
                    raise JsonSchemaValueException
        if 'general_purpose' in data:
            data__generalpurpose = data['general_purpose']
            if not isinstance(data__generalpurpose, dict):
                raise JsonSchemaValueException
            validate____defs_generalpurpose(data__generalpurpose)
        if 'modalities' in data:
            data__modalities = data['modalities']
            if not isinstance(data__modalities, dict):
                raise JsonSchemaValueException
            validate____defs_modalities(data__modalities)
        if 'parameters' in data:
            data__parameters = data['parameters']
            if not isinstance(data__parameters, (int, NoneType)) and (not (isinstance(data__parameters, float) and data__parameters.is_integer())) or isinstance(data__parameters, bool):
                raise JsonSchemaValueException
            if isinstance(data__parameters, (int, float, Decimal)) and (not isinstance(data__parameters, bool)):
                if data__parameters < 1:
                    raise JsonSchemaValueException
        if 'parameters_estimate' in data:
            data__parametersestimate = data['parameters_estimate']
            if not isinstance(data__parametersestimate, (str, NoneType)):
                raise JsonSchemaValueException
        if 'active_parameters' in data:
            data__activeparameters = data['active_parameters']
            if not isinstance(data__activeparameters, (int, NoneType)) and (not (isinstance(data__activeparameters, float) and data__activeparameters.is_integer())) or isinstance(data__activeparameters, bool):
                raise JsonSchemaValueException
            if isinstance(data__activeparameters, (int, float, Decimal)) and (not isinstance(data__activeparameters, bool)):
                if data__activeparameters < 1:
                    raise JsonSchemaValueException
        if 'training_compute' in data:
            data__trainingcompute = data['training_compute']
            if not isinstance(data__trainingcompute, dict):
                raise JsonSchemaValueException
            validate____defs_trainingcompute(data__trainingcompute)
        if 'licence' in data:
            data__licence = data['licence']
            if not isinstance(data__licence, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_licence(data__licence)
        if 'based_on' in data:
            data__basedon = data['based_on']
            if not isinstance(data__basedon, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_basedon(data__basedon)
        if 'systemic_risk' in data:
            data__systemicrisk = data['systemic_risk']
            if not isinstance(data__systemicrisk, dict):
                raise JsonSchemaValueException
            validate____defs_systemicriskstatus(data__systemicrisk)
    return data

def validate____defs_systemicriskstatus(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'designated', 'designation_date', 'threshold_met_date', 'notification_date', 'notification_evidence', 'notified_compute_flop', 'notified_estimation_approach', 'rebuttal'}:
            raise JsonSchemaValueException
        if 'designated' in data:
            data__designated = data['designated']
            if not isinstance(data__designated, bool):
                raise JsonSchemaValueException
        if 'designation_date' in data:
            data__designationdate = data['designation_date']
            if not isinstance(data__designationdate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__designationdate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__designationdate):
                    raise JsonSchemaValueException
        if 'threshold_met_date' in data:
            data__thresholdmetdate = data['threshold_met_date']
            if not isinstance(data__thresholdmetdate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__thresholdmetdate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__thresholdmetdate):
                    raise JsonSchemaValueException
        if 'notification_date' in data:
            data__notificationdate = data['notification_date']
            if not isinstance(data__notificationdate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__notificationdate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__notificationdate):
                    raise JsonSchemaValueException
        if 'notification_evidence' in data:
            data__notificationevidence = data['notification_evidence']
            if not isinstance(data__notificationevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__notificationevidence_item in data__notificationevidence:
                if not isinstance(data__notificationevidence_item, str):
                    raise JsonSchemaValueException
        if 'notified_compute_flop' in data:
            data__notifiedcomputeflop = data['notified_compute_flop']
            if not isinstance(data__notifiedcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__notifiedcomputeflop, bool):
                raise JsonSchemaValueException
            if isinstance(data__notifiedcomputeflop, (int, float, Decimal)) and (not isinstance(data__notifiedcomputeflop, bool)):
                if data__notifiedcomputeflop <= 0:
                    raise JsonSchemaValueException
        if 'notified_estimation_approach' in data:
            data__notifiedestimationapproach = data['notified_estimation_approach']
            if not isinstance(data__notifiedestimationapproach, (str, NoneType)):
                raise JsonSchemaValueException
        if 'rebuttal' in data:
            data__rebuttal = data['rebuttal']
            if not isinstance(data__rebuttal, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_art52rebuttal(data__rebuttal)
    return data

def validate____defs_art52rebuttal(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['submitted']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'submitted', 'accepted', 'decision_date', 'evidence', 'facts_changed', 'renotified', 'renotification_evidence'}:
            raise JsonSchemaValueException
        if 'submitted' in data:
            data__submitted = data['submitted']
            if not isinstance(data__submitted, str):
                raise JsonSchemaValueException
            if isinstance(data__submitted, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__submitted):
                    raise JsonSchemaValueException
        if 'accepted' in data:
            data__accepted = data['accepted']
            if not isinstance(data__accepted, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'decision_date' in data:
            data__decisiondate = data['decision_date']
            if not isinstance(data__decisiondate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__decisiondate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__decisiondate):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
        if 'facts_changed' in data:
            data__factschanged = data['facts_changed']
            if not isinstance(data__factschanged, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__factschanged, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__factschanged):
                    raise JsonSchemaValueException
        if 'renotified' in data:
            data__renotified = data['renotified']
            if not isinstance(data__renotified, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__renotified, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__renotified):
                    raise JsonSchemaValueException
        if 'renotification_evidence' in data:
            data__renotificationevidence = data['renotification_evidence']
            if not isinstance(data__renotificationevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__renotificationevidence_item in data__renotificationevidence:
                if not isinstance(data__renotificationevidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_basedon(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'provider', 'general_purpose', 'training_compute_flop', 'systemic_risk', 'modification_compute_flop', 'modification', 'modification_evidence'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'provider' in data:
            data__provider = data['provider']
            if not isinstance(data__provider, (str, NoneType)):
                raise JsonSchemaValueException
        if 'general_purpose' in data:
            data__generalpurpose = data['general_purpose']
            if not isinstance(data__generalpurpose, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'training_compute_flop' in data:
            data__trainingcomputeflop = data['training_compute_flop']
            if not isinstance(data__trainingcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__trainingcomputeflop, bool):
                raise JsonSchemaValueException
            if isinstance(data__trainingcomputeflop, (int, float, Decimal)) and (not isinstance(data__trainingcomputeflop, bool)):
                if data__trainingcomputeflop <= 0:
                    raise JsonSchemaValueException
        if 'systemic_risk' in data:
            data__systemicrisk = data['systemic_risk']
            if not isinstance(data__systemicrisk, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modification_compute_flop' in data:
            data__modificationcomputeflop = data['modification_compute_flop']
            if not isinstance(data__modificationcomputeflop, (int, float, Decimal, NoneType)) or isinstance(data__modificationcomputeflop, bool):
                raise JsonSchemaValueException
            if isinstance(data__modificationcomputeflop, (int, float, Decimal)) and (not isinstance(data__modificationcomputeflop, bool)):
                if data__modificationcomputeflop <= 0:
                    raise JsonSchemaValueException
        if 'modification' in data:
            data__modification = data['modification']
            if not isinstance(data__modification, (str, NoneType)):
                raise JsonSchemaValueException
        if 'modification_evidence' in data:
            data__modificationevidence = data['modification_evidence']
            if not isinstance(data__modificationevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__modificationevidence_item in data__modificationevidence:
                if not isinstance(data__modificationevidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_licence(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'spdx', 'name', 'url', 'grants', 'restrictions', 'monetised', 'public'}:
            raise JsonSchemaValueException
        if 'spdx' in data:
            data__spdx = data['spdx']
            if not isinstance(data__spdx, (str, NoneType)):
                raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, (str, NoneType)):
                raise JsonSchemaValueException
        if 'url' in data:
            data__url = data['url']
            if not isinstance(data__url, (str, NoneType)):
                raise JsonSchemaValueException
        if 'grants' in data:
            data__grants = data['grants']
            if not isinstance(data__grants, dict):
                raise JsonSchemaValueException
            validate____defs_licencegrants(data__grants)
        if 'restrictions' in data:
            data__restrictions = data['restrictions']
            if not isinstance(data__restrictions, (list, tuple)):
                raise JsonSchemaValueException
            for data__restrictions_item in data__restrictions:
                if not isinstance(data__restrictions_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__restrictions_item, str) and data__restrictions_item in {'non_commercial', 'research_only', 'no_redistribution', 'user_threshold', 'separate_commercial_licence'}):
                    raise JsonSchemaValueException
        if 'monetised' in data:
            data__monetised = data['monetised']
            if not isinstance(data__monetised, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'public' in data:
            data__public = data['public']
            if not isinstance(data__public, dict):
                raise JsonSchemaValueException
            validate____defs_publicinformation(data__public)
    return data

def validate____defs_publicinformation(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'weights', 'architecture', 'usage_information', 'evidence'}:
            raise JsonSchemaValueException
        if 'weights' in data:
            data__weights = data['weights']
            if not isinstance(data__weights, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'architecture' in data:
            data__architecture = data['architecture']
            if not isinstance(data__architecture, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'usage_information' in data:
            data__usageinformation = data['usage_information']
            if not isinstance(data__usageinformation, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_licencegrants(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'access', 'use', 'modification', 'redistribution'}:
            raise JsonSchemaValueException
        if 'access' in data:
            data__access = data['access']
            if not isinstance(data__access, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'use' in data:
            data__use = data['use']
            if not isinstance(data__use, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'modification' in data:
            data__modification = data['modification']
            if not isinstance(data__modification, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'redistribution' in data:
            data__redistribution = data['redistribution']
            if not isinstance(data__redistribution, (bool, NoneType)):
                raise JsonSchemaValueException
    return data

def validate____defs_trainingcompute(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'flop', 'cumulative_flop', 'method', 'description', 'tokens', 'evidence'}:
            raise JsonSchemaValueException
        if 'flop' in data:
            data__flop = data['flop']
            if not isinstance(data__flop, (int, float, Decimal, NoneType)) or isinstance(data__flop, bool):
                raise JsonSchemaValueException
            if isinstance(data__flop, (int, float, Decimal)) and (not isinstance(data__flop, bool)):
                if data__flop <= 0:
                    raise JsonSchemaValueException
        if 'cumulative_flop' in data:
            data__cumulativeflop = data['cumulative_flop']
            if not isinstance(data__cumulativeflop, (int, float, Decimal, NoneType)) or isinstance(data__cumulativeflop, bool):
                raise JsonSchemaValueException
            if isinstance(data__cumulativeflop, (int, float, Decimal)) and (not isinstance(data__cumulativeflop, bool)):
                if data__cumulativeflop <= 0:
                    raise JsonSchemaValueException
        if 'method' in data:
            data__method = data['method']
            if not isinstance(data__method, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__method, str) and data__method in {'hardware', 'architecture', 'other'} or data__method is None):
                raise JsonSchemaValueException
        if 'description' in data:
            data__description = data['description']
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException
        if 'tokens' in data:
            data__tokens = data['tokens']
            if not isinstance(data__tokens, (int, float, Decimal, NoneType)) or isinstance(data__tokens, bool):
                raise JsonSchemaValueException
            if isinstance(data__tokens, (int, float, Decimal)) and (not isinstance(data__tokens, bool)):
                if data__tokens <= 0:
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_modalities(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['input', 'output']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'input', 'output'}:
            raise JsonSchemaValueException
        if 'input' in data:
            data__input = data['input']
            if not isinstance(data__input, (list, tuple)):
                raise JsonSchemaValueException
            data__input_len = len(data__input)
            if data__input_len < 1:
                raise JsonSchemaValueException
            for data__input_item in data__input:
                if not isinstance(data__input_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__input_item, str) and data__input_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
        if 'output' in data:
            data__output = data['output']
            if not isinstance(data__output, (list, tuple)):
                raise JsonSchemaValueException
            data__output_len = len(data__output)
            if data__output_len < 1:
                raise JsonSchemaValueException
            for data__output_item in data__output:
                if not isinstance(data__output_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__output_item, str) and data__output_item in {'text', 'code', 'speech', 'music', 'sound', 'audio', 'image', 'video', '3d', 'time_series', 'tabular', 'embeddings', 'actions', 'biological_sequences', 'other'}):
                    raise JsonSchemaValueException
    return data

def validate____defs_generalpurpose(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        if data.keys() - {'declared', 'rebuttal', 'rebuttal_evidence'}:
            raise JsonSchemaValueException
        if 'declared' in data:
            data__declared = data['declared']
            if not isinstance(data__declared, (bool, NoneType)):
                raise JsonSchemaValueException
        if 'rebuttal' in data:
            data__rebuttal = data['rebuttal']
            if not isinstance(data__rebuttal, (str, NoneType)):
                raise JsonSchemaValueException
        if 'rebuttal_evidence' in data:
            data__rebuttalevidence = data['rebuttal_evidence']
            if not isinstance(data__rebuttalevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__rebuttalevidence_item in data__rebuttalevidence:
                if not isinstance(data__rebuttalevidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_provider(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'country', 'sme', 'smc', 'contact', 'authorised_representative', 'code_of_practice'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'country' in data:
            data__country = data['country']
            if not isinstance(data__country, (str, NoneType)):
                raise JsonSchemaValueException
            if not (isinstance(data__country, str) and data__country in {'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'EL', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW'} or data__country is None):
                raise JsonSchemaValueException
        if 'sme' in data:
            data__sme = data['sme']
            if not isinstance(data__sme, bool):
                raise JsonSchemaValueException
        if 'smc' in data:
            data__smc = data['smc']
            if not isinstance(data__smc, bool):
                raise JsonSchemaValueException
        if 'contact' in data:
            data__contact = data['contact']
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__contact)
        if 'authorised_representative' in data:
            data__authorisedrepresentative = data['authorised_representative']
            if not isinstance(data__authorisedrepresentative, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_authorisedrepresentative(data__authorisedrepresentative)
        if 'code_of_practice' in data:
            data__codeofpractice = data['code_of_practice']
            if not isinstance(data__codeofpractice, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_codeofpracticeadherence(data__codeofpractice)
    return data

def validate____defs_codeofpracticeadherence(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['signatory']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'signatory', 'chapters', 'evidence'}:
            raise JsonSchemaValueException
        if 'signatory' in data:
            data__signatory = data['signatory']
            if not isinstance(data__signatory, bool):
                raise JsonSchemaValueException
        if 'chapters' in data:
            data__chapters = data['chapters']
            if not isinstance(data__chapters, (list, tuple)):
                raise JsonSchemaValueException
            for data__chapters_item in data__chapters:
                if not isinstance(data__chapters_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__chapters_item, str) and data__chapters_item in {'transparency', 'copyright', 'safety_and_security'}):
                    raise JsonSchemaValueException
        if 'evidence' in data:
            data__evidence = data['evidence']
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__evidence_item in data__evidence:
                if not isinstance(data__evidence_item, str):
                    raise JsonSchemaValueException
    return data

def validate____defs_authorisedrepresentative(data):
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'country']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        if data.keys() - {'name', 'country', 'contact', 'mandate_date', 'mandate_evidence', 'mandate_tasks', 'documentation_retention_years', 'mandate_language', 'terminated', 'termination_reported', 'termination_evidence'}:
            raise JsonSchemaValueException
        if 'name' in data:
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException
        if 'country' in data:
            data__country = data['country']
            if not isinstance(data__country, str):
                raise JsonSchemaValueException
            if not (isinstance(data__country, str) and data__country in {'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'EL', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW'}):
                raise JsonSchemaValueException
        if 'contact' in data:
            data__contact = data['contact']
            if not isinstance(data__contact, (dict, NoneType)):
                raise JsonSchemaValueException
            validate____defs_contact(data__contact)
        if 'mandate_date' in data:
            data__mandatedate = data['mandate_date']
            if not isinstance(data__mandatedate, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__mandatedate, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__mandatedate):
                    raise JsonSchemaValueException
        if 'mandate_evidence' in data:
            data__mandateevidence = data['mandate_evidence']
            if not isinstance(data__mandateevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__mandateevidence_item in data__mandateevidence:
                if not isinstance(data__mandateevidence_item, str):
                    raise JsonSchemaValueException
        if 'mandate_tasks' in data:
            data__mandatetasks = data['mandate_tasks']
            if not isinstance(data__mandatetasks, (list, tuple)):
                raise JsonSchemaValueException
            for data__mandatetasks_item in data__mandatetasks:
                if not isinstance(data__mandatetasks_item, str):
                    raise JsonSchemaValueException
                if not (isinstance(data__mandatetasks_item, str) and data__mandatetasks_item in {'verify_documentation', 'keep_documentation', 'provide_information', 'cooperate', 'be_addressed'}):
                    raise JsonSchemaValueException
        if 'documentation_retention_years' in data:
            data__documentationretentionyears = data['documentation_retention_years']
            if not isinstance(data__documentationretentionyears, (int, NoneType)) and (not (isinstance(data__documentationretentionyears, float) and data__documentationretentionyears.is_integer())) or isinstance(data__documentationretentionyears, bool):
                raise JsonSchemaValueException
            if isinstance(data__documentationretentionyears, (int, float, Decimal)) and (not isinstance(data__documentationretentionyears, bool)):
                if data__documentationretentionyears < 0:
                    raise JsonSchemaValueException
        if 'mandate_language' in data:
            data__mandatelanguage = data['mandate_language']
            if not isinstance(data__mandatelanguage, (str, NoneType)):
                raise JsonSchemaValueException
        if 'terminated' in data:
            data__terminated = data['terminated']
            if not isinstance(data__terminated, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__terminated, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__terminated):
                    raise JsonSchemaValueException
        if 'termination_reported' in data:
            data__terminationreported = data['termination_reported']
            if not isinstance(data__terminationreported, (str, NoneType)):
                raise JsonSchemaValueException
            if isinstance(data__terminationreported, str):
                if not REGEX_PATTERNS['date_re_pattern'].match(data__terminationreported):
                    raise JsonSchemaValueException
        if 'termination_evidence' in data:
            data__terminationevidence = data['termination_evidence']
            if not isinstance(data__terminationevidence, (list, tuple)):
                raise JsonSchemaValueException
            for data__terminationevidence_item in data__terminationevidence:
                if not isinstance(data__terminationevidence_item, str):
                    raise JsonSchemaValueException
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
