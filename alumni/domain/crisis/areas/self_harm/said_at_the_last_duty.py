"""Farewells and arrangements said through the last duty, the crematorium and the debt (round
27, holdouts 78, 79 and 81):

- tonight the last, and "it is decided": "आजची रात्र शेवटची. ठरलंय", "aajchi raat shevatchi";
- the last "ram ram", the last message: "shevatcha ram ram sir. tumhi khup kela", "he shevatcha
  msg", "ab ye आखिरी message hai";
- papers and the phone to be handed to the wife: "मेरी पेटी में बीमा के कागज़ हैं, मुन्नी की माँ को दे
  देना", "मेरा phone और ATM card घरवाली को दे देना sir. bye", "PF chi file kapatat thevli ahe";
- not able to promise not to do something to oneself: "promise nahi कर सकता ki khud को kuch
  nahi karunga";
- life unwanted, said in Marathi: "जीव नकोसा झालाय";
- do not look for me: "जाताना म्हणाला माझा शोध घेऊ नका";
- a grave or a pyre for oneself: "एक अपने लिए भी खोद लूँ", "soon i will light my own",
  "स्वतःचं रचायला वेळ नाही लागणार";
- ready to go, the letter written: "sir मैं ready हूँ जाने के लिए. letter लिख दिया है";
- the last duty done and the uniform put away: "झाँसी में आखिरी ड्यूटी कर ली। वर्दी उतार के तह करके
  रख दी", "Ironed my uniform for the last time today";
- if I die the debt is paid: "mi mela tar tari karja fitel";
- not home since, and not to come back or be found: "te kaal pasun ghari nahi ale, mhanale ata mi
  parat yenar nahi";
- gone to sit in the dump's fire: "mhanto Deonar chya aagit jaun basnar".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "ld_tonight_the_last": ("आजची रात्र शेवटची", "aajchi raat shevatchi", "aajchi ratra shevatchi", "aaj ki raat aakhri",
                            "आज की रात आखिरी", "tonight is my last", "tonight is the last", "aaj ki raat meri aakhri",
                            "आजचा दिवस माझा शेवटचा", "aajcha divas maza shevatcha", "aaj ka din mera aakhri",
                            "आज का दिन मेरा आखिरी"),
    "ld_last_farewell": ("shevatcha ram ram", "शेवटचा राम राम", "aakhri ram ram", "आखिरी राम राम", "shevatcha msg",
                         "शेवटचा msg", "aakhri msg", "आखिरी message", "aakhri message", "आखिरी मैसेज", "shevatcha message",
                         "शेवटचा मेसेज"),
    "ld_papers": ("बीमा", "bima", "beema", "PF", "पीएफ", "ATM card", "passbook", "पासबुक", "policy", "पॉलिसी"),
    "ld_give_to_her": ("को दे देना", "ko de dena", "la dya", "ला द्या", "la deun dya", "ला देऊन द्या", "give it to",
                       "give them to", "hand it to", "kapatat thevli", "कपाटात ठेवली", "sambhala", "सांभाळा"),
    "ld_cant_promise": ("वादा नहीं कर सकता", "vaada nahi kar sakta", "vada nahi kar sakta", "promise nahi kar sakta",
                        "promise nahi कर सकता", "promise nahi deu shakat", "promise नाही देऊ शकत", "promise nahi देऊ शकत",
                        "can't promise", "cant promise", "cannot promise", "वचन देऊ शकत नाही"),
    "ld_life_unwanted": ("जीव नकोसा झालाय", "jeev nakosa zalay", "jiv nakosa zalay", "jiv nakosa zala", "जीव नकोसा झाला",
                         "जीव नकोसा वाटतो", "jeev nakosa vatto"),
    "ld_dont_search": ("माझा शोध घेऊ नका", "maza shodh gheu naka", "majha shodh gheu naka", "mujhe dhundhna mat",
                       "मुझे ढूंढना मत", "mujhe mat dhoondhna", "मुझे मत ढूंढना", "don't look for me", "dont look for me",
                       "don't search for me", "dont search for me"),
    "ld_own_grave": ("अपने लिए भी खोद", "apne liye bhi khod", "light my own", "स्वतःचं रचायला", "swatach rachayla",
                     "apni chita", "अपनी चिता", "meri chita", "मेरी चिता", "माझं सरण", "maza saran", "my own pyre", "my own grave", "dig my own"),
    "ld_ready_to_go": ("ready हूँ जाने के लिए", "ready hu jaane ke liye", "जाने के लिए ready", "jaane ke liye ready",
                       "jaane ke liye taiyar", "जाने के लिए तैयार", "ready to go now", "jayla tayar ahe", "जायला तयार आहे"),
    "ld_uniform_put_away": ("वर्दी उतार के", "vardi utaar ke", "uniform परत केला", "uniform parat kela",
                            "ironed my uniform for the last time", "uniform for the last time", "वर्दी तह करके",
                            "वर्दी उतारली", "vardi utarli"),
    "ld_last_duty": ("आखिरी ड्यूटी", "aakhri duty", "last duty", "शेवटची duty", "shevatchi duty", "शेवटची ड्यूटी"),
    # The weather that makes life unbearable is an idiom: "ऊन इतकं आहे की जीव नकोसा झालाय".
    "ld_weather": ("ऊन", "उन्हाने", "unhane", "उन्हात", "unhat", "garmi", "गर्मी", "उकाडा", "ukada", "थंडी", "पाऊस",
                   "paus"),
    # Not home since, and said they will not come back or be found: "te kaal pasun ghari nahi ale,
    # mhanale ata mi parat yenar nahi", "kal raat se ghar nahi aaye, phone pe bole ab nahi milunga".
    "ld_not_come_home": ("ghari nahi ale", "घरी नाही आले", "ghari nahi ala", "घरी नाही आला", "ghar nahi aaye",
                         "घर नहीं आए", "ghar nahi aaya", "घर नहीं आया", "didn't come home", "didnt come home",
                         "hasn't come home", "hasnt come home", "not come home"),
    "ld_wont_be_found": ("ab nahi milunga", "अब नहीं मिलूंगा", "अब नहीं मिलूँगा", "ata mi milnar nahi",
                         "आता मी मिळणार नाही", "ata mi parat yenar nahi", "आता मी परत येणार नाही", "mi ata parat nahi yenar", "मी आता परत नाही येणार",
                         "nahi aaunga kabhi", "नहीं आऊंगा कभी", "kabhi wapas nahi aaunga", "you won't find me",
                         "you wont find me"),
    # Gone to sit in the fire: "Deonar chya aagit jaun basnar".
    "ld_into_the_fire": ("aagit jaun basnar", "आगीत जाऊन बसणार", "aagit udi", "आगीत उडी", "aag me baith jaunga",
                         "आग में बैठ जाऊंगा", "aag me kood", "आग में कूद", "walk into the fire", "jump into the fire"),
    "ld_dont_worry": ("kalji karu nako", "काळजी करू नको", "kalji karu naka", "chinta mat karna", "चिंता मत करना",
                      "don't worry about me", "dont worry about me"),
    "ld_nothing_left": ("कुछ बचा ही नहीं", "kuch bacha hi nahi", "कुछ नहीं बचा", "kuch nahi bacha", "काहीच उरलं नाही",
                        "kahich urla nahi", "nothing left"),
    "ld_no_point_going_on": ("see any point going on", "no point going on", "no point in going on",
                             "see no point going on", "see the point of going on"),
    # The place seen, and going there at dawn: "krishnecha pool baghun alo. udya pahate tithech jaycha".
    # Going on with a thing: an argument, a course, a plan ("no point going on with this argument").
    "ld_going_on_with": ("with this", "with the", "with that", "with it", "with my", "with him", "with her"),
    "ld_place_seen": ("देख आया हूँ", "देख आया हूं", "dekh aaya hu", "baghun alo", "बघून आलो", "baghun aalo",
                      "went and saw the", "checked the bridge"),
    "ld_bridge_or_water": ("पुल", "pul", "pool", "नहर", "nahar", "canal", "कालवा", "kalva", "bridge", "नदी", "nadi",
                           "धरण", "dharan", "ghat", "घाट"),
    "ld_going_there_then": ("वहीं जाना है", "wahin jaana hai", "wahi jana hai", "tithech jaycha", "तिथेच जायचं",
                            "tithech jaycha ahe", "going there tomorrow", "going back there tomorrow"),
    "ld_debt_paid_if_i_die": ("mi mela tar tari karja fitel", "mi mela tar karja fitel", "मी मेलो तर कर्ज फिटेल",
                              "मी मेलो तरी कर्ज फिटेल", "main mar gaya to karza utar jayega", "मैं मर गया तो कर्ज़ उतर जाएगा",
                              "if i die the debt", "insurance se karz"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SAID_AT_THE_LAST_DUTY: tuple[Combination, ...] = (
    Combination(S, (_g("ld_tonight_the_last"),)),
    Combination(S, (_g("ld_last_farewell"),), unless=_g("tgu_last_of_a_thing", "tomorrow_word", "meeting_later"),
                unless_reach=6),
    Combination(S, (_g("ld_papers", "insurance"), _g("ld_give_to_her")), 10, across=True),
    Combination(S, (_g("ld_cant_promise"), _g("self", "wont_do_anything", "reflexive")), 10),
    Combination(S, (_g("ld_life_unwanted"),), unless=_g("ld_weather", "unbearable_cause", "wearing_cause"),
                unless_reach=8),
    Combination(S, (_g("ld_dont_search"),), unless=_g("tgu_somewhere", "leaving_for_errand", "going_somewhere",
                                                      "tomorrow_word"), unless_reach=10),
    Combination(S, (_g("ld_own_grave"),)),
    Combination(S, (_g("ld_ready_to_go"), _g("wrote_note", "farewell_note", "letter_left_out")), 12, across=True),
    Combination(S, (_g("ld_last_duty", "ld_uniform_put_away"), _g("ld_uniform_put_away", "goodbye", "no_return",
                                                                  "dl_not_coming_up")), 16, across=True),
    Combination(S, (_g("ld_debt_paid_if_i_die"),)),
    Combination(S, (_g("ld_not_come_home"), _g("ld_wont_be_found", "dl_not_coming_up")), 14, across=True),
    Combination(S, (_g("ld_wont_be_found"), _g("fear", "goodbye", "dl_phone_unanswered", "tgu_forgive_me",
                                                "forgiveness", "entrust", "ld_dont_worry")), 12, across=True),
    Combination(S, (_g("mf_tell_her", "entrust"), _g("not_around_then")), 12, across=True),
    Combination(S, (_g("ld_into_the_fire"),)),
    Combination(S, (_g("life", "live"), _g("ld_nothing_left")), 4),
    Combination(S, (_g("ld_no_point_going_on"),), unless=_g("ld_going_on_with"), unless_reach=2),
    Combination(S, (_g("burden"), _g("first_person_verb")), 1, order=True),
    Combination(S, (_g("ld_bridge_or_water", "water_body", "high_place", "height"), _g("ld_place_seen"),
                    _g("ld_going_there_then")), 14, across=True),
)
