"""The documents the law asks for, rendered from a checked declaration (``compliance-checker render``).

A document is a layout (``layouts``: section order, headings, field labels) over a selection of rules;
its content is those rules' evidence, and a gap is an evidence item the evaluation found missing or thin
(``build``). The formats (``formats``) write a built document as Markdown, HTML or DOCX.
"""
