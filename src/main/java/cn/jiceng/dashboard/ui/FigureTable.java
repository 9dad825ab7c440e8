package cn.jiceng.dashboard.ui;

import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.spreadsheet.TableWorkbook;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A dashboard widget: a title with an Excel download of the table as shown, an optional chart, and
 * the table. Columns are declared once and serve both the grid and the export.
 */
class FigureTable<T> extends VerticalLayout {

    private final Grid<T> grid = new Grid<>();
    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, Object>> values = new ArrayList<>();
    private final String title;
    private List<T> items = List.of();

    FigureTable(String id, String title, String fileName) {
        this.title = title;
        setId(id);
        setPadding(false);
        setSpacing(false);
        addClassName("dashboard-widget");
        Anchor export = new Anchor(Downloads.xlsx(fileName + ".xlsx",
                () -> TableWorkbook.write(title, headers, rows())), "");
        export.setId(id + "-export");
        export.add(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("dashboard.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout head = new HorizontalLayout(new H3(title), export);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId(id + "-grid");
        add(head);
        add(grid);
    }

    /** A column; {@code value} gives the cell (numbers stay numbers in the export). */
    FigureTable<T> column(String headerKey, Function<T, Object> value) {
        String header = getTranslation(headerKey);
        headers.add(header);
        values.add(value);
        grid.addColumn(item -> {
            Object v = value.apply(item);
            return v == null ? "" : v.toString();
        }).setHeader(header).setAutoWidth(true).setResizable(true);
        return this;
    }

    /** A column shown as a component (a link, a button); the export takes {@code value}. */
    FigureTable<T> componentColumn(String headerKey, Function<T, Object> value, Function<T, Component> component) {
        String header = getTranslation(headerKey);
        headers.add(header);
        values.add(value);
        grid.addComponentColumn(component::apply).setHeader(header).setAutoWidth(true).setResizable(true);
        return this;
    }

    /** Puts a chart between the title and the table. */
    void chart(Component chart) {
        addComponentAtIndex(1, chart);
    }

    Grid<T> grid() {
        return grid;
    }

    String title() {
        return title;
    }

    void setItems(List<T> items) {
        this.items = List.copyOf(items);
        grid.setItems(this.items);
    }

    List<T> items() {
        return items;
    }

    private List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (T item : items) {
            List<Object> row = new ArrayList<>();
            values.forEach(v -> row.add(v.apply(item)));
            rows.add(row);
        }
        return rows;
    }
}
