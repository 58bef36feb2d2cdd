package app.goalpost.share.ui;

import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportHtml;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

/**
 * The client report on a shared page: the report feature's one rendering ({@link ReportHtml}, the XHTML and SVG
 * charts the report page, the printer and the PDF get) with its stylesheet, exactly as {@code report.ui.ReportContent}
 * shows it. Built here rather than reusing that component because feature views do not depend on each other's
 * {@code ui} packages (ArchitectureTest); the fragment has no link or button, so nothing reaches further.
 */
@StyleSheet("context://goalpost/report.css")
class SharedReport extends Div {

    SharedReport(ClientReport report) {
        addClassName("gp-report-content");
        setId("shared-report");
        add(new Html(ReportHtml.fragment(report)));
    }
}
