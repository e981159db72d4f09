"""The contract's mount table: each section of the quickstart lives under its own prefix.

Documented for implementers in features/CONTRACT.md; this is the suite's copy of the names.
"""

SECTIONS = (
    "minimal",
    "routing",
    "url-building",
    "methods",
    "static-files",
    "templates",
    "request",
    "uploads",
    "cookies",
    "sessions",
    "redirects",
    "flashing",
    "logging",
)


def section_prefix(section: str) -> str:
    """``/routing`` for ``routing``; a name outside the contract is a mistake in a feature file."""
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}; the contract has: {', '.join(SECTIONS)}")
    return "/" + section
