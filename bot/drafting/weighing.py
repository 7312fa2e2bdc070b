"""Weighing an essay's candidate theses and proposals by meaning, and by the role a sentence plays.

Two parts of the one ranking score (finding.py adds place and cue strength to them):

- **support**: how much of the essay argues what a sentence says. Each sentence's vector (the scorer's
  static sentence encoder, bot/scoring/encoder.py; centred on the essay's mean, so what every sentence
  shares counts for nothing) is compared with each *passage* of the essay: a paragraph, or a run of
  `RUN` sentences when the essay has too few paragraphs to tell its parts apart; its own passage counts
  without it. The mean cosine with the better half of the passages, scaled over the essay to [0, 1], is
  its support: a thesis is what several passages come back to (half, so an essay of two theses gives
  each its due); an anecdote or a digression is close to its own passage only.
- **role**: what a sentence does in the argument. A concession ("the rich man's feast is indeed a
  luxury, but …"), an example ("Paris, for example, …"; "as a farmer …, so the merchant …"), a
  reported view ("they say …", a quotation) or an aside ("it is to be noted that …", "the same
  argument applies to …") is not the author's thesis or proposal, however central its words; each
  role takes a fixed amount off the score (`ROLE_PENALTY`). A concession's own answer ("…, but Z") is
  what a belief motion is worded from (`answer`).
"""

from __future__ import annotations

import re

import numpy as np

from bot.drafting.ranking import Centrality
from bot.drafting.reading import Essay

RUN = 5  # sentences per passage when the essay has fewer than MIN_PASSAGES paragraphs
MIN_PASSAGES = 4

# "X is indeed Y, but Z", "X may be Y, but Z", "no doubt X; yet Z": the first half is granted.
_CONCEDED = re.compile(
    r"\b(?:indeed|no doubt|doubtless|to be sure|it is true|granted|admittedly|of course|certainly|"
    r"(?:may|might|can) (?:well )?(?:be|seem|sound|look))\b[^;:.?!]{0,160}?[,;]\s*"
    r"(?:but|yet|still|nevertheless|nonetheless|however)\b",
    re.I,
)
_EXAMPLE = re.compile(
    r"\b(?:for example|for instance|e\.\s?g\.|to take (?:an|one|a single) (?:example|instance|case)|"
    r"as an (?:example|illustration)|by way of (?:example|illustration)|take the case of|a case in point|"
    r"to illustrate)\b"
    r"|^(?:for,?\s+)?(?:just )?as\b[^;:.?!]{5,160}?[,;]\s*so\b",  # "as a farmer …, so the merchant …"
    re.I,
)
# The text speaking of itself, not of its subject: "To speak now of …", "The same argument applies to …".
_SIGNPOST = re.compile(
    r"^(?:\W*(?:and|but|now|so)\s*,?\s+)?"
    r"(?:to speak (?:now )?of|to (?:come|turn|pass) (?:now )?to|in answering|"
    r"let us (?:now )?(?:turn|pass|come|speak)|"
    r"we (?:now )?(?:come|turn|pass) to|i (?:will|shall) (?:now )?(?:end|close|turn|pass|come)|"
    r"the same (?:argument|reasoning|remark|holds|applies|is true|with)|so much for)\b",
    re.I,
)
_REPORTING_VERBS = (
    r"(?:say|says|said|tell|tells|told|argue|argues|argued|claim|claims|claimed|maintain|maintains|"
    r"insist|insists|object|objects|complain|complains|urge|urges|hold|holds)"
)
_REPORTED = re.compile(
    r"^\W*[\"“‘]"  # a sentence that opens on a quotation, or quotes and names the speaker
    r"|[,!?][\"”’]\s*(?:\w+\s+)?(?:say|says|said|asks?|asked|cr(?:y|ies|ied)|repl(?:y|ies|ied))\b"
    r"|\b(?:they|he|she|critics|opponents|some|many|others|people|economists|socialists|reformers|"
    r"defenders|supporters|the experts|men)\s+(?:will |would |may |might |often |sometimes |still )?"
    + _REPORTING_VERBS + r"\b"
    r"|\bit is (?:often |commonly |sometimes |generally )?(?:said|told|claimed|argued|alleged|supposed|"
    r"thought|held|urged)\b"
    r"|\b(?:said|says) (?:he|she|they)\b|\baccording to\b"
    # an attribution set off by commas ("the truth is, the councillors say, that …"), not the author's own
    r"|,\s*(?!(?:i|we) " + _REPORTING_VERBS + r")(?:the |some |many )?[\w-]+(?: [\w-]+)?\s+(?:will |would )?"
    r"(?:tells? us|assures? us|are told|" + _REPORTING_VERBS + r"),",
    re.I,
)
_ASIDE = re.compile(
    r"^(?:\W*(?:and|but|now|also|so|for|here)\s*,?\s+)?"
    r"(?:it is (?:to be|worth) (?:noted|observed|remembered|remarked|noting|remarking|mentioning|adding)|"
    r"it (?:should|must|may|might|can) (?:also |further )?be (?:noted|observed|added|remarked|mentioned)|"
    r"(?:note|notice|observe) that|by the way|incidentally|in passing|let me (?:add|note|remark)|"
    r"i (?:may|might|should|must) (?:add|note|remark)|parenthetically|as an aside|as it happens|"
    r"to digress)\b",
    re.I,
)
# Penalties by role, in the units of the thesis and proposal scores (a cue adds 0.2, a declared thesis
# 0.4): an aside is furthest from a thesis, an example and a report of others' views nearly as far.
ROLE_PENALTY = {"concession": 0.35, "example": 0.3, "reported": 0.3, "aside": 0.4}


