package app.goalpost.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The problem types of the API (RFC 9457), and problem+json written by the security filters themselves. */
final class ApiProblems {

    static final URI UNAUTHORIZED = type("unauthorized");
    static final URI FORBIDDEN = type("missing-scope");
    static final URI RATE_LIMITED = type("rate-limited");
    static final URI TOO_LARGE = type("request-too-large");
    static final URI INVALID_ROWS = type("invalid-rows");
    static final URI NOT_FOUND = type("not-found");
    static final URI BAD_REQUEST = type("bad-request");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    static URI type(String name) {
        return URI.create("urn:goalpost:problem:" + name);
    }

    static ProblemDetail problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return problem;
    }

    /** Writes a problem outside Spring MVC (the API chain's filters and entry points). */
    static void write(HttpServletResponse response, HttpStatus status, URI type, String detail, String instance)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
