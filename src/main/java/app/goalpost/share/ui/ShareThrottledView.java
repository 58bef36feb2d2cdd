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

/** Too many attempts: status 429 and a generic text, whatever the token (no app shell, no link). */
@AnonymousAllowed
@StyleSheet("context://goalpost/share.css")
public class ShareThrottledView extends VerticalLayout
        implements HasErrorParameter<ShareThrottledException>, HasDynamicTitle {

    static final int TOO_MANY_REQUESTS = 429;

    public ShareThrottledView() {
        addClassName("gp-shared-page");
        setId("share-throttled");
        add(new H1(getTranslation("share.throttled.title")), new Paragraph(getTranslation("share.throttled.text")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ShareThrottledException> parameter) {
        return TOO_MANY_REQUESTS;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share.throttled.title") + " · Goalpost";
    }
}
