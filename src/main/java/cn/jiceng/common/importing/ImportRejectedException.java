package cn.jiceng.common.importing;

import java.util.List;

/** An import that was refused as a whole: nothing of the file was stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super("Import rejected, nothing stored: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
