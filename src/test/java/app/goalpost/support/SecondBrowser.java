package app.goalpost.support;

import app.goalpost.security.GoalpostPrincipal;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Another user's browser in a Karibu test: its own mocked Vaadin session and UI on a thread of its own (Karibu keeps
 * the current session, UI and sign-in per thread, and holds the session's lock on that thread), so two users' pages
 * live side by side as they would in two browsers. Everything that touches this browser's UI runs through
 * {@link #run}; events from other threads reach it through {@code UI.access}, run by {@link #await}.
 */
public final class SecondBrowser implements AutoCloseable {

    private final ExecutorService thread;
    private final Fixtures fixtures;
    private boolean expired;

    public SecondBrowser(ApplicationContext ctx, Fixtures fixtures) {
        this.fixtures = fixtures;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "second-browser"));
        run(() -> {
            SecurityContextHolder.clearContext();
            MockVaadin.setup(UI::new, new MockSpringServlet(KaribuSupport.routes(), ctx, UI::new));
            return null;
        });
    }

    /** Signs the user in on this browser (services and Vaadin's route checks). */
    public GoalpostPrincipal signIn(String email) {
        return run(() -> {
            GoalpostPrincipal principal = fixtures.signIn(email);
            jakarta.servlet.ServletRequest request =
                    ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getRequest();
            while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper w) {
                request = w.getRequest();
            }
            FakeRequest fake = (FakeRequest) request;
            fake.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
            fake.setUserInRole((p, role) -> principal.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return principal;
        });
    }

    public void navigate(String location) {
        run(() -> {
            UI.getCurrent().navigate(location);
            return null;
        });
    }

    /** Runs on this browser's thread, with its UI current and its session locked. */
    public <T> T run(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets pending UI.access tasks run on this browser until the condition holds (false after the timeout). */
    public boolean await(BooleanSupplier condition, Duration timeout) {
        return run(() -> awaitHere(condition, timeout));
    }

    /** The same for the calling thread's own Karibu UI. */
    public static boolean awaitHere(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
    }

    /** What the servlet container does when the session times out: Vaadin destroys it and detaches its UIs. */
    public void expireSession() {
        run(() -> {
            com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
            com.vaadin.flow.server.VaadinService service = com.vaadin.flow.server.VaadinService.getCurrent();
            // Karibu holds the session lock on this thread; the container destroys a session from a thread without it
            session.unlock();
            service.fireSessionDestroy(session);
            return null;
        });
        expired = true;
    }

    /** What Vaadin does when the tab's unload beacon arrives (Chromium): the UI is closed and removed at once. */
    public void closeTab() {
        run(() -> {
            UI ui = UI.getCurrent();
            ui.close();
            ui.getSession().removeUI(ui);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            run(() -> {
                if (expired) {
                    com.vaadin.flow.internal.CurrentInstance.clearAll();
                } else {
                    MockVaadin.tearDown();
                }
                SecurityContextHolder.clearContext();
                return null;
            });
        } finally {
            thread.shutdownNow();
        }
    }
}
