package app.goalpost.api;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as {@code application/problem+json} (RFC 9457, Spring's ProblemDetail),
 * Spring MVC's own (malformed parameters, wrong media type) included. Only for the API's controllers.
 */
@RestControllerAdvice(assignableTypes = {KpiApiController.class, ActualsApiController.class})
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(WorkspaceNotFoundException.class)
    ProblemDetail notFound() {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, ApiProblems.NOT_FOUND,
                "No such workspace or KPI for this token");
    }

    @ExceptionHandler(ApiWorkspace.MissingWorkspaceException.class)
    ProblemDetail missingWorkspace(ApiWorkspace.MissingWorkspaceException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ApiBadRequestException.class)
    ProblemDetail badRequest(ApiBadRequestException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.BAD_REQUEST,
                "Invalid " + e.field() + " (" + e.messageKey() + ")");
    }

    @ExceptionHandler(ActualsApiController.InvalidRowsException.class)
    ProblemDetail invalidRows(ActualsApiController.InvalidRowsException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ApiProblems.INVALID_ROWS,
                e.getMessage());
        problem.setTitle("Invalid rows");
        problem.setProperty("rowsReceived", e.received());
        problem.setProperty("written", 0);
        List<ApiModels.RowProblem> errors = e.errors();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ActualsApiController.TooManyRowsException.class)
    ProblemDetail tooManyRows(ActualsApiController.TooManyRowsException e) {
        return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, ApiProblems.TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, ApiProblems.FORBIDDEN,
                "The token's creator may not do this in this workspace");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ApiTokenFilter.BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiProblems.problem(
                        HttpStatus.CONTENT_TOO_LARGE, ApiProblems.TOO_LARGE, "The request body is too large"));
            }
        }
        return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.BAD_REQUEST,
                "The request body could not be read"));
    }
}
