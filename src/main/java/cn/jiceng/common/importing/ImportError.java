package cn.jiceng.common.importing;

import java.util.List;

/**
 * One problem found in an imported file. {@code messageKey} is a translation key (UI bundles), and
 * {@code args} its parameters; {@link #toString()} gives an English fallback for logs.
 * Row 0 means the file as a whole.
 */
public record ImportError(int rowNumber, String messageKey, List<Object> args) {

    public ImportError(int rowNumber, String messageKey, Object... args) {
        this(rowNumber, messageKey, List.of(args));
    }

    @Override
    public String toString() {
        return "row " + rowNumber + ": " + messageKey + " " + args;
    }
}
