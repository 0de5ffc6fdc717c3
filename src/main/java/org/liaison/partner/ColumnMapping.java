package org.liaison.partner;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the spreadsheet holds which field; a field without a column stays
 * empty.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

	public ColumnMapping {
		columns = Map.copyOf(columns);
	}

	/**
	 * The mapping the headers suggest: each field to the first column whose header names
	 * it.
	 */
	public static ColumnMapping guess(ImportTable table) {
		var columns = new EnumMap<ImportField, Integer>(ImportField.class);
		for (var field : ImportField.values()) {
			for (int i = 0; i < table.headers().size(); i++) {
				if (field.recognises(table.headers().get(i)) && !columns.containsValue(i)) {
					columns.put(field, i);
					break;
				}
			}
		}
		return new ColumnMapping(columns);
	}

	public Optional<Integer> column(ImportField field) {
		return Optional.ofNullable(this.columns.get(field));
	}

	public ColumnMapping with(ImportField field, Integer column) {
		var columns = new EnumMap<ImportField, Integer>(ImportField.class);
		columns.putAll(this.columns);
		if (column == null) {
			columns.remove(field);
		}
		else {
			columns.put(field, column);
		}
		return new ColumnMapping(columns);
	}

}
