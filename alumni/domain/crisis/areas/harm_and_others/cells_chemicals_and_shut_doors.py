"""Overdose with the trade's chemicals and the watch's cells, threats with the trade's tools, and a
man shut in reported (the reading of rounds 70-71: horse-cart drivers, newspaper vendors, watch
repairers, balloon sellers, cycle mechanics, egg-cart vendors):

- a chemical of the house or the bench, or the watch's button cells, and the writer about to drink,
  eat or swallow them: "caustic soda cha pani bottle madhe bharun thevla ahe ... aaj pinar", "Baygon
  की पूरी bottle खोल के बैठा हूँ, बस पीने की देर है", "battery cells cha pura dabba samor thevlay. ek ek
  gilto ahe" (a chemical used, sold or cleaned with stays quiet: no drinking of it is promised);
- a poison before the writer and the end promised in the next sentence: "समोर फिनेलची बाटली आहे. आज
  संपवणार";
- the vet's injection given to oneself: "घोड्याच्या डॉक्टरचं इंजेक्शन स्वतःला टोचलं, पूर्ण बाटली";
- a double dose on purpose, the breath slowing: "आज जानबूझ के डबल माल लिया, साँस धीमी हो रही है";
- a tool promised into a man's head or stomach: "त्या शेठच्या डोक्यात रेग्युलेटर घालीन", "the tyre
  lever goes in his stomach";
- a man named and finished or burnt today: "त्या seth ला आज संपवतो", "officer ला सोडणार नाही, जाळून
  टाकेन"; the writer's husband who said he will finish her: "आज रात्री मला संपवेल";
- a man shut in and a last day, a bye, a chemical, the smell of gas or no answer, reported: "Pappu भाई
  stable में बंद है, बोल रहा है आज last day है", "ते shop मध्ये बंद आहेत आणि आत्ता phone वर bye
  म्हणाले", "room lock करून बसलेत आणि आतून gas चा वास येतोय";
- the cooking gas left open to sleep or sit in: "leave the cylinder knob open in the kholi and just
  sleep", "गॅस सुरू ठेवून खोलीत बसले होते".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Under his pillow: "rat poison का packet उनके तकिये के नीचे मिला" (widens acts_and_reports.py's list).
    "hidden": ("तकिये के नीचे", "takiye ke neeche", "takiye ke niche", "उशीखाली", "ushikhali"),
    # The house's and the bench's chemicals that are not poisons by name.
    "cs_chemical": ("caustic soda", "कॉस्टिक सोडा", "costic soda", "caustic", "कॉस्टिक", "hair dye", "हेयर डाई",
                    "हेअर डाय", "benzine", "बेंझीन", "बेंजीन", "rockel", "रॉकेल", "thinner", "थिनर",
                    "cleaning solvent", "solvent", "सॉल्व्हंट", "battery acid", "gas banane wali soda",
                    "गैस बनाने वाली सोडा", "soda ka packet", "रैटोल", "रॅटोल", "रोगर", "रोगरची", "baygon", "बेगॉन"),
    # The watch's button cells.
    "cs_cells": ("battery cells", "cells", "cell ka", "cell ke", "button cell", "button cells",
                 "cr2032", "sr626", "silver cells", "बटन सेल", "watch cells"),
    # Kept before the writer ("samor thevlay", "सामने रखा है").
    "cs_kept": ("ठेवलीय", "ठेवलंय", "thevlay", "thevla ahe", "thevli ahe", "ठेवली आहे", "rakha hai", "rakhi hai", "रखा है",
                "रखी है", "rakhe hai", "रखे हैं"),
    # About to drink, eat or swallow it.
    "cs_will_take_it": ("pee lunga", "pee lungi", "पी लूंगा", "पी लूँगा", "pi lunga", "pinar", "पिणार", "piun takto",
                        "पिऊन टाकतो", "piun taknar", "khane wala hun", "खाने वाला हूं", "खाने वाला हूँ", "khane wala hu",
                        "kha lunga", "खा लूंगा", "khanar", "खाणार", "gilnar", "गिळणार", "nigal jaunga", "निगल जाऊंगा",
                        "going to drink it", "gonna drink it", "going to swallow", "pine ki der", "पीने की देर",
                        "khane ki der", "खाने की देर", "gholni hai", "घोलनी है", "down my throat", "ek ek gilto",
                        "एक एक गिळतो", "pita hu aaj", "aaj pee"),
    # Before the writer: only these (not "ready" or "kept", which a shop's stock also is).
    "cs_before_me": ("samor", "समोर", "saamne", "samne", "सामने", "in front of me"),
    # The vet's drug, the needle.
    "cs_vet_drug": ("घोड्याच्या डॉक्टरचं इंजेक्शन", "ghodyache injection", "घोड़े को सुलाने वाली", "ghode ko sulane wali",
                    "sedative", "vet left", "जनावरांचं इंजेक्शन", "janvaranche injection"),
    "cs_given_to_self": ("injected myself", "swatala dila", "swatala dile", "स्वतःला टोचलं", "स्वतःला टोचले",
                         "swatala tochla", "खुद को लगा", "khud ko laga", "khud ko lagaunga", "खुद को लगाऊंगा",
                         "खुद को लग", "khud ko lag"),
    "cs_double_on_purpose": ("जानबूझ के डबल", "jaanbujh ke double", "jaanbujh ke dabal", "jaan bujh ke double",
                             "double dose on purpose", "on purpose double"),
    "cs_breath_slowing": ("साँस अटक", "सांस अटक", "saans atak", "breath stuck", "साँस धीमी", "सांस धीमी", "saans dheemi", "saas dheemi", "saans dhimi", "breathing slow",
                          "breath slowing", "श्वास मंद", "shwas mand"),
    # A tool into a man's head or stomach.
    "cs_into_him": ("डोक्यात", "dokyat", "in his head", "into his head", "in his stomach", "into his stomach",
                    "पोटात", "potat", "sir mein", "सिर में", "pet mein", "पेट में", "his head", "his stomach"),
    "cs_put_in": ("घालीन", "घालेन", "ghalen", "ghalin", "घालतो", "ghalto", "घालणार", "ghalnar", "goes in", "going into", "is going into",
                  "ghusa dunga", "घुसा दूंगा", "ghusaunga", "घुसाऊंगा"),
    "cs_tool": ("regulator", "रेग्युलेटर", "spanner", "स्पॅनर", "tyre lever", "lever", "पाना", "pana", "hammer",
                "हातोडा", "hathoda", "rod", "रॉड", "सिलिंडर", "सिलेंडर", "cylinder", "screwdriver", "पेचकस", "whip", "चाबूक", "chabuk"),
    # A man named, and finished or burnt.
    "cs_man_named": ("seth ला", "सेठ ला", "officer ला", "ऑफिसर ला", "त्या seth ला", "dada la", "दादाला", "शेठला",
                     "sethla", "officerla", "tyala", "त्याला"),
    "cs_finish_or_burn": ("आज संपवतो", "aaj sampavto", "संपवतो", "sampavto", "संपवेन", "sampven", "जाळून टाकेन",
                          "jalun taken", "जाळून टाकीन", "jalun takin", "जाळेन"),
    "cs_husband_said": ("नवऱ्याने", "navryane", "navaryane", "पतीने", "husband said", "pati ne", "पति ने"),
    "cs_will_end_me": ("मला संपवेल", "mala sampvel", "mala sampavel", "मला मारून टाकेल", "mala marun takel",
                       "mujhe khatam kar dega", "मुझे खत्म कर देगा", "mujhe maar dalega", "मुझे मार डालेगा",
                       "will finish me", "will kill me tonight"),
    # A man shut in, reported.
    "cs_shut_in": ("में बंद है", "में बंद हैं", "mein band hai", "madhe band ahe", "मध्ये बंद आहेत", "मध्ये बंद आहे",
                   "shutter lavun aat", "शटर लावून आत", "aat baslet", "आत बसलेत", "room lock करून", "room lock karun",
                   "room lock karke", "lock करून बसले", "lock karun baslet", "दार लावून बसले", "darwaja band karke baitha"),
    "cs_last_day_said": ("आज last day है", "aaj last day hai", "आज last day", "aaj last day", "आज शेवटचा दिवस",
                         "aaj shevtacha divas", "aaj aakhri din", "आज आखिरी दिन", "today is the last day"),
    "cs_said_bye": ("bye म्हणाले", "bye mhanale", "bye mhanala", "bye म्हणाला", "bye bola", "bye बोला", "bye bole",
                    "bye बोले", "said bye"),
    "cs_gas_smell": ("gas चा वास", "gas cha vas", "gasacha vas", "गॅसचा वास", "gas ki smell", "गैस की बदबू",
                     "gas ki badbu", "smell of gas", "gas smell"),
    "cs_no_answer": ("phone band", "phone off", "फोन बंद", "phone bhi band", "uttar det nahit", "उत्तर देत नाहीत",
                     "jawab nahi de", "not answering", "switched off"),
    # The cooking gas left open, to sleep or sit in.
    "cs_gas_left_open": ("cylinder knob open", "knob open", "gas ka pipe khol", "gas pipe khol", "गॅस सुरू ठेवून",
                         "gas suru thevun", "gas chalu thevun", "गॅस चालू ठेवून", "gas khula chhod", "गैस खुला छोड़",
                         "regulator khol", "leave the gas on", "cylinder ka knob khol", "सिलेंडर खुला छोड़"),
    "cs_sleep_or_sit": ("just sleep", "so jaun", "सो जाऊं", "so jaunga", "सो जाऊंगा", "zopnar", "झोपणार", "खोलीत बसले",
                        "kholit basle", "room mein baitha", "and sleep", "kar hi dunga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_MEANS = _g("cs_chemical", "cs_cells", "poison", "farm_poison", "pn_work_chemical")

CELLS_CHEMICALS_AND_SHUT_DOORS: tuple[Combination, ...] = (
    Combination(OD, (_MEANS, _g("cs_will_take_it")), 14, across=True),
    Combination(OD, (_MEANS, _g("cs_before_me"), _g("cs_kept")), 8),
    Combination(OD, (_g("cs_cells"), _g("swallow")), 8, across=True),
    Combination(OD, (_MEANS, _g("at_hand"), _g("end")), 12, across=True),
    Combination(OD, (_g("cs_chemical"), _g("vomit")), 12, across=True),
    Combination(OD, (_g("cs_vet_drug"), _g("cs_given_to_self")), 12, across=True),
    Combination(OD, (_g("cs_double_on_purpose"),), 0),
    Combination(OD, (_g("cs_breath_slowing"), _g("drugs", "pills", "overdose", "cs_double_on_purpose")), 12,
                across=True),
    Combination(HO, (_g("cs_tool", "weapon"), _g("cs_into_him"), _g("cs_put_in")), 8),
    Combination(HO, (_g("cs_man_named"), _g("cs_finish_or_burn")), 3, order=True),
    Combination(HO, (_g("cs_man_named", "other_target"), _g("weapon", "cutting_tool", "nc_knife"), _g("maim")), 6),
    Combination(OD, (_g("pills"), _g("mt_empty"), _g("mt_unwell")), 24, across=True),
    Combination(HO, (_g("cs_husband_said"), _g("cs_will_end_me")), 12, across=True),
    Combination(S, (_g("cs_shut_in", "locked_in"), _g("cs_last_day_said", "cs_said_bye", "cs_chemical", "cs_gas_smell",
                                                     "cs_no_answer")), 16, across=True),
    Combination(S, (_g("cs_gas_left_open"), _g("cs_sleep_or_sit")), 14, across=True),
)
