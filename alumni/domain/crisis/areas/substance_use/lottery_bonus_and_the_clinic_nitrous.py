"""The lottery, the bonus and the clinic's nitrous (the drink, the drugs and the cravings of rounds 104-105:
photo studios, postmen, insurance agents, excavator and dumper operators, municipal gardeners, dental
clinics):

- "lottery tickets again, half the pay went into it"; the Diwali bonus or the commission "straight into the
  permit room"; the pay "and first I reached the wine shop"; "after 129 days I went to the gutta anyway";
  "half a bottle of Royal Stag in the cabin"; bhang and daru at Holi "four months wasted"; Gatari with friends
  "till dawn"; "every night after the clinic shuts, a khamba"; the clinic's nitrous cylinder "tried again",
  "drew on it twice";
- cravings: "a strong pull"; "everyone was drinking, I wanted just one"; "my mind is only on it"; the matka
  number "in my head every day, not placed but my hands itch"; "only the pauwa in my thoughts"; "not used but
  very close"; an old friend talking of maal "and my mind wavered"; the dhaba's beer "hard to pass"; the
  bonus in hand "and the mind runs to the adda"; the smell of ganja "unbearable", "that thought all day";
  the satta man's number again; sitting and looking at the nitrous cylinder.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import DRINK_READ
from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "lb_again": ("फिर से", "phir se", "fir se", "परत", "parat", "पुन्हा", "punha", "again"),
    "lb_pay_went": ("तनख्वाह उसी में चली गई", "tankhwah usi me chali gayi", "उसी में चली गई", "usi me chali gayi",
                    "पगार त्यात गेला", "pagar tyat gela"),
    "lb_pay": ("बोनस*", "bonus*", "कमिशन", "commission", "पगार", "pagar", "pagaar", "salary"),
    "lb_permit": ("परमिट रूम*", "permit room*"),
    "lb_went": ("गेले", "gele", "गेलो", "gelo", "went", "गेला", "gela"),
    "lb_reached": ("wine shop gatla", "गाठला", "gatla", "wine shop गाठलं"),
    "lb_went_anyway": ("गुत्त्यावर गेलोच", "guttyavar gelach", "गेलोच", "gelach"),
    "lb_half_bottle": ("half bottle", "आधी बाटली", "adhi batli", "aadhi bottle", "आधी बोतल"),
    "lb_months_wasted": ("चार महिने पाण्यात", "महिने पाण्यात", "mahine panyat", "महीने बेकार गए", "mahine bekar gaye",
                         "mahine ki mehnat gayi", "महीने की मेहनत गई", "months wasted"),
    "lb_bhang_daru": ("भांग", "bhang", "दारू", "daru"),
    "lb_gatari": ("गटारी", "gatari"),
    "lb_sat_till_dawn": ("मित्रांबरोबर बसलो", "mitranbarobar baslo", "पहाटेपर्यंत", "pahatéparyant", "pahateparyant",
                         "till dawn"),
    "lb_every_night": ("रोज रात्री", "roj ratri", "every night", "har raat", "हर रात"),
    "lb_khamba": ("खंबा", "khamba"),
    "lb_nitrous": ("nitrous", "नायट्रस", "गैस वाली टंकी", "gas wali tanki", "laughing gas"),
    "lb_used": ("used", "kheench liya", "खींच लिया", "सूंघ लिया", "sungh liya", "try किया", "try kiya", "inhaled",
                "twice this week"),
    # cravings
    "lb_strong_pull": ("खूप ओढ लागलीय", "khup odh lagliy", "odh lagliy", "ओढ लागलीय"),
    "lb_wanted_one": ("mala pan pahije hoti ekach", "मला पण पाहिजे होती", "mala pan pahije", "mujhe bhi chahiye thi"),
    "lb_mind_on_it": ("my mind is only on it", "mind is only on it", "दिमाग उसी पे", "dokyat tech"),
    "lb_hands_itch": ("hat shivshivtat", "हात शिवशिवतात", "haath khujlate", "hands itch"),
    "lb_in_head": ("roj dokyat yeto", "रोज डोक्यात येतो", "dokyat yeto", "डोक्यासमोर", "डोळ्यासमोर", "dolyasamor",
                   "ek hi khayal", "एक ही ख्याल", "तोच विचार डोक्यात", "toch vichar dokyat"),
    "lb_very_close": ("not used but very close", "very close", "बहुत करीब", "bahut kareeb"),
    "lb_quarter": ("pauwas", "पउआ", "पउए"),
    "lb_not_used": ("not used", "nahi liya", "नहीं लिया", "not drinking"),
    "lb_mind_wavered": ("मन डोल गया", "mann dol gaya", "man dolla", "मन डोललं"),
    "lb_old_mate_maal": ("माल की बात", "maal ki baat", "पुराना साथी", "purana saathi"),
    "lb_hard_to_pass": ("passing it every day is hard", "avghad jatay", "अवघड जातंय", "sahan hot nahi",
                        "सहन होत नाही", "रोज कठीण", "mushkil ho raha"),
    "lb_mind_runs": ("मन सारखं अड्ड्याकडे धावतंय", "अड्ड्याकडे धावतंय", "man sarkha addyakade", "धावतंय", "dhavtay"),
    "lb_number_sent": ("number bheja", "नंबर भेजा", "number pathavla"),
    "lb_looking_at": ("baghat basle", "बघत बसले", "baghat baslo", "बघत बसलो", "mann khup odhta", "मन खूप ओढतं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SUBSTANCE = ("alcohol", "cannabis", "drugs", "stimulants", "opioids", "inhalants", "gs_quarters", "sq_quarter",
              "lb_nitrous", "lb_quarter", *DRINK_READ)

LOTTERY_BONUS_AND_THE_CLINIC_NITROUS: tuple[Combination, ...] = (
    Combination(RE, (_g("po_gamble", "sq_gamble", "bet_game"), _g("lb_again"), _g("lb_pay_went")), 14, across=True,
                unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("lb_pay"), _g("lb_permit"), _g("lb_went")), 10, unless=_g("others", *NOT_MINE),
                unless_reach=3),
    Combination(RE, (_g("lb_pay", "pd_pay_came", "po_pay_came"), _g("lb_reached")), 12, across=True,
                unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("cl_drink_place", "liquor_place", "cv_drink_place"), _g("lb_went_anyway")), 3,
                unless=_g("third_person"), unless_reach=1),
    Combination(RE, (_g("lb_half_bottle"), _g("gs_brand", "alcohol")), 4, unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("lb_bhang_daru", *DRINK_READ), _g("lb_months_wasted")), 16, across=True),
    Combination(RE, (_g("lb_gatari"), _g("lb_sat_till_dawn")), 10, unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("lb_every_night"), _g("lb_khamba")), 8, unless=NOT_MINE, unless_reach=1),
    Combination(RE, (_g("lb_nitrous"), _g("lb_used")), 8, across=True, unless=NOT_MINE, unless_reach=1),
    Combination(CR, (_g("lb_strong_pull"),)),
    Combination(CR, (_g("lb_wanted_one"),)),
    Combination(CR, (_g("lb_mind_on_it", "lb_in_head"), _g(*_SUBSTANCE, "bet_game", "po_gamble")), 16, across=True),
    Combination(CR, (_g("bet_game", "po_gamble", "sq_gamble"), _g("lb_hands_itch", "lb_number_sent")), 16,
                across=True),
    Combination(CR, (_g("lb_very_close"), _g("lb_not_used")), 8),
    Combination(CR, (_g("lb_old_mate_maal"), _g("lb_mind_wavered")), 16, across=True),
    Combination(CR, (_g(*_SUBSTANCE, "gs_bar_near", "lb_pay"), _g("lb_hard_to_pass", "lb_mind_runs")), 16,
                across=True),
    Combination(CR, (_g("lb_nitrous"), _g("lb_looking_at")), 10, across=True),
)
