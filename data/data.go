// Package data embeds Dossier's data files into the binary: the gazetteers
// of people, places, organisations, events and works of the period (see
// gazetteer/README.md). The sample collection in corpus/ is read from disk
// by `dossier serve` and the tests; it is not embedded.
package data

import "embed"

// Files holds gazetteer/*.yaml and lexicon/*.yaml. It is read-only.
//
//go:embed gazetteer lexicon
var Files embed.FS
