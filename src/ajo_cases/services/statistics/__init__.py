"""Anonymised statistics: facts, the engine's results, exports and the donor PDF."""
