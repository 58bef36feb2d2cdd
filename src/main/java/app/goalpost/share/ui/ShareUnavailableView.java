package app.goalpost.share.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer for a share link that is unknown, revoked or expired: same page, same text, same 404 status, no
 * app shell and no link anywhere. Nobody learns whether a token ever existed.
 */
@AnonymousAllowed
@StyleSheet("context://goalpost/share.css")
public class ShareUnavailableView extends VerticalLayout
        implements HasErrorParameter<ShareUnavailableException>, HasDynamicTitle {

    public ShareUnavailableView() {
        addClassName("gp-shared-page");
        setId("share-unavailable");
        add(new H1(getTranslation("share.unavailable.title")), new Paragraph(getTranslation("share.unavailable.text")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ShareUnavailableException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share.unavailable.title") + " · Goalpost";
    }
}
