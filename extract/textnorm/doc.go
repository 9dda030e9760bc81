// Package textnorm cleans a document's text for extraction and remembers
// where every cleaned byte came from, so that spans found in the clean text
// map back to byte offsets in the original (the text a user can open).
//
// Clean-up, in order: Unicode NFC; canonical quotes, dashes and spaces;
// removal of soft hyphens and zero-width characters; legacy Kyrgyz letters
// (ӊ, ҥ → ң) and pre-1918 Russian letters (ѣ → е, ѳ → ф, word-final ъ);
// Latin/Cyrillic homoglyphs decided per word by majority script; editorial
// brackets inside words (P[olit]b[yuro] → Politbyuro); footnote numbers glued
// to words (front 3and → front and; Enver Pasha 2 were → Enver Pasha were);
// words hyphenated across line breaks re-joined (1933-/жылдан →
// 1933-жылдан, Кара-/Кыргыз → Кара-Кыргыз, rehabili-/tation →
// rehabilitation); hard-wrapped lines joined into paragraphs; navigation
// boilerplate marked.
package textnorm
