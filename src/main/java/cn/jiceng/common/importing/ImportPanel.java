package cn.jiceng.common.importing;

import cn.jiceng.common.background.BackgroundTasks;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.validation.InputRejectedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A titled upload of one CSV/Excel file with the table of row errors below it. Reading and
 * importing run off the request thread ({@link BackgroundTasks}) while a progress bar shows and the
 * upload (and whatever the view registers with {@link #addBusyListener}) is disabled; the result
 * comes back through {@code UI.access}. A rejected file shows its errors and a notification (the
 * services import nothing on any row error), a successful one its message.
 */
public class ImportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);

    /**
     * Prepares an import on the UI thread (read what it needs from the view, e.g. the selected
     * year) and returns the slow part — reading and importing (or previewing) the file — which runs
     * off the UI thread and must not touch components.
     */
    @FunctionalInterface
    public interface BackgroundImporter<R> {
        Callable<R> prepare(String fileName, byte[] content);
    }

    /** Shows the result on the UI thread; returns the success message to show, or null for none. */
    @FunctionalInterface
    public interface Presenter<R> {
        String show(R result);
    }

    private final ImportErrorsGrid errors = new ImportErrorsGrid();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final List<Consumer<Boolean>> busyListeners = new ArrayList<>();
    private Upload upload;
    private boolean busy;

    /** The import prepared by {@code work} runs off the UI thread; {@code presenter} shows its result on the UI thread. */
    public <R> ImportPanel(String uploadId, String titleKey, String helpKey, BackgroundImporter<R> work, Presenter<R> presenter) {
        setPadding(false);
        UI ui = UI.getCurrent();
        UploadHandler handler = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                // never more than one byte over the limit in memory (the browser's limit can be bypassed);
                // the reader refuses a file of MAX_BYTES + 1 with its message
                data = in.readNBytes(TabularFileReader.MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            ui.access(() -> {
                upload.clearFileList();
                if (!busy) {
                    runInBackground(fileName, work.prepare(fileName, data), presenter);
                }
            });
        };
        upload = new Upload(handler);
        upload.setId(uploadId);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls");
        upload.setMaxFileSize(TabularFileReader.MAX_BYTES);
        upload.setMaxFiles(1);
        WidgetI18n.upload(upload);
        progress.setIndeterminate(true);
        progress.setId(uploadId + "-progress");
        progress.setWidth("20rem");
        progressText.addClassName("import-progress-text");
        progress.setVisible(false);
        progressText.setVisible(false);
        add(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)), upload, progressText, progress, errors);
    }

    /**
     * Runs a step of this import (e.g. the confirmation after a preview) in the background with the
     * progress bar; must be called on the UI thread. Ignored while another step runs.
     */
    public <R> void runInBackground(String label, Callable<R> work, Presenter<R> presenter) {
        if (busy) {
            return;
        }
        setBusy(true, label);
        errors.show(List.of());
        BackgroundTasks.current().run(UI.getCurrent(), work, result -> {
            setBusy(false, null);
            try {
                String message = presenter.show(result);
                if (message != null) {
                    Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            } catch (RuntimeException e) {
                failed(e);
            }
        }, e -> {
            setBusy(false, null);
            failed(e);
        });
    }

    private void failed(RuntimeException e) {
        if (e instanceof ImportRejectedException rejected) {
            showErrors(rejected.getErrors());
        } else if (e instanceof InputRejectedException rejected) {
            Feedback.rejected(rejected);
        } else {
            log.error("Import failed", e);
            Feedback.error("import.failed");
        }
    }

    private void setBusy(boolean running, String label) {
        busy = running;
        upload.setEnabled(!running);
        progress.setVisible(running);
        progressText.setVisible(running);
        progressText.setText(running ? getTranslation("import.running", label == null ? "" : label) : "");
        busyListeners.forEach(l -> l.accept(running));
    }

    /** Called with true when a step starts and false when it ends (e.g. to disable the view's other buttons). */
    public void addBusyListener(Consumer<Boolean> listener) {
        busyListeners.add(listener);
    }

    private void showErrors(List<ImportError> rejected) {
        errors.show(rejected);
        Feedback.error("import.rejected", rejected.size());
    }
}
