// Irregular past forms of English verbs that news uses, shared by the tense of a sentence
// (extract.cpp) and event triggers (events.cpp) (internal).
#pragma once

#include <array>
#include <string_view>

namespace annals::detail {

/// Irregular past forms that are not also a present form ("said", "took"; not "cut", "hit",
/// "put", which each user decides on for itself). Lower case.
inline constexpr auto kIrregularPastForms = std::to_array<std::string_view>(
    {"said", "met", "told", "went", "came", "made", "took", "began", "left", "held", "gave", "saw",
     "bought", "sold", "paid", "brought", "fell", "rose", "won", "lost", "struck", "spoke", "wrote",
     "sent", "spent", "built", "caught", "chose", "drove", "fought", "flew", "fled", "grew", "heard",
     "kept", "knew", "led", "meant", "ran", "sought", "stood", "taught", "thought", "threw", "withdrew",
     "felt", "broke", "became", "drew", "swept", "sank", "tore", "underwent", "froze", "ate", "slept",
     "wore", "woke", "rode", "sang", "swam", "forgot", "hid", "overtook", "shook",
     "stole", "understood", "bled", "blew", "dealt", "dug", "forgave", "hung", "lent", "slid", "spun",
     "sprang", "stuck", "swore", "swung", "wept", "awoke", "overcame", "overthrew", "undertook", "upheld",
     "withheld", "mistook", "rang", "arose", "retook", "forbade", "strove", "oversaw", "foresaw", "sped"});

}  // namespace annals::detail
