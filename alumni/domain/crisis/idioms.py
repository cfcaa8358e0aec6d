"""Idioms removed before the rules combine concepts: the harmless phrases that use up a
danger word ("this heat is killing me", "phone mar gaya", "drinking water", "relapse
prevention class"). Only clear idioms: an unclear one is left alone and alerts. The order is
the reading: look-alikes and context first, then the idioms of dying and killing
(death_word_idioms.py) and of drinking and using (drink_word_idioms.py), then the areas' own
readings of everyday uses, hyperbole and everyday talk."""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others.harmless_uses import remove_harmless_uses
from alumni.domain.crisis.areas.self_harm.figures_of_speech import remove_figures_of_speech
from alumni.domain.crisis.areas.substance_use.substance_context import read_substance_context
from alumni.domain.crisis.azaan_and_the_kalash_talk import forget_azaan_and_the_kalash_talk
from alumni.domain.crisis.back_to_work import remove_back_to_work
from alumni.domain.crisis.band_godown_and_plant_talk import forget_band_godown_and_plant_talk
from alumni.domain.crisis.bar_and_orchard_talk import forget_bar_and_orchard_talk
from alumni.domain.crisis.calm_errands import remove_calm_errands
from alumni.domain.crisis.cash_van_and_casino_talk import forget_cash_van_and_casino_talk
from alumni.domain.crisis.chit_auction_and_trampoline_talk import forget_chit_auction_and_trampoline_talk
from alumni.domain.crisis.clinic_work import remove_clinic_work
from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.costs_and_invitations import forget_costs_and_invitations
from alumni.domain.crisis.courage_received import remove_courage_received
from alumni.domain.crisis.court_talk import forget_court_talk
from alumni.domain.crisis.crash_that_ended_it import forget_crash_that_ended_it
from alumni.domain.crisis.dead_markets_and_deals import forget_dead_markets_and_deals
from alumni.domain.crisis.dealer_blocked import forget_dealer_blocked
from alumni.domain.crisis.death_word_idioms import forget_death_word_idioms
from alumni.domain.crisis.deck_and_highway_days import forget_deck_and_highway_days
from alumni.domain.crisis.drink_that_would_have_been import forget_drink_that_would_have_been
from alumni.domain.crisis.drink_word_idioms import forget_drink_word_idioms
from alumni.domain.crisis.dying_of_trifles import remove_dying_of_trifles
from alumni.domain.crisis.envy_burns import forget_envy_burns
from alumni.domain.crisis.everyday_idioms import mark_story_parts, remove_everyday_idioms
from alumni.domain.crisis.everyday_look_alikes import forget_everyday_look_alikes
from alumni.domain.crisis.everyday_talk import remove_everyday_talk
from alumni.domain.crisis.fans_and_lakes import read_fans_and_lakes
from alumni.domain.crisis.fermenter_and_bhandara_talk import forget_fermenter_and_bhandara_talk
from alumni.domain.crisis.fond_dying import remove_fond_dying
from alumni.domain.crisis.food_poisoning import forget_food_poisoning
from alumni.domain.crisis.games_won_and_workouts import forget_games_won_and_workouts
from alumni.domain.crisis.ground_and_rig_talk import forget_ground_and_rig_talk
from alumni.domain.crisis.hyperbole import remove_hyperbole
from alumni.domain.crisis.kept_from_drink import (
    forget_walked_past,
    mark_walked_past,
)
from alumni.domain.crisis.killer_flavour_and_tanker_tyre_talk import forget_killer_flavour_and_tanker_tyre_talk
from alumni.domain.crisis.laughing_crews_and_hanging_server_talk import forget_laughing_crews_and_hanging_server_talk
from alumni.domain.crisis.ledgers_and_duty import forget_ledgers_and_duty
from alumni.domain.crisis.left_them_to_it import forget_left_them_to_it
from alumni.domain.crisis.lift_ropes_and_test_strips import forget_lift_ropes_and_test_strips
from alumni.domain.crisis.light_verbs import remove_light_verbs
from alumni.domain.crisis.look_alikes import forget_look_alikes
from alumni.domain.crisis.mahua_flowers import forget_mahua_flowers
from alumni.domain.crisis.medicine_stopped_first import forget_medicine_stopped_first
from alumni.domain.crisis.meeting_gallows_and_the_dead_wifi_talk import forget_meeting_gallows_and_the_dead_wifi_talk
from alumni.domain.crisis.mic_and_mast_talk import forget_mic_and_mast_talk
from alumni.domain.crisis.mill_and_garden_talk import forget_mill_and_garden_talk
from alumni.domain.crisis.not_gone_in import forget_not_gone_in
from alumni.domain.crisis.not_gone_towards import forget_not_gone_towards
from alumni.domain.crisis.old_life_left import forget_old_life_left
from alumni.domain.crisis.others_drinking import remove_others_drinking
from alumni.domain.crisis.parlour_and_gifts import forget_parlour_and_gifts
from alumni.domain.crisis.passion_called_a_high import forget_passion_called_a_high
from alumni.domain.crisis.pests_at_work import forget_pests_at_work
from alumni.domain.crisis.pitch_pipeline_and_kabrastan_talk import forget_pitch_pipeline_and_kabrastan_talk
from alumni.domain.crisis.poppy_crop_and_posts import forget_poppy_crop_and_posts
from alumni.domain.crisis.punjabi_words import read_punjabi
from alumni.domain.crisis.quoted_scolding import read_his_threats, remove_quoted_scolding
from alumni.domain.crisis.rope_access_and_the_sales_beat_talk import forget_rope_access_and_the_sales_beat_talk
from alumni.domain.crisis.rum_in_devanagari import read_rum_in_devanagari
from alumni.domain.crisis.scenes_told import forget_scenes_told
from alumni.domain.crisis.shop_bottles import forget_bottle_of_something_else
from alumni.domain.crisis.showroom_and_weighbridge_talk import forget_showroom_and_weighbridge_talk
from alumni.domain.crisis.signal_and_studio_talk import forget_signal_and_studio_talk
from alumni.domain.crisis.site_and_road_work import forget_site_and_road_work
from alumni.domain.crisis.sleep_heat_and_games import forget_sleep_heat_and_games
from alumni.domain.crisis.small_figures import remove_small_figures
from alumni.domain.crisis.soft_drinks import read_soft_drinks
from alumni.domain.crisis.solvents_at_work import forget_solvents_at_work
from alumni.domain.crisis.stage_scenes import forget_scene_played
from alumni.domain.crisis.stall_talk import forget_stall_talk
from alumni.domain.crisis.studio_and_nursery_talk import forget_studio_and_nursery_talk
from alumni.domain.crisis.taken_as_prescribed import forget_taken_as_prescribed
from alumni.domain.crisis.tharra_as_typed import read_tharra_as_typed
from alumni.domain.crisis.things_got_wasted import forget_things_got_wasted
from alumni.domain.crisis.told_story import remove_told_stories
from alumni.domain.crisis.tools_at_work import remove_tools_at_work
from alumni.domain.crisis.trade_words_read_apart import forget_trade_words
from alumni.domain.crisis.truss_and_tapri_talk import forget_truss_and_tapri_talk
from alumni.domain.crisis.voice_typed import read_voice_typed
from alumni.domain.crisis.voice_typed_and_the_cutting_chai import forget_voice_typed_and_the_cutting_chai
from alumni.domain.crisis.vows_sworn import remove_vows_sworn
from alumni.domain.crisis.wearying_causes import remove_wearying_causes
from alumni.domain.crisis.white_cloth import forget_white_cloth
from alumni.domain.crisis.word_context import (
    next_word_in,
    word_before_in,
)

