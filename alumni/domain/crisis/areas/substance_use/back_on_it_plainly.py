"""Using again told plainly or sideways by older and indebted writers (round 17, holdouts 47
and 48): a medicine begun again by oneself (sleeping pills restarted for sleep, "कफ सिरप पुन्हा चालू
केला"), a painkiller taken past the doctor's number ("doctor ne ek kahi thi, main paanch leta
hu", "goli ekach hoti, ata char ghetoy") or taken with the doctor not told ("roz do extra,
doctor ko bataya nahi"), the tablet habit come back, a quarter bottle by its old name
(पावशेर) going on, a drink that "happened" ("gavi daru jhali"), the bar snack beside the
drinks ("chakhna aur teen beer"), "desi" taken, the stuff got cheap and taken with a sorry, a
night spent "with the bottle", and one's own share where everyone sat to drink ("sagle
basle, mi pan ek ghetla").

A medicine for an illness the writer names (the pressure, the sugar) or begun by the doctor
stays with the other rules; a doctor's count kept ("as prescribed") is read as sobriety in
taken_as_prescribed.py. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The doctor kept in the dark: the one who would have stopped it.
    "doctor_untold": ("doctor ko nahi bataya", "doctor ko nahin bataya", "डॉक्टर को नहीं बताया", "daktar ko nahi bataya",
                      "doctor ko bataya nahi", "डॉक्टर को बताया नहीं", "doctor se chhupa*", "डॉक्टर से छुपा*",
                      "doctor la sangitla nahi", "doctor la sangitle nahi", "doctor la sangitli nahi",
                      "doctor la nahi sangitla", "डॉक्टरला सांगितलं नाही", "डॉक्टरला सांगितले नाही",
                      "डॉक्टरांना सांगितलं नाही", "डॉक्टरांना सांगितले नाही", "doctor la sangitlach nahi",
                      "didnt tell the doctor", "didn't tell the doctor", "did not tell the doctor",
                      "didnt tell my doctor", "didn't tell my doctor", "not told the doctor", "doctor doesnt know",
                      "doctor doesn't know", "doctor ko pata nahi", "डॉक्टर को पता नहीं", "doctor ko nahi pata",
                      "डॉक्टर को नहीं पता", "doctor la mahiti nahi", "doctor la mahit nahi",
                      "डॉक्टरला माहित नाही", "without telling the doctor", "doctor ko bina bataye",
                      "डॉक्टर को बिना बताए", "doctor la na sangta", "डॉक्टरला न सांगता",
                      "without telling my doctor", "without telling doctor", "without asking the doctor",
                      "without asking my doctor", "doctor se puche bina", "doctor se pooche bina",
                      "डॉक्टर से पूछे बिना", "bina doctor ko bataye", "बिना डॉक्टर को बताए",
                      "doctor la na vicharta", "डॉक्टरला न विचारता", "doctorla na vicharta"),
    # The doctor's own number, said as one: "1 boli thi", "एक कही थी", "ekach hoti", "said one".
    "dose_said_one": ("1 boli thi", "ek boli thi", "एक बोली थी", "1 kahi thi", "ek kahi thi", "एक कही थी",
                      "ek hi boli", "एक ही बोली", "ek hi kahi", "एक ही कही", "1 hi boli", "ek likhi thi",
                      "एक लिखी थी", "ekach hoti", "एकच होती", "ekach sangitli", "एकच सांगितली", "ekach dili",
                      "एकच दिली", "ek sangitli", "एक सांगितली", "said one", "said 1", "said only one",
                      "prescribed one", "prescribed 1", "one was prescribed", "ekach lihili", "एकच लिहिली"),
    # What the doctor said: "boli thi", "कहा था", "सांगितली होती", "said", "told me".
    "doctor_said_word": ("boli thi", "kahi thi", "bola tha", "kaha tha", "बोली थी", "कही थी", "बोला था", "कहा था",
                         "likhi thi", "लिखी थी", "sangitli hoti", "सांगितली होती", "sangitla hota", "सांगितलं होतं",
                         "sangitli", "सांगितली", "said", "told me", "prescribed", "wrote", "di thi", "दी थी",
                         "dili hoti", "दिली होती", "gave me"),
    # The quarter bottle by the old measure (a quarter of a ser).
    "quarter_ser": ("pavsher", "paavsher", "pausher", "paushera", "पावशेर", "पावशेरी", "pavsheri"),
    # The snack that goes with the drink (in Latin only: "चखना" folds to "khana", a meal).
    "bar_snack": ("chakhna", "chakna", "chakhana"),
    # A night or an evening spent with the bottle: "कालची रात्र bottle सोबत गेली".
    "spent_with": ("sobat geli", "सोबत गेली", "sobat gela", "सोबत गेला", "sobat gelay", "सोबत गेलं",
                   "ke saath guzri", "के साथ गुज़री", "के साथ गुजरी", "ke sath guzri", "ke saath gayi",
                   "के साथ गई", "ke sath gayi", "ke saath beeti", "के साथ बीती", "spent with"),
    # A drink that "happened": "daaru zali", "daru hui", "दारू झाली".
    "drink_happened": ("zali", "jhali", "jali", "झाली", "hui", "huyi", "हुई", "happened"),
    # Bought cheap: "sasta mil gaya", "swasta milala", "got it cheap".
    "got_cheap": ("sasta mil gaya", "sasta mila", "सस्ता मिल गया", "सस्ता मिला", "saste me mila", "सस्ते में मिला",
                  "swasta milala", "स्वस्त मिळालं", "स्वस्त मिळाला", "swasta milal", "got it cheap", "got the stuff cheap",
                  "got some cheap"),
    # The doctor as the one who began it: "doctor ne ... shuru ki", "डॉक्टरांनी ... चालू केल्या".
    "doctor_began": ("doctor ne", "डॉक्टर ने", "daktar ne", "doctorani", "doctoranni", "डॉक्टरांनी", "doctor ni",
                     "doctor restarted", "doctor started", "doctor has restarted", "doctor has started"),
    # Taken, in the past ("desi le li", "देशी घेतली"); "khana", "khaya" are a meal's.
    "took_in_past": ("le li", "le liya", "le liye", "ले ली", "ले लिया", "ले लिए", "li thi", "ghetli", "ghetla",
                     "ghetle", "घेतली", "घेतला", "घेतले", "maar li", "मार ली", "maarli", "marli", "मारली",
                     "had some", "had a little"),
    # The street word for the stuff, a substance only beside buying and taking.
    "stuff_maybe": ("maal", "माल", "stuff", "saman", "samaan", "सामान"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The painkiller in two words, as it is typed.
    "pills": ("pain killer", "pain killers", "पेन किलर", "पेनकिलर", "pain killar"),
}

_PILLS = _g("pills", "pill_count", "sedatives", "sleeping_pill_named", "opioids")
_ILLNESS = _g("chronic_illness", "prescribed", "doctor_began")
_OWN_COUNT = _g("more_than_one", "few_number")

BACK_ON_IT_PLAINLY: tuple[Combination, ...] = (
    # "goli parat chalu keli", "कफ सिरप पुन्हा सुरू केला": the medicine begun again by the
    # writer, no illness named and no doctor beginning it.
    Combination(RE, (_PILLS + _g("syrup_name", "cough_medicine"), _g("begun_again")), 3,
                unless=_ILLNESS, unless_reach=6),
    # "पुन्हा गोळ्या घ्यायला लागलो", "phir se goliyan lene laga": taken up again, the pills named.
    # A medicine in general ("dawai") taken up again is as often the doctor's course resumed:
    # only the pills by their count word, a sedative or a syrup.
    Combination(RE, (_g("again", "again_strict"), _g("pill_count", "sedatives", "sleeping_pill_named", "syrup_name",
                                                     "cough_medicine"), _g("took_up")), 3,
                unless=_ILLNESS, unless_reach=6),
    # "नींद की गोलियां फिर शुरू कर दीं, रोज दो ले रहा हूं": sleeping pills begun again and taken
    # by the day; the wider window takes the doctor's words as well as the illness as a cancel.
    Combination(RE, (_g("sleeping_pill_named"), _g("begun_again", "took_up", "again", "again_strict"),
                     _g("routine_use", "per_span")), 10,
                unless=_ILLNESS + _g("medical", "wrote_it")),
    # "goliyon ki aadat wapas aa gayi hai": the habit of it come back.
    Combination(RE, (_PILLS + _g(*ANY), _g("habit_formed"), _g("is_back", "again", "again_strict")), 4),
    # "painkiller roz do, doctor ko bataya nahi", "didn't tell my doctor"; the pills of a named
    # illness (the pressure, the sugar) changed without asking are not a use.
    Combination(RE, (_PILLS, _g("doctor_untold")), 14, across=True, unless=_g("chronic_illness"), unless_reach=6),
    # "goli doctor ne ek kahi thi, main paanch leta hu": the doctor's one, the writer's many.
    Combination(RE, (_PILLS, _g("dose_said_one"), _OWN_COUNT), 10, order=True, across=True,
                ),
    # "doctor ne ek goli boli thi, main chaar leta hu", "the doctor said one tablet, i take three".
    Combination(RE, (_g("medical", "carer", "doctor_began"), _g("a_one"), _PILLS, _g("doctor_said_word"), _OWN_COUNT),
                12, order=True, across=True, unless=_g("relation", "third_person")),
    Combination(RE, (_g("medical", "carer", "doctor_began"), _g("doctor_said_word"), _g("a_one"), _PILLS, _OWN_COUNT),
                12, order=True, across=True, unless=_g("relation", "third_person")),
    # "रात्री पावशेर चालू असतो": the quarter going on, or had.
    Combination(RE, (_g("quarter_ser"), _g("going_on", "routine_use", "begin_word", "took", "use", "drank")), 4,
                across=True),
    # "gavi daru jhali": a drink that happened.
    Combination(RE, (_g("alcohol"), _g("drink_happened")), 1, order=True, unless=_g("quit", "negation")),
    # "chakhna aur teen beer": the snack beside the drink.
    Combination(RE, (_g("bar_snack"), _g("alcohol", "alcohol_maybe")), 4, unless=_g("negation", "quit")),
    # "parso desi le li".
    Combination(RE, (_g("alcohol_maybe"), _g("took_in_past")), 0, order=True,
                unless=_g("food", "beverage", "pills")),
    # "stuff sasta mila toh le liya, sorry".
    Combination(RE, (_g("stuff_maybe"), _g("got_cheap"), _g("took", "use"), _g("apology", "regret")), 12,
                order=True, across=True),
    # "रात्र बाटलीसोबत गेली", "kal ki raat botal ke saath guzri".
    Combination(RE, (_g("bottle_word", "alcohol"), _g("spent_with")), 2, order=True),
    Combination(RE, (_g("spent_with"), _g("bottle_word", "alcohol")), 2, order=True),
    # "sagle basle, mi pan ek ghetla": the writer's share where everyone sat.
    Combination(RE, (_g("drinkers", "others", "all_of_it"), _g("session_sat", "sat_down_to", "sat_down"), _g("me_too"), _g("small_count", "more_than_one", "a_one"),
                     _g("gave", "use", "took", "take")), 9, order=True, across=True,
                unless=_g("food", "beverage", "pills")),
)
