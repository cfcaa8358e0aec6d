"""Tharra and desi by the bottle, the chillum drawn, glasses downed, and the pull of the old adda (the
reading of rounds 80-81: recovery agents and self-help groups, bookbinders and card printers, cable
and fibre men, dhobis and dry cleaners, school vans and ayahs):

- relapse: tharra had (read as typed by tharra_as_typed.py), two bottles of desi taken ("देशीच्या दोन बाटल्या घेतल्या"), beer cans brought,
  the chillum drawn ("चिलम खींच ली"), glasses downed ("2 gilas maar li"), the bottle found out and "haan
  maine pi", santra taken every day, drinking on and on ("pitach hoto"), the bar gone to with its bill,
  a solvent sniffed;
- craving (urgent): the bhatti, the stuff or the solvent's smell remembered, the drink in the head,
  the others sitting down to drink and calling the writer, not sure of saying no at the team's
  party, the legs pulled towards the old adda.

Oranges eaten, a bottle bought for someone else, a bar of soap, "bar skip", a meeting everyone
sits in stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

_DRINK = _g("alcohol", "alcohol_maybe", "cannabis", "inhalant_maybe", "solvent_named", "liquor_place", "tt_stuff")

NEW: dict[str, tuple[str, ...]] = {
    # Desi in Marathi's "of" ("देशीच्या दोन बाटल्या"), and a solvent by its own name (widening substances.py's).
    "alcohol_maybe": ("देशीच्या", "देशीची", "देशीचा", "deshichya", "deshichi", "deshicha", "desichya", "देसीच्या"),
    "inhalant_maybe": ("solvent", "सॉल्वेंट", "सॉल्व्हंट"),
    "tt_took_them": ("घेतल्या", "ghetlya", "घेतली", "ghetli", "घेतला", "ghetla", "घेतलं", "प्यायल्या", "pyaylya",
                     "मारल्या", "marlya", "संपवल्या", "sampavlya", "drank"),
    # Brought (Marathi: "बिअरचे दोन टिन आणले").
    "tt_brought": ("आणले", "आणली", "आणल्या", "anle", "aanle", "anli", "aanli"),
    "tt_for_another": ("sathi", "साठी", "ke liye", "के लिए", "for", "pahune", "पाहुणे", "guests"),
    # The chillum drawn.
    "tt_drew": ("खींच ली", "kheench li", "khinch li", "khich li", "खींची", "kheenchi", "ओढली", "odhli", "ओढला",
                "odhla", "मारी", "maari", "laga li", "लगा ली"),
    # Glasses downed.
    "tt_glasses": ("gilas", "गिलास", "glass", "glasses", "ग्लास", "peg", "pegs", "पेग"),
    "tt_downed": ("maar li", "मार ली", "maar liya", "मार लिया", "maar liye", "मार लिए", "marle", "मारले", "marlya",
                  "मारल्या", "gatak li", "गटक ली", "gatka", "गटका", "downed", "knocked back"),
    # Owned up to.
    "tt_yes_i_drank": ("haan maine pi", "हाँ मैंने पी", "हां मैंने पी", "haan pi li", "haan maine pee", "yes i drank",
                       "ho mi pyalo", "हो मी प्यायलो", "ho pyalo", "haan pee li", "हाँ पी ली", "i did drink",
                       "haan maine pi thi", "हाँ पी थी"),
    "tt_found_out": ("pata chal gaya", "पता चल गया", "kalla", "कळलं", "found out", "found the", "pakda gaya",
                     "पकडा गया", "samajla", "समजलं"),
    # Santra taken, on and on.
    "tt_taking_it": ("घेतोय", "ghetoy", "पितोय", "pitoy", "घेतला", "ghetla", "घेतली", "मारला", "marla", "chalu ahe",
                     "चालू आहे"),
    "tt_kept_drinking": ("pitach hoto", "पीतच होतो", "पितच होतो", "pitach rahilo", "पितच राहिलो", "पीत राहिलो",
                         "pit rahilo", "kept drinking", "drinking all day", "drinking every day"),
    # Gone to the bar, and its bill.
    "tt_went": ("चला गया", "chala gaya", "gelo", "गेलो", "went", "gaya", "गया", "pohochlo", "पोहोचलो"),
    "tt_bill": ("bill", "बिल"),
    # The stuff remembered, or in the head.
    "tt_stuff": ("माल की", "maal ki", "भट्टीची", "bhattichi", "भट्टी की", "bhatti ki", "theke ki", "ठेके की",
                 "अड्ड्याची", "addyachi", "maal lene", "माल लेने"),
    "tt_memory": ("आठवण आली", "aathvan aali", "athvan aali", "आठवण येते", "aathvan yete", "athvan yete",
                  "juni aathvan", "जुनी आठवण", "याद आती", "yaad aati", "याद आई", "yaad aayi", "yaad aa rahi",
                  "याद आ रही", "old days", "miss it", "miss the"),
    "tt_in_head": ("डोक्यात", "doksyat", "dokyat", "dimag me", "दिमाग में", "dimaag mein", "on my mind", "in my head"),
    # The others sat down to drink, and the writer called.
    "tt_sitting_down": ("sitting for drinks", "sitting for a drink", "बसलेत", "baslet", "basle ahet", "बसले आहेत",
                        "बैठे हैं", "baithe hain", "baithe hai", "sitting behind", "sitting in the"),
    "tt_called_me": ("मला पण बोलावलंय", "mala pan bolavlay", "बोलावलंय", "bolavlay", "bolavla", "बोलावलं",
                     "they called me", "called me", "bulaya hai", "बुलाया है", "mujhe bhi bulaya", "मुझे भी बुलाया",
                     "invited me"),
    # Wanting to go with them, to the club or where they sit.
    "tt_want_to_go": ("जायचंय", "jaychay", "jaaychay", "जायचं आहे", "jaycha ahe", "जाना है", "jana hai", "jaana hai",
                      "want to go", "wanna go", "जाने का मन", "jane ka man", "जावंसं वाटतंय", "javasa vatatay",
                      "aat jaycha", "आत जायचं", "jaycha mann", "जायचं मन"),
    "tt_itch": ("khujli", "खुजली", "itch", "itching", "खाज", "khaj"),
    "tt_times": ("x2", "x3", "x4", "x5", "x6", "x7", "x8", "x10", "x12"),
    "tt_another": ("then another", "another one", "ek aur", "एक और", "ajun ek", "अजून एक"),
    "tt_club": ("क्लबकडे", "क्लब", "club", "clubla", "क्लबला", "behind depot", "डेपोमागे"),
    "tt_sober_sitting": ("meeting", "मीटिंग", "मीटिंगला", "जेवायला", "jevayla", "pooja", "पूजा", "bhajan", "भजन",
                         "chaha", "चहा", "tea", "chai", "चाय", "match", "jevan", "जेवण", "khana", "खाना"),
    # Not sure of saying no.
    # (the "don't know" said with it, which would otherwise read as a negation of the craving)
    "tt_refusal_doubt": ("pata nahi mana kar paunga", "pata nhi mana kar paunga", "पता नहीं मना कर पाऊंगा",
                         "nahi mhanu shakel ka mahit nahi", "नाही म्हणू शकेल का माहित नाही", "mahit nahi nahi mhanu",
                         "dont know if i can say no", "don't know if i can say no", "nahi mhanu shakel ka",
                         "नाही म्हणू शकेल का", "nahi mhanu shaken ka", "नाही म्हणू शकेन का", "mana kar paunga ki nahi",
                         "मना कर पाऊंगा कि नहीं", "mana kar paungi ki nahi", "mana kar paunga ya nahi",
                         "not sure i can say no", "not sure if i can say no", "may not be able to say no",
                         "नकार देऊ शकेन का"),
    # The legs pulled to the old adda.
    "tt_legs_pulled": ("पाय ओढतायत", "pay odhtayat", "paay odhtat", "पाय ओढतात", "pair kheench rahe", "पैर खींच रहे",
                       "legs pull", "feet pull me", "ओढ लागते", "odh lagte"),
    "tt_adda": ("अड्ड्याजवळ", "addyajaval", "अड्डा", "adda", "अड्ड्या*", "addya*", "अड्डे", "adde"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Charas by its valley's name; the gutta (a liquor den) with one "t".
    "cannabis": ("parvati cream", "malana cream", "kasol cream"),
    "liquor_place": ("gutyasamor*", "gutyat", "gutyavar", "गुत्यासमोर*", "गुत्यात"),
    # Beer in Marathi's "of" (tharra is read as typed: tharra_as_typed.py).
    "alcohol": ("बिअरचे", "बिअरची", "बिअरच्या", "बिअरचा", "biarche", "beerche", "beerchi", "beerchya"),
}

THARRA_CHILLUM_AND_THE_OLD_ADDA: tuple[Combination, ...] = (
    Combination(RE, (_g("alcohol_maybe", "alcohol"), _g("bottle_word", "bottles_plural"), _g("tt_took_them")), 5,
                unless=_g("beverage"), unless_reach=3),
    Combination(RE, (_g("alcohol"), _g("tt_brought")), 5, unless=_g("tt_for_another", "negation"), unless_reach=8),
    Combination(RE, (_g("cannabis"), _g("tt_drew")), 3),
    Combination(RE, (_g("tt_glasses"), _g("tt_downed")), 3, unless=_g("beverage"), unless_reach=3),
    Combination(RE, (_g("tt_yes_i_drank"), _g("bottle_word", "alcohol", "tt_found_out")), 24, across=True),
    Combination(RE, (_g("dn_santra"), _g("tt_taking_it")), 3, unless=_g("beverage"), unless_reach=2),
    Combination(RE, (_g("tt_kept_drinking"),), unless=_g("beverage", "negation"), unless_reach=1),
    Combination(RE, (_g("liquor_place"), _g("tt_went"), _g("tt_bill")), 12, across=True,
                unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("inhalant_maybe", "solvent_named"), _g("sniff")), 3),
    Combination(CR, (_DRINK, _g("tt_memory")), 8, unless=_g("negation"), unless_reach=2),
    Combination(CR, (_DRINK, _g("tt_in_head")), 4),
    Combination(CR, (_g("tt_sitting_down"), _g("tt_called_me")), 12, across=True,
                unless=_g("tt_sober_sitting"), unless_reach=6),
    Combination(CR, (_g("tt_sitting_down", "tt_club", "liquor_place"), _g("tt_want_to_go")), 14, across=True,
                unless=_g("tt_sober_sitting", "negation"), unless_reach=3),
    Combination(CR, (_g("tt_refusal_doubt"),)),
    Combination(CR, (_g("tt_itch"), _DRINK), 8),
    Combination(RE, (_g("alcohol"), _g("tt_times")), 3),
    Combination(RE, (_g("cannabis"), _g("tt_another")), 6),
    Combination(CR, (_g("tt_legs_pulled"), _g("tt_adda", "liquor_place")), 16, across=True),
)
