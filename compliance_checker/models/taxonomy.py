"""Ids of the systemic-risk taxonomy (Code of Practice, Safety and Security chapter, Appendix 1).

The taxonomy itself (titles, descriptions, references) is data in ``rulesets/systemic-risk-taxonomy/``;
these literals are the ids a declaration's risk register may use, so that the published schema refuses a
misspelt id. They are the union over every shipped taxonomy version (the third draft grouped the types
differently); a test checks that they match the ruleset files exactly.
"""

from __future__ import annotations

from typing import Literal

# Appendix 1.1 (final): the five types of risk. Third draft, Appendix 1.2: "other types", where public
# health, safety and public security were one group.
RiskType = Literal[
    "public_health",
    "safety",
    "public_security",
    "fundamental_rights",
    "society",
    "public_health_safety_security",
]

# Appendix 1.4 (final): the four specified systemic risks, which must always be identified (Measure 2.1(2)).
# Third draft, Appendix 1.1: the same four as "selected types of systemic risk".
SpecifiedRisk = Literal["cbrn", "loss_of_control", "cyber_offence", "harmful_manipulation"]

# Appendix 1.2.1 and 1.2.2 (final): the nature of systemic risks.
EssentialCharacteristic = Literal[
    "high_impact_capabilities",
    "union_market_impact",
    "value_chain_propagation",
]
ContributingCharacteristic = Literal[
    "capability_dependent",
    "reach_dependent",
    "high_velocity",
    "compounding_or_cascading",
    "irreversible",
    "asymmetric_impact",
]

# Appendix 1.3.1-1.3.3 (final): sources of systemic risk.
Capability = Literal[
    "offensive_cyber",
    "cbrn_weapons",
    "fundamental_rights_infringement",
    "manipulation_persuasion_deception",
    "autonomous_operation",
    "adaptive_learning",
    "long_horizon_planning",
    "self_reasoning",
    "oversight_evasion",
    "self_replication_or_improvement",
    "ai_research_automation",
    "multiple_modalities",
    "tool_use",
    "physical_system_control",
]
Propensity = Literal[
    "misalignment_with_intent",
    "misalignment_with_values",
    "harmful_deployment_tendency",
    "hallucination_or_misinformation",
    "discriminatory_bias",
    "unreliable_performance",
    "lawlessness",
    "goal_pursuit_or_power_seeking",
    "collusion",
    "miscoordination_or_conflict",
    # Third draft, Appendix 1.4.2, point (1): one entry for what the final splits into intent and values.
    "misalignment_with_intent_or_values",
]
Affordance = Literal[
    "access_to_tools_compute_physical_systems",
    "scalability",
    "release_and_distribution",
    "human_oversight_level",
    "guardrail_removal_vulnerability",
    "exfiltration_vulnerability",
    "infrastructure_security_gaps",
    "user_numbers",
    "offence_defence_balance",
    "environment_vulnerability",
    "lack_of_explainability",
    "interactions_with_other_ai",
    "inappropriate_use",
]

# Measure 9.3 (final; the same four in the third draft's II.12): incident categories, by initial deadline.
IncidentCategory = Literal[
    "critical_infrastructure",  # 2 days
    "cybersecurity_breach",  # 5 days
    "death",  # 10 days
    "serious_harm",  # 15 days: health, fundamental rights, property, environment
]
