package app.goalpost.shared.ui;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one import dialog: upload a CSV or XLSX file, see what it would change, confirm. Each feature supplies
 * {@link Steps}: how to check a file (writing nothing) and show the result, and how to write it.
 * <p>
 * Threading, the same for every import: checking and writing run on a worker thread with the signed-in user's
 * security context (so the services check access and pick the tenant as usual), never on the upload request or
 * under the UI lock; the worker reports progress and results through {@code UI.access}, and the dialog polls
 * while it works (the app has no push). Every stage says something at once: "Receiving…" with a progress bar as
 * soon as the upload starts, "Checking…" with a bar while the file is read, a message for a refused file (too
 * large, wrong type). "Stop" cancels the running step; the services roll back, so nothing is half-written.
 */
public class SheetImportDialog<C> extends Dialog {

    /** What a feature does with a file. */
    public interface Steps<C> {

        /** Reads and checks the file without writing anything. Worker thread; may throw InvalidInputException. */
        C check(SheetFile file, SheetProgress progress);

        /** The check's result as the user sees it. UI thread. */
        Component preview(C checked);

        boolean canConfirm(C checked);

        /** Writes the checked file (worker thread); returns what the page does afterwards (UI thread). */
        Runnable write(C checked, SheetFile file, SheetProgress progress);

        /**
         * False when writing is only handing the checked rows to the page (which saves and navigates, and needs
         * the click's request): then {@link #write} runs at once on the UI thread.
         */
        default boolean writesOnWorker() {
            return true;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SheetImportDialog.class);
    /** Virtual threads: an import mostly waits for the disk and the database. */
    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();
    private static final int POLL_MS = 300;
    private static final long REPORT_NANOS = 200_000_000L;

    private final Steps<C> steps;
    private final int maxMegabytes;
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final VerticalLayout preview = new VerticalLayout();
    private final Button stop = new Button();
    private final Button confirm = new Button();
    private transient UI ui;
    /**
     * The user who opened the dialog: the upload callback may run on whichever request thread holds the UI lock,
     * so the worker does not take the context of the thread that happens to start it.
     */
    private final SecurityContext security;
    private transient volatile Job job;
    private transient SheetFile file;
    private transient C checked;

