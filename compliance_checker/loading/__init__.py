"""The only code that reads input files: declarations, rulesets, schemas and evidence files."""
