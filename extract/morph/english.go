package morph

// isApostrophe reports the apostrophes English possessives are written
// with: ASCII ', right single quotation mark ’ and modifier letter ʼ.
func isApostrophe(c rune) bool { return c == '\'' || c == '\u2019' || c == '\u02BC' }

// english undoes a possessive: Stalin's, Stalin’s → Stalin; Soviets' →
// Soviets. Nothing else is stemmed: English names do not inflect, and
// stripping -s would turn Soviets, Kyrgyz or Moses into non-names.
func (a *analyzer) english() {
	p := &a.p
	n := p.n
	if !p.lat || p.cyr || n < 3 {
		return
	}
	switch {
	case p.r[n-1] == 's' && isApostrophe(p.r[n-2]) && n >= 4:
		a.push(n-2, n-2, noAffix, 20, Gen, false, false, langEN)
	case isApostrophe(p.r[n-1]) && p.r[n-2] == 's':
		a.push(n-1, n-1, noAffix, 20, Gen, false, false, langEN)
	}
}
