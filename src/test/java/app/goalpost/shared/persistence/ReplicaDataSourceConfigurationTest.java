package app.goalpost.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replica switch on the real Boot auto-configuration (DataSource, Flyway with our migrations, JPA,
 * transactions), without the rest of the application so it stays fast. Two in-memory H2 databases stand in for
 * primary and replica; each holds a row saying which one it is, so a read tells where it went.
 */
class ReplicaDataSourceConfigurationTest {

    private final String primaryUrl = h2Url("primary");
    private final String replicaUrl = h2Url("replica");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                    TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(ReplicaDataSourceConfiguration.class)
            .withBean(Reads.class).withBean(Writes.class)
            .withPropertyValues("spring.datasource.url=" + primaryUrl, "spring.datasource.username=sa",
                    "spring.datasource.password=",
                    "spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
                    "spring.jpa.hibernate.ddl-auto=none",
                    "spring.datasource.hikari.connection-timeout=3000");

    @Test
    void withoutTheReplicaPropertyTheContextHasBootsPlainPool() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(DataSource.class).isInstanceOf(HikariDataSource.class);
            assertThat(context).doesNotHaveBean(LazyConnectionDataSourceProxy.class);
            assertThat(context).doesNotHaveBean("replicaDataSource");
        });
    }

    @Test
    void readOnlyTransactionsReadTheReplicaAndReadWriteOnesThePrimary() throws SQLException {
        markReplica();
        withReplica().run(context -> {
            assertThat(context).hasNotFailed();
            markPrimary(context.getBean("primaryDataSource", DataSource.class));
            Reads reads = context.getBean(Reads.class);

            assertThat(reads.readOnlyJdbc()).isEqualTo("replica");
            assertThat(reads.readOnlyJpa()).isEqualTo("replica");
            assertThat(reads.readWriteJdbc()).isEqualTo("primary");
            assertThat(reads.readWriteJpa()).isEqualTo("primary");
        });
    }

    @Test
    void aReadOnlyMethodCalledInsideAWriteReadsTheWriteFromThePrimary() throws SQLException {
        markReplica();
        withReplica().run(context -> {
            markPrimary(context.getBean("primaryDataSource", DataSource.class));
            Reads reads = context.getBean(Reads.class);

            assertThat(context.getBean(Writes.class).writeThenRead("written")).isEqualTo("written");
            // the write went to the primary only: the replica (no replication here) still has its own row
            assertThat(reads.readOnlyJdbc()).isEqualTo("replica");
            assertThat(reads.readWriteJdbc()).isEqualTo("written");
        });
    }

    @Test
    void flywayMigratesThePrimaryNeverTheReplica() throws SQLException {
        markReplica();
        withReplica().run(context -> {
            assertThat(context).getBean(DataSource.class).isInstanceOf(LazyConnectionDataSourceProxy.class);
            assertThat(tableCount(primaryUrl, "flyway_schema_history")).isEqualTo(1);
            assertThat(tableCount(primaryUrl, "workspace")).isEqualTo(1);
            assertThat(tableCount(replicaUrl, "flyway_schema_history")).isZero();
            assertThat(tableCount(replicaUrl, "workspace")).isZero();
        });
    }

    private ApplicationContextRunner withReplica() {
        return runner.withPropertyValues("goalpost.datasource.replica.url=" + replicaUrl,
                "goalpost.datasource.replica.username=sa", "goalpost.datasource.replica.password=");
    }

    private void markReplica() throws SQLException {
        try (Connection c = DriverManager.getConnection(replicaUrl, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table marker (name varchar(20))");
            s.execute("insert into marker values ('replica')");
        }
    }

    private static void markPrimary(DataSource primary) {
        JdbcTemplate jdbc = new JdbcTemplate(primary);
        jdbc.execute("create table marker (name varchar(20))");
        jdbc.execute("insert into marker values ('primary')");
    }

    private static int tableCount(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                var rs = c.getMetaData().getTables(null, null, table, null)) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    private static String h2Url(String role) {
        return "jdbc:h2:mem:" + role + "-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";
    }

    /** Reads the way the services do: through @Transactional methods, with JdbcTemplate and with JPA. */
    static class Reads {
        private final JdbcTemplate jdbc;

        @PersistenceContext
        private EntityManager entityManager;

        Reads(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        public String readOnlyJdbc() {
            return jdbc.queryForObject("select name from marker", String.class);
        }

        @Transactional(readOnly = true)
        public String readOnlyJpa() {
            return (String) entityManager.createNativeQuery("select name from marker").getSingleResult();
        }

        @Transactional
        public String readWriteJdbc() {
            return jdbc.queryForObject("select name from marker", String.class);
        }

        @Transactional
        public String readWriteJpa() {
            return (String) entityManager.createNativeQuery("select name from marker").getSingleResult();
        }
    }

    /** A save followed by the page's read-only reload, both inside one read-write transaction. */
    static class Writes {
        private final JdbcTemplate jdbc;
        private final Reads reads;

        Writes(JdbcTemplate jdbc, Reads reads) {
            this.jdbc = jdbc;
            this.reads = reads;
        }

        @Transactional
        public String writeThenRead(String name) {
            jdbc.update("update marker set name = ?", name);
            return reads.readOnlyJdbc();
        }
    }
}
