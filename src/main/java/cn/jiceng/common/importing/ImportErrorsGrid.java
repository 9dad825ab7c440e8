package cn.jiceng.common.importing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** Shows an import's row-level errors, translated, one line per problem. */
public class ImportErrorsGrid extends Grid<ImportError> {

    public ImportErrorsGrid() {
        setId("import-errors");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(e -> e.rowNumber() == 0 ? getTranslation("import.wholeFile") : String.valueOf(e.rowNumber()))
                .setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.messageKey(), e.args().toArray())).setHeader(getTranslation("import.problem"));
        setAllRowsVisible(true);
        setVisible(false);
    }

    public void show(List<ImportError> errors) {
        setItems(errors);
        setVisible(!errors.isEmpty());
    }
}
