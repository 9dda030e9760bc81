package translit

import "testing"

func TestLatin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Жусуп Абдрахманов", "Zhusup Abdrakhmanov"},
		{"Өзбекстан", "Özbekstan"},
		{"СТАЛИНГЕ", "STALINGE"},
		{"Ж. Абдрахманов", "Zh. Abdrakhmanov"},
		{"Чыңгыз", "Chyngyz"},
		{"Ходжаев", "Khodzhaev"},
		{"Stalin", "Stalin"},
		{"Мамбетимин-уулу", "Mambetimin-uulu"},
	}
	for _, tt := range tests {
		if got := Latin(tt.in); got != tt.want {
			t.Errorf("Latin(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Joseph Stalin", "joseph-stalin"},
		{"Жусуп Абдрахманов", "zhusup-abdrakhmanov"},
		{"Jēkabs Peters", "jekabs-peters"},
		{"RFE/RL's Kyrgyz Service", "rfe-rls-kyrgyz-service"},
		{"Кыргыз АССРи", "kyrgyz-assri"},
		{"  --  ", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeySameName(t *testing.T) {
	same := [][2]string{
		{"Жусуп Абдрахманов", "Zhusup Abdrakhmanov"},
		{"Жусуп", "Jusup"},
		{"Ходжаев", "Khodjaev"},
		{"Faizulla Khodzhaev", "Файзулла Ходжаев"},
		{"Каменский", "Kamenskii"},
		{"Ибрагимбек", "Ibragimbek"},
		{"Хлевнюк", "Khlevniuk"},
	}
	for _, p := range same {
		if ka, kb := Key(p[0]), Key(p[1]); ka != kb {
			t.Errorf("Key(%q)=%q != Key(%q)=%q", p[0], ka, p[1], kb)
		}
	}
}

func TestSimilaritySeparates(t *testing.T) {
	near := [][2]string{
		{"Mukhitdinov", "Mukhetdinov"},
		{"Khlevnyuk", "Khlevniuk"},
		{"Абдраманов", "Абдрахманов"},
	}
	far := [][2]string{
		{"Каменский", "Kamenev"},
		{"Мухитдинов", "Nuritdinov"},
		{"Stalin", "Sokolov"},
		{"Ikramov", "Isakeev"},
	}
	for _, p := range near {
		if s := Similarity(p[0], p[1]); s < 0.9 {
			t.Errorf("Similarity(%q, %q) = %.3f, want >= 0.9", p[0], p[1], s)
		}
	}
	for _, p := range far {
		if s := Similarity(p[0], p[1]); s >= 0.9 {
			t.Errorf("Similarity(%q, %q) = %.3f, want < 0.9", p[0], p[1], s)
		}
	}
}

// TestASCIIUnknownCyrillic: a Cyrillic letter outside the romanisation
// table is kept, not romanised forever.
func TestASCIIUnknownCyrillic(t *testing.T) {
	for in, want := range map[string]string{"Ђалган": "Ђalgan", "Ћ": "Ћ", "Жусуп": "Zhusup", "Jēkabs": "Jekabs"} {
		if got := ASCII(in); got != want {
			t.Errorf("ASCII(%q) = %q, want %q", in, got, want)
		}
	}
}
