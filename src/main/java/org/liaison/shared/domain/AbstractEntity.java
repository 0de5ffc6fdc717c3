package org.liaison.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.util.ProxyUtils;

/**
 * Identity and optimistic locking for every entity: equal by id, and a version that makes
 * a concurrent edit fail instead of silently overwriting the other.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	public @Nullable Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || !ProxyUtils.getUserClass(this).equals(ProxyUtils.getUserClass(other))) {
			return false;
		}
		return this.id != null && this.id.equals(((AbstractEntity) other).id);
	}

	@Override
	public int hashCode() {
		return ProxyUtils.getUserClass(this).hashCode();
	}

}
