"""Conformance results, apart from the step vocabulary: what a run records, and what it says.

- ``recorder``: the pytest plugin that records each scenario's outcome and writes the report;
- ``report``: the report's schema and how it is built from outcomes, and how it is read back;
- ``expectations``: the scenarios known to fail on one implementation, with their reasons;
- ``failures``: failures written for the implementer, told apart from errors of the suite itself;
- ``summary``: the terminal summary at the end of a run;
- ``compare``: reports side by side (``python -m steps.conformance compare A.json B.json``);
- ``site``: the spec and the verdicts as a static site (``python -m steps.conformance site A.json ... --out DIR``).
"""
