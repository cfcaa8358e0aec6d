"""A market, a share or a deal called dead, or hanging by a thread (the reading of rounds 66-67:
brokers and traders): "market itna dead hai ki office mein makkhi maar rahe hai", "हा शेअर तर
मेलेलाच आहे, वर्षभर हलला नाही", "the Wagholi deal is hanging by a thread, bank loan approval still
pending". The trade named just before the death, in the same clause, makes it the trade's; the
writer named as dying ("market dead hai aur main bhi"), or a means, keeps every word alerting. Read
by alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# Said of the trade as a state ("dead", "मेलेलाच"), not a verb of dying ("mar jaunga").
_DEAD = ("dead", "मेलेल", "melel")
_HANGING = ("hanging", "hang", "latak", "लटक")
# The trade: a market, a share, a stock, a deal, a business, a project, a loan's approval.
_TRADE = frozenset({"market", "markets", "मार्केट", "bazaar", "bazar", "बाजार", "बाज़ार", "share", "shares", "शेअर",
                    "शेयर", "stock", "stocks", "स्टॉक", "deal", "deals", "डील", "business", "dhanda", "dhandha",
                    "धंधा", "धंदा", "project", "approval", "loan", "file", "order", "sauda", "सौदा", "margin", "profit",
                    "munafa", "मुनाफा"})
_WORDS = ("die", "die_first_person", "sp_the_dead", "hanging", "craving", "copula")
_WRITER = frozenset({"main", "mai", "मैं", "mi", "मी", "i", "me", "mujhe", "mala", "मला"})


# What may stand between the trade and its state: "market itna dead", "शेअर तर मेलेलाच", "deal is hanging".
_BETWEEN = frozenset({"itna", "itni", "itne", "इतना", "tar", "तर", "to", "toh", "तो", "is", "was", "so", "totally",
                      "ekdum", "एकदम", "bilkul", "बिलकुल", "hai", "है", "ahe", "aahe", "आहे", "still", "abhi"})


def _trade_before(c: Concepts, k: int) -> bool:
    words = c.words
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j].raw in _BETWEEN and words[j].clause == words[k].clause:
        j -= 1
    return j >= 0 and words[j].clause == words[k].clause and words[j].raw in _TRADE


def forget_dead_markets_and_deals(c: Concepts) -> None:
    if not c.may_hold(_TRADE) or c.of("means", "poison", "weapon"):
        return
    words = c.words
    for k, token in enumerate(words):
        raw = token.raw
        if not (raw.startswith(_DEAD) or raw.startswith(_HANGING)) or not _trade_before(c, k):
            continue
        clause = [w for w in words if w.clause == token.clause]
        if any(w.raw in _WRITER for w in clause):
            continue
        end = k + 1
        if raw.startswith(_HANGING):
            # "hanging by a thread": the thread goes with it
            while end < len(words) and end <= k + 3 and words[end].clause == token.clause:
                end += 1
        for name in _WORDS:
            c.drop(name, k, end)
        c.add("unmeant", k, end)
