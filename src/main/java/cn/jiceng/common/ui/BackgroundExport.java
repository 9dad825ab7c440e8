package cn.jiceng.common.ui;

import cn.jiceng.common.background.BackgroundTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export button that produces the file in the background with a progress bar (the button is
 * disabled meanwhile), then offers the finished file as a download link. The file is kept in
 * memory only until the next export or the end of the UI.
 */
public class BackgroundExport extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExport.class);

    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Anchor download = new Anchor();
    private final String contentType;
    private String fileName;
    private Callable<byte[]> producer;

    /** {@code id} names the button; the download link is {@code id + "-download"}. */
    public BackgroundExport(String id, String labelKey, String contentType) {
        this.contentType = contentType;
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        start.setText(getTranslation(labelKey));
        start.setId(id);
        start.addClickListener(e -> produce());
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        progress.setVisible(false);
        progressText.setVisible(false);
        download.setId(id + "-download");
        download.setVisible(false);
        add(start, progressText, progress, download);
    }

    /** What to export next: the file name and the (slow, UI-free) producer of its bytes. */
    public void setSource(String fileName, Callable<byte[]> producer) {
        this.fileName = fileName;
        this.producer = producer;
        download.setVisible(false);
        download.removeHref();
    }

    private void produce() {
        if (producer == null) {
            return;
        }
        String name = fileName;
        setBusy(true, name);
        download.setVisible(false);
        BackgroundTasks.current().run(UI.getCurrent(), producer, bytes -> {
            setBusy(false, null);
            download.setHref(Downloads.file(name, contentType, () -> bytes));
            download.setText(getTranslation("export.ready", name, size(bytes.length)));
            download.setVisible(true);
        }, e -> {
            setBusy(false, null);
            log.error("Export {} failed", name, e);
            Feedback.error("export.failed");
        });
    }

    private void setBusy(boolean running, String name) {
        start.setEnabled(!running);
        progress.setVisible(running);
        progressText.setVisible(running);
        progressText.setText(running ? getTranslation("export.running", name) : "");
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
