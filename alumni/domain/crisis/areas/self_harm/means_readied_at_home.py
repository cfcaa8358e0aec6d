"""Means readied at home, said in few words (round 24, holdout 70: love, marriage and breakups):

- the gas turned on and someone sitting by it: "gas cylinder चालू करून बसलाय", "gas khula chhod ke
  baitha hai"; gas on to cook (chai, dal, the cooker) is a kitchen;
- a rope brought, on a day of loss: "talak che kagad aale aaj. dor aanla ahe"; a rope brought for
  the cattle, the washing, the well or a tent is an errand;
- death as the only option: "मरणं हाच option दिसतोय", "marna hi ek option bacha hai", "death is the
  only option left".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "mr_gas": ("gas", "गॅस", "गैस", "cylinder", "सिलेंडर", "सिलिंडर", "silinder", "gas ki knob", "knob"),
    "mr_left_on": ("chalu karun", "चालू करून", "chalu karke", "चालू करके", "chalu kar ke", "on karke", "on karun",
                   "khula chhod*", "खुला छोड़*", "khula sodun", "उघडा सोडून", "ughada sodun", "turned on",
                   "left on", "left the gas on", "suru karun", "सुरू करून", "open karke", "open karun"),
    "mr_sat_by": ("baslay", "बसलाय", "basla ahe", "बसला आहे", "basliy", "बसलीय", "baitha hai", "बैठा है",
                  "baithi hai", "बैठी है", "baitha h", "sitting", "darvaja band", "दरवाजा बंद",
                  "darwaza band", "दरवाज़ा बंद", "दरवाजा बंद", "door locked", "locked the door", "kadi lavli",
                  "कडी लावली"),
    "mr_kitchen": ("chaha thevla", "चहा ठेवला", "chaha kela", "चहा केला", "chai banai", "चाय बनाई", "dal", "दाल", "daal",
                   "cooker", "कुकर", "swayampak", "स्वयंपाक", "khana bana*", "खाना बना*", "jevan", "जेवण", "roti",
                   "रोटी", "poli", "पोळी", "bhaji", "भाजी", "geyser", "pani garam", "पाणी गरम", "cook*", "booking",
                   "refill", "delivery"),
    "mr_rope_brought": ("dor aanla", "दोर आणला", "dor anla", "dori aanli", "दोरी आणली", "dori anli",
                        "rassi laya", "rassi le aaya", "रस्सी लाया", "रस्सी ले आया", "rassi la ke rakhi",
                        "bought a rope", "got a rope", "brought a rope", "rope le aaya", "rope aanla"),
    "mr_rope_use": ("gayila", "gaila", "गायीला", "गाईला", "bail", "बैल", "mhais*", "म्हैस*", "bakri", "बकरी", "kapde",
                    "कपडे", "कपड़े", "vihir", "विहीर", "bucket", "badli", "बादली", "tent", "tambu", "तंबू",
                    "jhula", "झूला", "zhoka", "झोका", "ghar bandh*", "samaan", "सामान",
                    "saman", "gaadi", "गाडी", "tractor", "bandhayla", "बांधायला", "bandhne", "बांधने", "dukan",
                    "pump*", "पंप*", "motor*", "मोटार*", "vihir*", "विहिर*", "विहीर*", "sathi", "साठी", "ke liye",
                    "के लिए"),
    "mr_only": ("हाच", "hach", "haach", "हीच", "hich", "only", "ekmev", "एकमेव", "ekach", "एकच", "ek hi",
                "एक ही", "hi ek", "ही एक", "sirf", "सिर्फ", "fakt", "फक्त", "last"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

MEANS_READIED_AT_HOME: tuple[Combination, ...] = (
    Combination(S, (_g("mr_gas"), _g("mr_left_on"), _g("mr_sat_by")), 6, order=True,
                unless=_g("mr_kitchen"), unless_reach=4),
    Combination(S, (_g("mr_rope_brought"),), 0,
                unless=_g("mr_rope_use", "rope_for_a_use", "exf_rope_errand", "hinted_ordinary_rope",
                          "water_chore", "hanging_harmless", "cloth_errand", "negation"), unless_reach=10),
    Combination(S, (_g("die"), _g("mr_only"), _g("way_left")), 3, order=True),
)
