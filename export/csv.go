package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
)

// WriteCSV writes the network view as two tables in the shape Gephi's
// spreadsheet import and Palladio read: nodes (Id, Label, then NodeColumns)
// and edges (Id, Source, Target, Type "Directed" or "Undirected", Label,
// then EdgeColumns). Values with commas, quotes or line breaks are quoted.
// Memory: see network.go.
func WriteCSV(ctx context.Context, src Source, nodes, edges io.Writer) (Count, error) {
	var c Count
	net := newNetwork(src)
	nw := csv.NewWriter(nodes)
	row := []string{"Id", "Label"}
	for _, col := range NodeColumns() {
		row = append(row, col.Title)
	}
	err := nw.Write(row)
	if err == nil {
		err = net.nodes(ctx, func(n Node) error {
			c.Nodes++
			row = append(row[:0], n.ID, n.Label)
			for _, col := range NodeColumns() {
				row = append(row, validUTF8(n.Attrs[col.ID]))
			}
			return nw.Write(row)
		})
	}
	if nw.Flush(); err == nil {
		err = nw.Error()
	}
	if err != nil {
		return c, fmt.Errorf("csv nodes: %w", err)
	}
	ew := csv.NewWriter(edges)
	row = append(row[:0], "Id", "Source", "Target", "Type", "Label")
	for _, col := range EdgeColumns() {
		row = append(row, col.Title)
	}
	err = ew.Write(row)
	if err == nil {
		err = net.edges(ctx, func(e Edge) error {
			c.Edges++
			typ := "Directed"
			if !e.Directed {
				typ = "Undirected"
			}
			row = append(row[:0], e.ID, e.Source, e.Target, typ, e.Label)
			for _, col := range EdgeColumns() {
				row = append(row, validUTF8(e.Attrs[col.ID]))
			}
			return ew.Write(row)
		})
	}
	if ew.Flush(); err == nil {
		err = ew.Error()
	}
	if err != nil {
		return c, fmt.Errorf("csv edges: %w", err)
	}
	return c, nil
}
