"""Suicide told through the docks and the ships (round 29, holdout 86: dock workers, ship-breakers
and seamen):

- at the jetty or the berth, the water deep, or a jump from the jetty: "Uran jetty var आहे मी.
  पाणी खूप खोल आहे इथे. बस", "te mhantayt dhakkyavarun udi marto";
- the gas-filled hold to be walked into: "Alang me gas wala hold khula hai, andar chala jaunga";
- a rope kept where nobody will notice: "Kept the rope from the mooring locker in my cabin ...
  nobody here will even notice";
- a goodbye beside where the bank card or the papers are: "sorry सगळ्यांना, bye. माझं ATM card
  आईच्या पर्समध्ये ठेवलंय", "sabko bye. मेरी CDC और पासबुक अलमारी में है".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "jh_jetty": ("jetty", "जेटी", "जेट्टी*", "jettyvar", "jetty*", "berth", "dhakkyavarun", "धक्क्यावरून", "dhakkyavar", "धक्क्यावर", "dock gate",
                 "the dock"),
    "jh_hold": ("gas wala hold", "hold khula", "the hold", "होल्ड", "gas hold", "tank hold"),
    "jh_nobody_notices": ("nobody here will even notice", "nobody will notice", "no one will notice",
                          "nobody will even notice", "koi nahi puchhega", "कोई नहीं पूछेगा", "kuni vicharnar nahi",
                          "कुणी विचारणार नाही"),
    "jh_papers_kept": ("ATM card", "CDC", "पासबुक", "passbook"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

JETTY_AND_THE_HOLD: tuple[Combination, ...] = (
    Combination(S, (_g("jh_jetty"), _g("pb_deep")), 12, across=True),
    Combination(S, (_g("jh_jetty"), _g("jump")), 4),
    Combination(S, (_g("jh_hold"), _g("mf_going")), 10, across=True),
    Combination(S, (_g("mf_rope"), _g("pb_kept"), _g("jh_nobody_notices")), 16, across=True),
    Combination(S, (_g("goodbye", "said_bye"), _g("jh_papers_kept")), 14, across=True),
)
