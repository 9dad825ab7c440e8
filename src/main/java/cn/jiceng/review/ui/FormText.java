package cn.jiceng.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown of a form-js {@code text} component, after its templates are filled, as Vaadin
 * components: the subset these forms use (paragraphs split by blank lines, {@code #}-headings,
 * {@code -}/{@code *} list items, {@code **bold**}). Text only, never HTML: a value typed by a
 * citizen cannot inject markup.
 */
final class FormText {

    private FormText() {
    }

    static Div render(String markdown) {
        Div text = new Div();
        text.addClassName("form-text");
        List<String> paragraph = new ArrayList<>();
        UnorderedList list = null;
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(text, paragraph);
                list = null;
            } else if (t.startsWith("- ") || t.startsWith("* ")) {
                flush(text, paragraph);
                if (list == null) {
                    list = new UnorderedList();
                    text.add(list);
                }
                list.add(new ListItem(inline(t.substring(2).strip())));
            } else if (t.startsWith("#")) {
                flush(text, paragraph);
                list = null;
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                Component[] content = inline(t.substring(level).strip());
                text.add(level <= 1 ? new H4(content) : level == 2 ? new H5(content) : new H6(content));
            } else {
                list = null;
                paragraph.add(t);
            }
        }
        flush(text, paragraph);
        return text;
    }

    private static void flush(Div text, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            Paragraph p = new Paragraph(inline(String.join(" ", paragraph)));
            p.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
            text.add(p);
            paragraph.clear();
        }
    }

    /** {@code **bold**} spans; an unclosed {@code **} stays as it is. */
    private static Component[] inline(String line) {
        List<Component> parts = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf("**", at);
            int close = open < 0 ? -1 : line.indexOf("**", open + 2);
            if (open < 0 || close < 0) {
                parts.add(new Span(line.substring(at)));
                break;
            }
            if (open > at) {
                parts.add(new Span(line.substring(at, open)));
            }
            Span bold = new Span(line.substring(open + 2, close));
            bold.getStyle().set("font-weight", "600");
            parts.add(bold);
            at = close + 2;
        }
        return parts.toArray(Component[]::new);
    }
}
