// Package gazetteer loads Dossier's gazetteers (people, places,
// organisations, events, works with their names in Kyrgyz, Russian and
// English) and finds their names in tokenised text, through inflection
// (Сталинге, Абдрахмановдун, Средней Азии), initials (И.В. Сталин) and case
// (СТАЛИНГЕ).
package gazetteer
