"""Placeholder: filled by the section that needs it."""
