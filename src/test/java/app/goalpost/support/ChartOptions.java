package app.goalpost.support;

import app.goalpost.shared.ui.EChart;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHook;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chart really sent to the browser: the option JSON of its {@code window.goalpostCharts.render(this, $0)}
 * calls, read from the JavaScript invocations Karibu's round trips take off the UI (as a response would send them).
 * Karibu runs a round trip before every lookup, so the calls are recorded by a {@linkplain #recording lifecycle
 * hook} from the start of the test; each look first runs a round trip of its own, so the calls of a freshly
 * navigated page are included.
 */
public final class ChartOptions {

    private static final String RENDER = "goalpostCharts.render";

    /** Every JavaScript call sent since the recording hook was installed. */
    private static final List<PendingJavaScriptInvocation> SENT = new ArrayList<>();

    /** How many of {@link #SENT} {@link #rendersSinceLastLook} has looked at. */
    private static int looked;

    private ChartOptions() {
    }

    /** A hook that records every call sent, then hands them to {@code delegate}; starts a fresh record. */
    public static TestingLifecycleHook recording(TestingLifecycleHook delegate) {
        SENT.clear();
        looked = 0;
        return new TestingLifecycleHook() {
            @Override
            public void awaitBeforeLookup() {
                delegate.awaitBeforeLookup();
            }

            @Override
            public void awaitAfterLookup() {
                delegate.awaitAfterLookup();
            }

            @Override
            public List<Component> getAllChildren(Component component) {
                return delegate.getAllChildren(component);
            }

            @Override
            public String getLabel(Component component) {
                return delegate.getLabel(component);
            }

            @Override
            public void handlePendingJavascriptInvocations(List<? extends PendingJavaScriptInvocation> calls) {
                SENT.addAll(calls);
                delegate.handlePendingJavascriptInvocations(calls);
            }
        };
    }

    /** The option JSON {@code chart} last sent to the browser; fails if it sent none. */
    public static String lastSent(EChart chart) {
        MockVaadin.clientRoundtrip(false);
        String last = null;
        for (PendingJavaScriptInvocation call : SENT) {
            if (isRender(call) && call.getOwner() == chart.getElement().getNode()) {
                last = option(call);
            }
        }
        if (last == null) {
            throw new AssertionError("the chart sent no option to the browser");
        }
        return last;
    }

    /** The option each of {@code charts} sent since the last call of this method (its last one, if several). */
    public static <C extends EChart> Map<C, String> rendersSinceLastLook(Collection<C> charts) {
        MockVaadin.clientRoundtrip(false);
        Map<Object, C> byNode = new IdentityHashMap<>();
        charts.forEach(c -> byNode.put(c.getElement().getNode(), c));
        Map<C, String> out = new LinkedHashMap<>();
        for (PendingJavaScriptInvocation call : SENT.subList(looked, SENT.size())) {
            C chart = byNode.get(call.getOwner());
            if (chart != null && isRender(call)) {
                out.put(chart, option(call));
            }
        }
        looked = SENT.size();
        return out;
    }

    private static boolean isRender(PendingJavaScriptInvocation call) {
        return call.getInvocation().getExpression().contains(RENDER);
    }

    private static String option(PendingJavaScriptInvocation call) {
        return (String) call.getInvocation().getParameters().get(0);
    }
}
