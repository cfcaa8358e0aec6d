"""Using again told by the row that came before it (round 18): a fight, a quarrel, an insult or
a scolding, and then straight to the den or the bar ("jhagda hua aur seedha theke pe", "boss se
fight ke baad seedha bar", "अपमान केला म्हणून गुत्त्यावर गेलो"), or the drink counted after it
("manager ki daant ke baad 3 can beer", "two bottles of cough syrup after the quarrel").

Quiet: the writer who wanted to go and did not (a wish, a craving, a fear: the craving rules
read those), who quit after the row, went straight home instead ("sarla ghari aalo"), did not
go, or tells the old habit as the past ("jab seedha theke pe jaata tha"); a row at the bar
that the writer only saw; "bar bar" (again and again). Someone else's going is still read,
and marked as a report about someone else. Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # A row with someone: a fight, a quarrel, an insult, a scolding, in the three languages.
    "row_had": ("fight", "fights", "a fight", "quarrel", "quarrelled", "argument", "row with", "scolding",
                "scolded", "got scolded", "yelled at", "shouted at", "insulted", "insult", "humiliated",
                "jhagda", "jhagde", "jhagra", "jhagada", "झगड़ा", "झगड़े", "झगडा", "झगडे", "ladai", "ladayi",
                "लड़ाई", "daant", "डांट", "daant padi", "डांट पड़ी", "daant khayi", "डांट खाई", "beizzati",
                "beijjati", "bezzati", "बेइज्जती", "बेइज़्ज़ती", "apman", "apmaan", "अपमान", "bhandan", "भांडण",
                "bhandlo", "भांडलो", "bhandan zala", "भांडण झालं", "orada", "ओरडा", "oradla", "ओरडला",
                "ओरडले", "zaplan", "झापलं", "sunavla", "सुनावलं", "kalah", "कलह", "kalesh", "kalesh hua", "कलेश",
                "kahasuni", "कहासुनी", "vaad zala", "वाद झाला", "khadajangi", "खडाजंगी", "got yelled at",
                "argued", "had words with"),
    # Straight (to it): "seedha theke pe", "थेट बारमध्ये", "straight to the bar".
    "straight_there": ("seedha", "sidha", "seedhe", "sidhe", "सीधा", "सीधे", "straight", "directly",
                       "thet", "थेट", "saral", "सरळ", "direct", "डायरेक्ट"),
    # Straight home, the den only passed: "ड्यूटी के बाद सीधे घर, अड्डे की तरफ देखा भी नहीं" (round 45).
    "ar_straight_home": ("सीधे घर", "seedhe ghar", "seedha ghar", "sidha ghar", "sidhe ghar", "सीधा घर", "straight home",
                         "sarla ghari", "सरळ घरी", "thet ghari", "थेट घरी", "directly home"),
    # What the row is followed by: "after", "so", "and then".
    "so_then": ("ke baad", "के बाद", "nantar", "नंतर", "after", "after the", "after a", "mhanun", "म्हणून",
                "isliye", "इसलिए", "to seedha", "aur phir", "और फिर", "ani mag", "आणि मग"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE = _g("drink_place", "liquor_place", "bar_inflected")
# Not done now: wanted, feared, quit, told as the old habit ("jab seedha theke pe jaata tha"),
# gone home instead ("sarla ghari aalo"), not gone, a film's or a bystander's; "bar bar" is
# "again and again".
_NOT_DONE = _g("want", "craving", "fear", "quit", "repeat_count", "story", "bystander", "back_then", "past_anchor",
               "done_as_custom", "kept_going", "abstained", "not_gone", "again_and_again", "ar_straight_home")

AFTER_A_ROW: tuple[Combination, ...] = (
    # "seedha theke pe", "सीधा bar", "straight to the bar", "थेट गुत्त्यावर".
    Combination(RE, (_g("straight_there"), _PLACE), 2, order=True, unless=_NOT_DONE, unless_reach=4),
    # "अपमान केला म्हणून गुत्त्यावर गेलो", "jhagda hua to theke chala gaya".
    Combination(RE, (_g("row_had"), _PLACE, _g("went_to", "go_there")), 8, unless=_NOT_DONE),
    # "manager ki daant ke baad 3 can beer", "2 bottles of cough syrup after the quarrel".
    # The drink only thought of after the row ("jhagde ke baad se bas daaru ka hi khayal aa raha
    # hai") is a craving, a few words on.
    Combination(RE, (_g("row_had"), _g("so_then"), ANY), 8,
                unless=_g("want", "craving", "fear", "quit", "story", "third_person"), unless_reach=4),
)
