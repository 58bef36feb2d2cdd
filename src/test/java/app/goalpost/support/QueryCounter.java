package app.goalpost.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares while a piece of code runs (every query a page makes: the
 * pages read only through Hibernate; the two {@code JdbcTemplate} users, the actuals import writer and the
 * sign-in throttle, are on no page). Statistics are switched on for the measurement only, so the rest of the
 * suite runs as production does; tests run one at a time in this JVM, so nothing else adds to the count.
 */
public final class QueryCounter {

    private final Statistics statistics;

    public QueryCounter(EntityManagerFactory emf) {
        this.statistics = emf.unwrap(SessionFactory.class).getStatistics();
    }

    /** How many statements {@code work} prepared. */
    public long count(Runnable work) {
        boolean was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(was);
        }
    }
}
