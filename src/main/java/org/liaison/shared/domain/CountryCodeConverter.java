package org.liaison.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.liaison.shared.CountryCode;

/** Stores a country as its two-letter code. */
@Converter(autoApply = true)
public class CountryCodeConverter implements AttributeConverter<CountryCode, String> {

	@Override
	public String convertToDatabaseColumn(CountryCode country) {
		return (country != null) ? country.code() : null;
	}

	@Override
	public CountryCode convertToEntityAttribute(String code) {
		return (code != null) ? new CountryCode(code) : null;
	}

}
