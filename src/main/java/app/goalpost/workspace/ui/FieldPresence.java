package app.goalpost.workspace.ui;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which field or row of the open page someone else is editing, for editors that show it (scenario editor, baseline
 * grid). An editor reports its own focus with {@link #focus}/{@link #blur} (short field codes, no data) and is told
 * who edits what with {@link #onOthers}; the application shell connects this, per UI, to the live presence of the
 * workspace. Without a connected shell (a page shown alone) nothing is reported and nobody is shown.
 */
public final class FieldPresence {

    /** Someone else editing one field or row. {@code colour} is 0..5 (CSS classes gp-presence-c0..5). */
    public record Editing(String field, String name, int colour) {
    }

    /** Where an editor's focus goes: the shell's presence of the page. */
    public interface Sink {
        void focus(String fieldCode);

        void blur(String fieldCode);
    }

    /** Per UI: the shell's sink, who else edits what, and the editors that show it. */
    private static final class Hub {
        @Nullable Sink sink;
        List<Editing> current = List.of();
        final List<Consumer<List<Editing>>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    }

    private static final String MARK = "gp-presence";

    private FieldPresence() {
    }

    /** Connects a UI to presence (by the shell); null disconnects it. */
    public static void connect(UI ui, @Nullable Sink sink) {
        hub(ui).sink = sink;
    }

    /** Who else edits what on the UI's page now (by the shell): every editor of the page is told. */
    public static void publish(UI ui, List<Editing> others) {
        Hub hub = hub(ui);
        if (hub.current.equals(others)) {
            return;
        }
        hub.current = List.copyOf(others);
        hub.listeners.forEach(l -> l.accept(hub.current));
    }

    public static void focus(Component source, String fieldCode) {
        source.getUI().map(FieldPresence::hub).map(h -> h.sink).ifPresent(s -> s.focus(fieldCode));
    }

    public static void blur(Component source, String fieldCode) {
        source.getUI().map(FieldPresence::hub).map(h -> h.sink).ifPresent(s -> s.blur(fieldCode));
    }

    /** Calls the listener with who else edits what on this page, now and on every change, while attached. */
    public static void onOthers(Component owner, Consumer<List<Editing>> listener) {
        Registration[] current = new Registration[1];
        Runnable start = () -> owner.getUI().ifPresent(ui -> {
            if (current[0] != null) {
                current[0].remove();
            }
            Hub hub = hub(ui);
            hub.listeners.add(listener);
            current[0] = () -> hub.listeners.remove(listener);
            listener.accept(hub.current);
        });
        owner.addAttachListener(e -> start.run());
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        if (owner.isAttached()) {
            start.run();
        }
    }

    private static Hub hub(UI ui) {
        Hub hub = ComponentUtil.getData(ui, Hub.class);
        if (hub == null) {
            hub = new Hub();
            ComponentUtil.setData(ui, Hub.class, hub);
        }
        return hub;
    }

    /**
     * For a form: every field inside {@code form} that has an id reports its focus under that id, and a field
     * someone else edits is outlined in their colour and says who ("Nora is editing" as its helper text).
     */
    public static void track(Component form) {
        List<Component> fields = descendants(form)
                .filter(c -> c instanceof HasValue<?, ?> && c.getId().isPresent()).toList();
        for (Component field : fields) {
            String code = field.getId().orElseThrow();
            if (field instanceof FocusNotifier<?> focusable) {
                focusable.addFocusListener(e -> focus(field, code));
            }
            if (field instanceof BlurNotifier<?> blurrable) {
                blurrable.addBlurListener(e -> blur(field, code));
            }
        }
        onOthers(form, others -> {
            Map<String, Editing> byField = others.stream()
                    .collect(Collectors.toMap(Editing::field, e -> e, (a, b) -> a));
            for (Component field : fields) {
                mark(field, byField.get(field.getId().orElseThrow()));
            }
        });
    }

    /** Marks (or unmarks, with null) one component as edited by someone else. */
    public static void mark(Component field, @Nullable Editing editing) {
        for (int i = 0; i < 6; i++) {
            field.removeClassName(MARK + "-c" + i);
        }
        if (editing == null) {
            field.removeClassName(MARK);
            field.getElement().removeAttribute("data-presence");
            Object helper = ComponentUtil.getData(field, MARK);
            if (helper != null) {
                field.getElement().setProperty("helperText", helper instanceof String s ? s : "");
                ComponentUtil.setData(field, MARK, null);
            }
            return;
        }
        field.addClassNames(MARK, MARK + "-c" + editing.colour());
        field.getElement().setAttribute("data-presence", editing.name());
        if (ComponentUtil.getData(field, MARK) == null) {
            ComponentUtil.setData(field, MARK, field.getElement().getProperty("helperText", ""));
        }
        field.getElement().setProperty("helperText", field.getTranslation("collab.editing", editing.name()));
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }

}
