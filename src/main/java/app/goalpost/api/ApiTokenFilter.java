package app.goalpost.api;

import app.goalpost.api.internal.TokenLookup;
import app.goalpost.security.AgencyRole;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.ThrottleStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain's authentication: {@code Authorization: Bearer gp_...} and nothing else (no session, no cookie,
 * no form). A token that is unknown, revoked or expired, or whose creator is no longer an active staff member, is
 * answered 401 here. Then the per-token rate limit (429 with Retry-After) and the request size limit (413), and
 * "last used" at most once a minute. Not a bean: a Filter bean would also be registered for every request.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final TokenLookup lookup;
    private final ThrottleStore throttle;
    private final Clock clock;
    private final ApiLimits limits;

    ApiTokenFilter(TokenLookup lookup, ThrottleStore throttle, Clock clock, ApiLimits limits) {
        this.lookup = lookup;
        this.throttle = throttle;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // no token: the chain's entry point answers 401 (a session cookie counts for nothing here)
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(BEARER.length()).strip();
        Optional<ApiCaller> caller = authenticate(secret);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, ApiProblems.UNAUTHORIZED,
                    "The API token is unknown, revoked or expired", request.getRequestURI());
            return;
        }
        String bucket = "api-token:" + caller.get().tokenId();
        Optional<Duration> blocked = throttle.blockedFor(bucket, limits.rateLimit(), limits.rateWindow());
        if (blocked.isPresent()) {
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, ApiProblems.RATE_LIMITED,
                    "At most " + limits.rateLimit() + " requests per " + limits.rateWindow().toSeconds()
                            + " seconds per token; retry after " + seconds + " s", request.getRequestURI());
            return;
        }
        throttle.record(bucket);
        long declared = request.getContentLengthLong();
        if (declared > limits.maxRequestBytes()) {
            ApiProblems.write(response, HttpStatus.CONTENT_TOO_LARGE, ApiProblems.TOO_LARGE, tooLarge(),
                    request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(new LimitedRequest(request, limits.maxRequestBytes()), response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String tooLarge() {
        return "The request body is larger than " + limits.maxRequestBytes() + " bytes; send at most "
                + limits.maxRows() + " rows per request";
    }

    private Optional<ApiCaller> authenticate(String secret) {
        if (!secret.startsWith(ApiTokenService.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenLookup.Found> found = lookup.byHash(ApiTokenService.hash(secret));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().revokedAt() != null || !found.get().expiresAt().isAfter(now)
                || !found.get().active()) {
            return Optional.empty();
        }
        TokenLookup.Found t = found.get();
        AgencyRole role = AgencyRole.valueOf(t.role());
        if (!role.isStaff()) {
            return Optional.empty();
        }
        if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60))) {
            lookup.touch(t.agencyId(), t.tokenId(), now);
        }
        GoalpostPrincipal principal = new GoalpostPrincipal(t.userId(), t.agencyId(), t.email(), t.displayName(), role,
                Locale.forLanguageTag(t.locale()), true, null);
        Set<ApiScope> scopes = ApiScope.parse(t.scopes());
        return Optional.of(new ApiCaller(principal, t.tokenId(), t.workspaceId(), scopes));
    }

    /** Thrown while reading a body that grows past the limit (a chunked body declares no length). */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("request body too large");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
