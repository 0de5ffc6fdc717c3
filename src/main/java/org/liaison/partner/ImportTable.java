package org.liaison.partner;

import java.util.List;

/** A spreadsheet as read: its header row and its data rows, every cell as text. */
public record ImportTable(String fileName, List<String> headers, List<List<String>> rows) {

	public ImportTable {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** The cell of a row in a column, or "" when the row is shorter. */
	public String cell(int row, int column) {
		var cells = this.rows.get(row);
		return (column >= 0 && column < cells.size()) ? cells.get(column).strip() : "";
	}

}
