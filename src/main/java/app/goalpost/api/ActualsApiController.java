package app.goalpost.api;

import app.goalpost.kpi.ActualsBatch;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiKeys;
import app.goalpost.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushing actuals (scope {@code actuals:write}): a batch of rows, written all or nothing through
 * {@link ActualsService#push}, the service the UI's saves share, so the same change events fire. The body is parsed
 * here row by row (not bound to a class), so that one bad value is reported with its row next to every other
 * bad row, instead of failing the whole body at the first; numbers are read as decimals, never as doubles.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actuals")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class ActualsApiController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final ActualsService actuals;
    private final KpiKeys keys;
    private final ApiLimits limits;

    ActualsApiController(ActualsService actuals, KpiKeys keys, ApiLimits limits) {
        this.actuals = actuals;
        this.keys = keys;
        this.limits = limits;
    }

    @Operation(summary = "Push actuals (idempotent upsert by KPI and day)",
            description = "Up to 10,000 rows, all or nothing: with any bad row nothing is written and the problem"
                    + " lists every bad row. A row equal to the stored value is unchanged; another value for a"
                    + " stored day replaces it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiModels.PushRequest.class))),
            responses = {
                @ApiResponse(responseCode = "200", description = "Written",
                        content = @Content(schema = @Schema(implementation = ApiModels.PushResponse.class))),
                @ApiResponse(responseCode = "422", description = "Rows refused (problem+json with errors[])",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "413", description = "More than 10,000 rows or too large a body",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    @PostMapping(path = "/actuals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiModels.PushResponse push(@RequestBody String body, @Parameter(description =
            "Workspace id; only for agency-wide tokens") @RequestParam(required = false) @Nullable Long workspace) {
        WorkspaceId ws = ApiWorkspace.of(workspace);
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ApiBadRequestException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode rows = root == null ? null : root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new ApiBadRequestException("The body must be an object {\"rows\": [...]}");
        }
        if (rows.size() > limits.maxRows()) {
            throw new TooManyRowsException(rows.size(), limits.maxRows());
        }
        if (rows.isEmpty()) {
            throw new ApiBadRequestException("rows is empty");
        }
        List<ApiModels.RowProblem> errors = new ArrayList<>();
        List<ActualsBatch.Row> parsed = new ArrayList<>(rows.size());
        boolean byKey = false;
        for (int i = 0; i < rows.size(); i++) {
            Optional<ActualsBatch.Row> row = parse(i, rows.get(i), errors);
            row.ifPresent(parsed::add);
            byKey |= row.isPresent() && row.get().kpiKey().isPresent();
        }
        if (byKey) {
            keys.keys(ws); // a KPI nobody has listed yet gets its key before it is looked up by it
        }
        ActualsBatch.Result result = actuals.push(ws, parsed, errors.isEmpty());
        result.errors().forEach(e -> errors.add(new ApiModels.RowProblem(e.row(), e.field(), e.code(), e.detail())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ApiModels.RowProblem::row));
            throw new InvalidRowsException(rows.size(), errors);
        }
        List<ApiModels.PushedRow> results = result.rows().stream().map(r -> new ApiModels.PushedRow(r.row(),
                r.kpiId(), r.date(), r.outcome().name().toLowerCase(Locale.ROOT))).toList();
        return new ApiModels.PushResponse(ws.value(), rows.size(), result.count(ActualsBatch.Outcome.CREATED),
                result.count(ActualsBatch.Outcome.REPLACED), result.count(ActualsBatch.Outcome.UNCHANGED), results);
    }

    private static Optional<ActualsBatch.Row> parse(int i, JsonNode row, List<ApiModels.RowProblem> errors) {
        if (row == null || !row.isObject()) {
            errors.add(new ApiModels.RowProblem(i, "row", "not_an_object", "Each row is an object"));
            return Optional.empty();
        }
        int before = errors.size();
        Optional<KpiId> kpiId = Optional.empty();
        Optional<String> kpiKey = Optional.empty();
        JsonNode id = row.get("kpiId");
        JsonNode key = row.get("kpi");
        if (id != null && !id.isNull()) {
            if (id.isIntegralNumber() && id.canConvertToLong() && id.longValue() > 0) {
                kpiId = Optional.of(new KpiId(id.longValue()));
            } else {
                errors.add(new ApiModels.RowProblem(i, "kpiId", "invalid_kpi", "kpiId must be a positive integer"));
            }
        }
        if (key != null && !key.isNull()) {
            if (key.isString() && KpiKeys.KEY.matcher(key.stringValue().toLowerCase(Locale.ROOT)).matches()) {
                kpiKey = Optional.of(key.stringValue());
            } else if (key.isIntegralNumber() && key.canConvertToLong() && key.longValue() > 0 && kpiId.isEmpty()) {
                kpiId = Optional.of(new KpiId(key.longValue()));
            } else {
                errors.add(new ApiModels.RowProblem(i, "kpi", "invalid_kpi",
                        "kpi must be a KPI key (a letter, then letters, digits, - or _) or a KPI id"));
            }
        }
        if (kpiId.isEmpty() && kpiKey.isEmpty() && errors.size() == before) {
            errors.add(new ApiModels.RowProblem(i, "kpi", "missing_kpi", "Name the KPI with kpiId or kpi"));
        }
        LocalDate date = null;
        JsonNode dateNode = row.get("date");
        if (dateNode == null || !dateNode.isString()) {
            errors.add(new ApiModels.RowProblem(i, "date", "invalid_date", "date must be a string yyyy-MM-dd"));
        } else {
            try {
                date = LocalDate.parse(dateNode.stringValue());
            } catch (DateTimeParseException e) {
                errors.add(new ApiModels.RowProblem(i, "date", "invalid_date", "\"" + dateNode.stringValue()
                        + "\" is not a date yyyy-MM-dd"));
            }
        }
        BigDecimal value = null;
        JsonNode valueNode = row.get("value");
        if (valueNode != null && valueNode.isNumber()) {
            value = valueNode.decimalValue();
        } else if (valueNode != null && valueNode.isString()) {
            try {
                value = new BigDecimal(valueNode.stringValue().strip());
            } catch (NumberFormatException e) {
                errors.add(new ApiModels.RowProblem(i, "value", "not_a_number", "\"" + valueNode.stringValue()
                        + "\" is not a number"));
            }
        } else {
            errors.add(new ApiModels.RowProblem(i, "value", "not_a_number", "value must be a number"));
        }
        if (errors.size() > before || date == null || value == null) {
            return Optional.empty();
        }
        return Optional.of(new ActualsBatch.Row(i, kpiId, kpiKey, date, value));
    }

    /** Some rows are wrong: 422 with every bad row. */
    static final class InvalidRowsException extends RuntimeException {

        private final int received;
        private final List<ApiModels.RowProblem> errors;

        InvalidRowsException(int received, List<ApiModels.RowProblem> errors) {
            super(errors.size() + " of " + received + " rows are invalid; nothing was written");
            this.received = received;
            this.errors = List.copyOf(errors);
        }

        int received() {
            return received;
        }

        List<ApiModels.RowProblem> errors() {
            return errors;
        }
    }

    static final class TooManyRowsException extends RuntimeException {

        TooManyRowsException(int rows, int max) {
            super(rows + " rows sent; at most " + max + " rows per request: split the batch");
        }
    }
}
