package org.liaison.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run a database of its own: an in-memory H2 in PostgreSQL mode by
 * default, or, with {@code -Dliaison.test.db=postgres} (the Maven profile
 * {@code postgres}), a fresh database on the local PostgreSQL server that is dropped when
 * the run ends, so that runs never see each other's data.
 */
public class TestDatabase implements LauncherSessionListener {

	private static final String PG_ADMIN_URL = env("LIAISON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String PG_USER = env("LIAISON_TEST_PG_USER", "postgres");

	private static final String PG_PASSWORD = env("LIAISON_TEST_PG_PASSWORD", "");

	private String postgresDatabase;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		var name = "liaison_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		if (usesPostgres()) {
			execute("create database " + name);
			this.postgresDatabase = name;
			System.setProperty("spring.datasource.url", PG_ADMIN_URL.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name));
			System.setProperty("spring.datasource.username", PG_USER);
			System.setProperty("spring.datasource.password", PG_PASSWORD);
			System.out.println("[liaison] Tests run on PostgreSQL, database " + name);
		}
		else {
			System.setProperty("spring.datasource.url", "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
			System.out.println("[liaison] Tests run on in-memory H2 (PostgreSQL mode), database " + name);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.postgresDatabase != null) {
			execute("drop database if exists " + this.postgresDatabase + " with (force)");
		}
	}

	public static boolean usesPostgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("liaison.test.db", "h2"));
	}

	private static void execute(String sql) {
		try (var connection = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL tests need the server at " + PG_ADMIN_URL + " (user " + PG_USER
					+ "): " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
