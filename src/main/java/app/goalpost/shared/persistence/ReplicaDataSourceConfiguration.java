package app.goalpost.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Read-only transactions on a read replica, only when {@code goalpost.datasource.replica.url} is set (off by
 * default: without it this class contributes nothing and Boot's own single pooled DataSource stays as it is).
 *
 * <p>Spring's own mechanism, no hand-made routing: the primary pool (from {@code spring.datasource.*}, the same
 * Hikari settings Boot would apply) is wrapped in a {@link LazyConnectionDataSourceProxy} whose read-only
 * DataSource is the replica. The proxy fetches a physical connection only at the first statement, and by then
 * the transaction manager has marked the connection read-only for {@code @Transactional(readOnly = true)}, so
 * that work goes to the replica and everything else to the primary. A read-only method called from inside a
 * read-write transaction joins it and stays on the primary (how a request reads its own writes).
 *
 * <p>Flyway migrates the primary pool directly ({@link FlywayDataSource}): a migration must never depend on
 * which way the proxy would route it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "goalpost.datasource.replica", name = "url")
public class ReplicaDataSourceConfiguration {

    /** The primary pool, built as Boot's auto-configuration builds it (Boot backs off once a DataSource bean exists). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    @Qualifier("primaryDataSource")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        if (StringUtils.hasText(properties.getName())) {
            pool.setPoolName(properties.getName());
        }
        return pool;
    }

    /**
     * The replica pool: the same Hikari settings as the primary (timeouts, sizes), its own address and account,
     * and read-only connections, so a write that reaches it by mistake fails instead of diverging from the primary.
     */
    @Bean(defaultCandidate = false)
    @Qualifier("replicaDataSource")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource replicaDataSource(DataSourceProperties primary, ReplicaProperties replica) {
        HikariDataSource pool = DataSourceBuilder.create(primary.getClassLoader())
                .type(HikariDataSource.class)
                .driverClassName(primary.determineDriverClassName())
                .url(replica.getUrl())
                .username(replica.getUsername())
                .password(replica.getPassword())
                .build();
        pool.setPoolName("goalpost-replica");
        return pool;
    }

    /** What the application (JPA, JdbcTemplate, health) uses: the primary, with read-only work on the replica. */
    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") HikariDataSource primary,
            @Qualifier("replicaDataSource") HikariDataSource replica) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
        proxy.setReadOnlyDataSource(replica);
        return proxy;
    }

    @Bean
    @ConfigurationProperties("goalpost.datasource.replica")
    ReplicaProperties replicaProperties() {
        return new ReplicaProperties();
    }

    /** {@code goalpost.datasource.replica.url}, {@code .username}, {@code .password}. */
    public static final class ReplicaProperties {
        private String url = "";
        private String username = "";
        private String password = "";

        public String getUrl() {
            return url;
        }

        public String getUsername() {
            return username;
        }

        public String getPassword() {
            return password;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
