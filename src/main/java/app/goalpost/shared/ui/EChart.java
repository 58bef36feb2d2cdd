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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart as a Flow component, without npm: echarts.min.js comes from the org.mvnpm jar and
 * frontend/echarts-glue.js from our static resources (docs/decisions/0004-charts.md). The server builds the
 * option as JSON and sends it as the argument of one JavaScript call; the glue draws it and the chart resizes
 * with its container. The JSON is not kept in the element (it would stay in the session for as long as the page
 * is open): the chart keeps an {@linkplain #setOptionSource option source} instead and asks it again when it is
 * attached anew (a moved or re-added chart gets a new browser element that must be drawn again). A source may be
 * lighter than its JSON (the dashboard's mini charts keep their sampled points only).
 * Locale and currency formatting happen on the server (data items may carry a {@code tip}).
 */
@Tag("div")
@JavaScript("context://goalpost/echarts-glue.js")
public class EChart extends Component implements HasSize, HasStyle {

    /**
     * The script of the ECharts jar on the classpath: its version is read from the jar's own Maven metadata, so
     * the pom's {@code echarts.version} is the only place it is written.
     */
    static final String SCRIPT = "context://_static/echarts/" + jarVersion() + "/dist/echarts.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Builds the option JSON again for a new attach; null until an option is set. */
    private @Nullable Supplier<String> source;

    public EChart() {
        addClassName("gp-chart");
        setWidthFull();
        setHeight("320px");
        addDetachListener(event -> getElement().executeJs("window.goalpostCharts && window.goalpostCharts.dispose(this)"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        if (source != null) {
            send(source.get());
        }
    }

    /** A fresh option object to fill in. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    /** The JSON of an option, for sources that build one. */
    public static String json(ObjectNode option) {
        return JSON.writeValueAsString(option);
    }

    public void setOption(ObjectNode option) {
        setOption(json(option));
    }

    /**
     * Replaces the whole option (ECharts {@code notMerge}), in place: the chart is not re-created. The chart keeps
     * this JSON to draw again after a new attach; use {@link #setOptionSource} to keep less.
     */
    public void setOption(String json) {
        source = () -> json;
        send(json);
    }

    /**
     * Replaces the whole option with what {@code source} builds, now (when attached) and on every new attach; the
     * chart keeps the source, not its JSON.
     */
    public void setOptionSource(Supplier<String> source) {
        this.source = source;
        if (isAttached()) {
            send(source.get());
        }
    }

    private void send(String json) {
        if (isAttached()) {
            getElement().executeJs("window.goalpostCharts.render(this, $0)", json);
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
