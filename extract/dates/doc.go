// Package dates finds date expressions in Kyrgyz (Cyrillic), Russian and
// English text, often mixed in one document, and reads them into
// dossier.Date values with their precision, range end, hedge and calendar.
//
// # Use
//
// Build one Finder and share it; Find is safe for concurrent use and
// deterministic. Find returns the matches of one text sorted and without
// overlaps; Reconcile then judges the matches of a whole document together
// (misprinted years, old-style Russian dates). Spans are byte offsets into
// the text given to Find. A Batch does both for the sentences of one
// document with one pooled parser and buffer, reconciling in place.
//
// # Mechanism
//
// A byte scan finds anchors: digits, Roman numerals and the word "century".
// Only windows of text around anchors are tokenised (numbers, words,
// punctuation, with the kind of whitespace before each token), and a
// hand-written grammar is tried at each token of a window. Where candidates
// overlap the longer wins. Text without an anchor costs one byte scan.
//
// Month names are recognised by stem, not by list: the twelve stems Kyrgyz
// and Russian share (январ, феврал, март, апрел, ма-й, июн, июл, август,
// сентябр, октябр, ноябр, декабр) followed by a Russian case ending (мая,
// апреле) or a chain of Kyrgyz suffixes (майда, майында, ноябрда,
// августунда) whose letters and vowel harmony a suffix can have, which keeps
// майор, маяк and мартен out. English month names and abbreviations are
// recognised in any case, but the lower-case "may" and "march" (verbs too)
// and a lower-case abbreviation without its full stop ("jan") only in a date
// with both day and year ("may 5, 1937").
//
// # Forms
//
// Kyrgyz: 1926-жылы 9-майда, 1936-жылдын 14-декабрында, 1937-ж. 5-ноябрда,
// 12-март 1927-жыл, 3-октябрь 1929-ж., 9 январь 1926ж., 5-майда (no year),
// 1928-жылы сентябрь айында, 1929-жылы февралда (month),
// 1934-жылы, 1935-жылдан, 1932-жылдагы (year), 1914-17 жылдары,
// 1925-1927-жылдары (ranges), 1933-жылдан 1936-жылга чейин (range),
// 40-50 жылдарында (decades, century from the context), 1930-жылдары (a
// decade; a plural with a year not ending in 0 is that year, hedged
// "circa"), XX кылымдын (century), 1937-жылдын башында (hedged "early"),
// 1922-жылдын жазында (season), 1937-жылы август айынын 12-күнү.
// Hyphens may have spaces around them and a line break after them; a
// hyphen that ends a line may even be followed by blank lines when a
// lower-case suffix word comes next ("1931-" and "жылы" of a PDF).
//
// Russian: 17 июня 1930 года, 3-го февраля 1925 г., 5 мая (no year), в
// марте 1931 г. (month), в 1926 г., 1927 году, в 1937-м, в 1923-1924 гг.,
// 1924-25гг, С 1930 г. по 1934 г., с мая по июль 1937 г. (ranges), 1920-е
// годы, 20-х годов (decades), XX века, XIX–XX вв. (centuries), в начале
// 1930-х, в конце XIX века, около 1900 г. (hedges), весной 1932 года
// (season), 12 (25) марта 1917 (dual style), 14/III-24г., 6.X.1931, 9.IV
// (Roman months of archival notation).
//
// English: October 14, 1923; 14 October 1923; the 2nd of June 1924; August
// 1934; October 27 (no year); in 1937; 1937-1938; 1932-34; from 1920 to 1928;
// between 1936 and 1938; from June 25 to July 4, 1924; June 3-5, 1925;
// early March 2019; mid-1920s; the 1930s; '30s; 20th century; the
// twentieth century; spring of 1927; November 7 (October 25), 1917; the
// 1920s–30s; c. 1900.
//
// Neutral (Lang ""): 17.08.1904, 1904-08-17, 1937-1938, and lifespans in
// parentheses after a name, "Тыныстанов (1901- 1938)", or with places
// inside, "(1889-жылы, Ош – 1938-жылы, Фрунзе)", reported as one range
// with the rule "lifespan-paren" and a span that covers the parentheses.
//
// # Choices
//
//   - A bare four-digit number is a year only with a cue: a Kyrgyz жыл-word
//     or ж., a Russian г./гг./год-word, a month name, a word before it
//     (in, since, until, by, from, of, during, before, after, the, born,
//     died, в, с, до, после, к, около …) with the number within 1700..2035
//     and no counted noun after it ("in 1800 km", "the 2000 households"), a
//     range, a hedge or season word, a birth or death mark ("* 1899",
//     "† 1938", rule "marked-year"), parentheses around it alone ("(1937)",
//     rule "paren-year"), or a list next to another year ("1937, 1938 and
//     1939", rule "year-list"). Arabic centuries must be ordinals (20th
//     century, 20-го века, 20-кылым): "20 веков" is a duration.
//   - A numeric date with a two-digit year ("12.05.37") needs "г.", and a
//     numeric day.month without a year is no date ("10.12" is a time or a
//     decimal); with a Roman month both are ("14/III-24г.", "9.IV").
//   - A Kyrgyz plural year word makes a round year a decade (1930-жылдары)
//     and another year approximate (1936-жылдары, "circa"), except in a
//     list, where the plural belongs to the list.
//   - Prepositions are not part of a span; range words (from … to, between
//     … and, с … по, -дан … -га чейин) and hedges (early, в начале, башында)
//     are.
//   - A date without a year keeps Year 0 ("On October 27" is --10-27).
//   - Seasons: spring, summer and autumn are month ranges (March–May,
//     June–August, September–November); winter, which straddles two years,
//     is the year with the qualifier "circa".
//   - Two-digit decades (40-50 жылдарында, '30s) and two-digit years
//     (14/III-24г.) take their century from a century named just before
//     them (XIX кылымдын, прошлого века); otherwise the 1900s, flagged
//     "century-assumed".
//   - Dual-style dates are read as the new-style (Gregorian) date, whichever
//     comes first in the text, with an empty Calendar and the flag
//     "old-style:YYYY-MM-DD" giving the Julian reading; the pair must be the
//     10–13 days apart the calendars were. An explicit "(ст. ст.)" makes a
//     date Julian; "(н. ст.)" adds the flag "new-style".
//   - Ranges are Date with End; both ends carry their own precision. A
//     range's start inherits a missing year or month from its end.
//
// # Guards
//
// These never give dates: archive references (F. 62. On. 3. D. 1930,
// Ф. 94. Оп. 6. Д. 77. Л. 27, л.57), citations ([4.210-215]), page and issue
// numbers (pp. 212-219, page 731, No. 46, № 7, 2-3), percentages (58 %),
// quantities (1.7 million, 250,000, 40 years), times (14:45), phone-like
// numbers, footnote digits glued to words (4and), Kyrgyz and Russian ordinals
// and durations (7-ти, 4 жолу, 17 жылдан кийин, 1000 жыл), and 40-50 without
// a year word.
//
// # Limits
//
// Traditional Kyrgyz month names (Бугу, Кулжа, Теке …) are not read. Years
// are four digits (two in archival notation); years before 1000 are not
// dates. A date split by a blank line is not joined, except a Kyrgyz year
// word hyphenated across lines. A lifespan in parentheses may hold at most
// 24 tokens of places besides its dates. Reversed ranges ("1921-1920 гг.")
// and dual dates that are not 10–13 days apart are not read as ranges or
// dual dates. A bare year after a weak cue ("in 1990 yurts") can be a
// quantity the counted-noun list does not know.
package dates
