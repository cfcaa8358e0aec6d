"""Self-harm told as a habit of anger, often one sentence inside a long message (round 12:
holdout 33): the fingers struck with a small hammer ("हथौड़ी से उंगलियों पर मारा"), the wrist
burnt with a lighter whenever the anger comes ("lighter से wrist जला लेता हूं"), the wall
punched till a finger broke ("bhintivar mukke marun bot modla"); round 13 (holdout 36): the head
butted against the wall ("dokyane bhintivar dhadka marto"), the wrist scratched with the nails
till it bled ("nakhane ochkun rakt kadhla"). Words, and one rule for the
punch: the base rules already read a blunt thing, a hand and a blow, or a burning thing, a
wrist and a burn, together.

A hammer's everyday work, a lighter for the stove, a hole punched in a wall for the wiring and
a punching bag stay quiet: the rules need the body part, or the wall, the fist and the harm
done to oneself (a wall punched in anger with sore knuckles is anger, not self-harm)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The small hammer, in Hindi and Marathi: "हथौड़ी", "हातोडी".
    "blunt_object": ("hathodi", "hathaudi", "हथौड़ी", "हथौडी", "hatodi", "हातोडी", "hathodi se", "हथौड़ी से",
                     "hatodine", "हातोडीने", "hatodyane", "हातोड्याने"),
    # The fingers in the oblique: "उंगलियों पर", "बोटांवर".
    "hand_part": ("ungliyon", "उंगलियों", "ungliyo", "anguliyon", "अंगुलियों", "botanvar", "बोटांवर", "knuckles",
                  "knuckle"),
    # Burnt as a habit, by the writer: "जला लेता हूं", "jala leti hu", "जलाता हूं".
    "burn": ("jala leta", "jala leti", "जला लेता", "जला लेती", "jala lete", "जला लेते", "jalata hu", "jalata hun",
             "जलाता हूं", "जलाता हूँ", "jalati hu", "जलाती हूं", "burn myself", "burn my"),
    # The fist: "मुक्के मारून", "ghoonse maare", "punched".
    "punch": ("mukke marun", "मुक्के मारून", "mukka marun", "मुक्का मारून", "mukka marla", "मुक्का मारला",
              "mukke marle", "मुक्के मारले", "mukke marat", "मुक्के मारत", "mukke marto", "मुक्के मारतो",
              "mukke marte", "मुक्के मारते", "ghoonse maare", "घूंसे मारे",
              "ghunse maare", "ghoonsa maara", "घूंसा मारा", "mukke maare", "मुक्के मारे", "punched",
              "punching", "punch", "punches",
              # round 42: the fist on the wall or the tree, kept at it ("मुक्के मारता रहा"), and Marathi's "ठोसे"
              "mukke maarta", "मुक्के मारता", "ठोसे मारून", "those marun", "ठोसे मारले", "ठोसे मारत"),
    # A bone broken by it: "bot modla", "उंगली तोड़ ली", "broke my knuckle".
    "broke_bone": ("bot modla", "बोट मोडलं", "bot modle", "बोट मोडले", "bot modla kal", "ungli tod*", "उंगली तोड़*",
                   "ungli toot*", "उंगली टूट*", "haddi toot*", "हड्डी टूट*", "haddi tod*", "हड्डी तोड़*",
                   "haad modla", "हाड मोडलं", "broke my finger", "broke a finger", "broke my hand",
                   "broke my knuckle", "broke my knuckles", "fractured my", "knuckles split", "knuckles bled",
                   # round 30: "pretty sure 2 knuckles r broken"
                   "knuckles r broken", "knuckles are broken", "knuckles broken", "knuckle is broken",
                   # round 42: fingers broken open or swollen by it
                   "बोटं फोडली", "bota phodli", "उंगलियां सूज", "ungliyan sooj", "ungliyan phat", "उंगलियां फट"),
    # A punch that is work or sport: a hole for the wiring, a bag, a ring.
    "punch_harmless": ("hole", "holes", "chhed", "छेद", "drill", "nail", "keel", "कील", "bag", "boxing",
                       "ring", "gym", "machine", "card", "ticket", "hole punch", "punchline"),
    # The head as the thing struck with (round 13): "dokyane bhintivar", "सिर से दीवार पर".
    "head": ("dokyane", "डोक्याने", "doke", "dokya", "sir se", "सिर से", "sar se", "my head"),
    # A butt of the head: "dhadka marto", "टक्कर मारता हूं".
    "strike": ("dhadka", "धडका", "dhadak", "धडक", "dhadka marto", "धडका मारतो", "dhadka marla", "धडका मारला",
               "takkar marta", "टक्कर मारता", "takkar mari", "टक्कर मारी", "takkar maari"),
    # Scratched open with the nails: "nakhane ochkun", "नाखून से नोचा".
    "scratch": ("ochkun", "ओचकून", "ochakla", "ओचकलं", "ochkla", "nakhane", "नखाने", "nakhanni", "नखांनी",
                "nakhun se", "नाखून से", "nakhoon se", "with my nails", "with nails"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COMBINATIONS: tuple[Combination, ...] = (
    # The wall punched till a bone broke or the knuckles bled, or in anger at oneself:
    # "bhintivar mukke marun bot modla", not "punched the wall in anger, my knuckles hurt".
    Combination(SH, (_g("punch"), _g("wall", "hard_surface"), _g("broke_bone", "bleed", "self", "reflexive",
                                                              "on_purpose")), 10, across=True,
                unless=_g("punch_harmless")),
)
