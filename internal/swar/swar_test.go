package swar

import (
	"encoding/binary"
	"testing"
)

func TestLoad8(t *testing.T) {
	for _, s := range []string{"abcdefgh", "Жусуп Абдрахманов", "\x00\xff\x01\xfe\x02\xfd\x03\xfc"} {
		if got, want := Load8(s), binary.LittleEndian.Uint64([]byte(s[:8])); got != want {
			t.Errorf("Load8(%q) = %#x, want %#x", s, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Load8 of seven bytes did not panic")
		}
	}()
	_ = Load8("1234567")
}
