package org.liaison.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything a user enters about a person, to create the person or change the record. */
public record PersonForm(String latinName, @Nullable String chineseName, @Nullable String email, @Nullable String phone,
		@Nullable String notes, List<PositionForm> positions) {

	public PersonForm {
		positions = List.copyOf(positions);
	}

	public List<String> allNames() {
		return (this.chineseName == null || this.chineseName.isBlank()) ? List.of(this.latinName)
				: List.of(this.latinName, this.chineseName);
	}

}
