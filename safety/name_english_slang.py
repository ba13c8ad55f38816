"""English slang of self-harm and insults typed as a few words run together (round p).

The name lists hold English words alone (「kill」, 「suicide」, 「idiot」); children also type a
phrase as one word, and the phrase is what hurts, not any one word of it. Read here, over the
name's Latin keys (``NameViews.latin``: the Latin letters with their disguises undone, separators
out):

* ending one's life said as English does (``_END``): end with my life, myself or it (all, now),
  at the start or after I, I'm, gonna, wanna, let me (「endmylife」, 「imgonnaenditall」;
  「legend」, 「weekend」, 「endive」 hold no object after end);
* "end me", "hang me" closing the name (``_END_ME``: 「endme」, 「hangme」);
* life refused or too hard, as ``safety.name_self_harm._LIFE_REFUSED`` reads it in Japanese
  (``_LIFE_REFUSED``: 「ihatemylife」, 「lifesucks」, 「tiredoflife」, 「notwannalive」,
  「wishiwasdead」, 「deathwish」);
* kms with the chat endings typed after it (``_KMS``: 「kmslol」, 「kmsrn」), OD done in romaji
  (「odshitai」);
* unalive, TikTok's word for killing and suicide, in any form (``_UNALIVE``: 「unaliveme」,
  「unalived」; in Latin letters only: read in katakana it is also 「ユナライブ」, a name and a
  live show);
* dead inside (``_DEAD_INSIDE``: 「deadinside」, 「dead_inside」; 「Deadpool」 passes);
* hurting oneself by a verb of hurting before myself (``_HURT_SELF``: 「hangmyself」,
  「stabmyself」, 「hurtmyself」);
* a put-down said to you: you, u or ur, with are, r or so, before suck, stink or a word of
  worthlessness (``_TO_YOU``: 「yousuck」, 「urtrash」, 「youresogross」);
* a vulgar word made a person by head, face, bag, brain (``_VULGAR_PERSON``: 「shithead」,
  「buttface」, 「scumbag」; 「shiitake」, 「shitsudo」 hold no such word after).

Single English words (bastard, noose, overdose, stfu…) are in ``names.toml``'s lists.
"""

from __future__ import annotations

import re

from safety.name_views import NameViews
from safety.word_search import any_pattern

_END = re.compile(
    r"^(?:i|im|il+|iwil+|just|gon+a|wan+a|let(?:me|s)|timeto|readyto)?"
    r"end(?:ing)?(?:my(?:life|sel[fv])|it(?:al+|now)?$|it(?:al+|now))"
)
_END_ME = re.compile(r"(?:^|(?<=pls)|(?<=plz)|(?<=please)|(?<=just))(?:end|hang|stab|shoot|bury)me$")
_LIFE_REFUSED = re.compile(
    r"(?:hate|hating|h8|donewith|tiredof|sickof)(?:my|this)?(?:life|living)"
    r"|lifesucks|lifeispain|lifeisshit|nolifeleft|nowil+tolive"
    r"|(?:dont|not|no|never)(?:wan+a|wan+tto|want)(?:to)?(?:be)?(?:liv|alive)"
    r"|wish(?:i|iwas|iwere|iwasnt|tobe)(?:dead|gone|nevr|neverborn)|betterof+dead|deathwish"
)
_KMS = re.compile(r"^kms(?:rn|lol|lmao|pls|plz|now|xd|fr|tbh)")
_OD_ROMAJI = re.compile(r"^od(?:shitai|shiyo|suru|shita)")
_UNALIVE = re.compile(r"unaliv")
_DEAD_INSIDE = re.compile(r"dead(?:in|n)sid")
_HURT_SELF = re.compile(r"(?:hang|hurt|harm|stab|drown|starve|shoot|burn)(?:ing)?(?:my|ur|your)sel[fv]")
_TO_YOU = re.compile(
    r"^(?:you|yu|ur|yur|youre|your)(?:are|r|re)?(?:so|such)?(?:a|an)?"
    r"(?:suck|stink|trash|garbage|worthles|pathetic|gros|disgusting|lame|weirdo|freak)"
    r"|^u(?:r|so)?(?:suck|stink|trash)"
)
_VULGAR_PERSON = re.compile(r"(?:shit|butt|scum|turd|douche|poo+p?|crap)(?:head|face|bag|brain|wad|stain)")


# Each is asked only whether it is found, so each kind is one search (``safety.word_search``):
# a kana name has a Latin key too (its romaji), and eight searches of it cost eight setting-ups.
_SELF_HARM = any_pattern((_END, _END_ME, _LIFE_REFUSED, _KMS, _OD_ROMAJI, _UNALIVE, _DEAD_INSIDE, _HURT_SELF))
_INSULT = any_pattern((_TO_YOU, _VULGAR_PERSON))


def english_self_harm(views: NameViews) -> bool:
    """Ending one's life, being dead inside or hurting oneself, said in English words run
    together (「endmylife」, 「deadinside」, 「hangmyself」)."""
    return any(_SELF_HARM.search(key) for key in views.latin)


def english_insult(views: NameViews) -> bool:
    """A put-down said to you or a vulgar word made a person, in English (「yousuck」,
    「shithead」)."""
    return any(_INSULT.search(key) for key in views.latin)
