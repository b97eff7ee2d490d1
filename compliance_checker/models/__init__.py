"""Typed values that flow between the pipeline stages. Pure data: nothing here reads files or prints."""
