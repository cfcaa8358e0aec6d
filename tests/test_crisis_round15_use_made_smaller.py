"""Using again told as an improvement still reaches a person: a use cut down to some days, one
substance swapped for another, a slip called small, the count of days begun again, a
substance started again, "just one" that became many, an edible or a THC vape, a pill taken
"for the high". Sobriety told the same way (tea on weekends, a swap to chai, a count that goes
on, juice at the wedding) stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "only beer on saturdays now, way less than before",
    "bas charas kabhi kabhi, pehle se bahut kam",
    "daru nahi ab, sirf bhang kadhi kadhi",
    "ab roz nahi pita, bas ravivar ko",
    "roj nahi pit ata, fakt shanivari ani ravivari",
    "just hash on weekends, no brown sugar anymore",
])
def test_a_use_cut_down_to_some_days_is_a_use(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "no weed since diwali, only chai on weekends now",
    "sirf chai kabhi kabhi, daru bilkul nahi",
    "weekends are for the family now, no daru at all",
    "roz nahi jaata gym, sirf shanivar ko",
])
def test_tea_or_a_routine_on_some_days_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "switched from whisky to beer, it's lighter",
    "daru ke badle ab ganja, kam nuksaan hai",
    "moved on to toddy from rum, village wali",
])
def test_one_substance_swapped_for_another_is_a_use(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "switched from daru to chai, 4 cups a day lol",
    "daru ki jagah ab doodh peeta hu raat ko",
    "switched jobs, new office near the station",
])
def test_a_swap_to_tea_or_milk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "had a minor slip on saturday, back to meetings now",
    "it was just a tiny slip, one night only",
    "restarting my count from today, sorry sir",
    "count reset ho gaya yaar, phir se day 1",
    "phir se count shuru karna padega, kal pi li",
    "back to day one after last night",
])
def test_a_slip_made_small_or_the_count_begun_again_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "count is at 90 days today, feeling proud",
    "small slip on the bathroom floor, knee is swollen",
    "a minor slip of the tongue in the meeting today",
    "a small slip in my diet, ate a sweet, back on track",
    "my count continues, 200 days on sunday",
])
def test_a_count_that_goes_on_or_a_fall_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "corex phir shuru kar diya, neend ke liye",
    "daru parat suru zali ahe",
    "charas fir se shuru ho gaya office ke stress me",
])
def test_a_substance_started_again_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "BP ki dawai phir shuru kar di doctor ne",
    "chai phir shuru kar di, doodh wali",
])
def test_a_medicine_or_tea_started_again_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "fakt ek peg mhanat hoto, char zale",
    "bas ek bola tha, paanch peg ho gaye",
    "just one shot, i said, and then six happened",
    "ek hi bola tha khud se, puri bottle khatam kar di",
    "corex ki do botlen khatam kar di raat me",
])
def test_just_one_that_became_many_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "fakt ek chai mhanat hoto, teen zale",
    "bas ek samosa bola tha, teen kha liye",
])
def test_one_snack_that_became_three_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ate an edible at the farewell party",
    "dost ke ghar edible kha liya, pura din udta raha",
    "hit a thc pen at the hostel yesterday",
    "ek tablet mili nasha wali, do din se le raha hu",
    "daru aur charas dono chal gaye kal raat",
    "kal raat bhavasobat daru basli",
    "office ke baad seedha theke pe gaye hum",
])
def test_a_use_told_in_passing_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bought edible oil and atta for the month",
    "edible colour le liya cake ke liye",
    "dost ne nasha wali goli di, maine mana kar diya",
    "daru ka dhanda chal gaya uska, ab ameer hai",
    "theke pe gaye the police wale, raid thi",
    "kal raat jevan karun basli, lavkar zopli",
])
def test_cooking_a_refused_pill_or_someones_trade_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "90 days clean. broke it last night at the office party",
    "teen mahine tikavla, kal sagla vaya ghalavla, ardhi batli",
    "do mahine nikale the, kal sab barbaad kar diya, beer ke chakkar me",
])
def test_a_clean_count_broken_or_ruined_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "100 days sober, almost broke it but called my sponsor",
    "daru ne pehle sab kharab kar diya tha, ab 5 mahine se clean hu",
    "6 mahine ki mehnat, baarish ne sab kharab kar diya",
])
def test_a_count_nearly_broken_or_an_old_ruin_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "neend nahi aati thi isliye corex phir shuru kar di",
    "drinking only when i cant sleep, maybe twice a week",
])
def test_a_use_taken_up_to_cope_with_sleeplessness_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "neend nahi aati thi to daru phir shuru nahi ki, walk shuru ki",
    "cant sleep so i started walking again at night",
])
def test_sleeplessness_met_with_a_walk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bar me gaya tha, sirf soda bola... ghetli nahi asa nahi",
    "kal beer pi li, nahi aisa nahi",
])
def test_a_taking_admitted_by_denying_its_denial_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "daru nahi pili, ani te khara ahe",
    "nahi aisa nahi ki mann nahi hua, par piya nahi",
])
def test_a_plain_refusal_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "sangaycha nahi hota pan mi parat suru kela ahe, roj sandhyakali",
    "batana nahi chahta tha par daru phir shuru ho gayi",
])
def test_a_refusal_to_tell_does_not_cancel_the_use_told_after_but(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "maine nahi pi, par sab pee rahe the",
    "i did not use, but i went to the old spot",
    "nahi pili pan bar madhe gelo hoto, soda ghetla",
])
def test_a_refusal_before_but_still_covers_the_others_drinking(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "weed only on weekends, nothing else",
    "smack chhod di, ab sirf charas",
    "daru chhod ke toddy pe aa gaya",
])
def test_one_substance_kept_while_another_is_left_is_a_use(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "daru chhod di, ab sirf coke",
    "daru chhod ke gym pe aa gaya",
    "i used to smoke weed only on weekends, now nothing",
    "ganja only on weekends was my old life, now 1 year clean",
])
def test_a_cola_a_gym_or_the_old_habit_told_as_past_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i only drink socially now, no big deal",
    "30 din ki streak toot gayi kal",
])
def test_drinking_called_social_or_a_streak_broken_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "i never drink, not even socially",
    "they drink socially at the club",
    "snapchat streak toot gayi 100 days ki lol",
    "2 saal ka rishta tha, dil toot gaya",
])
def test_social_drinking_refused_or_others_and_an_app_streak_stay_quiet(text):
    assert_rules_stay_quiet(text)