    public SheetImportDialog(String title, String help, String confirmText, int maxMegabytes, Steps<C> steps) {
        this.steps = steps;
        this.maxMegabytes = maxMegabytes;
        this.ui = UI.getCurrent();
        // a copy: the request's own context object is cleared when its request ends
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addAttachListener(e -> ui = e.getUI());
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        upload = new Upload(UploadHandler.toTempFile(
                (meta, temp) -> receive(SheetFile.of(meta.fileName(), temp.toPath())), new Receiving()));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", ".tsv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxMegabytes * 1024 * 1024);
        upload.addFileRejectedListener(e -> status.setText(getTranslation("sheet.rejected", maxMegabytes)));
        bar.setId("import-progress");
        bar.setVisible(false);
        status.setId("import-status");
        status.setWidthFull();
        preview.setPadding(false);
        stop.setText(getTranslation("sheet.stop"));
        stop.setId("import-stop");
        stop.setVisible(false);
        stop.addClickListener(e -> cancel());
        confirm.setText(confirmText);
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cancel();
                discardFile();
            }
        });
        add(new Paragraph(help), upload, bar, status, preview);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), stop, confirm);
    }

    /**
     * What the upload listener calls with the received file: checks it on a worker thread and shows the result.
     * The future completes when the worker is done (its UI updates are then queued with {@code UI.access}).
     */
    public CompletableFuture<Void> receive(SheetFile received) {
        cancel();
        onUi(() -> {
            discardFile();
            file = received;
            checked = null;
            preview.removeAll();
            confirm.setEnabled(false);
            status.setText(getTranslation("sheet.checking", received.name()));
            upload.clearFileList();
        });
        return run(progress -> {
            C result = steps.check(received, progress);
            return () -> {
                checked = result;
                status.setText(getTranslation("sheet.checked", received.name()));
                preview.add(steps.preview(result));
                confirm.setEnabled(steps.canConfirm(result));
            };
        });
    }

    /** What "Import" does: writes the checked file on a worker thread, then closes and lets the page refresh. */
    public CompletableFuture<Void> confirm() {
        C toWrite = checked;
        SheetFile source = file;
        if (toWrite == null || !steps.canConfirm(toWrite) || job != null) {
            return CompletableFuture.completedFuture(null);
        }
        confirm.setEnabled(false);
        if (!steps.writesOnWorker()) {
            close();
            steps.write(toWrite, source, SheetProgress.NONE).run();
            return CompletableFuture.completedFuture(null);
        }
        status.setText(getTranslation("sheet.writing"));
        return run(progress -> {
            Runnable after = steps.write(toWrite, source, progress);
            return () -> {
                close();
                after.run();
            };
        });
    }

    /** Stops the running step, if any: the service throws, its transaction rolls back. */
    public void cancel() {
        Job running = job;
        if (running != null) {
            running.cancelled = true;
        }
    }

    public Button confirmButton() {
        return confirm;
    }

    private CompletableFuture<Void> run(Function<SheetProgress, Runnable> work) {
        Job started = new Job();
        job = started;
        onUi(() -> {
            bar.setIndeterminate(false);
            bar.setValue(0);
            bar.setVisible(true);
            stop.setVisible(true);
            ui.setPollInterval(POLL_MS);
        });
        // the worker acts as the signed-in user: services check access and Hibernate picks the tenant from it
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            // the page that started the import is the saver's own: live updates skip it (it shows its result itself)
            UI previous = UI.getCurrent();
            UI.setCurrent(ui);
            try {
                Runnable done = work.apply(started);
                started.finish(done);
            } catch (CancellationException e) {
                started.finish(() -> status.setText(getTranslation("sheet.stopped")));
            } catch (InvalidInputException e) {
                started.finish(() -> status.setText(getTranslation(e.messageKey(), e.args())));
            } catch (RuntimeException e) {
                LOG.warn("Import of {} failed", file == null ? "?" : file.name(), e);
                started.finish(() -> status.setText(getTranslation("sheet.failed")));
            } finally {
                UI.setCurrent(previous);
            }
        }, security);
        return CompletableFuture.runAsync(task, WORKERS);
    }

    private void onUi(Runnable command) {
        VaadinSession session = ui == null ? null : ui.getSession();
        if (session != null && session.hasLock()) {
            command.run();
        } else if (ui != null) {
            ui.access(command::run);
        }
    }

    private void discardFile() {
        SheetFile old = file;
        file = null;
        delete(old);
    }

    private static void delete(SheetFile old) {
        if (old != null && old.path().isPresent()) {
            try {
                Files.deleteIfExists(old.path().get());
            } catch (IOException e) {
                LOG.debug("Could not delete the uploaded temporary file", e);
            }
        }
    }

    /** One check or write: its progress and cancellation, as the worker sees them. */
    private final class Job implements SheetProgress {

        private volatile boolean cancelled;
        private volatile long lastReport;

        @Override
        public void report(double fraction) {
            long now = System.nanoTime();
            if (now - lastReport > REPORT_NANOS) {
                lastReport = now;
                ui.access(() -> bar.setValue(Math.max(0, Math.min(1, fraction))));
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        void finish(Runnable show) {
            ui.access(() -> {
                if (job == this) {
                    job = null;
                    bar.setVisible(false);
                    stop.setVisible(false);
                    ui.setPollInterval(-1);
                    show.run();
                }
            });
        }
    }

    /** The upload itself: a message and a bar from its first byte, so a large file never looks like nothing. */
    private final class Receiving implements TransferProgressListener {

        @Override
        public void onStart(TransferContext context) {
            ui.access(() -> {
                status.setText(getTranslation("sheet.receiving", context.fileName()));
                bar.setIndeterminate(true);
                bar.setVisible(true);
                ui.setPollInterval(POLL_MS);
            });
        }

        @Override
        public void onProgress(TransferContext context, long transferred, long total) {
            if (total > 0) {
                ui.access(() -> {
                    bar.setIndeterminate(false);
                    bar.setValue((double) transferred / total);
                });
            }
        }

        @Override
        public void onError(TransferContext context, IOException reason) {
            ui.access(() -> {
                bar.setVisible(false);
                ui.setPollInterval(-1);
                status.setText(getTranslation("sheet.rejected", maxMegabytes));
            });
        }
    }
}
