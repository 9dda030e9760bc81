// Package gen writes synthetic collections of archive cards and
// memorial-book records of victims of the repressions of the 1920s–1950s,
// in Kyrgyz, Russian and English, together with a gold file of the facts
// every record states (the format of ../shared/eval/README.md), so that one
// command gives both a load for measuring Dossier at scale and an
// evaluation set as large as one likes.
//
// The records have the variety real ones have: Kyrgyz, Kazakh, Russian,
// Uzbek and Tatar names with patronymics (-ович, and the Kyrgyz -уулу /
// -кызы), birth year and place (village, district, region, or a city),
// nationality, party membership, occupation, arrest, charge, sentence by a
// troika or a court, execution, a camp term or exile, and rehabilitation
// with its date and body. Names, places and bodies are assembled from parts
// written for this package; no real person's record is reproduced.
//
// Output is deterministic: the same Options give the same bytes. Each file
// depends only on the seed and its own index, so a collection of N cards is
// the first files of a collection of more.
package gen
