package app.goalpost.api.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a token by the hash of its secret, with the account it acts for, before any tenant is known: like sign-in
 * by e-mail, the one cross-agency read of this feature, and it returns one row. Plain JDBC on purpose (no
 * Hibernate session and no tenant yet); the join names the agency explicitly, so the account is always the
 * token's own agency's. {@link #touch} stamps "last used", again for that one agency's row.
 */
@Component
public class TokenLookup {

    private final JdbcClient jdbc;

    TokenLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token row and its creator's account, as stored now. */
    public record Found(long tokenId, long agencyId, @Nullable Long workspaceId, String scopes, Instant expiresAt,
            @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, long userId, String email, String displayName,
            String role, String locale, boolean active) {
    }

    public Optional<Found> byHash(String tokenHash) {
        return jdbc.sql("SELECT t.id, t.agency_id, t.workspace_id, t.scopes, t.expires_at, t.revoked_at, t.last_used_at,"
                        + " u.id AS user_id, u.email, u.display_name, u.role, u.locale, u.active"
                        + " FROM api_token t JOIN user_account u ON u.agency_id = t.agency_id AND u.id = t.created_by"
                        + " WHERE t.token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("agency_id"),
                        rs.getObject("workspace_id") == null ? null : rs.getLong("workspace_id"),
                        rs.getString("scopes"), instant(rs, "expires_at"),
                        nullableInstant(rs, "revoked_at"), nullableInstant(rs, "last_used_at"),
                        rs.getLong("user_id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("role"), rs.getString("locale"), rs.getBoolean("active")))
                .optional();
    }

    /** Records a use of the token (callers do so at most once a minute per token). */
    public void touch(long agencyId, long tokenId, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE agency_id = ? AND id = ?")
                .params(LocalDateTime.ofInstant(at, ZoneOffset.UTC), agencyId, tokenId).update();
    }

    // DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC): read them as local date-times, never through
    // java.sql.Timestamp, which would apply the JVM's zone
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = nullableInstant(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is NOT NULL");
        }
        return value;
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
