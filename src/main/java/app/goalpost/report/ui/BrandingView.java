package app.goalpost.report.ui;

import app.goalpost.report.Branding;
import app.goalpost.report.BrandingService;
import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.tenancy.AgencyService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The agency's branding on client reports: display name, accent colour, logo. The owner edits; admins see it read
 * only (they prepare reports, so they should know how they look); managers and clients cannot open it.
 */
@Route("branding")
@RolesAllowed({Roles.OWNER, Roles.ADMIN})
public class BrandingView extends VerticalLayout implements HasDynamicTitle {

    private final transient BrandingService branding;
    private final transient AgencyService agencies;
    private final boolean owner;
    // the upload's request runs outside the UI lock; it acts with the signed-in user's context of this page
    private final transient SecurityContext security;

    public BrandingView(BrandingService branding, AgencyService agencies) {
        this.branding = branding;
        this.agencies = agencies;
        this.owner = CurrentUser.require().role() == AgencyRole.OWNER;
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassName("gp-page");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.branding.title") + " · Goalpost";
    }

    private void render() {
        removeAll();
        Branding b = branding.branding();
        add(new H2(getTranslation("report.branding.title")));
        Paragraph intro = new Paragraph(getTranslation(owner ? "report.branding.intro" : "report.branding.readOnly"));
        intro.setId("branding-intro");
        add(intro);
        TextField name = new TextField(getTranslation("report.branding.displayName"));
        name.setId("branding-name");
        name.setValue(b.customName().orElse(""));
        name.setHelperText(getTranslation("report.branding.displayNameHelp", agencies.currentAgencyName().orElse("")));
        name.setMaxLength(BrandingService.MAX_NAME);
        name.setWidth("24em");
        TextField accent = new TextField(getTranslation("report.branding.accent"));
        accent.setId("branding-accent");
        accent.setValue(b.accentColour());
        accent.setWidth("12em");
        Div swatch = new Div();
        swatch.setId("branding-swatch");
        swatch.getStyle().set("background", b.accentColour()).set("width", "3em").set("height", "1.5em")
                .set("border-radius", "4px");
        add(name, accent, swatch);
        if (owner) {
            Button save = new Button(getTranslation("common.save"), e -> {
                try {
                    branding.update(name.getValue(), accent.getValue(), b.version());
                    FieldErrors.success(getTranslation("report.branding.saved"));
                    render();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("displayName", name, "accentColour", accent), this);
                } catch (ObjectOptimisticLockingFailureException ex) {
                    FieldErrors.conflict(this, "common.concurrentEdit", "branding-conflict", Optional.of(this::render));
                }
            });
            save.setId("branding-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            name.setReadOnly(true);
            accent.setReadOnly(true);
        }
        Paragraph logoLabel = new Paragraph(getTranslation("report.branding.logo", BrandingService.MAX_LOGO_BYTES / 1024));
        add(logoLabel);
        if (b.logo().isPresent()) {
            Image img = new Image(b.logo().get().dataUri(), b.displayName());
            img.setId("branding-logo");
            img.setMaxHeight("64px");
            add(img);
        } else {
            Paragraph none = new Paragraph(getTranslation("report.branding.noLogo"));
            none.setId("branding-no-logo");
            add(none);
        }
        if (owner) {
            Paragraph logoError = new Paragraph();
            logoError.setId("branding-logo-error");
            logoError.addClassName("gp-field-error");
            logoError.setVisible(false);
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(security);
                try {
                    receiveLogo(bytes, b.version(), logoError);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            })));
            upload.setId("branding-upload");
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(BrandingService.MAX_LOGO_BYTES);
            upload.addFileRejectedListener(e -> {
                logoError.setText(getTranslation("report.branding.error.logoSize", BrandingService.MAX_LOGO_BYTES / 1024));
                logoError.setVisible(true);
            });
            add(upload, logoError);
            if (b.logo().isPresent()) {
                Button remove = new Button(getTranslation("report.branding.removeLogo"), e -> {
                    try {
                        branding.removeLogo(b.version());
                        render();
                    } catch (ObjectOptimisticLockingFailureException ex) {
                        FieldErrors.conflict(this, "common.concurrentEdit", "branding-conflict",
                                Optional.of(this::render));
                    }
                });
                remove.setId("branding-remove-logo");
                add(remove);
            }
        }
    }

    /** What the upload does with a received file: the service checks it; a refusal shows under the upload. */
    void receiveLogo(byte[] bytes, long version, Paragraph error) {
        try {
            branding.uploadLogo(bytes, version);
            FieldErrors.success(getTranslation("report.branding.logoSaved"));
            render();
        } catch (InvalidInputException ex) {
            error.setText(getTranslation(ex.messageKey(), ex.args()));
            error.setVisible(true);
        } catch (ObjectOptimisticLockingFailureException ex) {
            FieldErrors.conflict(this, "common.concurrentEdit", "branding-conflict", Optional.of(this::render));
        }
    }
}
