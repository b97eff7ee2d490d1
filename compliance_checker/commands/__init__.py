"""Subcommands that are more than a few lines: each module defines one click command or group."""
