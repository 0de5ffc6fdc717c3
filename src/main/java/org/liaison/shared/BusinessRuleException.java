package org.liaison.shared;

import java.util.Arrays;

/**
 * A rule of the business that an action would break. It carries a message key of the i18n
 * bundle, so that the UI can tell the user in the user's own language what to change.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
