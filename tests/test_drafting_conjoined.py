"""A base-form policy verb joined to a verb of another form is a cut sentence (bot/drafting/conjoined.py).

"This House would cap rents and banned the evictions" keeps a piece of the sentence it was cut from; verbs
that share the House's "would" ("tax land and spend the revenue"), adjectives in -ed ("related weapons"), a
gerund object ("smoking and drinking") and a relative clause's own verbs ("an employer that takes on an
apprentice and keeps them") are fine. Rules alone, as the default install reads them; wordings our own.
"""

from __future__ import annotations

import pytest

from bot.drafting.conjoined import mixed_forms_problem


@pytest.mark.parametrize("body", [
    "cap rents and banned the evictions",
    "close the depot or moving its buses to the city",
    "fund the library and opens its doors on Sundays",
])
def test_a_verb_of_another_form_is_refused(body: str) -> None:
    assert mixed_forms_problem(body.split()) is not None


@pytest.mark.parametrize("body", [
    "tax land and spend the revenue on schools",
    "ban guns and related weapons",
    "ban smoking and drinking in parks",
    "give a grant to every farmer who plants hedges and keeps them trimmed",
    "pay every employer that takes on an apprentice and keeps them for a year",
])
def test_a_whole_policy_is_kept(body: str) -> None:
    assert mixed_forms_problem(body.split()) is None
