"""Mutants of the reference app, and the command that runs the suite against each (see README.md)."""
