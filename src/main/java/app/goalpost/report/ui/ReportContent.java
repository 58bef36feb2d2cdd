package app.goalpost.report.ui;

import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportHtml;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

/**
 * The client report as a component, built from the {@link ClientReport} page model: the same XHTML and SVG charts
 * the PDF and the printer get (report/ReportHtml), with its stylesheet. Works inside the app shell and outside it
 * (a read-only share page): it has no links, buttons or anything else that reaches further.
 */
@StyleSheet("context://goalpost/report.css")
public class ReportContent extends Div {

    private final transient ClientReport report;

    public ReportContent(ClientReport report) {
        this.report = report;
        addClassName("gp-report-content");
        add(new Html(ReportHtml.fragment(report)));
    }

    public ClientReport report() {
        return report;
    }
}
