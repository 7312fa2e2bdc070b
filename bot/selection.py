"""Choosing a motion for one person: by id, tag, difficulty or free words, fresh ones first."""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from bot.motions import DIFFICULTIES, Bank, Motion

TOPICS_SHOWN = 12  # a miss names this many of the most used tags
MatchedBy = Literal["id", "tag", "words", "any"]
Miss = Literal["empty-bank", "unknown-tag", "no-match", "no-difficulty"]

_STOPWORDS = frozenset({
    "a", "about", "an", "and", "any", "are", "as", "at", "be", "believes", "by", "for", "from",
    "give", "has", "have", "house", "i", "in", "is", "it", "its", "me", "motion", "motions", "no",
    "not", "of", "on", "opposes", "or", "please", "prefers", "regrets", "should", "some", "something",
    "such", "supports", "that", "the", "this", "to", "us", "want", "we", "with", "would",
})


@dataclass(frozen=True)
class Choice:
    """The motion chosen for a person, or why there is none and what they could ask for."""

    motion: Motion | None
    matched_by: MatchedBy
    pool: tuple[str, ...] = ()  # ids of every motion that met the request
    times_practised: int = 0  # how often this person had practised the chosen motion
    miss: Miss | None = None
    tags: tuple[str, ...] = ()  # every tag of the bank, sorted, to offer when nothing matched
    topics: tuple[str, ...] = ()  # the tags on the most motions, to name first
    difficulties: tuple[str, ...] = ()  # difficulties on offer for the tag or words asked for
    suggestions: tuple[str, ...] = ()  # ids or tags close to a mistyped request
    asked: str = ""  # the tag or words asked for
    level: str | None = None  # the difficulty asked for

    def message(self) -> str:
        """A short, friendly sentence for the person when no motion fits; '' when one does."""
        if self.miss is None:
            return ""
        if self.miss == "empty-bank":
            return "The motion bank is empty: add motions first."
        if self.miss == "no-difficulty":
            topic = f" on “{self.asked}”" if self.asked else ""
            others = ", ".join(self.difficulties[:-1]) + " or " * (len(self.difficulties) > 1)
            others += self.difficulties[-1] if self.difficulties else ""
            hint = f" Try {others}." if others else ""
            return f"No {self.level} motions{topic} yet.{hint}"
        what = "tagged" if self.miss == "unknown-tag" else "matches"
        text = f"No motion {what} “{self.asked}”."
        if self.suggestions:
            text += f" Did you mean: {', '.join(self.suggestions)}?"
        if self.tags:
            shown = self.topics or self.tags[:TOPICS_SHOWN]
            more = len(self.tags) - len(shown)
            text += f" Topics: {', '.join(shown)}" + (f" and {more} more." if more > 0 else ".")
        return text

    @property
    def found(self) -> bool:
        """True when a motion was chosen."""
        return self.motion is not None

    @property
    def fresh(self) -> bool:
        """True when the person has not practised the chosen motion before."""
        return self.found and self.times_practised == 0


