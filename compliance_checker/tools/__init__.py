"""Maintainer tools: regenerate the published schemas and the rule reference docs."""
