package app.goalpost.workspace.ui;

import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Month;
import java.time.format.TextStyle;

/**
 * A workspace's settings at a glance: industry, company stage and the baseline method it implies (docs/method.md
 * step 1), currency, time zone, fiscal year; owners and admins edit, archive or restore it here.
 */
@Route("w/:workspaceId/settings")
@PermitAll
@WorkspacePageView(WorkspacePage.SETTINGS)
class WorkspaceOverviewView extends WorkspaceScopedView {

    private final transient WorkspaceService workspaces;

    WorkspaceOverviewView(WorkspaceService workspaces) {
        super(workspaces);
        this.workspaces = workspaces;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        H2 title = new H2(w.name());
        title.setId("workspace-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.BASELINE);
        if (w.archived()) {
            Span badge = new Span(getTranslation("workspace.archived"));
            badge.getElement().getThemeList().add("badge contrast");
            header.add(badge);
        }
        add(header);

        Div facts = new Div();
        facts.addClassName("gp-facts");
        fact(facts, "workspace.industry", getTranslation("industry." + w.industry().name()));
        fact(facts, "workspace.stage", getTranslation("stage." + w.stage().name()));
        fact(facts, "workspace.currency", w.currency().getCurrencyCode() + " · " + w.currency().getDisplayName(getLocale()));
        fact(facts, "workspace.timeZone", w.timeZone().getId());
        fact(facts, "workspace.fiscalStart",
                Month.of(w.fiscalYearStartMonth()).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        fact(facts, "workspace.yourAccess", getTranslation(accessKey(w)));
        add(facts);

        add(new H3(getTranslation("workspace.baselineMethod")));
        Paragraph method = new Paragraph(getTranslation("baseline.recommendation." + w.stage().name()));
        method.setId("baseline-recommendation");
        add(method);

        if (w.can(WorkspacePermission.ADMINISTER)) {
            Button edit = new Button(getTranslation("workspace.edit.title"),
                    e -> WorkspaceEditorDialog.edit(workspaces, w, this::reload).open());
            edit.setId("edit-workspace");
            edit.setVisible(!w.archived());
            Button archive = new Button(getTranslation(w.archived() ? "workspace.restore" : "workspace.archive"),
                    e -> confirmArchive(w));
            archive.setId("archive-workspace");
            archive.addThemeVariants(w.archived() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(edit, archive));
        }
    }

    private String accessKey(WorkspaceDetails w) {
        if (w.can(WorkspacePermission.ADMINISTER)) {
            return "access.ADMIN";
        }
        if (w.can(WorkspacePermission.EDIT_BASELINE)) {
            return "access.MANAGER";
        }
        return w.can(WorkspacePermission.EDIT_PLAN) ? "access.CONTRIBUTOR" : "access.VIEWER";
    }

    private void confirmArchive(WorkspaceDetails w) {
        if (w.archived()) {
            workspaces.setArchived(w.workspaceId(), false);
            FieldErrors.success(getTranslation("workspace.restored"));
            reload();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("workspace.archive.confirm.title", w.name()),
                getTranslation("workspace.archive.confirm.text"), getTranslation("workspace.archive"), e -> {
                    workspaces.setArchived(w.workspaceId(), true);
                    FieldErrors.success(getTranslation("workspace.archivedDone"));
                    WorkspaceNavigation.agencyHome();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void fact(Div container, String labelKey, String value) {
        Div fact = new Div();
        fact.addClassName("gp-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("gp-fact-label");
        Span text = new Span(value);
        text.addClassName("gp-fact-value");
        fact.add(label, text);
        container.add(fact);
    }

    @Override
    protected String titleKey() {
        return "menu.settings";
    }

}
