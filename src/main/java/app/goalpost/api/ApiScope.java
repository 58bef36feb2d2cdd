package app.goalpost.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a token may do: push actuals, read KPIs (pacing, actuals, summary). */
public enum ApiScope {
    ACTUALS_WRITE("actuals:write"), KPIS_READ("kpis:read");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The granted authority the API chain checks ({@code SCOPE_actuals:write}). */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    static String join(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    static Set<ApiScope> parse(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String part : stored.split(" ")) {
            of(part).ifPresent(scopes::add);
        }
        return scopes;
    }
}
