"""Suicide told by musicians and performers (round 33, holdout 105: wedding bands, DJs, bhajan and
qawwali singers, lavani and tamasha troupes on tour, orchestra singers):

- the last song or the last show, and no call for tomorrow: "aaj ka gaana last tha, kal se mat
  bulana", "आजचं गाणं शेवटचं होतं. उद्यापासून मला बोलावू नका", "आज का show मेरा last था, अब
  stage पे कभी नहीं दिखूंगा";
- "sorry to all" and no boarding the tour bus again; the gorge below the ghat and the jump;
- a guitar's string drawn across the wrist;
- the instrument given away or sold, said with the last song or with no more need of it:
  "dholki bhachya la dya, mi pudhcha call la nasel", "तुणतुणं विकलं. आता त्याची गरज पडणार
  नाही", "Deepak gave his keyboard away and keeps saying this was his last song".

A last song of the night alone ("last song of the night was a banger") and a harmonium sold for
a new one are not here: each rule needs the going said beside it.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "lsg_last_song": ("last song", "last gaana", "gaana last", "aakhri gaana", "akhri gaana", "आखिरी गाना",
                      "गाना आखिरी", "aakhri bhajan", "आखिरी भजन", "शेवटचं गाणं", "गाणं शेवटचं", "shevatcha gana",
                      "shevatcha gaana", "gana shevatcha", "last show", "show last", "show मेरा last",
                      "show mera last", "aakhri show", "आखिरी शो", "शेवटचा शो", "last performance",
                      "शेवटचा कार्यक्रम", "shevatcha karyakram"),
    "lsg_not_again": ("kal se mat bulana", "mat bulana", "मत बुलाना", "मला बोलावू नका", "bolavu naka",
                      "बोलावू नका", "mala bolavu naka", "kabhi nahi dikhunga", "कभी नहीं दिखूंगा", "कभी नहीं दिखूँगा",
                      "wont make it to the next", "won't make it to the next",
                      "pudhcha call la nasel", "पुढच्या call ला नसेन", "पुढच्या कॉलला नसेन", "call la nasel",
                      "परत चढणार नाही", "parat chadhnar nahi"),
    "lsg_instrument": ("harmonium", "हार्मोनियम", "peti", "पेटी", "dholki", "ढोलकी", "dholak", "ढोलक", "keyboard",
                       "कीबोर्ड", "guitar", "गिटार", "tabla", "तबला", "tuntuna", "तुणतुणं", "तुणतुणे", "तुणतुणा",
                       "sitar", "सितार", "bansuri", "बांसुरी", "बासरी", "violin", "banjo", "बँजो", "बैंजो",
                       "sambal", "संबळ", "halgi", "हलगी", "trumpet", "saxophone", "clarinet"),
    "lsg_given": ("de diya", "दे दिया", "de di", "दे दी", "देऊन टाकली", "देऊन टाकला", "deun takli", "deun takla",
                  "gave", "given away", "goes to", "vikli", "vikla", "विकली", "विकला", "विकलं", "vikal",
                  "bech diya", "बेच दिया", "bech di", "बेच दी", "sold", "dya", "द्या", "de dena", "दे देना"),
    "lsg_sorry_all": ("sorry सगळ्यांना", "sorry saglyanna", "sorry sabko", "sorry सबको", "sorry everyone",
                      "sorry to all"),
    # the gorge below the ghat road, and the jump: "ghaatat thambli ki khali dari baghto. ekda udi marli ki sampla"
    "lsg_gorge": ("khali dari", "खाली दरी", "dari baghto", "दरी बघतो", "ghaatat", "घाटात", "the gorge", "valley below"),
    # a string drawn across the wrist: "गिटारच्या तारेने मनगटावर रेषा ओढतो", "guitar ki tooti taar se"
    "lsg_string": ("तारेने", "taarene", "taar se", "तार से", "guitar string", "string of my guitar", "string se"),
    "lsg_no_need": ("garaj nahi padnar", "गरज पडणार नाही", "garaj padnar nahi", "zarurat nahi padegi",
                    "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "won't need it", "wont need it", "no use for it now"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LAST_SONG_AND_STAGE: tuple[Combination, ...] = (
    Combination(S, (_g("lsg_sorry_all"), _g("lsg_not_again")), 14, across=True),
    Combination(S, (_g("lsg_gorge"), _g("jump")), 12, across=True),
    Combination(SH, (_g("lsg_string"), _g("cut_site"), _g("rl_lines")), 8),
    Combination(S, (_g("lsg_last_song"), _g("lsg_not_again")), 14, across=True),
    Combination(S, (_g("lsg_instrument"), _g("lsg_given"), _g("lsg_last_song", "lsg_not_again", "lsg_no_need")), 14,
                across=True),
)
