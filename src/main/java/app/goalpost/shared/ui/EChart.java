package app.goalpost.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart as a Flow component, without npm: echarts.min.js comes from the org.mvnpm jar and
 * frontend/echarts-glue.js from our static resources (docs/decisions/0004-charts.md). The server builds the
 * option as JSON; the component sends it on attach and on every change, and the chart resizes with its
 * container. Locale and currency formatting happen on the server (data items may carry a {@code tip}).
 */
@Tag("div")
@JavaScript("context://_static/echarts/6.0.0/dist/echarts.min.js")
@JavaScript("context://goalpost/echarts-glue.js")
public class EChart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String optionJson;

    public EChart() {
        addClassName("gp-chart");
        setWidthFull();
        setHeight("320px");
        addAttachListener(event -> push());
        addDetachListener(event -> getElement().executeJs("window.goalpostCharts && window.goalpostCharts.dispose(this)"));
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
        this.optionJson = json;
        push();
    }

    /** The last option sent, as JSON (for tests and for measuring what a page sends). */
    public String getOptionJson() {
        return optionJson;
    }

    private void push() {
        if (optionJson != null && isAttached()) {
            getElement().executeJs("window.goalpostCharts.render(this, $0)", optionJson);
        }
    }
}
