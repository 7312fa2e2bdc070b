"""Whether "these" + adjective + noun says which: "these wandering eyebeams" (the glances of the sentences
before) points back into the essay, while "these agricultural products of the West" or "these schools that
the States maintain" say which. Only the second may lose its pointer ("the …") in a motion.
"""

from __future__ import annotations

# Words that open a qualifier saying which things are meant.
_QUALIFIERS = frozenset([
    "of", "in", "from", "that", "which", "who", "whom", "whose", "for", "on", "at", "under", "within", "by",
    "where", "to", "now", "held", "owned", "made", "imported", "exported",
])
# Adjectives that say which by themselves: "these existing stem cell lines" are those that exist now, so "the
# existing stem cell lines" names them.
_SELF_DEFINING = frozenset(["existing", "current", "present", "remaining", "surviving", "outstanding"])
# Words that end the noun phrase without qualifying it.
_PHRASE_ENDS = frozenset(["and", "or", "but", "as", "than", "with", "into", "so", "if", "when", "because"])


def unqualified_phrase(rest: list[str]) -> bool:
    """Whether the words after "these" are an adjective and a noun (two words or more) that nothing after
    them says which: "these wandering eyebeams", "these foreign products, and …"."""
    phrase: list[str] = []
    if rest and rest[0].lower() in _SELF_DEFINING:
        return False
    for word in rest:
        bare = word.strip(",;:.!?").lower()
        if bare in _QUALIFIERS:
            return False
        if bare in _PHRASE_ENDS or not bare.isalpha():
            break
        phrase.append(bare)
        if word != bare and word[-1:] in ",;:.!?":
            break
        if len(phrase) > 4:
            return False
    return len(phrase) >= 2
