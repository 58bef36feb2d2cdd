package app.goalpost.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript against the app on its random port: keeps cookies, does not follow redirects,
 * and signs in the way Vaadin's login form does (POST /login with the CSRF token from the page's meta tags).
 */
public final class WebClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\">");

    private final int port;
    private final HttpClient http;

    public WebClient(int port) {
        this(port, "127.0.0.1");
    }

    /** Connecting from another loopback address (127.0.0.2 is the trusted proxy of {@link WebTest}). */
    public WebClient(int port, String localAddress) {
        this.port = port;
        try {
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .localAddress(InetAddress.getByName(localAddress))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The sign-in form's POST with the token the sign-in page carries; returns where it redirects to. */
    public String signIn(String email, String password, String... headers) {
        Map<String, String> form = csrfFromLoginPage();
        form.put("username", email);
        form.put("password", password);
        return post("login", form, headers).headers().firstValue("Location").orElse("");
    }

    /** The same POST without the token: what a login CSRF attack from another site sends. */
    public HttpResponse<String> signInWithoutToken(String email, String password) {
        return post("login", new LinkedHashMap<>(Map.of("username", email, "password", password)));
    }

    /** Whether this client's session is signed in: a protected page answers rather than sending to /login. */
    public boolean signedIn() {
        HttpResponse<String> home = get("");
        return home.statusCode() == 200;
    }

    public Map<String, String> csrfFromLoginPage() {
        String page = get("login").body();
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page);
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf_parameter") || !meta.containsKey("_csrf")) {
            throw new IllegalStateException("The sign-in page carries no CSRF meta tags");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(meta.get("_csrf_parameter"), meta.get("_csrf"));
        return form;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
