"""The pure part of the pipeline: classify facts, run checks, evaluate rules. No file or network I/O."""
