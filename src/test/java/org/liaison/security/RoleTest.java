package org.liaison.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

	@Test
	void eachRoleIncludesTheRolesBelowIt() {
		assertThat(Role.STAFF.withIncludedRoles()).containsExactly(Role.STAFF);
		assertThat(Role.MANAGER.withIncludedRoles()).containsExactly(Role.STAFF, Role.MANAGER);
		assertThat(Role.ADMIN.withIncludedRoles()).containsExactly(Role.STAFF, Role.MANAGER, Role.ADMIN);
	}

	@Test
	void namesForAnnotationsMatchTheRoles() {
		assertThat(Role.valueOf(Role.Names.STAFF)).isEqualTo(Role.STAFF);
		assertThat(Role.valueOf(Role.Names.MANAGER)).isEqualTo(Role.MANAGER);
		assertThat(Role.valueOf(Role.Names.ADMIN)).isEqualTo(Role.ADMIN);
	}

}
