package app.goalpost.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.IntegrationTest;
import app.goalpost.support.TestProfiles;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proves which server the persistence tests ran on: H2 in ./mvnw verify, the MySQL-protocol server when
 * .ci/run sets GOALPOST_TEST_DB_URL (so a misconfigured CI cannot silently test H2 twice).
 */
@IntegrationTest
class DatabaseTargetTest {

    @Autowired DataSource dataSource;

    @Test
    void theTestsRunOnTheIntendedServerWithTheFullSchema() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (TestProfiles.onExternalDatabase()) {
                assertThat(meta.getURL()).startsWith("jdbc:mysql:");
                assertThat(server).containsAnyOf("MariaDB", "MySQL");
            } else {
                assertThat(server).startsWith("H2");
            }
            try (var tables = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                java.util.Set<String> names = new java.util.HashSet<>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(names).contains("agency", "user_account", "workspace", "workspace_member", "invitation");
            }
        }
    }
}
