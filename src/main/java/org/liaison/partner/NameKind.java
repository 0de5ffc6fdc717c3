package org.liaison.partner;

/**
 * The other names an organisation goes by, besides its official English and Chinese
 * names.
 */
public enum NameKind {

	ABBREVIATION, ALIAS, FORMER_NAME

}
