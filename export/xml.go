package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
)

// WriteGraphML writes the network view (see network.go) as GraphML: a key
// declared for every attribute a node or edge may carry (label, then
// NodeColumns; label, then EdgeColumns), one node per entity, event and
// document with its IRI as ID, one edge per link. Memory: see network.go.
func WriteGraphML(ctx context.Context, src Source, w io.Writer) (Count, error) {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	keys := func(for_, prefix string, cols []Column) {
		for _, c := range append([]Column{{"label", "label"}}, cols...) {
			x.element("  ", "key", true, "id", prefix+c.ID, "for", for_, "attr.name", c.Title, "attr.type", "string")
		}
	}
	keys("node", "n_", NodeColumns())
	keys("edge", "e_", EdgeColumns())
	x.raw(`  <graph id="dossier" edgedefault="directed">` + "\n")
	data := func(key, v string) {
		if v == "" {
			return
		}
		x.element("      ", "data", false, "key", key)
		x.text(v)
		x.raw("</data>\n")
	}
	var c Count
	net := newNetwork(src)
	err := net.nodes(ctx, func(n Node) error {
		c.Nodes++
		x.element("    ", "node", false, "id", n.ID)
		x.raw("\n")
		data("n_label", n.Label)
		for _, col := range NodeColumns() {
			data("n_"+col.ID, n.Attrs[col.ID])
		}
		x.raw("    </node>\n")
		return x.err
	})
	if err == nil {
		err = net.edges(ctx, func(e Edge) error {
			c.Edges++
			directed := ""
			if !e.Directed {
				directed = "false"
			}
			x.element("    ", "edge", false, "id", e.ID, "source", e.Source, "target", e.Target, "directed", directed)
			x.raw("\n")
			data("e_label", e.Label)
			for _, col := range EdgeColumns() {
				data("e_"+col.ID, e.Attrs[col.ID])
			}
			x.raw("    </edge>\n")
			return x.err
		})
	}
	x.raw("  </graph>\n</graphml>\n")
	if err == nil {
		err = x.flush()
	}
	if err != nil {
		return c, fmt.Errorf("graphml: %w", err)
	}
	return c, nil
}

// WriteGEXF writes the network view as GEXF 1.3 for Gephi: node and edge
// attributes declared (NodeColumns, EdgeColumns, all strings: partial dates
// such as "1937-08" are not xsd dates), nodes labelled with their names,
// edges with their predicates; alliedWith edges are undirected. The output
// validates against the GEXF 1.3 schema. Memory: see network.go.
func WriteGEXF(ctx context.Context, src Source, w io.Writer) (Count, error) {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	x.raw("  <meta>\n    <creator>Dossier</creator>\n    <description>People, places, organisations, events and documents, and the links the documents state between them</description>\n  </meta>\n")
	x.raw(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	attrs := func(class string, cols []Column) {
		x.raw(`    <attributes class="` + class + "\">\n")
		for _, c := range cols {
			x.element("      ", "attribute", true, "id", c.ID, "title", c.Title, "type", "string")
		}
		x.raw("    </attributes>\n")
	}
	attrs("node", NodeColumns())
	attrs("edge", EdgeColumns())
	values := func(cols []Column, vals map[string]string) {
		open := false
		for _, c := range cols {
			v := vals[c.ID]
			if v == "" {
				continue
			}
			if !open {
				x.raw("        <attvalues>\n")
				open = true
			}
			x.element("          ", "attvalue", true, "for", c.ID, "value", v)
		}
		if open {
			x.raw("        </attvalues>\n")
		}
	}
	var c Count
	net := newNetwork(src)
	x.raw("    <nodes>\n")
	err := net.nodes(ctx, func(n Node) error {
		c.Nodes++
		x.element("      ", "node", false, "id", n.ID, "label", n.Label)
		x.raw("\n")
		values(NodeColumns(), n.Attrs)
		x.raw("      </node>\n")
		return x.err
	})
	x.raw("    </nodes>\n    <edges>\n")
	if err == nil {
		err = net.edges(ctx, func(e Edge) error {
			c.Edges++
			typ := ""
			if !e.Directed {
				typ = "undirected"
			}
			x.element("      ", "edge", false, "id", e.ID, "source", e.Source, "target", e.Target, "label", e.Label, "type", typ)
			x.raw("\n")
			values(EdgeColumns(), e.Attrs)
			x.raw("      </edge>\n")
			return x.err
		})
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	if err == nil {
		err = x.flush()
	}
	if err != nil {
		return c, fmt.Errorf("gexf: %w", err)
	}
	return c, nil
}

// xmlWriter writes escaped XML and remembers its first error.
type xmlWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

// element writes a start tag (or, if empty, an empty-element tag and a line
// break) with the given attribute name/value pairs; pairs with an empty
// value are left out.
func (x *xmlWriter) element(indent, name string, empty bool, attrs ...string) {
	x.raw(indent + "<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == "" {
			continue
		}
		x.raw(" " + attrs[i] + `="`)
		x.attr(attrs[i+1])
		x.raw(`"`)
	}
	if empty {
		x.raw("/>\n")
	} else {
		x.raw(">")
	}
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes character data; attr an attribute value. Both escape markup
// and line breaks (so a newline in a value survives attribute
// normalisation) and replace characters XML 1.0 cannot hold with U+FFFD.
func (x *xmlWriter) text(s string) { x.attr(s) }

func (x *xmlWriter) attr(s string) {
	if x.err != nil {
		return
	}
	x.buf.Reset()
	if x.err = xml.EscapeText(&x.buf, []byte(validUTF8(s))); x.err == nil {
		_, x.err = x.w.Write(x.buf.Bytes())
	}
}

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}
