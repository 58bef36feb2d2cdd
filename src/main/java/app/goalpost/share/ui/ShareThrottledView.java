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
 * Too many attempts: a generic text whatever the token (no app shell, no link), with status 503 ("try again
 * later"; Vaadin's error views cannot answer 429, which is not among its status codes).
 */
@AnonymousAllowed
@StyleSheet("context://goalpost/share.css")
public class ShareThrottledView extends VerticalLayout
        implements HasErrorParameter<ShareThrottledException>, HasDynamicTitle {

    public ShareThrottledView() {
        addClassName("gp-shared-page");
        setId("share-throttled");
        add(new H1(getTranslation("share.throttled.title")), new Paragraph(getTranslation("share.throttled.text")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ShareThrottledException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share.throttled.title") + " · Goalpost";
    }
}
