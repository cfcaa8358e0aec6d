"""Overdose told through the clinic's vials and syringes (round 55's reading of rounds 54-55,
holdouts 186, 188-190, 192 and 193):

- a syringe filled, and the writer's vein or weight beside it: "thiopentone chi vial syringe
  madhe bharli ahe, shirela lavaychi baki ahe", "i know the dose for a 30 kilo dog. i weigh 58.
  syringe is already filled";
- a drug said to be enough for oneself: "euthanasia च्या drug चा stock मोजत होता आणि बोलला हे
  माझ्यासाठी पुरेल";
- a drug or injection stolen from the clinic, and the one who found it afraid: "bhauni
  dawakhanyatun injection chorun anlay, bag madhe pahila mi, bhiti vatte".

A syringe filled for a dog, a cow or a patient stays quiet. Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "vk_syringe_filled": ("syringe madhe bharli", "syringe madhe bharla", "सिरिंजमध्ये भरली", "syringe bharli",
                          "syringe bharun", "सिरिंज भरली", "सिरिंज भरून", "syringe bhar li", "सिरिंज भर ली",
                          "syringe me bhar", "सिरिंज में भर", "syringe is filled", "syringe is already filled",
                          "syringe already filled", "filled the syringe", "filled a syringe", "syringe ready",
                          "syringe tayar", "सिरिंज तैयार", "syringe madhe bharun", "सिरिंजमध्ये भरून"),
    "vk_vein": ("shirela", "शिरेला", "shirat", "शिरेत", "nas me", "नस में", "nas mein", "into my vein", "in my vein",
                "vein me", "my veins"),
    "vk_my_weight": ("i weigh", "my weight", "mera wajan", "मेरा वजन", "mera vajan", "maza vajan", "माझं वजन",
                     "majha vajan"),
    "vk_enough_for_me": ("माझ्यासाठी पुरेल", "mazyasathi purel", "majhyasathi purel", "mere liye kaafi",
                         "mere liye kafi", "मेरे लिए काफी", "मेरे लिए काफ़ी", "enough for me", "is enough for me",
                         "will do for me",
                         # rounds 58-59: the dose kept for oneself, in so many words
                         "kaafi hai mere liye", "kafi hai mere liye", "काफी है मेरे लिए", "काफ़ी है मेरे लिए",
                         "swatasathi", "स्वतःसाठी", "swatahasathi", "khud ko lagaunga", "खुद को लगाऊंगा",
                         "खुद को लगाऊँगा", "tonight its for me", "tonight it's for me", "tonight for me",
                         "aaj sagalya ghenar", "आज सगळ्या घेणार", "ekdam sagalya ghenar", "एकदम सगळ्या घेणार"),
    "vk_stolen": ("chorun", "चोरून", "churayi", "चुराई", "churaya", "चुराया", "chura ke", "चुरा के", "chura li",
                  "चुरा ली", "stole", "stolen", "nicked"),
    "vk_clinic_drug": ("injection", "injections", "इंजेक्शन", "sui wali dawai", "सुई वाली दवाई", "sui wali dawa",
                       "vial", "vials", "व्हायल", "ampoule", "ampoules"),
    "vk_fear": ("bhiti vatte", "भीती वाटते", "bhiti vatat", "भीती वाटत", "dar lag raha", "डर लग रहा", "dar lagta",
                "डर लगता", "scared", "afraid", "worried", "ghabarlo", "घाबरलो", "ghabarle", "घाबरले"),
    "vk_animal": ("dog", "dogs", "kutryala", "कुत्र्याला", "kutte ko", "कुत्ते को", "cow", "गायीला", "gayila",
                  "gaay ko", "गाय को", "cat", "bail", "बैलाला", "patient", "patients", "rugnala", "रुग्णाला",
                  "mareez", "मरीज"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_CLINIC_DRUG = _g("vk_clinic_drug", "injectable", "ward_drug", "theatre_drug", "sedatives", "opioids", "drugs", "pills")

VIALS_KEPT_FOR_ONESELF: tuple[Combination, ...] = (
    Combination(OD, (_g("vk_syringe_filled"), _g("vk_vein", "vk_enough_for_me")), 16, across=True,
                unless=_g("vk_animal"), unless_reach=3),
    # The writer's own weight beside the dose is the writer's, whatever animal the dose was for.
    Combination(OD, (_g("vk_syringe_filled"), _g("vk_my_weight")), 16, across=True),
    Combination(OD, (_CLINIC_DRUG + _g("poison", "farm_poison", "sg_poison_named"), _g("vk_enough_for_me")), 16,
                across=True),
    Combination(OD, (_g("vk_stolen"), _CLINIC_DRUG, _g("vk_fear")), 16, across=True),
)
