"""Correlative pairs ("not only … but also …") kept whole: both halves in the same form, or refused.

A request "ask the Congress not only to continue, but to speed up the war on poverty" names two acts,
both as infinitives. Rewriting "ask X to V" for the first one alone leaves "the Congress not only should
continue, but to speed up …": half a rewrite. `unpair_request` joins the two infinitives ("the Congress to
continue and speed up …": what "not only … but also" asserts) so the rewrite reaches both verbs;
`correlative_problem` refuses a motion whose halves still differ (one finite, the other "to V").
"""

from __future__ import annotations

import re

# "X not only to V …, but (also) to W …" in a request's tail: the asked party, then the two infinitives.
_PAIRED_INFINITIVES = re.compile(
    r"^(?P<who>.+?)\s+not\s+only\s+to\s+(?P<first>.+?),?\s+but(?:\s+also)?,?\s+to\s+(?P<second>\S.*)$", re.I
)
# A motion's "not only" whose second half is an infinitive while the first is not.
_UNPAIRED = re.compile(r"\bnot\s+only\s+(?!to\b)(?P<first>\w+)[^;:]*?,?\s+but(?:\s+also)?,?\s+to\s+\w", re.I)


def unpair_request(rest: str) -> str:
    """A request's tail with its "not only to V, but to W" made one infinitive phrase: "the Congress not only
    to continue, but to speed up X" → "the Congress to continue and speed up X"; any other
    tail unchanged. "not only A but also B" asserts both, so the pair reads "to A and B"."""
    found = _PAIRED_INFINITIVES.match(rest)
    if found is None:
        return rest
    return f"{found.group('who')} to {found.group('first').rstrip(' ,')} and {found.group('second')}"


def correlative_problem(body: str) -> str | None:
    """Why a motion's "not only … but …" is half rewritten, or None when its halves match."""
    found = _UNPAIRED.search(body)
    if found:
        return (f"'not only {found.group('first')} …, but … to …': the two halves of the pair differ in form "
                "(one rewritten, one left as 'to …'): a fragment")
    return None
