"""Self-harm told through the means and the act (round 17, holdouts 47 and 48): a heated rod or
tongs laid on the hand ("गरम सळईने हात भाजला"), a name dug into the arm with a compass, the skin
clawed with the nails into wounds, a needle or a pin pressed in until it bleeds ("रक्त येईपर्यंत",
"khoon aane tak"), oneself struck ("स्वतःलाच मारतो", "छातीवर बुक्क्या"), and no sleep or calm
without cutting ("कापल्याशिवाय झोप येत नाही", "bina kaate neend nahi aati").

A name carved on a desk or a tree, a finger pricked for a blood test, a mosquito bite scratched, a
welding rod at work stay quiet; each reading needs the body or the self beside the means.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Metal heated and laid on the skin: "गरम सळईने", "garam sariya se", "a heated rod".
    "heated_rod": ("garam salai", "गरम सळई", "garam salaine", "गरम सळईने", "tapleli salai", "तापलेली सळई",
                   "tapavleli salai", "तापवलेली सळई", "garam sariya", "गरम सरिया", "गरम सरिये", "garam sariye",
                   "garam chimta", "गरम चिमटा", "garam chimte", "गरम चिमटे", "garam chimtyane", "गरम चिमट्याने",
                   "heated rod", "hot rod on", "heated iron rod", "red hot rod", "heated tongs", "hot tongs",
                   "garam loha", "गरम लोहा", "गरम लोखंड", "garam lokhand",
                   # The tandoor's rod or skewer heated: "तंदूर की सलाख", "tandoor chi salli".
                   "tandoor ki salakh", "तंदूर की सलाख", "salakh garam", "सलाख गरम", "garam salakh", "गरम सलाख",
                   "tandoor chi salli", "तंदूरची सळी", "salli garam", "सळी गरम", "garam salli", "गरम सळी",
                   "salai garam", "सळई गरम", "seekh garam", "सीख गरम", "garam seekh", "गरम सीख", "heated skewer",
                   "hot skewer", "tandoor rod", "tandoor skewer"),
    # Until the blood came: "रक्त येईपर्यंत", "khoon aane tak", "till it bled".
    "till_it_bleeds": ("रक्त येईपर्यंत", "rakt yeiparyant", "rakta yeiparyant", "rakt yeiparyanta",
                       "रक्त निघेपर्यंत", "rakt nighe paryant", "rakt nigheparyant", "खून आने तक", "khoon aane tak",
                       "khun aane tak", "खून निकलने तक", "khoon nikalne tak", "khun nikalne tak",
                       "जब तक खून न", "jab tak khoon na", "till it bled", "until it bled", "till it bleeds",
                       "until it bleeds", "till they bled", "until they bled", "till blood came", "until blood came",
                       "till i bled", "until i bled", "till i bleed", "until i bleed"),
    # Pricked or pressed in: "टोचत", "chubhoya", "pricked".
    "pricked": ("टोचत", "tochat", "टोचलं", "tochla", "टोचले", "tochle", "टोचून", "tochun", "chubhoya",
                "चुभोया", "chubhoyi", "चुभोई", "chubhate", "चुभाते", "chubhata", "चुभाता", "pricked", "pricking",
                "poked", "poking", "jabbed", "jabbing", "stabbed my finger", "stabbing my finger"),
    # The nails dragged through the skin: "नोच नोच के", "ओरबाडून", "clawed".
    "clawed_skin": ("noch noch", "नोच नोच", "noch liya", "नोच लिया", "noch li", "नोच ली", "noch dala",
                    "नोच डाला", "nochta", "नोचता", "nochti", "नोचती", "orbadun", "ओरबाडून", "orbadle", "ओरबाडले",
                    "orbadla", "ओरबाडलं", "orbadto", "ओरबाडतो", "clawed", "clawing", "scratched till",
                    "scratching till", "ripped my skin", "tore my skin"),
    # Oneself struck with the fists: "छातीवर बुक्क्या मारल्या", "punched myself".
    "struck_oneself": ("स्वतःलाच मारतो", "swatahlach marto", "svatahlach marto", "स्वतःला मारतो", "swatahla marto",
                       "स्वतःला मारलं", "swatahla marla", "खुद को मारता", "khud ko marta", "khud ko maarta",
                       "khud ko peet", "खुद को पीट", "punched myself", "punch myself", "punching myself",
                       "छातीवर बुक्क्या", "chhativar bukkya", "chativar bukkya", "छातीवर ठोसे", "chhati pe mukke",
                       "छाती पे मुक्के", "chhati par mukke", "छाती पर मुक्के"),
    # Only after cutting: "कापल्याशिवाय", "bina kaate", "without cutting".
    "only_after_cutting": ("kapalyashivay", "कापल्याशिवाय", "kaplyashivay", "kapalya shivay", "kaplya shivay",
                           "kapun ghetlyashivay", "कापून घेतल्याशिवाय", "bina kaate", "बिना काटे", "kaate bina",
                           "काटे बिना", "bina kate", "kaate baghair", "काटे बग़ैर", "without cutting", "unless i cut",
                           "till i cut", "until i cut", "kaatne ke baad hi", "काटने के बाद ही", "kapalyavarach",
                           "कापल्यावरच", "kaplyavarach"),
    # A burn at work or by mistake: "galti se", "चुकून", the welding shop.
    "burnt_by_mistake": ("by mistake", "by accident", "accidentally", "galti se", "गलती से", "chukun", "चुकून",
                         "welding", "वेल्डिंग", "workshop", "factory", "kaam karte", "काम करते", "kaam kartana",
                         "काम करताना", "cooking", "khana banate", "स्वयंपाक", "roti", "रोटी", "chapati", "bhakri", "भाकरी",
                         "tawa", "तवा", "chulha", "चूल्हा", "chul", "चूल", "jal gaya", "jal gayi", "जल गया", "जल गई",
                         "kitchen"),
    # What is carved on that is not a body: a desk, a bench, a tree, a wall.
    "carved_surface": ("desk", "bench", "tree", "wall", "table", "मेज", "डेस्क", "बेंच", "पेड़", "दीवार", "deewar",
                       "diwar", "bakda", "बाक", "bakavar", "बाकावर", "zhad", "झाड", "bhint", "भिंत", "wood", "lakdi"),
    # A finger pricked for a reason: a blood test, sugar, sewing, a thorn.
    "pricked_for_reason": ("sugar", "शुगर", "glucose", "test", "blood test", "checkup", "check", "sewing",
                           "silai", "सिलाई", "shivan", "शिवण", "thorn", "kaanta", "काटा", "mosquito", "machhar",
                           "मच्छर", "itch", "itchy", "khujli", "खुजली", "khaj", "खाज", "rash", "allergy", "eczema"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_BODY = _g("hand_part", "cut_site", "body_part_other", "self")

BY_OWN_HAND: tuple[Combination, ...] = (
    # A heated rod laid on the hand or the arm, or burning with it.
    Combination(SH, (_g("heated_rod"), _BODY + _g("burn")), 5, unless=_g("burnt_by_mistake"), unless_reach=8),
    # A compass or a blade digging a name in, with the hand named and nothing else carved on.
    Combination(SH, (_g("cutting_tool"), _g("carve"), _BODY), 10, unless=_g("carved_surface"), unless_reach=4),
    # The skin clawed with the nails into wounds.
    Combination(SH, (_g("clawed_skin", "scratch"), _g("wound", "bleed", "till_it_bleeds")), 8,
                unless=_g("pricked_for_reason"), unless_reach=6),
    # A needle or a pin pressed in, or the nails, until the blood came.
    Combination(SH, (_g("needle", "cutting_tool", "pricked", "clawed_skin", "scratch", "struck_oneself"),
                     _g("till_it_bleeds")), 10, across=True, unless=_g("pricked_for_reason"), unless_reach=8),
    # Oneself struck, on the chest or anywhere.
    Combination(SH, (_g("struck_oneself"),), 0, unless=_g("by_accident"), unless_reach=6),
    # No sleep and no calm without cutting (not mosquitoes that will not let one sleep without biting).
    Combination(SH, (_g("only_after_cutting"), _g("sleep", "feel_calm", "water_calm", "calm_me")), 6,
                unless=_g("pricked_for_reason"), unless_reach=6),
)
