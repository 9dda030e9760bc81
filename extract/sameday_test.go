package extract

import "testing"

// TestSameDayOpener pins the precheck of sameDay: every phrase begins with
// a word it lets through.
func TestSameDayOpener(t *testing.T) {
	for _, p := range sameDayPhrases {
		if !sameDayOpener(p[0]) {
			t.Errorf("sameDayOpener(%q) = false; the phrase %q would never be tried", p[0], p)
		}
	}
}
