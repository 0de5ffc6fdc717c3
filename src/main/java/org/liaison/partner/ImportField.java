package org.liaison.partner;

import java.util.List;
import java.util.Locale;

/**
 * What a column of a partners spreadsheet can hold, with the header names it is
 * recognised by.
 */
public enum ImportField {

	ENGLISH_NAME(true, "english name", "name", "official name", "organisation", "organization", "英文名称", "英文名"),
	CHINESE_NAME(false, "chinese name", "中文名称", "中文名", "名称"),
	ABBREVIATIONS(false, "abbreviation", "abbreviations", "acronym", "short name", "缩写", "简称"),
	ALIASES(false, "alias", "aliases", "other names", "别名", "其他名称"), TYPE(false, "type", "kind", "类型"),
	COUNTRY(false, "country", "国家", "国别"), CITY(false, "city", "城市"),
	WEBSITE(false, "website", "web", "url", "网站", "网址"), STATUS(false, "status", "状态"),
	TAGS(false, "tags", "tag", "标签"), NOTES(false, "notes", "note", "remarks", "备注");

	private final boolean required;

	private final List<String> headerNames;

	ImportField(boolean required, String... headerNames) {
		this.required = required;
		this.headerNames = List.of(headerNames);
	}

	public boolean required() {
		return this.required;
	}

	public String labelKey() {
		return "import.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether a column header names this field, in English or Chinese, whatever its case
	 * and punctuation.
	 */
	public boolean recognises(String header) {
		var normalised = Names.normalise(header);
		return this.headerNames.stream().anyMatch((name) -> Names.normalise(name).equals(normalised));
	}

}
