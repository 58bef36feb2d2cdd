package app.goalpost.api.ui;

import app.goalpost.api.ApiScope;
import app.goalpost.api.ApiTokenService;
import app.goalpost.api.ApiTokenSummary;
import app.goalpost.api.CreatedToken;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * API tokens of the agency (issue 15): create one for a workspace or for every workspace one may open, with scopes
 * and an expiry; the secret is shown once, in a field to copy; the list shows last use; revoke. Staff only.
 */
@Route("api-tokens")
@RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.MANAGER})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final TextField name = new TextField();
    private final ComboBox<WorkspaceSummary> workspace = new ComboBox<>();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final DatePicker expires = new DatePicker();
    private final TextField secret = new TextField();
    private final Button copy = new Button();
    private final Paragraph secretNote = new Paragraph();
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    public ApiTokensView(ApiTokenService tokens, WorkspaceService workspaces, Clock clock) {
        this.tokens = tokens;
        addClassName("gp-page");
        setSizeFull();

        Anchor docs = new Anchor("swagger-ui.html", getTranslation("api.docs"));
        docs.setRouterIgnore(true);
        docs.setId("api-docs-link");

        name.setId("token-name");
        name.setLabel(getTranslation("api.name"));
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setRequired(true);
        workspace.setId("token-workspace");
        workspace.setLabel(getTranslation("api.workspace"));
        workspace.setItems(workspaces.list("", false));
        workspace.setItemLabelGenerator(WorkspaceSummary::name);
        workspace.setClearButtonVisible(true);
        workspace.setPlaceholder(getTranslation("api.allWorkspaces"));
        workspace.setHelperText(getTranslation("api.workspace.help"));
        scopes.setId("token-scopes");
        scopes.setLabel(getTranslation("api.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("api.scope." + s.name()));
        scopes.setValue(EnumSet.allOf(ApiScope.class));
        expires.setId("token-expires");
        expires.setLabel(getTranslation("api.expires"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        expires.setMin(today);
        expires.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        expires.setValue(today.plusDays(90));
        expires.setLocale(getLocale());
        Button create = new Button(getTranslation("api.create"), VaadinIcon.KEY.create(), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, workspace, scopes, expires, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        secret.setId("token-secret");
        secret.setLabel(getTranslation("api.secret"));
        secret.setReadOnly(true);
        secret.setWidth("32em");
        copy.setText(getTranslation("api.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setId("copy-token");
        copy.addClickListener(e -> secret.getElement().executeJs("navigator.clipboard.writeText($0)",
                secret.getValue()));
        secretNote.setText(getTranslation("api.secret.once"));
        HorizontalLayout secretRow = new HorizontalLayout(secret, copy);
        secretRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSecretVisible(false, secretRow);

        grid.setId("tokens-grid");
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api.name")).setAutoWidth(true);
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("api.hint")).setAutoWidth(true);
        grid.addColumn(t -> t.workspaceId().isEmpty() ? getTranslation("api.allWorkspaces")
                : t.workspaceName().orElse("—")).setHeader(getTranslation("api.workspace")).setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().map(ApiScope::value).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api.scopes")).setAutoWidth(true);
        grid.addColumn(t -> date(t.expiresAt().minusSeconds(1))).setHeader(getTranslation("api.expires"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt().map(this::dateTime).orElse(getTranslation("api.neverUsed")))
                .setHeader(getTranslation("api.lastUsed")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.revokedAt().isPresent() ? "api.status.revoked"
                : t.expired() ? "api.status.expired" : "api.status.active"))
                .setHeader(getTranslation("api.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("api.title")), new Paragraph(getTranslation("api.intro")), docs,
                new H3(getTranslation("api.new")), form, secretRow, secretNote, new H3(getTranslation("api.list")),
                grid);
        refresh();
    }

    private void create() {
        Map<String, HasValidation> fields = Map.of("name", name, "scopes", scopes, "expires", expires);
        FieldErrors.clear(fields);
        if (expires.getValue() == null) {
            expires.setErrorMessage(getTranslation("api.error.expiry", ApiTokenService.MAX_DAYS));
            expires.setInvalid(true);
            return;
        }
        try {
            CreatedToken created = tokens.create(Optional.ofNullable(workspace.getValue())
                    .map(w -> new WorkspaceId(w.id())), name.getValue(), EnumSet.copyOf(scopes.getValue().isEmpty()
                            ? EnumSet.noneOf(ApiScope.class) : scopes.getValue()), expires.getValue());
            secret.setValue(created.secret());
            setSecretVisible(true, (HorizontalLayout) secret.getParent().orElseThrow());
            name.clear();
            FieldErrors.success(getTranslation("api.created"));
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(e, fields, this);
        }
    }

    private void setSecretVisible(boolean visible, HorizontalLayout row) {
        row.setVisible(visible);
        secretNote.setVisible(visible);
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button(getTranslation("api.revoke"), e -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.setId("revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        boolean mine = CurrentUser.get().map(u -> u.userId() == token.createdBy()
                || u.role().seesAllWorkspaces()).orElse(false);
        revoke.setVisible(token.revokedAt().isEmpty() && mine);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private String date(Instant instant) {
        return Formats.date(instant.atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
    }

    private String dateTime(Instant instant) {
        return date(instant) + " " + instant.atZone(ZoneOffset.UTC).toLocalTime().withNano(0) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.title") + " · Goalpost";
    }
}
