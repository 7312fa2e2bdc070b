"""Tests on the subject before a modal: whether it names an actor the House can stand for."""

from __future__ import annotations

import re

NOT_ACTORS = re.compile(
    r"^(?:it|this|that|these|those|there|which|what|who|one|he|she|i|they|you|nothing|everything|"
    r"something|anyone|everyone|nobody|no one|all|if|when|while|as|because)\b",
    re.I,
)
AUXILIARIES = re.compile(r"\b(?:is|are|was|were|has|had|will|would|can|could|may|might|shall|do|does|did)\b")
# "Critics say we should …" reports someone else's proposal.
REPORTING = re.compile(
    r"\b(?:says?|said|argue[sd]?|claim(?:s|ed)?|think|thinks|believe[sd]?|insist(?:s|ed)?|suggest(?:s|ed)?|"
    r"worr(?:y|ies|ied)|fear(?:s|ed)?|warn(?:s|ed)?|propose[sd]?|want(?:s|ed)?)\b",
    re.I,
)
CONTENT_CLAUSE = re.compile(
    r"\b(?:opinion|view|idea|belief|notion|claim|fact|hope|fear|doctrine|theory|assumption)\s+that\b"
    # "None of this means that every object …": a verb of consequence and its clause
    r"|\b(?:means|meant|shows|showed|proves|proved|implies|implied)\s+that\b", re.I)
QUANTIFIED = re.compile(r"^(?:every|each|all|any|no)\s+[a-z]", re.I)  # a long subject that names a class