def role(text: str) -> str | None:
    """What a sentence does other than state the author's case: "aside", "concession", "reported",
    "example", or None for a sentence that may state it."""
    if _ASIDE.search(text.strip()) or _SIGNPOST.search(text.strip()):
        return "aside"
    if _CONCEDED.search(text):
        return "concession"
    if _REPORTED.search(text):
        return "reported"
    if _EXAMPLE.search(text.strip()):
        return "example"
    return None


def answer(text: str) -> str | None:
    """The author's own half of a concession ("X is indeed Y, but Z" → "Z"), when it is a clause of
    five words or more; None when the sentence concedes nothing."""
    match = _CONCEDED.search(text)
    if not match:
        return None
    rest = text[match.end():].strip(" ,;")
    rest = re.sub(r"^(?:also|too|even so|surely),?\s+", "", rest, flags=re.I)
    if _TAIL.match(rest) and not _FINITE_WORD.search(rest):
        return None  # "… innovateth greatly, but quietly, by degrees scarce to be perceived": no clause
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 5 else None


# The opening of a clause's tail (an adverb or a preposition), and the finite verbs a clause of its own has.
_TAIL = re.compile(r"^(?:[a-z]+ly\b|(?:by|in|with|at|on|for|from|to|through|under|without|upon)\s)", re.I)
_FINITE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|does|did)\b", re.I
)


def role_penalty(text: str) -> float:
    """What the sentence's role takes off its score (0 when it may state the author's case)."""
    found = role(text)
    return ROLE_PENALTY[found] if found else 0.0


def passages(essay: Essay) -> list[list[int]]:
    """The essay's passages as lists of sentence indexes: paragraphs, or runs of RUN sentences when
    there are fewer than MIN_PASSAGES paragraphs (a speech set down as one block)."""
    if essay.paragraphs >= MIN_PASSAGES:
        groups: dict[int, list[int]] = {}
        for s in essay.sentences:
            groups.setdefault(s.paragraph, []).append(s.index)
        return list(groups.values())
    n = len(essay.sentences)
    return [list(range(start, min(n, start + RUN))) for start in range(0, n, RUN)]


def support(essay: Essay, centrality: Centrality) -> np.ndarray:
    """Each sentence's support in [0, 1]: the mean cosine of its vector with the better half of the
    essay's passages (its own passage without it), scaled over the essay (best-supported sentence 1)."""
    n = len(essay.sentences)
    if n < 2 or centrality.vectors.shape[0] != n:
        return np.zeros(n)
    vectors = np.asarray(centrality.vectors, dtype=np.float64)
    vectors = vectors - vectors.mean(axis=0)  # centred: what all sentences share says nothing here
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    groups = passages(essay)
    owner = np.empty(n, dtype=np.int64)
    for p, g in enumerate(groups):
        owner[g] = p
    sums = np.stack([vectors[g].sum(axis=0) for g in groups])  # (passages, d)
    lengths = np.linalg.norm(sums, axis=1)
    cosines = (vectors @ sums.T) / np.maximum(lengths, 1e-9)  # (sentences, passages)
    rows = np.arange(n)
    own_dot = (vectors * sums[owner]).sum(axis=1)  # its own passage, the sentence itself left out
    squared = (vectors**2).sum(axis=1)
    rest = np.sqrt(np.maximum(lengths[owner] ** 2 - 2 * own_dot + squared, 0.0))
    alone = np.array([len(groups[p]) == 1 for p in owner])
    cosines[rows, owner] = np.where(alone, -np.inf, (own_dot - squared) / np.maximum(rest, 1e-9))
    counted = np.maximum(1, (len(groups) - alone.astype(np.int64)) // 2)  # the better half
    ordered = -np.sort(-cosines, axis=1)
    totals = np.cumsum(np.where(np.isfinite(ordered), ordered, 0.0), axis=1)
    raw = totals[rows, counted - 1] / counted
    low, high = float(raw.min()), float(raw.max())
    return (raw - low) / (high - low) if high > low else np.zeros(n)
