"""The claim index: every behaviour the quickstart states, numbered (features/claims.md)."""

from __future__ import annotations

import re
from pathlib import Path

FEATURES_DIR = Path(__file__).resolve().parent.parent / "features"
CLAIM_INDEX = FEATURES_DIR / "claims.md"
CLAIM_ID = re.compile(r"^[A-Z]+-[0-9]+$")

def load_claims(path: Path = CLAIM_INDEX) -> dict[str, str]:
    """Claim id -> its sentence, in the order of the index."""
    claims = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^- ([A-Z]+-[0-9]+) (.*)$", line)
        if match:
            claims[match.group(1)] = match.group(2)
    return claims
