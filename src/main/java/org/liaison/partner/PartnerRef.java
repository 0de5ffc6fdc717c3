package org.liaison.partner;

import org.jspecify.annotations.Nullable;

/** A link to an organisation: enough to name it and open it. */
public record PartnerRef(long id, String englishName, @Nullable String chineseName) {
}
