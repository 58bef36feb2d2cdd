package app.goalpost.kpi.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported actuals at database speed: one multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} per chunk
 * of rows, on the connection of the caller's transaction (so an import stays all or nothing). Through Hibernate,
 * each row was its own INSERT (IDENTITY ids switch off JDBC batching) and a managed entity on the heap.
 * <p>
 * This is SQL written by hand on a tenant table, which Hibernate's {@code @TenantId} does not see: the agency id
 * is set here, from the tenant the caller's Hibernate session was opened with (the signed-in agency), never from
 * an argument. The upsert can only meet a row of that agency, because the unique key
 * {@code uk_kpi_actual (agency_id, kpi_id, actual_date)} starts with the agency. The KPI ids come from the
 * tenant-filtered KPI query of {@code ActualsService}; {@code ActualsWriterTest} tries another agency's KPI.
 * H2 (MySQL mode), MariaDB and MySQL 8 all accept this statement.
 */
@Component
public class ActualsWriter {

    /** Rows per statement: 1,000 × 5 parameters stays far below every server's placeholder and packet limits. */
    public static final int CHUNK = 1000;

    private static final String INSERT = "insert into kpi_actual (agency_id, workspace_id, kpi_id, actual_date, amount,"
            + " version) values ";
    private static final String UPSERT = " on duplicate key update amount = values(amount), version = version + 1";

    private final JdbcTemplate jdbc;
    private final String fullChunk;

    @PersistenceContext
    private EntityManager entityManager;

    ActualsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fullChunk = statement(CHUNK);
    }

    /** One value of one KPI on one day. */
    public record Value(long kpiId, LocalDate date, BigDecimal amount) {
    }

    /** Inserts or replaces the values in the workspace, for the agency of the current transaction. */
    public void upsert(long workspaceId, List<Value> values) {
        if (values.isEmpty()) {
            return;
        }
        long agencyId = currentAgency();
        String sql = values.size() == CHUNK ? fullChunk : statement(values.size());
        jdbc.update(sql, ps -> {
            int p = 1;
            for (Value v : values) {
                ps.setLong(p++, agencyId);
                ps.setLong(p++, workspaceId);
                ps.setLong(p++, v.kpiId());
                ps.setObject(p++, v.date());
                ps.setBigDecimal(p++, v.amount());
            }
        });
    }

    /** The agency Hibernate filters this transaction's queries by; the sentinels (no tenant, system) are refused. */
    private long currentAgency() {
        Object tenant = entityManager.unwrap(Session.class).getTenantIdentifierValue();
        if (!(tenant instanceof Long agency) || agency <= 0) {
            throw new IllegalStateException("Actuals can only be written for a signed-in agency, not " + tenant);
        }
        return agency;
    }

    private static String statement(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * 16 + UPSERT.length()).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,0)");
        }
        return sql.append(UPSERT).toString();
    }
}
