package cn.jiceng.common.ui;

import cn.jiceng.common.database.DatabaseUnavailableException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** What a page shows instead of a stack trace when it cannot be opened because the database is unreachable (503). */
@AnonymousAllowed
public class DatabaseUnavailableView extends Div implements HasErrorParameter<DatabaseUnavailableException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DatabaseUnavailableException> parameter) {
        removeAll();
        setId("database-unavailable");
        add(new H2(getTranslation("error.databaseUnavailable.title")),
                new Paragraph(getTranslation(DatabaseUnavailableException.MESSAGE_KEY)));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
