package org.liaison.partner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A title at an organisation for a period; unknown dates stay empty. */
public record PositionForm(long organisationId, String title, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate) {
}
