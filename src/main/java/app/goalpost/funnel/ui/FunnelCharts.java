package app.goalpost.funnel.ui;

import app.goalpost.planning.Rate;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.shared.ui.Formats;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options for the baseline funnel; every text is formatted on the server in the user's locale. */
final class FunnelCharts {

    private FunnelCharts() {
    }

    /**
     * A funnel series, one item per stage. Widths are proportional to the square root of the volume: with
     * linear widths a 20,000 → 18 funnel shows nothing below the second stage.
     */
    static ObjectNode funnel(Funnel funnel, Locale locale, String title) {
        ObjectNode option = app.goalpost.shared.ui.EChart.newOption();
        option.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "funnel").put("sort", "none").put("gap", 2).put("minSize", "8%").put("top", 40)
                .put("min", 0).put("max", Math.sqrt(Math.max(1, funnel.volume(0))));
        series.putObject("label").put("show", true).put("position", "inside");
        ArrayNode data = series.putArray("data");
        for (int i = 0; i < funnel.size(); i++) {
            double volume = funnel.volume(i);
            String text = funnel.stage(i).name() + ": " + Formats.number(volume, 1, locale);
            if (i > 0) {
                Rate rate = funnel.rate(i - 1);
                if (rate.isDefined()) {
                    text += " (" + Formats.percent(rate.value(), 2, locale) + ")";
                }
            }
            ObjectNode item = data.addObject();
            item.put("name", text).put("value", Math.sqrt(volume)).put("tip", text);
        }
        return option;
    }
}
