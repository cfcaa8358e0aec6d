"""Suicide said as a goodbye left at work (the first reading of rounds 58-59, holdouts 202, 203,
205, 206, 208 and 209):

- a word to be passed on to the mother, the wife or the children that sums the writer up:
  "aai la sang mi khup prayatna kela", "माँ को बोल देना मैंने पूरी कोशिश की थी", "माझ्या पोरांना
  सांगा त्यांचा बाबा घाबरट नव्हता", "mummy ko bol dena maaf kar de mujhe", "aai la sang mazya
  var ragavu nako"; or said to her directly ("sorry aai, मी चांगला मुलगा नाही होऊ शकलो"), or a
  sorry asked on the writer's behalf ("माँ से माफी माँग लेना मेरी तरफ से");
- the writer's tools, kit or things handed on as no longer needed: "gave my helmet and safety
  shoes to ramesh", "mera pura tool bag aur grinder chhotu ko de aaya. ab kya karna mujhe inka",
  "माझी सॅक आणि बूट बबनला दिले, आता मला लागणार नाहीत", "he will need them more than me";
- the last shift, duty or check-in, said with a goodbye, a thing entrusted or "no more":
  "aajchi shevatchi shift, saglyana namaskar", "ये मेरी last duty है toll पे" with "अब और नहीं
  होगा", "ye mera aakhri check in hai" with the children entrusted, "last time तुम्हाला message
  करतोय" from a terrace.

Each has an everyday twin that names where the writer is going or what happens next: late for
dinner, a leave, a transfer, a retirement, a new job, a kit replaced with a new one; those keep
it quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer summed up for the family, in the past: a good son, not a coward, not bad.
    "lw_good_one": ("accha beta", "acha beta", "achha beta", "अच्छा बेटा", "good son", "good father", "good dad",
                    "changla mulga", "चांगला मुलगा", "चांगला मुलगा नाही", "changla porga", "चांगला पोरगा",
                    "vait navhta", "वाईट नव्हता", "vaait navhta", "ghabrat navhta", "घाबरट नव्हता",
                    "changle hote", "चांगले होते", "changla hota", "चांगला होता", "bura nahi tha", "बुरा नहीं था",
                    "bura na", "बुरा न", "bura nahin tha", "was not a coward", "wasnt a coward", "wasn't a coward",
                    "was a good", "wasnt bad", "wasn't bad", "was not bad", "kayar nahi tha", "कायर नहीं था"),
    # The family the word is left for, as the writers named them beside the lists' own.
    "lw_family": ("amma se", "अम्मा से", "amma ko", "अम्मा को", "ammi se", "अम्मी से", "maa se", "माँ से", "मां से", "mummy se",
                  "मम्मी से", "baba se", "बाबा से", "papa se", "पापा से", "bhai se", "भाई से", "biwi se", "बीवी से", "poranna", "पोरांना", "porala", "पोराला", "porinna", "पोरींना", "mulanna", "मुलांना",
                  "usko", "उसको", "her"),
    # Forgiveness asked, or anger forbidden, for the writer: "maaf kar de mujhe", "ragavu nako".
    "lw_forgive_me": ("maaf kar de mujhe", "mujhe maaf kar de", "मुझे माफ कर दे", "माफ कर दे मुझे",
                      "maaf kar dena mujhe", "mujhe maaf kar dena", "मुझे माफ कर देना", "maafi maang lena",
                      "माफी माँग लेना", "माफी मांग लेना", "maafi mang lena", "mala maaf kar", "मला माफ कर",
                      "mala maf kar", "maka maaf kar", "forgive me", "ragavu nako", "रागावू नको", "ragavu naka",
                      "रागावू नका", "raag manu naka", "राग मानू नका", "raag manu nako", "राग मानू नको",
                      "gussa mat karna", "गुस्सा मत करना", "naraz mat hona", "नाराज़ मत होना", "नाराज मत होना",
                      "dont be angry", "don't be angry", "dont be mad", "don't be mad", "deserved better",
                      "deserves better", "better than me"),
    # On the writer's behalf: "meri taraf se", "माझ्याकडून".
    "lw_on_my_behalf": ("meri taraf se", "मेरी तरफ से", "मेरी तरफ़ से", "meri or se", "मेरी ओर से",
                        "majhya kadun", "माझ्याकडून", "mazyakadun", "on my behalf"),
    # An everyday errand beside the word: late, dinner, the exam, a trip.
    "lw_errand": ("late", "देर", "ushir", "उशीर", "ushira", "उशिरा", "dinner", "lunch",
                  "jevan", "जेवण", "tiffin", "टिफिन", "exam", "result", "marks", "trip", "train", "bus", "birthday",
                  "happy", "congrats", "mubarak", "मुबारक", "shubhechha", "शुभेच्छा"),
    # The writer's work kit and everyday things: what a worker hands on.
    "lw_kit": ("helmet", "हेल्मेट", "safety shoes", "shoes", "boots", "gloves", "ग्लव्स", "jacket",
               "reflective jacket", "uniform", "युनिफॉर्म", "यूनिफॉर्म", "harness", "हार्नेस", "dorkhand",
               "दोरखंड", "सॅक", "rucksack", "tool bag", "toolbag", "tools", "auzaar", "औजार",
               "औज़ार", "hatyar", "हत्यारं", "हत्यार", "cutter", "कटर", "grinder", "ग्राइंडर", "hook", "हुक",
               "snake hook", "cycle", "सायकल", "sayakal", "सायकिल", "van keys", "tiffin box", "locker"),
    # No longer needed by the writer, in the words rounds 58-59 used.
    "lw_not_needed": ("ab mujhe kuch nahi chahiye", "mujhe kuch nahi chahiye", "मुझे कुछ नहीं चाहिए",
                      "aata kahi lagnar nahi", "ata kahi lagnar nahi", "आता काही लागणार नाही", "काही लागणार नाही",
                      "lagnar nahit", "लागणार नाहीत", "mala lagnar nahit", "मला लागणार नाहीत", "mala kay garaj",
                      "मला काय गरज", "kay garaj", "काय गरज", "kis kaam ka", "किस काम का", "kis kaam ke",
                      "किस काम के", "kya karna mujhe", "क्या करना मुझे", "mujhe kya karna", "मुझे क्या करना",
                      "kuch kaam ka nahi", "कुछ काम का नहीं", "need them more than me", "need it more than me",
                      "more than i do", "need them more than i", "need it more than i"),
    # A last shift, duty, round or check-in.
    "lw_last_duty": ("aakhri shift", "akhri shift", "आखिरी शिफ्ट", "आख़िरी शिफ्ट", "last shift", "last duty",
                     "shevatchi shift", "शेवटची शिफ्ट", "shevatchi duty", "शेवटची ड्युटी", "aakhri duty",
                     "आखिरी ड्यूटी", "last ड्यूटी", "aakhri rescue", "आखिरी रेस्क्यू", "last rescue",
                     "aakhri check in", "आखिरी चेक इन", "last check in", "last check-in", "last checkin",
                     "any more check ins", "any more check-ins", "more check ins", "aakhri trip", "last trek",
                     "last trip", "aakhri samjho", "आखिरी समझो", "shevatcha samja", "शेवटचा समजा"),
    # The last time the writer talks or writes to anyone.
    "lw_last_talk": ("last time baat", "last time बात", "aakhri baar baat", "आखिरी बार बात", "last time message",
                     "last time msg", "aakhri baar message", "आखिरी बार मैसेज", "last time tumhala", "last time तुम्हाला",
                     "shevatcha message", "शेवटचा मेसेज", "shevatcha msg", "last time talking", "last time texting"),
    # Enough now, no more: "ab aur nahi hoga", "आता बस झालं", "ata bas".
    "lw_no_more": ("ab aur nahi", "अब और नहीं", "aur nahi hoga", "और नहीं होगा", "aata bas", "आता बस", "ata bas",
                   "bas zala", "बस झालं", "bas jhala", "enough now", "cant anymore", "can't anymore",
                   "tired of everything", "koi dhundh nahi", "कोई ढूंढ नहीं", "mat dhundna", "मत ढूंढना",
                   "shodh gheu naka", "शोध घेऊ नका"),
    # A leaving that is ordinary: leave, a transfer, a retirement, a new job, the season's end.
    "lw_ordinary_end": ("leave", "chutti", "छुट्टी", "sutti", "सुट्टी", "transfer", "tabadla", "तबादला", "badli",
                        "बदली", "retire*", "रिटायर*", "sevanivrutt*", "सेवानिवृत्त*", "new job", "naya kaam",
                        "नया काम", "navin kaam", "नवीन काम", "naukri", "नौकरी", "nokri", "नोकरी", "resign*",
                        "notice period", "week", "hafte", "हफ्ते", "vacation", "holiday",
                        "programme", "program", "course", "plan ends", "completed"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_FAMILY = _g("lw_family", "to_mother", "mother_spoken_to", "family_addressed", "sp_tell_mother", "relation")
_HANDED = _g("given_away", "hand_over", "give", "handed", "lsg_given")
_GOODBYE = _g("salutation", "exr_bye", "thanks_said", "relay", "entrust", "apology", "lw_no_more", "cut_off",
              "everyone_all", "hand_over", "given_away", "hinted_tired_of_all")

LAST_WORD_AND_LAST_SHIFT: tuple[Combination, ...] = (
    # Tell the family: I tried, I was not bad, forgive me.
    Combination(S, (_FAMILY, _g("relay"), _g("exr_i_tried", "lw_good_one", "lw_forgive_me")), 10, across=True,
                unless=_g("lw_errand", "laugh"), unless_reach=4),
    # Sorry to the mother, not a good son; a sorry asked on the writer's behalf.
    Combination(S, (_g("apology", "lw_forgive_me"), _g("lw_good_one")), 8, across=True,
                unless=_g("lw_errand", "laugh")),
    Combination(S, (_FAMILY, _g("lw_forgive_me", "apology"), _g("lw_on_my_behalf")), 8, across=True,
                unless=_g("lw_errand", "laugh")),
    # The kit handed on, no longer needed.
    Combination(S, (_HANDED, _g("lw_kit", "possession"), _g("lw_not_needed", "no_need", "wont_need")), 16,
                across=True, unless=_g("replaced", "lw_ordinary_end"), unless_reach=6),
    # The last shift or check-in, with a goodbye, a thing entrusted or "no more".
    Combination(S, (_g("lw_last_duty"), _GOODBYE), 14, across=True, unless=_g("lw_ordinary_end", "laugh"),
                unless_reach=6),
    Combination(S, (_g("lw_last_talk"), _g("lw_no_more", "everyone_all", "apology", "high_place",
                                           "danger_place", "anything_stupid")), 12, across=True,
                unless=_g("lw_ordinary_end", "laugh"), unless_reach=6),
)
