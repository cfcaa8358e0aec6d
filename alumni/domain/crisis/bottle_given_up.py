"""A bottle got rid of (round 20, festivals): burnt with the Ravan effigy, given back to the boss
who gifted it, thrown or poured away ("रावण के साथ अपनी बोतल भी जला दी", "Diwali gift bottle
वापस कर दी boss को", "gifted bottle parat keli", "poured the bottle down the drain"). Read by
alumni.domain.crisis.idioms before the rules: the bottle and the verb that disposed of it are
forgotten, so "bottle + जला" and "bottle + वापस" no longer read as drinking.

The next sentence may give it away by a pronoun (round 72: "Supplier brought a bottle for Diwali. I
gave it to the watchman.").

Only when the disposal follows the bottle within a few words of its clause, and the writer
drinks nowhere in the message: "bottle wapas kar di, par pehle aadhi pi li" keeps its reading.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# The bottle itself: "tauba tod di" after "daru ki" is a vow broken, not a bottle got rid of.
_BOTTLE = ("bottle_word", "measure", "bottles_many", "bottles_plural")
# Got rid of, as typed after the bottle: burnt, given back, thrown, poured, broken, given away.
_RID = ("जला दी", "जला दिया", "jala di", "jala diya", "jala dili", "जाळून टाकली", "jalun takli", "जाळली",
        "वापस कर दी", "वापस कर दिया", "wapas kar di", "wapas kar diya", "vapas kar di", "वापस दे दी",
        "wapas de di", "parat keli", "परत केली", "parat dili", "परत दिली", "return kar di", "return केली",
        "return की", "returned", "gave back", "gave it back", "gave away", "gave it away", "फेंक दी",
        "फेंक दिया", "phenk di", "fenk di", "phek di", "fekun dili", "फेकून दिली", "threw away", "threw it away",
        "threw out", "poured", "ओतून दिली", "otun dili", "ओतली", "फोडली", "fodli", "फोड़ दी", "fod di",
        "donated", "burnt it", "burned it", "burnt", "burned")
# Stems that announce one of them, for the cheap first look.
_RID_STEMS = ("जला", "jala", "वापस", "wapas", "vapas", "परत", "parat", "return", "gave", "फेंक", "phenk",
              "fenk", "phek", "fekun", "फेकून", "threw", "pour", "ओत", "otun", "फोड", "fod",
              "donat", "burn", "जाळ", "jal")
_WRITER_DRANK = ("drank", "down_it", "use_strong", "drank_bare")
# Got rid of in the next sentence, the bottle named by a pronoun: "Supplier brought a bottle for
# Diwali. I gave it to the watchman." (round 72).
_RID_IT = ("gave it to", "gave it away", "gave it back", "threw it", "poured it", "returned it", "वो दे दी",
           "wo de di", "vo de di", "ती देऊन टाकली", "ti deun takli", "ती दिली", "ti dili", "ती परत केली")


def forget_bottle_given_up(c: Concepts) -> None:
    if not c.may_hold(_RID_STEMS) or any(c.of(name) for name in _WRITER_DRANK):
        return
    words = c.words
    for hit in c.of(*_BOTTLE):
        clause = words[hit.start].clause
        after = [w.raw for w in words[hit.end:hit.end + 6] if w.clause == clause]
        said = " " + " ".join(after) + " "
        for rid in _RID:
            at = said.find(" " + rid + " ")
            if at < 0:
                continue
            end = hit.end + said[:at + 1].count(" ") + rid.count(" ") + 1
            for name in c.present():
                c.drop(name, hit.start, end)
            break
        else:
            _given_up_next(c, hit.start)


def _given_up_next(c: Concepts, start: int) -> None:
    words = c.words
    following = " " + " ".join(w.raw for w in words[start:start + 12]) + " "
    for rid in _RID_IT:
        at = following.find(" " + rid + " ")
        if at >= 0:
            end = start + following[:at + 1].count(" ") + rid.count(" ")
            for name in c.present():
                c.drop(name, start, end)
            return
