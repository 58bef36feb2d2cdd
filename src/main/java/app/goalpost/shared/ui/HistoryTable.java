package app.goalpost.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A "History" section: a revision history, newest first, loaded when the reader opens it and a page at a time
 * ("Show older"), so a long history never loads whole. The feature turns its revisions into {@link Row}s of text
 * (what changed, before → after, who, why); this component only shows them.
 */
public class HistoryTable extends Details {

    /** One change as shown; {@code id} is where the next page continues. */
    public record Row(long id, Instant at, String what, String change, String who, String why) {
    }

    private final Function<Optional<Long>, List<Row>> pages;
    private final int pageSize;
    private final List<Row> shown = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();
    private final Span empty = new Span();
    private final Button more = new Button();
    private boolean loaded;

    /**
     * @param idPrefix the ids of the section's parts ({@code idPrefix}, {@code -grid}, {@code -more}, {@code -empty})
     * @param pages    a page of rows below an id (empty: the newest), at most {@code pageSize}
     */
    public HistoryTable(String idPrefix, Function<Optional<Long>, List<Row>> pages, int pageSize, ZoneId zone) {
        this.pages = pages;
        this.pageSize = pageSize;
        setId(idPrefix);
        setSummaryText(getTranslation("history.title"));
        Locale locale = getLocale();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        grid.addColumn(r -> when.format(r.at())).setHeader(getTranslation("history.col.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Row::what).setHeader(getTranslation("history.col.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::change).setHeader(getTranslation("history.col.change")).setFlexGrow(2);
        grid.addColumn(Row::who).setHeader(getTranslation("history.col.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::why).setHeader(getTranslation("history.col.why")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId(idPrefix + "-grid");
        empty.setText(getTranslation("history.empty"));
        empty.setId(idPrefix + "-empty");
        more.setText(getTranslation("history.more"));
        more.setId(idPrefix + "-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> load(Optional.of(shown.getLast().id())));
        add(empty, grid, more);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && !loaded) {
                loaded = true;
                load(Optional.empty());
            }
        });
        empty.setVisible(false);
        grid.setVisible(false);
        more.setVisible(false);
    }

    private void load(Optional<Long> belowId) {
        List<Row> page = pages.apply(belowId);
        shown.addAll(page);
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
        more.setVisible(page.size() >= pageSize);
    }

    /** A stored {@code start/end} period in the reader's dates ("1 Jan 2026 – 31 Mar 2026"). */
    public static String period(String stored, Locale locale) {
        String[] parts = stored.split("/");
        if (parts.length != 2) {
            return stored;
        }
        return Formats.date(LocalDate.parse(parts[0]), locale) + " – " + Formats.date(LocalDate.parse(parts[1]), locale);
    }
}
