"""The names the command line offers, without importing the layouts (every command's start-up pays for
what ``cli`` imports): ``tests/test_render_model.py`` keeps them equal to the layouts' own."""

from __future__ import annotations

DOCUMENTS: tuple[str, ...] = (
    "model-documentation",
    "training-data-summary",
    "copyright-policy-summary",
    "incident-report",
    "notification",
    "framework-summary",
    "model-report-summary",
)
RECIPIENTS: tuple[str, ...] = ("ai-office", "authorities", "downstream")  # model-documentation --for
STAGES: tuple[str, ...] = ("initial", "intermediate", "final")  # incident-report --stage
