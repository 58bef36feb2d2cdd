package app.goalpost.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart as a Flow component, without npm: echarts.min.js comes from the org.mvnpm jar and
 * frontend/echarts-glue.js from our static resources (docs/decisions/0004-charts.md). The server builds the
 * option as JSON and keeps it in the element's {@value #OPTION} property (sent with the element, so a re-attached
 * chart draws again); the glue draws it on attach and on every change, and the chart resizes with its container.
 * Locale and currency formatting happen on the server (data items may carry a {@code tip}).
 */
@Tag("div")
@JavaScript("context://goalpost/echarts-glue.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** The element property holding the option JSON. */
    public static final String OPTION = "option";

    /**
     * The script of the ECharts jar on the classpath: its version is read from the jar's own Maven metadata, so
     * the pom's {@code echarts.version} is the only place it is written.
     */
    static final String SCRIPT = "context://_static/echarts/" + jarVersion() + "/dist/echarts.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        addClassName("gp-chart");
        setWidthFull();
        setHeight("320px");
        addDetachListener(event -> getElement().executeJs("window.goalpostCharts && window.goalpostCharts.dispose(this)"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    /** A fresh option object to fill in. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    public void setOption(ObjectNode option) {
        setOption(JSON.writeValueAsString(option));
    }

    /** Replaces the whole option (ECharts {@code notMerge}), in place: the chart is not re-created. */
    public void setOption(String json) {
        getElement().setProperty(OPTION, json);
        draw();
    }

    private void draw() {
        if (isAttached() && getElement().hasProperty(OPTION)) {
            // property changes reach the browser before this call runs, so the glue reads the current option
            getElement().executeJs("window.goalpostCharts.render(this, this." + OPTION + ")");
        }
    }

    private static String jarVersion() {
        try (InputStream in = EChart.class.getResourceAsStream("/META-INF/maven/org.mvnpm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.mvnpm:echarts is not on the classpath");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
