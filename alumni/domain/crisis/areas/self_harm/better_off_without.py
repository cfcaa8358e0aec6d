"""Suicide said as the family better off without the writer: less spending, fewer quarrels,
less shame if the writer were not there ("mi nasto tar kharcha kami, bhandan kami"); a better
wife found without her, the writer stepping out of the way ("मी वाटेतून बाजूला होते"); nobody
noticing, everyone freed ("कोणाला काही फरक नाही पडणार. उलट सुटतील सगळे"); not troubling
anyone for long, or the last time of bothering ("won't trouble us for long", "अब ज़्यादा दिन
परेशान नहीं करेंगे"), said by the writer or of a husband.

What keeps each quiet is named beside it: a gym, a class or a party skipped, a haircut (nobody
notices those); a fee, a form or a question (the last time of bothering someone about it); a
seat or a road (stepping aside).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Were the writer not there: "mi nasto tar", "agar main na hota".
    "hinted_if_i_werent": (
        "mi nasto tar", "मी नसतो तर", "mi naste tar", "मी नसते तर", "mi nastana", "main na hota to", "मैं न होता तो",
        "main na hoti to", "मैं न होती तो", "agar main na rahu", "अगर मैं न रहूं", "agar main nahi hota",
        "अगर मैं नहीं होता", "if i wasn't here", "if i wasnt here", "if i weren't here", "if i werent around",
        "if i wasn't around", "majhyashivay", "माझ्याशिवाय", "mere bina", "मेरे बिना", "without me",
        # Marathi writes the postposition apart as often as joined ("माझ्या शिवाय"), and the
        # writer's absence in every tense and gender ("मी नसलो / नसले / नसताना / गेल्यावर").
        "majhya shivay", "mazya shivay", "mazhya shivay", "माझ्या शिवाय", "majhyavina", "majhya vina", "माझ्याविना",
        "माझ्या विना", "mi naslo tar", "mi nasalo tar", "मी नसलो तर", "mi nasle tar", "mi nasale tar", "मी नसले तर",
        "मी नसताना", "mi gelyavar", "मी गेल्यावर", "mi gelyanantar", "मी गेल्यानंतर", "mi gelo tar", "मी गेलो तर",
        "mi geli tar", "mi gele tar", "मी गेले तर", "mere jaane ke baad", "mere jane ke baad", "मेरे जाने के बाद",
        "mere na rehne se", "मेरे न रहने से", "mere bagair", "मेरे बगैर",
    ),
    # Less of it, better for them: "kharcha kami", "चांगली बायको मिळेल", "sukhi".
    "hinted_less_for_them": (
        "kharcha kami", "खर्चा कमी", "खर्च कमी", "kharch kami", "kharcha kam", "खर्चा कम", "bhandan kami",
        "भांडण कमी", "भांडणं कमी", "jhagde kam", "झगड़े कम", "laaj kami", "लाज कमी", "sharm kam", "शर्म कम",
        "changli bayko milel", "चांगली बायको मिळेल", "changla navra milel", "चांगला नवरा मिळेल",
        "achhi biwi milegi", "अच्छी बीवी मिलेगी", "achha pati milega", "अच्छा पति मिलेगा", "better wife",
        "better husband", "better father", "fewer fights", "less fighting", "less money spent", "sukhat rahtil",
        "सुखात राहतील", "khush rahenge", "खुश रहेंगे",
        # Them well, in whatever tense the verb takes: "सगळे सुखी राहतील", "khush astil",
        # "चांगलं चालेल", "सब ठीक हो जाएगा", and the farewell's blessing "तुम्ही सुखी राहा".
        "sukhi rah*", "सुखी राह*", "sukhi as*", "सुखी अस*", "sukhi hot*", "सुखी होत*", "sukhi rahenge", "सुखी रहेंगे",
        "khush rah*", "खुश राह*", "khush as*", "खुश अस*", "khush hot*", "खुश होत*", "khush raho", "खुश रहो",
        "anandat rah*", "आनंदात राह*", "changla chalel", "चांगलं चालेल", "changle chalel", "चांगले चालेल",
        "bara hoil", "बरं होईल", "bare hoil", "बरे होईल", "mokle hotil", "मोकळे होतील", "shant rahtil", "शांत राहतील",
        "sab theek ho jayega", "सब ठीक हो जाएगा", "chain se rahenge", "चैन से रहेंगे",
        "aaram se rahenge", "आराम से रहेंगे",
    ),
    # Were the writer not there, then: "mi nasto tar", "मी नसलो तरच".
    "hinted_if_i_werent_then": (
        "mi nasto tar", "mi nasto tarch", "मी नसतो तर", "मी नसतो तरच", "mi naslo tar", "mi naslo tarch", "mi nasalo tar",
        "mi nasalo tarch", "मी नसलो तर", "मी नसलो तरच", "mi naste tar", "mi naste tarch", "मी नसते तर", "मी नसते तरच",
        "mi nasle tar", "mi nasle tarch", "मी नसले तर", "मी नसले तरच",
    ),
    # Better so, said straight after it: "mi nasto tar bara", "मी नसलो तरच बरं".
    "hinted_better_so": ("bara", "बरं", "bare", "बरे", "barach", "बरंच", "changla", "चांगलं", "changle", "चांगले"),
    # Nobody to mourn: "कोणी रडणार नाही", "koi nahi royega", "nobody will cry".
    "hinted_none_to_mourn": (
        "koni radnar nahi", "कोणी रडणार नाही", "kuni radnar nahi", "कुणी रडणार नाही", "konihi radnar nahi",
        "कोणीही रडणार नाही", "koni aathvan kadhnar nahi", "कोणी आठवण काढणार नाही", "kuni athvan kadhnar nahi",
        "कुणी आठवण काढणार नाही", "kunala aathvan yenar nahi", "कुणाला आठवण येणार नाही", "konala aathvan yenar nahi",
        "कोणाला आठवण येणार नाही", "koi nahi royega", "कोई नहीं रोएगा", "koi nahi roega", "koi rone wala nahi",
        "कोई रोने वाला नहीं", "koi yaad nahi karega", "कोई याद नहीं करेगा", "nobody will cry", "no one will cry",
        "nobody would cry", "no one would cry", "nobody will even cry", "no one will even cry",
    ),
    # Out of the way: "वाटेतून बाजूला होते", "raste se hat jaunga".
    "hinted_out_of_way": (
        "vatetun bajula", "वाटेतून बाजूला", "vatetun baju", "raste se hat jaunga", "रास्ते से हट जाऊंगा",
        "रास्ते से हट जाऊँगा", "raste se hat jaungi", "रास्ते से हट जाऊंगी", "beech se hat jaunga",
        "बीच से हट जाऊंगा", "out of everyone's way", "out of your way for good", "out of their way for good",
    ),
    # No difference to anyone: "फरक नाही पडणार", "nobody would even notice".
    "hinted_no_difference": (
        "farak nahi padnar", "फरक नाही पडणार", "फरक पडणार नाही", "farak padnar nahi", "kahi farak nahi",
        "काही फरक नाही", "koi farak nahi padega", "कोई फर्क नहीं पड़ेगा", "kisi ko fark nahi", "किसी को फर्क नहीं",
        "nobody would notice", "nobody would even notice", "no one would notice", "no one would even notice",
        "nobody will miss me", "no one will miss me", "nobody would miss me",
    ),
    # Freed, relieved: "सुटतील सगळे", "chhut jayenge".
    "hinted_freed": (
        "sutatil", "सुटतील", "sutel", "सुटेल", "chhut jayenge", "छूट जाएंगे", "chhutkara", "छुटकारा", "relieved",
        "relief", "free of me", "maybe amma", "for a week", "ek hafta", "एक हफ्ता", "thode divas", "थोडे दिवस",
    ),
    # Not troubling anyone for long, the last time of bothering.
    "hinted_not_for_long": (
        "won't trouble us for long", "wont trouble us for long", "won't trouble you for long",
        "wont trouble you for long", "won't bother you for long", "zyada din pareshan nahi", "ज़्यादा दिन परेशान नहीं",
        "ज्यादा दिन परेशान नहीं", "jyada din pareshan nahi", "jast divas tras nahi", "जास्त दिवस त्रास नाही",
        "jast divas tras denar nahi", "जास्त दिवस त्रास देणार नाही", "last time i will bother",
        "last time i'll bother", "last time ill bother", "aakhri baar pareshan", "आखिरी बार परेशान",
        "shevatcha tras", "शेवटचा त्रास", "won't bother you again", "wont bother you again",
    ),
    # Ordinary occasions for the same words: a gym, a fee, a form, a seat.
    "hinted_trivial_matter": (
        "gym", "class", "party", "bunk", "skip", "haircut", "dress", "late", "leave", "fees", "fee", "form",
        "question", "query", "reminder", "about", "regarding", "document", "seat", "gaadi", "car", "traffic",
        "photo", "group", "meeting", "office", "game", "match", "team", "moving", "shifting", "shift",
        "guest", "mehmaan", "मेहमान", "pahune", "पाहुणे", "ticket", "टिकट", "train", "flight", "going back",
        "wapas ja", "वापस जा", "parat ja", "परत जा", "flat", "kiraya", "rent", "hostel",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_TRIVIAL = _g("hinted_trivial_matter")

BETTER_OFF_WITHOUT: tuple[Combination, ...] = (
    # Were the writer not there, less spending or quarrels, a better wife for him.
    Combination(S, (_g("hinted_if_i_werent"), _g("hinted_less_for_them")), 12, across=True, unless=_TRIVIAL,
                unless_reach=6),
    # The writer stepping out of the way, beside a better wife or life without her.
    Combination(S, (_g("hinted_out_of_way"), _g("hinted_less_for_them", "hinted_if_i_werent")), 14, across=True,
                unless=_TRIVIAL, unless_reach=6),
    # Were the writer not there, better so ("mi nasto tar bara").
    Combination(S, (_g("hinted_if_i_werent_then"), _g("hinted_better_so")), 1, order=True, unless=_TRIVIAL,
                unless_reach=6),
    # Were the writer not there, nobody would cry or remember ("मी गेलो तर कोणी रडणार नाही").
    Combination(S, (_g("hinted_if_i_werent"), _g("hinted_none_to_mourn")), 12, across=True, unless=_TRIVIAL,
                unless_reach=6),
    # No difference to anyone, everyone freed, or only a mother for a week.
    Combination(S, (_g("hinted_no_difference"), _g("hinted_freed")), 12, across=True, unless=_TRIVIAL, unless_reach=6),
    # Not troubling anyone for long; the last time of bothering them.
    Combination(S, (_g("hinted_not_for_long"),), 0, unless=_TRIVIAL, unless_reach=12),
)
