package cn.jiceng.common.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * An import that was refused as a whole: nothing of the file was stored. At most
 * {@link #MAX_REPORTED} problems are kept (a 100,000-row file of wrong numbers must not become a
 * 100,000-line message): the last one kept then says how many more there were
 * ({@code import.error.more}).
 */
public class ImportRejectedException extends RuntimeException {

    public static final int MAX_REPORTED = 200;

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        this(errors, capped(errors));
    }

    private ImportRejectedException(List<ImportError> all, List<ImportError> kept) {
        super("Import rejected, nothing stored: " + (all.size() > MAX_REPORTED ? all.size() + " problems, first " + kept.subList(0, 5)
                : kept));
        this.errors = kept;
    }

    private static List<ImportError> capped(List<ImportError> errors) {
        if (errors.size() <= MAX_REPORTED) {
            return List.copyOf(errors);
        }
        List<ImportError> kept = new ArrayList<>(errors.subList(0, MAX_REPORTED - 1));
        kept.add(new ImportError(0, "import.error.more", errors.size() - kept.size()));
        return List.copyOf(kept);
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
