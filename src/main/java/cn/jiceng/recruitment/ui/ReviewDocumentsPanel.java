package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentContent;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentInfo;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The documents of the application under review, for the qualification review dialog. Each link
 * opens the document in a new tab; the service checks the task is in the reviewer's queue and logs
 * every opening.
 */
public class ReviewDocumentsPanel extends Div {

    public ReviewDocumentsPanel(ApplicationDocumentService documents, AppUser reviewer, String taskId) {
        setId("review-documents");
        Span title = new Span(getTranslation("documents.reviewTitle"));
        title.getStyle().set("font-weight", "600");
        add(title);
        List<DocumentInfo> list = documents.documentsForTask(reviewer, taskId);
        if (list.isEmpty()) {
            add(new Div(getTranslation("documents.reviewNone")));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (DocumentInfo d : list) {
            Anchor link = new Anchor();
            link.setText(d.fileName());
            link.setHref(DownloadHandler.fromInputStream(event -> {
                DocumentContent c = documents.openForReview(reviewer, taskId, d.id());
                return new DownloadResponse(new ByteArrayInputStream(c.content()), c.fileName(), c.contentType(),
                        c.content().length);
            }).inline());
            link.setTarget(AnchorTarget.BLANK);
            link.addClassName("review-document-link");
            items.add(new ListItem(new Span(getTranslation("documentKind." + d.kind().name()) + "："), link,
                    new Span(" (" + ApplicationDocumentsDialog.size(d.sizeBytes()) + ", "
                            + Times.format(d.uploadedAt()) + ")")));
        }
        add(items);
    }
}
