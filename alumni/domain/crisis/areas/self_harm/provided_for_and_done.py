"""Suicide said by a provider who has settled everything: a year's fees paid, land or money put
in a wife's or mother's name, the instalment cleared, the savings set apart for a daughter's
wedding, beside the writer's part being over ("majha kaam sampla", "अब मेरा दुनिया में कोई काम
नहीं बचा", "ata tyanna majhi garaj nahi", "kisi ko koi tension nahi hogi") or beside "after me"
("मेरे बाद पत्नी को कोई परेशान मत करना").

What keeps it quiet is named beside it: work (an office, a project, a shift, a hand-over, a
retirement party), where "my part is over" is a day's or a job's.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Provided for: fees for the year, in her name, into her account, the instalment paid.
    "hinted_provided": (
        "navavar", "नावावर", "ke naam", "के नाम", "ke naam pe", "के नाम पे", "ke naam par", "khate me", "खाते में",
        "khatyat", "खात्यात", "account me", "account में", "fd me", "fd में", "fee bharli", "फी भरली", "fees bharli",
        "fee bharun", "फी भरून", "फी वर्षभराची", "varshbharachi", "वर्षभराची", "saal bhar ki", "साल भर की",
        "fees bhar di", "फ़ीस भर दी", "फीस भर दी", "year's fees", "fees for the year", "kist bhar di",
        "किस्त भर दी", "किस्त मैंने भर दी", "hapta bharla", "हप्ता भरला", "emi bhar di", "shaadi ka paisa",
        "शादी का पैसा", "lagnache paise", "लग्नाचे पैसे", "jameen keli", "जमीन केली", "in her name",
        "in his name", "in their name", "password", "पासवर्ड", "bank details", "passbook", "पासबुक",
        "kagad", "कागद", "papers",
    ),
    # The writer's part over, or nobody troubled now: "majha kaam sampla", "meri zarurat nahi".
    "hinted_part_over": (
        "majha kaam sampla", "माझं काम संपलं", "maza kaam sampla", "majha kam sampla", "माझे काम संपले",
        "mera kaam khatam", "मेरा काम खत्म", "मेरा काम ख़त्म", "mera kaam pura", "मेरा काम पूरा",
        "koi kaam nahi bacha", "कोई काम नहीं बचा", "duniya me koi kaam", "दुनिया में कोई काम",
        "majhi garaj nahi", "माझी गरज नाही", "tyanna majhi garaj", "त्यांना माझी गरज", "majhi adchan nahi",
        "माझी अडचण नाही", "meri zarurat nahi", "मेरी ज़रूरत नहीं", "मेरी जरूरत नहीं", "unhe meri zarurat",
        "उन्हें मेरी ज़रूरत", "don't need me", "dont need me", "won't need me", "wont need me", "my job is done",
        "my work is done", "koi tension nahi hogi", "कोई टेंशन नहीं होगी", "kisi ko tension nahi",
        "kuni tension nahi", "koi pareshan mat karna", "कोई परेशान मत करना", "tila lagtil nantar",
        "तिला लागतील नंतर", "lagtil nantar", "लागतील नंतर", "baad me kaam aayenge", "बाद में काम आएंगे",
        "she'll need them later", "she will need them later", "kalel kay karaycha", "कळेल काय करायचं",
        "samajh jayegi kya karna", "समझ जाएगी क्या करना", "she'll know what to do", "dosh deu naka",
        "दोष देऊ नका", "don't blame yourself", "dont blame yourself", "don't blame yourselves",
        "khud ko dosh mat", "खुद को दोष मत", "aaram se rehna", "आराम से रहना", "sukhat raha", "सुखात राहा",
        "sukhat rahaa", "live in peace",
    ),
    # The house handed to a son: "ghar tujhya havali", "man of the house now".
    "hinted_house_yours": (
        "ghar tujhya havali", "घर तुझ्या हवाली", "ghar tere hawale", "घर तेरे हवाले", "ghar ab tera",
        "घर अब तेरा", "man of the house now", "man of the house from now", "ghar ka mard ab", "घर का मर्द अब",
        "gharcha karta tu", "घरचा कर्ता तू", "ata tuch karta", "आता तूच कर्ता",
    ),
    # An ordinary absence of the father: a job abroad, a trip, a posting.
    "hinted_father_away": (
        "abroad", "dubai", "gulf", "saudi", "videsh", "विदेश", "job", "naukri", "नौकरी", "posting", "duty", "tour",
        "trip", "kamala", "कामाला", "till i'm back", "till i return", "jab tak", "जब तक", "toparyant", "तोपर्यंत",
    ),
    # Work's part over: an office, a project, a shift, a hand-over.
    "hinted_work_part": (
        "office*", "ऑफिस*", "project", "प्रोजेक्ट", "shift", "शिफ्ट", "duty", "ड्यूटी", "handover", "hand over",
        "charge", "retire*", "रिटायर*", "client", "deadline", "report", "aaj ka", "आज का", "aajch*", "आजच*",
        "promotion", "transfer", "course", "class", "exam",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PROVIDED_FOR_AND_DONE: tuple[Combination, ...] = (
    # Provided for, and the writer's part over: "fee bharli varshbharachi. ata tyanna majhi garaj nahi".
    Combination(S, (_g("hinted_provided", "insurance"), _g("hinted_part_over")), 20, across=True,
                unless=_g("hinted_work_part"), unless_reach=20),
    # Provided for, after the writer: "मेरे बाद ... किस्त मैंने भर दी है".
    Combination(S, (_g("after_me", "my_going"), _g("hinted_provided", "hinted_part_over")), 16, across=True,
                unless=_g("hinted_work_part"), unless_reach=16),
    # The house handed to a son, with nobody away to come back: "ghar tujhya havali. mi nighalo".
    Combination(S, (_g("hinted_house_yours"),), 0, unless=_g("hinted_father_away", "away_trip"), unless_reach=16),
)
