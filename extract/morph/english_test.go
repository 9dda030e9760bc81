package morph

import "testing"

// TestEnglish covers possessives with each apostrophe.
func TestEnglish(t *testing.T) {
	runStemCases(t, []stemCase{
		{"Stalin's", "Stalin", true},
		{"Stalin’s", "Stalin", true},
		{"Moscow’s", "Moscow", true},
		{"Soviets'", "Soviets", true},
		{"Soviets’", "Soviets", true},
		{"STALIN'S", "STALIN", true},
		{"Jalal-Abad's", "Jalal-Abad", true},
		{"Frunzeʼs", "Frunze", true},
	})
}
