// Package morph strips inflection from proper names and name-bearing words
// in Kyrgyz (Cyrillic), Russian and English, so that an inflected mention
// (Сталинге, АССРнин, Абдрахманова, Stalin’s) can be matched against the base
// form a gazetteer holds (Сталин, АССР, Абдрахманов, Stalin).
//
// # Contract
//
// Analyze returns the readings of one word: the identity reading first (the
// word taken as its own base form), then candidate base forms from most to
// least plausible. It is a generator of candidates, not a tagger: callers look
// every candidate stem up in a dictionary and keep the known ones, so a
// reading that is grammatically possible but names nothing costs one failed
// lookup. Readings are capped at MaxReadings. Output depends only on the
// input word (no state, no locale), is deterministic and is safe for
// concurrent use. Stems are never empty and are always valid UTF-8 (invalid
// input bytes are replaced by U+FFFD first).
//
// A stem keeps the letter case of the input (СТАЛИНГЕ → СТАЛИН); letters a
// rule adds (Москвы → Москва, Кремлдеги → Кремль) are upper-case when the
// whole word is. In a hyphenated or spaced word only the part after the last
// hyphen or space is analysed and the rest is kept as a prefix of every stem
// (Кара-Кыргызстандан → Кара-Кыргызстан).
//
// # Kyrgyz
//
// The noun template STEM (+plural)(+possessive)(+attributive -дагы (+plural))
// (+case) is parsed from the right with suffix templates written once with
// archiphonemes (a low vowel A = а/е/о/ө, a high vowel I = ы/и/у/ү, and a
// leading consonant that alternates after a vowel, a voiced or a voiceless
// sound). Each allomorph is checked against the sound on its left: vowel
// harmony on the last vowel to the left (а ы я → а ы; е и э → е и; о ё → о у;
// у ю → а у, and о is tolerated; ө ү → ө ү) and consonant assimilation on the
// last sound (a trailing soft sign is skipped). Loanwords are judged by their
// last vowel only, which is what Kyrgyz spelling does (Абдрахмановдун,
// Каменскийдин). Abbreviations (a stem of two or more capitals followed by a
// lower-case suffix, or a stem without vowels) are read by their letter names
// in speech, so any allomorph is accepted for them (АССРнин, БКнын,
// ВКП(б)нын). After a possessive the pronominal-n forms are used (-на, -н,
// -нда, -нан, -ндагы).
//
// Two reconstructions are offered beside the stripped stem: a lost soft sign
// of a Russian loan (Кремлдеги → Кремль, ranked above Кремл because no word
// ends in consonant+л; Казандан → Казан, then Казань) and the final к/п that
// Kyrgyz voices before a vowel (Бишкегинде → Бишкек, then Бишкег).
//
// # Russian
//
// Singular case endings of names and toponyms are mapped back to nominative
// candidates by declension class: consonant stems and -ов/-ев/-ин/-ын
// surnames (Жусупа, Сталину, Сталиным, Ташкенте), -а/-я stems (Москвы,
// Бухаре, Москвой), -ь and -й stems (Кремля, Казани, Николаем), -ия nouns
// (Азии, Персию) and adjectival names (Каменского → Каменский, Каменской;
// Средней → Средняя, Средний; Центрального → Центральный, Центральной,
// Центральное). Feminine forms also yield the masculine base (Ивановой →
// Иванова, Иванов), since gazetteers usually list one of them. Plurals are
// out of scope. Russian readings are not produced for words with the
// Kyrgyz-only letters ө ү ң, nor for the indeclinable Georgian surname
// endings -дзе and -швили.
//
// # English
//
// Only possessives are undone: Stalin's, Stalin’s, Soviets' → Stalin,
// Stalin, Soviets. English words are not stemmed.
//
// # Ranking
//
// Every non-identity reading gets a score and readings are ordered by score;
// ties keep generation order (Kyrgyz, then Russian, then English; within
// Kyrgyz the outermost suffix first, the one-letter possessive before -сы).
//
// A Kyrgyz reading scores the sum of the weights of the suffixes it strips,
// by how distinctive they are: -дагы 35; genitive and ablative 30; plural,
// and the pronominal-n locative and ablative after a possessive, 25; dative
// and locative 20; accusative and the -сы possessive 18; the pronominal-n
// dative 15; the -ы possessive 13; accusative -н 5. So a longer analysis that fits harmony and
// assimilation at every step wins (комитетинин → комитет before комитети).
// A cut exactly at a capitals-to-lower-case boundary (АССР|нин) earns 20.
// Penalties: an abbreviation suffix that is not the regular allomorph 3; -сы
// after a high vowel 5 (облус+у+нун before облу+су+нун); a possessive
// followed by a case form without its pronominal n 25.
//
// A Russian reading scores by how specific its ending is: the adjectival
// -ого/-ому and a surname's -ым 25, other two-letter endings 8–24, a
// one-letter ending 5–14, the higher values for stems that show their class
// (-ов/-ин before -а/-у/-е, -ск/-цк/consonant+н for adjectives). So a Kyrgyz
// suffix with correct harmony outranks a Russian one-letter ending on the
// same word (Сталинге → Сталин before Сталинг; Москваны → Москва before
// Москвана), and a three-letter Russian ending outranks a Kyrgyz two-letter
// one (Каменского → Каменский before Каменско). English possessives score 20.
//
// Some readings are not generated at all, because on names they are almost
// always wrong and would otherwise head the list for a plain base form:
//   - stems shorter than two letters, two-letter stems ending in a vowel
//     (Ленин is not Ле+нин; Ош+то is read), and stems without a letter;
//   - a Kyrgyz suffix that breaks harmony or assimilation on a stem that is
//     not an abbreviation (Ташкенте is not Ташкен+те);
//   - an upper-case suffix in a word that has lower-case letters (ОГПУнун is
//     not ОГП+Унун);
//   - a capitalised word read as only a one-letter possessive, with or
//     without the accusative -н (Сталин is not Стал+и+н, Алматы is not
//     Алмат+ы); Kyrgyz writes these on common nouns (облусун) and
//     abbreviations (АССРи, АССРин), which are still read;
//   - a cut inside the toponym formant -стан after a consonant (Кыргызстан
//     is not Кыргызс+тан; Таластан is Талас+тан, Кыргызстандан is
//     Кыргызстан+дан);
//   - a Russian ending whose removal leaves a consonant cluster no
//     nominative ends in (Москва is not Москв+а, Фрунзе is not Фрунз+е), and
//     Russian letters added to an abbreviation (ВЦИК|а is read, АССР|и is
//     not Russian);
//   - in a hyphenated name, a possessive on the last part (Мамбетимин-уулу,
//     Ат-Башы are names), and Russian readings when the last part is lower
//     case after a capitalised or numeric first part.
//
// Readings beyond MaxReadings are dropped, lowest score first, and a
// reading that repeats a higher one (same stem, language and case) is
// dropped too.
//
// # Limitations
//
// Without a lexicon some base forms still get a wrong first reading that a
// dictionary lookup rejects: names ending like a Kyrgyz case after a vowel
// or voiced sound (Молдо → Мол+до, Калинин → Кали+нин, Сулюкта → Сулюк+та),
// Russian feminine nominatives (Бухара → Бухар, Азия → Азий), Russian
// genitives that also parse as Kyrgyz (Ферганы → Ферга+ны before Фергана,
// Ленинграда → Ленингра+да before Ленинград). Derivational suffixes
// (-лык: Россиялык, Азиялык), 1st and 2nd person possessives, Russian
// plurals and Kyrgyz spelling errors are not analysed.
package morph