def choose_motion(
    bank: Bank,
    practised: Mapping[str, int] | Collection[str] = (),
    tag: str | None = None,
    difficulty: str | None = None,
    query: str | None = None,
    *,
    rng: random.Random | None = None,
) -> Choice:
    """Pick a motion for a person who has `practised` these motion ids (or id → times).

    `query` may be a motion id (which wins over every filter), a tag, a difficulty or free
    words matched against the motions' text, tags and info slides. Among the motions that fit,
    those the person has practised least are preferred, then one is drawn with `rng`.
    Never raises: when nothing fits, the Choice has no motion and says why.
    """
    rng = rng or random.Random()
    counts = _counts(practised)
    tags, topics = tuple(bank.tags()), tuple(bank.popular_tags()[:TOPICS_SHOWN])
    if not bank.motions:
        return Choice(None, "any", miss="empty-bank")
    query = (query or "").strip()
    wanted_tag = _slug(tag) if tag else None
    query_tag: str | None = None
    wanted_level = difficulty.strip().lower() if difficulty else None
    matched_by: MatchedBy = "any"

    if query:
        exact = bank.get(_slug(query))
        if exact is not None:
            return Choice(exact, "id", (exact.id,), counts.get(exact.id, 0), tags=tags)
        if _slug(query) in tags:  # a topic: narrows any tag already asked for
            query_tag, matched_by, query = _slug(query), "tag", ""
        elif query.lower() in DIFFICULTIES:
            wanted_level, query = query.lower(), ""
    nothing = Choice(None, matched_by, tags=tags, topics=topics)
    if wanted_tag and wanted_tag not in tags:
        return replace(nothing, matched_by="tag", miss="unknown-tag", asked=tag or query,
                       suggestions=suggest(bank, wanted_tag))
    if wanted_tag:
        matched_by = "tag"

    candidates = [m for m in bank.filter(tag=wanted_tag) if query_tag is None or query_tag in m.tags]
    wanted_tag = " and ".join(t for t in (wanted_tag, query_tag) if t) or None
    if not candidates:
        return replace(nothing, matched_by="tag", miss="no-match", asked=wanted_tag or "")
    if query:
        matched_by = "words"
        candidates = _best_by_words(candidates, query)
        if not candidates:
            return replace(nothing, matched_by="words", miss="no-match", asked=query,
                           suggestions=suggest(bank, query))
    levels = tuple(d for d in DIFFICULTIES if any(m.difficulty == d for m in candidates))
    if wanted_level:
        candidates = [m for m in candidates if m.difficulty == wanted_level]
        if not candidates:
            return replace(nothing, matched_by=matched_by, miss="no-difficulty", difficulties=levels,
                           asked=query or wanted_tag or "", level=wanted_level)

    least = min(counts.get(m.id, 0) for m in candidates)
    freshest = [m for m in candidates if counts.get(m.id, 0) == least]
    chosen = rng.choice(freshest)
    return Choice(
        chosen, matched_by, tuple(m.id for m in candidates), least, tags=tags, difficulties=levels,
    )


def suggest(bank: Bank, text: str, limit: int = 3, *, tags: bool = True) -> tuple[str, ...]:
    """Motion ids (and tags) that look like `text`: a typo, a shortened id, a word of an id."""
    wanted = _slug(text)
    names = [*bank.ids(), *bank.tags()] if tags else bank.ids()
    found = difflib.get_close_matches(wanted, names, n=limit, cutoff=0.6)
    words = [w for w in wanted.split("-") if len(w) > 2]
    for word in words if tags else ():
        found += difflib.get_close_matches(word, bank.tags(), n=limit, cutoff=0.75)
    if words:
        found += [i for i in bank.ids() if all(w in i for w in words)]
    return tuple(dict.fromkeys(found))[:limit]


def _counts(practised: Mapping[str, int] | Collection[str]) -> dict[str, int]:
    if isinstance(practised, Mapping):
        return {str(k): int(v) for k, v in practised.items()}
    return {motion_id: 1 for motion_id in practised}


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def _words(text: str) -> set[str]:
    """Content words, lightly stemmed (plural -s dropped), for matching a request."""
    found = set()
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if word in _STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        found.add(word)
    return found


def _best_by_words(motions: list[Motion], query: str) -> list[Motion]:
    """The motions that match most of the query's words (headline words count double)."""
    asked = _words(query)
    if not asked:
        return []
    scored = []
    for motion in motions:
        headline = _words(" ".join([motion.id, motion.text, *motion.tags]))
        body = _words(" ".join([motion.info_slide, *motion.definitions]))
        score = sum(2 if w in headline else 1 if w in body else 0 for w in asked)
        scored.append((score, motion))
    best = max((score for score, _ in scored), default=0)
    return [motion for score, motion in scored if score == best] if best else []
