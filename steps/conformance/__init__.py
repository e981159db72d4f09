"""Conformance results, apart from the step vocabulary: what a run records, and what it says.

- ``recorder``: the pytest plugin that records each scenario's outcome and writes the report;
- ``report``: the report's schema and how it is built from outcomes, and how it is read back;
- ``expectations``: the scenarios known to fail on one implementation, with their reasons;
- ``summary``: the terminal summary at the end of a run;
- ``compare``: reports side by side (``python -m steps.conformance compare A.json B.json``).
"""