_HELP_WITH_A_TASK = frozenset({"with", "find", "understand", "fill", "know", "out", "get", "choose",
                               "book", "register", "change", "update", "pay", "reach", "send"})
_ENDURE = frozenset({"through", "thru", "survive", "hold", "stay", "last", "resist", "tonight"})
_HELP_NOT_A_PLEA_BEFORE = frozenset({"your", "the", "for", "thanks", "thank", "of", "with", "a",
                                     "some", "any", "no", "to", "his", "her", "their", "our"})
_HELP_NOT_A_PLEA_NEXT = frozenset({"with", "of", "desk", "group", "from", "us", "them", "him",
                                   "her", "out", "line", "in", "on", "the"})


def _forget_help_with_a_task(c: Concepts) -> None:
    """"help me fill the form" is an errand; "help me get through this" is a plea."""
    words = c.words
    for hit in c.of("help_plea"):
        # "help me get through this", "help me hold on": enduring is not an errand.
        enduring = any(w.raw in _ENDURE for w in words[hit.end:hit.end + 3])
        if next_word_in(words, hit, _HELP_WITH_A_TASK) and not enduring:
            c.drop("help_plea", hit.start, hit.end)
            continue
        if words[hit.start].raw in ("help", "hlp", "halp", "helpp") and hit.end - hit.start == 1 and (
                word_before_in(words, hit, _HELP_NOT_A_PLEA_BEFORE) or next_word_in(words, hit, _HELP_NOT_A_PLEA_NEXT)):
            c.drop("help_plea", hit.start, hit.end)


_USING = ("used", "using", "use")


def _add_context_concepts(c: Concepts) -> None:
    """"score 2, i used", "I'm using": using with no object at the end of a clause."""
    words = c.words
    if c.typed_words.isdisjoint(_USING):
        return
    firsts = {h.start for h in c.of("first_person")}
    for i, token in enumerate(words):
        if token.raw in _USING and (i - 1 in firsts or (
                i >= 2 and i - 2 in firsts and words[i - 1].raw in ("have", "ve", "been", "am", "was", "did"))):
            if i + 1 == len(words) or words[i + 1].clause != token.clause \
                    or words[i + 1].raw in ("again", "today", "yesterday", "tonight"):
                c.add("bare_use", i, i + 1)


