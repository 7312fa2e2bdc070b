"""Passive duties: "X should be required (by law) to V" becomes "require X to V", never "require X".

A verb of obliging ("require", "oblige", "compel", "force") says what is owed only through its infinitive;
a rewrite that loses the "to V" names whom to bind and not what they must do, a fragment. The agent
("by law", "by Parliament") goes; what follows it stays.
"""

from __future__ import annotations

import re

OBLIGING = frozenset(["require", "oblige", "compel", "force"])

# After the agent, a word that belongs to the agent's own phrase ("by the government of the day").
_AGENT_GOES_ON = re.compile(r"^(?:of|'s|’s|and|or)\b", re.I)


def after_agent(rest: str, agent: re.Match[str]) -> str:
    """What follows a governing agent in a passive ("by law to keep a library open" → "to keep a library
    open"); nothing when the agent's phrase goes on or nothing follows it."""
    tail = rest[agent.end():].strip(" ,")
    return "" if _AGENT_GOES_ON.match(tail) else tail


def duty_lost(verb: str, rest: str) -> bool:
    """Whether a verb of obliging has lost its infinitive: "require every town" says whom, not what."""
    return verb in OBLIGING and not re.match(r"^to\s+[a-z]", rest.strip(), re.I)


# "require every town of more than ten thousand people": a verb of obliging on those who are bound, and no
# "to V" saying what they are bound to do.
_BOUND = re.compile(
    r"^(?:oblige|compel|force|require)\s+(?P<object>(?:[\w'-]+\s+){0,10}?(?:people|persons|citizens|men|women|"
    r"children|pupils|students|parents|employers|employees|workers|firms|companies|businesses|councils|towns|"
    r"town|cities|city|states|schools|universities|landlords|owners|drivers|banks|doctors|hospitals))$",
    re.I,
)


_CLAUSE_WORD = re.compile(r"\b(?:that|to|who|which|whom|whose|where|when|if|whether)\b")


def duty_problem(body: str) -> str | None:
    """What is wrong with a policy that binds someone and never says to what ("require every town of more than
    ten thousand people"); None otherwise."""
    found = _BOUND.match(body.strip())
    if found is None or _CLAUSE_WORD.search(found["object"]):
        return None  # "require that every employer publish …": the duty is the clause
    return f"'{found.group(0)}' says whom to bind, not what they must do: the 'to …' is missing"


# "require X to monitor Y": the infinitive a second bare verb after "and" shares ("… and publish Z").
_DUTY_SO_FAR = re.compile(r"^(?:require|oblige|compel|force|allow|permit|enable)\s.+\bto\s+[a-z]+\b", re.I)


def second_duty(action: str, separator: str) -> bool:
    """Whether a verb after a plain "and" is the second half of a duty's infinitive ("require water companies
    to monitor every overflow and publish the results"): one act, not two."""
    return separator.strip() == "and" and bool(_DUTY_SO_FAR.match(action))
