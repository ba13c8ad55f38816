"""Kakurega's protective layer: text folding, the name policy, risk assessment.

Pure functions with no I/O (the word lists in ``safety/lexicon/`` are read once
at import), except the optional ``safety.second_opinion`` (async, asks a model).
See docs/safety.md.
"""

from safety.constructions import says_farewell, wants_person
from safety.contact import ContactSpan, contact_spans, looks_like_contact
from safety.levels import CRISIS, LEVELS
from safety.messages import refusal_message
from safety.names import MAX_NAME_CHARS, NameVerdict, check_name
from safety.normalize import Folded, display_clean, fold, kana_key
from safety.risk import MAX_ASSESS_CHARS, Assessment, Span, assess

__all__ = [
    "CRISIS",
    "LEVELS",
    "MAX_ASSESS_CHARS",
    "MAX_NAME_CHARS",
    "Assessment",
    "ContactSpan",
    "Folded",
    "NameVerdict",
    "Span",
    "assess",
    "check_name",
    "contact_spans",
    "display_clean",
    "fold",
    "kana_key",
    "looks_like_contact",
    "refusal_message",
    "says_farewell",
    "wants_person",
]