_WALA = frozenset({"wala", "wali", "wale", "vala", "vali", "vale", "waala", "waali", "waale",
                   "वाला", "वाली", "वाले"})


def _drop_noun_wala(c: Concepts) -> None:
    """"marne wali" (about to die) is a will; "codeine wali syrup", "mummy wali chai" name a
    thing by what it holds or whose it is: "wala" after anything but a verb's "-ne" form."""
    words = c.words
    for hit in c.of("want"):
        if words[hit.start].raw in _WALA and hit.start > 0 and not _infinitive(words[hit.start - 1].raw):
            c.drop("want", hit.start, hit.end)


def _infinitive(raw: str) -> bool:
    """"marne", "peene", "मरने": a verb's "-ne" form ("codeine", "wine" are not)."""
    return raw.endswith("ने") or (raw.endswith("ne") and not raw.endswith(("ine", "one", "une")))


def remove_idioms(c: Concepts) -> None:
    """Forget the concepts that a harmless idiom uses up. Only clear idioms: an unclear
    one is left alone and alerts."""
    forget_look_alikes(c)
    read_punjabi(c)
    read_voice_typed(c)
    read_rum_in_devanagari(c)
    read_tharra_as_typed(c)
    read_soft_drinks(c)
    forget_white_cloth(c)
    mark_story_parts(c)
    _add_context_concepts(c)
    read_substance_context(c)
    _drop_noun_wala(c)
    read_his_threats(c)
    mark_walked_past(c)
    forget_walked_past(c)
    forget_not_gone_in(c)
    forget_not_gone_towards(c)
    forget_everyday_look_alikes(c)
    forget_food_poisoning(c)
    forget_things_got_wasted(c)
    forget_court_talk(c)
    forget_costs_and_invitations(c)
    forget_games_won_and_workouts(c)
    forget_mahua_flowers(c)
    forget_poppy_crop_and_posts(c)
    forget_solvents_at_work(c)
    forget_site_and_road_work(c)
    forget_medicine_stopped_first(c)
    forget_taken_as_prescribed(c)
    forget_sleep_heat_and_games(c)
    forget_scenes_told(c)
    forget_death_word_idioms(c)
    forget_drink_word_idioms(c)
    forget_ledgers_and_duty(c)
    forget_crash_that_ended_it(c)
    forget_deck_and_highway_days(c)
    forget_parlour_and_gifts(c)
    forget_left_them_to_it(c)
    forget_passion_called_a_high(c)
    forget_envy_burns(c)
    forget_old_life_left(c)
    forget_dead_markets_and_deals(c)
    forget_trade_words(c)
    forget_pests_at_work(c)
    forget_bottle_of_something_else(c)
    forget_scene_played(c)
    forget_stall_talk(c)
    forget_mill_and_garden_talk(c)
    forget_bar_and_orchard_talk(c)
    forget_cash_van_and_casino_talk(c)
    forget_ground_and_rig_talk(c)
    forget_mic_and_mast_talk(c)
    forget_signal_and_studio_talk(c)
    forget_showroom_and_weighbridge_talk(c)
    forget_band_godown_and_plant_talk(c)
    forget_truss_and_tapri_talk(c)
    forget_studio_and_nursery_talk(c)
    forget_pitch_pipeline_and_kabrastan_talk(c)
    forget_chit_auction_and_trampoline_talk(c)
    forget_fermenter_and_bhandara_talk(c)
    forget_killer_flavour_and_tanker_tyre_talk(c)
    forget_laughing_crews_and_hanging_server_talk(c)
    forget_rope_access_and_the_sales_beat_talk(c)
    forget_meeting_gallows_and_the_dead_wifi_talk(c)
    forget_azaan_and_the_kalash_talk(c)
    forget_voice_typed_and_the_cutting_chai(c)
    forget_dealer_blocked(c)
    forget_lift_ropes_and_test_strips(c)
    forget_drink_that_would_have_been(c)
    _forget_help_with_a_task(c)
    # Overdose, threat and sobriety words in everyday use ("the joke killed everyone").
    remove_harmless_uses(c)
    remove_figures_of_speech(c)
    remove_hyperbole(c)
    remove_fond_dying(c)
    remove_wearying_causes(c)
    remove_everyday_talk(c)
    remove_told_stories(c)
    remove_back_to_work(c)
    remove_calm_errands(c)
    remove_small_figures(c)
    remove_quoted_scolding(c)
    remove_light_verbs(c)
    remove_everyday_idioms(c)
    remove_others_drinking(c)
    remove_tools_at_work(c)
    remove_vows_sworn(c)
    remove_courage_received(c)
    remove_dying_of_trifles(c)
    read_fans_and_lakes(c)
    remove_clinic_work(c)
