package morph_test

import (
	"fmt"

	"github.com/dossier-kg/dossier/extract/morph"
)

func ExampleAnalyze() {
	for _, a := range morph.Analyze("кыргыздардын") {
		fmt.Printf("%s +%q lang=%q %s plural=%v\n", a.Stem, a.Suffix, a.Lang, a.Case, a.Plural)
	}
	// Output:
	// кыргыздардын +"" lang="" Nom plural=false
	// кыргыз +"дардын" lang="ky" Gen plural=true
	// кыргыздар +"дын" lang="ky" Gen plural=false
	// кыргыздард +"ын" lang="ky" Acc plural=false
}

func ExampleStems() {
	fmt.Println(morph.Stems("АССРнин"))
	fmt.Println(morph.Stems("Кремлдеги"))
	fmt.Println(morph.Stems("Каменского"))
	fmt.Println(morph.Stems("Stalin’s"))
	// Output:
	// [АССРнин АССР]
	// [Кремлдеги Кремль Кремл Кремлдега]
	// [Каменского Каменский Каменско Каменской Каменское]
	// [Stalin’s Stalin]
}
